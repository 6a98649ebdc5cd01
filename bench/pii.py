"""PII detection benchmark: Kaizen's scrubber vs default Presidio on a labelled, generated chat set.

Run: ``python -m bench.pii`` (from the repository root; offline, ~1 minute).

Data. Built in code with a fixed seed: chat-style templates filled with generated values whose
character spans are known. Values come from faker with a seed and locale mix *different* from the name
lists Kaizen's recognizers load (those use en_US/en_GB/en_IE/es_ES/fr_FR/de_DE/it_IT; person names here
are drawn half from en_US and half from held-out locales: en_IN, pt_BR, nl_NL, sv_SE, pl_PL, en_AU, fi_FI).
Sentences are perturbed: some lower-cased, some ALL CAPS, some with a typo in a non-PII word. About a
sixth of the sentences hold no PII at all (many of them near-misses: "What is an IBAN?").

Twenty-five sets. "dev": the recognizers were tuned on its misses. "heldout": other templates and seed; its
misses have since been read, and the fixes for them (phone extensions, numbers right after a contact
word, one-typo keywords) were written as general rules, so it is no longer untouched. "heldout2": other
generators (other countries' names, phones, IBANs and address formats), templates, negatives, typo style
and seed, written and measured before those fixes; round 2 read its misses, so it is no longer untouched
either. "heldout3": written before round 2 (Indian, Japanese, Nigerian, Mexican, Vietnamese... phones;
Vietnamese, Nigerian, Argentine/Chilean, Japanese and Arabic-transliterated names; YAML/JSON/shell
secrets, Bearer tokens, connection strings; Italian/Dutch/Polish/Spanish/French/German addresses; title
case; keyboard typos; hard negatives), written and measured before round 2; round 3 read its misses.
"heldout4": written before round 3 (Chinese and Korean romanised, Greek, Filipino, Hungarian, Irish and
Swahili names as the only word, after greetings, in lists, possessives and signatures; TOML/INI/
docker-compose secrets, CLI flags, curl -u, "Authorization: token", PEM blocks, quoted passwords, recovery
codes, PINs; capitalised everyday words, product and city names and placeholder values as hard negatives),
written and measured before round 3; round 4 read its misses. "heldout5": written before round 4 (Thai
romanised, Algerian, Uzbek, Ukrainian and Persian transliterated, Ethiopian, Maori and Samoan names, some
lower-cased or capitalised on their own, after "X here", "this is X", in sign-offs, forwarded headers,
"cc X", quoted replies; GitHub ghp_/github_pat_, Slack xox*/xapp, AWS, Stripe live, Google AIza, npm,
Hugging Face, GitLab, Discord and webhook keys, bearer tokens, connection strings of several drivers, .env
lines, "pw:", passcodes, PINs; usernames as "my handle is x", u/x, x#1234, "ig: x", @x; look-alike
negatives: order, tracking and product codes, versions, hex colours, commit hashes, UUIDs, "extension",
"Will"/"May"/"Mark" as words), written and measured before round 4; round 5 read its misses.
"heldout6": written before round 5 by a separate author who did not change recognizers and never saw
Kaizen's misses on it (Georgian, Armenian, Bulgarian and Macedonian names transliterated from faker;
Nepali, Bengali, Tamil, Hawaiian, Hebrew and Malay names; "tell X I said hi", "meeting X", "X's number",
"dear X", "— X", names after prepositions, misspelt names; Nordic, Hungarian, Slovene, Malaysian,
Filipino, Georgian, Hawaiian, Japanese and Indian addresses; phones of Georgia, Armenia, Nepal, Israel,
South Africa, the Gulf... in 00/slash/tel: forms; Maestro, Visa 13/19, JCB 15 and Mastercard 2-series
cards; IBANs of 15 other countries; IPs inside URLs, brackets and log lines; Telegram bot, Anthropic,
DigitalOcean, Shopify, PyPI, Azure, Vault... keys, passwords after cues in other languages and tools;
usernames in profile URLs and fediverse handles; ordinal and compact dates of birth; vCard, CSV, JSON and
table rows; negatives with the same origins' cities, greetings and words, postcodes, BICs, OIDs and
placeholder values). Its figures, recorded before round 5, are its honest figure; its misses were read in
round 6. "heldout7": written before round 6 by a separate author who did not change recognizers and never
saw Kaizen's misses on it (Russian names transliterated from faker, Luxembourg and Liechtenstein surnames;
Basque, Catalan, Breton, Welsh, Scottish Gaelic, Frisian, Maltese, Albanian, Bosnian, Kazakh, Mongolian,
Burmese, Khmer, Lao, Somali, Akan, Quechua and Guarani names; particles, hyphenated double surnames,
initials, nicknames, invented names, accents kept or folded; Slack exports, calendar invites, git config
and log lines, shipping notices, support chats, "X mentioned", "per X", "@ X", names in quotes; those
regions' addresses and phones; UnionPay, Mir, RuPay and Troy cards in bank SMS; IBANs of 22 more
countries; IPs in error logs and tool output, NAT64; secrets of other providers, passwords in code, Wi-Fi
QR codes and cues in other languages; usernames in home-directory paths, shell prompts, id output,
payment and video handles; dates of birth as ISO timestamps, Roman-numeral months, passport forms and
spelt out; voice-typed sentences without punctuation; negatives with the same regions' places and foods,
brands that are names, placeholder and documentation values). Its figures, recorded before round 6, are
its honest figure; its misses were read in round 7. "heldout8": written before round 7 by a separate
author who did not change recognizers and never saw Kaizen's misses on it (Marathi, Gujarati and Odia
names from faker, transliterated; Sinhala, Malagasy, Shona, Xhosa, Wolof, Amazigh, Kurdish, Pashto,
Kyrgyz/Tajik, Tibetan, Hmong, Sami, Faroese, Romansh, Tongan/Fijian, Haitian, Afrikaans, Yiddish, Tatar,
Balinese and Greenlandic names, rare English names and invented ones (blends, made-up roots with surname
suffixes); "Last, First", middle initials, quoted nicknames, Jr./III, titles before names; game chat,
Twitch and Steam, forum signatures, CVs and job applications, medical and insurance forms, school and
parent chats, real-estate listings, travel bookings, marketplace messages, tax forms, WhatsApp-forwarded
contacts, Markdown tables, YAML, mixed-language and SMS-shorthand sentences, emoji between words; those
regions' addresses (some multi-line, joined with " / ") and phones, wa.me links; Elo, Verve, Dankort,
Hipercard, Uzcard, Humo, UATP and InstaPayment cards; IBANs of 27 more countries, some hyphenated; IPs in
game-server consoles, SPF and DNS records, ipconfig output, headers and bracketed v6 URLs; Pulumi,
Terraform Cloud, Fly.io, Netlify, Supabase, Figma, Atlassian, Heroku, Sonar, Buildkite, Docker Hub,
Twitch, Riot, PlanetScale, Contentful, Shippo, Flutterwave, 1Password and Google OAuth tokens, TOTP
secrets, OpenSSH keys, keys in URL query strings, passwords in other languages and game chat; gamer tags
and profile URLs of game, chess and blogging sites; dates of birth in PNR style, boxed tax-form and
weekday forms; negatives with the same regions' places and foods, games, marketplace items, brand and
virtue words, order, flight and ISBN numbers and placeholder values). Its figures, recorded before round
7 (0.765 / 0.767 / 0.766) and after it (0.780 / 0.784 / 0.781), are honest figures; its misses were read
in round 8. "heldout9": written before round 8 by a
separate author who did not change recognizers and never saw Kaizen's misses on it (Hindi names from
faker, transliterated from Devanagari; Telugu, Malayalam, Punjabi, Assamese, Dinka, Luganda,
Kinyarwanda, Chichewa, Tswana, Mande, Tahitian, Palauan, Inuit, Navajo, Corsican, Sardinian, Galician,
Sorbian, Cornish and Manx, Uyghur, Chechen, Turkmen, Papiamento, Yucatec Maya and Mapuche names, names
from colonial New England registers (virtue words: Thankful, Submit, Temperance) and invented ones
(creatively spelt given names, place-like English surnames); "First LAST" and "LAST First", last-name
initials, two given names, names wrapped across a line, with a zero-width space inside or garbled by OCR;
contracts and wills, police and incident reports, obituaries and death certificates, GEDCOM genealogy,
wedding invitations, sports club rosters, church newsletters, podcast show notes, bug reports with
reproduction steps, crash dumps and stack traces, CRM CSV exports, HL7 v2 and FHIR records, IRC logs,
OCR'd scans, right-to-left marks around names; those regions' addresses (Hyderabad house numbers, Kigali
street codes, Mérida cross streets, Salt Lake grid, some multi-line) and phones, some in fullwidth digits
or with no-break spaces; Bancontact, Cabal, Naranja, Carnet, BC Card, Belkart, LankaPay, Meeza, GPN,
DinaCard, T-Union, Solo, Visa Electron and mada cards, some wrapped across a line; IBANs of 22 more
countries (francophone Africa among them), some wrapped; IPs in tcpdump, UFW, SIP, mail and Forwarded
headers, access logs, crash reports, zone-indexed link-local v6; Fireworks, Render, Resend, Pinecone,
LangSmith, PostHog, HubSpot, Sentry, RubyGems, NuGet, crates.io, Artifactory, Cloudflare, Mailgun,
Mailchimp, Twilio, W&B, Okta and Dropbox tokens, PuTTY, PGP and WireGuard private keys, wallet keys and
recovery phrases, passwords in Android, Ansible, bug reports and crash dumps and in Hindi, Galician,
Czech, Finnish, Vietnamese, Estonian, Lithuanian, Romanian, Papiamento, Turkmen and Kinyarwanda;
usernames in IRC, macOS and Windows paths, Threads, Letterboxd, Ko-fi, Substack, Codeberg, AO3, HN and
Signal; dates of birth in GEDCOM, French, Spanish and German words, DD-Mon-YYYY and fullwidth digits;
typos as OCR confusions and words hyphenated across a line; negatives with the same regions' places,
brands that are names, Bible references, HL7 headers, case, incident, CVE, ICD-10 and tracking numbers,
hashes, MACs, loopback addresses and placeholder values). Its figures, recorded before round 8
(0.646 / 0.704 / 0.657) and after it (0.668 / 0.745 / 0.682), are honest figures; its misses were read
in round 9. "heldout10": written before round 9 by a separate author
who did not change recognizers and never saw Kaizen's misses on it (Korean names from faker by Revised
Romanisation, Ukrainian and Greek ones transliterated by the national tables; Kannada, Konkani, Sindhi,
Kashmiri, Meitei, Khasi, Mizo, Chamorro, Marshallese, I-Kiribati, Ossetian, Circassian, Avar, Sakha,
Buryat, Chuvash, Belarusian (Łacinka), Aromanian, Occitan, Friulian and Ladin, Asturian, Cape Verdean,
Fula, Ewe, Fon, Mossi, Oromo, Tigrinya, Venda and Tsonga, Congolese, Bemba, Ovambo, Aymara, Lakota, Cree
and Ojibwe, Okinawan, Papua New Guinean and Ni-Vanuatu and Romani names, rare Bible names and Scottish
surnames, invented ones (fantasy-like given names, made-up roots with -quist/-oglu/-wala... endings);
family name first without capitals, patronymics, the family name as a leading initial, couples sharing a
surname, names split by markup (**, <b>, <i>, __), as JSON \\u escapes, URL-encoded and joined by LaTeX's
~, spelt letter by letter, after the origins' honorifics (Pu, Bah, Tun, Obbo, Smt....); SQL INSERT and
GRANT statements, Kubernetes manifests and Secrets, kubeconfig, Helm values, Terraform tags and state,
Jupyter In/Out cells, git patches and code review, LaTeX \\author, \\bibitem and \\email, Postman and HTTP
dumps, mailing-list archives with nested quotes, dating profiles, tenant applications, report cards,
library, veterinary and hotel records, fitness-app exports, delivery-driver notes, conference badges, bank
statements, payroll CSVs, GDPR requests, 2FA/OTP SMS, Discord and Slack bot commands, voice-assistant
transcripts with spoken digits and NATO-spelt passwords; those regions' addresses (Bengaluru cross/main,
Goa, Srinagar, Imphal, Aizawl, Guam, Majuro, Minsk, Vladikavkaz, Occitan, Friulian and Asturian street
words, Praia, Ouagadougou, Cotonou, Thohoyandou stands, Kinshasa Q/C, Windhoek erven, La Paz zones, rural
HC boxes, Naha, PNG sections and lots, APO and P.O. boxes, some with an escaped \\n) and phones (Guam,
Marshall Islands, Kiribati, PNG, Vanuatu, Cape Verde, Burkina Faso, Benin's ten digits, Togo, Eritrea,
Zambia, Namibia, DR Congo, Bolivia, Belarus, Russia's domestic 8 (...), Okinawa, Korea, Ukraine, Greece,
India, Pine Ridge, Toulouse, Udine), some spoken, with one group in markup or URL-encoded from tel: links;
Laser, Switch, NAPAS, Borica, Forbrugsforeningen, Prostir, ArCa, Elcart, Korti Milli, InterPayment,
Codensa, Argencard, Tarjeta Shopping and Amex 4-6-5 cards, dashed, spoken or with a group in markup;
IBANs of Madagascar, Senegal, Central Africa, Chad, Equatorial Guinea, Guinea-Bissau, Comoros and Iran,
some dotted, spoken or marked up; IPs in Kubernetes services, Terraform state and security groups,
notebooks, Postman headers, SQL, nginx diffs, bot commands, sign-in alerts, GDPR exports, DHCP logs,
ip6tables, defanged in threat reports and spoken, v6 upper case, IPv4-mapped and ULA; Square, Razorpay,
Bitbucket, FCM, CircleCI, Grafana Cloud, Adyen, Brevo, Honeycomb, Neon, GitLab deploy, Algolia,
LaunchDarkly, Codecov, Azure DevOps and Azure AD, Mistral and Cohere keys, service-account private keys,
base64 Secret data, session cookies, Rails secrets, keys in LaTeX macros, OTP codes, keybox codes,
passwords in SQL, Helm, Terraform, bot commands and in Icelandic, Swahili, Afrikaans, Malay, Greek,
Occitan and Welsh; usernames in Docker images, Pinterest, Tumblr, Flickr, LinkedIn, Kaggle, Duolingo,
npm, PyPI, JupyterHub, MySQL GRANTs, Discord bans, ENS names; dates of birth with two-digit years, as
YYMMDD, in Japanese and Thai Buddhist eras, in Italian, Portuguese, Dutch and Polish, unpadded ISO and
spoken; typos as sticky shift and autocorrect's wrong word, caps lock inverted; negatives with the same
regions' places, brands that are names, manifests, SQL, diffs, LaTeX, HTTP, notebook output, build and
version numbers that look like IPs, test cards, spec IBANs, documentation IPs, fictional 555 numbers,
report-card, vet, fitness, hotel, bank and payroll figures, bot commands and a historical date). Its
figures, recorded before round 9 (0.733 / 0.736 / 0.734) and after it (0.755 / 0.772 / 0.758), are
honest figures; its misses were read in round 10. "heldout11": written before round 10 by a separate author who did not change
recognizers and never saw Kaizen's misses on it (Bengali, Tamil and Nepali names from faker's bn_BD, ta_IN
and ne_NP, transliterated from their scripts; Tuvan, Abkhaz, Lezgin, Bashkir, Crimean Tatar, Batak,
Sundanese, Tetum, Dhivehi, Efik/Ibibio, Tiv, Kanuri, Jola, Bamileke, Acholi, Herero, Sesotho, Nahuatl,
Wayuu, Cherokee, Yup'ik and Alsatian names, Old English and Norman names from medieval rolls, invented
ones (made-up roots after Fitz/Mac/Ter/Van/O'/Ap/De/Ben); "Last, F." and "F. Last" as references and
court captions write them, Cyrillic homoglyphs inside Latin names, leetspeak, names joined by _ - . in
file names and URL fragments or run together, nicknames in parentheses; customer-support e-mails with
signatures and disclaimers, court captions, docket entries, depositions and witness statements, insurance
claims, pharmacy labels and prescriptions, airline and train tickets' fine print, event tickets and guest
lists, tab-separated spreadsheet pastes, Outlook reply headers, Reply-To and Return-Path, WhatsApp exports
(with their left-to-right marks around numbers) and Telegram JSON exports, mobile crash reports, browser
autofill dumps, password-manager CSV and KeePass XML, .netrc, .pgpass, .npmrc, .pypirc and
.git-credentials, SSH config, cron and systemd units, fstab, nslcd, FreeRADIUS and OpenVPN files, sshd,
PAM, fail2ban, Keycloak and RADIUS log lines, customer reviews, classified ads, forum quotes (SMF,
phpBB), reference lists; those regions' addresses (Dhaka house/road/block, Chennai old and new numbers,
Kathmandu wards, Kyzyl, Sukhum, Ufa, Aqmescit, Medan and Bandung RT/RW and gang, Dili aldeia/suco, Malé
house names, Calabar, Uyo, Makurdi, Maiduguri, Ziguinchor, Dschang, Gulu, Okahandja, Riohacha calle #
style, Tahlequah, Bethel, Tlaxcala, Strasbourg, Macapá, Tokyo chome), some as a maps link's + joined
query, and phones (Bangladesh, Chennai, Tamil Nadu, Nepal, Kathmandu, Maldives, Timor-Leste, Indonesia,
Bandung, Kyzyl, Abkhazia, Crimea, Ufa, Calabar, Nigeria, Cameroon, Uganda, Ziguinchor, Lesotho, Colombia,
Tahlequah, Bethel, Tlaxcala, Strasbourg), some E.164 without spaces, as tel: URIs, with extensions or
wrapped in U+202A/U+202C; Diners 4-6-4, Discover 16 and 19, Hiper, Aura, Bankcard, Mastercard 2-series
ends, JCB 16, Visa and Mastercard cards, dotted or with a spreadsheet's leading apostrophe; IBANs of
Austria, Belgium, Czechia, Denmark, Finland, Poland, Portugal, Romania, Greece, Ireland, Switzerland,
Libya, Sudan, Nicaragua, the Falklands, Russia, Mongolia, Burundi, Yemen and Oman in EPC QR payloads,
MT103 :59: fields, XML and invoices, some lower case; IPs in sshd, fail2ban, Keycloak, RADIUS and OpenVPN
logs, SSH config, .pgpass, systemd, cron, WireGuard, court filings and exhibits, crash reports,
Authentication-Results and X-Originating-IP headers, forum posts and URL fragments, v6 uncompressed with
leading zeros or upper case; Dynatrace, Yandex OAuth, Plaid, Prefect, EasyPost, Typeform, ReadMe, Tencent
Cloud, Cloudinary, Facebook page and Consul tokens, OpenVPN static keys, RADIUS secrets, passwords in the
dotfiles and units above, cron jobs, LDAP binds, fstab, password managers, autofill, support e-mails,
booking pages, chat exports, portal PINs, leetspeak passwords and cues in Latvian, Slovene, Albanian,
Azerbaijani, Zulu, Bengali and Nepali; usernames in .netrc, SSH config, PAM and sshd logs, systemd and
crontab, Bluesky, TikTok, Behance, Bandcamp, Replit, Last.fm, Hugging Face and forum quotes, some in
leetspeak; dates of birth in Indonesian, Hungarian, Lithuanian, Turkish, Czech and Swahili words, the
Bengali and Bikram Sambat calendars, MM-DD-YYYY, DD-MM-YYYY, YYYY/MM/DD and "Mon. D, YYYY"; typos as a
doubled letter or two words run together; negatives with the same regions' places, brands that are
names, docket, statute, policy, NDC, flight, seat, SKU and ISBN numbers, mail headers, chat-export system
lines, crash frames, dotfile and unit boilerplate, netmasks and listen addresses, test cards, placeholder
IBANs, e-mails, phones and masked passwords, reviews, ads, leetspeak slang, mixed-script place names and
calendar facts). Its figures, recorded before round 10 (0.753 / 0.749 / 0.752) and after it (0.756 / 0.754 /
0.756), are honest figures; its misses were read in round 11. "heldout12": written before round 11 by a
separate author who did not change recognizers and never saw Kaizen's misses on it (Sinhala names from
faker's si_LK, transliterated as Sri Lankan English spells them; Kalmyk, Ingush, Baloch, Dagbani, Ga, Sierra
Leonean, Kpelle, Kikuyu, Luo, Maasai, Nuer, Lozi, Ndebele, Seychellois, Minangkabau, Karen, Naga, Bhutanese,
K'iche', Mohawk, Rapa Nui, Tuvaluan, Yolngu, Kashubian, Gagauz, Sicilian, Aragonese, Arbëresh and Shetland
names, Cajun given names from Louisiana parish registers, invented ones (made-up given names,
occupational-looking surnames: 'Tallowreeve'); names stretched as in excited chat ('Akinyiii'), with an
honorific suffix joined on ('Sonam-la', '-ji', '-san'), hyphenated double given names, two undotted initials
('TN Lanuza'), only the given name capitalised, given and family names of different origins; over half of
the sentences typed to the bot or a friend (reminders, gifts, flatmates, school runs, lost and found), club
ladders and rotas, moving house, street groups, school absence notes and parents' evenings, job references
and interviews, freelancer invoices and expenses, rental cars and parking appeals, utility statements,
volunteering sign-ups, medical appointment reminders, helpdesk tickets, CI logs, Windows event logs,
PowerShell, Excel formulas, vCard 2.1 and 4.0, iCal ATTENDEE lines, MECARD and Wi-Fi QR payloads, browser
devtools (localStorage, cookies, network tab), OAuth redirect URLs, Ansible inventories and Docker Compose
.env files; those regions' addresses (Elista, Magas, Quetta, Tamale, Accra digital addresses, Freetown,
Monrovia landmarks, Nyeri, Kisumu, Mongu, Bulawayo, Mahé, Padang kelurahan, Hpa-an wards, Kohima, Thimphu
lams, Hanga Roa, Funafuti villages, Nhulunbuy lots, Kartuzy, Comrat, Palermo, Huesca floors, Piana degli
Albanesi, Lerwick, Lafayette, Colombo house numbers with a slash, Kahnawake) and phones (Elista, Magas with
the domestic 8, Quetta, Pakistan, Ghana with a bracketed trunk zero, Tamale, Sierra Leone, Liberia, Kenya,
Zambia, Bulawayo, Seychelles, Padang, Myanmar, Kohima, Bhutan, Hanga Roa, Tuvalu, Nhulunbuy, Kartuzy,
Comrat, Palermo, Huesca, Shetland, Lafayette, Sri Lanka, Kahnawake), some without spaces or dotted; Cartes
Bancaires co-badged Visa, Visa and Mastercard Debit, Maestro UK, Amex, Discover and 2-series cards with
double spaces or slashes, in card dumps with pipes, Excel cells, PowerShell and localStorage; IBANs of
Germany, France, Spain, Italy, the Netherlands, the UK, Slovakia, Switzerland, Belgium, Ireland, Austria and
Luxembourg in payto: URIs, invoices, rent deposits, club fees, refunds, .env files, Excel formulas and
direct-debit mandates; IPs in routers, printers, doorbell cameras, DHCP reservations, Ansible inventories,
Docker Compose, CI logs, Windows logon events, Test-NetConnection, Excel, devtools, OAuth redirect URIs and
WireGuard peers, v6 global and ULA; Postmark, Clerk, Upstash, Scaleway, Hetzner, Linode, Vultr, Backblaze,
Telnyx, Pusher, Auth0, Mixpanel, Zendesk, Infura, Paddle, Vercel and Expo tokens, OAuth access tokens and
codes in redirect URLs, localStorage and cookie sessions, Excel WEBSERVICE keys, Zoom passcodes, gate, alarm
and bike-lock codes, router WPA keys, passwords in chat, Wi-Fi QR codes, Ansible, Compose, net user,
ConvertTo-SecureString, Home Assistant secrets and cues in Estonian, Swedish and Finnish; usernames in
Windows events, Active Directory, Ansible, DOMAIN\\user, Compose, Ravelry, Discogs, iNaturalist, AllTrails,
BoardGameGeek, Vinted, Etsy, Untappd and school portals, hobby-suffixed and xx_..._xx shapes; dates of birth
in Swedish, Finnish, Romanian, Croatian, Estonian, Latvian, Welsh, Irish and Vietnamese words, the tabular
Islamic calendar and unpadded D/M/YYYY, in admission, club, rental, DBS and vCard BDAY fields; typos as a
dropped apostrophe, no space after a comma or full stop, or a lower-case first letter; negatives with the
same regions' places, eponymous dishes and breeds, brands that are names, name-like everyday words, recipes,
scores, school, job, invoice, VAT, car-hire, meter, lost-property, rota and appointment numbers, Zigbee and
exit codes, Windows event IDs, cmdlets, spreadsheet formulas, empty Wi-Fi QR, RRULE, VCALENDAR headers, HTTP
status, OAuth placeholders, Compose and Ansible boilerplate, placeholder e-mails, cards, passwords and PINs,
and short everyday chat). Its figures, recorded before round 11 (0.744 / 0.793 / 0.753) and after it (0.744 /
0.833 / 0.760), are honest figures; its misses were read in round 12. "heldout13": written before round 12
by a separate author who did not change recognizers and never saw Kaizen's misses on it (Hebrew, Persian,
Palestinian and Saudi Arabic names from faker's he_IL, fa_IR, ar_PS and ar_SA, transliterated from their
scripts by a consonant-skeleton rule, ayin and hamza kept as apostrophes ('Ma'rof'), the article as 'Al-',
'Al' and 'bin' kept ('Al Mahmad bin Ali bin Jamaz'); Kalenjin, Urhobo, Tumbuka, Chaga, Zarma, Santali,
Garo, Tulu, Parsi, Iban Dayak ('anak' patronymics), Kristang, Garifuna, Zapotec, Kanak, Udmurt,
Karakalpak, Hazara, Ladino, Mi'kmaq, Jersey and Guernsey, Pitcairn and Norfolk Island and Tristan da
Cunha names (surnames that are words: Christian, Young, Green, Glass, Engineer, Contractor), invented
ones (apostrophe-joined given names: "Ja'Vion", surnames from made-up roots with -enhaus/-aunay/-ovitz/
-dottir... endings); a kunya ('Abu Yazid', 'Umm Naya'), a curly apostrophe inside a name, "FAMILY Given"
as clinics print it, a given name with the surname's first syllable ('Kiprono Che'), accents dropped,
a phone contact's descriptor after the name ('Roshni Plumber'); over half of the sentences typed to the
bot or a friend: travel with friends, weddings and funerals, online dating, gaming voice chat, kids'
sports, pet sitting, second-hand sales, tax season, visa and residence papers, crypto exchanges, home
repairs and tradespeople, tutoring, language exchange, caring for a parent, hospital discharge, church
and mosque groups; Jenkinsfiles and Jenkins logs, GitHub Actions secrets misuse, Nix and Bazel configs,
Firebase configs, Postgres logs, MongoDB URIs, Redis AUTH and redis-cli, LDIF, SAML assertions, Apple
Wallet pass.json, Android logcat, Home Assistant and ESPHome YAML, Grafana alerts, Jira tickets, Notion
table exports, voice-chat transcripts; those regions' addresses (Tel Aviv rehov/dira, Ramallah buildings,
Riyadh districts, Tehran kuche/pelak/vahed, Jersey and Guernsey parishes, Burnt Pine, Eldoret, Warri,
Mzuzu areas and plots, Moshi, Niamey porte numbers, Dumka quarters, Tura, Mangaluru door numbers, Mumbai
Parsi colonies, Kuching lots, Melaka's Portuguese Settlement, Dangriga, Oaxaca, Nouméa, Izhevsk,
Eskasoni, US apartments) and phones (Israel, Palestine, Saudi Arabia, Iran, Tehran, Jersey, Guernsey,
Norfolk Island, Malawi, Tanzania, Niger, New Caledonia, Kuching, Melaka, Belize, Oaxaca, Mangaluru,
Mumbai, Warri, Tura, Izhevsk, Eskasoni), some with en dashes or the plus dropped; Visa 16 and 19,
Mastercard 51/55/2720, Amex 4-6-5 dashed, Discover 6011 and 65, JCB 3528 cards with en dashes, in two
halves split by a slash or half run together, in pass.json, logcat, Notion tables and Jira tickets;
IBANs of Israel, Palestine, Saudi Arabia, Jordan, Qatar, the UAE, Lebanon, Bahrain, Kuwait, the UK and
France, some with the last groups run together, in JSON, Notion tables and refund tickets; IPs in chat
about holiday rentals, game lobbies, bitcoin peers, smart meters, pet cams and church chats, Postgres
and pg_hba errors, MongoDB URIs, redis-cli, Nix, Bazel remote caches, Jenkins agents, logcat, Home
Assistant, Grafana alerts, LDIF, SAML and Jira, v6 in 2a02, 2c0f and 2404 ranges; Binance, Kraken,
Snyk, Firebase, BuildBuddy, Trello, JFrog, ClickUp, Intercom, Rollbar, Sanity, ngrok, Gitea, Alchemy,
Etherscan and Railway tokens, npm tokens hard-coded in workflows, Notion secret_ keys, Slack webhook
paths, LDIF SSHA hashes, Apple Wallet authentication tokens, ESPHome encryption keys, bearer tokens in
logcat, door, keypad and alarm codes, passwords in Jenkinsfiles, Nix, Postgres statements, MongoDB URIs,
Redis, Jira and chat, and cues in Catalan, Basque, Norwegian, Danish, Tagalog, Hausa, Arabizi, Finglish
and transliterated Hebrew; usernames as Xbox gamertags with spaces, PSN, Roblox, Strava, Goodreads,
HelloTalk, Depop and TikTok names, LDIF uid, Postgres log users, Nix users, SAML NameID and Jenkins
"started by", shapes with a birth year, a leading underscore, 'i.am.x' and 'x.the.tutor'; dates of birth
in Danish, Catalan (with the weekday), Basque, Tagalog, Maltese, Albanian, Malay, Slovak and Hausa words,
the Persian Solar Hijri calendar and 'Sat 14-03-87', in visa, tax, hospital, club and JSON fields; typos
as two letters swapped, a word doubled or a final letter dropped; negatives with the same regions'
places and feasts, surnames that are words (Christian, Young, Green, Glass, Engineer), brands, shows and
phrases that hold names, booking, gate, seat, ward, visa-subclass, tax-form and Jira numbers, Postgres,
Jenkins, Bazel, Nix, logcat and iOS crash boilerplate, localhost URIs, Redis's sample password, Home
Assistant !secret references, placeholder keys, hashes, IBANs, e-mails and test cards, emergency numbers
and short everyday chat). Its figures, recorded before round 12 (0.752 / 0.787 / 0.758) and after it (0.803 /
0.808 / 0.804), are honest figures; its misses were read in round 13. "heldout14": written before round 13
by a separate author who did not change recognizers and never saw Kaizen's misses on it (Thai names from
faker's th_TH in Thai script, romanised by a simplified RTGS rule, and Algerian names from ar_DZ spelt the
Maghrebi French way: 'ch', 'dj', 'ou', 'El-', 'Ben'; Erzya, Mari, Komi, Karelian, Nenets, Evenki, Assyrian,
Yazidi, Afar, Sidama, Luhya, Kamba, Sukuma, Yao, Umbundu, Fang, Duala, Serer, Soninke, Edo, Ijaw, Ilocano,
Bugis, Newar, Sherpa, Kachin, Shan, Guna, Tzotzil, Purépecha, Tlingit, Inupiat, Niuean, Chuukese, Cook
Islands Maori and Gullah names, rare English given names from old parish records (Zebulon, Lettice,
Tryphena), invented ones strung from consonant-vowel syllables ('Tavaleo Korumine'); names split into
sung syllables as a lyric sheet writes them ('Na-fu-la'), two family names space-joined, names on
team rosters, names inside a hashtag ('#TeamNafula'), followed by pronouns ('(she/her)') or a jersey
number, fandom ships ('X/Y'), after a military rank; over half of the sentences typed to the bot or a
friend: fitness and diets, astrology and birth charts, fan fiction, gardening and seed swaps, carpooling,
dorm life, military families and FRG phone trees, farming co-ops, fishing trips, choir and band practice,
open-source maintainers, esports teams, museum volunteers, bank-scam texts forwarded by a grandmother;
Vagrantfiles, Puppet, Chef and Salt, Consul and Nomad HCL, Kafka and RabbitMQ configs, Elasticsearch
queries, Sentry breadcrumbs, Stripe webhook payloads, Twilio logs, Zapier and IFTTT, Postfix and Dovecot
logs and maps, HAProxy, Caddyfiles, Samba smb.conf, CUPS, Arduino sketches and Raspberry Pi cloud-init;
those regions' addresses (Saransk, Yoshkar-Ola, Syktyvkar, Naryan-Mar, Sapporo jo/chome, Erbil, Djibouti,
Hawassa kebeles, Kakamega estates, Mwanza, Huambo bairros, Libreville BP, Douala, Fatick, Benin City,
Yenagoa, Laoag barangays, Makassar, Bhaktapur, Pokhara, Myitkyina, San Cristóbal, Pátzcuaro, Sitka,
Utqiagvik, Alofi, Rarotonga, St. Helena Island SC, dorm rooms and county roads) and phones (Russian city
codes in brackets, Sapporo, Kurdistan, Djibouti, Hawassa, Mwanza, Angola, Gabon, Equatorial Guinea, Mali,
Laoag, Makassar, Bhaktapur, Kalimpong, Panama with a bracketed country code, Chiapas, Michoacán, Alaska,
Niue, Chuuk, the Cook Islands, South Carolina); Visa 13 and 16, Mastercard 52-54, Discover 644-649, JCB
3566 and Amex 4-6-5 cards with double spaces, middle dots or the last four apart, in bank-scam texts,
Twilio SMS, Zapier filters and a bare JSON number; IBANs of Portugal, Greece, Croatia, Slovenia, Slovakia,
Czechia, Lithuania, Estonia, Hungary, Romania, Cyprus, Malta, Iceland, Denmark, Norway, Sweden, Germany,
the Netherlands and Ireland, some with the country code and check digits apart ('PT 50 ...'), in Stripe
payouts, Zaps and scam texts; IPs in esports, dorm, carpool, fishing-lodge, museum-kiosk, farm and scam
chat, Vagrant, Salt, Consul, Nomad, Kafka, RabbitMQ, Elasticsearch, Sentry, Twilio, Postfix, Dovecot,
HAProxy, Caddy, Samba, CUPS, cloud-init and Arduino's comma-separated IPAddress(...), v6 in 2600, 2806,
2001:470 and 2409 ranges; Vagrant Cloud, Nomad and Consul ACL, Salt, Elasticsearch ApiKey, Stripe whsec_,
Twilio auth, IFTTT Maker, Zapier hook, PagerDuty, Opsgenie, Bugsnag, ElevenLabs, Deepgram, OpenRouter,
Coinbase and Blynk tokens, Kafka JAAS, RabbitMQ, Hiera, Chef attribute, HAProxy stats, Postfix
sasl_passwd, Dovecot SHA512-CRYPT and Caddy bcrypt hashes, smbpasswd, Arduino Wi-Fi and cloud-init
chpasswd passwords, passphrases with spaces, fandom and star-sign passwords, locker combinations, shed,
key-safe and band-room codes, bank PINs read to scammers, and cues in Esperanto, Luxembourgish, Scottish
Gaelic and Maori; usernames in MyFitnessPal, Co-Star, Wattpad, FanFiction.net, FACEIT, speedrun.com,
sourcehut '~x', Dovecot, Postfix SASL, Samba, RabbitMQ, cloud-init, Sentry and Vagrant Cloud, shapes like
'xofsitka', 'notx', 'x_irl', 'realxy' and fan-fiction pen names; dates of birth in Icelandic, Slovene,
Serbian Latin, Galician, Luxembourgish, Azerbaijani, Uzbek, Afrikaans, Esperanto and Scottish Gaelic
words, "Mar 3rd '84" and 'YYYY·MM·DD', in birth-chart, gym, marathon, recruiter and co-op fields; typos as
a vowel dropped inside a word, a space slipped into a word or a letter tripled; negatives with the same
regions' places and foods, astrology and fandom talk, vegetable varieties that are names (Charlotte,
Gardener's Delight), fishing-lure and guitar brands, choir, band, dorm, military, co-op, esports and
museum chat, Vagrant, Salt, Puppet, Nomad, Consul, Kafka, RabbitMQ, Elasticsearch, Sentry, Twilio,
Postfix, Dovecot, HAProxy, Caddy, Samba, CUPS and Arduino boilerplate, scam-warning advice, a test card, a
placeholder webhook secret, e-mail and password and a fictional 555 number, and short everyday chat). Its figures, recorded
before round 13 (0.680 / 0.692 / 0.682) and after it (0.707 / 0.700 / 0.706), are honest figures; its misses
were read in round 14. "heldout15": written before round 14 by a separate author who did not change
recognizers and never saw Kaizen's misses on it (pan-Arab names from faker's ar_AA, transliterated from
Arabic script and spelt the Egyptian way: 'g' for jim, 'el-' for the article, 'Abdel', 'Tag el-Din', and
Nigerian English names from en_NG; Haida, Unangax, Ainu, Yapese, Pohnpeian, Kosraean, Nauruan, Tokelauan,
Rotuman, Torres Strait Islander, Warlpiri, Solomon Islands, Marquesan, Sepedi, Swazi, Temne, Bassa and Vai,
Baoulé, Dogon, Nupe, Igala, Shilluk, Gurage, Comorian, Mauritian, Lepcha, Limbu, Tamang and Gurung, Chakma,
Lisu, Cham, Kapampangan, Tausug, Kadazan, Acehnese, Toraja, Moksha, Khanty, Nanai, Chukchi, Võro and Seto,
Latgalian, Orkney, Mingrelian, Laz, Zaza, Dargin, Mixtec, Otomí, Wixárika, Rarámuri, Kaqchikel, Miskito,
Bribri, Shuar, Shipibo, Qom, Choctaw and Muscogee, Hopi, Métis and Surinamese names, rare given
names of the 1900s-1930s (Ozro, Vernie, Alpheus, Lurline), invented ones as Old High German style
compounds ('Wendelgard Ostbichler': -hild/-mund/-gard, -hofer/-bichler/-meier); a married name with
'(née X)', a kinship title as part of the name ('Aunty Mokgadi', 'Grandpa X'), 'SURNAME, Given' as a
genealogy index lists people, family-tree exports; over half of the sentences typed to the bot or a friend:
birthdays and anniversaries, baby showers, genealogy, class reunions, roommates splitting bills,
landlords and repairs, online courses, book clubs, cosplay, tabletop RPG groups, hiking and cycling clubs,
neighbourhood watch, elderly parents' phones, insurance and estate agents, immigration lawyers,
ride-hailing drivers; Laravel .env, Django settings.py, Rails credentials, Spring application.properties,
Symfony parameters, wp-config.php, Drupal settings.php, Magento env.php, phpMyAdmin config, cPanel and
Plesk, FileZilla sitemanager.xml, WinSCP ini, Bitwarden JSON, Thunderbird prefs.js, Outlook PST listings and
macOS Keychain dumps; those regions' addresses (Kirkwall, Biratori, Yap, Pohnpei, Kosrae, Nauru districts,
Thursday Island, Yuendumu lots, Honiara, Nuku Hiva, Polokwane, Mbabane plots, Makeni, Buchanan, Bouaké,
Bandiagara, Bida, Lokoja, Harar's Jugol gates, Moroni, Curepipe, Gangtok, Dharan wards, Rangamati, Kota
Kinabalu lots, Banda Aceh, Rantepao, Angeles City, Krasnoslobodsk, Khanty-Mansiysk, Anadyr, Rēzekne, Võru,
Zugdidi, Hopa, Izberbash, Tlaxiaco, Ixmiquilpan, Creel, Chimaltenango zonas, Bilwi, Macas, Pucallpa jirones,
Resistencia, Durant, Okmulgee, Yellowknife, Paramaribo, US apartments) and phones (Orkney with '(0)', Biratori,
Yap, Pohnpei, Kosrae, Nauru, Tokelau, Thursday Island, Yuendumu, Solomon Islands, French Polynesia,
Polokwane, Eswatini, Sierra Leone and Liberia with '(0)', Côte d'Ivoire's ten digits, Mopti, Nigeria,
South Sudan, Harar, Comoros, Mauritius, Gangtok, Dharan, Rangamati, Kota Kinabalu, Banda Aceh, Angeles
City, Krasnoslobodsk with the domestic 8, Khanty-Mansiysk, Rēzekne, Võru, Zugdidi, Hopa with the trunk
zero apart, Tlaxiaco, Chimaltenango, Bilwi, Macas, Pucallpa, Resistencia, Durant, Yellowknife, Suriname);
Visa 16 and 19, Mastercard 51/55/2221, Amex 37, Diners 36 4-6-4, Discover 6011 and 65, JCB 3530 and Maestro
5018 cards with ' - ' between groups, as two halves of eight or with thin spaces, in receipts, PHP arrays
and JSON; IBANs of Mauritius, Egypt, the Seychelles, Belgium, France, Germany, the UK, Austria, Poland,
Spain, Italy, Switzerland, Finland, Luxembourg, the Netherlands and Ireland, some with no-break spaces, in
rent, shower-gift, club, insurance-refund and retainer messages, PHP arrays and properties files; IPs in
roommate, landlord smart-lock, exam-proctoring, ride-hailing, neighbourhood-watch, parents' tablet,
insurance, estate-agent, convention and Foundry VTT chat, Laravel, Django, Spring, Symfony, WordPress,
Drupal, Magento, phpMyAdmin, cPanel, Plesk, FileZilla, WinSCP, Thunderbird, Laravel logs, Django's
DisallowedHost and Wordfence, v6 in 2a01:4f8, 2605, 240e and 2800 ranges; Laravel APP_KEY, Django
'django-insecure-' keys, Rails secret_key_base, Symfony APP_SECRET, WordPress salts, Drupal hash_salt,
Magento crypt keys, phpMyAdmin blowfish_secret, cPanel API tokens, Plesk API keys, FileZilla base64 and
WinSCP hex passwords, Bitwarden, Thunderbird and Keychain passwords, Mollie, Paystack, GoCardless, Wise,
Airtable, Doppler, Matrix, Nextcloud app passwords, Ghost admin, Discourse, Mapbox secret, Bunny.net and
Steam Web API keys, anniversary, tabletop and pet-and-year passwords, phone PINs of elderly parents,
lockbox and ride PINs, one-time portal passwords, and cues in Irish, Breton, Frisian, Malagasy, Mongolian
and Kazakh; usernames in Roll20, D&D Beyond, cosplay Instagram, Strava, Komoot, WikiTree, Coursera,
StoryGraph, FileZilla, WinSCP, phpMyAdmin, Thunderbird, Bitwarden and cPanel, shapes like 'x_dm',
'lvl20x', 'x.rides', 'x_cosplays', 'xroots', 'captainx' and 'thexy'; dates of birth in transliterated
Russian (with 'g.' or 'г.'), Norwegian Nynorsk, Zulu, Breton, West Frisian, Maori, Samoan and Hawaiian
words with birth cues in those languages ('rodilsya', 'fødd', 'wazalwa', 'ganet', 'berne', 'i whānau mai',
'fanau', 'hānau'), 'YYYY-Mon-DD' and 'D.M.YY', in party, reunion, insurance, lawyer and PHP fields; typos
as a homophone swapped ('your' -> "you're"), a punctuation mark doubled or two spaces between words;
negatives with the same regions' places, birthday, shower, genealogy, reunion, bill-splitting, tenancy,
course, book-club, cosplay, tabletop, hiking, cycling, watch, insurance, visa and ride-hailing talk,
Laravel, Django, Rails, Spring, Symfony, WordPress, Drupal, Magento, phpMyAdmin, cPanel, FileZilla, WinSCP
and Thunderbird boilerplate, framework default and placeholder passwords and keys, a test card, the
documentation IBAN, e-mail, Ofcom drama number and IPv6 prefix, and short everyday chat). Its figures, recorded
before round 14 (0.768 / 0.780 / 0.770) and after it (0.774 / 0.786 / 0.776), are honest figures; its misses
were read in round 15. "heldout16": written before round 15 by a separate author who did not change
recognizers and never saw Kaizen's misses on it (no faker name locale: NAME_LOCALES_HELDOUT16 is empty,
since every faker name locale outside the lexicon was used by an earlier set; hand-written lists of
Wallisian and Futunan, Livonian, Samogitian, Rusyn and Lemko, Walloon, East Frisian Low German, Svan,
Pamiri, Karachay-Balkar, Kumyk, Altai and Khakas, Nivkh, Kiowa and Comanche, Blackfoot (surnames of two
words: 'Weasel Head', 'Many Guns'), Gwich'in, Zuni, Yaqui, Emberá and Wounaan, Q'eqchi', Awajún and
Asháninka, Brazilian indigenous (Metuktire, Guajajara, Krenak), Zambian Tonga, Damara and Nama (a click
letter kept: '!Naruseb'), Gusii, Turkana, Kabye, Bariba, Senufo and Bété, Makua and Makonde, Kodava, Bodo,
Arunachali (Adi, Apatani, Nyishi), Magar and Tharu, Ede and Jarai (the H' and Y prefixes: "H'Hen Niê", 'Y
Moan Ênuôl'), Ifugao, Maranao, Minahasan, Moluccan and Highland Papuan names, rare American given names of
the 2010s (Zyaire, Brexley, Khaleesi), invented ones with a given name spelt backwards the 'Nevaeh' way
and made-up roots with -czyk/-escu/-yan/-ainen/-opoulos/-ek surnames; a post-nominal after the name ('X
Y, RN', 'DDS', 'MRCVS', 'CPA'), dotted initials run into the surname ('G.K.Tahsequah'), 'Family;Given' as a
vCard N: field stores it; over half of the sentences typed to the bot or a friend: pet adoption and
fostering, vets, dog walkers, babysitters, au pairs, food banks, blood donation, dentists' and opticians'
reminders, gym door codes, pawn shops, second-hand car sales, exchange students and host families,
driving lessons, hairdressers, self-storage units; GitLab CI variables, SSH known_hosts and
authorized_keys lines, Insomnia and HAR JSON, curl -v traces, Traefik labels and access logs, Alertmanager
config, Mosquitto logs and password files, rclone config, restic and Borg environment, Pi-hole (dnsmasq)
logs, tailscale status and up; those regions' addresses (Wallis villages, Futuna, Kolka, Telšiai,
Uzhhorod, Liège, Aurich, Mestia, Khorog kuchai, Nalchik, Makhachkala with kv., Gorno-Altaysk, Abakan,
Nogliki, Lawton, Browning, Old Crow boxes, Zuni, Pueblo Yaqui, Darién comunidades, Cobán, Condorcanqui,
Xingu aldeias, Choma plots, Khorixas erven, Kisii estates, Lodwar, Kara, Parakou carrés, Korhogo,
Nampula bairros, Kodagu, Kokrajhar, Itanagar sectors, Palpa wards, Buôn Ma Thuột buôn, Banaue, Marawi,
Manado, Ambon, Wamena, Husum, self-storage units) and phones (Wallis and Futuna, Talsi, Telšiai,
Uzhhorod, Liège, Aurich, Mestia, Khorog, Nalchik with the domestic 8, Makhachkala, Gorno-Altaysk, Abakan
all dashes, Lawton dotted, Browning, Old Crow, Zuni, Ciudad Obregón, Darién, Cobán, Amazonas, Xingu,
Choma, Khorixas, Kenya, Kara, Benin's new 01 prefix, Korhogo, Nampula, Virajpet, Kokrajhar, Itanagar,
Palpa, Buôn Ma Thuột, Banaue, Marawi, Manado, Ambon, Wamena, Husum in pairs); Visa 16, Mastercard 53 and
2300, Amex 34, Discover 6011 and 644, JCB 3540 and Diners 38/39 cards with narrow no-break spaces or in
threes as dictation groups them, in HAR and Insomnia JSON and curl traces; IBANs of Brazil, Pakistan,
Timor-Leste, Ukraine, Georgia, Kazakhstan, Moldova, Kosovo, Montenegro, Costa Rica, the Dominican
Republic, El Salvador, Lebanon, Qatar, Germany and the Netherlands, some with narrow no-break spaces, in
dog-walker, au-pair, rescue-donation, car-sale and host-family messages and CI variables; IPs in
dog-walker, nanny-cam, au-pair, vet, dentist, car-dealer, pawn-shop, storage-gate, blood-donor, exchange
student, optician and food-bank chat, GitLab CI, known_hosts, Insomnia, HAR serverIPAddress, curl -v
'Trying' and 'Connected to', Traefik JSON access logs, Alertmanager, Mosquitto, rclone, restic REST
repositories, dnsmasq queries and tailscale's 100.64/10 addresses, v6 in 2003, 2a10, 2401, 2803 and
2001:67c ranges; GitLab runner glrt- tokens and CI passwords, HAR bearer tokens and session cookies,
curl Basic credentials, Insomnia environment values, Traefik basicauth apr1 hashes with doubled $,
Alertmanager SMTP passwords, Mosquitto $7$ hashes, rclone obscured passwords, RESTIC_PASSWORD,
BORG_PASSPHRASE, Pi-hole WEBPASSWORD, tailscale auth keys, SendGrid, Datadog, New Relic, Linear, Asana and
Fastly keys, key-safe, alarm, gym-door, pawn-ticket and padlock codes, adoption, donor, dental, car-ad,
host-family and hairdresser passwords, and cues in Portuguese, Hungarian, Polish, Croatian, Turkish and
Indonesian; usernames in Rover, Care.com, AuPairWorld, Autotrader, GitLab, Petfinder, rclone, authorized_keys
comments and Mosquitto logs, shapes like 'x_and_biscuit', 'xwalks7', 'nannyx', 'x.y.de', 'x-y-cars',
'yx_donor' and 'aupairX'; dates of birth in Haitian Creole, Tok Pisin, Malagasy, Somali, Kurmanji,
Romansh, Tongan and Wolof words with birth cues in those languages ('li fèt', 'mi bon long', "teraka
tamin'ny", 'waxaan dhashay', 'roja jidayikbûnê', 'naschì', "naʻe fāʻeleʻi", 'juddu naa ci'), Excel's
d-mmm-yy, JavaScript epoch milliseconds in JSON and an iCal birthday's DTSTART; typos as the final
punctuation dropped, an ordinary word capitalised by autocorrect or apostrophes turned curly; negatives
with the same regions' places, pet, babysitting, au-pair, food-bank, blood-donation, dental, optical,
gym, pawn, car-sale, exchange, driving-test, hair and storage talk, GitLab CI, ssh-keygen, rclone, HAR,
curl, Traefik, Alertmanager, Mosquitto, restic, Borg, Pi-hole and tailscale boilerplate, a test card, the
bank-sample IBAN, a placeholder e-mail and password, the documentation IP and Basic credentials, an
emergency number, and short everyday chat). Its figures, recorded before round 15 (0.713 / 0.794 / 0.728)
and after it (0.731 / 0.809 / 0.746), are honest figures; its misses were read in round 16. "heldout17":
written before round 16 by a separate author who did not change recognizers and never saw Kaizen's misses
on it (no faker name locale: NAME_LOCALES_HELDOUT17 is empty, as for held-out 16; hand-written lists of Fiji
Hindi, Brahui, Amis, Atayal and Paiwan (Taiwan), Nisga'a, Seneca, Northern Cheyenne (surnames of two words:
'Little Wolf', 'Tall Bull'), Ho-Chunk, Tohono O'odham, Innu (Innu-aimun given names: 'Shushep', 'Matshiu'),
Nasa and Misak, Ladakhi, Garhwali and Kumaoni, Dogra, Oraon (Kurukh), Tripuri (Kokborok), Kwakwaka'wakw,
Chipewyan (Denesuline), Inuvialuit, Haya, Nyakyusa, Ogoni, Idoma, Lugbara, Tuareg (the 'ag' and 'welt'
patronymic particles: 'Intalla ag Attaher'), Juhuri (Mountain Jews), Cimbrian, Tiwi and Noongar names, rare
counterculture given names of the 1970s that are everyday words (Moonbeam, Dharma, Meadow, Clover), invented
ones with a mineral given name and a Latinate ending and a colour-and-landform surname ('Garnetina
Russetmere'); a name cut off with an ellipsis as a member list or notification truncates it ('Lusekelo
Mwakal…'), a WhatsApp group's '~ Name' for a number not in the contacts, and "X joined using this group's
invite link" / "X reacted" system lines; over half of the sentences typed to the bot or a friend: karaoke
nights, scouts and cubs, amateur radio, beekeeping, chess clubs, surf schools, ski rentals, climbing gyms,
film photo labs, tattoo studios, piano lessons and exams, translation gigs, sign-language classes, temple
kitchen (langar) rotas, tax advisers, allotment committees, visa appointments; gcloud compute and auth list
output, AWS CLI JSON (describe-instances, sts), Apache auth_basic error logs (AH01617/AH01618),
MikroTik RouterOS and Cisco IOS configs, netplan YAML, Terraform tfvars and TF_VAR_ variables, Vault CLI
output, Jenkins credentials.xml, muttrc, Windows unattend.xml and Azure Storage connection strings; those
regions' addresses (Lautoka lots, Labasa, Khuzdar, Hualien, Wulai lanes, Pingtung townships,
Gitlaxt'aamiks boxes, Salamanca NY, Lame Deer, Black River Falls W-numbers, Sells, Uashat rue, Sheshatshiu,
Toribío veredas, Leh, Dehradun, Kumaon villages, Jammu H. No., Ranchi quarters, Agartala road numbers, Alert
Bay, Fort Resolution and Tuktoyaktuk, Bukoba plots, Mbeya 'nyumba na.', Bori, Otukpo, Arua, Kidal and
Agadez quartiers, Derbent, Asiago, Wurrumiyanga lots, Midland WA) and phones (Fiji, Khuzdar, Hualien,
Taitung with the bracketed trunk code, Pingtung, Nass valley, Salamanca, Lame Deer, Black River Falls dotted,
Sells, Sept-Îles, Sheshatshiu, Cauca's 602, Leh, Dehradun, Pithoragarh, Jammu, Ranchi, Agartala, Alert Bay,
Fort Resolution, Tuktoyaktuk, Bukoba, Mbeya, Port Harcourt, Otukpo with '(0)', Arua, Kidal, Agadez,
Derbent, Asiago, Wurrumiyanga, Midland WA); Visa 13 and 16, Mastercard 51, 55 and 2410, Amex 37, UnionPay
co-badged Discover 6221, JCB 3589 and Diners 36 cards with the issuer number apart ('453201 1234567890'),
underscores or dashes between groups; IBANs of Azerbaijan, Belarus, Iraq, the Vatican, São Tomé, Djibouti,
Somalia, the Faroes, Greenland, Gibraltar, Andorra, Monaco, San Marino, Bosnia, Serbia, North Macedonia,
Albania, Tunisia and Mauritania, some with the check digits apart from the rest; IPs in karaoke, surf-cam,
ski-locker, climbing-gym, photo-lab, tattoo-studio, piano-app, EchoLink, beehive-scale, chess-bot, scout-camp,
translation-portal and langar-rota chat, gcloud, AWS CLI, Apache auth logs, MikroTik, Cisco IOS, netplan,
tfvars, VAULT_ADDR and kubectl get nodes, v6 in 2406, 2a0c, 2001:da8, 2804 and 2a0e ranges; Jenkins
{AQAAAB...} encrypted secrets, SecretAccessKey in aws sts JSON output, Azure AccountKey and SAS sig=
parameters, hvs. tokens in Vault CLI tables, Cisco type 5 and type 7 passwords, MikroTik, muttrc,
unattend.xml, tfvars and Ansible vault passwords, NVIDIA NGC, Tavily, Jina, Cerebras, LlamaCloud and Voyage
keys, scout-hut, apiary,
karaoke-room, surf-locker and ski-pickup codes, chess, climbing, photo-lab, tattoo wifi, MuseScore,
translation-portal, repeater and temple passwords with composer, chess-move and shouted-word shapes, and
cues in Cebuano, Yoruba, Igbo, Armenian and Georgian (transliterated), Bosnian and Latin; usernames in
Smule, lichess, Mountain Project, Lomography, MuseScore, ProZ, Surfline, Instagram tattoo portfolios, Apache
auth logs, Jenkins credentials.xml, MikroTik and muttrc, shapes like 'x_on_keys', 'inked.by.x',
'x_sends_v5', 'x.shoots.portra', 'yx_translates', 'xybees' and 'x_signs_bsl'; dates of birth in Cebuano,
Yoruba, Igbo, Lingala, Sardinian and Fijian words with birth cues in those languages ('natawo ko sa', 'wọ́n
bí mi ní', 'a mụrụ m na', 'nabotamaki na', 'so nàschidu su', 'au sucu ena'), ISO 8601 week dates
('1990-W10-1') and ordinal dates ('1990-064'); typos as a space before the final ? or !, an -ing word's g
dropped ('goin') or the pronoun 'I' in lower case; negatives with the same regions' places, karaoke,
scouting, radio (73, QSL, repeater tones), beekeeping, chess notation and ratings, surf, ski, climbing
grades, film stock, tattoo aftercare, piano repertoire and exams, translation rates, BSL levels, langar,
visa-photo, allotment and lost-property talk, gcloud, AWS CLI, Apache, MikroTik, Cisco, netplan, Terraform,
Vault, Ansible vault and Jenkins boilerplate, the Azure emulator account, the AWS documentation secret key,
a test card, the sample IBAN, a placeholder e-mail, documentation IPs, an emergency number, a masked
password, and short everyday chat). Its figures, recorded before round 16 (0.721 / 0.808 / 0.737) and after it
(0.736 / 0.822 / 0.752), are honest figures; its misses (and again held-out 16's) were read in round 17. "heldout18": written before
round 17 by a separate author who did not change recognizers and never saw Kaizen's misses on it (no faker
name locale: NAME_LOCALES_HELDOUT18 is empty, as for held-out 16 and 17; hand-written lists of Lumbee, Osage
(surnames of two words: 'Red Corn', 'Standing Bear'), Potawatomi, Menominee, Seminole, Havasupai,
Nuu-chah-nulth, Acadian, Ixil, Iteso, Karamojong, Samburu, Central African (Sango-speaking), Nzema, Frafra,
Kru, Chin (two-part names: 'Cung Lian Hup'), Sasak (the 'Lalu' and 'Baiq' noble titles as part of the given
name), Gond, Bhil, Munda, Karbi, Dimasa, Mishing, Lak and Tabasaran names, rare given names of the 1880s US
census, many of them nicknames written as the formal name (Orpha, Zilpha, Pink, Dock, Wash, Lum), invented
ones of a made-up root and ending and a surname of a made-up root and a northern English place-name element
('Belisse Heskthwaite': -thwaite/-garth/-royd/-botham); a family named by its surname's plural ('the
Oxendines are hosting'), 'SURNAME/GIVEN' as an airline booking prints it and 'SURNAME<<GIVEN' in a passport
MRZ; over half of the sentences typed to the bot or a friend: lottery syndicates, sports betting, fantasy
football, pub quizzes, yoga retreats, homeschooling co-ops, PTA raffles, care-home visits, bike repair, darts
and bowls, bingo, model railways, canal boats, caravan sites, car boot sales, window cleaners, knitting
circles; Minecraft server.properties and logs, Plex, Jellyfin, Syncthing, Transmission and qBittorrent
settings, Node-RED, Zigbee2MQTT, OctoPrint, Gradle and Maven settings, fastlane and Android keystore
properties, Airflow connections, Nagios contacts, Zabbix, Squid access logs, Asterisk pjsip.conf, Proxmox,
pfSense/OPNsense config.xml, UniFi, iDRAC racadm, Mumble, .rdp files, Dockerfile ENV, composer auth.json,
Prometheus scrape configs; those regions' addresses (Pembroke NC, Pawhuska, Mayetta road numbers, Keshena
N-numbers, Hollywood FL, Supai PO boxes, Port Alberni, Caraquet, Nebaj cantones, Soroti and Moroto plots,
Maralal, Bangui quartiers and portes, Axim, Bolgatanga digital addresses, Harper, Hakha wards, Mataram Jl.,
Dindori wards, Jhabua makan no., Khunti H/No, Diphu, Haflong qtrs, Majuli chaporis, Kumukh and Khuchni
villages) and phones (Pembroke, Pawhuska, Mayetta, Keshena, Hollywood FL with an 'x' extension, Supai, Port
Alberni, Caraquet, Nebaj, Soroti, Moroto, Kenya, Bangui, Axim, Bolgatanga, Liberia, Myanmar, Mataram,
Dindori, Jhabua, Khunti, Diphu, Haflong, Majuli, Kumukh with the domestic 8, Dagestan mobiles); Visa 16,
Mastercard 54 and 2500, Amex 34, Diners 3095, JCB 3537, Discover 6011, Maestro 6759 and Verve 5061 (19
digits) cards with em dashes or in two halves of eight, with an expiry after them, in JSON and terminal
lines; IBANs of Guatemala, Saint Lucia, Honduras, the British Virgin Islands, Bulgaria, Latvia,
Liechtenstein, Turkey, the UK, Ireland, Cyprus and Estonia, some with the last short group joined to the
one before; IPs in syndicate, betting, fantasy-league, quiz-buzzer, retreat, homeschool Minecraft, PTA,
care-home tablet, bike-kiosk, darts, model-railway and caravan chat, Minecraft, Plex, Jellyfin, Syncthing,
Transmission, Node-RED, Zigbee2MQTT, Squid, pjsip, Proxmox, pfSense, UniFi, racadm, Mumble, .rdp and
Prometheus targets, v6 in 2607, 2a03, 2001:41d0, 2604:a880 and 2402 ranges; rcon passwords, X-Plex-Token,
Syncthing API keys, Transmission rpc-password, qBittorrent PBKDF2 hashes, Node-RED bcrypt hashes, OctoPrint
API keys, Gradle signing and OSSRH passwords, Maven <password>, MATCH_PASSWORD, storePassword, Airflow JSON
connection passwords, Zabbix DBPassword, Proxmox PVEAPIToken, .rdp 'password 51:b:' blobs, Replicate,
Groq, Perplexity, xAI and Firecrawl keys, composer GitHub OAuth tokens, Prometheus basic_auth, syndicate,
betting, fantasy-league, bingo and PTA passwords, retreat, care-home keypad, caravan-barrier, railway-club,
bike-workshop, canal-padlock and window-cleaner codes, passwords of darts, yoga and lottery words, and cues
in Haitian Creole, Somali, Uzbek, Tok Pisin, Javanese, Kurmanji, Faroese and Maltese; usernames in fantasy
apps, Sporcle, Mindbody, Betfair, Zwift, Outschool, Transmission, Maven, Gradle, Squid, Minecraft and
Proxmox, shapes like 'x_lucky7', 'quizzy_x', 'xy180', 'x.y.fc', 'x_om', 'y.homeschools' and 'wheelsbyx';
dates of birth in Faroese, Xhosa, Shona, Luganda, Guarani, Tetum, Turkmen and Chichewa words with birth
cues in those languages ('eg eri føddur', 'ndazalwa', 'ndakazvarwa', 'nazaalibwa', 'che aheñói', "ha'u moris
iha", 'doglan senesi', 'ndinabadwa pa'), 'March the 14th, 1987', an Excel day number in a CSV export and
JavaScript's Date.toUTCString(); typos as a short function word dropped or a British spelling typed the
American way or back; negatives with the same regions' places, lottery, betting, fantasy-football, quiz,
yoga, homeschool, PTA, care-home, cycling, darts, bingo, railway, caravan, canal, car-boot and knitting
talk, Minecraft, Plex, Syncthing, Transmission, Node-RED, Zigbee2MQTT, OctoPrint, Squid, Asterisk, Proxmox,
pfSense, iDRAC, Mumble, .rdp and Prometheus boilerplate, the iDRAC default login, a test card, the standard
example IBAN, a placeholder e-mail, documentation IPs, an emergency number, a masked password, and short
everyday chat). Its figures, recorded before round 17 (0.826 / 0.818 / 0.824) and after it (0.844 / 0.828 /
0.841), are honest figures; its misses (and again held-out 17's) were read in round 18. "heldout19": written before round 18 by a
separate author who did not change recognizers and never saw Kaizen's misses on it (no faker name locale:
NAME_LOCALES_HELDOUT19 is empty, as for held-out 16 to 18; hand-written lists of Madurese (with the 'Moh.'
abbreviation of Mohammad as part of the given name), Waray (with the Filipino 'Ma.' for Maria: 'Ma. Leonila'),
Hiligaynon, Kirundi, Luba (Kasai), Bamum, Susu, Tsimshian, Eastern Shoshone, Nez Perce (surnames of two words:
'Kash Kash', 'Half Moon'), Lenape (Delaware), Tuscarora, Mam, Tz'utujil, Lenca, Otavalo Kichwa, Arhuaco,
Talysh, Veps, Silesian, Chickasaw, Crow (Apsáalooke, two-word surnames: 'Old Coyote', 'Pretty On Top'),
Ponca, Kalinago and Wampanoag names, rare US given names of the 1950s (Ardith, Verlin, Glendora, Norvel),
invented ones of a made-up root and ending and a Cornish-looking surname of a Tre-/Pol-/Pen-/Ros-/Lan-/Car-
prefix and a made-up root ('Caelenna Trewartha'); 'Mx' and the family name; over half of the sentences
typed to the bot or a friend: school trips, summer camps, student loans, scholarships, internships, notary
appointments, parking permits, speeding fines, volunteer firefighters, jury duty, rowing clubs,
house-sitting, birdwatching, festival volunteering, pottery classes; Icecast XML, Odoo odoo.conf, Moodle
config.php, Mattermost config.json and mmctl, Matrix Synapse homeserver.yaml, Suricata eve.json, Zeek
conn.log, Wazuh alerts, Fluent Bit, Telegraf, Frigate, Keepalived, Kea DHCP, FreeSWITCH, Exim mainlog, Jitsi
.env and zuliprc; those regions' addresses (Pamekasan dusun/desa/kec., Tacloban blocks and lots, Iloilo
barangays, Bujumbura quartiers, Kananga communes, Foumban portes, Conakry's KA- street numbers, Prince
Rupert, Fort Washakie, Lapwai, Bartlesville, Lewiston NY, Huehuetenango '4a. Calle 7-25, Zona 1', Santiago
Atitlán cantones, La Esperanza by directions from the church ('2 cuadras al sur'), Otavalo 'X y Y' corners,
Valledupar manzana/casa, Lənkəran küç., Sheltozero, Katowice, Ada, Crow Agency boxes, Ponca City, the
Kalinago Territory, Aquinnah) and phones (Pamekasan, Indonesia, Tacloban, Iloilo, Philippine mobiles,
Burundi, DR Congo, Cameroon, Guinea, Prince Rupert dotted, Fort Washakie, Lapwai, Bartlesville, Lewiston
with 'ext.', Huehuetenango, Santiago Atitlán, La Esperanza, Otavalo, Ecuadorian mobiles, Valledupar's 605,
Lankaran, Petrozavodsk, Katowice without the country code, Ada dotted, Crow Agency, Dominica's 1-767,
Aquinnah); Visa 16, Mastercard 2620 and 5180, Amex 377, Diners 3012, JCB 3560, Discover 6011 and 65 cards
with ideographic spaces or dashes but the last group apart ('4532-0151-1234 5678'); IBANs of Norway,
Denmark, Finland, Poland, Slovakia, Croatia, Serbia, Montenegro, Jordan, Kuwait, Bahrain, Egypt, the
Seychelles and France, some after 'IBAN:' with no space or typed in lower case; IPs in school-trip, camp,
rowing, fire-station, parking, jury, house-sitting, bird-hide, festival, pottery, student-loan and
scholarship chat, Icecast, Odoo, Moodle, Mattermost, Synapse, Suricata, Zeek, Wazuh, Fluent Bit, Telegraf,
Frigate, Keepalived, Kea, FreeSWITCH, Exim and Jitsi, v6 in 2a05, 2a09, 2610, 2001:44b8 and 2001:b28 ranges;
Icecast source and admin passwords, Odoo admin_passwd, Moodle dbpass, Mattermost AtRestEncryptKey and mmctl
access tokens, Synapse registration and macaroon secrets, Zulip API keys, Fluent Bit HTTP_Passwd, Telegraf
InfluxDB tokens, Frigate MQTT passwords, Keepalived auth_pass, FreeSWITCH default_password, Jitsi auth
passwords, Axiom, Cal.com, Infisical, fal.ai, AssemblyAI, Together, Modal and Lemon Squeezy keys, school-trip,
camp, student-loan, scholarship, internship VPN, parking-permit and festival passwords, notary e-signing
codes, fine and jury PINs, fire-station, boathouse, house-sit alarm and bird-hide codes, passwords of
heron, kiln, coxswain and campfire words, and cues in Kinyarwanda, Sesotho, Oromo, Occitan, Asturian, Latin
and Papiamento; usernames in eBird, Quizlet, Scratch, Handshake, the Concept2 logbook, Mattermost and Wazuh,
shapes like 'x_birds_y', 'fire.x', 'x.rows.2k', 'campx2019', 'x_interns', 'yx_clay' and 'x.sits.y'; dates of
birth in Quechua (Spanish month names with 'killapi' and 'watapi'), Kinyarwanda, Sesotho, Oromo, Occitan,
Asturian, Latin (the year in Roman numerals), Chamorro, Papiamento and Manx words with birth cues in those
languages ('paqarirqani', 'navutse', 'ke hlahile', 'guyyaa dhalootaa', 'soi nascut', "nací'l", 'natus sum',
"mafañågu yu' gi", 'mi a nase', 'ruggit mee'), ASP.NET's '/Date(ms)/' and 'Mon-DD-YYYY'; typos as
text-speak ('u', 'pls', 'tmrw', 'b4') or a trailing '...'; negatives with the same regions' places,
school-trip, camp, loan, scholarship, internship, notary, probate, permit, fine, library, museum, fire
brigade, jury, rowing, birding, pottery and festival talk, Icecast, Odoo, Moodle, Mattermost, Synapse,
Suricata, Zeek, Wazuh, Fluent Bit, Telegraf, Frigate, Keepalived, Kea, FreeSWITCH, Exim and mbox
boilerplate, a placeholder secret, a test card, a sample IBAN, a placeholder e-mail, documentation IPs, an
emergency number, a masked password, and short everyday chat). Its figures, recorded before round 18 (0.826 /
0.834 / 0.827) and after it (0.844 / 0.852 / 0.846), are honest figures; its misses were read in round 19.
"heldout20": written before round 19 by a separate author who did not change recognizers and never saw
Kaizen's misses on it (no faker name locale: NAME_LOCALES_HELDOUT20 is empty, as for held-out 16 to 19;
hand-written lists of Bikol, Ivatan, Bajau (Sama), Gorontalo, Sumbanese (the 'Umbu' and 'Rambu' noble titles
as part of the given name), Mon (with the 'Nai' and 'Mi' prefixes), Rakhine, Akha, Arapaho (surnames like
"C'Hair" and 'Lone Bear'), Shawnee, Oneida, Passamaquoddy, Penobscot, Arrernte (skin names as surnames:
'Kngwarreye', 'Pwerle'), Pitjantjatjara, Wiradjuri, Seri (Comcaac), Western Apache, Chokwe, Sara (Chad),
Songhai, Kissi, Lobi, Kven and Pomak names, rare spellings of 1990s US given names (Tevin, Shyanne, Dylon,
Kelsi), invented ones of a made-up root and a Slavic- or Greek-looking ending and a surname of a made-up root
and a Lithuanian ending ('Velandra Kelmaitis': -auskas/-aitis/-ėnas/-ulis/-iūtė); 'FAMILY Given' as a
sign-in sheet prints it, a pronunciation note after the name, Zoom's '(Guest)', 'Co-authored-by:'; over half
of the sentences typed to the bot or a friend: bell-ringing, pigeon racing, archery, roller derby, dragon
boating, home brewing, mushroom foraging, astronomy clubs, amateur theatre, repair cafés, escape rooms,
dinghy sailing, cheese-making courses, falconry and stamp fairs; Authelia configuration.yml and logs,
Vaultwarden .env and logs, Paperless-ngx, Immich and Mastodon .env files, Graylog server.conf, NetBox
configuration.py, Gotify, ntfy, Redmine database.yml, Roundcube config.inc.php, BIND named.conf with TSIG
keys, AdGuard Home YAML, Kodi advancedsettings.xml, Guacamole user-mapping.xml, ZNC, wpa_supplicant.conf,
NetworkManager keyfiles, hostapd.conf, slapd rootpw and Oracle SQL*Plus output; those regions' addresses
(Naga City zones and barangays, Basco, Semporna kampung lots, Gorontalo Jl./Kel., Waingapu kampung RT/RW,
Mawlamyine and Sittwe wards and quarters, Mae Salong moo, Ethete, Shawnee, Oneida, Perry and Indian Island
ME, Alice Springs units, Santa Teresa, Amata lots, PMB boxes, Wagga Wagga, Punta Chueca s/n, San Carlos,
Whiteriver, Saurimo bairros, Sarh and Moundou quartiers, Gao portes, Guéckédou, Gaoua secteurs, Vadsø,
Porsanger, Madan with '№' and Bulgarian quotes, Yakoruda) and phones (Naga City, Philippine mobiles, Basco,
Semporna, Malaysian mobiles, Gorontalo, Indonesian mobiles dashed, Waingapu, Mawlamyine, Myanmar mobiles,
Sittwe, Chiang Rai, Riverton WY, Shawnee with '+1 (405)', Oneida dotted, Perry, Indian Island, Alice Springs,
Australian mobiles, Wagga Wagga, Hermosillo, San Carlos, Whiteriver, Angola, Chad, Gao, Guéckédou, Gaoua,
Vadsø, Madan, Bulgarian mobiles); Visa 16 and 19, Mastercard 2705 and 5311, Amex 374, Diners 3056, JCB 3548,
Discover 6550 and Maestro 6304 cards, some with non-breaking hyphens (U+2011) between groups; IBANs of
Germany, Austria, Belgium, Sweden, Hungary, Lithuania, Slovenia, Portugal, Iceland, Malta, Greece, Albania,
Moldova and Ukraine; IPs in bell-tower, pigeon-loft, archery, derby, dragon-boat, brew-fridge, foraging,
observatory, theatre lighting, repair-café, escape-room, sailing-webcam, cheese-cave and aviary chat and in
the configs and logs above, v6 in 2405, 2a0a, 2001:1388, 2620 and 2001:8a0 ranges; Authelia jwt_secret,
Vaultwarden ADMIN_TOKEN, PAPERLESS_SECRET_KEY, Immich DB_PASSWORD, Mastodon OTP_SECRET, Graylog
password_secret, NetBox SECRET_KEY, Roundcube des_key, BIND TSIG secrets, Kodi webserver, Guacamole, ZNC
sha256 Pass, wpa_supplicant and NetworkManager psk, hostapd wpa_passphrase, slapd rootpw, ntfy tk_ tokens,
Sourcegraph sgp_, Vonage, Klaviyo pk_, SparkPost, Pipedrive, DeepL ':fx', Webflow, Freshdesk and Qdrant keys,
bell-tower, range-gate, stage-door, boat-shed and mews codes, escape-room PINs, pigeon-club, derby,
dragon-boat, homebrew, foraging, observatory wifi, repair-café and cheese-course passwords, passwords of
treble, loft, fletch, jammer, chanterelle, Orion, spinnaker and Gouda words, and cues in Scots, Limburgish,
Low German, Swiss German, Neapolitan, Sundanese, Slovak and transliterated Ukrainian; usernames in
Geocaching, AstroBin, Colnect, Zooniverse, Couchsurfing, Brewfather, ZNC, Authelia users_database.yml,
shapes like 'x.rings.treble', 'loft_y', 'x_draws_32lb', 'jammer.x', 'xy_paddles', 'ybrews7' and
'x.under.orion'; dates of birth in Scots ('14th o Mairch'), Limburgish, Low German, Swiss German,
Neapolitan, Bambara, Twi (Akan month names), Javanese, Tswana and Venda words with birth cues in those
languages ('A wis born on the', 'ich bin gebore op', "ik bün boren an'n", 'ich bi am ... gebore', "so' nato
'o", 'n bangera', 'wɔwoo me', 'aku lair tanggal', 'ke tsholetswe ka', 'ndo bebwa nga'), Unix epoch seconds
in JSON, Oracle's DD-MON-RR and LDAP GeneralizedTime; typos as a Scots or Northern dialect word ('dinnae',
'ken', 'wee', 'aye', 'nowt', 'ma') or a texter's trailing ' x'; negatives with the same regions' places,
bell-ringing methods, race velocities, archery rounds and draw weights, derby and dragon-boat rules, brewing
gravities and hops, foraging advice, sky objects, plays and scenes, repair tallies, escape-room blurbs,
dinghy classes and wind, cheese ageing, hawk weights, stamp plates, Authelia, Vaultwarden, Paperless,
Immich, Mastodon, Graylog, NetBox, Gotify, ntfy, Redmine, Roundcube, BIND, AdGuard, Kodi, Guacamole, ZNC,
wpa_supplicant, NetworkManager and hostapd boilerplate, placeholder credentials and secrets, a test card,
the sample IBAN, a placeholder e-mail, a documentation IP, an emergency number, a masked password, and short
everyday chat). Its figures, recorded before round 19 (0.891 / 0.822 / 0.877) and after it (0.891 / 0.827 /
0.878), are honest figures; its misses were read in round 20. "heldout21": written before round 20 by a
separate author who did not change recognizers and never saw Kaizen's misses on it (no faker name locale:
NAME_LOCALES_HELDOUT21 is empty, as for held-out 16 to 20; hand-written lists of Itelmen, Koryak, Selkup,
Shor, Dolgan, Ingrian, Griko, Mirandese, Picard, Hutsul, Karaim (Lithuanian spellings: 'Firkovičius'),
Mazandarani, Gilaki, Luri, Bakhtiari, Nogai (the 'uly' and 'kyzy' patronymics as the family name:
'Bekmurza uly'), Pangasinan, Chavacano, Tao (Yami, teknonyms: 'Syaman Rapongan', 'Sinan Mavivo'), Bunun,
Rukai, Tsou, Kapingamarangi, Tikopia (the 'Pa', 'Pu' and 'Nau' titles as part of the given name), Lango,
Beja, Wolaytta, Hadiyya, Tigre and Bilen names, rare British given names of the 1960s and 70s (Gaynor,
Glynis, Lesley-Ann, Tracey-Jo), invented ones of a made-up root and ending and a surname of a made-up root
and a Frisian ending ('Yarethe Terpinga': -stra/-inga/-ema/-sma/-enga); an age in brackets after the name
as local papers print it ('X (67)', 'X (age 41)'), a Mailchimp CSV row, Zendesk requester and Keycloak
firstName fields; over half of the sentences typed to the bot or a friend: physiotherapy, car repair and
MOTs, lost pets and microchip registers, tenancy deposits, council tax, citizenship tests, cold-water
swimming, cider pressing, ukulele groups, kite festivals, curling and woodturning; Docker config.json
auths, AWS CLI config and credentials files, Keycloak realm exports, Okta System Log JSON, Mailchimp
CONFIRM_IP exports, Zendesk tickets, .NET appsettings.json and connection strings, Nextcloud config.php,
Sonarr config.xml, Gitea app.ini and grafana.ini; those regions' addresses (Petropavlovsk-Kamchatsky,
Palana, Krasnoselkup, Tashtagol, Dudinka and Gatchina with the postcode first and 'g./ul./d./kv.',
Calimera, Sternatia, Miranda do Douro, Amiens, Abbeville, Verkhovyna smt., Trakai, Sari, Rasht and
Khorramabad khiyaban/kuche/pelak, Shahrekord, Terekli-Mekteb, Dagupan and Zamboanga barangays, Lanyu,
Haiduan, Alishan and Wutai villages, Kapingamarangi, Lira plots, Port Sudan blocks, Wolaita Sodo and
Hosaena kebeles, Keren, UK flats) and phones (Petropavlovsk-Kamchatsky, Palana with the domestic 8,
Krasnoselkup, Tashtagol, Dudinka, Gatchina, Russian mobiles, Calimera, Miranda do Douro, Amiens, Verkhovyna,
Trakai, Sari, Rasht, Khorramabad, Iranian mobiles, Terekli-Mekteb, Dagupan, Zamboanga, Philippine mobiles,
Lanyu, Alishan, Pohnpei, Lira, Port Sudan, Wolaita Sodo, Hosaena, Keren, UK mobiles); Visa 16 and 19,
Mastercard 2389 and 5425, Amex 3712, Diners 3014, JCB 3569, Discover 6510 and Maestro 6761 cards, some with
figure spaces (U+2007) between groups; IBANs of France, Spain, Italy, the Netherlands, Ireland, the UK,
Poland, Czechia, Croatia, Romania, Finland, Luxembourg, Cyprus, Denmark and San Marino; IPs in physio-app,
garage, microchip-register, deposit-scheme, council-tax, citizenship-test, lido, cider-press, ukulele,
kite, curling-rink, woodturning and lost-dog tracker chat and in the configs and logs above, v6 in 2a07,
2403, 2a00:1450, 2001:16b8 and 2408 ranges; Docker config.json base64 auths, aws_secret_access_key and
aws_session_token, Keycloak client secrets and credential values, .NET JwtSettings keys, Azure AD client
secrets and connection-string passwords, Nextcloud secret, passwordsalt and dbpassword, Sonarr ApiKey,
Gitea INTERNAL_TOKEN and LFS_JWT_SECRET, grafana.ini admin_password and secret_key, Portainer ptr_,
Calendly, Bitly, Zoho refresh, Braintree, Checkout.com sk_sbox_, Segment, Amplitude, Storyblok, monday.com
and Miro tokens, lido-locker, cider-barn, curling ice-house and woodturning-shed codes, physio, MOT,
microchip, deposit, council-tax, citizenship, ukulele and kite-festival passwords, passwords of kite,
curling, ukulele, apple and lido words, and cues in Corsican, Friulian, Sicilian, Walloon, Tatar, Tajik,
Northern Sami, Shona and Xhosa; usernames in Peloton, SoundCloud, TripAdvisor, Yelp, chess.com, Pokémon GO,
docker login, Keycloak and Okta, shapes like 'x.swims.cold', 'ciderbyy', 'x_hogline', 'y.strums',
'xykites7', 'lostdog_x' and 'x.turns.y'; dates of birth in Corsican, Friulian, Sicilian, Walloon, Tatar,
Tajik and Northern Sami words with birth cues in those languages ('sò natu u', 'o soi nassût ai',
'nascivi lu', "dji so né l'", 'tuğan könem', 'tavallud shudaam', 'mun lean riegádan'), SQL Server's
'Mar 14 1987 12:00AM', a .NET DateTime in de-DE culture ('14.03.1987 00:00:00') and a Keycloak attribute
list; typos as a spoken contraction ('gonna', 'wanna', 'kinda', 'lemme') or a chat interjection in front
('ngl', 'ok so', 'btw'); negatives with the same regions' places, physio exercises, MOT results, pet
descriptions, deposit rules, council-tax bands, citizenship-test facts, water temperatures, apple
varieties, ukulele chords, kite winds, curling and woodturning terms, brands and fictional characters that
hold names, Docker, AWS CLI, Keycloak, Okta, Mailchimp, Zendesk, .NET, Nextcloud, Sonarr, Gitea and Grafana
boilerplate, a placeholder secret, a test card, the sample IBAN, a placeholder e-mail, a documentation IP,
emergency numbers, a masked password, and short everyday chat). Its figures, recorded before round 20
(0.895 / 0.901 / 0.896) and after it (the same), are honest figures; its misses were read in round 21.
"heldout22": written before round 21 by a separate author who did not change recognizers and never saw Kaizen's misses on it (no faker name locale:
NAME_LOCALES_HELDOUT22 is empty, as for held-out 16 to 21; hand-written lists of Saisiyat (clan names as
family names: 'Kaybaybaw', 'Titiyon'), Thao, Kavalan, Banaban (the 'Nei' title as part of a woman's given
name: 'Nei Tabera'), Sikaiana, Udege, Nganasan, Mansi, Bubi, Chagossian, Sena, Gbaya, Ndau and Kunama names,
rare American given names of the 1920s and 30s (Wilburn, Ozella, Arvel, Leatrice), invented ones of a
made-up root and ending and a surname of a made-up root and a Welsh-looking ending ('Marovel Caerwydd':
-wydd/-oed/-aint/-wen/-ferth); the given name and the family name's initial as a contacts app shows it
('Rotan T'), meeting minutes ('Action: X to ...', 'Present: X', 'Minutes taken by X'), crowdfunding backer
lists ('Backer #114 — X', 'Donation by X · 2 hours ago'), dance-competition couples, open-mic running orders
and relay legs; over half of the sentences typed to the bot or a friend: house swaps, crowdfunding, vintage
and classic cars, ballroom dancing, sourdough baking, reef aquariums, bonsai, comedy open mics, vinyl record
fairs, tai chi, wild camping and orienteering; htpasswd files and Apache AuthType Basic, s3cmd .s3cfg,
msmtprc, .fetchmailrc, Auth0 log JSON, Hasura, Directus, n8n, MinIO, Harbor, Drone, Woodpecker, Argo CD,
Promtail, Outline and Miniflux settings; those regions' addresses (Nanzhuang and Wufeng 'Lin' neighbourhoods,
Yuchi's Ita Thao Street, Fengbin, Rabi Island lots, Banaba, Sikaiana, Krasny Yar and Agzu, Ust-Avam and
Volochanka, Saranpaul and Berezovo with the postcode first, Malabo calles and barrios, Bioko poblados,
Crawley, Port Louis's Cassis, Caia and Mutarara bairros and quarteirões, Nsanje plots, Bouar portes, Berbérati
and Bertoua BP, Chipinge stands, Espungabera, Barentu, UK flats) and phones (Miaoli and Hualien domestic,
Hsinchu, Nantou all dashes, Fiji, Kiribati, Solomon Islands, Pozharsky, Terneysky with the domestic 8,
Taimyr, Berezovo, Equatorial Guinea, Crawley domestic and with '(0)', Mauritius, Mozambique, Nsanje, the
Central African Republic, Bertoua, Chipinge, Zimbabwe, Barentu, Eritrea, UK mobiles in threes); Visa 16 and
19, Mastercard 2298 and 5275, Amex 3759, Diners 3050, JCB 3581 and Discover 6581 cards, some with en spaces
(U+2002) or tabs between groups; IBANs of Norway, Estonia, Latvia, Bulgaria, Slovakia, Switzerland,
Liechtenstein, Gibraltar, Turkey, Georgia, Azerbaijan, Mauritius and Mozambique; IPs in house-swap,
crowdfunding, classic-car, ballroom, sourdough-sensor, aquarium, bonsai, open-mic stream, record-fair,
tai-chi video call, campsite and orienteering chat and in the configs and logs above, with ports, in http,
rtmp and postgres URLs and as bracketed v6 in URLs, v6 in 2a06, 2a0b, 2a0d, 2602, 2001:19f0, 2400:cb00 and
2a04 ranges; passwords with no cue word at all after talk about logging in ("it's X btw", "X worked this
time", a question and the password on the next line), passphrases of four words with spaces and
dot-joined words, htpasswd {SHA} hashes, .s3cfg secret_key, msmtprc and fetchmail passwords, Auth0
client_secret, HASURA_GRAPHQL_ADMIN_SECRET, Directus SECRET, N8N_ENCRYPTION_KEY, MINIO_ROOT_PASSWORD,
harborAdminPassword, DRONE_RPC_SECRET, WOODPECKER_AGENT_SECRET, Argo CD bcrypt admin.password, Promtail
basic_auth, Outline SECRET_KEY and UTILS_SECRET, Miniflux ADMIN_PASSWORD, age secret keys, Apify, Mux,
Spotify, Octopus Deploy and TeamCity tokens, key-safe, garage keypad, studio door, camp barrier and control
box codes, passwords of dance, levain, koi, classic-car and Japanese-craft words, and cues in Japanese,
Korean, Mandarin and Cantonese (romanised), Thai (romanised), Urdu, Amharic, Samoan, Tongan, Fijian,
Lingala, Kyrgyz and Tamil (romanised); usernames in HomeExchange, GoFundMe, classic-car and reef forums,
Discogs, TikTok, Nextdoor, Meetup, htpasswd, fetchmail and Auth0 logs, shapes like 'x.swaps.homes',
'y_bakes_levain', 'xy_waltzes', 'bonsai.by.x', 'y_on_vinyl7', 'openmic_x', 'x.y.classics' and 'reefkeeper_y';
dates of birth in Korean (Revised Romanisation), Mandarin (pinyin), Kyrgyz, Khmer and Lao (romanised)
words and the Ethiopian calendar in Amharic ('Megabit 5 1979 E.C.') with birth cues in those languages
('taeeonasseoyo', 'chūshēng', 'yetewelidkut', 'tuulgam', 'khnhom kat', 'khoy koet'), a Python
datetime.date repr and Go's time.Time string; typos as a stretched vowel in an everyday word ('sooo',
'pleeease') or a laugh typed after a chat line ('haha', 'lmaooo', 'jajaja', 'kkkk'); negatives with the same
regions' places, house-swap, crowdfunding, classic-car, dance, baking, aquarium, bonsai, comedy, record,
tai chi, camping and orienteering talk, brands that hold names (Morris, Austin, Riley, Uncle Ben's),
Apache, s3cmd, msmtp, fetchmail, Auth0, Hasura, Directus, n8n, MinIO, Drone, Argo CD, Promtail and Outline
boilerplate, placeholder and documentation secrets, a test card, the standard example IBAN, a placeholder
e-mail, documentation IPs (v4 and v6), emergency numbers, a masked password, and short everyday chat). Its
figures, recorded before round 21 (0.763 / 0.796 / 0.770) and after it (0.790 / 0.804 / 0.793), are honest
figures; its misses were read in round 22. "heldout23": written before round 22 by a separate author who did
not change recognizers and never saw Kaizen's misses on it (no faker name locale: NAME_LOCALES_HELDOUT23 is
empty, as for held-out 16 to 22; hand-written lists of Fulani ('Thierno' and 'Elhadj' as part of the given
name), Ryukyuan (Okinawan), Lezgian, Dzongkha (two given names, no family name), Central Yupik, Aleut (Russian
surnames in the '-off'/'-euff' spellings: 'Prokopeuff'), Otomi (two family names), Purepecha, Raramuri
(Tarahumara) and Indo-Fijian (Fiji Hindi) names, Puritan virtue names that read like words (Temperance,
Thankful, Silence, Remember), invented ones of a made-up root and ending and a surname of a made-up root and a
Sardinian-looking ending ('Talvera Correddu': -eddu/-inu/-esu/-oni/-ana); the family name first, 's/o' and
'd/o' with the father's name ('Kamla d/o Shiu Prasad'), a middle initial; rental forms ('Additional driver:',
'Hirer name:'), bowling lanes, dive buddies, bridge seats ('North: X'), dog-show catalogues ('Owner/Handler:'),
quilt labels, hockey rosters ('#17 X (C)') and lawn-bowls skips; over half of the sentences typed to the bot or
a friend: car rental, ten-pin bowling leagues, sea kayaking, narrowboats, scuba diving, bridge clubs, quilting,
dog shows, recreational ice hockey and lawn bowls; Rundeck realm.properties and framework.properties,
Rocket.Chat, cloudflared tunnel credentials and config, PM2 ecosystem.config.js, Android keystore.properties,
kibana.yml, Icinga2 api-users.conf, Umami .env, .travis.yml, SFTPGo users JSON; those regions' addresses (Pita
carrés and lots, Serrekunda, Naha, Urasoe and Uruma 'Aza' addresses, Nakijin-son, Akhty with the postcode
first, Derbent, Thimphu houses and flats, Bethel and Akiachak P.O. boxes, St. Paul Island, Ixmiquilpan
barrios and manzanas s/n, Cheran, 'Domicilio conocido' in Norogachi and Guachochi, Suva lots, Stoke-on-Trent,
narrowboat moorings, Oban) and phones (Guinea, the Gambia, Naha and Nakijin domestic and international,
Japanese mobiles, Akhty with the domestic 8, Dagestan mobiles, Thimphu, Bhutan mobiles, Bethel, St. Paul
dotted, Ixmiquilpan, Cheran domestic, Guachochi with the old mobile 1, Fiji mobiles, Stoke, UK mobiles
international, Oban); Visa 16 and 19, Mastercard 2221 and 5500, Amex 3782 dashed, Diners 3095, JCB 3530 and
Discover 6011 cards, some with narrow no-break spaces (U+202F) or slashes between groups; IBANs of Qatar,
Lebanon, Tunisia, Kosovo, Bosnia, the Faroes, Greenland, Costa Rica, the Dominican Republic, Andorra, the
Vatican, Palestine and Jordan; IPs in rental dashcam, bowling scoreboard, kayak tracker, narrowboat router,
dive shop, bridge scores, sewing machine, dog show, ice rink and bowls-club chat and in the pastes above, v6 in
2001:bc8, 2a09, 2a11, 2404, 2c0e and 2801 ranges and bracketed; passwords described before they are given
("the dog's name and the year we got him: X", "season and year, so X", "not the old one, ... is X now"),
season-year, pet-name-year and word-word-digit passwords, Rundeck BCRYPT $2y$ hashes, SFTPGo argon2id hashes,
cloudflared TunnelSecret, keyPassword, PM2 API_KEY, Kibana encryptionKey and elasticsearch.password, Icinga2
password, Umami APP_SECRET and HASH_SALT, Travis secure strings, Rocket.Chat X-Auth-Token, Rundeck tokens,
GitHub ghu_, Doppler dp.pt., PlanetScale pscale_pw_, PostHog phx_ and ngrok authtokens, rental key box,
bowling locker, kayak shed, lock keyhouse and rink changing-room codes, and cues in Dutch, Bislama, Fiji Hindi,
Okinawan, Jamaican Patois, Krio and Hawaiian Pidgin; usernames in bowling-league apps, kayak forums, BBO and
dive logs, shapes like 'x.strikes.y', 'lane7_x', 'x_paddles_oban', 'y.on.the.cut', 'deepx40m', 'xy_no_trump',
'quilts_by_y' and 'y_handler3'; dates of birth in Dutch, Jamaican Patois, Krio and Fiji Hindi with birth cues
in those languages ('ik ben geboren op', 'mi bawn pon', 'a bɔn na', 'paida bhaya rahin'), the Japanese era
calendar ('Shōwa 62-nen 3-gatsu 14-nichi'), a JavaScript Date string, an RFC 2822 date and C's ctime(); typos
as a doubled short word ('the the') or an emoticon after a chat line (':)', 'xD', '^^'); negatives with the
same regions' places, canal, bowling, kayaking, diving, bridge, quilting, dog-show, hockey and bowls talk,
rental firms and car groups, season words and virtue words as place names, Rundeck, Rocket.Chat, cloudflared,
PM2, Kibana, Icinga2, Umami, Travis, Android and SFTPGo boilerplate, placeholder secrets, a test card, the
example IBAN, a placeholder e-mail, documentation IPs (v4 and v6), emergency numbers, masked passwords, and
short everyday chat). Its figures, recorded before round 22 (0.806 / 0.860 / 0.817) and after it (the same),
are honest figures; its misses were read in round 23. "heldout24": written before round 23 by a separate
author who did not change recognizers and never saw Kaizen's misses on it (no faker name locale:
NAME_LOCALES_HELDOUT24 is empty, as for held-out 16 to 23; hand-written lists of Nyoro (an empaako praise name
between the given and the family name, 'Kemigisa Akiiki Byaruhanga', or the empaako alone with the family
name, 'Amooti Kaahwa'), Soga, Kimbundu, Meru (family names with the M' prefix: "M'Ikiara"), Taita, Kuria, Iraqw
('Hhando', 'Tluway', 'Qambalali'), Gogo and Ewondo names, surnames used as given names (Winslow, Marlowe,
Bellamy, Ellery), invented ones of a made-up root and ending and a surname of a made-up root and a
Basque-looking ending ('Quenrith Albizabal': -zabal/-aga/-egi/-eta/-ola); the family name in capitals after
the given name ('Kinoti MWITI'), the initial with or without a full stop as scorecards print it ('L Kaberia'),
a cricket scorecard ('X c & b 12'), a funeral order of service ('Pallbearers: X'), care-home ('Resident:'),
riding ('Rider:'), christening ('Godmother:'), detecting ('Finder:') and netball ('GK:') fields; over half of
the sentences typed to the bot or a friend: care homes, snooker leagues, tennis clubs, metal detecting, horse
riding and livery yards, parkrun, village cricket, netball, fencing, christenings, retirement parties and
pet-sitting; Strapi .env, Metabase MB_* variables, Listmonk config.toml, Appwrite .env, Dokku config:set,
Filebeat and Logstash, Wiki.js config.yml, BookStack .env, Uptime Kuma notifications and API keys and Superset
superset_config.py; those regions' addresses (Hoima and Jinja plots, Iganga and Kamuli villages, Luanda
'Rua ... n.º, Bairro', Malanje casas, Meru P.O. boxes with the postal code after a dash ('Box 1234-60200'),
Meru estates, Voi plots, Tarime 'Mtaa wa ... nyumba na.', Mbulu 'Kitongoji cha', Dodoma areas, plots and
blocks, Yaoundé 'Rue 1.750, quartier', a Kettering care-home room, a cricket pavilion, a Cotswold livery yard,
Sheffield) and phones (Hoima international and domestic, Jinja, Ugandan mobiles with '(0)', Luanda, Angolan
mobiles, Meru, Kenyan mobiles, Voi dashed, Tarime, Tanzanian mobiles, Dodoma with the country code in
brackets, Yaoundé, Cameroonian mobiles in pairs, Kettering, UK mobiles with a dash, Sheffield); Visa 16 and
19, Mastercard 2500 and 5412, Amex 3400, Diners 3600, JCB 3541 and Discover 6445 cards, some with spaced
hyphens (' - ') or no-break spaces (U+00A0) between groups; IBANs of Montenegro, Serbia, North Macedonia,
Albania, Moldova, Ukraine, Kazakhstan, Bahrain, Kuwait, Pakistan, El Salvador, Guatemala, Iraq and Belarus;
IPs in care-home, snooker scoreboard, court-booking kiosk, detector app, foaling camera, parkrun timer,
cricket scoreboard, netball, fencing scoring box, christening livestream, retirement slideshow and pet-cam
chat and in the pastes above, with nip.io, v6 in 2a12, 2a13, 2a14, 2c0f:f..., 2001:67c and 2620 ranges;
passwords set off by punctuation or formatting instead of a cue word ('it's case sensitive: X', 'site → X',
'(pw `X`)', 'in brackets (X)', 'use X. it's mine', 'X <- capital first letter'), passwords with non-ASCII
letters ('Ñandú2024', 'Bärli', 'Cœur', 'Øresund'), sport-word passwords ('Maximum147', 'Silly-Mid-Off'),
Strapi ADMIN_JWT_SECRET and TRANSFER_TOKEN_SALT, MB_ENCRYPTION_SECRET_KEY and MB_DB_PASS, Listmonk
admin_password, Appwrite _APP_OPENSSL_KEY_V1 and _APP_EXECUTOR_SECRET, Dokku SESSION_SECRET,
LOGSTASH_KEYSTORE_PASS, Wiki.js db pass, Superset FERNET_KEY and GUEST_TOKEN_JWT_SECRET, Werkzeug scrypt
password hashes, Uptime Kuma uk1_ API keys, Browserbase bb_live_, Trigger.dev tr_prod_, Shopify shpss_,
Slack xoxe- refresh and Ory ory_pat_ tokens, care-home door, snooker locker, tack-room, pavilion key-safe,
vestry safe and flat alarm codes, and cues in Sheng ('password ni X msee'), Nigerian Pidgin ('di password na
X o', 'abeg'), Cameroonian Pidgin, Manglish ('X lah'), European and Angolan Portuguese ('palavra-passe') and
Runyoro ("ekigambo ky'ekyama"); usernames in Playtomic, detecting forums, Equilab, Play-Cricket, Metabase
MB_USER and JSON screen_name, shapes like 'x.pots.black', 'y_on_the_baize', 'x.aces.y', 'detectorist_x',
'x_rides_bramble', 'y.parkruns.42', 'x_off_stump' and 'xy.en.garde'; dates of birth in transliterated Greek
(genitive months) and Bulgarian, romanised Urdu and Hebrew, transliterated Georgian (year first), Norwegian
Bokmål and Nigerian Pidgin with birth cues in those languages ('gennithika stis', 'rodena sam na', 'meri
paidaish ... ko hui thi', 'noladti be-', 'davibade', 'jeg er født', 'dem born me for'), an MS Access date
literal ('#3/14/1987#'), Ruby's Date#inspect and Java's Date.toString() with an African time zone; typos as a
swapped-letter word followed by its starred correction ('teh the*') or a voice note's filler in front ('umm',
'so yeah'); negatives with the same regions' places, care-home, snooker, tennis, detecting, riding, parkrun,
cricket, netball, fencing, christening, retirement and pet-sitting talk, surname-like given names as places
and brands (Winslow, Marlowe, Lennox Gardens, Bellamy's, Sutton Hoo), an empaako explained, Strapi, Metabase,
Listmonk, Appwrite, Dokku, Filebeat, Wiki.js and Superset boilerplate, placeholder secrets, a Stripe test
card, the German example IBAN, a placeholder e-mail, documentation IPs (v4 and v6), emergency and helpline
numbers, a masked password, and short everyday chat).

Procedure for each round: write the next held-out set first and commit it alone; run the benchmark once
and record its figures as "before"; fix general rules from the misses of the older sets only; run once
more and report the new set's figure as the honest one.

Matching rule. A gold span counts as found (recall) when some predicted span of a compatible type
overlaps it by at least one character. A predicted span is a true positive (precision) when it overlaps
some gold span of a compatible type; otherwise it is a false positive. Compatible types: the same type,
plus LOCATION for STREET_ADDRESS and DATE_TIME for DATE_OF_BIRTH (so default Presidio gets credit for
its nearest types). Per-type precision groups predictions by the gold type they are compatible with;
predictions of other types (LOCATION on its own, URL, US_* ...) are reported as OTHER. F2 weights
recall twice as much as precision (missing PII is worse than over-scrubbing). ``masked_recall`` counts
a gold span found if ANY predicted span overlaps it (type ignored), overall and per type (the "maskR"
column; recall below it is a typing mismatch, not a leak), and ``char_recall`` is the share of gold
characters covered by any prediction: both measure leakage.

Systems. "kaizen": privacy.Scrubber with default PrivacySettings. "presidio": AnalyzerEngine with the same
spaCy model and Presidio's default recognizers, asked for Kaizen's original entity list (as shipped
before this work) at the same 0.35 threshold.

Output: a table on stdout, reports/bench/pii.png, and reports/bench/pii.json (also the last stdout line).
"""

from __future__ import annotations

import base64
import json
import random
import re
import string
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from faker import Faker

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SEED = 20240917
TYPES = [
    "PERSON",
    "STREET_ADDRESS",
    "EMAIL_ADDRESS",
    "PHONE_NUMBER",
    "CREDIT_CARD",
    "IBAN_CODE",
    "IP_ADDRESS",
    "SECRET",
    "USERNAME",
    "DATE_OF_BIRTH",
]
COMPAT = {t: {t} for t in TYPES}
COMPAT["STREET_ADDRESS"] |= {"LOCATION"}
COMPAT["DATE_OF_BIRTH"] |= {"DATE_TIME"}
ORIGINAL_ENTITIES = [
    "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "IP_ADDRESS", "US_SSN", "LOCATION",
    "URL", "CRYPTO", "US_BANK_NUMBER", "US_PASSPORT", "US_DRIVER_LICENSE", "MEDICAL_LICENSE", "UK_NHS",
]  # fmt: skip


@dataclass
class Example:
    text: str
    spans: list[tuple[int, int, str]] = field(default_factory=list)
    style: str = "plain"


# ------------------------------------------------------------------------------------------ generators

NAME_LOCALES_US = ["en_US"]
NAME_LOCALES_HELDOUT = ["en_IN", "pt_BR", "nl_NL", "sv_SE", "pl_PL", "en_AU", "fi_FI"]


class Gen:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        locales = sorted(
            set(
                NAME_LOCALES_US
                + NAME_LOCALES_HELDOUT
                + ["en_GB", "en_CA", "de_DE", "fr_FR", "es_ES", "it_IT"]
            )
        )
        self.fakers = {loc: Faker(loc) for loc in locales}
        for i, f in enumerate(self.fakers.values()):
            f.seed_instance(seed + i)

    def f(self, loc: str | None = None) -> Faker:
        return self.fakers[loc or "en_US"]

    def person(self) -> str:
        locs = NAME_LOCALES_US if self.rng.random() < 0.5 else NAME_LOCALES_HELDOUT
        f = self.f(self.rng.choice(locs))
        r = self.rng.random()
        if r < 0.55:
            return f"{f.first_name()} {f.last_name()}"
        if r < 0.9:
            return f.first_name()
        return f"{f.first_name()} {f.first_name()} {f.last_name()}"

    def address(self) -> str:
        r = self.rng.random()
        if r < 0.5:
            return self.f(self.rng.choice(["en_US", "en_CA", "en_AU"])).street_address()
        num = self.rng.choice(
            [str(self.rng.randint(1, 9999)), f"{self.rng.randint(1, 300)}{self.rng.choice('ABCD')}"]
        )
        name = self.rng.choice(
            [
                self.f("en_GB").last_name(),
                self.f("en_US").first_name(),
                self.rng.choice(
                    [
                        "Oak",
                        "Maple",
                        "High",
                        "Church",
                        "Mill",
                        "Park",
                        "Station",
                        "Victoria",
                        "King's",
                        "Elm",
                        "5th",
                        "Second",
                    ]
                ),
            ]
        )
        suffix = self.rng.choice(
            [
                "Street",
                "St",
                "St.",
                "Avenue",
                "Ave",
                "Road",
                "Rd",
                "Lane",
                "Ln",
                "Blvd",
                "Boulevard",
                "Drive",
                "Dr",
                "Way",
                "Court",
                "Place",
                "Terrace",
                "Close",
            ]
        )
        return f"{num} {name} {suffix}"

    def email(self) -> str:
        return self.f(self.rng.choice(["en_US", "de_DE", "fr_FR", "en_IN", "nl_NL"])).email()

    def phone(self) -> str:
        r = self.rng.random()
        if r < 0.5:
            return self.f(
                self.rng.choice(
                    ["en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "en_IN", "pt_BR", "en_AU"]
                )
            ).phone_number()
        cc = self.rng.choice(
            ["1", "44", "49", "33", "34", "39", "31", "91", "55", "61", "81", "86", "234", "353"]
        )
        groups = [str(self.rng.randint(10, 999)) for _ in range(self.rng.randint(2, 3))] + [
            str(self.rng.randint(1000, 9999))
        ]
        sep = self.rng.choice([" ", "-", ".", " "])
        return f"+{cc}{sep}" + sep.join(groups)

    def card(self) -> str:
        num = self.f().credit_card_number(
            card_type=self.rng.choice(["visa16", "mastercard", "amex", "discover"])
        )
        style = self.rng.random()
        if style < 0.4 and len(num) == 16:
            return " ".join(num[i : i + 4] for i in range(0, 16, 4))
        if style < 0.6 and len(num) == 16:
            return "-".join(num[i : i + 4] for i in range(0, 16, 4))
        return num

    def iban(self) -> str:
        iban = self.f(self.rng.choice(["de_DE", "fr_FR", "en_GB", "nl_NL", "es_ES", "it_IT"])).iban()
        if self.rng.random() < 0.5:
            iban = " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
        return iban

    def ip(self) -> str:
        r = self.rng.random()
        f = self.f()
        return (
            f.ipv4()
            if r < 0.45
            else f.ipv4_private()
            if r < 0.65
            else f.ipv6()
            if r < 0.9
            else "::1"
            if r < 0.93
            else f"fe80::{self.rng.randint(1, 0xFFFF):x}:{self.rng.randint(1, 0xFFFF):x}"
        )

    def token(self, n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
        return "".join(self.rng.choice(alphabet) for _ in range(n))

    def secret(self) -> tuple[str, str]:
        """(template with {}, secret value)."""
        r = self.rng.randrange(11)
        b64 = lambda d: base64.urlsafe_b64encode(json.dumps(d).encode()).decode().rstrip("=")  # noqa: E731
        pw = self.rng.choice(
            [
                self.f().password(length=self.rng.randint(8, 14)),
                self.f().word() + str(self.rng.randint(1, 999)),
                self.f().word() + self.rng.choice("!#$%") + self.f().word(),
            ]
        )
        options = [
            ("my api key is {}", "sk-" + self.token(self.rng.randint(20, 48))),
            (
                "here's my openai key {} can you check why it fails",
                "sk-proj-" + self.token(40, string.ascii_letters + string.digits + "_-"),
            ),
            ("github token: {}", "ghp_" + self.token(36)),
            (
                "aws access key {} is that safe to share?",
                "AKIA" + self.token(16, string.ascii_uppercase + string.digits),
            ),
            (
                "slack bot token {}",
                "xoxb-" + "-".join(self.token(12, string.digits) for _ in range(2)) + "-" + self.token(24),
            ),
            (
                "Authorization: Bearer {}",
                b64({"alg": "HS256", "typ": "JWT"})
                + "."
                + b64({"sub": self.token(8, string.digits), "name": "x"})
                + "."
                + self.token(43, string.ascii_letters + string.digits + "_-"),
            ),
            (
                "this is my key\n{}\nwhat format is it",
                "-----BEGIN RSA PRIVATE KEY-----\n"
                + "\n".join(self.token(64, string.ascii_letters + string.digits + "+/") for _ in range(3))
                + "\n-----END RSA PRIVATE KEY-----",
            ),
            ("the secret is {}", self.token(40, "0123456789abcdef")),
            ("my password is {}", pw),
            ("pwd: {} pls dont tell anyone", pw),
            ("password {}", pw),
        ]
        return options[r]

    def handle(self) -> str:
        return "@" + self.f(self.rng.choice(["en_US", "en_IN", "pt_BR"])).user_name()

    def dob(self) -> str:
        d = self.f().date_of_birth(minimum_age=10, maximum_age=90)
        fmt = self.rng.choice(
            ["%d/%m/%Y", "%m/%d/%Y", "%Y-%m-%d", "%B %d, %Y", "%d %B %Y", "%d.%m.%Y", "%b %d %Y"]
        )
        return d.strftime(fmt)


TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "hi, my name is {} and I need help with my resume",
        "I'm {}, nice to meet you",
        "this is {} from accounting, quick question",
        "you can call me {}",
        "{} said the build is broken again",
        "can you write a birthday message for {}?",
        "yesterday {} and I went hiking",
        "tell {} I'll be late",
        "I had a meeting with {} about the budget",
        "my boss {} keeps emailing me at night",
        "how do I apologise to {} for missing the party",
        "write a poem about my daughter {}",
        "regards, {}",
        "ok thanks {}!",
        "{} is my best friend since school",
        "is it rude to ask {} for money back",
    ],
    "STREET_ADDRESS": [
        "I live at {}",
        "send the package to {} please",
        "my new apartment is {}, second floor",
        "we moved to {} last week",
        "is {} a good neighbourhood?",
        "ship it to {}",
    ],
    "EMAIL_ADDRESS": [
        "my email is {}",
        "contact me at {} if you can",
        "{} is my work address",
        "send the pdf to {}",
    ],
    "PHONE_NUMBER": [
        "my number is {}",
        "call me on {} after 5",
        "you can text {} anytime",
        "{} is my cell",
        "the office phone is {}",
    ],
    "CREDIT_CARD": [
        "my card number is {}",
        "charge {} for the order",
        "is {} a valid visa?",
        "card: {} exp 04/27",
    ],
    "IBAN_CODE": [
        "my IBAN is {}",
        "please transfer it to {}",
        "iban {} thanks",
        "send the refund to {} (bank account)",
    ],
    "IP_ADDRESS": [
        "my server is at {}",
        "why can't I ping {}?",
        "the router ip is {}",
        "blocked {} in the firewall",
        "ssh into {} fails",
    ],
    "USERNAME": [
        "follow me {}",
        "my insta is {}",
        "ask {} on discord",
        "dm {} for the invite",
        "thanks {} for the tip",
    ],
    "DATE_OF_BIRTH": [
        "I was born on {}",
        "DOB: {}",
        "my birthday is {}",
        "date of birth {}",
        "born {} in a small town",
    ],
}
NEGATIVES = [
    "What is an IBAN?",
    "I love the IP of this movie",
    "how do I choose a strong password?",
    "my password is too weak, how do I make a better one",
    "Will you help me with my homework?",
    "May I ask you something personal?",
    "the street was empty when I got home",
    "I'm tired and want to sleep",
    "call me when you are free",
    "version 1.2.3 is out, what changed?",
    "the meeting is at 10:30 tomorrow",
    "I have 3 cats and 2 dogs",
    "what's the best way to learn python?",
    "explain how an API key works",
    "can you recommend a good book about history",
    "thanks, that was really helpful!",
    "lol that's hilarious",
    "What does DNS stand for?",
    "I'm going to the gym later",
    "this is amazing, thank you",
    "Please summarize this article in three sentences",
    "How many grams are in a pound?",
    "I need a recipe for banana bread",
    "My internet keeps dropping every evening",
    "Is it safe to use public wifi?",
    "what is the capital of australia",
    "I feel sad today",
    "WHY IS MY CODE NOT WORKING",
    "Translate good morning into Spanish",
    "The price went up by 15% this year",
    "How do I reset my router?",
    "i'm happy with the result",
    "Can you write a haiku about autumn leaves",
    "tell me a joke",
    "what time zone is UTC+2",
    "My favourite colour is green",
    "we ordered 2 pizzas and 4 drinks",
    "the IP address field is empty in the form",
    "Where do I find my IBAN in the banking app?",
    "I forgot my password again",
    "Write an email to my landlord about the heating",
    "is 2024 a leap year?",
    "I'm so excited for the weekend",
    "This is my first time using a chatbot",
    "The train leaves at 7:45 from platform 9",
    "how do you say thank you in japanese",
    "Can you check my grammar in this paragraph",
    "My birthday party was fun",
    "open the door please",
    "The doctor said I should rest",
]


# Held-out style: templates and negatives written after the recognizers were tuned on the ones above,
# evaluated with another seed and never used to change a recognizer.
HELDOUT_SEED = 7771
HELDOUT_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "hey its {} again, did you finish the summary?",
        "please draft a reply to {} saying yes",
        "the new intern {} started monday",
        "me and {} are planning a trip",
        "who would win in chess, me or {}?",
        "{} and I broke up last night",
        "name: {}",
        "can you proofread the letter I wrote for {}",
    ],
    "STREET_ADDRESS": [
        "the venue is {}",
        "our office moved to {} in march",
        "deliver to {} before noon",
        "I grew up at {}",
    ],
    "EMAIL_ADDRESS": ["reply to {} not to me", "EMAIL: {}", "cc {} on that"],
    "PHONE_NUMBER": ["whatsapp: {}", "if it's urgent ring {}", "phone {} (mobile)"],
    "CREDIT_CARD": ["use {} for the subscription", "visa {} expires soon", "why was {} declined"],
    "IBAN_CODE": ["IBAN: {}", "account {} at my bank", "wire the deposit to {}"],
    "IP_ADDRESS": [
        "my public ip is {} right?",
        "add {} to the allow list",
        "nginx logs show {} hammering us",
    ],
    "USERNAME": ["my twitter is {}", "{} posted the meme first", "add me, I'm {} there"],
    "DATE_OF_BIRTH": ["she was born {}", "birthdate: {}", "his dob is {}"],
}
HELDOUT_NEGATIVES = [
    "Can an IP address identify me?",
    "what are the rules for a secure password",
    "The street food there was great",
    "my key fell into the lake",
    "Mark the task as done please",
    "I will call you back in five minutes",
    "june is my favourite month",
    "The code 404 means not found",
    "Is 1.1.1 a valid version string?",
    "I paid 1200 dollars for rent",
    "How does a credit card work?",
    "We live near the park",
    "This is the best day ever",
    "I'm curious about black holes",
    "grace period for the loan is 30 days",
    "The rose garden is open until 6",
    "Who was the first president of the United States?",
    "I am learning to play guitar",
    "My phone battery dies quickly",
    "Explain recursion like I'm five",
]


def _typo(rng: random.Random, text: str, protected: list[tuple[int, int, str]]) -> str:
    """Swap two adjacent letters inside a word that is not part of any PII span (length unchanged)."""
    for _ in range(10):
        i = rng.randrange(1, max(2, len(text) - 2))
        if any(s <= i + 1 and i - 1 <= e for s, e, _ in protected):
            continue
        if text[i].isalpha() and text[i + 1].isalpha() and text[i] != text[i + 1]:
            return text[:i] + text[i + 1] + text[i] + text[i + 2 :]
    return text


def build_dataset(seed: int = SEED, heldout: bool = False) -> list[Example]:
    gen = Gen(seed)
    templates = HELDOUT_TEMPLATES if heldout else TEMPLATES
    negatives = HELDOUT_NEGATIVES if heldout else NEGATIVES
    rng = gen.rng
    examples: list[Example] = []
    makers = {
        "PERSON": gen.person, "STREET_ADDRESS": gen.address, "EMAIL_ADDRESS": gen.email, "PHONE_NUMBER": gen.phone,
        "CREDIT_CARD": gen.card, "IBAN_CODE": gen.iban, "IP_ADDRESS": gen.ip, "USERNAME": gen.handle,
        "DATE_OF_BIRTH": gen.dob,
    }  # fmt: skip
    counts = (
        {"PERSON": 90, "STREET_ADDRESS": 45, "SECRET": 55} if not heldout else {"PERSON": 50, "SECRET": 25}
    )

    def fill(template: str, values: list[tuple[str, str]]) -> Example:
        parts = template.split("{}")
        text, spans = parts[0], []
        for (etype, value), rest in zip(values, parts[1:], strict=True):
            spans.append((len(text), len(text) + len(value), etype))
            text += value + rest
        return Example(text, spans)

    for etype in TYPES:
        for _ in range(counts.get(etype, 35 if not heldout else 20)):
            if etype == "SECRET":
                template, value = gen.secret()
                examples.append(fill(template, [("SECRET", value)]))
            else:
                template = rng.choice(templates[etype])
                examples.append(fill(template, [(etype, makers[etype]())]))
    # mixed sentences with several types
    mixed = [
        ("I'm {} and you can reach me at {} or {}", ["PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER"]),
        ("{} lives at {}, her number is {}", ["PERSON", "STREET_ADDRESS", "PHONE_NUMBER"]),
        ("pay {} to {} using card {}", ["PERSON", "IBAN_CODE", "CREDIT_CARD"]),
        ("server {} password {}", ["IP_ADDRESS", "SECRET"]),
        ("my name is {}, DOB {}, insta {}", ["PERSON", "DATE_OF_BIRTH", "USERNAME"]),
    ]
    if heldout:
        mixed = [
            ("hi {} here, my ip is {} and my mail {}", ["PERSON", "IP_ADDRESS", "EMAIL_ADDRESS"]),
            ("send {} the card {} and call {}", ["PERSON", "CREDIT_CARD", "PHONE_NUMBER"]),
        ]
    for _ in range(40 if not heldout else 20):
        template, types = rng.choice(mixed)
        values = []
        for t in types:
            if t == "SECRET":
                values.append((t, gen.f().password(length=12)))
            else:
                values.append((t, makers[t]()))
        examples.append(fill(template, values))
    examples += [Example(t) for t in negatives]
    examples += [Example(t.lower()) for t in rng.sample(negatives, 15)]
    # perturb letter case / add typos
    for ex in examples:
        r = rng.random()
        if r < 0.15:
            new, style = ex.text.lower(), "lower"
        elif r < 0.25:
            new, style = ex.text.upper(), "upper"
        elif r < 0.4:
            new, style = _typo(rng, ex.text, ex.spans), "typo"
        else:
            continue
        if len(new) == len(ex.text):
            ex.text, ex.style = new, style
    rng.shuffle(examples)
    return examples


# Held-out set 2: written after held-out set 1 had been looked at and BEFORE the recognizer fixes it
# motivated, with its own generators (other countries and formats), templates, negatives, typo style and
# seed. It stays untouched by tuning: a fix that helps only the first held-out set shows up here.
HELDOUT2_SEED = 90210
NAME_LOCALES_HELDOUT2 = ["en_NZ", "de_AT", "ro_RO", "tr_TR", "cs_CZ", "da_DK", "no_NO", "es_MX", "fr_CA", "sk_SK", "hr_HR"]  # fmt: skip
PHONE_LOCALES_HELDOUT2 = ["de_AT", "cs_CZ", "da_DK", "no_NO", "de_CH", "ro_RO", "tr_TR", "sk_SK", "pt_PT", "nl_BE", "hr_HR", "pl_PL", "es_MX", "fr_CA"]  # fmt: skip


class Gen2(Gen):
    """Generators for held-out set 2: other locales and formats than `Gen`."""

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        extra = sorted(set(NAME_LOCALES_HELDOUT2 + PHONE_LOCALES_HELDOUT2 + ["pl_PL"]) - set(self.fakers))
        for i, loc in enumerate(extra):
            self.fakers[loc] = Faker(loc)
            self.fakers[loc].seed_instance(seed + 100 + i)

    def person(self) -> str:
        f = self.f(self.rng.choice(NAME_LOCALES_HELDOUT2))
        r = self.rng.random()
        if r < 0.5:
            return f"{f.first_name()} {f.last_name()}"
        if r < 0.85:
            return f.first_name()
        return f.last_name()

    def address(self) -> str:
        r = self.rng.random()
        if r < 0.3:
            f = self.f(self.rng.choice(["en_NZ", "fr_CA", "en_GB"]))
            addr = f.street_address()
            while "box" in addr.lower():  # a PO box is not a street address
                addr = f.street_address()
            return addr.replace("\n", ", ")
        if r < 0.5:  # continental: street name first, number after
            return self.f(self.rng.choice(["de_CH", "de_AT", "da_DK", "cs_CZ"])).street_address()
        num = self.rng.randint(1, 2500)
        name = self.rng.choice(
            ["Rosewood", "Wellington", "Harbour", "Pine", "Cedar", "Queen", "Mountain", "Lakeview"]
        )
        suffix = self.rng.choice(["Crescent", "Parade", "Mews", "Pkwy", "Cres", "Row", "Hwy", "Grove"])
        prefix = self.rng.choice(
            ["", "", f"Flat {self.rng.randint(1, 20)}, ", f"Unit {self.rng.randint(1, 9)}/"]
        )
        return f"{prefix}{num} {name} {suffix}"

    def email(self) -> str:
        f = self.f(self.rng.choice(["cs_CZ", "da_DK", "en_NZ", "es_MX"]))
        user = f.user_name()
        r = self.rng.random()
        if r < 0.3:
            user += "+" + self.rng.choice(["news", "shop", "kaizen", "spam"])
        domain = f.free_email_domain() if r < 0.6 else f"mail.{f.domain_name()}"
        return f"{user}@{domain}"

    def phone(self) -> str:
        r = self.rng.random()
        if r < 0.45:
            return self.f(self.rng.choice(PHONE_LOCALES_HELDOUT2)).phone_number()
        d = lambda n: "".join(self.rng.choice(string.digits) for _ in range(n))  # noqa: E731
        shapes = [
            f"+91 9{d(4)} {d(5)}",  # India mobile
            f"09{d(1)}-{d(4)}-{d(4)}",  # Japan mobile
            f"({d(2)}) 9{d(4)}-{d(4)}",  # Brazil mobile
            f"0{self.rng.randint(6, 7)} {d(2)} {d(2)} {d(2)} {d(2)}",  # France mobile
            f"07{d(3)} {d(6)}",  # UK mobile
            f"{d(3)}.{d(3)}.{d(4)}",  # US with dots
            f"+1 ({d(3)}) {d(3)}-{d(4)} ext. {d(self.rng.randint(2, 4))}",
            f"{d(3)}-{d(3)}-{d(4)} x{d(3)}",
            f"+44 (0){d(2)} {d(4)} {d(4)}",
            f"+852 {d(4)} {d(4)}",  # Hong Kong
        ]
        return self.rng.choice(shapes)

    def card(self) -> str:
        num = self.f().credit_card_number(
            card_type=self.rng.choice(["visa16", "mastercard", "amex", "jcb16"])
        )
        if len(num) == 15 and self.rng.random() < 0.6:  # Amex 4-6-5
            return f"{num[:4]} {num[4:10]} {num[10:]}"
        if len(num) == 16 and self.rng.random() < 0.4:
            return ".".join(num[i : i + 4] for i in range(0, 16, 4))
        return num

    def iban(self) -> str:
        iban = self.f(
            self.rng.choice(["pl_PL", "de_AT", "ro_RO", "cs_CZ", "da_DK", "pt_PT", "nl_BE", "de_CH"])
        ).iban()
        if self.rng.random() < 0.5:
            iban = " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
        return iban.lower() if self.rng.random() < 0.2 else iban

    def ip(self) -> str:
        f = self.f()
        r = self.rng.random()
        if r < 0.3:
            return f"{f.ipv4_private()}:{self.rng.choice([22, 443, 8080, 5432, 3000])}"
        if r < 0.5:
            return f.ipv4(network=True)
        if r < 0.8:
            return f.ipv4_public()
        return f.ipv6()

    def secret(self) -> tuple[str, str]:
        r = self.rng.randrange(14)
        pw = self.rng.choice(
            [
                self.f("de_AT").password(length=self.rng.randint(10, 16)),
                self.f().word().capitalize() + self.f().word() + str(self.rng.randint(10, 99)),
                self.f().word() + "_" + self.f().word() + self.rng.choice("!?*"),
            ]
        )
        pin = "".join(self.rng.choice(string.digits) for _ in range(self.rng.choice([4, 4, 6])))
        options = [
            ("DB_PASSWORD={}", pw),
            ("export OPENAI_API_KEY={}", "sk-" + self.token(48)),
            (
                "SECRET_KEY = '{}' in settings.py, is that ok?",
                self.token(50, string.ascii_letters + string.digits + "!@#%^*(-_=+)"),
            ),
            ("the wifi passcode is {}", pw),
            ("my pin is {} dont tell anyone", pin),
            ("login admin, passwrod {}", pw),
            ("stripe key {}", "sk_live_" + self.token(24)),
            ("hugging face token {} stopped working", "hf_" + self.token(34)),
            ("gitlab {}", "glpat-" + self.token(20, string.ascii_letters + string.digits + "_-")),
            ("maps key {}", "AIza" + self.token(35, string.ascii_letters + string.digits + "_-")),
            ("the pasword for the shared account: {}", pw),
            ("new passphrase -> {}", pw),
            ("my access token is {}", self.token(32, string.ascii_lowercase + string.digits)),
            ("heres the api-key {} lmk", self.token(32, string.ascii_letters + string.digits)),
        ]
        return options[r]

    def handle(self) -> str:
        name = self.f(self.rng.choice(["da_DK", "es_MX", "en_NZ"])).user_name()
        return name if self.rng.random() < 0.3 else "@" + name

    def dob(self) -> str:
        d = self.f().date_of_birth(minimum_age=5, maximum_age=95)
        fmt = self.rng.choice(
            ["%d-%b-%Y", "%Y/%m/%d", "%d %b, %Y", "%b. %d, %Y", "%-d.%-m.%Y", "%A %d %B %Y"]
        )
        return d.strftime(fmt)


HELDOUT2_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "lunch w/ {} tmrw?",
        "{} just texted me lol",
        "remind me to call {} at 6",
        "my roommate {} never does the dishes",
        "fwd from {}: see attached",
        "what should I get {} for christmas",
        "Best,\n{}",
        "{} from HR wants the form back",
        "ugh {} cancelled again",
        "can u help me write a toast for {}'s wedding",
    ],
    "STREET_ADDRESS": [
        "pick me up from {}",
        "the party's at {} 🎉",
        "my mom lives on {}",
        "package got delivered to {} instead of my place",
        "any good cafes near {}?",
    ],
    "EMAIL_ADDRESS": ["drop me a line: {}", "my icloud is {}", "{} <- new email", "login is {} btw"],
    "PHONE_NUMBER": [
        "signal me on {}",
        "my telegram number {}",
        "hmu at {}",
        "reach me at {} whenever",
        "landline {} (evenings)",
        "ring the front desk on {}",
        "viber {}",
        "here's my cell {} text first",
        "{} - that's my work line",
    ],
    "CREDIT_CARD": ["the cc is {}", "debit card {} got blocked", "paying with {} ok?"],
    "IBAN_CODE": ["my bank details: {}", "refund to IBAN {} pls", "acct {} (savings)"],
    "IP_ADDRESS": ["grafana is on {}", "the vm got {} from dhcp", "{} keeps timing out"],
    "USERNAME": ["hmu on snap {}", "my ig: {}", "gamertag {}", "find me on github, {}"],
    "DATE_OF_BIRTH": ["b. {}", "date of birth - {}", "bday {} !!", "I was born {} at 3am"],
}
HELDOUT2_MIXED = [
    ("{} here 👋 text {} or mail {}", ["PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS"]),
    ("ship to {} attn {}", ["STREET_ADDRESS", "PERSON"]),
    ("box {} root pw {}", ["IP_ADDRESS", "SECRET"]),
    ("{}'s iban is {}", ["PERSON", "IBAN_CODE"]),
]
HELDOUT2_NEGATIVES = [
    "my order number is 4839201 and it hasn't shipped",
    "ticket #88231 is still open",
    "it costs $1,249.99 with tax",
    "the flight is LH 2041 at 14:35",
    "room 1204 on the 12th floor",
    "I ran 5.5 km in 31:20 today",
    "upgrading to 3.11.4 broke pip",
    "the isbn is 978-0-13-468599-1",
    "call center hours are 9-5 on weekdays",
    "text me when you land",
    "what's a good password manager?",
    "secret santa ideas under 20 euros",
    "how do tokens work in GPT models",
    "pin this message please",
    "Reach out to the support team if it fails",
    "the WhatsApp update is so annoying",
    "my pc has 16 GB RAM and a 1 TB SSD",
    "the population of tokyo is about 37 million",
    "final score was 3-2 after extra time",
    "it was 21.5 degrees at noon",
    "meeting moved to 2024-11-05 10:00",
    "chapter 12, page 304",
    "sale: 30% off until 31/12",
    "I need 250 g flour and 2 eggs",
    "Error code 0x80070005 when updating windows",
    "invoice 2023-00481 is overdue",
    "bus 42 comes every 15 minutes",
    "Can I reuse the same passphrase everywhere?",
    "the api key field is empty",
    "my password manager says 42 accounts are weak",
    "serial no. 2291-4471-33 on the back",
    "dial 112 in an emergency",
    "the lottery numbers were 4 8 15 16 23 42",
    "my phone is a pixel 8",
    "train 9 3/4 leaves at 11",
]


def _typo2(rng: random.Random, template: str) -> str:
    """Drop or double one letter of a template word (outside the {} slots): other typos than `_typo`."""
    for _ in range(10):
        i = rng.randrange(len(template))
        if (
            template[i].isalpha()
            and "{" not in template[max(0, i - 1) : i + 2]
            and "}" not in template[max(0, i - 1) : i + 2]
        ):
            return (
                template[:i] + template[i + 1 :] if rng.random() < 0.5 else template[: i + 1] + template[i:]
            )
    return template


def build_heldout2(seed: int = HELDOUT2_SEED) -> list[Example]:
    """Held-out set 2: `Gen2` values in `HELDOUT2_TEMPLATES`, mixed sentences and negatives."""
    gen = Gen2(seed)
    rng = gen.rng
    makers = {
        "PERSON": gen.person, "STREET_ADDRESS": gen.address, "EMAIL_ADDRESS": gen.email, "PHONE_NUMBER": gen.phone,
        "CREDIT_CARD": gen.card, "IBAN_CODE": gen.iban, "IP_ADDRESS": gen.ip, "USERNAME": gen.handle,
        "DATE_OF_BIRTH": gen.dob,
    }  # fmt: skip
    counts = {"PERSON": 40, "PHONE_NUMBER": 40, "SECRET": 42}
    styles = []
    for etype in TYPES:
        for _ in range(counts.get(etype, 20)):
            if etype == "SECRET":
                template, value = gen.secret()
                styles.append((template, [("SECRET", value)]))
            else:
                styles.append((rng.choice(HELDOUT2_TEMPLATES[etype]), [(etype, makers[etype]())]))
    for _ in range(16):
        template, types = rng.choice(HELDOUT2_MIXED)
        styles.append((template, [(t, gen.secret()[1] if t == "SECRET" else makers[t]()) for t in types]))
    styles += [(t, []) for t in HELDOUT2_NEGATIVES]
    examples = []
    for template, values in styles:
        style = "plain"
        if rng.random() < 0.2:
            template, style = _typo2(rng, template), "typo"
        parts = template.split("{}")
        text, spans = parts[0], []
        for (etype, value), rest in zip(values, parts[1:], strict=True):
            spans.append((len(text), len(text) + len(value), etype))
            text += value + rest
        r = rng.random()
        if r < 0.15:
            text, style = text.lower(), "lower"
        elif r < 0.22 and len(text.upper()) == len(text):
            text, style = text.upper(), "upper"
        examples.append(Example(text, spans, style))
    rng.shuffle(examples)
    return examples


# Held-out set 3: written after held-out set 2's misses had been read and BEFORE the round-2 fixes they
# motivated. Its own generators (name, phone, IBAN and address conventions of other countries), templates,
# negatives, case and typo styles and seed; never used to change a recognizer. Kaizen's name lexicon must
# never load NAME_LOCALES_HELDOUT3 (tests/test_privacy_scrub.py checks), and the Arabic-transliterated names below are
# written here, not taken from any list Kaizen loads.
HELDOUT3_SEED = 31337
NAME_LOCALES_HELDOUT3 = ["vi_VN", "yo_NG", "ig_NG", "ha_NG", "es_AR", "es_CL"]
NAME_LOCALES_HELDOUT3_SEEN = ["pl_PL", "nl_NL", "it_IT", "es_ES"]  # also drawn: locales a lexicon may hold
ARABIC_TRANSLIT_FIRST = """Youssef Khalid Omar Tariq Hamza Bilal Karim Samir Nabil Walid Faisal Rashid Ziad Anas
Fatima Aisha Layla Noor Yasmin Salma Huda Rania Mariam Zainab Amira Hanan Dalia Nadia Rasha Leen""".split()
ARABIC_TRANSLIT_LAST = """Al-Masri Haddad Khoury Nasser Mansour Haddadin Qureshi Al-Tamimi Hamdan Barakat Saleh
Darwish El-Sayed Abdelrahman Bakr Othman Rahimi Sabbagh Jaber Shalabi""".split()


class Gen3(Gen):
    """Generators for held-out set 3: other locales and formats than `Gen` and `Gen2`."""

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        extra = ["vi_VN", "yo_NG", "ig_NG", "ha_NG", "es_AR", "es_CL", "es_MX", "ja_JP", "en_IN", "en_NG"]
        extra += ["pl_PL", "nl_NL", "fi_FI", "en_IE", "fr_CH", "el_GR", "fr_BE", "id_ID"]
        for i, loc in enumerate(sorted(set(extra))):
            self.fakers[loc] = Faker(loc)
            self.fakers[loc].seed_instance(seed + 200 + i)

    def d(self, n: int) -> str:
        return "".join(self.rng.choice(string.digits) for _ in range(n))

    def person(self) -> str:
        r = self.rng.random()
        if r < 0.2:
            first, last = self.rng.choice(ARABIC_TRANSLIT_FIRST), self.rng.choice(ARABIC_TRANSLIT_LAST)
        elif r < 0.3:
            f = self.f("ja_JP")
            first, last = f.first_romanized_name(), f.last_romanized_name()
        else:
            locs = NAME_LOCALES_HELDOUT3 if r < 0.75 else NAME_LOCALES_HELDOUT3_SEEN
            f = self.f(self.rng.choice(locs))
            first, last = f.first_name(), f.last_name()
        s = self.rng.random()
        return f"{first} {last}" if s < 0.5 else first if s < 0.85 else last

    def address(self) -> str:
        r = self.rng.random()
        if r < 0.35:
            return self.f(
                self.rng.choice(["it_IT", "nl_NL", "pl_PL", "es_MX", "fr_FR", "es_AR"])
            ).street_address()
        n = str(self.rng.randint(1, 400))
        shapes = [
            f"Via {self.rng.choice(['Garibaldi', 'Roma', 'Mazzini', 'dei Mille', 'Cavour'])} {n}",
            f"{self.rng.choice(['Kerk', 'Molen', 'Dorps', 'Prinsen', 'Linden'])}straat {n}",
            f"{self.rng.choice(['Beuken', 'Eiken', 'Vondel'])}laan {n}{self.rng.choice(['', 'A', '-2'])}",
            f"ul. {self.rng.choice(['Długa', 'Polna', 'Lipowa', 'Ogrodowa', 'Kwiatowa'])} {n}/{self.rng.randint(1, 40)}",
            f"Calle {self.rng.choice(['Mayor', 'de Alcalá', 'Gran Vía', 'del Sol'])} {n}, {self.rng.randint(1, 8)}º",
            f"{n} rue {self.rng.choice(['de la Paix', 'Victor Hugo', 'des Lilas', 'du Moulin'])}",
            f"{self.rng.choice(['Haupt', 'Bahnhof', 'Schiller', 'Garten'])}straße {n}",
            f"{self.rng.choice(['Am Mühlen', 'Birken', 'Tannen'])}weg {n}",
            f"Av. {self.rng.choice(['Insurgentes Sur', 'Reforma', 'Corrientes'])} {n}",
        ]
        return self.rng.choice(shapes)

    def email(self) -> str:
        f = self.f(self.rng.choice(["pl_PL", "vi_VN", "es_AR", "en_IN", "it_IT"]))
        user = self.rng.choice([f.user_name(), f"{f.first_name()}.{f.last_name()}".lower()])
        user = "".join(c for c in user if c.isascii()) or f.user_name()
        domain = self.rng.choice(["uni-wroclaw.edu.pl", "fpt.com.vn", "yahoo.com.ar", "rediffmail.com",
                                  "libero.it", "outlook.co.uk", f.free_email_domain()])  # fmt: skip
        addr = f"{user}@{domain}"
        return addr.upper() if self.rng.random() < 0.1 else addr

    def phone(self) -> str:
        d = self.d
        shapes = [
            f"+91 {self.rng.choice('6789')}{d(4)} {d(5)}",  # India mobile
            f"+91-{self.rng.choice('6789')}{d(9)}",
            f"0{self.rng.choice('789')}0-{d(4)}-{d(4)}",  # Japan mobile
            f"+81 {self.rng.choice(['90', '80', '3'])} {d(4)} {d(4)}",
            f"+234 {self.rng.choice(['803', '806', '813', '905'])} {d(3)} {d(4)}",  # Nigeria
            f"0{self.rng.choice(['803', '806', '813'])} {d(3)} {d(4)}",
            f"+52 {self.rng.choice(['55', '33', '81'])} {d(4)} {d(4)}",  # Mexico
            f"({self.rng.choice(['55', '33'])}) {d(4)}-{d(4)}",
            f"+54 9 11 {d(4)}-{d(4)}",  # Argentina mobile
            f"+84 {self.rng.choice(['91', '98', '90'])} {d(3)} {d(2)} {d(2)}",  # Vietnam
            f"+48 {d(3)} {d(3)} {d(3)}",  # Poland
            f"+31 6 {d(8)}",  # Netherlands mobile
            f"+39 3{d(2)} {d(3)} {d(4)}",  # Italy mobile
        ]
        if self.rng.random() < 0.25:
            return self.f(self.rng.choice(["ja_JP", "vi_VN", "id_ID", "es_AR"])).phone_number()
        return self.rng.choice(shapes)

    def card(self) -> str:
        num = self.f().credit_card_number(
            card_type=self.rng.choice(["visa16", "mastercard", "discover", "jcb16", "diners", "amex"])
        )
        r = self.rng.random()
        if len(num) == 14 and r < 0.6:  # Diners 4-6-4
            return f"{num[:4]} {num[4:10]} {num[10:]}"
        if len(num) == 16 and r < 0.35:
            return ".".join(num[i : i + 4] for i in range(0, 16, 4))
        if len(num) == 16 and r < 0.7:
            return (
                "  ".join(num[i : i + 4] for i in range(0, 16, 4))
                if r < 0.45
                else " ".join(num[i : i + 4] for i in range(0, 16, 4))
            )
        return num

    def iban(self) -> str:
        iban = self.f(self.rng.choice(["fi_FI", "en_IE", "fr_CH", "el_GR", "es_AR", "it_IT"])).iban()
        r = self.rng.random()
        if r < 0.4:
            iban = " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
        return iban.lower() if self.rng.random() < 0.15 else iban

    def ip(self) -> str:
        f = self.f()
        r = self.rng.random()
        if r < 0.25:
            return f.ipv4_public()
        if r < 0.45:
            return f"10.{self.rng.randint(0, 255)}.{self.rng.randint(0, 255)}.{self.rng.randint(1, 254)}"
        if r < 0.6:
            return f"192.168.{self.rng.randint(0, 9)}.{self.rng.randint(1, 254)}"
        if r < 0.85:
            return f.ipv6()
        return f"2001:db8:{self.rng.randint(1, 0xFFFF):x}::{self.rng.randint(1, 0xFF):x}"

    def secret(self) -> tuple[str, str]:
        tok = self.token
        pw = self.rng.choice(
            [
                self.f("pl_PL").password(length=self.rng.randint(9, 15)),
                self.f().word().capitalize() + str(self.rng.randint(1900, 2030)) + self.rng.choice("!.#"),
                self.f().word() + self.f().word() + str(self.rng.randint(1, 9)),
            ]
        )
        alnum = string.ascii_letters + string.digits
        options = [
            ("db:\n  user: app\n  password: {}\n  host: db.local", pw),
            ('config.json has "api_key": "{}", is that bad?', tok(32, alnum)),
            ('{"client_secret": "{}"}', tok(40, alnum + "_-")),
            ("export AWS_SECRET_ACCESS_KEY={}", tok(40, alnum + "/+")),
            ("export STRIPE_SECRET_KEY={}", "sk_test_" + tok(24)),
            ("curl -H 'Authorization: Bearer {}' https://api.example.net/v1", tok(36, alnum + "._-")),
            ("DATABASE_URL=postgres://admin:{}@10.0.0.7:5432/app", pw),
            ("mongodb+srv://bob:{}@cluster0.mongodb.net", pw),
            ("slack webhook token {}", "xoxp-" + "-".join(tok(11, string.digits) for _ in range(3)) + "-" + tok(32, "0123456789abcdef")),
            ("stripe restricted key {}", "rk_live_" + tok(24)),
            ("the sendgrid key is {}", "SG." + tok(22, alnum + "_-") + "." + tok(43, alnum + "_-")),
            ("REDIS_PASS: {}", pw),
            ("wifi pass for the cabin is {}", pw),
            ("admin_password = \"{}\"", pw),
            ("MY_APP_TOKEN={}", tok(28, alnum)),
            ("twilio auth token {}", tok(32, "0123456789abcdef")),
            ("ssh passphrase: {}", pw),
        ]  # fmt: skip
        return options[self.rng.randrange(len(options))]

    def handle(self) -> str:
        name = self.f(self.rng.choice(["es_AR", "en_IN", "it_IT"])).user_name()
        return name if self.rng.random() < 0.5 else "@" + name

    def dob(self) -> str:
        dt = self.f().date_of_birth(minimum_age=8, maximum_age=92)
        fmt = self.rng.choice(
            [
                "%d/%m/%y",
                "%Y.%m.%d",
                "%-d %B %Y",
                "%B %-d %Y",
                "%-d-%-m-%Y",
                "%d %b %Y",
                "%Y-%m-%d",
                "%m-%d-%Y",
            ]
        )
        return dt.strftime(fmt)


HELDOUT3_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "sorry {} couldnt make it to the standup",
        "Pls send the contract to {} before friday",
        "my flatmate {} borrowed my charger",
        "{} will cover my shift tomorrow",
        "write a thank-you note to {} for the dinner",
        "Hi, I am {} from the Lagos office",
        "cc: {}",
        "ask {} if the report is ready",
        "happy birthday {}!!",
        "Signed, {}",
        "i think {} is upset with me",
        "meeting notes by {}",
    ],
    "STREET_ADDRESS": [
        "my address: {}",
        "the airbnb is at {}",
        "send the invoice to {} please",
        "we just bought a flat in {}",
        "deliver to {}, ring twice",
        "Office: {}",
    ],
    "EMAIL_ADDRESS": ["write me at {}", "E-mail {}", "my uni email {} bounced", "from: {}"],
    "PHONE_NUMBER": [
        "my mobile {}",
        "WhatsApp me {}",
        "contact no {}",
        "pls call {} urgently",
        "Tel. {}",
        "{} (home)",
        "you can reach my dad at {}",
        "the hotel number is {}",
    ],
    "CREDIT_CARD": ["card no. {}", "I paid with {} yesterday", "my visa is {}", "Card {} exp 11/28 cvv 123"],
    "IBAN_CODE": ["IBAN {}", "pay the rent into {}", "my account number (iban) is {}"],
    "IP_ADDRESS": ["ping {} from the laptop", "the db listens on {}", "whitelist {} please", "IP: {}"],
    "USERNAME": [
        "follow me on tiktok {}",
        "add me on snapchat: {}",
        "my twitch is {}",
        "insta {} !!",
        "steam name {}",
        "hit me up on telegram {}",
    ],
    "DATE_OF_BIRTH": [
        "DOB {}",
        "born on the {}",
        "d.o.b. {}",
        "date of birth: {}",
        "I was b. {} in Lagos",
        "birthdate {}",
        "my date of birth is {}",
    ],
}
HELDOUT3_MIXED = [
    ("Name: {} | Phone: {} | Email: {}", ["PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS"]),
    ("{} lives at {}", ["PERSON", "STREET_ADDRESS"]),
    ("host {} user root pass {}", ["IP_ADDRESS", "SECRET"]),
    ("transfer from card {} to {}", ["CREDIT_CARD", "IBAN_CODE"]),
    ("{} (born {}) joined today", ["PERSON", "DATE_OF_BIRTH"]),
]
HELDOUT3_NEGATIVES = [
    "the key is to practise every day",
    "the password reset link expired",
    "token ring networks are obsolete",
    "SECRET_KEY is read from the environment",
    "export PATH=$PATH:/usr/local/bin",
    "DEBUG=true in my .env file",
    "postgres://localhost:5432/app works locally",
    "the screen ratio is 16:9",
    "tracking number 1Z999AA10123456784",
    "total 1.234.567,89 EUR",
    "my temperature was 36.6 this morning",
    "coords are 52.5200, 13.4050",
    "the ISBN is 9780306406157",
    "Via Appia is an ancient road",
    "I was born in the 90s",
    "born to run is my favourite album",
    "my birthday is next week",
    "snapchat is down again",
    "add me on snap later",
    "unix timestamp 1700000000 in seconds",
    "the bearer of bad news",
    "Calle 13 is a band",
    "she lives in Rome now",
    "Client secret rotation is monthly",
    "password: I can't remember it",
    "the api_key field is required",
    "Bearer tokens expire after an hour",
    "my score is 1450 out of 1600",
    "it's 2024-05-01 today",
    "the model has 135M parameters",
    "Room 404, building B",
    "pay 3 x 19.99 in instalments",
    "the match ended 2:1",
    "Version 10.0.19045.3693 of windows",
    "Call me maybe is a song",
    "how do I store a password in yaml safely?",
    "What's a good name for a cat?",
    "Dates like 01/02/03 are ambiguous",
    "IBAN checksums use mod 97",
    "Card games are fun on friday nights",
]


def _typo3(rng: random.Random, template: str) -> str:
    """Replace one letter of a template word (outside the {} slots) by a keyboard neighbour."""
    rows = ["qwertyuiop", "asdfghjkl", "zxcvbnm"]
    near = {r[i]: r[i + 1] if i + 1 < len(r) else r[i - 1] for r in rows for i in range(len(r))}
    for _ in range(10):
        i = rng.randrange(len(template))
        c = template[i]
        if (
            c.lower() in near
            and "{" not in template[max(0, i - 1) : i + 2]
            and "}" not in template[max(0, i - 1) : i + 2]
        ):
            return template[:i] + near[c.lower()] + template[i + 1 :]
    return template


def _title_case(text: str) -> str:
    """Capitalise each word's first letter, length unchanged ('Send The Invoice To ...')."""
    return "".join(c.upper() if i == 0 or not text[i - 1].isalpha() else c for i, c in enumerate(text))


def build_heldout3(seed: int = HELDOUT3_SEED) -> list[Example]:
    """Held-out set 3: `Gen3` values in `HELDOUT3_TEMPLATES`, mixed sentences and hard negatives."""
    gen = Gen3(seed)
    rng = gen.rng
    makers = {
        "PERSON": gen.person, "STREET_ADDRESS": gen.address, "EMAIL_ADDRESS": gen.email, "PHONE_NUMBER": gen.phone,
        "CREDIT_CARD": gen.card, "IBAN_CODE": gen.iban, "IP_ADDRESS": gen.ip, "USERNAME": gen.handle,
        "DATE_OF_BIRTH": gen.dob,
    }  # fmt: skip
    counts = {"PERSON": 50, "PHONE_NUMBER": 45, "SECRET": 51, "STREET_ADDRESS": 30}
    styles = []
    for etype in TYPES:
        for _ in range(counts.get(etype, 22)):
            if etype == "SECRET":
                template, value = gen.secret()
                styles.append((template, [("SECRET", value)]))
            else:
                styles.append((rng.choice(HELDOUT3_TEMPLATES[etype]), [(etype, makers[etype]())]))
    for _ in range(20):
        template, types = rng.choice(HELDOUT3_MIXED)
        styles.append((template, [(t, gen.secret()[1] if t == "SECRET" else makers[t]()) for t in types]))
    styles += [(t, []) for t in HELDOUT3_NEGATIVES]
    examples = []
    for template, values in styles:
        style = "plain"
        if rng.random() < 0.15:
            template, style = _typo3(rng, template), "typo"
        parts = template.split("{}")
        text, spans = parts[0], []
        for (etype, value), rest in zip(values, parts[1:], strict=True):
            spans.append((len(text), len(text) + len(value), etype))
            text += value + rest
        r = rng.random()
        for new, name, p in (
            (text.lower(), "lower", 0.12),
            (text.upper(), "upper", 0.2),
            (_title_case(text), "title", 0.28),
        ):
            if r < p and len(new) == len(text):
                text, style = new, name
                break
        examples.append(Example(text, spans, style))
    rng.shuffle(examples)
    return examples


# Held-out set 4: written after held-out set 3's misses had been counted and BEFORE the round-3 fixes.
# Names from conventions none of the other sets use (Chinese and Korean romanised, Greek transliterated,
# Filipino; Hungarian, Irish and Swahili from locales a lexicon may hold) in new positions (the only word,
# after a greeting, in lists, possessives, signatures); secrets in forms the other sets lack (TOML, INI,
# docker-compose, CLI flags, curl -u, "Authorization: token", PEM blocks of other kinds, quoted passwords
# after "it's"/"pw"/"pwd"/"passphrase", recovery codes, PINs); hard negatives for both (capitalised
# everyday words, product and city names, placeholder values). Never used to change a recognizer.
HELDOUT4_SEED = 4096
NAME_LOCALES_HELDOUT4 = ["zh_CN", "zh_TW"]  # romanised names; Kaizen's lexicon must not load them
NAME_LOCALES_HELDOUT4_SEEN = ["hu_HU", "ga_IE", "sw"]  # also drawn: locales a lexicon may hold
KOREAN_ROMANISED_FIRST = """Min-jun Seo-yeon Ji-hoon Jiwoo Hyun-woo Soo-ah Dong-hyun Eun-ji Jae-won Ha-eun
Yuna Minseo Sungmin Jisoo Taehyung Hye-jin Young-ho Seung-woo Da-eun Joon-young""".split()
KOREAN_ROMANISED_LAST = (
    "Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Shin Seo Kwon Hwang Oh Song Ryu Baek".split()
)
GREEK_ROMANISED_FIRST = """Giorgos Dimitris Eleni Katerina Nikos Konstantinos Vasiliki Panagiotis Ioanna
Theodoros Christos Stavros Despina Athanasios Evangelia Spyros Chrysa Thanasis Foteini Yiannis""".split()
GREEK_ROMANISED_LAST = """Papadopoulos Georgiou Nikolaidis Konstantinou Papageorgiou Vlachos Oikonomou
Karagiannis Dimitriou Makris Antoniou Pappas Triantafyllou Alexiou Kouris Tsakalidis""".split()
FILIPINO_FIRST = """Jhun Rodel Maricel Jomar Lorna Rowena Jericho Divina Arnel Lovely Precious Rizalyn Dindo
Bong Marites Jhayvee Arvin Girlie Ronaldo Jenalyn""".split()
FILIPINO_LAST = """Dela-Cruz Bautista Macaraeg Dimaculangan Manalastas Pangilinan Sison Tolentino Magbanua
Villanueva Lacson Cabrera Mangubat Dizon Panganiban Soriano""".split()


class Gen4(Gen3):
    """Generators for held-out set 4: names and secrets in forms none of the other sets have."""

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        for i, loc in enumerate(NAME_LOCALES_HELDOUT4 + NAME_LOCALES_HELDOUT4_SEEN):
            self.fakers[loc] = Faker(loc)
            self.fakers[loc].seed_instance(seed + 300 + i)

    def person(self) -> str:
        r = self.rng.random()
        if r < 0.22:
            f = self.f(self.rng.choice(NAME_LOCALES_HELDOUT4))
            first, last = f.first_romanized_name(), f.last_romanized_name()
            if first.isupper():  # zh_TW writes them in capitals with a hyphen: 'PAO-CHU'
                first, last = first.title(), last.title()
        elif r < 0.37:
            first, last = self.rng.choice(KOREAN_ROMANISED_FIRST), self.rng.choice(KOREAN_ROMANISED_LAST)
        elif r < 0.52:
            first, last = self.rng.choice(GREEK_ROMANISED_FIRST), self.rng.choice(GREEK_ROMANISED_LAST)
        elif r < 0.67:
            first = self.rng.choice(FILIPINO_FIRST)
            last = self.rng.choice(FILIPINO_LAST).replace("-", " ")
        else:
            f = self.f(self.rng.choice(NAME_LOCALES_HELDOUT4_SEEN))
            first, last = f.first_name(), f.last_name()
        s = self.rng.random()
        return f"{first} {last}" if s < 0.45 else first if s < 0.85 else last

    def password(self) -> str:
        w = self.f().word
        return self.rng.choice(
            [
                self.f("hu_HU").password(
                    length=self.rng.randint(10, 18), special_chars=self.rng.random() < 0.5
                ),
                w().capitalize() + w().capitalize() + str(self.rng.randint(10, 99)) + self.rng.choice("!@$"),
                "-".join(w() for _ in range(4)),
                w().replace("a", "4").replace("e", "3").replace("o", "0") + str(self.rng.randint(1, 99)),
                w() + str(self.rng.randint(1000, 9999)),
            ]
        )

    def secret(self) -> tuple[str, str]:
        tok, pw = self.token, self.password()
        alnum = string.ascii_letters + string.digits
        hexd = "0123456789abcdef"
        pem_kind = self.rng.choice(
            ["OPENSSH PRIVATE KEY", "EC PRIVATE KEY", "PRIVATE KEY", "ENCRYPTED PRIVATE KEY"]
        )
        pem = (
            f"-----BEGIN {pem_kind}-----\n"
            + "\n".join(tok(self.rng.choice([64, 70]), alnum + "+/") for _ in range(self.rng.randint(2, 4)))
            + f"\n-----END {pem_kind}-----"
        )
        pin = self.d(self.rng.choice([4, 4, 6]))
        code = "-".join(tok(5, string.ascii_lowercase + string.digits) for _ in range(2))
        options = [
            ('[database]\nhost = "db.internal"\npassword = "{}"', pw),
            ("[smtp]\nuser = bot\npass = {}\nport = 587", pw),
            ("services:\n  db:\n    environment:\n      - POSTGRES_PASSWORD={}", pw),
            ("    environment:\n      MYSQL_ROOT_PASSWORD: {}\n    ports: ['3306:3306']", pw),
            ("mysql -u root --password={} -h 127.0.0.1 shop", pw),
            ("sshpass -p {} ssh pi@raspberrypi.local", pw),
            ("redis-cli -a {} ping returns NOAUTH", pw),
            ("curl -u admin:{} https://jenkins.internal/api/json", pw),
            ("curl -H 'Authorization: token {}' https://api.github.com/user", tok(40, hexd)),
            ("this is the deploy key, is it broken?\n{}", pem),
            ("the wifi? it's '{}' lol", pw),
            ('pw "{}" for the nas', pw),
            ("pwd for the router is {}", pw),
            ("pw: {}", pw),
            ('my passphrase is "{}"', "-".join(self.f().word() for _ in range(5))),
            ("2fa recovery code {} (the others are used)", code),
            ("backup codes: {}", code),
            ("my bank pin is {}", pin),
            ("PIN {} for the sim card", pin),
            ("use this license key {} on the second pc", "-".join(tok(5, string.ascii_uppercase + string.digits) for _ in range(5))),
            ("the webhook secret: {}", tok(self.rng.randint(24, 40), alnum)),
            ("--api-token {} goes at the end", tok(32, alnum)),
        ]  # fmt: skip
        return options[self.rng.randrange(len(options))]


HELDOUT4_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "{}",
        "{}?",
        "hey {}",
        "hi {}, got a minute?",
        "Dear {},\nthanks for the quick reply",
        "morning {}!",
        "{} here, the printer is jammed again",
        "this is {} from the night shift",
        "ask {} about the keys",
        "went to the cinema with {} yesterday",
        "{}'s laptop died during the demo",
        "I borrowed {}'s bike",
        "see you monday\n- {}",
        "thx, {}",
        "can you remind {} about the vet appointment",
        "is {} still on leave?",
        "congrats to {} on the promotion",
        "{} says hi",
    ],
    "STREET_ADDRESS": ["pls forward my mail to {}", "{} is where the keys are", "we're at {} now"],
    "EMAIL_ADDRESS": ["mail it to {} plz", "{} is my personal one", "reply-to: {}"],
    "PHONE_NUMBER": ["my new number: {}", "text {} when you're outside", "{} is the landline"],
    "CREDIT_CARD": [
        "the card ending... actually full number is {}",
        "refund {} please",
        "{} was charged twice",
    ],
    "IBAN_CODE": ["rent goes to {}", "my iban changed to {}", "IBAN ({})"],
    "IP_ADDRESS": ["can't reach {} over vpn", "{} is the gateway", "fail2ban banned {}"],
    "USERNAME": ["my discord is {}", "{} on insta", "follow {} on twitch"],
    "DATE_OF_BIRTH": ["dob - {}", "my birthday: {}", "born {}"],
}
HELDOUT4_MIXED = [
    ("invite {}, {} and {} to the retro", ["PERSON", "PERSON", "PERSON"]),
    ("{} & {} are on call this week", ["PERSON", "PERSON"]),
    ("team: {}, {}", ["PERSON", "PERSON"]),
    ("{}'s new number is {}", ["PERSON", "PHONE_NUMBER"]),
    ("ssh {} -p 22 then sudo with {}", ["IP_ADDRESS", "SECRET"]),
    ("{} (pw {})", ["EMAIL_ADDRESS", "SECRET"]),
]
HELDOUT4_NEGATIVES = [
    "Mark my words, it will rain",
    "Hope you're well!",
    "Rose gold or silver for the watch?",
    "An Amber alert was issued last night",
    "Dear Sir or Madam,",
    "hey everyone, standup in 5",
    "Hi team, quick update below",
    "Thanks all!",
    "Will do",
    "Grace period ends on Monday",
    "Bill me later please",
    "Florence is beautiful in spring",
    "Austin traffic is terrible",
    "Victoria station was closed",
    "the Sydney weather is wild",
    "Charlotte airport has free wifi",
    "my Kindle Paperwhite froze",
    "is the Galaxy S23 worth it?",
    "Alexa, set a timer for 10 minutes",
    "Siri misheard me again",
    "the MacBook Pro fans are loud",
    "Jordan shoes are expensive",
    "password=changeme is the default, change it",
    "API_KEY=<your key>",
    "token: xxxx",
    "password: ********",
    "SECRET_KEY=your-secret-key-here",
    "--password=<password> in the docs example",
    "psql -U postgres -p 5432 mydb",
    "curl -u user:pass is just the example syntax",
    "Authorization: token YOUR_TOKEN",
    "-----BEGIN PUBLIC KEY----- is the header of a public key",
    "it's fine, no worries",
    "pwd prints the working directory",
    "pw reset didn't work",
    "a passphrase should have 6 words",
    "the recovery code never arrived",
    "the PIN pad on the door is broken",
    "pin the tweet please",
    "TOML or INI for config files?",
    "MYSQL_ROOT_PASSWORD must be set, says the error",
    "docker compose up -d fails on port 5432",
    "what does Authorization: Basic mean",
    "Sunny Day Real Estate is a band",
    "Young people rarely call",
]


def build_heldout4(seed: int = HELDOUT4_SEED) -> list[Example]:
    """Held-out set 4: `Gen4` values in `HELDOUT4_TEMPLATES`, name lists, mixed sentences, hard negatives."""
    gen = Gen4(seed)
    rng = gen.rng
    makers = {
        "PERSON": gen.person, "STREET_ADDRESS": gen.address, "EMAIL_ADDRESS": gen.email, "PHONE_NUMBER": gen.phone,
        "CREDIT_CARD": gen.card, "IBAN_CODE": gen.iban, "IP_ADDRESS": gen.ip, "USERNAME": gen.handle,
        "DATE_OF_BIRTH": gen.dob,
    }  # fmt: skip
    counts = {"PERSON": 72, "SECRET": 66}
    styles = []
    for etype in TYPES:
        for _ in range(counts.get(etype, 16)):
            if etype == "SECRET":
                template, value = gen.secret()
                styles.append((template, [("SECRET", value)]))
            else:
                styles.append((rng.choice(HELDOUT4_TEMPLATES[etype]), [(etype, makers[etype]())]))
    for _ in range(24):
        template, types = rng.choice(HELDOUT4_MIXED)
        styles.append((template, [(t, gen.password() if t == "SECRET" else makers[t]()) for t in types]))
    styles += [(t, []) for t in HELDOUT4_NEGATIVES]
    examples = []
    for template, values in styles:
        style = "plain"
        if rng.random() < 0.12:
            template, style = _typo2(rng, template), "typo"
        parts = template.split("{}")
        text, spans = parts[0], []
        for (etype, value), rest in zip(values, parts[1:], strict=True):
            spans.append((len(text), len(text) + len(value), etype))
            text += value + rest
        r = rng.random()
        # lower case often (as people chat), capitals now and then
        for new, name, p in ((text.lower(), "lower", 0.2), (text.upper(), "upper", 0.26)):
            if r < p and len(new) == len(text):
                text, style = new, name
                break
        examples.append(Example(text, spans, style))
    rng.shuffle(examples)
    return examples


# Held-out set 5: written before round 4 of fixes, after held-out 4 had been measured. Names from
# conventions no other set and no lexicon locale uses (Thai romanised, Algerian, Uzbek from faker;
# Ukrainian and Persian transliterated, Ethiopian, Maori and Samoan from short lists here), sometimes
# lower-cased or capitalised on their own, in new chat phrasings ("X here", "this is X", sign-offs,
# forwarded headers, "cc X", "looping in X", quoted replies); secrets in well-known shapes (GitHub
# ghp_/github_pat_, Slack xox*/xapp, AWS key ids and secret keys, Stripe live keys, Google AIza, npm,
# Hugging Face, GitLab, Discord bot tokens) and after cues (bearer, .env lines, connection strings of
# several drivers, "pw:", passcodes, PINs); usernames as "my handle is x", u/x, x#1234, "ig: x", bare
# @x; hard negatives with look-alikes (order, tracking and product codes, versions, hex colours, commit
# hashes, UUIDs, "extension", "Will"/"May"/"Mark" as words). Never used to change a recognizer.
HELDOUT5_SEED = 55055
NAME_LOCALES_HELDOUT5 = ["en_TH", "fr_DZ", "uz_UZ"]  # Kaizen's lexicon must not load them
UKRAINIAN_TRANSLIT_FIRST = """Oleksandr Mykola Volodymyr Taras Bohdan Yaroslav Dmytro Andriy Serhiy Vasyl
Oksana Olena Iryna Kateryna Natalia Yulia Halyna Svitlana Tetiana Larysa""".split()
UKRAINIAN_TRANSLIT_LAST = """Shevchenko Kovalenko Bondarenko Tkachenko Kravchenko Oliynyk Melnyk Boyko
Lysenko Moroz Savchuk Rudenko Petrenko Marchenko Hnatyuk Kovalchuk""".split()
PERSIAN_TRANSLIT_FIRST = """Arash Dariush Kourosh Babak Farhad Behrouz Siavash Payam Reza Mehdi Shirin
Parisa Golnaz Niloufar Mahsa Roya Shabnam Azadeh Leila Fereshteh""".split()
PERSIAN_TRANSLIT_LAST = """Hosseini Rezaei Mohammadi Ahmadi Karimi Jafari Moradi Tehrani Shirazi
Esfahani Ghorbani Sadeghi Farahani Zand Kamali""".split()
ETHIOPIAN_FIRST = (
    "Abebe Tesfaye Dawit Yonas Alemu Kebede Haile Meron Selam Tigist Hirut Bethlehem Liya Mulu".split()
)
ETHIOPIAN_LAST = "Bekele Gebremedhin Tadesse Wolde Mengistu Desta Asfaw Girma Tsegaye Haileselassie".split()
PACIFIC_FIRST = "Aroha Tamati Wiremu Mere Hemi Ngaio Rangi Tane Sione Losa Mele Tavita Malia Iosefa".split()
PACIFIC_LAST = "Ngata Parata Tawhiri Te-Rangi Walker Tuilagi Faleolo Leota Aumua Sapolu Tupou".split()


class Gen5(Gen3):
    """Generators for held-out set 5: new name origins and casings, key shapes, username forms."""

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        for i, loc in enumerate(NAME_LOCALES_HELDOUT5):
            self.fakers[loc] = Faker(loc)
            self.fakers[loc].seed_instance(seed + 500 + i)

    def person(self) -> str:
        r = self.rng.random()
        lists = [
            (UKRAINIAN_TRANSLIT_FIRST, UKRAINIAN_TRANSLIT_LAST),
            (PERSIAN_TRANSLIT_FIRST, PERSIAN_TRANSLIT_LAST),
            (ETHIOPIAN_FIRST, ETHIOPIAN_LAST),
            (PACIFIC_FIRST, PACIFIC_LAST),
        ]
        if r < 0.4:
            f = self.f(self.rng.choice(NAME_LOCALES_HELDOUT5))
            first, last = f.first_name(), f.last_name()
        else:
            firsts, lasts = self.rng.choice(lists)
            first, last = self.rng.choice(firsts), self.rng.choice(lasts).replace("-", " ")
        s = self.rng.random()
        name = f"{first} {last}" if s < 0.5 else first if s < 0.88 else last
        c = self.rng.random()  # a name typed in its own casing, whatever the sentence does
        return name.lower() if c < 0.15 else name.upper() if c < 0.22 else name

    def password(self) -> str:
        w = self.f().word
        return self.rng.choice(
            [
                self.f("fr_DZ").password(
                    length=self.rng.randint(8, 16), special_chars=self.rng.random() < 0.6
                ),
                w() + self.rng.choice("_.!") + w() + str(self.rng.randint(1, 999)),
                w().capitalize() + self.rng.choice("@#&*") + str(self.rng.randint(2000, 2031)),
                "".join(self.rng.choice([c, c.upper()]) for c in w() + w()) + str(self.rng.randint(0, 9)),
            ]
        )

    def secret(self) -> tuple[str, str]:
        tok, pw = self.token, self.password()
        alnum = string.ascii_letters + string.digits
        upnum = string.ascii_uppercase + string.digits
        hexd = "0123456789abcdef"
        digits = self.d(self.rng.choice([4, 5, 6, 8]))
        slack = (
            "xox"
            + self.rng.choice("bpa")
            + "-"
            + "-".join(self.d(self.rng.choice([11, 12, 13])) for _ in range(2))
        )
        slack += "-" + tok(24, alnum)
        options = [
            ("here is my github token {} why does push fail", "ghp_" + tok(36, alnum)),
            ("GITHUB_TOKEN={}", "github_pat_" + tok(22, alnum) + "_" + tok(59, alnum)),
            ("git clone https://{}@github.com/acme/app.git", "ghp_" + tok(36, alnum)),
            ("slack: {}", slack),
            ("SLACK_APP_TOKEN={}", "xapp-1-A0" + tok(9, upnum) + "-" + self.d(13) + "-" + tok(64, hexd)),
            ("aws_access_key_id = {}", "AKIA" + tok(16, upnum)),
            ("aws_secret_access_key = {}", tok(40, alnum + "/+")),
            ("the aws secret is {} and the region eu-west-1", tok(40, alnum + "/+")),
            ("stripe live key {} pls rotate it", "sk_live_" + tok(self.rng.choice([24, 34, 99]), alnum)),
            ("maps api key {}", "AIza" + tok(35, alnum + "_-")),
            ("GOOGLE_API_KEY: {}", "AIza" + tok(35, alnum + "_-")),
            ('-H "Authorization: Bearer {}"', tok(self.rng.randint(30, 60), alnum + "-._~")),
            ("bearer {} works in postman but not in the app", tok(self.rng.randint(30, 50), alnum)),
            ("Server=tcp:sql01,1433;Database=shop;User Id=sa;Password={};", pw),
            ("postgresql://app:{}@db.prod:5432/main", pw),
            ("amqp://guest:{}@rabbit.internal:5672/", pw),
            ("redis://:{}@cache:6379/0", pw),
            ("DB_PASSWORD={}", pw),
            ("SMTP_PASS={}\nSMTP_PORT=587", pw),
            ("JWT_SECRET={}", tok(self.rng.randint(32, 64), alnum)),
            ("user: admin pw: {}", pw),
            ("the door passcode is {}", digits),
            ("passcode {} for the zoom call", digits),
            ("my pin is {}", self.d(4)),
            ("pin: {} dont share", self.d(self.rng.choice([4, 6]))),
            ("npm token {}", "npm_" + tok(36, alnum)),
            ("hf token {} for the private repo", "hf_" + tok(34, string.ascii_letters)),
            ("gitlab PAT {}", "glpat-" + tok(20, alnum + "-_")),
            ("discord bot token {}", "MT" + tok(24, alnum) + "." + tok(6, alnum + "_-") + "." + tok(27, alnum + "_-")),
            ("the webhook signing secret is {}", "whsec_" + tok(32, alnum)),
            ("sendgrid {}", "SG." + tok(22, alnum + "_-") + "." + tok(43, alnum + "_-")),
            ("OPENAI_API_KEY={}", "sk-proj-" + tok(48, alnum + "_-")),
        ]  # fmt: skip
        return options[self.rng.randrange(len(options))]

    def handle(self) -> str:
        name = self.f(self.rng.choice(["en_TH", "uz_UZ", "en_US", "fr_DZ"])).user_name()
        r = self.rng.random()
        return (
            name if r < 0.4 else "@" + name if r < 0.65 else f"u/{name}" if r < 0.8 else f"{name}#{self.d(4)}"
        )


HELDOUT5_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "{} here, quick q about the invoices",
        "{} here.",
        "hello, this is {} speaking",
        "this is {}",
        "Best,\n{}",
        "cheers\n{}",
        "thanks!\n\n{}\nSent from my phone",
        "---------- Forwarded message ---------\nFrom: {}\nSubject: lunch friday",
        "cc {}",
        "looping in {} for visibility",
        "On Tue, {} wrote:\n> see attached",
        "ping {} about the deploy",
        "{} and i are going to the concert",
        "my wife {} says thanks",
        "told {} no, again",
        "who is {}?",
        "according to {} the release slipped",
        "the new intern {} starts monday",
        "my grandma {} turns 90 this year",
        "{} (she/her) will run the workshop",
        "full name: {}",
        "pls add {} to the group chat",
    ],
    "STREET_ADDRESS": ["new address {}", "parcel went to {} by mistake", "{}, buzz 3", "meet at {} at 7"],
    "EMAIL_ADDRESS": ["email: {}", "{} <- use this one", "cc {} on the thread"],
    "PHONE_NUMBER": ["cell {}", "ring me {}", "{} (whatsapp)", "my landline is {}"],
    "CREDIT_CARD": ["cc# {}", "use {} for the hotel", "card {}, cvv on the back"],
    "IBAN_CODE": ["iban: {}", "wire it to {}", "{} is the club's account"],
    "IP_ADDRESS": ["nginx on {} is down", "allowlist {}", "traceroute {} stops at hop 4"],
    "USERNAME": [
        "my handle is {}",
        "{} posted it on reddit",
        "discord: {}",
        "ig: {}",
        "{} is my gamertag",
        "add me {}",
        "my @ is {}",
        "tag {} in the post",
        "x/twitter: {}",
    ],
    "DATE_OF_BIRTH": ["birthday {}", "dob: {}", "born on {}"],
}
HELDOUT5_MIXED = [
    ("attendees: {}, {}, {}", ["PERSON", "PERSON", "PERSON"]),
    ("---------- Forwarded message ---------\nFrom: {} <{}>\nSubject: keys", ["PERSON", "EMAIL_ADDRESS"]),
    ("cc {} and {}", ["PERSON", "PERSON"]),
    ("{} here, my cell is {}", ["PERSON", "PHONE_NUMBER"]),
    ("login {} / {}", ["USERNAME", "SECRET"]),
    ("Best,\n{}\n{}", ["PERSON", "PHONE_NUMBER"]),
]
HELDOUT5_NEGATIVES = [
    "order code A7X9K2P4 hasn't shipped yet",
    "tracking code 1Z4F83920346817733",
    "use discount code SPRING25 at checkout",
    "the promo code WELCOME10 expired",
    "your confirmation code is on the ticket",
    "the key to success is patience",
    "product code SKU-88213-BLK is out of stock",
    "model number WH-1000XM4 or the older one?",
    "upgrade to version 3.11.4 first",
    "v2.0.0-rc.1 broke the build",
    "set the colour to #1e90ff",
    "background: #ffcc00;",
    "revert commit 9fceb02d0ae598e95dc970b74767f19372d61af8",
    "the fix is in a1b2c3d on main",
    "HEAD is at 4e5f6a7 now",
    "request id 3f0c2a1e-8b7d-4c6e-9f10-2b3c4d5e6f70 in the logs",
    "invoice INV-2024-00831 is overdue",
    "order #112-4839201-5562013 arrived damaged",
    "install the chrome extension",
    "file extension .docx won't open",
    "the deadline extension was approved",
    "hair extensions are pricey",
    "Will it snow tomorrow?",
    "May is my favourite month",
    "Mark the email as read",
    "Grant access to the shared folder",
    "Bill the client monthly",
    "Frank feedback is welcome",
    "Sunny skies all week",
    "the password field is empty",
    "pin the message in the channel",
    "PIN codes should be 6 digits",
    "forgot my passcode again",
    "pw change required every 90 days",
    "sk-learn or pytorch?",
    "AKIA prefix means an access key id, right?",
    "github_pat tokens are fine-grained",
    "xoxb is the bot token prefix",
    "the api key goes in the Authorization header",
    ".env files belong in .gitignore",
    "DB_PASSWORD= is empty in the template",
    "postgresql://localhost/mydb works fine",
    "my username is taken, any ideas?",
    "@everyone meeting moved to 3",
    "u/ means user on reddit",
    "#general is busy today",
    "Best regards",
    "Sent from my iPhone",
    "flight LH2231 lands at 9",
    "it costs $1,299.99",
]


def _typo5(rng: random.Random, template: str) -> str:
    """Drop or double one letter of a template word (outside the {} slots): 'tommorow', 'pls adress'."""
    for _ in range(10):
        i = rng.randrange(len(template))
        if (
            template[i].isalpha()
            and "{" not in template[max(0, i - 1) : i + 2]
            and "}" not in template[max(0, i - 1) : i + 2]
        ):
            return (
                template[:i] + template[i + 1 :] if rng.random() < 0.5 else template[: i + 1] + template[i:]
            )
    return template


def build_heldout5(seed: int = HELDOUT5_SEED) -> list[Example]:
    """Held-out set 5: `Gen5` values in `HELDOUT5_TEMPLATES`, mixed sentences and look-alike negatives."""
    gen = Gen5(seed)
    rng = gen.rng
    makers = {
        "PERSON": gen.person, "STREET_ADDRESS": gen.address, "EMAIL_ADDRESS": gen.email, "PHONE_NUMBER": gen.phone,
        "CREDIT_CARD": gen.card, "IBAN_CODE": gen.iban, "IP_ADDRESS": gen.ip, "USERNAME": gen.handle,
        "DATE_OF_BIRTH": gen.dob,
    }  # fmt: skip
    counts = {"PERSON": 80, "SECRET": 70, "USERNAME": 27}
    styles = []
    for etype in TYPES:
        for _ in range(counts.get(etype, 14)):
            if etype == "SECRET":
                template, value = gen.secret()
                styles.append((template, [("SECRET", value)]))
            else:
                styles.append((rng.choice(HELDOUT5_TEMPLATES[etype]), [(etype, makers[etype]())]))
    for _ in range(24):
        template, types = rng.choice(HELDOUT5_MIXED)
        values = [(t, gen.password() if t == "SECRET" else makers[t]()) for t in types]
        if types[0] == "USERNAME":  # a login is a bare name, not @x or u/x
            values[0] = ("USERNAME", gen.f().user_name())
        styles.append((template, values))
    styles += [(t, []) for t in HELDOUT5_NEGATIVES]
    examples = []
    for template, values in styles:
        style = "plain"
        if rng.random() < 0.15:
            template, style = _typo5(rng, template), "typo"
        parts = template.split("{}")
        text, spans = parts[0], []
        for (etype, value), rest in zip(values, parts[1:], strict=True):
            spans.append((len(text), len(text) + len(value), etype))
            text += value + rest
        r = rng.random()
        for new, name, p in ((text.lower(), "lower", 0.25), (text.upper(), "upper", 0.33)):
            if r < p and len(new) == len(text):
                text, style = new, name
                break
        examples.append(Example(text, spans, style))
    rng.shuffle(examples)
    return examples


# Held-out set 6: written before round 5 of fixes by an author who did not change recognizers, after
# held-out 5 had been measured. Names of origins no other set draws and no lexicon locale holds: faker's
# Georgian, Armenian, Bulgarian and Macedonian names, transliterated here to Latin script, and short
# lists of Nepali, Bengali, Tamil, Hawaiian, Hebrew and Malay names; some lower-cased, capitalised or
# misspelt on their own, in new chat phrasings ("tell X I said hi", "meeting X", "X's number", "dear X",
# "— X", after prepositions, "X is typing..."). Street addresses of other countries (Nordic, Hungarian,
# Slovene, Irish, Portuguese, Indonesian/Malaysian, Filipino, Georgian, Hawaiian, Indian, Japanese);
# phones of Georgia, Armenia, Nepal, Bangladesh, Sri Lanka, Israel, Malaysia, South Africa, Iceland,
# Hawaii, the Gulf, Kenya, Pakistan in 00/slash/compact/tel: forms; Maestro, Visa 13/19, JCB 15 and
# Mastercard 2-series cards, card dumps; IBANs of countries no other set has; IPv4 in URLs, IPv6 in
# brackets, IPv4-mapped, link-local, CGNAT; secrets of other providers (Telegram bot, Anthropic,
# DigitalOcean, Shopify, PyPI, Mailgun, Twilio, Azure, Vault, Postman, Databricks, Linear, Doppler,
# Discord webhooks) and password cues in other languages and tools (passwort, mot de passe, contraseña,
# .netrc, PGPASSWORD, docker login, kubectl, ansible, pip index URLs); usernames in profile URLs,
# fediverse and Bluesky handles, ssh logins; dates of birth with ordinals, "geb.", "né le", compact
# digits. Negatives: cities, brands, greetings and words of the same origins, postcodes, BICs, OIDs,
# placeholder values. Measured before round 5; its misses were read in round 6.
HELDOUT6_SEED = 60616
NAME_LOCALES_HELDOUT6 = ["ka_GE", "hy_AM", "bg_BG", "mk_MK"]  # transliterated; the lexicon must not load them
GEORGIAN_TO_LATIN = dict(
    zip(
        "აბგდევზთიკლმნოპჟრსტუფქღყშჩცძწჭხჯჰ",
        "a b g d e v z t i k l m n o p zh r s t u p k gh q sh ch ts dz ts ch kh j h".split(),
        strict=True,
    )
)
ARMENIAN_TO_LATIN = dict(
    zip(
        "աբգդեզէըթժիլխծկհձղճմյնշոչպջռսվտրցւփքօֆ",
        "a b g d e z e y t zh i l kh ts k h dz gh ch m y n sh o ch p j r s v t r ts v p k o f".split(),
        strict=True,
    )
)
CYRILLIC_TO_LATIN = dict(
    zip(
        "абвгдежзийклмнопрстуфхцчшщъьюяѓѕјљњќџ",
        "a b v g d e zh z i y k l m n o p r s t u f h ts ch sh sht a y yu ya gj dz j lj nj kj dzh".split(),
        strict=True,
    )
)
NEPALI_FIRST = (
    "Bishnu Sujata Prabin Anjali Roshan Sabina Bibek Pratima Suman Nirmala Kiran Sarita Dipesh".split()
)
NEPALI_LAST = "Shrestha Adhikari Tamang Gurung Thapa Magar Bhattarai Rai Koirala Pokharel Karki Limbu".split()
BENGALI_FIRST = (
    "Arnab Sourav Moumita Tanvir Rupa Nusrat Sayantan Farhana Debashis Ishita Rafiq Tahmina".split()
)
BENGALI_LAST = (
    "Chatterjee Banerjee Mukherjee Chowdhury Hossain Sarkar Bhattacharya Ahmed Das Majumder".split()
)
TAMIL_FIRST = (
    "Karthik Lakshmi Senthil Meenakshi Arul Kavitha Murugan Divya Selvam Ilango Vaishnavi Anbu".split()
)
TAMIL_LAST = "Subramaniam Raghavan Venkatesan Natarajan Krishnamurthy Pillai Sundaram Ramasamy Iyer".split()
HAWAIIAN_FIRST = "Keanu Leilani Kalani Makoa Noelani Kainoa Malia Keoni Pualani Kekoa Iolana Nohea".split()
HAWAIIAN_LAST = "Kahananui Kealoha Akana Kamakau Kahale Nakoa Kapaona Keawe Mahoe Kanahele".split()
HEBREW_FIRST = "Yossi Noa Itai Shira Avital Eyal Tamar Oren Yael Nadav Liat Gilad Michal Ronit".split()
HEBREW_LAST = "Ben-David Mizrahi Peretz Biton Friedman Avraham Shapira Dahan Katz Levi Ohana".split()
MALAY_FIRST = "Nurul Aisyah Hafiz Syafiq Farah Azlan Siti Zulkifli Amirah Haziq Izzati Faizal".split()
MALAY_LAST = ["bin Ismail", "binti Rahman", "bin Abdullah", "binti Yusof", "bin Hassan", "binti Osman"]


def _transliterate(text: str, table: dict[str, str]) -> str:
    """Latin spelling of a name written in another script, with each word capitalised."""
    latin = "".join(table.get(c, c) for c in text.lower().replace("ու", "u").replace("և", "ev"))
    return latin.title()


def _iban(rng: random.Random, country: str, bban_shape: str) -> str:
    """A valid IBAN of `country`; the BBAN shape reads like '4a6n8c' (letters, digits, either); mod-97 check."""
    pools = {"n": string.digits, "a": string.ascii_uppercase, "c": string.ascii_uppercase + string.digits}
    parts = re.findall(r"(\d+)([nac])", bban_shape)
    bban = "".join(rng.choice(pools[kind]) for count, kind in parts for _ in range(int(count)))
    number = int("".join(str(int(c, 36)) for c in bban + country + "00"))
    return f"{country}{98 - number % 97:02d}{bban}"


IBAN_SHAPES_HELDOUT6 = {
    "NO": "11n", "SE": "20n", "HU": "24n", "LT": "16n", "LV": "4a13c", "SI": "15n", "IS": "22n", "GE": "2a16n",
    "IL": "19n", "TR": "22n", "BG": "4a6n8c", "MT": "4a5n18c", "SA": "20n", "AE": "19n", "BR": "23n1a1c",
}  # fmt: skip


class Gen6(Gen3):
    """Generators for held-out set 6: origins, formats and cues none of the other sets use."""

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        extra = NAME_LOCALES_HELDOUT6 + [
            "sv_SE",
            "fi_FI",
            "hu_HU",
            "no_NO",
            "sl_SI",
            "en_MS",
            "en_PH",
            "id_ID",
        ]
        for i, loc in enumerate(extra):
            if loc not in self.fakers:
                self.fakers[loc] = Faker(loc)
            self.fakers[loc].seed_instance(seed + 600 + i)

    def person(self) -> str:
        r = self.rng.random()
        if r < 0.4:
            loc = self.rng.choice(NAME_LOCALES_HELDOUT6)
            table = {"ka_GE": GEORGIAN_TO_LATIN, "hy_AM": ARMENIAN_TO_LATIN}.get(loc, CYRILLIC_TO_LATIN)
            f = self.f(loc)
            first, last = _transliterate(f.first_name(), table), _transliterate(f.last_name(), table)
        else:
            firsts, lasts = self.rng.choice(
                [
                    (NEPALI_FIRST, NEPALI_LAST),
                    (BENGALI_FIRST, BENGALI_LAST),
                    (TAMIL_FIRST, TAMIL_LAST),
                    (HAWAIIAN_FIRST, HAWAIIAN_LAST),
                    (HEBREW_FIRST, HEBREW_LAST),
                    (MALAY_FIRST, MALAY_LAST),
                ]
            )
            first, last = self.rng.choice(firsts), self.rng.choice(lasts)
        s = self.rng.random()
        name = f"{first} {last}" if s < 0.5 else first if s < 0.9 else last
        if last.startswith(("bin ", "binti ")) and name == last:  # "bin Ismail" alone is not how one is named
            name = f"{first} {last}"
        c = self.rng.random()  # the name's own casing or a slip of the finger, whatever the sentence does
        if c < 0.12:
            return name.lower()
        if c < 0.18:
            return name.upper()
        if c < 0.26 and len(name) > 4:
            i = self.rng.randrange(1, len(name) - 1)
            if name[i].isalpha():
                return name[:i] + name[i] + name[i:]  # doubled letter: 'Bishnnu'
        return name

    def address(self) -> str:
        r = self.rng.random()
        if r < 0.4:
            loc = self.rng.choice(["sv_SE", "fi_FI", "hu_HU", "no_NO", "sl_SI", "en_MS", "en_PH", "id_ID"])
            return self.f(loc).street_address()
        n = self.rng.randint(1, 240)
        shapes = [
            f"{_transliterate(self.f('ka_GE').street_name().split(' ')[0], GEORGIAN_TO_LATIN)} St. {n}",
            f"{self.rng.randint(91, 96)}-{self.rng.randint(100, 1999)} {self.rng.choice(['Kamehameha Hwy', 'Farrington Hwy', 'Waipahu St', 'Kalanianaole Hwy'])}",
            f"{self.rng.randint(1, 5)}-{self.rng.randint(1, 30)}-{self.rng.randint(1, 20)} {self.rng.choice(['Jingumae', 'Nishi-Shinjuku', 'Minami-Aoyama', 'Kita-Horie'])}",
            f"Flat {self.rng.randint(101, 904)}, {self.rng.choice(['Sai Krupa', 'Green Park', 'Shanti Niketan'])} Apartments, {self.rng.choice(['MG Road', 'Anna Salai', 'Park Street'])}",
            f"{self.rng.choice(['Laugavegur', 'Skólavörðustígur', 'Hverfisgata'])} {n}",
            f"Rua {self.rng.choice(['Augusta', 'do Carmo', 'das Flores', 'Garrett'])} {n}, {self.rng.randint(1, 6)}º Esq.",
            f"{self.rng.choice(['Andrássy út', 'Váci utca', 'Rákóczi út'])} {n}.",
            f"{n} {self.rng.choice(['N Lake Shore Dr', 'W Olympic Blvd', 'SE Hawthorne Blvd'])} Apt {self.rng.randint(1, 30)}{self.rng.choice('ABCDEF')}",
            f"{self.rng.choice(['Yerevanyan', 'Abovyan', 'Tumanyan'])} poghots {n}",
        ]  # fmt: skip
        return self.rng.choice(shapes)

    def email(self) -> str:
        first = self.rng.choice(NEPALI_FIRST + HAWAIIAN_FIRST + HEBREW_FIRST + TAMIL_FIRST).lower()
        last = self.rng.choice(NEPALI_LAST + HAWAIIAN_LAST + HEBREW_LAST + TAMIL_LAST).lower()
        user = self.rng.choice(
            [
                f"{first}.{last}",
                f"{first[0]}{last}{self.rng.randint(1, 99)}",
                f"{first}_{last}",
                f"{last}-{first}",
                f"{first}{self.rng.randint(1980, 2010)}",
            ]
        )
        domain = self.rng.choice(
            ["wlink.com.np", "hawaii.edu", "walla.co.il", "gmail.com", "proton.me", "fastmail.fm", "tpg.com.au",
             "students.iitm.ac.in", "mail.ge", "yandex.am", "hey.com", "zoho.in", "posteo.de", "kaist.ac.kr",
             "studio-lanakila.dev", "icloud.com"]
        )  # fmt: skip
        addr = f"{user}@{domain}"
        return addr.capitalize() if self.rng.random() < 0.1 else addr

    def phone(self) -> str:
        d = self.d
        shapes = [
            f"+995 5{d(2)} {d(2)} {d(2)} {d(2)}",  # Georgia mobile
            f"+374 {self.rng.choice(['91', '93', '77'])} {d(6)}",  # Armenia
            f"+977 98{d(8)}",  # Nepal, no separators
            f"+880 1{self.rng.choice('3579')}{d(2)}-{d(6)}",  # Bangladesh
            f"+94 7{d(1)} {d(3)} {d(4)}",  # Sri Lanka
            f"05{d(1)}-{d(3)}-{d(4)}",  # Israel, national
            f"+972-5{d(1)}-{d(3)}-{d(4)}",
            f"+60 1{d(1)}-{d(3)} {d(4)}",  # Malaysia
            f"0{self.rng.choice(['82', '83', '72'])} {d(3)} {d(4)}",  # South Africa, national
            f"+27 {self.rng.choice(['82', '71'])} {d(3)} {d(4)}",
            f"+354 {d(3)} {d(4)}",  # Iceland
            f"(808) {d(3)}-{d(4)}",  # Hawaii
            f"00971 5{d(1)} {d(3)} {d(4)}",  # UAE, 00 prefix
            f"0044 7{d(3)} {d(6)}",
            f"+254 7{d(2)} {d(3)} {d(3)}",  # Kenya
            f"+92 3{d(2)} {d(7)}",  # Pakistan
            f"0{d(3)}/{d(7)}",  # German-style slash
            f"+65 {self.rng.choice('89')}{d(3)} {d(4)}",  # Singapore
        ]
        return self.rng.choice(shapes)

    def card(self) -> str:
        kind = self.rng.choice(["maestro", "visa19", "visa13", "jcb15", "mastercard", "mastercard"])
        num = self.f().credit_card_number(card_type=kind)
        if kind == "mastercard":
            while not num.startswith("2"):  # the 2-series range, new since 2017
                num = self.f().credit_card_number(card_type=kind)
        r = self.rng.random()
        if len(num) == 19 and r < 0.6:
            return " ".join(num[i : i + 4] for i in range(0, 19, 4))
        if len(num) == 16 and r < 0.5:
            return ("_" if r < 0.1 else " ").join(num[i : i + 4] for i in range(0, 16, 4))
        if len(num) == 13 and r < 0.4:
            return f"{num[:4]} {num[4:7]} {num[7:10]} {num[10:]}"
        return num

    def iban(self) -> str:
        country = self.rng.choice(sorted(IBAN_SHAPES_HELDOUT6))
        iban = _iban(self.rng, country, IBAN_SHAPES_HELDOUT6[country])
        if self.rng.random() < 0.45:
            iban = " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
        return iban

    def ip_sample(self) -> tuple[str, str]:
        """(template with {}, address): addresses inside URLs, brackets and log lines."""
        rng, f = self.rng, self.f()
        v4 = rng.choice(
            [
                f.ipv4_public(),
                f"100.{rng.randint(64, 127)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",  # CGNAT
                f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                f"169.254.{rng.randint(1, 254)}.{rng.randint(1, 254)}",  # link-local
            ]
        )
        v6 = rng.choice(
            [
                f.ipv6(),
                f.ipv6().upper(),
                f"2a0{rng.randint(0, 9)}:{rng.randint(1, 0xFFFF):x}:{rng.randint(1, 0xFFFF):x}::{rng.randint(1, 0xFFFF):x}",
                f"fd{rng.randint(0, 255):02x}:{rng.randint(1, 0xFFFF):x}::{rng.randint(1, 0xFF):x}",  # ULA
                f"::ffff:{f.ipv4_public()}",  # IPv4-mapped
            ]
        )
        options = [
            ("http://{}:8080/admin won't load", v4),
            ("curl https://[{}]:8443/health times out", v6),
            ("the camera streams from rtsp://{}/live", v4),
            ("sshd: Failed password for root from {} port 52144", v4),
            ("my phone got {} on the hotel wifi", v4),
            ("dig returns {} for the AAAA record", v6),
            ("why is {} in my router's client list?", rng.choice([v4, v6])),
            ("peer {} keeps dropping off wireguard", rng.choice([v4, v6])),
            ("X-Forwarded-For: {}", rng.choice([v4, v6])),
            ("is {} my home address or the isp's?", rng.choice([v4, v6])),
        ]
        return options[rng.randrange(len(options))]

    def password(self) -> str:
        w = self.f().word
        return self.rng.choice(
            [
                self.f("sl_SI").password(
                    length=self.rng.randint(9, 17), special_chars=self.rng.random() < 0.5
                ),
                w().capitalize() + str(self.rng.randint(1, 99)) + w().capitalize() + self.rng.choice("?%^~"),
                self.rng.choice(HAWAIIAN_FIRST + NEPALI_FIRST).lower() + str(self.rng.randint(1970, 2024)),
                w()[::-1] + self.rng.choice("#!") + self.d(3),
            ]
        )

    def secret(self) -> tuple[str, str]:
        tok, pw = self.token, self.password()
        alnum = string.ascii_letters + string.digits
        hexd = "0123456789abcdef"
        b64 = base64.b64encode(pw.encode()).decode()
        options = [
            ("BOT_TOKEN={}", f"{self.d(self.rng.choice([9, 10]))}:AA{tok(33, alnum + '_-')}"),
            ("telegram bot token is {} can you see why polling fails", f"{self.d(10)}:AA{tok(33, alnum + '_-')}"),
            ("ANTHROPIC_API_KEY={}", "sk-ant-api03-" + tok(93, alnum + "_-") + "AA"),
            ("digitalocean token {}", "dop_v1_" + tok(64, hexd)),
            ("shopify admin token {} expired?", "shpat_" + tok(32, hexd)),
            ("[pypi]\n  username = __token__\n  password = {}", "pypi-AgEIcHlwaS5vcmc" + tok(60, alnum + "_-")),
            ("mailgun {}", "key-" + tok(32, hexd)),
            ("twilio api key {} with the sid above", "SK" + tok(32, hexd)),
            ("DefaultEndpointsProtocol=https;AccountName=shopstore;AccountKey={};EndpointSuffix=core.windows.net", tok(86, alnum + "+/") + "=="),
            ("VAULT_TOKEN={}", "hvs." + tok(24, alnum)),
            ("postman key {}", "PMAK-" + tok(24, hexd) + "-" + tok(34, hexd)),
            ("databricks token {}", "dapi" + tok(32, hexd)),
            ("linear api key {}", "lin_api_" + tok(40, alnum)),
            ("DOPPLER_TOKEN={}", "dp.st.prd." + tok(40, alnum)),
            ("https://discord.com/api/webhooks/{}", f"{self.d(18)}/{tok(68, alnum + '_-')}"),
            ("passwort: {}", pw),
            ("le mot de passe est {}", pw),
            ("contraseña {} (no la compartas)", pw),
            ("machine api.heroku.com login deploy password {}", pw),
            ("PGPASSWORD={} psql -h db -U app", pw),
            ("docker login -u deploy -p {} registry.gitlab.com", pw),
            ("kubectl create secret generic db --from-literal=password={}", pw),
            ("ansible_become_pass: {}", pw),
            ("pip install --index-url https://ci:{}@pypi.internal/simple pkg", pw),
            ("k8s secret data:\n  password: {}", b64),
            ("the password's {}, case sensitive", pw),
            ("{} is the wifi password btw", pw),
            ("creds are admin / {}", pw),
            ("keystore password {} for the release build", pw),
            ("https://nas.local/login?user=admin&pass={}", pw),
        ]  # fmt: skip
        return options[self.rng.randrange(len(options))]

    def handle(self) -> str:
        name = self.rng.choice(
            [
                self.f(self.rng.choice(["en_MS", "en_PH", "id_ID"])).user_name(),
                f"{self.rng.choice(HAWAIIAN_FIRST + TAMIL_FIRST).lower()}{self.rng.choice(['_', '.', ''])}{self.d(self.rng.choice([2, 3]))}",
                f"{self.rng.choice(['the', 'its', 'not'])}{self.rng.choice(NEPALI_FIRST + HEBREW_FIRST).lower()}",
            ]
        )  # fmt: skip
        return name

    def dob(self) -> str:
        dt = self.f().date_of_birth(minimum_age=6, maximum_age=94)
        day = dt.day
        suffix = "th" if 11 <= day % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
        return self.rng.choice(
            [
                f"{day}{suffix} of {dt:%B} {dt.year}",
                f"{dt:%B} {day}{suffix}, {dt.year}",
                f"{day}{suffix} {dt:%b} {dt.year}",
                dt.strftime("%d.%m.%y"),
                dt.strftime("%Y%m%d"),
                dt.strftime("%b-%d-%Y"),
                f"{day} {dt:%b} '{dt:%y}",
                f"{day}/{dt.month}/{dt.year}",
            ]
        )


HELDOUT6_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "tell {} I said hi",
        "meeting {} for coffee tomorrow, any tips?",
        "what's {}'s number again?",
        "dear {}, thank you so much for the flowers",
        "see you at eight\n— {}",
        "a gift for {} under 30 euros?",
        "dinner with {} went well",
        "this letter is from {}",
        "got a parcel for {} by mistake",
        "shoutout to {} for fixing the wifi",
        "{}, can you send me the slides?",
        "{} got promoted!!",
        "between {} and me, who should apologise?",
        "waiting for {} at the station",
        "{} (my cousin) is visiting next week",
        "can you translate this for {}?",
        "{} keeps leaving me on read",
        "sitting next to {} on the flight",
        "xoxo, {}",
        "say hello to {} for me",
        "my therapist {} says I should journal",
        "thanks to {} we made the deadline",
        "{} is typing...",
        "the kids are staying with {} tonight",
        "any ideas for {}'s leaving card?",
        "wrote this poem about {}, thoughts?",
    ],
    "STREET_ADDRESS": [
        "my place is {}, gate on the left",
        "the dentist is on {}",
        "left my umbrella at {}",
        "moving into {} next month",
        "{} — 3rd floor, left door",
        "return address: {}",
        "the taxi dropped me at {} instead",
        "any gym near {}?",
    ],
    "EMAIL_ADDRESS": [
        "mailto:{}",
        "email me at {}.",
        "Contact: <{}>",
        "is this phishing? it came from {}",
        "my recovery email is {}",
        "{} — that's my school one",
        "send the tickets to {}, thanks",
    ],
    "PHONE_NUMBER": [
        "{} is my number, text before calling",
        "new phone, save this: {}",
        "emergency contact: {}",
        "tel:{}",
        "the plumber's number {} doesn't answer",
        "if I don't pick up try {}",
        "my son's phone {} is off",
    ],
    "CREDIT_CARD": [
        "found this in a dump: {}|08|29|412 is it mine?",
        "the number on my card is {}",
        "billing card {} failed",
        "Card number {}, name as printed",
        "my mastercard {} was cloned",
        "autopay uses {}",
    ],
    "IBAN_CODE": [
        "bank: {} (BIC on request)",
        "salary goes into {}",
        "IBAN for the deposit -> {}",
        "pls double-check {} before you send",
        "my account {} was frozen",
        "donations to {}",
    ],
    "USERNAME": [
        "my telegram: t.me/{}",
        "github.com/{} has my dotfiles",
        "find me at instagram.com/{}",
        "username: {}",
        "log in as {} and check the inbox",
        "my roblox user is {}",
        "linkedin.com/in/{}",
        "mastodon: @{}@mastodon.social",
        "bluesky {}.bsky.social",
        "credit to {} on insta",
    ],
    "DATE_OF_BIRTH": [
        "geb. {}",
        "né le {}",
        "DOB (as on my id): {}",
        "I came into this world on {}",
        "b-day: {}",
        "my passport says born {}",
        "my son was born {} and needs a passport",
    ],
}
HELDOUT6_MIXED = [
    ("BEGIN:VCARD\nFN:{}\nTEL:{}\nEMAIL:{}\nEND:VCARD", ["PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS"]),
    ("name,dob,iban\n{},{},{}", ["PERSON", "DATE_OF_BIRTH", "IBAN_CODE"]),
    ("ssh {}@{}", ["USERNAME", "IP_ADDRESS"]),
    ("vpn user {} pass {}", ["USERNAME", "SECRET"]),
    ("meeting {} at {} on friday", ["PERSON", "STREET_ADDRESS"]),
    ('{"name": "{}", "card": "{}"}', ["PERSON", "CREDIT_CARD"]),
    ("| {} | {} |", ["PERSON", "PHONE_NUMBER"]),
    ("tell {} and {} I said hi", ["PERSON", "PERSON"]),
]
HELDOUT6_NEGATIVES = [
    "Tbilisi is lovely in october",
    "the flight to Yerevan was delayed",
    "trekking from Kathmandu to Pokhara",
    "Dhaka traffic is unreal",
    "best dosa in Chennai?",
    "Honolulu or Maui for a honeymoon?",
    "Tel Aviv beaches are crowded",
    "Kuala Lumpur has great street food",
    "Sofia and Skopje by train?",
    "Aloha! how does this bot work",
    "Shalom everyone",
    "Namaste, quick question",
    "Mahalo for the help",
    "Ubuntu 24.04 or Fedora?",
    "Petronas towers at night",
    "Nando's or KFC tonight",
    "Tata Motors shares fell",
    "Grab is cheaper than a taxi here",
    "Summer is too hot this year",
    "Dawn chorus woke me at 5",
    "Rusty needs a bath, he rolled in mud",
    "Sandy soil drains fast",
    "Ruby or Crystal for a side project?",
    "Pearl Jam is touring again",
    "the Tamil script has 247 letters",
    "Hebrew is written right to left",
    "postcode 0150, is that Oslo?",
    "ZIP 96815 covers Waikiki",
    "BIC DEUTDEFF belongs to Deutsche Bank",
    "SWIFT codes have 8 or 11 characters",
    "OID 1.2.840.113549 is RSA",
    "screen is 2560x1440 at 144 Hz",
    "coordinates 27.7172 N, 85.3240 E",
    "the table is 120x60x75 cm",
    "4242 4242 4242 4242 is the stripe test card",
    "name@example.com is what the docs use",
    "555-0100 is a fictional phone number",
    "set API_KEY=your-api-key-here first",
    "XX00 0000 0000 0000 is a placeholder iban",
    "password: <your password> goes there",
    "the default login is admin/admin on these routers",
    "port 8080 is already in use",
    "http://localhost:3000/admin won't load",
    "tel: links don't work on desktop",
    "mailto links open outlook",
    "BEGIN:VCARD is the first line of a vcf file",
    "github.com/trending is fun to browse",
    "t.me links are blocked at work",
    "the bot token goes in BOT_TOKEN",
    "kubectl get secrets shows nothing",
    "docker login keeps asking for a password",
    "is 20231105 a valid date format?",
    "the 3rd of March is a Sunday",
    "geb. means born in German",
    "Batch 2024-07 expires in december",
    "the meeting is in room 3-14-2",
    "lot 42, row 7 in the parking garage",
    "my router is a TP-Link Archer C7",
    "Apt 4B in the sitcom is fictional",
]


def _typo6(rng: random.Random, template: str) -> str:
    """Chat shorthand for one word ('pls', 'u', 'thx', 'tmrw') or, failing that, one space dropped."""
    shorthand = {"please": "pls", "you": "u", "thanks": "thx", "tomorrow": "tmrw", "because": "bc",
                 "are": "r", "your": "ur", "before": "b4", "message": "msg", "people": "ppl"}  # fmt: skip
    words = [w for w in shorthand if f" {w} " in f" {template} "]
    if words:
        w = rng.choice(words)
        padded = f" {template} ".replace(f" {w} ", f" {shorthand[w]} ", 1)
        return padded[1:-1]
    for _ in range(10):
        i = rng.randrange(1, max(2, len(template) - 1))
        if template[i] == " " and template[i - 1].isalpha() and template[i + 1 : i + 2].isalpha():
            return template[:i] + template[i + 1 :]
    return template


def build_heldout6(seed: int = HELDOUT6_SEED) -> list[Example]:
    """Held-out set 6: `Gen6` values in `HELDOUT6_TEMPLATES`, mixed sentences and look-alike negatives."""
    gen = Gen6(seed)
    rng = gen.rng
    makers = {
        "PERSON": gen.person, "STREET_ADDRESS": gen.address, "EMAIL_ADDRESS": gen.email, "PHONE_NUMBER": gen.phone,
        "CREDIT_CARD": gen.card, "IBAN_CODE": gen.iban, "IP_ADDRESS": lambda: gen.ip_sample()[1],
        "USERNAME": gen.handle, "DATE_OF_BIRTH": gen.dob,
    }  # fmt: skip
    counts = {"PERSON": 80, "SECRET": 70, "USERNAME": 24}
    styles = []
    for etype in TYPES:
        for _ in range(counts.get(etype, 14)):
            if etype in ("SECRET", "IP_ADDRESS"):  # the template depends on the value's shape
                template, value = gen.secret() if etype == "SECRET" else gen.ip_sample()
                styles.append((template, [(etype, value)]))
            else:
                styles.append((rng.choice(HELDOUT6_TEMPLATES[etype]), [(etype, makers[etype]())]))
    for _ in range(24):
        template, types = rng.choice(HELDOUT6_MIXED)
        styles.append((template, [(t, gen.password() if t == "SECRET" else makers[t]()) for t in types]))
    styles += [(t, []) for t in HELDOUT6_NEGATIVES]
    examples = []
    for template, values in styles:
        style = "plain"
        if rng.random() < 0.15:
            template, style = _typo6(rng, template), "typo"
        parts = template.split("{}")
        text, spans = parts[0], []
        for (etype, value), rest in zip(values, parts[1:], strict=True):
            spans.append((len(text), len(text) + len(value), etype))
            text += value + rest
        r = rng.random()
        for new, name, p in ((text.lower(), "lower", 0.2), (text.upper(), "upper", 0.27)):
            if r < p and len(new) == len(text):
                text, style = new, name
                break
        examples.append(Example(text, spans, style))
    rng.shuffle(examples)
    return examples


# Held-out set 7: written before round 6 of fixes by an author who did not change recognizers, after
# held-out 6 had been measured. Names of origins no other set draws: faker's Russian names (transliterated
# here) and Luxembourgish and Liechtenstein surnames, and short lists of Basque, Catalan, Breton, Welsh,
# Scottish Gaelic, Frisian, Maltese, Albanian, Bosnian, Kazakh, Mongolian, Burmese, Khmer, Lao, Somali,
# Akan, Quechua and Guarani names; rule-testing forms the lexicon cannot hold (particles "van der",
# "de la", "ap", "ibn", "O'", "Mac", hyphenated double surnames, initials, nicknames, invented names,
# accents kept or folded), some lower-cased, capitalised or with two letters swapped, in new chat
# phrasings (Slack exports, calendar invites, shipping notices, support chats, "X mentioned", "per X",
# "@ X", git config and log lines, names in quotes). Addresses of those regions (Catalan, Basque, Welsh,
# Glasgow tenement, Maltese, Albanian, Kazakh, Mongolian, Burmese, Cambodian, Peruvian, Luxembourg...);
# phones of Malta, Albania, Bosnia, Kazakhstan, Mongolia, Myanmar, Cambodia, Laos, Somalia, Ghana, Peru,
# Paraguay, Luxembourg, Andorra; UnionPay, Mir, RuPay, Troy and Discover cards in bank SMS and receipts;
# IBANs of 22 more countries; IPs in error logs, ip/nslookup/resolv.conf output, CIDR and NAT64;
# secrets of other providers (gho_/ghs_, OpenAI service accounts, Groq, Replicate, Perplexity, xAI,
# Notion, Airtable, Sentry DSN, Mapbox secret, Square, Braintree, Tailscale, age, Grafana, New Relic,
# Datadog, AWS session tokens, Basic auth) and passwords in code, Wi-Fi QR codes, wpa_supplicant and cues
# in Basque, Catalan, Welsh, Albanian, Bosnian, Maltese, Frisian and Kazakh; usernames in home-directory
# paths, shell prompts, sshd logs, id output, Venmo/Cash App/PayPal.me, YouTube/TikTok/Twitch URLs,
# Matrix ids; dates of birth in ISO timestamps, Roman-numeral months, passport (MRZ) forms and spelt
# out as voice typing does. Negatives: those regions' places, foods, languages, brands that are names,
# placeholder and documentation values, paths and logs without a user. Never used to change a recognizer.
HELDOUT7_SEED = 70717
NAME_LOCALES_HELDOUT7 = ["ru_RU", "de_LU", "de_LI"]  # Russian transliterated; the lexicon must not load them
RUSSIAN_TO_LATIN = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
        ["a", "b", "v", "g", "d", "e", "yo", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s",
         "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"],
        strict=True,
    )
)  # fmt: skip
NAMES_HELDOUT7: dict[str, tuple[list[str], list[str]]] = {
    "basque": ("Iñaki Garazi Aitor Nerea Unai Maialen Ander Itziar Eneko Amaia Jokin Ainhoa".split(),
               "Etxeberria Goikoetxea Urrutia Agirre Zubizarreta Arrizabalaga Larrañaga Olaizola".split()),
    "catalan": ("Jordi Montserrat Pau Núria Oriol Mireia Arnau Meritxell Queralt Martí Roc".split(),
                "Puigdemont Vilaró Casals Ferrer Serrallonga Pujol Bosch Riera Vilanova Prat".split()),
    "breton": ("Yannick Gwenaëlle Erwan Maïwenn Tanguy Nolwenn Loeiz Katell Gwendal Solenn".split(),
               "Le Bihan;Kervella;Le Goff;Quéméner;Le Meur;Guivarc'h;Kerbrat;Tanguy".split(";")),
    "welsh": ("Rhodri Angharad Dafydd Siân Iolo Eirlys Gethin Bronwen Cerys Llŷr Owain".split(),
              "Pritchard Llewellyn Vaughan Prys Gruffydd Bowen Pugh Powell Meredith".split()),
    "gaelic": ("Eilidh Ruairidh Catrìona Seumas Mòrag Calum Iseabail Dòmhnall Ealasaid Tormod".split(),
               "MacLeòid MacAoidh MacIlleathain Moireasdan NicDhòmhnaill MacRath Caimbeul".split()),
    "frisian": ("Sjoerd Wytske Tsjalling Froukje Hidde Atsje Durk Baukje Sybren Jeltsje".split(),
                "Hoekstra Wiersma Bosma Terpstra Sikkema Hiemstra Dykstra Bearda Postma".split()),
    "maltese": ("Ġorġ Marija Salvu Carmelina Ċensu Pawlu Rita Ninu Doris Kurt".split(),
                "Camilleri Zammit Farrugia Vella Grech Micallef Azzopardi Buttigieg Xuereb".split()),
    "albanian": ("Arben Drita Fatmir Blerta Ilir Mimoza Dritan Valbona Shkëlzen Rudina".split(),
                 "Hoxha Krasniqi Berisha Gashi Shehu Kelmendi Dervishi Rama Bajrami".split()),
    "bosnian": ("Emir Amra Mirza Lejla Edin Selma Haris Ajla Nedžad Merima Tarik".split(),
                "Hodžić Begović Mehmedović Delić Hadžiahmetović Kovačević Mujić Salihović".split()),
    "kazakh": ("Nursultan Aigerim Yerlan Dinara Baurzhan Aruzhan Daulet Zhanar Askar Madina".split(),
               "Nurlanov Seitkali Zhaksylykov Abenova Tokayeva Kuanyshev Akhmetova Serikbayev".split()),
    "mongolian": ("Batbayar Oyunchimeg Ganbold Enkhjargal Temuujin Solongo Bat-Erdene Nomin Tsetseg".split(),
                  "Dorj Tserendorj Ganzorig Battulga Sukhbaatar Enkhbayar Munkhbat".split()),
    "burmese": ("Aung Thidar Kyaw Hnin Zaw Thet Htar Myo Nandar Thura".split(),
                "Min Naing Oo Htun Wai Aye Lwin Soe Myint".split()),
    "khmer": ("Sokha Chenda Vannak Sreymom Piseth Bopha Dara Sophal Rithy Kunthea".split(),
              "Chhim Sok Meas Heng Keo Pich Chea Prak Sorn".split()),
    "lao": ("Khamphet Souksavanh Bounmy Phouvong Manivone Sengdao Vilayvanh Keo".split(),
            "Vongsavath Phommachanh Sisouk Keomany Inthavong Sayavong Souvannavong".split()),
    "somali": ("Abdirahman Hodan Faarax Ubah Guled Sahra Warsame Idil Cawo Liban".split(),
               "Warsame Jama Abdi Egal Farah Hirsi Dahir Shire Nuur".split()),
    "akan": ("Kwame Akosua Kofi Ama Yaw Efua Kwabena Adwoa Kwaku Abena".split(),
             "Mensah Asante Owusu Boateng Ofori-Atta Agyeman Darko Antwi Frimpong".split()),
    "quechua": ("Inti Killa Amaru Wayra Sumaq Yupanki Kusi Nina Rumi Ch'aska".split(),
                "Mamani Quispe Huamán Condori Ccori Apaza Huaraca Yupanqui Choque".split()),
    "guarani": ("Arasy Jasy Ara Tupã Yvoty Kuarahy Porã Arami Mbyja Ñandutí".split(),
                "Villalba Cáceres Aranda Benítez Ayala Yegros Ortiz Riquelme".split()),
}  # fmt: skip
PARTICLE_SURNAMES_HELDOUT7 = [
    "van der Wiel", "van den Heuvel-Mensah", "de la Fuente-Arrizabalaga", "ap Gruffydd", "ibn Saleem",
    "O'Dwyer", "O'Sullivan-Quispe", "Mac an tSaoir", "Nic an Rìgh", "ter Horst", "dos Santos Quispe",
    "di Bartolo", "von Stroheim", "de Kerguelen", "McIlwraith", "MacAulay", "St. Clair", "d'Almeida",
    "Vilaró i Puig", "del Olmo", "Abu Bakr", "ben Yaakov", "Le Goff-Zammit", "van 't Hek",
]  # fmt: skip
NICKNAMES_HELDOUT7 = (
    "Xabi Txema Kwabs Nursik Bata Gwen Rhod Dai Ceit Sjoukje Mimi Sandu Pep Ilo Dodo Jeltje".split()
)
INVENTED_ONSETS = ["b", "br", "d", "dr", "f", "g", "gw", "h", "k", "kr", "l", "m", "n", "p", "r", "s",
                   "sh", "t", "th", "v", "vr", "y", "z", "zh", "q", "x"]  # fmt: skip
INVENTED_VOWELS = ["a", "e", "i", "o", "u", "ai", "ei", "ou", "ia", "ae"]
INVENTED_CODAS = ["", "", "n", "r", "l", "s", "th", "nd", "rk", "m", "x", "sh"]


def _fold_accents(text: str) -> str:
    """ASCII spelling of a name as people type it without a special keyboard: 'Núria' -> 'Nuria'."""
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _luhn_number(rng: random.Random, prefix: str, length: int) -> str:
    """A `length`-digit number starting with `prefix` whose last digit makes the Luhn check pass."""
    body = prefix + "".join(rng.choice(string.digits) for _ in range(length - len(prefix) - 1))
    total = 0
    for i, c in enumerate(reversed(body)):
        n = int(c) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return body + str((10 - total % 10) % 10)


IBAN_SHAPES_HELDOUT7 = {
    "LU": "3n13c", "LI": "5n12c", "AL": "8n16c", "BA": "16n", "KZ": "3n13c", "XK": "16n", "AD": "8n12c",
    "MC": "10n11c2n", "SM": "1a10n12c", "FO": "14n", "EE": "16n", "HR": "17n", "MD": "20c", "UA": "6n19c",
    "AZ": "4a20c", "JO": "4a4n18c", "QA": "4a21c", "CY": "8n16c", "MN": "16n", "SO": "19n", "ME": "18n",
    "GI": "4a15c",
}  # fmt: skip


class Gen7(Gen3):
    """Generators for held-out set 7: origins, name forms, formats and cues none of the other sets use."""

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        for i, loc in enumerate(NAME_LOCALES_HELDOUT7):
            self.fakers[loc] = Faker(loc)
            self.fakers[loc].seed_instance(seed + 700 + i)

    def invented_name(self) -> str:
        """A plausible name no list holds: two or three made-up syllables, capitalised."""
        rng = self.rng
        syll = lambda: rng.choice(INVENTED_ONSETS) + rng.choice(INVENTED_VOWELS)  # noqa: E731
        word = "".join(syll() for _ in range(rng.choice([2, 2, 3]))) + rng.choice(INVENTED_CODAS)
        return word.capitalize()

    def first_last(self) -> tuple[str, str]:
        """A first and last name of one origin (faker Russian/Luxembourgish or the lists above)."""
        r = self.rng.random()
        if r < 0.15:
            f, female = self.f("ru_RU"), self.rng.random() < 0.5
            first = f.first_name_female() if female else f.first_name_male()
            last = f.last_name_female() if female else f.last_name_male()
            tr = lambda s: "".join(RUSSIAN_TO_LATIN.get(c, c) for c in s.lower()).title()  # noqa: E731
            return tr(first), tr(last)
        firsts, lasts = NAMES_HELDOUT7[self.rng.choice(sorted(NAMES_HELDOUT7))]
        if r < 0.25:  # Luxembourg and Liechtenstein surnames under a first name of another origin
            return self.rng.choice(firsts), self.f(self.rng.choice(["de_LU", "de_LI"])).last_name()
        return self.rng.choice(firsts), self.rng.choice(lasts)

    def person(self) -> str:
        rng = self.rng
        first, last = self.first_last()
        r = rng.random()
        if r < 0.34:
            name = f"{first} {last}"
        elif r < 0.56:
            name = first
        elif r < 0.62:
            name = last
        elif r < 0.72:
            name = f"{first} {rng.choice(PARTICLE_SURNAMES_HELDOUT7)}"
        elif r < 0.79:
            initials = rng.choice([f"{first[0]}. ", f"{first[0]}. {rng.choice(string.ascii_uppercase)}. ",
                                   f"{first[0]}.{rng.choice(string.ascii_uppercase)}. ", f"{first[0]} "])  # fmt: skip
            name = initials + last
        elif r < 0.85:
            nick = rng.choice(NICKNAMES_HELDOUT7)
            name = nick if rng.random() < 0.5 else f"{nick} {last}"
        elif r < 0.94:
            name = (
                self.invented_name()
                if rng.random() < 0.4
                else f"{self.invented_name()} {self.invented_name()}"
            )
        else:
            name = f"{first} {last}-{self.first_last()[1]}"
        if rng.random() < 0.35:
            name = _fold_accents(name)
        c = rng.random()  # the name's own casing or a slip, whatever the sentence does
        if c < 0.1:
            return name.lower()
        if c < 0.16:
            return name.upper()
        if c < 0.22 and len(name) > 4:
            i = rng.randrange(1, len(name) - 2)
            if name[i].isalpha() and name[i + 1].isalpha():
                return name[:i] + name[i + 1] + name[i] + name[i + 2 :]  # two letters swapped: 'Nreea'
        return name

    def address(self) -> str:
        rng, n = self.rng, self.rng.randint(1, 320)
        street = lambda *names: rng.choice(names)  # noqa: E731
        shapes = [
            f"Carrer {street('de Mallorca', 'del Rosselló', 'de Sant Pere', 'de la Riera')} {n}, {rng.randint(1, 6)}r {rng.randint(1, 4)}a",
            f"{street('Kale Nagusia', 'Okendo kalea', 'Aldamar kalea', 'Zabaleta kalea')} {n}, {rng.randint(1, 6)}. {street('eskuina', 'ezkerra')}",
            f"{n} {street('Heol y Frenhines', 'Stryd Fawr', 'Ffordd y Môr', 'Heol Eglwys')}",
            f"Flat {rng.randint(0, 3)}/{rng.randint(1, 3)}, {n} {street('Hyndland Road', 'Dumbarton Road', 'Great Western Road', 'Paisley Road West')}",
            f"{street('Triq il-Kbira', 'Triq San Pawl', 'Triq ir-Repubblika', 'Triq tal-Ħamrun')} {n}",
            f"Rruga {street('e Durrësit', 'Myslym Shyri', 'e Kavajës', 'Sami Frashëri')} {n}",
            f"{street('Ferhadija', 'Titova', 'Maršala Tita', 'Zelenih beretki')} {n}",
            f"{street('Abay Ave', 'prospekt Dostyk', 'Tole Bi St', 'Satpayev St')} {n}, apt {rng.randint(1, 180)}",
            f"{street('Peace Avenue', 'Seoul Street', 'Chinggis Avenue')} {n}, {rng.randint(1, 20)}th khoroo",
            f"No. {n}, {street('Bogyoke Aung San Road', 'Pyay Road', 'Anawrahta Road')}",
            f"#{n} St. {rng.choice([63, 240, 278, 51, 310])}",
            f"{street('Jr. de la Unión', 'Av. Arequipa', 'Calle Plateros', 'Av. El Sol')} {n * 10}, dpto. {rng.randint(101, 904)}",
            f"{street('Calle Palma', 'Mcal. López', 'Avda. España')} {n} c/ {street('Colón', 'Brasil', 'Tacuarí')}",
            f"{n}, {street('rue de la Gare', 'boulevard Royal', 'rue du Fossé', 'Grand-Rue')}, L-{rng.randint(1111, 9999)}",
            f"{street('Tsjerkestrjitte', 'Nieuwestad', 'Oude Oosterstraat', 'Dyksterwei')} {n}{rng.choice(['', 'a', '-1'])}",
            f"House No. {n}, {street('Oxford St', 'Ring Road East', 'Liberation Rd')}, {street('Osu', 'Labone', 'Adum')}",
            f"{n} {street('Rue Nationale', 'Hent Sant-Maloù', 'Straed ar Chastell')}",
            f"N{rng.randint(1000, 9999)} County Rd {rng.choice('KMQTZ')}",
        ]  # fmt: skip
        return rng.choice(shapes)

    def email(self) -> str:
        rng = self.rng
        first, last = self.first_last()
        first, last = (_fold_accents(x).lower().replace(" ", "").replace("'", "") for x in (first, last))
        user = rng.choice([f"{first}.{last}", f"{first[0]}.{last}", f"{last}{rng.randint(1, 999)}",
                           f"{first}-{last}", f"{first}{last[0]}{rng.choice(['', '.work', '_'])}",
                           f"{last}.{first}{rng.randint(60, 99)}"])  # fmt: skip
        domain = rng.choice(["euskaltel.eus", "ehu.eus", "xtec.cat", "bretagne.bzh", "caerdydd.cymru",
                             "uhi.ac.uk", "planet.nl", "go.net.mt", "abcom.al", "bih.net.ba", "mail.kz",
                             "mobinet.mn", "myanmar.com.mm", "online.com.kh", "laotel.la", "hormuud.so",
                             "ug.edu.gh", "pucp.edu.pe", "tigo.com.py", "pt.lu", "outlook.de", "gmx.net"])  # fmt: skip
        addr = f"{user}@{domain}"
        r = rng.random()
        if r < 0.08:  # written to dodge scrapers
            return addr.replace("@", rng.choice([" [at] ", "(at)", " at "])).replace(
                ".", rng.choice([" [dot] ", "."]), 1
            )
        return addr.upper() if r < 0.12 else addr

    def phone(self) -> str:
        d, rng = self.d, self.rng
        shapes = [
            f"+356 79{d(2)} {d(4)}",  # Malta
            f"(+356) 99{d(6)}",
            f"+355 6{rng.choice('789')} {d(3)} {d(4)}",  # Albania
            f"+387 6{d(1)} {d(3)} {d(3)}",  # Bosnia
            f"061/{d(3)}-{d(3)}",
            f"+7 (7{rng.choice(['01', '05', '07', '47', '71'])}) {d(3)}-{d(2)}-{d(2)}",  # Kazakhstan
            f"8 7{rng.choice(['01', '77'])} {d(3)} {d(4)}",
            f"+976 {rng.choice(['88', '99', '95'])}{d(2)} {d(4)}",  # Mongolia
            f"+95 9 {d(3)} {d(3)} {d(3)}",  # Myanmar
            f"09-{d(3)}-{d(3)}-{d(3)}",
            f"+855 (0){rng.choice(['12', '17', '92'])} {d(3)} {d(3)}",  # Cambodia
            f"+856 20 {d(4)} {d(4)}",  # Laos
            f"+252 61 {d(7)}",  # Somalia
            f"+233 {rng.choice(['24', '54', '20'])} {d(3)} {d(4)}",  # Ghana
            f"0{rng.choice(['24', '55'])}-{d(3)}-{d(4)}",
            f"+51 9{d(2)} {d(3)} {d(3)}",  # Peru
            f"+595 9{d(2)} {d(3)}{d(3)}",  # Paraguay
            f"+352 6{rng.choice(['21', '61', '91'])} {d(3)} {d(3)}",  # Luxembourg
            f"+376 {rng.choice('346')}{d(2)} {d(3)}",  # Andorra
            f"+34 6{d(2)} {d(2)} {d(2)} {d(2)}",  # Spain, pairs (Basque Country, Catalonia)
            f"+44 (0) 7{d(3)} {d(3)} {d(3)}",  # Wales/Scotland mobile
        ]
        return rng.choice(shapes)

    def card(self) -> str:
        rng = self.rng
        kind = rng.choice(["unionpay", "unionpay19", "mir", "rupay", "troy", "discover", "amex"])
        if kind in ("discover", "amex"):
            num = self.f().credit_card_number(card_type=kind)
        else:
            prefix, length = {"unionpay": ("62", 16), "unionpay19": ("62", 19), "mir": (f"220{rng.randint(0, 4)}", 16),
                              "rupay": (rng.choice(["60", "65", "81", "82", "508"]), 16), "troy": ("9792", 16)}[kind]  # fmt: skip
            num = _luhn_number(rng, prefix, length)
        r = rng.random()
        if len(num) == 19 and r < 0.5:
            return f"{num[:6]} {num[6:]}" if r < 0.15 else " ".join(num[i : i + 4] for i in range(0, 19, 4))
        if len(num) == 16 and r < 0.55:
            return (" " if r < 0.4 else "-").join(num[i : i + 4] for i in range(0, 16, 4))
        if len(num) == 15 and r < 0.5:
            return f"{num[:4]}-{num[4:10]}-{num[10:]}"
        return num

    def iban(self) -> str:
        country = self.rng.choice(sorted(IBAN_SHAPES_HELDOUT7))
        iban = _iban(self.rng, country, IBAN_SHAPES_HELDOUT7[country])
        if self.rng.random() < 0.5:
            iban = " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
        return iban

    def ip_sample(self) -> tuple[str, str]:
        """(template with {}, address): addresses in error logs, tool output and configs."""
        rng, f = self.rng, self.f()
        v4 = rng.choice(
            [f.ipv4_public(), f"192.168.{rng.randint(0, 254)}.{rng.randint(2, 254)}",
             f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}", f.ipv4_public()]
        )  # fmt: skip
        v6 = rng.choice(
            [
                ":".join(f"{rng.randint(0, 0xFFFF):04x}" for _ in range(8)),  # uncompressed, leading zeros
                f"2600:1f18:{rng.randint(1, 0xFFFF):x}:{rng.randint(1, 0xFFFF):x}:{rng.randint(1, 0xFFFF):x}::{rng.randint(1, 0xFF):x}",
                f"64:ff9b::{f.ipv4_public()}",  # NAT64
                f"2c0f:{rng.randint(0xF000, 0xFFFF):x}:{rng.randint(1, 0xFFFF):x}::{rng.randint(1, 0xFFFF):X}",
                f.ipv6(),
            ]
        )  # fmt: skip
        options = [
            ("psycopg.OperationalError: connection to server at \"{}\", port 5432 failed", v4),
            ("Error: connect ECONNREFUSED {}:6379", v4),
            ("Offending ECDSA key for {} in ~/.ssh/known_hosts:3", rng.choice([v4, v6])),
            ("inet {}/24 scope global dynamic wlan0", v4),
            ("inet6 {}/64 scope global dynamic", v6),
            ("nameserver {}", rng.choice([v4, v6])),
            ("Non-authoritative answer:\nName: shop.example\nAddress: {}", rng.choice([v4, v6])),
            ("allow {}/32 in the security group for my laptop", v4),
            ("my home ip changed to {} so the vpn rule broke", rng.choice([v4, v6])),
            ("64 bytes from {}: icmp_seq=1 ttl=57 time=23.4 ms", v4),
            ("the camera's admin page is at {} on my lan", v4),
            ("Endpoint = {}:51820", v4),
            ("got banned, my address is {} can u unban", rng.choice([v4, v6])),
            ("[{}] GET /wp-login.php 404", v4),
        ]  # fmt: skip
        return options[rng.randrange(len(options))]

    def password(self) -> str:
        rng, w = self.rng, self.f().word
        place = rng.choice(["Donostia", "Valletta", "Tirana", "Almaty", "Kumasi", "Cusco", "Leeuwarden", "Aberystwyth"])  # fmt: skip
        return rng.choice(
            [
                self.f("de_LU").password(length=rng.randint(12, 20), special_chars=rng.random() < 0.6),
                f"{place}{rng.choice('#*+=')}{rng.randint(1, 99)}{w().capitalize()}",
                ".".join(w().capitalize() for _ in range(3)) + str(rng.randint(1, 9)),
                f"{w()}{rng.choice(['Qw', 'Zx', 'As'])}{rng.randint(100, 999)}{rng.choice('?!&')}",
                f"{rng.choice(string.ascii_uppercase)}{self.token(rng.randint(7, 11), string.ascii_lowercase + string.digits)}{rng.choice('$%@')}",
            ]
        )  # fmt: skip

    def secret(self) -> tuple[str, str]:
        tok, pw, d = self.token, self.password(), self.d
        alnum = string.ascii_letters + string.digits
        hexd = "0123456789abcdef"
        bech32 = "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"
        options = [
            ("git remote -v shows https://x-access-token:{}@github.com/org/repo", "ghs_" + tok(36, alnum)),
            ("GH_TOKEN={} gh pr list", "gho_" + tok(36, alnum)),
            ("OPENAI_API_KEY='{}'", "sk-svcacct-" + tok(64, alnum + "_-")),
            ("groq key {} rate limited?", "gsk_" + tok(52, alnum)),
            ("REPLICATE_API_TOKEN={}", "r8_" + tok(37, alnum)),
            ("perplexity {} stopped working today", "pplx-" + tok(48, alnum)),
            ("XAI_API_KEY={}", "xai-" + tok(80, alnum)),
            ("notion integration secret {}", "ntn_" + tok(46, alnum)),
            ("airtable pat {}", "pat" + tok(14, alnum) + "." + tok(64, hexd)),
            ("sentry_sdk.init(dsn=\"https://{}@o4506.ingest.sentry.io/451\")", tok(32, hexd)),
            ("MAPBOX_SECRET={}", "sk.eyJ1Ijoi" + tok(40, alnum) + "." + tok(22, alnum + "_-")),
            ("square access token {}", "EAAA" + tok(60, alnum + "-_")),
            ("BRAINTREE_TOKEN=access_token$production${}", tok(16, "abcdefghijklmnopqrstuvwxyz0123456789") + "$" + tok(32, hexd)),
            ("tailscale up --authkey={}", "tskey-auth-k" + tok(10, alnum) + "CNTRL-" + tok(33, alnum)),
            ("# created: 2024-03-01\n# public key: age1...\n{}", "AGE-SECRET-KEY-1" + tok(58, bech32)),
            ("GRAFANA_SA_TOKEN={}", "glsa_" + tok(32, alnum) + "_" + tok(8, hexd)),
            ("new relic key {}", "NRAK-" + tok(27, string.ascii_uppercase + string.digits)),
            ("DD_API_KEY={}", tok(32, hexd)),
            ("aws_session_token = {}", "FwoGZXIvYXdzE" + tok(140, alnum + "/+") + "="),
            ("Authorization: Basic {}", base64.b64encode(f"admin:{pw}".encode()).decode()),
            ("psycopg2.connect(host='db', user='app', password='{}')", pw),
            ("requests.get(url, auth=('svc', '{}'))", pw),
            ("WIFI:T:WPA;S:CasaNerea;P:{};;", pw),
            ('network={\n  ssid="HomeNet"\n  psk="{}"\n}', pw),
            ("wpa_passphrase HomeNet {}", pw),
            ("pasahitza: {}", pw),
            ("la contrasenya del wifi és {}", pw),
            ("cyfrinair y rhwydwaith: {}", pw),
            ("fjalëkalimi im është {}", pw),
            ("lozinka za mail: {}", pw),
            ("il-password tiegħi hija {}", pw),
            ("wachtwurd {} (net trochjaan)", pw),
            ("parol: {}", pw),
            ("master password for bitwarden = {}", pw),
            ("ok so the password is {} all lower case", pw.lower()),
            ("one-time code {} expires in 10 min, dont share", d(self.rng.choice([6, 8]))),
        ]  # fmt: skip
        return options[self.rng.randrange(len(options))]

    def handle(self) -> str:
        rng = self.rng
        first, last = (_fold_accents(x).lower().replace(" ", "").replace("'", "") for x in self.first_last())
        return rng.choice(
            [
                f"{first}{last[:3]}",
                f"{first}_{rng.randint(1, 99)}",
                f"{rng.choice(['xx_', 'the.', 'its', 'real', 'not'])}{first}",
                f"{last}{rng.choice(['', '-', '.'])}{rng.choice(['dev', 'art', 'gg', 'irl', 'x'])}",
                self.f(rng.choice(["de_LU", "ru_RU"])).user_name(),
                f"{self.invented_name().lower()}{rng.randint(0, 9999)}",
            ]
        )

    def dob(self) -> str:
        rng = self.rng
        dt = self.f().date_of_birth(minimum_age=7, maximum_age=93)
        roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"][dt.month - 1]
        ones = "zero one two three four five six seven eight nine".split()
        teens = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
        tens = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
        ordinals = {1: "first", 2: "second", 3: "third", 5: "fifth", 8: "eighth", 9: "ninth", 12: "twelfth"}

        def spoken(n: int) -> str:
            return (
                ones[n]
                if n < 10
                else teens[n - 10]
                if n < 20
                else tens[n // 10] + ("" if n % 10 == 0 else " " + ones[n % 10])
            )

        def spoken_ordinal(n: int) -> str:
            if n in ordinals:
                return ordinals[n]
            if n > 20 and n % 10 in ordinals:
                return f"{tens[n // 10]} {ordinals[n % 10]}"
            word = spoken(n)
            return word[:-1] + "ieth" if word.endswith("y") else word + "th"

        yy = dt.year % 100
        if dt.year >= 2000 and yy < 10:
            year_words = "two thousand" + (f" and {ones[yy]}" if yy else "")
        else:
            year_words = f"{spoken(dt.year // 100)} {'oh ' + ones[yy] if yy < 10 else spoken(yy)}"
        return rng.choice(
            [
                dt.strftime("%Y-%m-%dT00:00:00Z"),
                f"{dt.day}/{roman}/{dt.year}",
                dt.strftime("%d%b%Y").upper(),
                dt.strftime("%y%m%d"),
                f"the {spoken_ordinal(dt.day)} of {dt:%B} {year_words}",
                f"{dt:%B} {spoken_ordinal(dt.day)} {year_words}",
                dt.strftime("%d-%m-%Y"),
                f"{dt.year}/{dt.month}/{dt.day}",
                f"{dt.month}/{dt.day}/{dt:%y}",
            ]
        )  # fmt: skip


HELDOUT7_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "@ {} can you take a look at this when free",
        "{} mentioned the offsite is cancelled",
        "per {}, the invoice total is wrong",
        "{} (they/them) joins the call at 3",
        "{} from payroll says my form is missing a page",
        'is "{}" a real name or a nickname?',
        "{} reacted 👍 to your message",
        "{} joined the channel",
        "{} left the group",
        "missed call from {} (2)",
        "{} shared a file: budget_q3.xlsx",
        "Organizer: {}\nWhen: Thu 15:00-15:30 CET",
        "Invitation: 1:1 with {} @ Tue 10am",
        "[10:42] {}: running late, start without me",
        "{} wants to connect on LinkedIn",
        "ok so {} said we should go tomorrow instead",
        "nominating {} for volunteer of the month",
        "my landlord {} won't fix the boiler",
        "can i swap shifts with {} next sat",
        "hand this to {} at reception please",
        "You are now chatting with {}. How can I help?",
        "lmao {} you legend",
        "RIP {}, the office won't be the same",
        "Your parcel was received by {} at the front door",
        "Sincerely yours,\n{}",
        'git commit --author="{}" fixed the date',
        're: "{}" — who is that exactly?',
        "{} liked a photo you were tagged in",
    ],
    "STREET_ADDRESS": [
        "Your parcel is out for delivery to {}",
        "Delivery address:\n{}",
        "moved! new digs: {}",
        "the lockbox is by the door at {}",
        "pickup point changed to {}",
        "billing address {} doesn't match the card",
        "can u book me a cab to {}",
        "Where: {} (ring the top bell)",
    ],
    "EMAIL_ADDRESS": [
        "git config --global user.email {}",
        "550 5.1.1 <{}>: Recipient address rejected",
        "the invite went to {} by mistake",
        "paypal receipt was sent to {}",
        "{}?? that's not my address",
        "unsubscribe {} from this list please",
        "Invitation from {} — accept?",
    ],
    "PHONE_NUMBER": [
        "my number changed, it's now {}",
        "the courier can be reached on {}",
        "📞 {}",
        "call back number: {}",
        "the taxi driver gave me {} for the return trip",
        "missed call from {} at 09:14",
        "for urgent stuff {} works",
    ],
    "CREDIT_CARD": [
        "Your card {} was used for EUR 42.10 at LIDL",
        "added {} to apple pay but it won't verify",
        "cardholder copy: {} / 09-28",
        "stripe says card {} was declined (do_not_honor)",
        "opened a chargeback on {}",
        "agent: can you confirm the card? me: {}",
    ],
    "IBAN_CODE": [
        "SEPA transfer to {} received",
        "the landlord's account is {}",
        "refund will be credited to {} within 5 days",
        "standing order to {} cancelled",
        "Beneficiary IBAN: {}",
        "paste: {}",
    ],
    "USERNAME": [
        'File "/home/{}/project/app/main.py", line 42, in <module>',
        "C:\\Users\\{}\\AppData\\Local\\Temp\\setup.log is huge",
        "{}@thinkpad:~$ sudo apt upgrade",
        "Invalid user {} from the office network",
        "uid=1000({}) gid=1000 groups=27(sudo)",
        "venmo @{} for the pizza",
        "cash app ${}",
        "paypal.me/{} for the tickets",
        "youtube.com/@{} is my channel",
        "tiktok.com/@{} posted the video",
        "twitch.tv/{} goes live at 8",
        "matrix: @{}:matrix.org",
        "su - {} fails with authentication failure",
    ],
    "DATE_OF_BIRTH": [
        '"birthDate": "{}"',
        "Geburtsdatum: {}",
        "data de naixement: {}",
        "jaiotze data {}",
        "dyddiad geni: {}",
        "age check asks for my dob so i typed {}",
        "birth date on my insurance card: {}",
        "she was born on {} at home",
    ],
}
HELDOUT7_MIXED = [
    ("BEGIN:VEVENT\nORGANIZER;CN={}:mailto:{}\nLOCATION:{}\nEND:VEVENT", ["PERSON", "EMAIL_ADDRESS", "STREET_ADDRESS"]),
    ("commit 3f2a91c\nAuthor: {} <{}>\nDate: Mon Mar 4 09:12:44 2024", ["PERSON", "EMAIL_ADDRESS"]),
    ("[user]\n\tname = {}\n\temail = {}", ["PERSON", "EMAIL_ADDRESS"]),
    ('File "/home/{}/svc/db.py", line 7\nConnectionRefusedError: {}:5432', ["USERNAME", "IP_ADDRESS"]),
    ("Hi {}, your parcel to {} is out for delivery", ["PERSON", "STREET_ADDRESS"]),
    ("agent: name and phone pls\nme: {}, {}", ["PERSON", "PHONE_NUMBER"]),
    ("{}:5432:app:{}:{}", ["IP_ADDRESS", "USERNAME", "SECRET"]),
    ("hey its {} my number is {} call me back", ["PERSON", "PHONE_NUMBER"]),
    ("debit card {} linked to {}", ["CREDIT_CARD", "IBAN_CODE"]),
    ("{} and {} are both out on friday", ["PERSON", "PERSON"]),
]  # fmt: skip
HELDOUT7_NEGATIVES = [
    "Donostia or Bilbao for pintxos?",
    "Barcelona to Girona by train takes 40 min",
    "Cardiff is rainy again",
    "Inverness to Skye by bus?",
    "Leeuwarden was a capital of culture",
    "Valletta has great harbour views",
    "Tirana's Blloku district at night",
    "Sarajevo coffee is strong",
    "Almaty apples are famous",
    "Ulaanbaatar in january is brutal",
    "Yangon to Bagan overnight bus",
    "Phnom Penh riverside market",
    "Vientiane is so calm",
    "Kumasi market is the biggest in West Africa",
    "Cusco altitude hit me hard",
    "Asunción in summer is 40 degrees",
    "Basque cheesecake recipe pls",
    "crema catalana vs crème brûlée",
    "Breton stripes are back in fashion",
    "Welsh cakes need a griddle",
    "Is a Maltese a good dog for a flat?",
    "Mongolian barbecue place opened nearby",
    "Khmer script has 33 consonants",
    "Quechua is spoken in Peru and Bolivia",
    "the guaraní is Paraguay's currency",
    "my Mercedes needs new tyres",
    "Zara has a sale this weekend",
    "Tesla stock dropped again",
    "Wendy's or Five Guys?",
    "Sterling silver earrings for a gift",
    "a Baker's dozen is 13",
    "Miles of bike lanes in Utrecht",
    "Chase the bus, it's leaving",
    "Hunter boots are overpriced",
    "foo@bar.baz in the unit test fixture",
    "07700 900123 is an Ofcom drama number, use it in tests",
    "0000 0000 0000 0000 is not a real card",
    "the form shows LUkk BBBC CCCC CCCC CCCC as the IBAN format",
    "export GROQ_API_KEY=<paste here> in your shell",
    "bind the server to 0.0.0.0 to listen on all interfaces",
    "192.0.2.0/24 is reserved for documentation",
    "git config user.name \"Your Name\" is the example",
    'File "/usr/lib/python3.11/json/decoder.py", line 355, in raw_decode',
    "/home/user/ is the default path in the tutorial",
    "ERR_CONNECTION_RESET on every site",
    "HTTP 502 Bad Gateway from nginx",
    "GTIN 4006381333931 on the barcode",
    "VAT is 17% in Luxembourg",
    "postcode L-1611 is the station area",
    "BIC BCEELULL for the state savings bank",
    "booking ref K7XQ2P for the ferry",
    "windows build 10.0.22631 is the latest",
    "the 1987 vintage was excellent",
    "Route 66 road trip plan",
    "Apollo 11 landed in 1969",
    "remind me to buy milk at five thirty",
    "ok google set an alarm for seven",
    "ping -c 4 is how you limit the count",
    "password must be 12 characters with a symbol",
    "the wifi qr code doesn't scan",
    "my date of birth field keeps resetting",
]  # fmt: skip


def _typo7(rng: random.Random, template: str) -> str:
    """A repeated word ('the the') or, as voice typing writes, the punctuation of the template dropped."""
    if rng.random() < 0.5:
        words = [m for m in re.finditer(r"(?<![{\w])[A-Za-z]{2,}(?=\s)", template)]
        if words:
            m = rng.choice(words)
            return template[: m.end()] + " " + m.group() + template[m.end() :]
    return re.sub(r"[,.!?;](?=\s|$)", "", template)


def build_heldout7(seed: int = HELDOUT7_SEED) -> list[Example]:
    """Held-out set 7: `Gen7` values in `HELDOUT7_TEMPLATES`, mixed sentences and look-alike negatives."""
    gen = Gen7(seed)
    rng = gen.rng
    makers = {
        "PERSON": gen.person, "STREET_ADDRESS": gen.address, "EMAIL_ADDRESS": gen.email, "PHONE_NUMBER": gen.phone,
        "CREDIT_CARD": gen.card, "IBAN_CODE": gen.iban, "IP_ADDRESS": lambda: gen.ip_sample()[1],
        "USERNAME": gen.handle, "DATE_OF_BIRTH": gen.dob,
    }  # fmt: skip
    counts = {"PERSON": 80, "SECRET": 70, "USERNAME": 24}
    styles = []
    for etype in TYPES:
        for _ in range(counts.get(etype, 14)):
            if etype in ("SECRET", "IP_ADDRESS"):  # the template depends on the value's shape
                template, value = gen.secret() if etype == "SECRET" else gen.ip_sample()
                styles.append((template, [(etype, value)]))
            else:
                styles.append((rng.choice(HELDOUT7_TEMPLATES[etype]), [(etype, makers[etype]())]))
    for _ in range(24):
        template, types = rng.choice(HELDOUT7_MIXED)
        styles.append((template, [(t, gen.password() if t == "SECRET" else makers[t]()) for t in types]))
    styles += [(t, []) for t in HELDOUT7_NEGATIVES]
    examples = []
    for template, values in styles:
        style = "plain"
        if rng.random() < 0.15:
            template, style = _typo7(rng, template), "typo"
        parts = template.split("{}")
        text, spans = parts[0], []
        for (etype, value), rest in zip(values, parts[1:], strict=True):
            spans.append((len(text), len(text) + len(value), etype))
            text += value + rest
        r = rng.random()
        for new, name, p in ((text.lower(), "lower", 0.18), (text.upper(), "upper", 0.24)):
            if r < p and len(new) == len(text):
                text, style = new, name
                break
        examples.append(Example(text, spans, style))
    rng.shuffle(examples)
    return examples


# ------------------------------------------------------------------------------------------ held-out set 8

HELDOUT8_SEED = 80808
# Marathi, Gujarati and Odia names from faker, transliterated; the lexicon must not load them
NAME_LOCALES_HELDOUT8 = ["mr_IN", "gu_IN", "or_IN"]
# Devanagari, Gujarati and Odia share the ISCII layout: one table, indexed by the offset in the block
INDIC_BLOCKS = (0x0900, 0x0A80, 0x0B00)
INDIC_VOWELS = {0x05: "a", 0x06: "a", 0x07: "i", 0x08: "i", 0x09: "u", 0x0A: "u", 0x0B: "ri", 0x0D: "e",
                0x0F: "e", 0x10: "ai", 0x11: "o", 0x13: "o", 0x14: "au"}  # fmt: skip
INDIC_CONSONANTS = dict(
    zip(
        range(0x15, 0x3A),
        ["k", "kh", "g", "gh", "n", "ch", "chh", "j", "jh", "n", "t", "th", "d", "dh", "n", "t", "th", "d",
         "dh", "n", "n", "p", "ph", "b", "bh", "m", "y", "r", "r", "l", "l", "l", "v", "sh", "sh", "s", "h"],
        strict=True,
    )
) | {0x58: "q", 0x59: "kh", 0x5A: "gh", 0x5B: "z", 0x5C: "r", 0x5D: "rh", 0x5E: "f", 0x5F: "y", 0x71: "w"}  # fmt: skip
INDIC_SIGNS = {0x3E: "a", 0x3F: "i", 0x40: "i", 0x41: "u", 0x42: "u", 0x43: "ri", 0x45: "e", 0x47: "e",
               0x48: "ai", 0x49: "o", 0x4B: "o", 0x4C: "au"}  # fmt: skip
INDIC_MARKS = {0x01: "n", 0x02: "n", 0x03: "h"}
NAMES_HELDOUT8: dict[str, tuple[list[str], list[str]]] = {
    "sinhala": ("Chaminda Dilrukshi Nuwan Tharindu Sanduni Kasun Ishara Lahiru Nadeesha Gayan Upeksha".split(),
                "Wickramasinghe Jayasuriya Senanayake Gunawardena Rajapaksha Dissanayake Herath Karunaratne".split()),
    "malagasy": ("Haingo Tahina Fanja Rivo Miora Hery Voahirana Andry Lova Nirina Tojo".split(),
                 "Rakotomalala Randriamampionona Rasoanaivo Andrianjafy Ravelojaona Razafindrakoto Rabemananjara".split()),
    "shona": ("Tendai Rudo Tatenda Chipo Farai Nyasha Kudakwashe Tsitsi Tafadzwa Rutendo".split(),
              "Chikwanha Mutasa Chiweshe Makoni Zvobgo Mupfumira Mawere Gumbo Chinotimba".split()),
    "xhosa": ("Lwazi Nomvula Siyabonga Ayanda Lindiwe Thandeka Mzukisi Unathi Zintle Luvuyo".split(),
              "Mthethwa Madikizela Sisulu Qwabe Nqakula Mgqwetho Matanzima Ntlabathi".split()),
    "wolof": ("Moustapha Aminata Cheikh Fatou Ousmane Ndeye Babacar Aissatou Khady Modou".split(),
              "Ndiaye Diop Sow Mbaye Gueye Faye Sarr Thiam Diouf Ndour".split()),
    "amazigh": ("Idir Tiziri Massinissa Dihya Yuba Tanina Aksel Tafsut Amastan Thiziri".split(),
                "Aït Menguellet;Oulhadj;Amrouche;Aït Yahia;Ouali;Boulifa;Ath Mansour;Iguerbouchène".split(";")),
    "kurdish": ("Rojda Dilan Berfin Azad Hêvî Rêbîn Zozan Baran Şîrîn Kawa Nêrgiz".split(),
                "Barzani Zebari Bakir Hawrami Sindi Mukriyani Goran Amedi".split()),
    "pashto": ("Zarghuna Hamidullah Malalai Nangyalai Spogmai Ajmal Mirwais Palwasha Zmarai".split(),
               "Yousafzai Durrani Popalzai Khattak Afridi Mohmand Stanikzai Achakzai".split()),
    "kyrgyz_tajik": ("Farrukh Dilnoza Manizha Aibek Cholpon Nurbek Gulnara Ermek Zarina Bakhtiyor".split(),
                     "Rahmonov Saidova Asanaliev Toktogulov Djumabaeva Sharipova Abdulloev Usubaliev".split()),
    "tibetan": ("Tenzin Pema Dolma Sonam Lhakpa Dawa Ngawang Yangchen Tsering Dechen".split(),
                "Norbu Lhamo Gyatso Wangchuk Namgyal Lhundup Phuntsok Sherpa Gyaltsen".split()),
    "hmong": ("Pa Kou Xee Nou Yer Tou Chia Mai Bee Lue".split(),
              "Vang Xiong Thao Yang Lor Moua Her Vue Khang Cha".split()),
    "sami": ("Máret Ánte Elle Niillas Sunná Ovllá Risten Heaika Biret Jovnna".split(),
             "Gaup Balto Eira Somby Hætta Bongo Utsi Turi".split()),
    "faroese": ("Heðin Rúni Sjúrður Brandur Turið Gunnvá Eyðun Bárður Marjun Rógvi".split(),
                "Joensen;Niclasen;Dalsgaard;Johannesen;á Ryggi;í Líð;Klettskarð;Mikkelsen".split(";")),
    "romansh": ("Gian Flurina Men Seraina Curdin Ladina Duri Mengia Andri Annatina".split(),
                "Caduff Cathomen Derungs Tuor Cadonau Camenisch Gadient Arpagaus".split()),
    "tongan_fijian": ("Siosaia Lesieli Salote Manase Sitiveni Litia Timoci Akanisi Losana Vilikesa".split(),
                      "Fifita Tupouniua Havili Kaufusi Vunipola Naivalu Tuilevuka Radradra Nawalu".split()),
    "haitian": ("Wideline Jocelyne Roodly Mackenson Nadège Fritznel Widny Guerline Dieula Wisly".split(),
                "Pierre-Louis Jean-Baptiste Desrosiers Dorvilus Célestin Dorsainvil Mésidor Fils-Aimé".split()),
    "afrikaans": ("Hendrik Annelize Jaco Marietjie Ruan Elmarie Wynand Chanelle Dewald Liezel".split(),
                  "van der Merwe;Coetzee;Pretorius;Steyn;du Plessis;Bezuidenhout;Viljoen;Oosthuizen".split(";")),
    "yiddish": ("Mendel Rivka Shmuel Feigel Yankel Golde Hershel Chaya Zalman Bluma".split(),
                "Rabinowitz Teitelbaum Weinstock Grynszpan Kupferberg Lipschitz Fishelson".split()),
    "tatar": ("Rinat Guzel Ildar Alsu Ramil Dilyara Aynur Zulfiya Marat Leysan".split(),
              "Khayrullin Galiyeva Sharafutdinov Minnikhanov Valeev Gabdullina Nurgaliev".split()),
    "balinese": ("Wayan Made Nyoman Ketut Putu Kadek Gede Komang Luh".split(),
                 "Suarjana Wirawan Sudiarta Pradnyani Arimbawa Sukadana Astawa".split()),
    "greenlandic": ("Aqqaluk Nivi Pipaluk Aputsiaq Naja Inuk Malik Paninnguaq Kuupik Arnaq".split(),
                    "Kleist Lynge Motzfeldt Egede Kuitse Qujaukitsoq Petrussen".split()),
    "rare_english": ("Peregrine Ottoline Thaddeus Eulalie Cosimo Hyacinth Barnaby Lettice Ignatius Perpetua".split(),
                     "Featherstonehaugh Cholmondeley Higginbottom Wolstenholme Bythesea Pennyfeather Gotobed".split()),
}  # fmt: skip
HONORIFICS_HELDOUT8 = [
    "Dr. ",
    "Mrs ",
    "Mr. ",
    "Ms ",
    "Prof. ",
    "Coach ",
    "Auntie ",
    "Uncle ",
    "Sister ",
    "Mx ",
]
INVENTED_ROOTS_HELDOUT8 = ["Brav", "Kel", "Mord", "Tisl", "Quen", "Vash", "Orl", "Zam", "Dwy", "Hask", "Pell",
                           "Yrv", "Sokh", "Lum", "Fen", "Gral", "Nesk", "Ombr", "Trav", "Cind"]  # fmt: skip
INVENTED_SUFFIXES_HELDOUT8 = ["escu", "ović", "sson", "berg", "ington", "opoulos", "ashvili", "enko", "ez",
                              "ova", "ian", "idze", "wick", "oglu", "stedt", "adze", "inho", "ard"]  # fmt: skip


def _indic_to_latin(text: str) -> str:
    """Latin spelling of a Devanagari, Gujarati or Odia name, with a simple schwa deletion ('Patel')."""
    words = []
    for word in text.split():
        units: list[list[str]] = []  # [letters, kind]; kind: c consonant, v vowel, s inherent 'a'
        for ch in word:
            cp = ord(ch)
            base = next((b for b in INDIC_BLOCKS if b <= cp < b + 0x80), None)
            if base is None:
                continue  # joiners, nukta signs of other blocks
            off = cp - base
            if off in INDIC_CONSONANTS:
                units += [[INDIC_CONSONANTS[off], "c"], ["a", "s"]]
            elif off in INDIC_VOWELS:
                units.append([INDIC_VOWELS[off], "v"])
            elif off in INDIC_SIGNS and units and units[-1][1] == "s":
                units[-1] = [INDIC_SIGNS[off], "v"]
            elif off == 0x4D and units and units[-1][1] == "s":  # virama: no vowel after this consonant
                units.pop()
            elif off in INDIC_MARKS:
                units.append([INDIC_MARKS[off], "c"])
        # schwa deletion, right to left as Hindi spelling does it: word-final unless after a cluster
        # ('Patel', 'Aditya'), then in V C _ C V where the next vowel is still spoken ('Kadam', 'Gaykvad')
        last = len(units) - 1
        if last >= 2 and units[last][1] == "s" and units[last - 2][1] != "c":
            units[last] = ["", "x"]
        for i in range(2, last - 1):
            if (
                units[i][1] == "s"
                and units[i - 2][1] in "vs"
                and units[i + 1][1] == "c"
                and units[i + 2][1] in "vs"
            ):
                units[i] = ["", "x"]
        words.append("".join(u[0] for u in units).capitalize())
    return " ".join(w for w in words if w)


def _ascii_name(name: str) -> str:
    """A name as it appears in an e-mail or a handle: lower case, ASCII, no spaces or apostrophes."""
    folded = (
        _fold_accents(name)
        .lower()
        .translate(str.maketrans({"ð": "d", "æ": "ae", "ø": "o", " ": "", "'": ""}))
    )
    return folded.replace("-", "")


IBAN_SHAPES_HELDOUT8 = {
    "BH": "4a14c", "BY": "4c4n16c", "CR": "18n", "DO": "4c20n", "EG": "25n", "GL": "14n", "GT": "4c20c",
    "IQ": "4a15n", "KW": "4a22c", "LB": "4n20c", "LC": "4a24c", "MR": "23n", "MU": "4a19n3a", "PK": "4a16c",
    "PS": "4a21c", "RS": "18n", "SC": "4a20n3a", "ST": "21n", "SV": "4a20n", "TL": "19n", "TN": "20n",
    "VA": "18n", "VG": "4a16n", "LY": "21n", "FK": "2a12n", "OM": "3n16c", "RU": "14n15c",
}  # fmt: skip
EMOJI_HELDOUT8 = ["🙏", "😅", "🔥", "👉", "✨", "😂", "🎮", "📦", "🏠", "💳"]


class Gen8(Gen3):
    """Generators for held-out set 8: origins, name forms, formats and contexts none of the other sets use."""

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        for i, loc in enumerate(NAME_LOCALES_HELDOUT8):
            self.fakers[loc] = Faker(loc)
            self.fakers[loc].seed_instance(seed + 800 + i)

    def invented_name(self) -> str:
        """A plausible name no list holds: two real first names blended, or a made-up root with a surname suffix."""
        rng = self.rng
        if rng.random() < 0.5:
            a, b = (rng.choice(rng.choice(list(NAMES_HELDOUT8.values()))[0]) for _ in range(2))
            return (a[: max(2, len(a) // 2)] + b[len(b) // 2 :]).capitalize()
        return rng.choice(INVENTED_ROOTS_HELDOUT8) + rng.choice(INVENTED_SUFFIXES_HELDOUT8)

    def first_last(self) -> tuple[str, str]:
        """A first and last name of one origin (faker Marathi/Gujarati/Odia or the lists above)."""
        if self.rng.random() < 0.22:
            f = self.f(self.rng.choice(NAME_LOCALES_HELDOUT8))
            return _indic_to_latin(f.first_name()), _indic_to_latin(f.last_name())
        firsts, lasts = NAMES_HELDOUT8[self.rng.choice(sorted(NAMES_HELDOUT8))]
        return self.rng.choice(firsts), self.rng.choice(lasts)

    def person(self) -> str:
        rng = self.rng
        first, last = self.first_last()
        r = rng.random()
        if r < 0.3:
            name = f"{first} {last}"
        elif r < 0.5:
            name = first
        elif r < 0.56:
            name = f"{last}, {first}"  # forms and CVs
        elif r < 0.64:
            name = f"{first} {rng.choice(string.ascii_uppercase)}. {last}"  # middle initial
        elif r < 0.7:
            name = f"{first} '{self.first_last()[0]}' {last}"  # nickname in quotes between the names
        elif r < 0.76:
            name = f"{first} {last} {rng.choice(['Jr.', 'Sr.', 'III', 'II'])}"
        elif r < 0.88:
            name = (
                self.invented_name()
                if rng.random() < 0.4
                else f"{self.invented_name()} {self.invented_name()}"
            )
        elif r < 0.94:
            name = f"{first} {self.invented_name()}"
        else:
            name = last
        c = rng.random()
        if c < 0.08:
            return name.lower()
        if c < 0.13:
            return name.upper()
        if c < 0.18 and len(name) > 5:  # a doubled letter, as a thumb slips: 'Tendaai'
            i = rng.randrange(1, len(name) - 1)
            if name[i].isalpha():
                return name[: i + 1] + name[i] + name[i + 1 :]
        return name

    def honorific_person(self) -> tuple[str, str]:
        """(title kept outside the span, name): 'Dr. ' + 'Nyasha Mutasa'."""
        first, last = self.first_last()
        return self.rng.choice(HONORIFICS_HELDOUT8), self.rng.choice([last, f"{first} {last}", first])

    def address(self) -> str:
        rng, n = self.rng, self.rng.randint(1, 280)
        pick = rng.choice
        shapes = [
            f"No. {n}/{rng.randint(1, 9)}, {pick(['Galle Road', 'Duplication Road', 'Havelock Road'])}, Colombo 0{rng.randint(2, 7)}",
            f"Lot II {pick('MNJ')} {n} {pick(['Antsakaviro', 'Ambohijatovo', 'Analakely'])}",
            f"{n} {pick(['Samora Machel Ave', 'Josiah Tongogara St', 'Herbert Chitepo Ave'])}, {pick(['Avondale', 'Belgravia', 'Milton Park'])}",
            f"Villa {n}, {pick(['Sicap Liberté 2', 'Mermoz Pyrotechnie', 'Point E'])}",
            f"House {n}, Street {rng.randint(1, 90)}, {pick(['F-7/2', 'G-9/1', 'E-11/3', 'I-8/4'])}",
            f"{pick(['Niels Finsens gøta', 'Áarvegur', 'Dalavegur'])} {n}",
            f"{pick(['Aqqusinersuaq', 'Issortarfimmut', 'Qernertunnguit'])} {n}",
            f"Lot {n} {pick(['Ratu Sukuna Road', 'Waimanu Road', 'Queens Road'])}",
            f"Rue {pick(['Capois', 'Lamarre', 'Pavée', 'Grégoire'])} #{n}",
            f"{n} {pick(['Voortrekker Rd', 'Kerk Straat', 'Jan Smuts Ave'])}",
            f"{pick(['Schönhauser Allee', 'Sonnenallee', 'Karl-Marx-Allee'])} {n}, Hinterhaus {rng.randint(1, 5)}. OG",
            f"{n} {pick(['Maple Ridge Dr', 'Juniper Hollow Ln', 'Quail Run Ct'])} Unit {rng.randint(1, 9)}{pick('ABCD')}",
            f"Apt {rng.randint(1, 40)} / {n} {pick(['Rue Capois', 'Tenth Avenue', 'Kerk Straat'])} / {pick(['Port-au-Prince', 'Pretoria', 'Harare'])}",
            f"House {n}, {pick(['Gulan Street', '60 Meter Road', 'Bakhtiyari Street'])}, {pick(['Erbil', 'Duhok', 'Sulaymaniyah'])}",
            f"{pick(['Jalan Raya Ubud', 'Jl. Hanoman', 'Jalan Bisma'])} No. {n}",
            f"Via {pick(['Maistra', 'Sura', 'da la Staziun'])} {n}, {pick(['Scuol', 'Samedan', 'Disentis'])}",
            f"Flat {rng.randint(1, 30)}, {n} {pick(['Dalston Lane', 'Balls Pond Road', 'Kingsland Rd'])}",
            f"{pick(['Rudaki Ave', 'Chui Prospekt', 'Manas Ave'])} {n}, kv. {rng.randint(1, 120)}",
        ]  # fmt: skip
        return pick(shapes)

    def email(self) -> str:
        rng = self.rng
        first, last = (_ascii_name(x) for x in self.first_last())
        user = rng.choice([f"{first}{last}", f"{last}_{first[0]}", f"{first}.{last[:4]}{rng.randint(1, 30)}",
                           f"{first}+{rng.choice(['shop', 'games', 'school', 'tax'])}", f"{rng.randint(100, 9999)}{first}",
                           f"{first[0]}{last}-{rng.choice(['cv', 'jobs', 'home'])}"])  # fmt: skip
        domain = rng.choice(["sltnet.lk", "moov.mg", "zol.co.zw", "orange.sn", "gmail.africa", "bluewin.ch",
                             "olotele.fo", "tele.gl", "tonga.to", "connect.com.fj", "hainet.ht", "telkomsa.net",
                             "web.de", "yandex.kz", "tajnet.tj", "mail.scot", "school.berlin", "proton.me",
                             "outlook.com.pk", "kurdistan.krd", "bali.id"])  # fmt: skip
        addr = f"{user}@{domain}"
        r = rng.random()
        if r < 0.1:  # as a URL query string encodes it
            return addr.replace("@", "%40").replace("+", "%2B")
        return addr.capitalize() if r < 0.16 else addr

    def phone(self) -> str:
        d, rng = self.d, self.rng
        shapes = [
            f"+94 7{rng.choice('01245678')} {d(3)} {d(4)}",  # Sri Lanka
            f"07{d(1)}-{d(7)}",
            f"+261 3{rng.choice('2348')} {d(2)} {d(3)} {d(2)}",  # Madagascar
            f"+263 7{rng.choice('1378')} {d(3)} {d(4)}",  # Zimbabwe
            f"+221 7{rng.choice('05678')} {d(3)} {d(2)} {d(2)}",  # Senegal
            f"+93 7{d(1)} {d(3)} {d(4)}",  # Afghanistan
            f"+992 {rng.choice(['90', '93', '98'])} {d(3)} {d(4)}",  # Tajikistan
            f"+996 (0){rng.choice(['555', '700', '770'])} {d(3)} {d(3)}",  # Kyrgyzstan
            f"+298 {d(6)}",  # Faroe Islands
            f"+299 {d(2)} {d(2)} {d(2)}",  # Greenland
            f"+676 {rng.choice('78')}{d(1)}{d(1)} {d(3)}",  # Tonga
            f"+679 {rng.choice('79')}{d(2)} {d(4)}",  # Fiji
            f"+509 3{d(1)} {d(2)} {d(4)}",  # Haiti
            f"+62 8{d(2)}-{d(4)}-{d(4)}",  # Indonesia
            f"+964 75{d(1)} {d(3)} {d(4)}",  # Iraqi Kurdistan
            f"wa.me/{rng.choice(['94', '263', '221', '509'])}{d(9)}",  # WhatsApp click-to-chat link
            f"0{rng.choice(['77', '71'])}.{d(3)}.{d(4)}",
        ]
        return rng.choice(shapes)

    def card(self) -> str:
        rng = self.rng
        prefix, length = rng.choice(
            [("401178", 16), ("5067", 16), ("627780", 16), ("506099", 19), ("5019", 16), ("606282", 16), ("8600", 16),
             ("9860", 16), ("637", 16), ("1", 15), ("636", 16)]  # Elo, Verve, Dankort, Hipercard, Uzcard, Humo, ...
        )  # fmt: skip
        num = _luhn_number(rng, prefix, length)
        r = rng.random()
        if length == 15:
            return f"{num[:4]} {num[4:9]} {num[9:]}" if r < 0.5 else num  # UATP 4-5-6
        if length == 19:
            return f"{num[:4]} {num[4:8]} {num[8:12]} {num[12:16]} {num[16:]}" if r < 0.6 else num
        if r < 0.35:
            return " ".join(num[i : i + 4] for i in range(0, 16, 4))
        if r < 0.5:
            return "  ".join(num[i : i + 4] for i in range(0, 16, 4))  # double spaces, as copied from a PDF
        if r < 0.6:
            return "/".join(num[i : i + 4] for i in range(0, 16, 4))
        return num

    def iban(self) -> str:
        country = self.rng.choice(sorted(IBAN_SHAPES_HELDOUT8))
        iban = _iban(self.rng, country, IBAN_SHAPES_HELDOUT8[country])
        r = self.rng.random()
        if r < 0.45:
            return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
        if r < 0.55:
            return "-".join(iban[i : i + 4] for i in range(0, len(iban), 4))
        return iban

    def ip_sample(self) -> tuple[str, str]:
        """(template with {}, address): game servers, headers, DNS records, Windows and router output."""
        rng, f = self.rng, self.f()
        v4 = rng.choice([f.ipv4_public(), f.ipv4_public(), f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                         f"100.{rng.randint(64, 127)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"])  # fmt: skip
        v6 = rng.choice(
            [
                f"2a02:{rng.randint(0x1000, 0xFFFF):x}:{rng.randint(1, 0xFFFF):x}::{rng.randint(1, 0xFFFF):x}",
                f"2406:da{rng.randint(10, 99)}:{rng.randint(1, 0xFFF):x}:{rng.randint(1, 0xFFFF):x}:{rng.randint(1, 0xFFFF):x}:{rng.randint(1, 0xFFFF):x}:{rng.randint(1, 0xFFFF):x}:{rng.randint(1, 0xFFFF):x}",
                f"fd{rng.randint(0, 0xFF):02x}:{rng.randint(1, 0xFFFF):x}:{rng.randint(1, 0xFFFF):x}::{rng.randint(1, 0xFF):x}",
                f.ipv6().upper(),
                f"2001:{rng.randint(0x4000, 0x4FFF):x}:{rng.randint(1, 0xFFFF):x}:{rng.randint(1, 0xFFFF):x}::",
            ]
        )  # fmt: skip
        options = [
            ("connect {}:27015 in the console, pw is on discord", v4),
            ("mc server ip: {} (java, 1.20)", v4),
            ("steam://connect/{}:27016", v4),
            ("CF-Connecting-IP: {}", rng.choice([v4, v6])),
            ("v=spf1 ip4:{} include:_spf.google.com ~all", v4),
            ("v=spf1 ip6:{} -all", v6),
            ("   IPv4 Address. . . . . . . . . . . : {}(Preferred)", v4),
            ("   IPv6 Address. . . . . . . . . . . : {}", v6),
            ("DHCP lease: android-7f3a  {}  expires 23:59", v4),
            ("tailscale ip shows {} on the nas", v4),
            ("[Peer]\nAllowedIPs = {}/32", v4),
            ("kick the guy on {} he's aimbotting 😤", v4),
            ("A record @ → {}", v4),
            ("AAAA record www → {}", v6),
            ("http://[{}]:3000/grafana", v6),
            ("ssh pi@{} -p 2222", rng.choice([v4, v6])),
            ("last login: Tue from {}", v4),
        ]
        return options[rng.randrange(len(options))]

    def password(self) -> str:
        rng, w = self.rng, self.f().word
        leet = str.maketrans({"a": "@", "o": "0", "e": "3", "i": "1", "s": "$"})
        pet = rng.choice(["Biscuit", "Mochi", "Simba", "Pixel", "Rocky", "Nala", "Tofu", "Zeus"])
        return rng.choice(
            [
                f"{w().capitalize()}{w()}".translate(leet) + str(rng.randint(1, 99)),
                f"{pet}{rng.randint(1995, 2024)}{rng.choice('!?#')}",
                "-".join(w() for _ in range(4)),
                rng.choice(["1qaz2wsx", "zaq1xsw2", "qazwsx", "1q2w3e4r"]) + rng.choice(["!QAZ", "@WSX", "#EDC"]) + str(rng.randint(0, 99)),
                f"{self.token(rng.randint(10, 16), string.ascii_letters + string.digits + '!^*~')}",
                f"{rng.choice(['Tendai', 'Malalai', 'Siosaia', 'Marjun', 'Rivo'])}_{rng.randint(10, 99)}_{w()}",
            ]
        )  # fmt: skip

    def secret(self) -> tuple[str, str]:
        tok, pw, rng = self.token, self.password(), self.rng
        alnum = string.ascii_letters + string.digits
        hexd = "0123456789abcdef"
        b32 = string.ascii_uppercase + "234567"
        b64u = lambda n: tok(n, alnum + "-_")  # noqa: E731
        options = [
            ("pulumi login with {} didn't work", "pul-" + tok(40, hexd)),
            ("TF_TOKEN_app_terraform_io={}", tok(14, alnum) + ".atlasv1." + tok(67, alnum)),
            ("FLY_API_TOKEN=\"{}\"", "FlyV1 fm2_" + tok(120, alnum + "+/") + "=="),
            ("netlify deploy --auth {}", "nfp_" + tok(40, alnum)),
            ("SUPABASE_ACCESS_TOKEN: {}", "sbp_" + tok(40, hexd)),
            ("figma personal token {} (expires in 90 days)", "figd_" + b64u(40)),
            ("jira api token {}", "ATATT3xFfGF0" + b64u(170) + "=" + tok(8, string.ascii_uppercase + string.digits)),
            ("heroku authorizations:create gave me {}", "HRKU-" + "-".join(tok(k, hexd) for k in (8, 4, 4, 4, 12))),
            ("sonar.token={}", "squ_" + tok(40, hexd)),
            ("BUILDKITE_API_TOKEN={}", "bkua_" + tok(40, hexd)),
            ("docker login -u ci --password-stdin <<< {}", "dckr_pat_" + b64u(27)),
            ("twitch chat bot oauth {} got revoked lol", "oauth:" + tok(30, string.ascii_lowercase + string.digits)),
            ("riot dev key {} expires in 24h", "RGAPI-" + "-".join(tok(k, hexd) for k in (8, 4, 4, 4, 12))),
            ("DATABASE_PASSWORD={}", "pscale_pw_" + b64u(43)),
            ("contentful cma token {}", "CFPAT-" + b64u(43)),
            ("SHIPPO_API_KEY={}", "shippo_live_" + tok(40, hexd)),
            ("razorpay key_secret {}", tok(24, alnum)),
            ("FLW_SECRET_KEY={}", "FLWSECK-" + tok(32, hexd) + "-X"),
            ("OP_SERVICE_ACCOUNT_TOKEN={}", "ops_eyJ" + b64u(120)),
            ("gcloud auth print-access-token → {}", "ya29.a0" + b64u(150)),
            ("refresh_token: {}", "1//0" + b64u(100)),
            ("steam web api key {} for my bot", tok(32, "0123456789ABCDEF")),
            ("otpauth://totp/Shop:me?secret={}&issuer=Shop", tok(32, b32)),
            ("-----BEGIN OPENSSH PRIVATE KEY-----\n{}\n-----END OPENSSH PRIVATE KEY-----", "b3BlbnNzaC1rZXktdjEAAAAA" + tok(70, alnum + "+/")),
            ("https://api.weather.example/v2?api_key={}&q=Colombo", tok(32, hexd)),
            ("http://localhost:8888/lab?token={}", tok(48, hexd)),
            ("ftp://upload:{}@files.printshop.lk/incoming", pw),
            ("admin:{} in .htpasswd (yes plain, its a test box)", pw),
            ("kubectl config set-credentials ci --token={}", "eyJhbGciOiJSUzI1NiIsImtpZCI6I" + b64u(60) + "." + b64u(90) + "." + b64u(86)),
            ("mein Passwort ist {}, bitte nicht weitersagen", pw),
            ("el password del router es {} pero no lo compartas", pw),
            ("senha do wifi: {}", pw),
            ("lösenord: {}", pw),
            ("hasło do konta {}", pw),
            ("jelszó: {}", pw),
            ("şifre {} olarak değişti", pw),
            ("kata sandi wifi {}", pw),
            ("my runescape pw is {} dont steal it lmao", pw),
            ("steam login pw: {} (2fa off rn)", pw),
            ("pls dont share: pw {} thx", pw),
            ("pw 👉 {} 👈", pw),
            ("new pass 4 the parents portal = {}", pw),
            ("steam guard code {}", tok(5, string.ascii_uppercase.replace("O", "").replace("I", "") + "23456789")),
        ]  # fmt: skip
        return options[rng.randrange(len(options))]

    def handle(self) -> str:
        rng = self.rng
        first, last = (_ascii_name(x) for x in self.first_last())
        return rng.choice(
            [
                f"xX_{first}_Xx",
                f"{first}_TTV",
                f"ttv_{first}{last[:2]}",
                f"{first}.exe",
                f"NoScope_{first}{rng.randint(1, 99)}",
                f"{last}{rng.randint(1990, 2012)}",
                f"{first}0_0",
                f"{first[:3]}{last[:3]}{rng.choice(['_', ''])}{rng.randint(1, 999)}",
                f"{self.invented_name().lower()}_{rng.choice(['gg', 'yt', 'art', 'fx'])}",
            ]
        )

    def dob(self) -> str:
        dt = self.f().date_of_birth(minimum_age=5, maximum_age=88)
        return self.rng.choice(
            [
                dt.strftime("%d%b%y").upper(),  # APIS / PNR style: 14MAR87
                dt.strftime("%d %m %Y"),  # tax forms with boxes
                dt.strftime("%m.%d.%Y"),
                f"{dt.day} {dt:%b} '{dt:%y}",
                dt.strftime("%b-%d-%Y"),
                dt.strftime("%Y.%m.%d"),
                dt.strftime("%d/%m/%y"),
                f"{dt:%A}, {dt:%B} {dt.day}, {dt.year}",
                dt.strftime("%Y%m%d"),
            ]
        )


HELDOUT8_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "gg wp {} that clutch was insane",
        "{} is live now! come hang 🎮",
        "{} has been invited to the party",
        "Steam: {} is now playing Dota 2",
        "thx for the raid {} ❤️",
        "{} subscribed with Prime. They've subscribed for 7 months!",
        "--\n{}\nModerator, r/houseplants wiki",
        "Cheers,\n{} | Senior Buyer | Harare office",
        "Full name (as on passport): {}",
        "Patient name: {}\nReason for visit: follow-up",
        "Policyholder: {}",
        "Referring physician: {}",
        "{}'s mum here, she has a fever and won't be in today",
        "parents' evening slot with {} at 17:40 confirmed",
        "can {} get picked up by grandma on friday?",
        "Listing agent: {} — viewings by appointment",
        "Dear Hiring Manager, my name is {} and I'm applying for the analyst role",
        "References available: {}, former line manager",
        "Passenger 1: {} (ADT)",
        "Guest name: {} · 2 nights · breakfast included",
        "hi is this still available? — {}",
        "Seller {} marked the item as shipped",
        "Taxpayer name: {}",
        "Spouse / civil partner: {}",
        "Forwarded\n👤 {}\n(contact card)",
        "| {} | team lead | remote |",
        "- name: {}\n  role: maintainer",
        "{} 🙏 thank u sm for the help",
        "oye {} ya llegaste? estoy en la entrada",
        "{} hat gesagt the meeting is moved to Donnerstag",
        "omw {} b there in 5",
        "huge props to {} for carrying the team tonight 🔥",
    ],
    "STREET_ADDRESS": [
        "FOR SALE: 3 bed semi, {} — offers over",
        "open house sat 2-4pm at {}",
        "ship to: {}",
        "home address (line 1): {}",
        "pls send the contract to {} thx",
        "collection only from {}, cash on pickup",
        "hotel: {} · check-in after 14:00",
        "we moved 🏠 {}",
    ],
    "EMAIL_ADDRESS": [
        "https://shop.example.com/track?order=88213&email={}",
        "CV attached — contact: {}",
        "✉️ {} (from the forwarded contact)",
        "| email | {} |",
        "contact_email: {}",
        "pls txt or mail me @ {}",
        "schick mir das bitte an {} danke",
    ],
    "PHONE_NUMBER": [
        "pls txt me @ {} after 6",
        "Forwarded contact · mobile {}",
        "| mobile | {} |",
        "emergency contact phone: {}",
        "seller's number {} — call don't text",
        "whatsapp me {} 🙏",
        "llámame al {} cuando puedas",
    ],
    "CREDIT_CARD": [
        "card nr {} valid thru 08/29",
        "Payment method: {} (saved)",
        "paid w/ {} but the order still says pending",
        "| card | {} |",
        "pls charge the deposit to {} thx",
        "meine Karte {} wurde abgelehnt, why?",
    ],
    "IBAN_CODE": [
        "Bank details for your refund: {}",
        "iban: {}  # tenant deposit",
        "| IBAN | {} |",
        "pls send the deposit to {} asap 🙏",
        "Überweisung an {} ist raus",
        "tax refund account: {}",
    ],
    "USERNAME": [
        "steamcommunity.com/id/{} add me",
        "my psn is {} if u wanna squad up",
        "xbox gt: {}",
        "ign {} on the eu server",
        "lichess.org/@/{} rematch?",
        "keybase.io/{}",
        "medium.com/@{} wrote about it",
        "t.me/{} for the group link",
        "login as: {}",
        "https://forum.example.org/profile.php?user={}&tab=posts",
        "{} keeps spamming my kid in roblox",
        "-- {} (mod) | rules in the pinned post",
        "epic name {} 🎮 add me",
    ],
    "DATE_OF_BIRTH": [
        "PNR K4TZ9Q · pax 1 · DOCS dob {} · gender F",
        "Date of birth (as on ID): {}",
        "child's DOB: {} (for the school trip form)",
        "dob: {}",
        "| date of birth | {} |",
        "fecha de nac. {}",
        "geb. am {}, bitte ändern",
        "applicant born {}",
        "insured's d.o.b. {}",
    ],
}
HELDOUT8_MIXED = [
    ("| name | email | phone |\n|---|---|---|\n| {} | {} | {} |", ["PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER"]),
    ("contact:\n  name: {}\n  email: {}\n  dob: {}", ["PERSON", "EMAIL_ADDRESS", "DATE_OF_BIRTH"]),
    ("Forwarded\n👤 {}\n📱 {}\n📍 {}", ["PERSON", "PHONE_NUMBER", "STREET_ADDRESS"]),
    ("https://app.example.com/signup?user={}&email={}", ["USERNAME", "EMAIL_ADDRESS"]),
    ("PNR X7KQ2L\nPassenger: {}\nDOB: {}", ["PERSON", "DATE_OF_BIRTH"]),
    ("Tenant: {} / IBAN: {}", ["PERSON", "IBAN_CODE"]),
    ("buyer {} paid with {} 💳 ship to {}", ["PERSON", "CREDIT_CARD", "STREET_ADDRESS"]),
    ("school portal login: {} / pw: {}", ["USERNAME", "SECRET"]),
    ("Name: {}\nEmail: {}\nExperience: 6 yrs", ["PERSON", "EMAIL_ADDRESS"]),
    ("{} y {} vienen al asado mañana", ["PERSON", "PERSON"]),
    ("rcon on {} pw {}", ["IP_ADDRESS", "SECRET"]),
]  # fmt: skip
HELDOUT8_NEGATIVES = [
    "Colombo to Kandy by train is stunning",
    "Antananarivo traffic is something else",
    "Victoria Falls from the Zimbabwe side",
    "Dakar rally used to finish here",
    "Kabul, Herat and Mazar are on the list",
    "Dushanbe has a huge flagpole",
    "Bishkek to Issyk-Kul by marshrutka",
    "Lhasa is at 3,650 m",
    "Tórshavn is tiny but lovely",
    "Nuuk in winter, northern lights every night",
    "Nuku'alofa market on saturday",
    "Suva is rainy most of the year",
    "Port-au-Prince to Jacmel by bus",
    "Stellenbosch wine tour booked",
    "Ubud rice terraces at sunrise",
    "Kazan has a beautiful kremlin",
    "rooibos or chai?",
    "kottu roti is the best street food",
    "romazava is a Malagasy stew",
    "sadza with greens for dinner",
    "thieboudienne takes all afternoon",
    "momos with chili sauce please",
    "griot and pikliz on friday",
    "Diablo IV season starts tuesday",
    "Valorant patch 8.11 nerfed the op",
    "Minecraft 1.20 trails and tails",
    "Apex Legends ranked is pain",
    "gg ez, next game",
    "Steam summer sale starts thursday",
    "Twitch Prime loot this month is mid",
    "PlayStation Plus extra or premium?",
    "Honda Civic for sale, 2015, 98k miles",
    "Dell XPS 13 barely used, €600 ono",
    "IKEA Kallax shelf, collection only",
    "Jordan 1 Retro size 44",
    "Gucci bag (replica, not selling as real)",
    "Ford Ranger 4x4 double cab",
    "Walker Texas Ranger reruns are on",
    "Grace period ends on the 30th",
    "Faith, Hope and Charity are virtues",
    "Rose Bowl tickets sold out",
    "Order #88213 has shipped",
    "PNR codes are six characters",
    "room 1204, floor 12",
    "flight LX 1820 delayed 40 min",
    "MRN field is optional on the form",
    "tax year 2023/24 return is due",
    "form W-8BEN line 6 asks for a foreign TIN",
    "ISBN 978-0-306-40615-7 is the textbook",
    "part no. 4011-5067-22 for the hinge",
    "lot 42 in the auction",
    "score was 1-2-3-4 in the bracket",
    "card ending in 4242 was charged twice",
    "use user@example.com in the docs",
    "placeholder iban XX00 XXXX XXXX in the template",
    "server ip: <your-ip-here>",
    "198.51.100.7 is a documentation address",
    "[2001:db8::1]:8080 in the RFC example",
    "password: ******** (hidden)",
    "api_key=YOUR_API_KEY_HERE",
    "dob: DD/MM/YYYY",
    "call 555-0100 in the movie script",
    "| name | email | phone |\n|---|---|---|",
]  # fmt: skip


def _typo8(rng: random.Random, template: str) -> str:
    """An emoji between two words, or SMS shorthand ('you' -> 'u', 'please' -> 'pls'), in the template's text."""
    if rng.random() < 0.5:
        gaps = [m for m in re.finditer(r"(?<=[A-Za-z]) (?=[A-Za-z])", template)]
        if gaps:
            m = rng.choice(gaps)
            return template[: m.start()] + f" {rng.choice(EMOJI_HELDOUT8)} " + template[m.end() :]
    for word, short in (("you", "u"), ("please", "pls"), ("thanks", "thx"), ("your", "ur"), ("for", "4"),
                        ("are", "r"), ("to", "2"), ("with", "w/")):  # fmt: skip
        new = re.sub(rf"\b{word}\b", short, template)
        if new != template:
            return new
    return template


def build_heldout8(seed: int = HELDOUT8_SEED) -> list[Example]:
    """Held-out set 8: `Gen8` values in `HELDOUT8_TEMPLATES`, mixed sentences and look-alike negatives."""
    gen = Gen8(seed)
    rng = gen.rng
    makers = {
        "PERSON": gen.person, "STREET_ADDRESS": gen.address, "EMAIL_ADDRESS": gen.email, "PHONE_NUMBER": gen.phone,
        "CREDIT_CARD": gen.card, "IBAN_CODE": gen.iban, "IP_ADDRESS": lambda: gen.ip_sample()[1],
        "USERNAME": gen.handle, "DATE_OF_BIRTH": gen.dob,
    }  # fmt: skip
    counts = {"PERSON": 80, "SECRET": 70, "USERNAME": 24}
    styles = []
    for etype in TYPES:
        for _ in range(counts.get(etype, 14)):
            if etype in ("SECRET", "IP_ADDRESS"):  # the template depends on the value's shape
                template, value = gen.secret() if etype == "SECRET" else gen.ip_sample()
                styles.append((template, [(etype, value)]))
            elif etype == "PERSON" and rng.random() < 0.15:  # a title before the name, outside its span
                title, name = gen.honorific_person()
                template = rng.choice(["appointment with {} on monday 9:30", "{} signed the permission slip",
                                       "thank you {} for the reference letter", "{} gave us homework again 😩"])  # fmt: skip
                styles.append((template.replace("{}", title + "{}"), [(etype, name)]))
            else:
                styles.append((rng.choice(HELDOUT8_TEMPLATES[etype]), [(etype, makers[etype]())]))
    for _ in range(24):
        template, types = rng.choice(HELDOUT8_MIXED)
        styles.append((template, [(t, gen.password() if t == "SECRET" else makers[t]()) for t in types]))
    styles += [(t, []) for t in HELDOUT8_NEGATIVES]
    examples = []
    for template, values in styles:
        style = "plain"
        if rng.random() < 0.15:
            template, style = _typo8(rng, template), "typo"
        parts = template.split("{}")
        text, spans = parts[0], []
        for (etype, value), rest in zip(values, parts[1:], strict=True):
            spans.append((len(text), len(text) + len(value), etype))
            text += value + rest
        r = rng.random()
        for new, name, p in ((text.lower(), "lower", 0.16), (text.upper(), "upper", 0.21)):
            if r < p and len(new) == len(text):
                text, style = new, name
                break
        examples.append(Example(text, spans, style))
    rng.shuffle(examples)
    return examples


# ------------------------------------------------------------------------------------------ held-out set 9

HELDOUT9_SEED = 90919
# Hindi names from faker, transliterated from Devanagari; the lexicon must not load them
NAME_LOCALES_HELDOUT9 = ["hi_IN"]
NAMES_HELDOUT9: dict[str, tuple[list[str], list[str]]] = {
    "telugu": ("Venkatesh Sravani Chaitanya Padmaja Raghava Harika Nagarjuna Sirisha Sudheer Keerthana Bhargavi".split(),
               "Kondapalli Gollapudi Yarlagadda Pothineni Nallamothu Bommireddy Tummala Vemulapalli".split()),
    "malayalam": ("Anoop Sreelakshmi Jithin Aswathy Sreejith Athira Bijoy Reshmi Nivin Sajna Shyju".split(),
                  "Thekkedath Puthenpurayil Vadakkekara Chembakassery Kunnathur Edathil Karunakaran".split()),
    "punjabi": ("Gurpreet Harjit Manjeet Jaswinder Navdeep Simranjit Kuldeep Paramjit Harleen Baljinder".split(),
                "Sandhu Dhillon Grewal Sidhu Brar Bains Randhawa Cheema Virk Aulakh".split()),
    "assamese": ("Bhupen Jonali Pranjal Dipali Mrinal Tarulata Hiranya Rupjyoti Kongkona Deepjyoti".split(),
                 "Bordoloi Baruah Gogoi Hazarika Saikia Kakoti Phukan Sonowal Konwar Borgohain".split()),
    "dinka": ("Deng Achol Garang Nyandeng Majok Abuk Akol Nyabol Mabior Ayen".split(),
              "Mayardit Makuei Akech Malual Riak Chol Kuol Garang Deng Bol".split()),
    "luganda": ("Nakato Babirye Wasswa Nansubuga Mukasa Nalwanga Ssekandi Namutebi Kizza Nakimuli".split(),
                "Ssemwogerere Kiwanuka Mulindwa Lubega Ssempijja Nsubuga Kayondo Ssebunya".split()),
    "kinyarwanda": ("Ishimwe Mugisha Uwase Nshuti Iradukunda Mutesi Ganza Keza Umutoni Gatete".split(),
                    "Habyarimana Nsengiyumva Uwimana Niyonzima Mukamana Bizimana Hakizimana Twagirayezu".split()),
    "chichewa": ("Chikondi Thokozani Mphatso Tiyamike Chisomo Madalitso Tawonga Kondwani Yamikani Chimwemwe".split(),
                 "Mwale Chirwa Kamwendo Nyirenda Mkandawire Gondwe Kalua Msiska Chimombo".split()),
    "tswana": ("Kagiso Boitumelo Lesedi Tumelo Refilwe Kgosi Palesa Onalenna Goitseone Masego".split(),
               "Molefe Masire Modise Letsholo Mothibi Sebego Kgosietsile Ramotswa Seretse".split()),
    "mande": ("Boubacar Sékou Kadiatou Oumou Lassana Fatoumata Seydou Djénéba Bakary Nana".split(),
              "Traoré Keïta Diarra Coulibaly Konaté Sissoko Touré Camara Doumbia Dembélé".split()),
    "tahitian": ("Teiva Hinano Vaitiare Manutea Heiarii Tehani Raiarii Poerava Maui Titaua".split(),
                 "Teriitahi Tehaamoana Taputu Temauri Tetuanui Paofai Teriierooiterai Tetiarahi".split()),
    "palauan": ("Surangel Ngirai Dirraengal Uchel Bilung Kebekol Sechewas Dilubech Obak Ebil".split(),
                "Remengesau Ngirmang Ngiraingas Tmetuchl Ngiratkel Olkeriil Rechebei Sengebau".split()),
    "inuit": ("Siqiniq Ujarak Pauloosie Nunia Jaaka Akinisie Leetia Qillaq Oopik Tagak".split(),
              "Kusugak Aglukark Eetoolook Kilabuk Akeeagok Nattaq Arnatsiaq Ipeelie Qaqqasiq".split()),
    "navajo": ("Nizhoni Ahiga Yanaba Bidziil Sani Tahoma Kiona Hosteen Doli Shiyazhi".split(),
               "Begay;Yazzie;Tsosie;Benally;Etsitty;Manygoats;Tohee;Two Bulls;Nakai;Bitsui".split(";")),
    "corsican": ("Ghjuvanni Ghjulia Petru Santu Anghjulu Ghjacumu Nunziata Orsu Catalina Saveria".split(),
                 "Pieraggi Santoni Ettori Mondoloni Luciani Sebastiani Alfonsi Peretti Agostini".split()),
    "sardinian": ("Bachisio Gavino Salvatorica Efisio Giommaria Tonina Sisinnio Gesuino Barbarina Itria".split(),
                  "Porcu Pinna Deiana Mereu Cossu Murgia Pisanu Piras Satta Zedda".split()),
    "galician": ("Xoán Uxía Brais Iria Antía Breixo Xiana Anxo Xurxo Sabela".split(),
                 "Outeiro Seoane Pombo Souto Touriño Castelao Fraga Lamas Varela".split()),
    "sorbian": ("Jurij Hańža Měrćin Madlena Pětr Lubina Hajko Marja Božena Jěwa".split(),
                "Brězan Ćišinski Krawc Šołta Wjela Zejler Kocor Młynk Hančka".split()),
    "cornish_manx": ("Jory Kerensa Morwenna Piran Demelza Talan Senara Elowen Illiam Moirrey Breeshey Orry".split(),
                     "Trelawny Penhaligon Tregenza Polglase Nancarrow Chenoweth Angove Quayle Kewley Kermode Cregeen Kinvig".split()),
    "uyghur": ("Abdurehim Gulnar Mihrigul Nurmemet Rahile Ablajan Zumret Ekber Dilnur Memet".split(),
               "Tohti Qadir Abdukerim Niyaz Memtimin Yusup Turdi Eziz Hoshur".split()),
    "chechen": ("Zelimkhan Kheda Aishat Dzhokhar Khava Sulim Lecha Zarema Movsar Petimat".split(),
                "Gakayev Bisultanov Tsechoev Evloyev Dzhabrailov Saidulayev Yandiyev Magomadov".split()),
    "turkmen": ("Ogulgerek Serdar Aynabat Myrat Jeren Batyr Maral Döwlet Annagul Kakajan".split(),
                "Nyýazow Orazow Atayewa Gurbanowa Hojamuradow Annaýew Berdiýew Çaryýewa".split()),
    "papiamento": ("Shurandy Jurickson Shanella Kenrick Roshanda Dyron Jurienne Quincy Shaldrick Urvin".split(),
                   "Winklaar Isenia Statia Rosaria Trenidad Martha Juliana Kook Obispo".split()),
    "maya": ("Itzel Cuauhtémoc Xóchitl Tonatiuh Yaretzi Citlali Ixchel Nayeli Tenoch Ehécatl".split(),
             "Canul Pech Poot Cauich Tzuc Dzul Balam Chi Euán Uc".split()),
    "mapuche": ("Ayelén Lautaro Rayén Nahuel Millaray Huenu Pehuén Licán Anahí Calfú".split(),
                "Huenchumilla Painemal Millalén Catrileo Quilapán Huaiquimil Ñancupil Llanquileo".split()),
    # names from colonial New England registers and genealogy sites: virtue words among them
    "colonial": ("Keziah Tryphena Hephzibah Obadiah Mahala Zebulon Thankful Submit Jerusha Mehitable Temperance".split(),
                 "Wigglesworth Pettibone Bumpus Fessenden Swett Cheever Pinney Thrall Hubbell Tuttle".split()),
}  # fmt: skip
# invented names of two kinds no list holds: creatively spelt given names, English place-like surnames
INVENTED_GIVEN_STARTS_HELDOUT9 = [
    "Jax",
    "Bray",
    "Kay",
    "Ry",
    "Zay",
    "Lux",
    "Tay",
    "Kam",
    "Ny",
    "Bry",
    "Mak",
    "Ens",
]
INVENTED_GIVEN_ENDS_HELDOUT9 = [
    "tyn",
    "lee",
    "dence",
    "lynn",
    "leigh",
    "ley",
    "ric",
    "ayla",
    "ziah",
    "ari",
    "den",
]
INVENTED_SURNAME_ROOTS_HELDOUT9 = ["Thorn", "Wren", "Brack", "Marl", "Rook", "Fenn", "Ashen", "Culver", "Hazel",
                                   "Sedge", "Blay", "Crom"]  # fmt: skip
INVENTED_SURNAME_ENDS_HELDOUT9 = ["thwaite", "combe", "stow", "shaw", "hollow", "garth", "hurst", "holme", "ridge",
                                  "dale", "cote", "by"]  # fmt: skip
# what OCR makes of letters and digits in a scanned form
OCR_CONFUSIONS_HELDOUT9 = [("rn", "m"), ("m", "rn"), ("l", "1"), ("O", "0"), ("o", "0"), ("I", "l"), ("e", "c"),
                           ("S", "5"), ("B", "8"), ("cl", "d")]  # fmt: skip
IBAN_SHAPES_HELDOUT9 = {
    "BI": "23n", "DJ": "23n", "MK": "3n10c2n", "NI": "4a20n", "SD": "14n", "SK": "20n", "YE": "4a4n18c",
    "HN": "4a20n", "ML": "1a23n", "CI": "2a22n", "BJ": "2a22n", "BF": "2a22n", "CM": "23n", "MA": "24n",
    "DZ": "22n", "MZ": "21n", "AO": "21n", "CV": "21n", "TG": "2a22n", "GA": "23n", "NE": "2a22n", "CG": "23n",
}  # fmt: skip
FULLWIDTH_DIGITS = str.maketrans("0123456789+", "０１２３４５６７８９＋")
ZWSP, RLM, NBSP = "\u200b", "\u200f", "\u00a0"


class Gen9(Gen3):
    """Generators for held-out set 9: origins, name forms, formats and contexts none of the other sets use."""

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        for i, loc in enumerate(NAME_LOCALES_HELDOUT9):
            self.fakers[loc] = Faker(loc)
            self.fakers[loc].seed_instance(seed + 900 + i)

    def invented_name(self) -> tuple[str, str]:
        """(given, surname) no list holds: 'Kaydence', 'Thornthwaite'."""
        rng = self.rng
        given = rng.choice(INVENTED_GIVEN_STARTS_HELDOUT9) + rng.choice(INVENTED_GIVEN_ENDS_HELDOUT9)
        return given, rng.choice(INVENTED_SURNAME_ROOTS_HELDOUT9) + rng.choice(INVENTED_SURNAME_ENDS_HELDOUT9)

    def first_last(self) -> tuple[str, str]:
        """A first and last name of one origin (faker Hindi, transliterated, or the lists above)."""
        r = self.rng.random()
        if r < 0.18:
            f = self.f("hi_IN")
            first, last = _indic_to_latin(f.first_name()), _indic_to_latin(f.last_name())
            if first and last:
                return first.split()[0], last
        if r < 0.28:
            return self.invented_name()
        firsts, lasts = NAMES_HELDOUT9[self.rng.choice(sorted(NAMES_HELDOUT9))]
        return self.rng.choice(firsts), self.rng.choice(lasts)

    def ocr(self, text: str) -> str:
        """One OCR confusion in `text` where one applies ('Kermode' -> 'Kerrnode'), else the text."""
        options = [(a, b) for a, b in OCR_CONFUSIONS_HELDOUT9 if a in text[1:]]
        if not options:
            return text
        a, b = self.rng.choice(options)
        i = text.index(a, 1)
        return text[:i] + b + text[i + len(a) :]

    def person(self) -> str:
        rng = self.rng
        first, last = self.first_last()
        r = rng.random()
        if r < 0.28:
            name = f"{first} {last}"
        elif r < 0.45:
            name = first
        elif r < 0.53:
            name = f"{first} {last.upper()}"  # genealogy and French-style records
        elif r < 0.59:
            name = f"{last.upper()} {first}"  # surname first, as official lists print it
        elif r < 0.65:
            name = f"{first} {last[0]}."  # rosters and class lists: 'Nakato K.'
        elif r < 0.71:
            name = f"{first} {self.first_last()[0]} {last}"  # two given names
        elif r < 0.77:
            name = f"{first}\n{last}"  # wrapped by a PDF or a narrow column
        elif r < 0.82:
            name = self.ocr(f"{first} {last}")
        elif r < 0.86:
            i = rng.randrange(2, max(3, len(first) - 1))
            name = f"{first[:i]}{ZWSP}{first[i:]} {last}"  # a zero-width space pasted from a web page
        elif r < 0.92:
            name = last
        else:
            name = f"{first} {last}-{self.first_last()[1]}"
        c = rng.random()
        if c < 0.07:
            return name.lower()
        if c < 0.12:
            return name.upper()
        return name

    def address(self) -> str:
        rng, n = self.rng, self.rng.randint(1, 240)
        pick = rng.choice
        shapes = [
            f"H.No. {rng.randint(1, 12)}-{rng.randint(1, 9)}-{rng.randint(100, 699)}/{rng.randint(1, 90)}, Road No. {rng.randint(1, 14)}, {pick(['Banjara Hills', 'Jubilee Hills', 'Madhapur'])}",
            f"TC {rng.randint(10, 40)}/{rng.randint(100, 2999)}, {pick(['Vazhuthacaud', 'Pattom', 'Kowdiar'])}",
            f"#{rng.randint(100, 3999)}, Sector {rng.randint(7, 46)}-{pick('ABCD')}",
            f"House No. {n}, {pick(['Zoo Road', 'GS Road', 'RG Baruah Road'])}, {pick(['Tarun Nagar', 'Bhangagarh', 'Chandmari'])}",
            f"Plot {n}, {pick(['Kampala Road', 'Bukoto Street', 'Acacia Avenue'])}, {pick(['Kololo', 'Ntinda', 'Bugolobi'])}",
            f"{pick(['KG', 'KN', 'KK'])} {rng.randint(1, 700)} {pick(['St', 'Ave', 'Rd'])}, No {n}",
            f"Area {rng.randint(1, 49)}/{rng.randint(1, 9)}/{rng.randint(1, 400)}",
            f"Plot {rng.randint(1000, 59999)}, {pick(['Gaborone West', 'Extension 9', 'Block 8'])}",
            f"Rue {rng.randint(100, 499)}, Porte {n}, {pick(['Hamdallaye ACI 2000', 'Badalabougou', 'Hippodrome'])}",
            f"{n} {pick(['cours Napoléon', 'boulevard Paoli', 'rue Fesch'])}, {pick(['Ajaccio', 'Bastia', 'Corte'])}",
            f"Via {pick(['Roma', 'Sassari', 'Garibaldi'])} {n}, scala {pick('ABC')}, int. {rng.randint(1, 12)}",
            f"Rúa {pick(['do Vilar', 'da Raíña', 'de San Pedro'])} {n}, {rng.randint(1, 6)}º {pick(['esq.', 'dta.'])}",
            f"{pick(['Wendischer Graben', 'Kornmarkt', 'Töpferstraße'])} {n}, 02625 Bautzen",
            f"{n} {pick(['Chapel Street', 'Fore Street', 'Causewayhead'])}\nPenzance TR18 {rng.randint(1, 9)}{pick('ABDEH')}{pick('JLNPQ')}",
            f"{n} {pick(['Athol Street', 'Bucks Road', 'Finch Road'])}\nDouglas IM{rng.randint(1, 2)} {rng.randint(1, 4)}{pick('ABDEH')}{pick('JLNPQ')}",
            f"{pick(['Magtymguly', 'Bitarap Türkmenistan', 'Atatürk'])} şaýoly {n}, jaý {rng.randint(1, 90)}",
            f"Kaya {pick(['Grandi', 'Flamboyan', 'Wilhelmina'])} {n}",
            f"Calle {rng.choice([55, 57, 59, 60, 62])} No. {rng.randint(300, 599)} x {rng.randint(41, 71)} y {rng.randint(41, 71)}",
            f"Av. {pick(['Alemania', 'Caupolicán', 'Pedro de Valdivia'])} 0{rng.randint(100, 999)}, depto. {rng.randint(101, 1504)}",
            f"{rng.randint(100, 2999)} {pick('NSEW')} {rng.randint(1, 13) * 100} {pick('NSEW')}",  # Salt Lake grid
            f"Urb. {pick(['Las Lomas', 'Villa Carolina', 'Santa Rosa'])}, Calle {rng.randint(1, 40)} {pick(['SO', 'NE'])} #{rng.randint(100, 1999)}",
            f"Building {rng.randint(100, 1999)}, {pick(['Niaqunngusiaq Road', 'Queen Elizabeth Way', 'Federal Road'])}",
        ]  # fmt: skip
        return pick(shapes)

    def email(self) -> str:
        rng = self.rng
        first, last = (_ascii_name(x).replace("ł", "l") for x in self.first_last())
        user = rng.choice([f"{first}.{last}", f"{first[0]}{last}{rng.randint(1, 9)}", f"{last}.{first[:1]}",
                           f"{first}{rng.choice(['', '.'])}{rng.randint(1960, 2005)}", f"{first}_{last[:5]}",
                           f"{rng.choice(['secretary', 'treasurer', 'coach'])}.{last}"])  # fmt: skip
        domain = rng.choice(["rediffmail.com", "yahoo.co.in", "vsnl.net", "mtn.co.ug", "mtn.co.rw",
                             "btc.bw", "orangemali.net", "mail.pf", "palaunet.com", "qiniq.com",
                             "univ-corse.fr", "tiscali.it", "edu.xunta.gal", "manx.net", "btinternet.com",
                             "online.tm", "mail.ru", "curacao.cw", "prodigy.net.mx", "uc.cl", "posteo.de",
                             "fastmail.fm", "hey.com", "icloud.com", "pm.me"])  # fmt: skip
        addr = f"{user}@{domain}"
        r = rng.random()
        if r < 0.07:  # an OCR'd letterhead: spaces around the at sign and the dot
            return addr.replace("@", " @ ").replace(".", " . ", 1)
        if r < 0.11:  # a Japanese or Chinese input method left on: fullwidth at sign
            return addr.replace("@", "＠")
        if r < 0.16:
            return f"{user}@{domain.upper()}"
        return addr

    def phone(self) -> str:
        d, rng = self.d, self.rng
        shapes = [
            f"+91 9{d(4)} {d(5)}",  # India
            f"0{rng.choice(['98', '94', '70'])}{d(3)} {d(5)}",
            f"+256 7{rng.choice('0578')}{d(1)} {d(3)} {d(3)}",  # Uganda
            f"+250 78{d(1)} {d(3)} {d(3)}",  # Rwanda
            f"+265 (0)99{d(1)} {d(2)} {d(2)} {d(2)}",  # Malawi
            f"+267 7{d(1)} {d(3)} {d(3)}",  # Botswana
            f"+223 {rng.choice(['66', '76', '79'])} {d(2)} {d(2)} {d(2)}",  # Mali
            f"+211 9{rng.choice('125')}{d(1)} {d(3)} {d(3)}",  # South Sudan
            f"+689 87 {d(2)} {d(2)} {d(2)}",  # French Polynesia
            f"+680 {rng.choice(['775', '779', '488'])}-{d(4)}",  # Palau
            f"(867) 979-{d(4)}",  # Nunavut
            f"(928) {rng.choice(['871', '729', '674'])}-{d(4)}",  # Navajo Nation
            f"04 95 {d(2)} {d(2)} {d(2)}",  # Corsica
            f"+39 3{d(2)} {d(3)} {d(4)}",  # Sardinia
            f"+34 981 {d(2)} {d(2)} {d(2)}",  # Galicia
            f"+49 (0)3591 {d(6)}",  # Bautzen
            f"01736 {d(6)}",  # Cornwall
            f"+44 1624 {d(6)}",  # Isle of Man
            f"+993 6{d(1)} {d(2)}-{d(2)}-{d(2)}",  # Turkmenistan
            f"+599 9 {d(3)} {d(4)}",  # Curaçao
            f"+52 999 {d(3)} {d(4)}",  # Mérida
            f"+56 9 {d(4)} {d(4)}",  # Chile
        ]
        phone = rng.choice(shapes)
        r = rng.random()
        if r < 0.1:  # typed with a CJK input method
            return phone.translate(FULLWIDTH_DIGITS)
        if r < 0.2:  # pasted from a web page that keeps groups together
            return phone.replace(" ", NBSP)
        return phone

    def card(self) -> str:
        rng = self.rng
        prefix, length = rng.choice(
            [("6703", 17), ("6703", 19), ("604201", 16), ("589562", 16), ("506199", 16), ("94", 16), ("9112", 16),
             ("357111", 16), ("507803", 16), ("9360", 19), ("9891", 16), ("31", 19), ("6767", 18), ("4026", 16),
             ("588845", 16)]  # Bancontact, Cabal, Naranja, Carnet, BC Card, Belkart, LankaPay, Meeza, GPN, ...
        )  # fmt: skip
        num = _luhn_number(rng, prefix, length)
        grouped = " ".join(num[i : i + 4] for i in range(0, length, 4))
        r = rng.random()
        if r < 0.4:
            return grouped
        if r < 0.5:
            return grouped.replace(" ", NBSP)
        if r < 0.58:
            return grouped.translate(FULLWIDTH_DIGITS)
        if r < 0.66:
            return grouped[:9] + "\n" + grouped[10:]  # wrapped after the second group
        return num

    def iban(self) -> str:
        country = self.rng.choice(sorted(IBAN_SHAPES_HELDOUT9))
        iban = _iban(self.rng, country, IBAN_SHAPES_HELDOUT9[country])
        grouped = " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
        r = self.rng.random()
        if r < 0.45:
            return grouped
        if r < 0.6:  # wrapped at a group boundary, as a PDF column does
            return grouped[:14] + "\n" + grouped[15:]
        return iban

    def ip_sample(self) -> tuple[str, str]:
        """(template with {}, address): crash reports, packet dumps, access logs, SIP and mail headers."""
        rng, f = self.rng, self.f()
        v4 = rng.choice([f.ipv4_public(), f.ipv4_public(), f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                         f"192.168.{rng.randint(0, 254)}.{rng.randint(2, 254)}"])  # fmt: skip
        h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
        v6 = rng.choice(
            [
                f"2a0{rng.randint(1, 9)}:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}",
                f"2600:{h()}:{h()}::{h()}",
                f"2c0f:{h()}:{h()}::{h()}:{h()}",
                f"fe80::{h()}:{h()}:{h()}:{h()}%{rng.choice(['eth0', 'en0', 'wlp2s0'])}",
                f"2001:{rng.randint(0x4000, 0x4FFF):04x}:{rng.randint(1, 0xFFFF):04x}:0000:0000:{h()}:{h()}:{h()}",
            ]
        )  # fmt: skip
        port = rng.choice([443, 5060, 8443, 3478, 25565])
        options = [
            (f"IP {{}}.{port} > 10.0.0.5.22: Flags [S], seq 0", v4),  # tcpdump: the port after a dot
            ("java.net.ConnectException: failed to connect to /{} (port 443) after 10000ms", v4),
            ('{} - - [12/Mar/2024:06:25:24 +0000] "POST /xmlrpc.php HTTP/1.1" 403 199', v4),
            ("Via: SIP/2.0/UDP {}:5060;branch=z9hG4bK776asdhds", v4),
            ("Received: from mail.example.net ([{}]) by mx.google.com", rng.choice([v4, v6])),
            ('Forwarded: for="[{}]:4711";proto=https', v6),
            ("Thread 0 Crashed:: Dispatch queue\n... remote_addr={}", rng.choice([v4, v6])),
            ("kernel: [UFW BLOCK] IN=eth0 OUT= SRC={} DST=10.0.0.5 PROTO=TCP DPT=22", v4),
            ("LOG:  connection received: host={} port=51422", v4),
            ("Repro: curl -v http://{}:8443/health returns 502", v4),
            ("incident 4471: repeated login attempts from {} between 02:00 and 02:40", rng.choice([v4, v6])),
            ("the stream host is on {} if the show page is down", v4),
            ("ping6 {}", v6),
            ("{} dev eth0 lladdr 52:54:00:12:34:56 REACHABLE", v6),
            ("podIP: {}", v4),
            ("Relay candidate: {} typ relay raddr 0.0.0.0", v4),
        ]
        return options[rng.randrange(len(options))]

    def password(self) -> str:
        rng, w = self.rng, self.f().word
        hymn = rng.choice(["Amazing", "Abide", "Jerusalem", "Hallelujah", "Kumbaya"])
        club = rng.choice(["Eagles", "Rovers", "Lions", "Harriers", "Wanderers"])
        return rng.choice(
            [
                f"{hymn}{rng.randint(1, 999)}{rng.choice('!*$')}",
                f"{club}_{rng.choice(['U14', 'U16', 'Vets'])}_{rng.randint(2019, 2025)}",
                " ".join(w() for _ in range(3)) + f" {rng.randint(10, 99)}",  # a passphrase with spaces
                f"{w().upper()}{rng.choice('#%&')}{w()}{rng.randint(0, 9)}",
                f"{self.token(rng.randint(12, 18), string.ascii_letters + string.digits + '@%+=')}",
                f"{rng.choice(['Gurpreet', 'Nakato', 'Ghjulia', 'Keziah', 'Nahuel'])}{rng.choice(['<3', '4ever', '123'])}{w()}",
            ]
        )  # fmt: skip

    def secret(self) -> tuple[str, str]:
        tok, pw, rng, d = self.token, self.password(), self.rng, self.d
        alnum = string.ascii_letters + string.digits
        hexd = "0123456789abcdef"
        b64 = alnum + "+/"
        b64u = lambda n: tok(n, alnum + "-_")  # noqa: E731
        words = "abandon ability acid banner cactus dolphin eager fabric galaxy harvest island jungle kettle".split()
        words += (
            "lemon meadow napkin orbit pepper quarter ribbon saddle tunnel velvet walnut yellow zebra".split()
        )
        options = [
            ("FIREWORKS_API_KEY={}", "fw_" + tok(24, alnum)),
            ("render deploy hook uses {}", "rnd_" + tok(32, alnum)),
            ("RESEND_API_KEY={}", "re_" + tok(8, alnum) + "_" + tok(24, alnum)),
            ("pinecone init(api_key=\"{}\")", "pcsk_" + tok(5, alnum) + "_" + tok(60, alnum)),
            ("LANGSMITH_API_KEY={}", "lsv2_pt_" + tok(32, hexd) + "_" + tok(10, hexd)),
            ("posthog personal key {} in the crash report", "phx_" + tok(43, alnum)),
            ("hubspot private app token {}", "pat-na1-" + "-".join(tok(k, hexd) for k in (8, 4, 4, 4, 12))),
            ("SENTRY_AUTH_TOKEN={}", "sntrys_eyJ" + b64u(90)),
            ("gem signin with {} failed", "rubygems_" + tok(48, hexd)),
            ("nuget push -k {}", "oy2" + tok(43, string.ascii_lowercase + string.digits)),
            ("cargo login {}", "cio" + tok(32, alnum)),
            ("artifactory api key {} (leaked in build log)", "AKCp" + tok(69, alnum)),
            ("CLOUDFLARE_API_TOKEN={}", tok(40, alnum + "_-")),
            ("MAILGUN_API_KEY={}", tok(32, hexd) + "-" + tok(8, hexd) + "-" + tok(8, hexd)),
            ("mailchimp key {} for the newsletter list", tok(32, hexd) + "-us" + str(rng.randint(1, 21))),
            ("TWILIO_AUTH_TOKEN={}", tok(32, hexd)),
            ("wandb login {}", tok(40, hexd)),
            ("okta api token {}", "00" + tok(40, alnum + "-_")),
            ("dropbox short-lived token {}", "sl." + b64u(130)),
            ("Private-Lines: 1\n{}", "AAAAI" + tok(40, b64)),
            ("-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n{}\n-----END PGP PRIVATE KEY BLOCK-----", "lQOYBF" + tok(64, b64)),
            ("[Interface]\nPrivateKey = {}\nAddress = 10.8.0.2/24", tok(43, b64) + "="),
            ("eth wallet private key {} pls move the funds", "0x" + tok(64, hexd)),
            ("recovery phrase: {}", " ".join(rng.choice(words) for _ in range(12))),
            ("storePassword={}", pw),
            ("ansible-vault password: {}", pw),
            ("Steps to reproduce:\n1. sign in with my real account, pw {}\n2. open Billing", pw),
            ("crash dump env: DB_PASSWORD={} DB_HOST=db", pw),
            ("the suspect's phone passcode was given as {}", d(rng.choice([4, 6]))),
            ("parish hall wifi: {} (ask the verger to reset)", pw),
            ("club portal login pw is {} for all coaches", pw),
            ("gate code {}# for the reception venue", d(4)),
            ("zoom link for the recording, passcode {}", tok(6, alnum)),
            ("private RSS feed for patrons: https://feeds.example.fm/p/{}.xml", tok(32, alnum)),
            ("mera password {} hai, kisi ko mat batana", pw),
            ("o contrasinal é {}", pw),
            ("heslo je {}", pw),
            ("salasana: {}", pw),
            ("mật khẩu là {}", pw),
            ("parool {} (ära jaga)", pw),
            ("slaptažodis: {}", pw),
            ("parola este {}", pw),
            ("bo kontraseña ta {}", pw),
            ("açar sözi: {}", pw),
            ("ijambo banga ni {}", pw),
        ]  # fmt: skip
        return options[rng.randrange(len(options))]

    def handle(self) -> str:
        rng = self.rng
        first, last = (_ascii_name(x).replace("ł", "l") for x in self.first_last())
        return rng.choice(
            [
                f"{first}_{last[:1]}",
                f"{first}{rng.randint(1, 99)}",
                f"{last[:4]}{first[:3]}",
                f"{first}.{rng.randint(10, 99)}",  # Signal-style username
                f"{rng.choice(['pastor', 'coach', 'ref', 'dj'])}{first}",
                f"{first}-{rng.choice(['reads', 'runs', 'bakes', 'plays'])}",
                f"{self.invented_name()[0].lower()}{rng.choice(['', '_', 'x'])}{rng.randint(0, 99)}",
            ]
        )

    def dob(self) -> str:
        dt = self.f().date_of_birth(minimum_age=4, maximum_age=104)
        fr = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
        es = (
            "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()
        )
        de = "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split()
        r = self.rng.random()
        if r < 0.08:
            return dt.strftime("%d/%m/%Y").translate(FULLWIDTH_DIGITS)
        return self.rng.choice(
            [
                dt.strftime("%d %b %Y").upper(),  # GEDCOM: 14 MAR 1887
                f"{dt:%B} {dt.day}, {dt.year}",
                dt.strftime("%d-%b-%Y"),
                f"{dt.day} {fr[dt.month - 1]} {dt.year}",
                f"{dt.day} de {es[dt.month - 1]} de {dt.year}",
                f"{dt.day}. {de[dt.month - 1]} {dt.year}",
                f"{dt.month}/{dt.day}/{dt.year}",
                dt.strftime("%d.%m.%Y"),
                f"{dt:%b}. {dt.day}, {dt.year}",
            ]
        )


HELDOUT9_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        'THIS AGREEMENT is made between {} ("the Landlord") and the Tenant named below',
        "I, {}, being of sound mind, declare this to be my last will",
        "Witness statement of {}, taken at 14:20 at the station",
        "the complainant, {}, stated that the bicycle was taken from the rack",
        "Solicitor for the defendant: {}",
        "Accused: {} (remanded in custody)",
        "{} passed away peacefully at home, surrounded by family",
        "She is survived by her brother {} and three grandchildren",
        "In loving memory of {}, 1931–2024",
        "NAME OF DECEASED: {}",
        "Informant: {}, son, present at the death",
        "the baby was named {} after her great-grandmother",
        "RSVP to {} by the 1st of May",
        "Maid of honour: {}",
        "U14 girls roster: #7 {} (GK)",
        "Player of the match: {}",
        "{} scored twice in the second half",
        "Congratulations to {} on her confirmation this Sunday",
        "Please keep {} in your prayers as he recovers from surgery",
        "Flowers on the altar this week are given by {}",
        "Coffee rota this month: {}",
        "This week on the show: {} on building a seed library",
        "Thanks to {} for editing this episode",
        "Reported-by: {}",
        "assignee: {} → unassigned",
        "{} has entered the waiting room",
        "contact_id,full_name,stage\n8841,{},Qualified",
        "Owner changed from {} to the sales queue",
        "lol {} fell asleep during the sermon again",
        "omg {} just proposed!!!",
        "heard {} is moving to Kigali next month",
        "Editor's note: this piece was written by {}",
        f"{RLM}{{}}{RLM}: see you at the vigil",
        "[scan p.2] Name of Father: {}",
    ],
    "STREET_ADDRESS": [
        'the property known as {} (the "Premises")',
        "incident location: {}",
        "residing at {}, in the county aforesaid",
        "Reception to follow at {}",
        "home games are played at {}",
        "Parish office: {}",
        "last known address: {}",
        "billing_street,{},verified",
    ],
    "EMAIL_ADDRESS": [
        "reply to {} with any dietary requirements",
        "Reporter: {} (reproducible: always)",
        "email,{},opt_in=TRUE",
        "send your questions for the show to {}",
        "Contact the club secretary at {}",
        "Forwarded by {} on behalf of the parish council",
        "[scan] E-MAIL: {}",
    ],
    "PHONE_NUMBER": [
        "Witness contact no.: {}",
        "Club secretary: {} (evenings only)",
        "Text the prayer chain at {}",
        "phone,{},mobile",
        "callback requested on {} re: ticket 88213",
        "RSVP by text to {}",
        "next of kin reachable on {}",
    ],
    "CREDIT_CARD": [
        "Exhibit 4: bank card {} recovered from the vehicle",
        "card_number,{},exp 11/27",
        "membership fee charged to {}",
        "at PaymentForm.submit (card={}) line 88",
        "Steps to reproduce: 1. enter card {} 2. click Pay 3. spinner forever",
        "[scan] CARD NO {}",
    ],
    "IBAN_CODE": [
        "Tithes and offerings can be paid to {}",
        "Club fees: transfer to {} with your child's name as reference",
        "the deceased's account {} has been frozen",
        "iban,{},verified",
        "IBAN {} was named in the fraud report",
        "honeymoon fund: {} 💍",
    ],
    "USERNAME": [
        "<{}> anyone awake?",
        "* {} has joined #parish-tech",
        "/Users/{}/Library/Logs/DiagnosticReports/Kaizen.crash",
        "DESKTOP-7QK2M1\\{} logged on at 08:02",
        "threads.net/@{} posts the match photos",
        "letterboxd.com/{}/films",
        "ko-fi.com/{} if you liked the episode",
        "https://{}.substack.com/p/notes",
        "codeberg.org/{}/repro-case",
        "archiveofourown.org/users/{}",
        "Nick {} is already in use",
        "news.ycombinator.com/user?id={}",
        "signal username: {}",
    ],
    "DATE_OF_BIRTH": [
        "1 BIRT\n2 DATE {}\n2 PLAC Ajaccio, Corse",
        "born {} in Temuco, Chile",
        "date of birth of the accused: {}",
        "birthdate,{},member",
        "Eligible: U16 (born {})",
        "[scan] DATE OF BIRTH {}",
        "the deceased, born {}, was a retired teacher",
    ],
}
HELDOUT9_MIXED = [
    ("PID|1||88213^^^HOSP^MR||{}^{}||{}|F|||{}", ["PERSON", "PERSON", "DATE_OF_BIRTH", "STREET_ADDRESS"]),
    ('{"resourceType": "Patient", "name": [{"text": "{}"}], "telecom": [{"value": "{}"}]}', ["PERSON", "PHONE_NUMBER"]),
    ("id,name,email,phone\n1042,{},{},{}", ["PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER"]),
    ("Subject: {}, DOB {}, of {}", ["PERSON", "DATE_OF_BIRTH", "STREET_ADDRESS"]),
    ("{} (née {}) passed away on 2 March", ["PERSON", "PERSON"]),
    ("Together with their families\n{}\n&\n{}\ninvite you to celebrate their marriage", ["PERSON", "PERSON"]),
    ("Steps to reproduce:\n1. log in as {}\n2. password {}\n3. open Settings", ["USERNAME", "SECRET"]),
    ("Caused by: java.net.ConnectException: {}:5432 refused\n  user={}", ["IP_ADDRESS", "USERNAME"]),
    ("[22:41] * {} (~u@{}) has joined #help", ["USERNAME", "IP_ADDRESS"]),
    ("#,Name,DOB,Guardian phone\n7,{},{},{}", ["PERSON", "DATE_OF_BIRTH", "PHONE_NUMBER"]),
    ("Donor: {} · gift paid by card {}", ["PERSON", "CREDIT_CARD"]),
    ("between {} of {} (the Seller)", ["PERSON", "STREET_ADDRESS"]),
    ("Find {} at {} and on bluesky @{}", ["PERSON", "EMAIL_ADDRESS", "USERNAME"]),
    ("Refund to {} (account holder: {})", ["IBAN_CODE", "PERSON"]),
]  # fmt: skip
HELDOUT9_NEGATIVES = [
    "Hyderabad biryani or Kerala parotta tonight?",
    "Amritsar to Dharamshala by road",
    "Guwahati floods are on the news again",
    "Juba is hot all year",
    "Kampala boda bodas are everywhere",
    "Kigali is spotless, car-free sundays too",
    "Lake Malawi is huge",
    "Gaborone to Maun is a long drive",
    "Bamako, Ségou and Mopti on one trip",
    "Papeete ferry to Moorea",
    "Koror has great diving",
    "Iqaluit in winter is dark by 2pm",
    "Window Rock fair is in September",
    "Ajaccio is Napoleon's birthplace",
    "Cagliari beach day ☀️",
    "Santiago de Compostela pilgrims' mass at noon",
    "Bautzen mustard is a local speciality",
    "Penzance to St Ives on the coast path",
    "Douglas promenade during the TT races",
    "Kashgar's Sunday market",
    "Ashgabat has a lot of white marble",
    "Willemstad's pastel houses",
    "Mérida's cochinita pibil is the best",
    "Temuco to Pucón by bus",
    "Salt Lake City grid addresses are easy once you get it",
    "Dr Pepper or root beer?",
    "Wells Fargo closed my local branch",
    "Marks & Spencer food hall",
    "Johnson & Johnson shares fell",
    "Tommy Hilfiger jacket on sale",
    "John 3:16 on the sign",
    "Psalm 23 at the funeral",
    "Acts 2:38 was the reading",
    "Hymn 423, verses 1 and 3",
    "Patience is a virtue, Temperance is a street in Toronto",
    "Grace before meals, then the raffle",
    "St. Mary's bake sale on Saturday",
    "John Doe is the placeholder in the form",
    "jane.doe@example.org appears in every tutorial",
    "Case No. 2024-CR-00123 is adjourned",
    "INC0012345 resolved, closing the ticket",
    "CVE-2024-3094 affects xz 5.6.0",
    "0x00007ff6a1b2c3d4 in the stack trace",
    "exit code 137 means OOM killed",
    "ICD-10 E11.9 on the discharge letter",
    "LOINC 2345-7 is glucose",
    "MSH|^~\\&|LAB|HOSP|||202403120625||ORU^R01|MSG00001|P|2.5",
    "sha256:9f86d081884c7d659a2feaa0c55ad015 is the image digest",
    "MAC aa:bb:cc:dd:ee:ff on the sticker",
    "netmask 255.255.255.0, gateway 127.0.0.1 in the example",
    "listen on [::1]:8080 for local testing",
    "routing number 021000021 is printed on every sample cheque",
    "XXXX XXXX XXXX 1234 on the receipt",
    "the wedding is on 14 June 2025",
    "the club was founded in 1887",
    "final score 3–1, attendance 412",
    "marathon in 2:03:45, a new course record",
    "episode 112 (00:12:34) we talk about compost",
    "GPS 51.5074, -0.1278 for the meeting point",
    "1Z999AA10123456784 is the tracking number format",
    "Sector 7 is a Simpsons joke",
    "password reset link expired, send another",
    "DOB field: dd.mm.yyyy",
    "the username must be 3-20 characters",
]  # fmt: skip


def _typo9(rng: random.Random, template: str) -> str:
    """An OCR confusion in a template word (outside the {} slots: 'rn' read as 'm', 'l' as '1'), or a word
    hyphenated across a line break ('ser-\\nmon')."""
    words = [m for m in re.finditer(r"(?<![{\w])[A-Za-z]{6,}(?![\w}])", template)]
    if not words:
        return template
    m = rng.choice(words)
    word = m.group()
    if rng.random() < 0.5:
        cut = len(word) // 2
        new = f"{word[:cut]}-\n{word[cut:]}"
    else:
        options = [(a, b) for a, b in OCR_CONFUSIONS_HELDOUT9 if a in word]
        if not options:
            return template
        a, b = rng.choice(options)
        new = word.replace(a, b, 1)
    return template[: m.start()] + new + template[m.end() :]


def build_heldout9(seed: int = HELDOUT9_SEED) -> list[Example]:
    """Held-out set 9: `Gen9` values in `HELDOUT9_TEMPLATES`, mixed sentences and look-alike negatives."""
    gen = Gen9(seed)
    rng = gen.rng
    makers = {
        "PERSON": gen.person, "STREET_ADDRESS": gen.address, "EMAIL_ADDRESS": gen.email, "PHONE_NUMBER": gen.phone,
        "CREDIT_CARD": gen.card, "IBAN_CODE": gen.iban, "IP_ADDRESS": lambda: gen.ip_sample()[1],
        "USERNAME": gen.handle, "DATE_OF_BIRTH": gen.dob,
    }  # fmt: skip
    counts = {"PERSON": 80, "SECRET": 70, "USERNAME": 24}
    styles = []
    for etype in TYPES:
        for _ in range(counts.get(etype, 14)):
            if etype in ("SECRET", "IP_ADDRESS"):  # the template depends on the value's shape
                template, value = gen.secret() if etype == "SECRET" else gen.ip_sample()
                styles.append((template, [(etype, value)]))
            else:
                styles.append((rng.choice(HELDOUT9_TEMPLATES[etype]), [(etype, makers[etype]())]))
    for _ in range(24):
        template, types = rng.choice(HELDOUT9_MIXED)
        styles.append((template, [(t, gen.password() if t == "SECRET" else makers[t]()) for t in types]))
    styles += [(t, []) for t in HELDOUT9_NEGATIVES]
    examples = []
    for template, values in styles:
        style = "plain"
        if rng.random() < 0.15:
            template, style = _typo9(rng, template), "typo"
        parts = template.split("{}")
        text, spans = parts[0], []
        for (etype, value), rest in zip(values, parts[1:], strict=True):
            spans.append((len(text), len(text) + len(value), etype))
            text += value + rest
        r = rng.random()
        for new, name, p in ((text.lower(), "lower", 0.14), (text.upper(), "upper", 0.2)):
            if r < p and len(new) == len(text):
                text, style = new, name
                break
        examples.append(Example(text, spans, style))
    rng.shuffle(examples)
    return examples


# ------------------------------------------------------------------------------------------ held-out set 10

HELDOUT10_SEED = 101013
# faker locales no earlier set drew names from, transliterated (Hangul by Revised Romanisation, Ukrainian
# Cyrillic by the national table, Greek by ELOT 743); the lexicon must not load them
NAME_LOCALES_HELDOUT10 = ["ko_KR", "uk_UA", "el_GR"]
HANGUL_INITIALS = "g kk n d tt r m b pp s ss - j jj ch k t p h".split()
HANGUL_VOWELS = "a ae ya yae eo e yeo ye o wa wae oe yo u wo we wi yu eu ui i".split()
HANGUL_FINALS = ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p",
                 "t", "t", "ng", "t", "t", "k", "t", "p", "t"]  # fmt: skip
# family names keep the spellings their bearers use in passports, not the strict romanisation
KOREAN_SURNAMES = {"김": "Kim", "이": "Lee", "박": "Park", "최": "Choi", "정": "Jung", "강": "Kang", "조": "Cho",
                   "윤": "Yoon", "장": "Jang", "임": "Lim", "한": "Han", "오": "Oh", "서": "Seo", "신": "Shin",
                   "권": "Kwon", "황": "Hwang", "안": "Ahn", "송": "Song", "류": "Ryu", "전": "Jeon", "홍": "Hong",
                   "고": "Ko", "문": "Moon", "양": "Yang", "손": "Son", "배": "Bae", "백": "Baek", "허": "Heo",
                   "유": "Yoo", "남": "Nam", "심": "Shim", "노": "Noh", "하": "Ha", "곽": "Kwak", "성": "Sung",
                   "차": "Cha", "주": "Joo", "우": "Woo", "구": "Koo", "민": "Min", "진": "Jin", "나": "Na"}  # fmt: skip
UKRAINIAN_TO_LATIN = dict(
    zip("абвгґдеєжзийіїклмнопрстуфхцчшщьюя'’",
        "a b v h g d e ye zh z y y i yi k l m n o p r s t u f kh ts ch sh shch _ yu ya _ _".split(), strict=True)
)  # fmt: skip
UKRAINIAN_TO_LATIN = {k: "" if v == "_" else v for k, v in UKRAINIAN_TO_LATIN.items()}
GREEK_DIGRAPHS = [("ου", "ou"), ("αι", "ai"), ("ει", "ei"), ("οι", "oi"), ("αυ", "av"), ("ευ", "ev"),
                  ("γγ", "ng"), ("γκ", "gk"), ("μπ", "mp"), ("ντ", "nt"), ("τσ", "ts"), ("τζ", "tz")]  # fmt: skip
GREEK_TO_LATIN = dict(
    zip("αβγδεζηθικλμνξοπρσςτυφχψω",
        "a v g d e z i th i k l m n x o p r s s t y f ch ps o".split(), strict=True)
)  # fmt: skip
NAMES_HELDOUT10: dict[str, tuple[list[str], list[str]]] = {
    "kannada": ("Puneeth Shwetha Darshan Ramya Chethan Sahana Vinayak Pallavi Kavya Sudeep".split(),
                "Gowda Hegde Shetty Upadhyaya Kamath Hebbar Adiga Karanth Nayak Bhat".split()),
    "konkani": ("Gaurish Sanjeevani Vishant Prachi Yogesh Siddhi Ulhas Pratiksha Shivanand Dhanashree".split(),
                "Dessai Naik Kamat Sardessai Gaonkar Borkar Shenvi Mhamai Velingkar Kerkar".split()),
    "sindhi": ("Gobind Lajwanti Kishin Bhagwanti Dayaram Parpati Jethanand Sunder Naraindas Kesar".split(),
               "Advani Lalwani Mirchandani Chandiramani Bhagnani Hiranandani Vaswani Kriplani Gidwani Jagtiani".split()),
    "kashmiri": ("Ishfaq Mehbooba Aadil Shazia Tanveer Insha Basharat Rifat Suhail Zoona".split(),
                 "Wani Lone Dar Rather Ganai Sofi Kaul Raina Kitchloo Shalla".split()),
    "meitei": ("Thoibi Tomba Ibomcha Sanatombi Chaoba Memcha Ibeyaima Nganthoi Premjit Bembem".split(),
               "Ningthoujam Laishram Thokchom Konsam Wahengbam Khumanthem Yumnam Oinam Sorokhaibam".split()),
    "khasi": ("Banteilang Iaphisha Wanphrang Ibakordor Kyntiew Daiaphi Shaniah Donbok Kitboklang Ibadahun".split(),
              "Lyngdoh Kharkongor Syiemlieh Marbaniang Nongrum Warjri Kharbuli Dkhar Mawlong".split()),
    "mizo": ("Lalrinawma Zothanpuii Lalremruata Vanlalhruaii Lalthansanga Malsawmtluangi Zoramthanga Lalnunmawii".split(),
             "Ralte Chhakchhuak Khiangte Pachuau Sailo Renthlei Hnamte Fanai Hmar".split()),
    "chamorro": ("Bernadita Ignacio Joaquina Vicente Remedios Engracia Chong Tasi Hånom Guinaiya".split(),
                 "Taitano Quitugua Aguon Manibusan Taimanglo Terlaje Mafnas Unpingco Quichocho Taijeron".split()),
    "marshallese": ("Amata Imata Litokwa Jurelang Kessai Hemos Mattlan Tarlang Bilimon Neijon".split(),
                    "Kabua Tomeing Zedkaia Loeak Jibas Langidrik Zackhras Lajuan Anjain Kilma".split()),
    "kiribati": ("Teburoro Anote Taneti Tekarei Kourabi Banuera Teweiariki Toaiti Ioane Tiree".split(),
                 "Maamau Teatao Kaitu Taburuea Berina Tebano Tekeraoi Natan Tabai Iotebwa".split()),
    "ossetian": ("Soslan Khetag Zaurbek Alan Zalina Taimuraz Dzerassa Batraz Fariza Aslanbek".split(),
                 "Dzagoev Gazzaev Tsallagov Kokoity Bestaev Dzasokhov Mamsurov Tedeev Khugaev Bitarov".split()),
    "circassian": ("Nalbiy Khazret Adamey Fatimat Zaira Kazbek Asiyat Bislan Murdin Saida".split(),
                   "Kumpilov Tkhakushinov Sovmen Khatkov Berzegov Shkhalakhov Tlekhuch Nagoev Kardanov Kokov".split()),
    "avar": ("Gadzhimurad Patimat Shamil Zaynab Gamzat Abdulmanap Khadizhat Saygid Aminat Magomedrasul".split(),
             "Gadzhiev Gamzatov Alibekov Khalilov Abdulaev Dibirov Gitinov Ramazanov Khizriev".split()),
    "sakha": ("Aysen Sardaana Nyurgun Kyunney Aital Tuyaara Erchim Nyurgusta Ayaal Sayaana".split(),
              "Ammosov Oyunsky Kulakovsky Sleptsov Nikiforova Gogolev Sivtsev Argunov Danilova".split()),
    "buryat": ("Bair Tsyren Dashi Sayana Bato Erzhena Zorigto Darima Tumen Aryuna".split(),
               "Tsydenov Dorzhiev Tsyrenzhapov Dashinimaev Badmaev Zhambalov Garmaev Bal'zhinimaev".split()),
    "chuvash": ("Attil Narspi Salam Ilem Ukhtiver Sarpi Pinerpi Eteru Tavar Akhvan".split(),
                "Khuzangay Sespel Ukhsay Eyzin Mishshi Aygi Tuktash Shelebi Yuman".split()),
    "belarusian": ("Alaksandr Aleś Ulada Jaŭhien Kastuś Nasta Paŭlina Źmicier Taccjana Uładzimir".split(),
                   "Bahdanovič Karatkievič Bykaŭ Hapanovič Kupałaŭ Cichanoŭski Łuckievič Dubaŭca".split()),
    "aromanian": ("Tachi Mita Vanghelu Zoica Nasi Sita Hrista Ianula Mihali Tuli".split(),
                  "Caragiu Papahagi Balamaci Hagigogu Cuvata Caracota Bicu Dabija Gica".split()),
    "occitan": ("Bernat Guilhèm Mirelha Estève Nadal Bertran Azalaïs Joana Loís Maëlis".split(),
                "Delpech Roqueta Castanhet Bonafont Canet Escudièr Lafargue Sabatièr Bonnefous".split()),
    "friulian_ladin": ("Pieri Meni Catine Tite Gjovanin Vigj Ane Ursule Toni Lussie".split(),
                       "Zuliani Di Bert Cudicio Pittino Craighero Comelli Agostinis Zardini Dapoz Kostner".split()),
    "asturian": ("Xuan Xuaquín Pilarín Xicu Llucía Uxenia Alvarín Nel Xulia Covadonga".split(),
                 "Fueyo Llaneza Quirós Arbesú Cuetos Villaverde Peláez Cienfuegos Sopeña".split()),
    "cape_verdean": ("Djamila Nhanha Adilson Nelida Zezinho Evandro Djoy Tuta Celina Edmilson".split(),
                     "Semedo Fortes Tavares Monteiro Spencer Brito Évora Andrade Lima".split()),
    "fula": ("Thierno Hadiatou Alfa Dieynaba Hamidou Saïkou Mariama Souleymane Nènè Hawa".split(),
             "Diallo Barry Bah Baldé Jalloh Sidibé Tall Dicko Bâ Sangaré".split()),
    "ewe": ("Selorm Elikem Dzifa Mawuli Kafui Senyo Edem Yayra Sedinam Delali".split(),
            "Agbeko Amegashie Dzokoto Kpodo Gbeho Agbenyega Ahiable Tsikata Akpabli Amenuvor".split()),
    "fon": ("Sèdjro Mahougnon Sèna Gbèmèho Codjo Ablawa Houessou Ayaba Fifamè Sènami".split(),
            "Houngbédji Adjovi Agbodjan Dossou-Yovo Houénou Zinsou Kpadonou Akplogan Glèlè Tossou".split()),
    "mossi": ("Wendkouni Rasmané Wendyam Salamata Noaga Pousga Rakiéta Tinga Zénabo Relwendé".split(),
              "Ouédraogo Compaoré Sawadogo Kaboré Zongo Ilboudo Tapsoba Zoungrana Nikiéma Yaméogo".split()),
    "oromo": ("Chaltu Gemechu Lensa Obsa Bontu Tolera Hawi Ayantu Gammachis Kenenisa".split(),
              "Tufa Gudeta Dhugassa Gurmessa Jaleta Fayisa Lemma Tolossa Bulcha Feyissa".split()),
    "tigrinya": ("Tesfalem Senait Filmon Awet Yordanos Merhawi Saron Biniam Luwam Rahel".split(),
                 "Tesfamariam Ghebreyesus Weldemichael Kidane Berhe Tekle Habtemariam Ghirmay Mebrahtu".split()),
    "venda_tsonga": ("Mashudu Rudzani Ndivhuwo Tshilidzi Khathutshelo Mulalo Hlulani Nyiko Tsakani Masingita".split(),
                     "Mudau Ramavhoya Netshitenzhe Nemavhola Tshivhase Baloyi Chauke Maluleke Mathebula Rikhotso".split()),
    "congolese": ("Dieumerci Exaucé Bienvenu Merveille Trésor Glodie Chancelvie Nsimba Makiese Lutumba".split(),
                  "Mbemba Kabasele Mputu Kalonji Mulumba Nzuzi Ilunga Kabeya Mbuyi Tshibangu".split()),
    "bemba": ("Chanda Mwila Mulenga Bwalya Chilufya Mwansa Kabwe Musonda Chileshe Mapalo".split(),
              "Kapwepwe Chiluba Mwanawasa Mutale Chola Kasonde Mumba Chisenga Kapembwa".split()),
    "ovambo": ("Ndapewa Tuyeni Nangula Pendapala Ndeshipanda Tulonga Nelago Hafeni Iyaloo Penda".split(),
               "Shikongo Amupolo Haufiku Iipumbu Nghidinwa Kandjii Tjiriange Kavari Hangula Nujoma".split()),
    "aymara": ("Wara Illa Qhana Mallku Phaxsi Chuqi Sirpa Willka Jallpa Amuyu".split(),
               "Ticona Chambi Huanca Limachi Ajata Yujra Chura Poma Copa Ch'uqi".split()),
    "lakota": ("Wanbli Chaska Takoda Wakinyan Ohanzee Mato Zitkala Hehaka Wiyaka Tatanka".split(),
               "Red Cloud;Iron Shell;Looking Horse;Bear Runner;Little Thunder;Spotted Eagle;Kills Enemy;Swift Hawk".split(";")),
    "cree_ojibwe": ("Niigaan Waaseyaa Ziibiwan Migizi Aandeg Nodin Makwa Binesi Giizhig Memengwaa".split(),
                    "Kakegamic Meekis Keeskitay Okimaw Nanibush Waboose Ahenakew Mistahimaskwa Kiyiyakewasis".split()),
    "okinawan": ("Kamado Ushi Tsuru Chiru Nabi Kamii Ushii Yuina Kanae Mōshi".split(),
                 "Higa Shimabukuro Oshiro Kinjo Nakandakari Chinen Arakaki Tamanaha Yonamine Kochinda".split()),
    "png_vanuatu": ("Kila Wari Dulcie Bosco Serah Kumul Tanu Mekere Belden Gima Kalo Jotham".split(),
                    "Somare Morauta Namaliu Wingti Marape Pruaitch Pundari Kalsakau Napuat Regenvanu Natapei Tabimasmas".split()),
    "romani": ("Bahtalo Luludi Shukar Drina Zindelo Lenuța Florica Mirela Sorin Zanfira".split(),
               "Lăcătuș Căldărar Rostás Lakatos Gáman Stojka Demetrovics Ursari".split()),
    # rare real names: Bible names few parents still give, Scottish surnames not spoken as spelt
    "rare": ("Kerenhappuch Zilpah Jehoiada Hushai Abishag Ithamar Keturah Shiphrah Eliphalet Zeruiah".split(),
             "Auchinleck Dalziel Menzies Colquhoun Urquhart Farquharson Kilgour Strachan Ogilvy Buchan".split()),
}  # fmt: skip
PATRONYMIC_ORIGINS_HELDOUT10 = {"ossetian", "circassian", "avar", "sakha", "buryat", "chuvash", "uk_UA"}
# invented names of a kind no list holds: fantasy-like given names, made-up roots with other suffixes
INVENTED_GIVEN_HEADS_HELDOUT10 = [
    "Ael",
    "Oro",
    "Ysa",
    "Quil",
    "Tev",
    "Iov",
    "Xan",
    "Umb",
    "Eld",
    "Zeph",
    "Ovi",
    "Kest",
]
INVENTED_GIVEN_TAILS_HELDOUT10 = ["wyn", "ara", "ios", "elle", "indra", "omir", "ette", "ius", "ava", "oran"]
INVENTED_SURNAME_HEADS_HELDOUT10 = ["Vark", "Moss", "Quill", "Tarn", "Brisk", "Olm", "Yarr", "Dunk", "Sall", "Crewe",
                                    "Pemb", "Ivel"]  # fmt: skip
INVENTED_SURNAME_TAILS_HELDOUT10 = ["quist", "ayev", "oglu", "wala", "akis", "ssen", "ini", "ault", "amba", "otto",
                                    "ek", "iak"]  # fmt: skip
# honorifics of the same origins (Mizo Pu/Pi, Khasi Bah/Kong, Chamorro Tun/Tan, Oromo Obbo/Aadde...): kept
# outside the gold span, as heldout8 does with English titles
HONORIFICS_HELDOUT10 = ["Smt. ", "Shri ", "Pu ", "Pi ", "Bah ", "Kong ", "Tun ", "Tan ", "Obbo ", "Aadde ", "Ato ",
                        "W/ro ", "Hon. "]  # fmt: skip
IBAN_SHAPES_HELDOUT10 = {
    "MG": "23n", "SN": "1a23n", "CF": "23n", "TD": "23n", "GQ": "23n", "GW": "2c19n", "KM": "23n", "IR": "22n",
}  # fmt: skip
DIGIT_WORDS = "zero one two three four five six seven eight nine".split()
NATO = dict(
    zip(string.ascii_lowercase,
        ("alpha bravo charlie delta echo foxtrot golf hotel india juliett kilo lima mike november oscar papa "
         "quebec romeo sierra tango uniform victor whiskey x-ray yankee zulu").split(), strict=True)
)  # fmt: skip


def _hangul_to_latin(text: str) -> str:
    """Revised Romanisation of Hangul syllables, one word ('성민' -> 'Seongmin'); a final consonant before a
    vowel is voiced, as it is pronounced ('k' -> 'g')."""
    out = []
    syllables = [ord(c) - 0xAC00 for c in text if 0xAC00 <= ord(c) <= 0xD7A3]
    for i, s in enumerate(syllables):
        initial, vowel, final = s // 588, (s % 588) // 28, s % 28
        lead = HANGUL_INITIALS[initial].replace("-", "")
        coda = HANGUL_FINALS[final]
        if coda and i + 1 < len(syllables) and syllables[i + 1] // 588 == 11:  # next syllable starts with ㅇ
            coda = {"k": "g", "t": "d", "p": "b", "l": "r"}.get(coda, coda)
        out.append(lead + HANGUL_VOWELS[vowel] + coda)
    return "".join(out).capitalize()


def _greek_to_latin(text: str) -> str:
    """ELOT 743 spelling of a Greek name, accents dropped ('Γκατζογιάννης' -> 'Gkatzogiannis')."""
    import unicodedata

    plain = "".join(c for c in unicodedata.normalize("NFD", text.lower()) if not unicodedata.combining(c))
    for greek, latin in GREEK_DIGRAPHS:
        plain = plain.replace(greek, latin)
    return "".join(GREEK_TO_LATIN.get(c, c) for c in plain).title()


def _spoken_digits(text: str, rng: random.Random) -> str:
    """A number as a voice assistant transcribes it: '+260 97' -> 'plus two six zero nine seven'; letters
    are kept as capitals spelt apart, zero sometimes read as 'oh'."""
    words = []
    for c in text:
        if c.isdigit():
            words.append("oh" if c == "0" and rng.random() < 0.3 else DIGIT_WORDS[int(c)])
        elif c == "+":
            words.append("plus")
        elif c.isalpha():
            words.append(c.upper())
        elif c == "." and words:
            words.append("dot")
    return " ".join(words)


def _spelled_nato(text: str) -> str:
    """A password read out letter by letter: 'Tx4' -> 'capital tango x-ray four'."""
    words = []
    for c in text:
        if c.isdigit():
            words.append(DIGIT_WORDS[int(c)])
        elif c.lower() in NATO:
            words.append(("capital " if c.isupper() else "") + NATO[c.lower()])
    return " ".join(words)


def _ordinal(k: int) -> str:
    """'1st', '2nd', '11th': how Bengaluru addresses number their cross and main roads."""
    return f"{k}{'th' if 10 <= k % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(k % 10, 'th')}"


def _bold_one_group(value: str, rng: random.Random) -> str:
    """A grouped number with one group highlighted by markup, as a web page or chat renders it."""
    groups = value.split(" ")
    i = rng.randrange(len(groups))
    left, right = rng.choice(
        [("<b>", "</b>"), ("**", "**"), ("<strong>", "</strong>"), ("<mark>", "</mark>")]
    )
    groups[i] = f"{left}{groups[i]}{right}"
    return " ".join(groups)


class Gen10(Gen3):
    """Generators for held-out set 10: origins, name forms, formats and contexts none of the other sets use."""

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        for i, loc in enumerate(NAME_LOCALES_HELDOUT10):
            self.fakers[loc] = Faker(loc)
            self.fakers[loc].seed_instance(seed + 1000 + i)

    def faker_name(self) -> tuple[str, str, str]:
        """(given, family, locale) from a held-out faker locale, in Latin letters."""
        loc = self.rng.choice(NAME_LOCALES_HELDOUT10)
        f = self.f(loc)
        first, last = f.first_name(), f.last_name()
        if loc == "ko_KR":
            return _hangul_to_latin(first), KOREAN_SURNAMES.get(last, _hangul_to_latin(last)), loc
        if loc == "uk_UA":
            return _transliterate(first, UKRAINIAN_TO_LATIN), _transliterate(last, UKRAINIAN_TO_LATIN), loc
        return _greek_to_latin(first), _greek_to_latin(last), loc

    def invented_name(self) -> tuple[str, str]:
        """(given, surname) no list holds: 'Quilindra', 'Tarnquist'."""
        rng = self.rng
        given = rng.choice(INVENTED_GIVEN_HEADS_HELDOUT10) + rng.choice(INVENTED_GIVEN_TAILS_HELDOUT10)
        return given, rng.choice(INVENTED_SURNAME_HEADS_HELDOUT10) + rng.choice(
            INVENTED_SURNAME_TAILS_HELDOUT10
        )

    def first_last_origin(self) -> tuple[str, str, str]:
        """A given and a family name of one origin, and the origin's key."""
        r = self.rng.random()
        if r < 0.2:
            return self.faker_name()
        if r < 0.28:
            return (*self.invented_name(), "invented")
        origin = self.rng.choice(sorted(NAMES_HELDOUT10))
        firsts, lasts = NAMES_HELDOUT10[origin]
        return self.rng.choice(firsts), self.rng.choice(lasts), origin

    def first_last(self) -> tuple[str, str]:
        first, last, _ = self.first_last_origin()
        return first, last

    def patronymic(self, origin: str) -> str:
        """A father's-name middle name as Russian-style and Ukrainian documents write it."""
        if origin == "uk_UA":
            father = _transliterate(self.f("uk_UA").first_name_male(), UKRAINIAN_TO_LATIN)
            return father.rstrip("oaiy") + self.rng.choice(["ovych", "ivna"])
        father = self.rng.choice(NAMES_HELDOUT10[origin][0])
        return father.rstrip("aeiouy") + self.rng.choice(["ovich", "ovna", "evich"])

    def person(self) -> str:
        rng = self.rng
        first, last, origin = self.first_last_origin()
        r = rng.random()
        if r < 0.28:
            name = f"{first} {last}"
        elif r < 0.42:
            name = first
        elif r < 0.48:
            name = last
        elif r < 0.54:
            name = f"{last} {first}"  # family name first, no capitals to mark it
        elif r < 0.59 and origin in PATRONYMIC_ORIGINS_HELDOUT10:
            name = f"{first} {self.patronymic(origin)} {last}"
        elif r < 0.64:
            name = f"{last[0]}. {first}"  # South Indian style: the family name as an initial in front
        elif r < 0.7:  # split by markup: a rendered page or a chat client's formatting
            name = rng.choice([f"**{first}** {last}", f"<b>{first}</b> {last}", f"{first} <i>{last}</i>",
                               f'<span class="hl">{first}</span> {last}', f"{first} __{last}__"])  # fmt: skip
        elif r < 0.76:  # pasted from a JSON dump: non-ASCII letters as \\u escapes
            name = json.dumps(f"{first} {last}")[1:-1]
        elif r < 0.8:  # taken from a URL's query string
            from urllib.parse import quote_plus

            name = quote_plus(f"{first} {last}")
        elif r < 0.86:  # a couple sharing the family name
            partner = (
                rng.choice(NAMES_HELDOUT10[origin][0]) if origin in NAMES_HELDOUT10 else self.first_last()[0]
            )
            name = f"{first} {rng.choice(['&', 'and', '+'])} {partner} {last}"
        elif r < 0.9:
            name = f"{first}~{last}"  # LaTeX's unbreakable space
        else:
            name = f"{first} {last}"
        c = rng.random()
        if c < 0.06:
            return name.lower()
        if c < 0.1:
            return name.upper()
        return name

    def spelt_name(self) -> str:
        """A family name spelt out letter by letter, as a caller does on the phone: 'D-K-H-A-R'."""
        last = self.first_last()[1].replace(" ", "").replace("'", "")
        return self.rng.choice(["-", " ", ". "]).join(last.upper())

    def address(self) -> str:
        rng, n = self.rng, self.rng.randint(1, 240)
        pick = rng.choice
        shapes = [
            f"No. {n}, {_ordinal(rng.randint(1, 12))} Cross, {_ordinal(rng.randint(1, 9))} Main, {pick(['Jayanagar 4th Block', 'Malleswaram', 'Basavanagudi'])}",
            f"H. No. {rng.randint(100, 999)}/{pick('ABC')}, {pick(['Bairo Alto', 'Saligao', 'Aldona'])}, Bardez, Goa",
            f"Block {pick(['A', 'C', 'K'])}-{rng.randint(1, 40)}, {pick(['Ulhasnagar Camp 3', 'Gandhidham Ward 12-B', 'Sindhi Colony'])}",
            f"House {n}, Lane {rng.randint(1, 14)}, {pick(['Rajbagh', 'Jawahar Nagar', 'Hyderpora'])}, Srinagar",
            f"Qtr No. {n}, {pick(['Singjamei Mathak Leikai', 'Uripok Khoisnam Leikai', 'Sagolband Tera'])}, Imphal",
            f"Y-{n}, {pick(['Chanmari West', 'Dawrpui Vengthar', 'Zarkawt'])}, Aizawl",
            f"{n} Chalan {pick(['Santo Papa', 'Kanton Tasi', 'Pale San Vitores'])}, {pick(['Hagåtña', 'Tamuning', 'Dededo'])}, GU 969{rng.randint(10, 32)}",
            f"Lot {n}, {pick(['Delap', 'Uliga', 'Rita'])} Village, Majuro, MH 96960",
            f"vul. {pick(['Niezaliežnasci', 'Kalektarnaja', 'Surhanava'])} {n}, kv. {rng.randint(1, 120)}, Minsk",
            f"ul. {pick(['Kirova', 'Tsaregovaya', 'Butyrina'])}, d. {n}, kv. {rng.randint(1, 120)}, Vladikavkaz",
            f"{n} carrièra {pick(['dels Filatièrs', 'de la Pomme', 'del Taur'])}, Tolosa",
            f"vie {pick(['Aquilee', 'Mercatovecchio', 'Cividât'])} {n}, Udin",
            f"cai {pick(['Uría', 'Magdalena', 'Fruela'])}, {n}, {rng.randint(1, 8)}º{pick('ABCD')}, Uviéu",
            f"Rua {pick(['5 de Julho', 'Cidade de Funchal', 'Serpa Pinto'])} nº {n}, {pick(['Achada Santo António', 'Palmarejo', 'Plateau'])}, Praia",
            f"Secteur {rng.randint(1, 55)}, Rue {rng.randint(1, 55)}.{rng.randint(1, 99)}, porte {n}, Ouagadougou",
            f"Carré {rng.randint(100, 2999)}, {pick(['Gbégamey', 'Akpakpa', 'Fidjrossè'])}, Cotonou",
            f"Stand {rng.randint(100, 4999)}, Block {pick('FGHP')}, Thohoyandou",
            f"Avenue {pick(['Kasa-Vubu', 'Lukusa', 'du Commerce'])} n° {n}, Q/{pick(['Matonge', 'Binza'])}, C/{pick(['Kalamu', 'Ngaliema', 'Gombe'])}",
            f"Erf {rng.randint(1000, 9999)}, {pick(['Independence Avenue', 'Sam Nujoma Drive', 'Nelson Mandela Avenue'])}, Windhoek",
            f"Av. {pick(['6 de Agosto', 'Arce', 'Ecuador'])} #{rng.randint(100, 2999)}, Zona {pick(['Sopocachi', 'Miraflores', 'Calacoto'])}",
            f"HC {rng.randint(10, 99)} Box {rng.randint(1, 999)}, Pine Ridge, SD 57770",
            f"{rng.randint(1, 4)}-{rng.randint(1, 30)}-{rng.randint(1, 20)} {pick(['Makishi', 'Kumoji', 'Shuri Tonokura-cho'])}, Naha-shi, Okinawa",
            f"Section {rng.randint(1, 99)}, Lot {rng.randint(1, 60)}, {pick(['Boroko', 'Gordons', 'Waigani'])}, NCD",
            f"PSC {rng.randint(1000, 9999)}, Box {rng.randint(1, 9999)}, APO AE 09{rng.randint(100, 999)}",
            f"P.O. Box {rng.randint(30000, 51999)}, {pick(['Lusaka', 'Ndola', 'Kitwe'])}",
        ]  # fmt: skip
        addr = pick(shapes)
        if rng.random() < 0.12 and ", " in addr:  # a line break stored as an escape in a JSON or SQL dump
            i = addr.rindex(", ")
            addr = addr[:i] + "\\n" + addr[i + 2 :]
        return addr

    def email(self) -> str:
        rng = self.rng
        first, last = (_ascii_name(x).replace("ł", "l").replace("~", "") for x in self.first_last())
        user = rng.choice([f"{first}.{last}", f"{first[0]}.{last}", f"{last}{first[0]}", f"{first}{last}{rng.randint(70, 99)}",
                           f"{first}+{rng.choice(['kaizen', 'rent', 'vet', 'school', 'gym'])}", f"{last}.{first}",
                           f"{first}_{rng.randint(1, 9)}"])  # fmt: skip
        domain = rng.choice(["sify.com", "proton.me", "guam.net", "ntamar.net", "tskl.net.ki", "yandex.ru",
                             "mail.by", "laposte.net", "libero.it", "orange.bf", "iway.na", "zamtel.zm",
                             "vodacom.cd", "entelnet.bo", "cvtelecom.cv", "ethionet.et", "ukr.net", "naver.com",
                             "otenet.gr", "zoho.com", "tuta.io", "duck.com", "outlook.com", "gmail.com"])  # fmt: skip
        r = rng.random()
        if r < 0.1:  # a mailing-list archive hides the at sign
            return f"{user} at {domain}"
        if r < 0.18:
            return f"{user} [at] {domain.replace('.', ' [dot] ')}"
        if r < 0.23:
            return f"{user}(at){domain}"
        if r < 0.28:  # a web page's spam protection: the at sign as an HTML entity
            return f"{user}&#64;{domain}"
        if r < 0.32:
            return f"{user}<span>@</span>{domain}"
        if r < 0.35:  # a quoted local part, legal and rare
            return f'"{user}"@{domain}'
        return f"{user}@{domain}"

    def phone(self) -> str:
        d, rng = self.d, self.rng
        shapes = [
            f"+1 (671) {rng.choice(['472', '477', '646'])}-{d(4)}",  # Guam
            f"+692 {rng.choice(['455', '456', '625'])}-{d(4)}",  # Marshall Islands
            f"+686 7{d(3)} {d(4)}",  # Kiribati
            f"+675 7{d(3)} {d(4)}",  # Papua New Guinea
            f"+678 5{d(2)} {d(4)}",  # Vanuatu
            f"+238 9{d(2)} {d(2)} {d(2)}",  # Cape Verde
            f"+226 7{d(1)} {d(2)} {d(2)} {d(2)}",  # Burkina Faso
            f"+229 01 {rng.choice(['96', '97', '66', '67'])} {d(2)} {d(2)} {d(2)}",  # Benin, ten digits
            f"+228 9{d(1)} {d(2)} {d(2)} {d(2)}",  # Togo
            f"+291 7 {d(3)} {d(3)}",  # Eritrea
            f"+260 9{rng.choice('567')}{d(1)} {d(3)} {d(3)}",  # Zambia
            f"+264 81 {d(3)} {d(4)}",  # Namibia
            f"+243 8{rng.choice('1259')}{d(1)} {d(3)} {d(3)}",  # DR Congo
            f"+591 7{d(7)}",  # Bolivia
            f"+375 (29) {d(3)}-{d(2)}-{d(2)}",  # Belarus
            f"8 (8672) {d(2)}-{d(2)}-{d(2)}",  # Vladikavkaz, dialled from inside Russia
            f"+7 (4112) {d(2)}-{d(2)}-{d(2)}",  # Yakutsk
            f"098-{d(3)}-{d(4)}",  # Okinawa
            f"010-{d(4)}-{d(4)}",  # South Korea
            f"+380 {rng.choice(['67', '50', '93'])} {d(3)} {d(2)} {d(2)}",  # Ukraine
            f"69{d(2)} {d(3)} {d(3)}",  # Greece
            f"(0364) 2{d(6)}",  # Shillong
            f"0832-2{d(6)}",  # Goa
            f"(605) 867-{d(4)}",  # Pine Ridge
            f"05 61 {d(2)} {d(2)} {d(2)}",  # Toulouse
            f"0432 {d(6)}",  # Udine
            f"(+260) 97{d(1)} {d(3)} {d(3)}",
        ]
        phone = rng.choice(shapes)
        r = rng.random()
        if r < 0.12:  # a voice assistant's transcript
            return _spoken_digits(phone, rng)
        if r < 0.19 and " " in phone:
            return _bold_one_group(phone, rng)
        if r < 0.24 and phone.startswith("+"):  # from a tel: link, URL-encoded
            return "%2B" + re.sub(r"\D", "", phone)
        return phone

    def card(self) -> str:
        rng = self.rng
        prefix, length = rng.choice(
            [
                ("6304", 16),
                ("6706", 19),
                ("6759", 18),
                ("4903", 16),
                ("9704", 16),
                ("9704", 19),
                ("2205", 16),
                ("600722", 16),
                ("9804", 16),
                ("9051", 16),
                ("9417", 16),
                ("9762", 16),
                ("636", 16),
                ("590712", 16),
                ("501105", 16),
                ("603488", 16),
                ("34", 15),
            ]
        )  # Laser, Switch, NAPAS, Borica, Forbrugsforeningen, Prostir, ArCa, Elcart, Korti Milli, InterPayment...
        num = _luhn_number(rng, prefix, length)
        if length == 15:  # American Express prints 4-6-5
            grouped = f"{num[:4]} {num[4:10]} {num[10:]}"
        else:
            grouped = " ".join(num[i : i + 4] for i in range(0, length, 4))
        r = rng.random()
        if r < 0.35:
            return grouped
        if r < 0.5:
            return grouped.replace(" ", "-")
        if r < 0.58:
            return _bold_one_group(grouped, rng)
        if r < 0.68:  # read out to a voice assistant, a pause between groups
            return ", ".join(_spoken_digits(g, rng) for g in grouped.split(" "))
        return num

    def iban(self) -> str:
        rng = self.rng
        country = rng.choice(sorted(IBAN_SHAPES_HELDOUT10))
        iban = _iban(rng, country, IBAN_SHAPES_HELDOUT10[country])
        grouped = " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
        r = rng.random()
        if r < 0.4:
            return grouped
        if r < 0.48:
            return _bold_one_group(grouped, rng)
        if r < 0.54:
            return _spoken_digits(iban, rng)
        if r < 0.62:  # a spreadsheet that kept the groups but used dots
            return grouped.replace(" ", ".")
        return iban

    def ip_sample(self) -> tuple[str, str]:
        """(template with {}, address): manifests, state files, notebooks, dumps, alerts, threat reports."""
        rng, f = self.rng, self.f()
        v4 = rng.choice([f.ipv4_public(), f.ipv4_public(), f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                         f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])  # fmt: skip
        h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
        v6 = rng.choice(
            [
                f"2a0{rng.randint(1, 9)}:{h()}:{h()}:{h()}::{h()}",
                f"2C0F:{h()}:{h()}:{h()}:{h()}::{h()}".upper(),
                f"::ffff:{f.ipv4_public()}",
                f"fd{rng.randint(0, 255):02x}:{h()}:{h()}::{h()}",
                f"2600:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}",
            ]
        )  # fmt: skip
        defanged = rng.choice(
            [v4.replace(".", "[.]"), v4[: v4.rindex(".")] + "[.]" + v4[v4.rindex(".") + 1 :]]
        )
        options = [
            ("spec:\n  type: LoadBalancer\n  loadBalancerIP: {}", v4),
            ("service:\n  externalIPs:\n    - {}", v4),
            ('"public_ip": "{}",', v4),
            ('"ipv6_address": "{}",', v6),
            ('cidr_blocks = ["{}/32"]  # office', v4),
            ("Out[4]: IPv4Address('{}')", v4),
            ("In [7]: socket.gethostbyname('db-primary')\nOut[7]: '{}'", v4),
            ("X-Real-IP: {}\nUser-Agent: PostmanRuntime/7.36.0", v4),
            ("INSERT INTO logins (user_id, ip) VALUES (42, '{}');", rng.choice([v4, v6])),
            ("-    server 10.0.0.4:8080;\n+    server {}:8080;", v4),
            ("!whois {}", v4),
            ("New sign-in to your account from {} (Lusaka, ZM). Not you?", rng.choice([v4, v6])),
            ('"last_login_ip": "{}"', rng.choice([v4, v6])),
            ("IOC: C2 traffic to {} over 443", defanged),
            ("hxxp://{}/gate.php seen in the phishing mail", defanged),
            ("voice: connect to {}", _spoken_digits(v4, rng)),
            ("DHCPACK on {} to 3c:22:fb:10:aa:07 (guest-room-214)", v4),
            ("ip6tables -A INPUT -s {} -j DROP", v6),
        ]
        return options[rng.randrange(len(options))]

    def password(self) -> str:
        rng, w = self.rng, self.f().word
        pet = rng.choice(["Biscuit", "Mochi", "Pepper", "Luna", "Kiwi"])
        return rng.choice(
            [
                f"{pet}{rng.randint(2010, 2024)}{rng.choice('!?.')}",
                f"{w().capitalize()}-{w()}-{w()}-{rng.randint(1, 9)}",
                f"{self.token(rng.randint(10, 16), string.ascii_letters + string.digits + '!$^*')}",
                f"{rng.choice(['Kabua', 'Lyngdoh', 'Tsikata', 'Higa', 'Llaneza'])}{rng.choice(['@', '#', '_'])}{rng.randint(100, 9999)}",
                f"{w()}{rng.randint(10, 99)}{w().upper()}",
            ]
        )  # fmt: skip

    def secret(self) -> tuple[str, str]:
        tok, pw, rng, d = self.token, self.password(), self.rng, self.d
        alnum = string.ascii_letters + string.digits
        hexd = "0123456789abcdef"
        b64 = alnum + "+/"
        b64u = alnum + "-_"
        uuid = lambda: "-".join(tok(k, hexd) for k in (8, 4, 4, 4, 12))  # noqa: E731
        plain_pw = self.token(rng.randint(8, 12), alnum)
        options = [
            ("SQUARE_ACCESS_TOKEN={}", "sq0atp-" + tok(22, b64u)),
            ("square oauth secret {} in the old branch", "sq0csp-" + tok(43, b64u)),
            (f'razorpay.Client(auth=("rzp_live_{tok(14, alnum)}", "{{}}"))', tok(24, alnum)),
            ("BITBUCKET_APP_PASSWORD={}", "ATBB" + tok(32, alnum) + tok(8, "0123456789ABCDEF")),
            ("fcm server key {} (legacy api)", "AAAA" + tok(7, b64u) + ":APA91b" + tok(134, b64u)),
            ("CIRCLE_TOKEN={}", "CCIPAT_" + tok(22, alnum) + "_" + tok(40, hexd)),
            ("grafana cloud token {}", "glc_" + tok(58, alnum)),
            ("ADYEN_API_KEY={}", "AQE" + tok(60, b64u)),
            ("BREVO_API_KEY={}", "xkeysib-" + tok(64, hexd) + "-" + tok(16, alnum)),
            ("honeycomb ingest key {}", "hcaik_" + tok(58, alnum)),
            ("postgresql://neondb_owner:{}@ep-quiet-sun-482913.eu-central-1.aws.neon.tech/neondb", "npg_" + tok(12, alnum)),
            ("gitlab deploy token {} for the helm chart repo", "gldt-" + tok(20, b64u)),
            ("ALGOLIA_ADMIN_KEY={}", tok(32, hexd)),
            ("launchdarkly sdk key {}", "sdk-" + uuid()),
            ("CODECOV_TOKEN={}", uuid()),
            ("azure devops PAT {} expires friday", tok(52, "abcdefghijklmnopqrstuvwxyz234567")),
            ('"private_key": "-----BEGIN PRIVATE KEY-----\\n{}\\n-----END PRIVATE KEY-----\\n",', "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC" + tok(64, b64)),
            ("apiVersion: v1\nkind: Secret\ntype: Opaque\ndata:\n  password: {}", base64.b64encode(pw.encode()).decode()),
            ("users:\n- name: ci\n  user:\n    client-key-data: {}", "LS0tLS1CRUdJTiBSU0EgUFJJVkFURSBLRVktLS0tLQo" + tok(80, b64)),
            ("postgresql:\n  auth:\n    postgresPassword: {}", pw),
            ('"master_password": "{}",', pw),
            ("CREATE USER report_ro WITH PASSWORD '{}';", pw),
            ("ALTER LOGIN sa WITH PASSWORD = '{}';", pw),
            ('In [2]: client = Mistral(api_key="{}")', tok(32, alnum)),
            ('co = cohere.ClientV2("{}")', tok(40, alnum)),
            ("+SECRET_KEY_BASE={}", tok(128, hexd)),
            ("review: please rotate {} before merging, it is in the diff", tok(40, alnum)),
            ("x-api-key: {}\nAccept: */*\nPostman-Token: 0b8f1c2e-7d1a-4c55-9a2f-5b1f0f1e3a44", tok(40, alnum)),
            ("Cookie: session={}; theme=dark", tok(43, b64u)),
            ('"client_secret": "{}"', tok(3, alnum) + "8Q~" + tok(31, b64u + "~.")),
            ("\\newcommand{\\apikey}{{}}", tok(40, alnum)),
            ("G-{} is your Google verification code.", d(6)),
            ("Your Kaizen sign-in code: {}. Don't share it with anyone.", d(6)),
            ("<#> {} is your OTP for txn of INR 4,999 at AMZN. Valid 5 mins.", d(6)),
            ("!config set webhook_secret {}", tok(32, alnum)),
            ("/login password:{}", pw),
            ("voice: the wifi password is {}", _spelled_nato(plain_pw)),
            ("voice: my voicemail PIN is {}", _spoken_digits(d(4), rng)),
            ("driver note: keybox code {}, flat 3", d(4)),
            ("payroll_march.zip is protected with {}", pw),
            ("the GDPR export archive password is {}", pw),
            ("lykilorðið er {}", pw),
            ("nenosiri ni {}", pw),
            ("wagwoord: {}", pw),
            ("kata laluan saya {}", pw),
            ("o kodikos einai {}", pw),
            ("senhal: {}", pw),
            ("cyfrinair: {}", pw),
        ]  # fmt: skip
        return options[rng.randrange(len(options))]

    def handle(self) -> str:
        rng = self.rng
        first, last = (_ascii_name(x).replace("ł", "l").replace("~", "") for x in self.first_last())
        return rng.choice(
            [
                f"{first}{last}",
                f"{first}.{last[:1]}",
                f"{first}_{rng.randint(70, 99)}",
                f"the{first}",
                f"{first}{last[:2]}{rng.randint(10, 99)}",
                f"{last}-{first}",
                f"{first}.eth",  # an ENS name
                f"{self.invented_name()[0].lower()}{rng.choice(['', '_', '.'])}{rng.choice(['ink', 'codes', 'lifts'])}",
            ]
        )  # fmt: skip

    def dob(self) -> str:
        rng = self.rng
        dt = self.f().date_of_birth(minimum_age=6, maximum_age=95)
        it = "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split()
        pt = (
            "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split()
        )
        nl = "januari februari maart april mei juni juli augustus september oktober november december".split()
        pl = "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split()
        era = ("S", 1925) if dt.year < 1989 else ("H", 1988) if dt.year < 2019 else ("R", 2018)
        r = rng.random()
        if r < 0.08:
            return _spoken_digits(dt.strftime("%d %m %Y"), rng)
        return rng.choice(
            [
                dt.strftime("%d/%m/%y"),
                dt.strftime("%y%m%d"),  # Korean resident number's first half
                f"{era[0]}{dt.year - era[1]}.{dt.month:02d}.{dt.day:02d}",  # Japanese era
                f"{dt.day:02d}/{dt.month:02d}/{dt.year + 543} (B.E.)",  # Thai Buddhist era
                f"{dt:%b} {dt.day} '{dt:%y}",
                f"{dt.day} {it[dt.month - 1]} {dt.year}",
                f"{dt.day} de {pt[dt.month - 1]} de {dt.year}",
                f"{dt.day} {nl[dt.month - 1]} {dt.year}",
                f"{dt.day} {pl[dt.month - 1]} {dt.year} r.",
                f"{dt.year}-{dt.month}-{dt.day}",
                dt.isoformat(),
            ]
        )


HELDOUT10_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "INSERT INTO guests (id, full_name, room) VALUES (118, '{}', '214');",
        'metadata:\n  annotations:\n    owner: "{}"\n    team: payments',
        "Out[12]: Customer(name='{}', tier='gold')",
        "From 3f2a1c9 Mon Sep 17 00:00:00 2001\nFrom: {}\nSubject: [PATCH] fix rounding in invoices",
        "LGTM, but ask {} before merging the migration",
        "\\author{{}}\n\\affiliation{Institute of Marine Science}",
        "\\bibitem{tides98} {}, \\emph{Tide tables of the north coast}, 1998.",
        'POST /v1/members HTTP/1.1\nContent-Type: application/json\n\n{"displayName": "{}"}',
        'tags = {\n  Owner = "{}"\n  Env   = "prod"\n}',
        "> > On Thu, 7 Mar 2024, {} wrote:\n> > the patch breaks on arm64",
        "dating profile: {}, 29, loves hiking and bad puns",
        "Tenant application — applicant: {}, occupation: nurse",
        "Report card, Term 2 — Student: {} — Maths B+, Reading A",
        "Library record: {} borrowed 'The Overstory', due back 12/04",
        "Vet record: Biscuit (cocker spaniel), owner {}",
        "{} gave you kudos on Morning Run",
        "driver note: if nobody answers leave it with {} next door",
        "Hotel register, room 214: {} (2 adults, 1 child)",
        "HELLO my name is\n{}",
        "TRANSFER FROM {} REF RENT MARCH",
        "emp_id;name;gross\n0042;{};3250.00",
        "Subject access request (GDPR Art. 15) received from {} on 4 March",
        "/remind me to call {} at 6pm",
        "hey kaizen call {} on speaker",
        "ok so {} said she'd bring the cake",
        "{} joined the call",
        "{} has shared a document with you",
        "{} — 2nd place, 10 km, age group 40-44",
        "Pickup authorised for: {} (aunt)",
        "Adopted by {} on 3 June, microchip transferred",
        "Reviewer 2 ({}) asked for one more ablation",
        "thx {} 🙌 merged",
        "Cardholder name: {}",
        "Payee: {} | amount 120.00 | memo: piano lessons",
        "@channel please welcome {} to the data team!",
        "[Speaker badge] {} · Keynote, Hall B",
    ],
    "STREET_ADDRESS": [
        "INSERT INTO deliveries (order_id, addr) VALUES (9931, '{}');",
        "driver note: {} — blue gate, dog is friendly",
        "Tenant's current address: {}",
        "Hotel register: home address {}",
        '"shipping_address": "{}",',
        "Please send the GDPR reply by post to {}",
        "vet home visit at {} on Tuesday morning",
        'address_line1 = "{}"',
        "statement mailing address: {}",
    ],
    "EMAIL_ADDRESS": [
        "INSERT INTO users (id, email) VALUES (42, '{}');",
        "> From: {}\n> Date: Tue, 12 Mar 2024 09:14:02 +0100",
        "\\email{{}}",
        "2FA codes are sent to {}",
        "GDPR: please erase every record linked to {}",
        "X-Original-Sender: {}",
        'contactEmail: "{}"  # helm values',
        "library notices go to {}",
    ],
    "PHONE_NUMBER": [
        "INSERT INTO contacts (id, phone) VALUES (7, '{}');",
        "SMS sent to {}: your code expires in 10 minutes",
        "driver: call {} when you're outside",
        "Tenant phone: {}",
        "hey kaizen dial {}",
        '"msisdn": "{}",',
        "after hours the owner can be reached on {}",
        "emergency_contact_phone={}",
    ],
    "CREDIT_CARD": [
        "INSERT INTO payments (pan, exp) VALUES ('{}', '09/27');",
        '"card": {"number": "{}", "cvc": "***"}',
        "hotel guarantee: card {} on file",
        "voice: my card number is {}",
        "chargeback form, card used: {}",
        "stripe.Token.create(card={'number': '{}'})",
    ],
    "IBAN_CODE": [
        "INSERT INTO payouts (member_id, iban) VALUES (311, '{}');",
        "emp_id,iban,net\n0042,{},2480.15",
        "SEPA CT to {} 450.00 EUR",
        "tenant application: rent will be paid from {}",
        "hey kaizen send fifty euros to {}",
        'iban: "{}"',
    ],
    "USERNAME": [
        "docker pull {}/kaizen-worker:latest",
        "pinterest.com/{}/recipes",
        "https://{}.tumblr.com/post/7341",
        "flickr.com/photos/{}/albums",
        "linkedin.com/in/{}",
        "kaggle.com/{}/code",
        "duolingo.com/profile/{}",
        "GRANT SELECT ON reports.* TO '{}'@'%';",
        "!ban @{} 7d spam links",
        "c.Spawner.notebook_dir = '/srv/jupyterhub/{}'",
        "npmjs.com/~{}",
        "pypi.org/user/{}",
        "git clone git@github.com:{}/dotfiles.git",
        "strava athlete {} set a new 5k PR",
    ],
    "DATE_OF_BIRTH": [
        "INSERT INTO members (id, dob) VALUES (88, '{}');",
        '"birthDate": "{}",',
        "Tenant application — date of birth: {}",
        "Report card — D.O.B. {}",
        "library card application, birthday: {}",
        "Registration card · Date of birth / Date de naissance: {}",
        "hey kaizen my date of birth is {}",
        "athlete_birthday={}",
        "dating bio: born {} ♓",
    ],
}
HELDOUT10_MIXED = [
    ("INSERT INTO tenants (name, email, phone, dob) VALUES ('{}', '{}', '{}', '{}');",
     ["PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH"]),
    ("emp_id,name,iban,gross\n0042,{},{},3250.00", ["PERSON", "IBAN_CODE"]),
    ("hotel register | {} | {} | passport seen", ["PERSON", "STREET_ADDRESS"]),
    ("hey kaizen text {} on {}", ["PERSON", "PHONE_NUMBER"]),
    ("> On Tue, 5 Mar 2024 at 09:14, {} <{}> wrote:", ["PERSON", "EMAIL_ADDRESS"]),
    ("kind: Secret\nmetadata:\n  name: {}-db\nstringData:\n  password: {}", ["USERNAME", "SECRET"]),
    ("Report card for {} (born {})", ["PERSON", "DATE_OF_BIRTH"]),
    ("SPEAKER\n{}\n@{}", ["PERSON", "USERNAME"]),
    ("Dear {}, we received your erasure request for {}", ["PERSON", "EMAIL_ADDRESS"]),
    ("!register {} {}", ["USERNAME", "EMAIL_ADDRESS"]),
    ("New sign-in for {} from {}", ["USERNAME", "IP_ADDRESS"]),
    ("Vet record — owner: {}, tel {}, address {}", ["PERSON", "PHONE_NUMBER", "STREET_ADDRESS"]),
    ("Refund of 42.00 to card {} for {}", ["CREDIT_CARD", "PERSON"]),
    ("hey kaizen my name is {}, that's spelled {}", ["PERSON", "PERSON_SPELT"]),
    ("\\author{{} \\and {}}", ["PERSON", "PERSON"]),
]  # fmt: skip
HELDOUT10_NEGATIVES = [
    "Shillong in the monsoon is all cloud",
    "Aizawl's ridges light up at night",
    "Imphal's women's market is run by mothers",
    "Hagåtña to Tumon is ten minutes",
    "Majuro atoll from the plane",
    "South Tarawa has one main road",
    "Vladikavkaz sits under Mount Kazbek",
    "Yakutsk hit minus fifty again",
    "Minsk to Vilnius by train",
    "Toulouse cassoulet vs Castelnaudary cassoulet",
    "Udine and Cividale on one day",
    "Oviedo cider poured from above the head",
    "Praia is on Santiago island",
    "Ouagadougou hosts FESPACO",
    "Cotonou's Dantokpa market",
    "Asmara's art deco cinemas",
    "Kinshasa and Brazzaville face each other across the river",
    "Windhoek lager is brewed to the Reinheitsgebot",
    "La Paz's cable cars are the commute",
    "Naha's Kokusai-dori at night",
    "Port Moresby to Lae is not on a road",
    "Ben & Jerry's new flavour is too sweet",
    "Tim Hortons double-double",
    "Jack Daniel's and coke",
    "Estée Lauder counter at the airport",
    "Trader Joe's everything bagel seasoning",
    "Hugo Boss suit for the wedding",
    "apiVersion: apps/v1\nkind: Deployment\nspec:\n  replicas: 3",
    "image: nginx:1.25.3-alpine",
    "kubectl get pods -n kube-system -o wide",
    "helm upgrade --install redis bitnami/redis --version 18.6.1",
    "terraform plan -out=tfplan && terraform apply tfplan",
    'ami = "ami-0c55b159cbfafe1f0"',
    "arn:aws:s3:::kaizen-artifacts/models/",
    "SELECT count(*) FROM users WHERE created_at > '2024-01-01';",
    "CREATE INDEX idx_users_email ON users(email);",
    "diff --git a/app.py b/app.py\nindex 83db48f..bf269f4 100644",
    "\\documentclass[11pt]{article}\n\\usepackage{amsmath}",
    "HTTP/1.1 200 OK\nContent-Length: 1532\nCache-Control: no-store",
    "GET {{baseUrl}}/v1/health",
    "Out[7]: 0.9342",
    "[W 2024-03-12 06:25:24.123 ServerApp] Notebook analysis.ipynb is not trusted",
    "Windows build 10.0.19045.3803 is installed",
    "python 3.11.4 and numpy 1.26.4",
    "Stripe's test card 4242 4242 4242 4242 always succeeds",
    "sk-...your key here... goes in .env",
    "API_KEY=<your-token-here>",
    "send it to user@example.com for the demo",
    "the docs use 192.0.2.1 and 2001:db8::1 as examples",
    "GB82 WEST 1234 5698 7654 32 is the IBAN from the spec",
    "call 555-0100 in the movie script",
    "Grade 7, Term 2: Mathematics A-, attendance 96%",
    "Rabies booster due, weight 12.4 kg",
    "5.2 km in 27:41, avg HR 152, VO2max 48",
    "Room 214, late checkout at 1pm",
    "Opening balance 1,204.55 EUR, closing balance 988.10 EUR",
    "gross 3,250.00, tax code 1257L, period 12",
    "Article 15 request acknowledged, 30-day deadline",
    "Never share this code with anyone, not even us",
    "!roll 2d20",
    "/play lofi beats",
    "hey kaizen set a timer for ten minutes",
    "hey kaizen turn the volume to seven",
    "Track B, Room 3, 14:00 — lightning talks",
    "the treaty was signed on 14 March 1987",
    "EAN 4006381333931 on the box",
    "Invoice INV-2024-000123 is overdue",
]  # fmt: skip


def _typo10(rng: random.Random, template: str) -> str:
    """Sticky shift in a template word ('THe', 'PLease'), or autocorrect picking the wrong word ('your' ->
    'you're', 'then' -> 'than'), outside the {} slots."""
    swaps = {"your": "you're", "then": "than", "its": "it's", "to": "too", "there": "their", "the": "teh"}
    words = [m for m in re.finditer(r"(?<!\S)[A-Za-z]{2,}(?![\w}])", template)]
    if not words:
        return template
    if rng.random() < 0.5:
        wrong = [m for m in words if m.group().lower() in swaps]
        if wrong:
            m = rng.choice(wrong)
            return template[: m.start()] + swaps[m.group().lower()] + template[m.end() :]
    m = rng.choice([m for m in words if len(m.group()) >= 3] or words)
    word = m.group()
    return template[: m.start()] + word[:2].upper() + word[2:] + template[m.end() :]


def build_heldout10(seed: int = HELDOUT10_SEED) -> list[Example]:
    """Held-out set 10: `Gen10` values in `HELDOUT10_TEMPLATES`, mixed sentences and look-alike negatives."""
    gen = Gen10(seed)
    rng = gen.rng
    makers = {
        "PERSON": gen.person, "STREET_ADDRESS": gen.address, "EMAIL_ADDRESS": gen.email, "PHONE_NUMBER": gen.phone,
        "CREDIT_CARD": gen.card, "IBAN_CODE": gen.iban, "IP_ADDRESS": lambda: gen.ip_sample()[1],
        "USERNAME": gen.handle, "DATE_OF_BIRTH": gen.dob, "SECRET": gen.password, "PERSON_SPELT": gen.spelt_name,
    }  # fmt: skip
    counts = {"PERSON": 80, "SECRET": 70, "USERNAME": 24}
    styles: list[tuple[str, list[tuple[str, str, str]]]] = []  # (template, [(type, value, prefix)])
    for etype in TYPES:
        for _ in range(counts.get(etype, 14)):
            if etype in ("SECRET", "IP_ADDRESS"):  # the template depends on the value's shape
                template, value = gen.secret() if etype == "SECRET" else gen.ip_sample()
                styles.append((template, [(etype, value, "")]))
            else:
                # a title of the name's culture before some names, outside the gold span
                prefix = rng.choice(HONORIFICS_HELDOUT10) if etype == "PERSON" and rng.random() < 0.1 else ""
                styles.append((rng.choice(HELDOUT10_TEMPLATES[etype]), [(etype, makers[etype](), prefix)]))
    for _ in range(24):
        template, types = rng.choice(HELDOUT10_MIXED)
        values = [("PERSON" if t == "PERSON_SPELT" else t, makers[t](), "") for t in types]
        styles.append((template, values))
    styles += [(t, []) for t in HELDOUT10_NEGATIVES]
    examples = []
    for template, values in styles:
        style = "plain"
        if rng.random() < 0.15:
            template, style = _typo10(rng, template), "typo"
        parts = template.split("{}")
        text, spans = parts[0], []
        for (etype, value, prefix), rest in zip(values, parts[1:], strict=True):
            text += prefix
            spans.append((len(text), len(text) + len(value), etype))
            text += value + rest
        # lower case, ALL CAPS, or caps lock left on while typing a capital ('hELLO mY nAME'); not for text
        # with escapes or LaTeX commands, where a changed case would be no text anyone writes
        r = rng.random() if "\\" not in text else 1.0
        for new, name, p in ((text.lower(), "lower", 0.12), (text.upper(), "upper", 0.17), (text.swapcase(), "swapcase", 0.21)):  # fmt: skip
            if r < p and len(new) == len(text):
                text, style = new, name
                break
        examples.append(Example(text, spans, style))
    rng.shuffle(examples)
    return examples


# Held-out set 11: written before round 10 of recognizer fixes by a separate author who did not change the
# recognizers and never saw Kaizen's misses on it. Other origins, name forms, value shapes and contexts than
# every earlier set (see the module docstring); spans are built exactly as `build_heldout10` builds them.
HELDOUT11_SEED = 111317
# faker locales no earlier set drew names from, whose names are in other scripts: Bengali, Tamil and Nepali
# (Devanagari), transliterated through the shared Indic layout; the lexicon must not load them
NAME_LOCALES_HELDOUT11 = ["bn_BD", "ta_IN", "ne_NP"]
INDIC_BLOCKS_HELDOUT11 = (0x0980, 0x0B80)  # Bengali, Tamil: same offsets as Devanagari within their blocks
NAMES_HELDOUT11: dict[str, tuple[list[str], list[str]]] = {
    "tuvan": ("Sholban Aldynay Choduraa Ayas Saylyk Ochur Chechek Buyan Orlan Shenne".split(),
              "Kara-ool Ondar Mongush Oorzhak Kuular Dongak Saryglar Kuzhuget Salchak Khovalyg".split()),
    "abkhaz": ("Astamur Adgur Daur Inal Amra Gunda Temur Beslan Kama Nala".split(),
               "Ardzinba Agrba Lakoba Gumba Ashuba Tarba Dbar Chanba Bganba Kvitsinia".split()),
    "lezgin": ("Gasret Fejzudin Selime Kerim Zagir Sijar Arben Zemfira Nurudin Alpan".split(),
               "Stalsky Gadzhibekov Efendiev Akimov Kaziev Mirzabekov Alkadarsky Ragimov Zeynalov".split()),
    "bashkir": ("Salavat Zuhra Airat Gulnur Rustem Aigul Ural Zilya Azamat Yulai".split(),
                "Yulaev Bikbov Khismatullin Akmullin Gallyamov Yanbaev Kuvatov Davletshin Ishmuratov".split()),
    "crimean_tatar": ("Refat Lenura Server Emine Ayder Zarema Enver Ediye Nariman Mamut".split(),
                      "Chubarov Dzhemilev Kurtseitov Seitablaev Umerov Bekirova Ablyaev Kurtumerov Osmanova".split()),
    "batak": ("Togar Rumondang Parlindungan Hotman Tiurma Sahat Lamhot Romauli Bonar Tiopan".split(),
              "Simanjuntak Siahaan Hutapea Panjaitan Sitompul Nainggolan Tambunan Situmorang Pardede Hutagalung".split()),
    "sundanese": ("Cecep Euis Asep Dadang Ujang Neneng Iis Yayat Entis Enok".split(),
                  "Sasmita Permana Wiradinata Suparman Sukmana Kartawijaya Hidayat Suganda Rustandi".split()),
    "tetum": ("Ermelinda Aniceto Jacinta Domingas Agio Bendito Olinda Felisberto Zeferina Mau-Kiak".split(),
              "Ximenes;Belo;da Costa Amaral;Soares;Lobato;Guterres;Sarmento;do Rego;Pires;Fernandes".split(";")),
    "dhivehi": ("Aishath Fathimath Aminath Mariyam Hawwa Ibrahim Hussain Moosa Shiham Nashwa".split(),
                "Didi Manik Maniku Naseem Shareef Waheed Rasheed Zahir Fulhu Thakurufaanu".split()),
    "efik_ibibio": ("Ekaette Nsikak Idongesit Ime Aniekan Uduak Mfon Ekemini Eno Ubong".split(),
                    "Etim Okon Udoh Akpan Inyang Ekpenyong Essien Udofia Umoh Ekanem".split()),
    "tiv": ("Terver Msugh Doosuur Aondona Mnena Sewuese Terhemba Iveren Torkuma Nguher".split(),
            "Akaahan Tarka Adoo Gbor Hembe Anyam Aondoakaa Ortom Iorliam Tyoden".split()),
    "kanuri": ("Bulama Kaltum Modu Zara Goni Falmata Bukar Yakaka Kachallah Aisami".split(),
               "Kyari Shettima Zulum Monguno Lawan Bukarti Grema Kolo Abba-Kyari".split()),
    "jola": ("Ansoumane Kemo Sibiloumbaye Ebou Aliou Assine Djibril Nfally Souleymane Alinsitowe".split(),
             "Diatta Sagna Badji Manga Goudiaby Tendeng Bassene Sambou Coly Djiba".split()),
    "bamileke": ("Honorine Blaise Ghislain Sidonie Arlette Brice Rodrigue Carine Herve Ornella".split(),
                 "Nganou Tchoumi Kamdem Fotso Tagne Djoumessi Kuete Ngassa Simo Tchatchoua".split()),
    "acholi": ("Okello Akello Ojok Acen Opiyo Atim Odongo Lakot Okot Aber".split(),
               "p'Bitek Otim Olara Oryem Lagu Ocaya Oyet Komakech Ojara Labeja".split()),
    "herero": ("Kaera Uaundja Vetamuna Kaurimuje Uapingene Vemuii Katjiua Uerikua Hijarunguru Zerua".split(),
               "Kaunatjike Tjitendero Kandjeke Hoveka Mbaeva Katjavivi Tjiriange Kazenambo Maharero".split()),
    "sesotho": ("Lineo Teboho Nthabiseng Rethabile Limpho Mpolokeng Tseliso Mamello Relebohile Thato".split(),
                "Moshoeshoe Letsie Mokhothu Lekhanya Mofokeng Nthako Thabane Majoro Ntsekhe Sekhonyana".split()),
    "nahuatl": ("Xochitl Citlali Cuauhtemoc Tonatiuh Yaretzi Tlalli Necahual Itzcoatl Yolotl Centehua".split(),
                "Tecuapetla Cuautle Xicotencatl Tlacuilo Cuapio Ixtlahuac Tlatelpa Temoltzin Ahuactzin".split()),
    "wayuu": ("Jayariyu Kashiyana Alitasia Shaatakai Anuwa Kaleshi Wotkasainru Jasai Weildler Puliis".split(),
              "Epieyu Uriana Ipuana Pushaina Jayariyu Epinayu Sapuana Jusayu Uliana Pausayu".split()),
    "cherokee": ("Ayita Tsali Sequoyah Adahy Galilahi Awinita Nvdo Kanuna Waya Tayanita".split(),
                 "Mankiller Swimmer Walkingstick Hummingbird Sixkiller Standingdeer Tehee Pigeon Crittenden".split()),
    "yupik": ("Nanuq Alaq Cingarkaq Akiak Apanuugak Kalukaq Nayagaq Uyuruciaq Paniguaq Angalgaq".split(),
              "Oozeva Angaiak Kashatok Tulik Nanalook Pingayak Chaliak Kanrilak Nayamin Smart".split()),
    "alsatian": ("Seppi Mathis Odile Franzi Clotilde Materne Lucienne Eugenie Aloyse Sepp".split(),
                 "Kieffer Ehrhart Wurtz Specklin Hirtz Haegel Ungerer Bieth Kuentz Schnitzler".split()),
    # rare real names: Old English and Norman names from medieval rolls, great-house surnames
    "medieval_english": ("Wystan Osric Godric Aldith Leofric Ermengarde Hereward Wulfstan Isolde Alditha".split(),
                         "Ravenscroft Tollemache Fiennes Mountjoy Dymoke Bagot Verney Scrope Paston Trollope".split()),
}  # fmt: skip
# invented names built another way than earlier sets: a patronymic prefix on a made-up root ('Fitzhollin')
INVENTED_GIVEN_HEADS_HELDOUT11 = ["Sarv", "Ilm", "Odh", "Nev", "Ketz", "Aub", "Rhy", "Vel", "Tams", "Yev", "Phel",
                                  "Dov"]  # fmt: skip
INVENTED_GIVEN_TAILS_HELDOUT11 = [
    "ira",
    "en",
    "aly",
    "oush",
    "iel",
    "anth",
    "orie",
    "essa",
    "uin",
    "yra",
    "ael",
]
INVENTED_SURNAME_PREFIXES_HELDOUT11 = ["Fitz", "Mac", "Ter", "Van ", "O'", "Ap ", "De", "Ben"]
INVENTED_SURNAME_ROOTS_HELDOUT11 = ["hollin", "brack", "daveny", "turvin", "rhydd", "kolp", "marrow", "quenby",
                                   "selden", "wistar", "gorran", "dulwen"]  # fmt: skip
# Latin letters and the Cyrillic ones that look the same: a name pasted from a spoofed profile or a PDF
HOMOGLYPHS_HELDOUT11 = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "i": "і",
                        "A": "А", "E": "Е", "O": "О", "P": "Р", "C": "С", "K": "К", "M": "М", "T": "Т"}  # fmt: skip
LEET_HELDOUT11 = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}
IBAN_SHAPES_HELDOUT11 = {
    "AT": "16n", "BE": "12n", "CZ": "20n", "DK": "14n", "FI": "14n", "PL": "24n", "PT": "21n", "RO": "4a16c",
    "GR": "7n16c", "IE": "4a14n", "CH": "5n12c", "LY": "21n", "SD": "14n", "NI": "4a20n", "FK": "2a12n",
    "RU": "14n15c", "MN": "16n", "BI": "23n", "YE": "4a4n18c", "OM": "3n16c",
}  # fmt: skip


def _indic11_to_latin(text: str) -> str:
    """Latin spelling of a Bengali, Tamil or Devanagari name: Bengali and Tamil letters are moved onto the
    Devanagari block (the layouts share offsets) and read with `_indic_to_latin`."""
    shifted = "".join(
        chr(ord(c) - base + 0x0900)
        if (base := next((b for b in INDIC_BLOCKS_HELDOUT11 if b <= ord(c) < b + 0x80), None))
        else c
        for c in text
    )
    return _indic_to_latin(shifted)


def _homoglyph(name: str, rng: random.Random) -> str:
    """One or two Latin letters of a name swapped for Cyrillic look-alikes (same length, same look)."""
    spots = [i for i, c in enumerate(name) if c in HOMOGLYPHS_HELDOUT11]
    for i in rng.sample(spots, min(len(spots), rng.randint(1, 2))):
        name = name[:i] + HOMOGLYPHS_HELDOUT11[name[i]] + name[i + 1 :]
    return name


def _leet(text: str, rng: random.Random, share: float = 0.6) -> str:
    """Leetspeak: some of the letters a, e, i, o, s, t written as digits ('Terver' -> 'T3rv3r')."""
    return "".join(
        LEET_HELDOUT11[c.lower()] if c.lower() in LEET_HELDOUT11 and rng.random() < share else c for c in text
    )


class Gen11(Gen3):
    """Generators for held-out set 11: origins, name forms, formats and contexts none of the other sets use."""

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        for i, loc in enumerate(NAME_LOCALES_HELDOUT11):
            self.fakers[loc] = Faker(loc)
            self.fakers[loc].seed_instance(seed + 1100 + i)

    def faker_name(self) -> tuple[str, str]:
        """(given, family) from a held-out faker locale, transliterated to Latin letters."""
        f = self.f(self.rng.choice(NAME_LOCALES_HELDOUT11))
        return _indic11_to_latin(f.first_name()), _indic11_to_latin(f.last_name())

    def invented_name(self) -> tuple[str, str]:
        """(given, surname) no list holds: 'Ketzoush', 'Fitzhollin', "O'Daveny"."""
        rng = self.rng
        given = rng.choice(INVENTED_GIVEN_HEADS_HELDOUT11) + rng.choice(INVENTED_GIVEN_TAILS_HELDOUT11)
        prefix, root = (
            rng.choice(INVENTED_SURNAME_PREFIXES_HELDOUT11),
            rng.choice(INVENTED_SURNAME_ROOTS_HELDOUT11),
        )
        return given, prefix + (root.capitalize() if prefix[-1] in "' " or prefix == "Mac" else root)

    def first_last(self) -> tuple[str, str]:
        """A given and a family name of one origin (faker, invented or one of NAMES_HELDOUT11)."""
        r = self.rng.random()
        if r < 0.2:
            first, last = self.faker_name()
            if first and last:
                return first, last
        if r < 0.3:
            return self.invented_name()
        firsts, lasts = NAMES_HELDOUT11[self.rng.choice(sorted(NAMES_HELDOUT11))]
        return self.rng.choice(firsts), self.rng.choice(lasts)

    def person(self) -> str:
        rng = self.rng
        first, last = self.first_last()
        r = rng.random()
        if r < 0.3:
            name = f"{first} {last}"
        elif r < 0.44:
            name = first
        elif r < 0.5:
            name = last
        elif r < 0.56:
            name = f"{last}, {first[0]}."  # a reference list or a court caption: 'Etim, A.'
        elif r < 0.61:
            name = f"{first[0]}. {last}"
        elif r < 0.68:  # pasted from a spoofed profile or a PDF: Cyrillic look-alikes inside
            name = _homoglyph(f"{first} {last}" if rng.random() < 0.6 else first, rng)
        elif r < 0.73:  # leetspeak in a game lobby or a forum signature
            name = _leet(first, rng) + (f" {last}" if rng.random() < 0.5 else "")
        elif r < 0.79:  # a file name or a URL fragment
            name = f"{first}{rng.choice(['_', '-', '.'])}{last}".replace(" ", "_")
        elif r < 0.83:  # a calendar slug or a contact saved without spaces
            name = f"{first}{last}".replace(" ", "").replace("'", "")
        elif r < 0.88:  # a nickname in parentheses between the names
            name = f"{first} ({first[: rng.randint(3, 4)]}) {last}"
        else:
            name = f"{first} {last}"
        c = rng.random()
        if c < 0.06:
            return name.lower()
        if c < 0.1:
            return name.upper()
        return name

    def address(self) -> str:
        rng, n = self.rng, self.rng.randint(1, 240)
        pick = rng.choice
        shapes = [
            f"House {n}, Road {rng.randint(1, 27)}, Block {pick('ABCDEF')}, {pick(['Banani', 'Dhanmondi', 'Mirpur DOHS', 'Uttara Sector 7'])}, Dhaka-12{rng.randint(10, 30)}",
            f"Old No. {n}, New No. {rng.randint(1, 240)}, {pick(['Ranganathan Street', 'Luz Church Road', 'Arcot Road'])}, {pick(['T. Nagar', 'Mylapore', 'Vadapalani'])}, Chennai 6000{rng.randint(10, 99)}",
            f"Ward No. {rng.randint(1, 32)}, {pick(['Jhamsikhel', 'Baluwatar', 'Kupondole'])} Marg, House {n}, {pick(['Lalitpur', 'Kathmandu'])}",
            f"ul. {pick(['Kochetova', 'Lenina', 'Tuvinskikh Dobrovoltsev'])}, d. {n}, kv. {rng.randint(1, 90)}, Kyzyl, Tyva 6670{rng.randint(10, 99)}",
            f"{pick(['Lakoba', 'Aidgylara', 'Chanba'])} St {n}, apt {rng.randint(1, 60)}, Sukhum",
            f"ul. {pick(['Mustai Karima', 'Zaki Validi', 'Kommunisticheskaya'])}, {n}, Ufa, 4500{rng.randint(10, 99)}",
            f"vul. {pick(['Yaltynska', 'Kurchatova', 'Bakhchysaraiska'])}, {n}, Aqmescit",
            f"Jl. {pick(['Jamin Ginting', 'Sisingamangaraja', 'Gatot Subroto'])} No. {n}, RT {rng.randint(1, 9):02d}/RW {rng.randint(1, 12):02d}, Medan Baru",
            f"Jl. {pick(['Cihampelas', 'Dago', 'Sukajadi'])} Gg. {pick(['Mawar', 'Melati', 'Haji Umar'])} No. {n}, Bandung 40{rng.randint(111, 199)}",
            f"Rua de {pick(['Balide', 'Comoro', 'Lecidere'])}, Aldeia {pick(['Manleuana', 'Fatuhada'])}, Suco {pick(['Bairo Pite', 'Becora'])}, Dili",
            f"H. {pick(['Blue Lagoon', 'Fehimaage', 'Nooranmaage', 'Sosunge'])}, {pick(['Majeedhee Magu', 'Chandhanee Magu', 'Ameenee Magu'])}, Male' 20{rng.randint(0, 3)}{rng.randint(10, 99)}",
            f"{n} {pick(['Atekong Drive', 'Ekpo Abasi Street', 'IBB Way'])}, Calabar, Cross River",
            f"No. {n} {pick(['Oron Road', 'Aka Road', 'Ikot Ekpene Road'])}, Uyo",
            f"Plot {n}, {pick(['High Level', 'Wurukum', 'North Bank'])}, Makurdi, Benue State",
            f"No. {n} {pick(['Baga Road', 'Damboa Road', 'Shehu Laminu Way'])}, Maiduguri",
            f"Quartier {pick(['Boucotte', 'Lyndiane', 'Kandialang'])}, villa n° {n}, Ziguinchor",
            f"BP {rng.randint(100, 999)}, quartier {pick(['Foto', 'Tsinkop', 'Keuleu'])}, Dschang",
            f"Plot {n}, {pick(['Acholi Road', 'Awich Road', 'Coronation Road'])}, Gulu City",
            f"Erf {rng.randint(100, 3999)}, {pick(['Nau-Aib', 'Veddersdal', 'Ekunde'])}, Okahandja",
            f"Calle {rng.randint(1, 30)} # {rng.randint(1, 20)}-{rng.randint(10, 99)}, barrio {pick(['Los Almendros', 'Cooperativo'])}, Riohacha, La Guajira",
            f"{rng.randint(100, 22999)} N {pick(['Muskogee Ave', 'Cedar Ave', 'Water Ave'])}, Tahlequah, OK 74464",
            f"{rng.randint(100, 999)} {pick(['Ridgecrest Dr', 'Chief Eddie Hoffman Hwy', 'Tundra Ridge Rd'])}, Bethel, AK 99559",
            f"Calle {pick(['Xicohténcatl', 'Juárez', 'Porfirio Díaz'])} {n}, Col. Centro, Tlaxcala, Tlax. 90000",
            f"{n} {pick(['rue des Orfèvres', 'quai des Bateliers', 'rue du Bain-aux-Plantes'])}, 67000 Strasbourg",
            f"{pick(['Lot', 'Lote'])} {n}, Quadra {rng.randint(1, 40)}, {pick(['Vila Nova', 'Jardim Primavera'])}, Macapá - AP",
            f"{rng.randint(1, 9)}F, {n}-{rng.randint(1, 20)} {pick(['Kanda-Jimbocho', 'Yanaka'])}, Tokyo 1{rng.randint(0, 99):02d}-00{rng.randint(10, 99)}",
        ]  # fmt: skip
        addr = pick(shapes)
        if rng.random() < 0.1:  # a maps link's query string: spaces as '+', commas kept
            addr = addr.replace(" ", "+")
        return addr

    def email(self) -> str:
        rng = self.rng
        first, last = (_ascii_name(x).replace("ł", "l") for x in self.first_last())
        user = rng.choice([f"{first}.{last}", f"{first}-{last}", f"{first[0]}{last}", f"{last}.{first[0]}",
                           f"{first}{rng.randint(1960, 2009)}", f"{first}_{last}", f"{last}{rng.randint(1, 99)}",
                           f"{first}.{last}.claims"])  # fmt: skip
        domain = rng.choice(["grameenphone.com", "bol-online.com", "ntc.net.np", "wlink.com.np", "tuva.ru",
                             "bashnet.ru", "dhivehinet.net.mv", "timortelecom.tl", "telkom.net", "mtnnigeria.net",
                             "camtel.cm", "utlonline.co.ug", "iway.na", "econet.co.ls", "une.net.co", "acsalaska.net",
                             "cherokee.org", "orange.sn", "prodigy.net.mx", "estvideo.fr", "hotmail.co.uk",
                             "icloud.com", "gmx.net", "yahoo.co.in", "fastmail.com", "pm.me",
                             "claims.insurer-mutual.co.za", "law.court-filings.us"])  # fmt: skip
        email = f"{user}@{domain}"
        r = rng.random()
        if r < 0.1:  # typed with caps, as many forms leave it
            return email[0].upper() + email[1:].replace(f".{last}", f".{last.capitalize()}", 1)
        if r < 0.15:
            return email.upper()
        return email

    def phone(self) -> str:
        d, rng = self.d, self.rng
        shapes = [
            f"+880 1{rng.choice('3456789')}{d(2)}-{d(6)}",  # Bangladesh mobile
            f"01{rng.choice('3456789')}{d(2)}-{d(6)}",  # Bangladesh, dialled at home
            f"044-2{d(3)} {d(4)}",  # Chennai landline
            f"+91 9{d(4)} {d(5)}",  # Tamil Nadu mobile
            f"+977 98{d(8)}",  # Nepal mobile
            f"01-4{d(6)}",  # Kathmandu landline
            f"+960 7{d(2)}-{d(4)}",  # Maldives
            f"+670 77{d(2)} {d(4)}",  # Timor-Leste
            f"0812-{d(4)}-{d(4)}",  # Indonesia, Telkomsel
            f"+62 22 {d(7)}",  # Bandung
            f"+7 (39422) {d(1)}-{d(2)}-{d(2)}",  # Kyzyl
            f"+7 940 {d(3)}-{d(2)}-{d(2)}",  # Abkhazia
            f"+7 978 {d(3)}-{d(2)}-{d(2)}",  # Crimea
            f"+7 (347) {d(3)}-{d(2)}-{d(2)}",  # Ufa
            f"087 23{d(4)}",  # Calabar landline
            f"+234 80{rng.choice('3678')} {d(3)} {d(4)}",  # Nigeria mobile
            f"+237 6 {d(2)} {d(2)} {d(2)} {d(2)}",  # Cameroon
            f"+256 77{d(1)} {d(6)}",  # Uganda
            f"+221 33 991 {d(2)} {d(2)}",  # Ziguinchor
            f"+266 5{d(3)} {d(4)}",  # Lesotho
            f"+57 3{d(2)} {d(3)} {d(4)}",  # Colombia mobile
            f"(918) 456-{d(4)}",  # Tahlequah
            f"(907) 543-{d(4)}",  # Bethel
            f"+52 246 {d(3)} {d(4)}",  # Tlaxcala
            f"03 88 {d(2)} {d(2)} {d(2)}",  # Strasbourg
            f"+8801{rng.choice('3456789')}{d(8)}",  # E.164 without spaces, as an export writes it
        ]
        phone = rng.choice(shapes)
        r = rng.random()
        if r < 0.12:  # a WhatsApp export wraps numbers in left-to-right embedding marks
            return f"\u202a{phone}\u202c"
        if r < 0.18 and phone.startswith("+"):  # a tel: URI as a link or vCard keeps
            return "tel:" + re.sub(r"[^\d+]", "", phone)
        if r < 0.24:
            return phone + rng.choice([" ext. 214", " x31", " ext 7"])
        return phone

    def card(self) -> str:
        rng = self.rng
        prefix, length = rng.choice(
            [
                ("36", 14),  # Diners Club International
                ("38", 14),
                ("6011", 16),  # Discover
                ("6011", 19),
                ("637095", 16),  # Hiper
                ("5078", 19),  # Aura
                ("5610", 16),  # Australian Bankcard
                ("2221", 16),  # Mastercard 2-series low end
                ("2720", 16),
                ("3528", 16),  # JCB 16
                ("3589", 16),
                ("4", 16),
                ("5", 16),
            ]
        )
        num = _luhn_number(rng, prefix, length)
        if length == 14:  # Diners prints 4-6-4
            grouped = f"{num[:4]} {num[4:10]} {num[10:]}"
        else:
            grouped = " ".join(num[i : i + 4] for i in range(0, length, 4))
        r = rng.random()
        if r < 0.4:
            return grouped
        if r < 0.52:
            return grouped.replace(" ", "-")
        if r < 0.6:
            return grouped.replace(" ", ".")
        if r < 0.66:  # a spreadsheet cell that lost the grouping but kept a leading apostrophe
            return "'" + num
        return num

    def iban(self) -> str:
        rng = self.rng
        country = rng.choice(sorted(IBAN_SHAPES_HELDOUT11))
        iban = _iban(rng, country, IBAN_SHAPES_HELDOUT11[country])
        grouped = " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
        r = rng.random()
        if r < 0.4:
            return grouped
        if r < 0.5:  # typed in lower case into a web form
            return grouped.lower() if rng.random() < 0.5 else iban.lower()
        return iban

    def ip_sample(self) -> tuple[str, str]:
        """(template with {}, address): auth logs, config files, court filings, crash reports, headers."""
        rng, f = self.rng, self.f()
        v4 = rng.choice([f.ipv4_public(), f.ipv4_public(), f"192.168.{rng.randint(0, 254)}.{rng.randint(2, 254)}",
                         f"100.{rng.randint(64, 127)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"])  # fmt: skip
        g = lambda: f"{rng.randint(1, 0xFFFF):04x}"  # noqa: E731
        h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
        v6 = rng.choice(
            [
                f"2a02:{g()}:{g()}:{g()}:{g()}:{g()}:{g()}:{g()}",  # uncompressed, leading zeros kept
                f"2409:{h()}:{h()}:{h()}::{h()}",
                f"2c0f:{h()}:{h()}::{h()}",
                f"2400:cb00:{h()}:{h()}::{h()}".upper(),
            ]
        )
        options = [
            ("sshd[2214]: Failed password for root from {} port 52144 ssh2", v4),
            (
                "sshd[981]: Connection closed by authenticating user admin {} port 40022 [preauth]",
                rng.choice([v4, v6]),
            ),
            ("fail2ban.actions [1187]: NOTICE [sshd] Ban {}", v4),
            (
                "type=LOGIN_ERROR, realmId=kaizen, clientId=web, ipAddress={}, error=invalid_user_credentials",
                v4,
            ),
            ("Host nas\n    HostName {}\n    Port 2222", v4),
            ("{}:5432:*:*:*", v4),
            ("[Service]\nExecStart=/usr/local/bin/exporter --listen={}:9100", v4),
            ("*/10 * * * * curl -fsS http://{}:8080/ping > /dev/null", v4),
            ("Defendant subscriber assigned IP address {} at 2024-02-11 03:14:07 UTC", v4),
            ("Exhibit A: hit date 02/11/2024, IP {}, file hash SHA1 ...", rng.choice([v4, v6])),
            ('"client_ip": "{}", "sdk": "ios 17.3.1", "crash": "EXC_BAD_ACCESS"', rng.choice([v4, v6])),
            ("Authentication-Results: spf=pass (sender IP is {}) smtp.mailfrom=...", v4),
            ("X-Originating-IP: [{}]", v4),
            ("forum mods: same person again, posting from {} with a new account", v4),
            ("http://{}:8123/#/lovelace/0", v4),
            ("the app says 'blocked login from {}', was that you?", rng.choice([v4, v6])),
            ("WireGuard peer endpoint {}:51820 last handshake 2 minutes ago", v4),
            ("[Interface]\nAddress = {}/64", v6),
            ("OpenVPN: client/{}:51122 MULTI: Learn: 10.8.0.6", v4),
            ("radiusd: Login OK: [guest] (from client ap-3 port 0 cli {})", v4),
            ("ListenStream=[{}]:8443", v6),
        ]
        return options[rng.randrange(len(options))]

    def password(self) -> str:
        rng, w = self.rng, self.f().word
        place = rng.choice(["Kyzyl", "Dili", "Medan", "Calabar", "Gulu", "Ufa", "Riohacha", "Tahlequah"])
        return rng.choice(
            [
                _leet(f"{place}{w()}", rng, 0.5) + rng.choice("!#%&*"),
                f"{w()}{rng.choice(['.', '_', '+'])}{w()}{rng.randint(100, 9999)}",
                self.token(rng.randint(12, 20), string.ascii_letters + string.digits + "#%&*()[]"),
                f"{rng.choice(['Tuva', 'Batak', 'Efik', 'Jola'])}{rng.randint(1960, 2024)}{rng.choice(['$', '@'])}",
                f"{w().upper()}{w()}{rng.randint(10, 99)}",
            ]
        )  # fmt: skip

    def secret(self) -> tuple[str, str]:
        tok, pw, rng, d = self.token, self.password(), self.rng, self.d
        alnum = string.ascii_letters + string.digits
        upper = string.ascii_uppercase + string.digits
        hexd = "0123456789abcdef"
        b64u = alnum + "-_"
        uuid = lambda: "-".join(tok(k, hexd) for k in (8, 4, 4, 4, 12))  # noqa: E731
        options = [
            ("machine api.tahlequah-coop.org\n  login deploy\n  password {}", pw),
            ("db.internal:5432:claims:claims_rw:{}", pw),
            ("//nexus.corp.lan/repository/npm/:_auth={}", base64.b64encode(f"ci:{pw}".encode()).decode()),
            ("[private]\nrepository = https://pypi.kyzyl.dev/\nusername = deploy\npassword = {}", pw),
            ("https://deploy:{}@git.dili.tl", tok(40, hexd)),
            ("0 2 * * * MYSQL_PWD='{}' mysqldump claims > /backup/claims.sql", pw),
            ("0 4 * * 0 sshpass -p '{}' rsync -a /srv/ backup@nas:/vol1/", pw),
            ("[Service]\nEnvironment=SMTP_PASSWORD={}\nExecStart=/usr/bin/mailer", pw),
            ("binddn cn=proxy,dc=kyzyl,dc=lan\nbindpw {}", pw),
            ("//nas/scans /mnt/scans cifs username=scanner,password={},uid=1000 0 0", pw),
            ("client office-ap {\n    secret = {}\n}", tok(rng.randint(16, 24), alnum)),
            ("-----BEGIN OpenVPN Static key V1-----\n{}\n-----END OpenVPN Static key V1-----", tok(32, hexd) + "\n" + tok(32, hexd)),
            ("DEBUG auth.ldap: bind attempt dn=uid=svc-print pw={} result=49", pw),
            ("KC_CLIENT_SECRET={}", tok(32, alnum)),
            ("name,url,username,password,totp\nrouter,http://router.lan,admin,{},", pw),
            ("<String><Key>Password</Key><Value>{}</Value></String>", pw),
            ('"current-password" autofill value: {}', pw),
            ("Your temporary password is {} — please change it after your first login.", pw),
            ("Manage-booking password: {} (keep it with your e-ticket)", pw),
            ("[12/03/2024, 21:14:05] Tuva Kids Club: wifi pass is {}", pw),
            ('"text": "the vault password is {}",', pw),
            ('"dynatrace_api_token": "{}"', "dt0c01." + tok(24, upper) + "." + tok(64, upper)),
            ("YANDEX_OAUTH_TOKEN={}", "y0_AgAAAA" + tok(45, b64u)),
            ('plaid access_token "{}"', "access-production-" + uuid()),
            ("PREFECT_API_KEY={}", "pnu_" + tok(36, alnum)),
            ("EASYPOST_API_KEY={}", "EZAK" + tok(54, hexd)),
            ("typeform token {} in the webhook script", "tfp_" + tok(44, b64u) + "_" + tok(14, b64u)),
            ("README_API_KEY={}", "rdme_" + tok(70, hexd)),
            ("TENCENTCLOUD_SECRET_KEY={}", tok(32, alnum)),
            (f"CLOUDINARY_URL=cloudinary://{d(15)}:{{}}@dkz-claims", tok(27, b64u)),
            ("facebook page token {} expires in 60 days", "EAAB" + tok(150, alnum)),
            ("CONSUL_HTTP_TOKEN={}", uuid()),
            ("Your claim portal PIN is {}. Do not share it.", d(6)),
            ("parole: {}", pw),
            ("geslo je {}", pw),
            ("fjalëkalimi: {}", pw),
            ("şifrə: {}", pw),
            ("iphasiwedi yami ngu {}", pw),
            ("amar password holo {}", pw),
            ("mero password {} ho", pw),
        ]  # fmt: skip
        return options[rng.randrange(len(options))]

    def handle(self) -> str:
        rng = self.rng
        first, last = (_ascii_name(x).replace("ł", "l") for x in self.first_last())
        return rng.choice(
            [
                f"{first}_{last}",
                f"{first[0]}.{last}{rng.randint(1, 99)}",
                _leet(f"{first}{last[:3]}", rng, 0.5),
                f"{last}{first}",
                f"{first}-{last}-{rng.choice(['dev', 'art', 'music', 'ml'])}",
                f"{first}.{last}.{rng.randint(1960, 2009)}",
                f"{last}_{first[0]}",
                f"{first}{rng.randint(1000, 9999)}",
            ]
        )  # fmt: skip

    def dob(self) -> str:
        rng = self.rng
        dt = self.f().date_of_birth(minimum_age=6, maximum_age=95)
        idn = "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember".split()
        hu = "január február március április május június július augusztus szeptember október november december".split()
        lt = "sausio vasario kovo balandžio gegužės birželio liepos rugpjūčio rugsėjo spalio lapkričio gruodžio".split()
        tr = "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık".split()
        cz = "ledna února března dubna května června července srpna září října listopadu prosince".split()
        sw = "Januari Februari Machi Aprili Mei Juni Julai Agosti Septemba Oktoba Novemba Desemba".split()
        # Bengali and Nepali (Bikram Sambat) calendars: the year starts in mid-April, months run ~mid to mid
        bangla = "Boishakh Joishtho Asharh Shrabon Bhadro Ashshin Kartik Ogrohayon Poush Magh Falgun Choitro".split()
        shift = (dt.month - 4) % 12 - (1 if dt.day < 14 else 0)
        month_idx = shift % 12
        after_new_year = (dt.month, dt.day) >= (4, 14)
        bs_year = dt.year + 56 + after_new_year
        bn_year = dt.year - 594 + after_new_year
        day = (dt.day - 14) % 30 + 1
        return rng.choice(
            [
                f"{dt.day} {idn[dt.month - 1]} {dt.year}",
                f"{dt.year}. {hu[dt.month - 1]} {dt.day}.",
                f"{dt.year} m. {lt[dt.month - 1]} {dt.day} d.",
                f"{dt.day} {tr[dt.month - 1]} {dt.year}",
                f"{dt.day}. {cz[dt.month - 1]} {dt.year}",
                f"{dt.day} {sw[dt.month - 1]} {dt.year}",
                f"{day} {bangla[month_idx]} {bn_year}",
                f"{bs_year}/{month_idx + 1:02d}/{day:02d} B.S.",
                dt.strftime("%m-%d-%Y"),
                dt.strftime("%Y/%m/%d"),
                f"{dt:%b}. {dt.day}, {dt.year}",
                dt.strftime("%d-%m-%Y"),
            ]
        )


HELDOUT11_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "Kind regards,\n{}\nCustomer Care | Ticket #48213\nThis e-mail and any attachments are confidential.",
        "Thanks for your patience!\n— {}, Returns Team\nPlease do not reply to this automated address.",
        "IN THE MATTER OF {}, Petitioner, v. Kyzyl Foods LLC, Respondent.",
        "Dkt. 14 — MOTION to Dismiss filed by Defendant {}. (Attachments: # 1 Exhibit A)",
        "DEPOSITION OF {}, taken on March 3, 2024 at 10:02 a.m.",
        "Claimant: {} · Policy KZ-HOME-22817 · Date of loss 02/11/2024",
        "Adjuster assigned to your claim: {}",
        "Rx# 6029384   {}   AMOXICILLIN 500MG CAP   QTY 21   REFILLS 0",
        "Prescriber: {}, MD — take 1 capsule by mouth three times daily",
        "NAME OF PASSENGER: {}   FLIGHT KZ 412   SEAT 23C   GATE CLOSES 20 MIN BEFORE DEPARTURE",
        "This ticket is valid only for the named traveller ({}) together with a photo ID.",
        "Ticket holder: {} — Section 112, Row F, Seat 9 — non-transferable",
        "Guest list, plus-ones: {}",
        "4417\t{}\tMakurdi\t2024-03-01\tpaid",
        "From: {}\nSent: Tuesday, March 12, 2024 9:14 AM\nTo: Support\nSubject: RE: refund for order 88213",
        "[12/03/2024, 21:14:05] {}: ok see you at 8",
        "12/03/2024, 21:16 - {}: <Media omitted>",
        "{} added you to the group",
        '"from": "{}",\n"text": "running late, start without me"',
        '"user": {"full_name": "{}", "plan": "family"}',
        "name-full: {}",
        "★★★★☆ {} — Verified buyer: loud but it crushes ice fine",
        "FOR SALE: bunk bed, pickup only, ask for {}",
        "Re: khoomei festival tickets — posted by {}",
        "as shown by {} et al. (2019), yields fall when rains come late",
        '[3] {}, "Market days on the Benue", J. Afr. Hist. 41(2), 1997.',
        "Photo credit: {}",
        "{} (she/her) · Community Manager",
        "Witness statement of {}, signed and dated 4 March 2024",
        "Beneficiary: {} (daughter), 100%",
        "Pharmacist on duty today: {}",
        "Notary public: {}, commission expires 2027",
        "CV_{}_2024.pdf",
        "wiki/Staff#{}",
        "gg {} that last round was unreal",
        "if anyone sees {} at the market tell them the stall moved",
        "the vet-free clinic is run by {} on Saturdays",
        "{} left",
    ],
    "STREET_ADDRESS": [
        "Policyholder address: {}",
        "Loss location: {} (kitchen, water damage)",
        "Service of process may be made at {}",
        "Pharmacy home delivery to {}, leave with neighbour",
        "billing-street-address: {}",
        "Pickup only at {} — cash, no holds",
        "the party is at my place, {}, bring a chair",
        "Mailing address\t{}\tactive",
        "https://maps.google.com/?q={}",
    ],
    "EMAIL_ADDRESS": [
        "Reply-To: {}",
        "Return-Path: <{}>",
        "mailto:{}?subject=Claim%20KZ-22817",
        "MAILTO={}",
        "email-address: {}",
        "Notice of Electronic Filing was sent to {}",
        "your e-ticket has been sent to {}",
        "serious buyers only, write to {}",
        '"user.email": "{}", "os": "Android 14"',
    ],
    "PHONE_NUMBER": [
        "[12/03/2024, 21:14:05] {}: image omitted",
        "{} joined using this group's invite link",
        "T: {} | Customer Care, Mon–Fri 9–17",
        "we will text {} when your prescription is ready",
        "Contact for disruption messages: {}",
        "Telephone: {}\nAttorney for Plaintiff",
        "call or WhatsApp {}, no lowballers",
        "tel-national: {}",
        "SMS tickets will be sent to {}",
        "Mobile {} · Direct line below",
    ],
    "CREDIT_CARD": [
        "cc-number: {}",
        "card,Visa,{},09,2027",
        "Your premium will be debited from card {} on the 1st",
        "copay charged to {}",
        "[12/03/2024, 21:14:05] Mum: card is {} exp 11/26",
        "payment form breadcrumb: value={}",
        "Exhibit 7: statement for card {}",
        "paid the train ticket with {}",
    ],
    "IBAN_CODE": [
        "BCD\n002\n1\nSCT\n\nClaims Department\n{}\nEUR125.00",
        ":59:/{}",
        "<IBAN>{}</IBAN>",
        "Bank details for payment of invoice 2024-0311: {}",
        "garnishment order, debtor account {}",
        "the claim will be paid out to {} within 10 days",
        "pay by transfer to {}, no PayPal",
        "2024-03\t{}\t450.00",
    ],
    "USERNAME": [
        "machine ftp.claims.lan login {}",
        "Host nas\n    HostName nas.lan\n    User {}",
        "pam_unix(sshd:auth): authentication failure; logname= uid=0 euid=0 tty=ssh ruser= rhost= user={}",
        "[Service]\nUser={}\nWorkingDirectory=/srv/app",
        "crontab -u {} -l",
        "bsky.app/profile/{}.bsky.social",
        "tiktok.com/@{}",
        "behance.net/{}",
        "https://{}.bandcamp.com/album/live-at-kyzyl",
        "replit.com/@{}/telegram-bot",
        "last.fm/user/{}",
        "huggingface.co/{}",
        "Quote from: {} on March 12, 2024, 09:14:02 PM",
        "Post by {} » Tue Mar 12, 2024 9:14 pm",
    ],
    "DATE_OF_BIRTH": [
        "Patient DOB: {}   Rx# 6029384",
        "Insured's date of birth: {}",
        "Infant passenger, date of birth {}",
        "The defendant (born {}) appeared in person",
        "bday: {}",
        "[12/03/2024, 21:14:05] Mum: your nan's birthday is {} not the 5th",
        "Birth date\t{}",
        "U18 ticket: holder born {}",
        "quote request: dob={}",
    ],
}
HELDOUT11_MIXED = [
    ("[12/03/2024, 21:14:05] {}: my new number is {}", ["PERSON", "PHONE_NUMBER"]),
    ("From: {} <{}>\nSent: Tuesday, March 12, 2024 9:14 AM", ["PERSON", "EMAIL_ADDRESS"]),
    ("sshd[1412]: Failed password for invalid user {} from {} port 52144 ssh2", ["USERNAME", "IP_ADDRESS"]),
    ("machine files.lan login {} password {}", ["USERNAME", "SECRET"]),
    ("{}:5432:*:{}:{}", ["IP_ADDRESS", "USERNAME", "SECRET"]),
    ("https://{}:{}@git.dili.tl", ["USERNAME", "SECRET"]),
    ("Claimant {} (DOB {}) — {}", ["PERSON", "DATE_OF_BIRTH", "STREET_ADDRESS"]),
    ("{}   DOB {}   Rx# 6029384   tel {}", ["PERSON", "DATE_OF_BIRTH", "PHONE_NUMBER"]),
    ("card,{},{},09,2027", ["PERSON", "CREDIT_CARD"]),
    ("BCD\n002\n1\nSCT\n\n{}\n{}\nEUR40.00", ["PERSON", "IBAN_CODE"]),
    ("Plaintiff {}, of {}, appearing pro se", ["PERSON", "STREET_ADDRESS"]),
    ("name: {}\nemail: {}\ntel: {}", ["PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER"]),
    ("Quote from: {}\nwrite me at {} instead", ["USERNAME", "EMAIL_ADDRESS"]),
    ('"user": {"id": "{}", "ip_address": "{}"}', ["USERNAME", "IP_ADDRESS"]),
    ("Ticket holder: {} · born {}", ["PERSON", "DATE_OF_BIRTH"]),
]  # fmt: skip
HELDOUT11_NEGATIVES = [
    "Kyzyl sits at the centre of Asia, says the obelisk",
    "Sukhum's embankment in October",
    "Ufa to Kazan on the night train",
    "Dili's Cristo Rei statue at sunset",
    "Malé ferry to Hulhumalé every 30 minutes",
    "Medan durian is worth the trip",
    "Calabar carnival is in December",
    "Makurdi yams are the best",
    "Ziguinchor to Cap Skirring by bus",
    "Dschang has a cool climate for coffee",
    "Gulu to Kampala is about five hours",
    "Okahandja wood market",
    "Riohacha's boardwalk and the wind",
    "Tahlequah on the Illinois River",
    "Bethel in breakup season",
    "Tlaxcala murals in the government palace",
    "Strasbourg Christmas market and bredele",
    "Dhaka traffic at 6pm is a parking lot",
    "Chennai filter coffee in a dabarah",
    "Kathmandu to Pokhara by tourist bus",
    "Dr. Martens boots need breaking in",
    "Marks & Spencer sandwiches again",
    "Johnnie Walker Black on sale",
    "Wendy's frosty and fries",
    "Sainsbury's own-brand oats",
    "Case No. 2:23-cv-01234-ABC, Document 14, Filed 03/04/24, Page 2 of 9",
    "42 U.S.C. § 1983 claim survives the motion",
    "Policy KZ-HOME-22817, deductible 500.00",
    "NDC 0093-7146-56, take with food",
    "AMOXICILLIN 500MG CAP, QTY 21, REFILLS 0",
    "FLIGHT KZ 412 SEAT 23C ZONE 3 GATE B14",
    "Coach 7, seat 42A, quiet zone",
    "Section 112, Row F, Seat 9",
    "SKU\tQty\tPrice\nKZ-1182\t3\t12.50",
    "Content-Transfer-Encoding: quoted-printable",
    "X-MS-Exchange-Organization-SCL: 1",
    "Messages and calls are end-to-end encrypted. No one outside of this chat can read them.",
    "<Media omitted>",
    "Fatal Exception: java.lang.NullPointerException at com.kaizen.app.MainActivity.onCreate(MainActivity.kt:42)",
    "Thread 0 Crashed: 0 libsystem_kernel.dylib 0x00000001d8a3c1f0 __pthread_kill + 8",
    "name,url,username,password,totp",
    "cc-exp-month: 09",
    "Host *\n    ServerAliveInterval 60\n    AddKeysToAgent yes",
    "*/5 * * * * /usr/local/bin/backup.sh >> /var/log/backup.log 2>&1",
    "[Unit]\nAfter=network-online.target\n[Service]\nRestart=on-failure",
    "sshd[712]: Server listening on 0.0.0.0 port 22.",
    "netmask 255.255.255.0 broadcast 192.168.1.255",
    "listen [::]:443 ssl http2;",
    "4111 1111 1111 1111 is the test Visa every gateway accepts",
    "IBAN: XX00 0000 0000 0000 0000 00 (your IBAN here)",
    "your.name@company.com is just the format",
    "phone: +XX XXX XXX XXXX",
    "password: ******** (hidden)",
    "★★★★★ five stars, would buy again",
    "2019 Corolla, 84,000 km, 12,500 OBO",
    "Re: Re: khoomei festival tickets",
    "n00b question: what does gg wp mean",
    "l33t h4x0r skills, 10/10",
    "Тыва / Tyva: both mean the same republic",
    "(see Table 3) and [Fig. 2]",
    "https://kaizen.example/docs#installation",
    "ISBN 978-0-14-044913-6 is the Penguin edition",
    "the Bengali new year falls on 14 April",
    "1 Boishakh is Pohela Boishakh, a holiday",
    "2081 B.S. started in April 2024",
    "Rajab is the seventh month of the Hijri calendar",
]  # fmt: skip


def _typo11(rng: random.Random, template: str) -> str:
    """A doubled letter ('pleasse') or two words run together ('thankyou'), outside the {} slots."""
    words = [m for m in re.finditer(r"(?<![\w{])[A-Za-z]{3,}(?![\w}])", template)]
    if not words:
        return template
    m = rng.choice(words)
    if rng.random() < 0.5:
        follow = template[m.end() : m.end() + 1]
        nxt = re.match(r" [A-Za-z]{2,}(?![\w}])", template[m.end() :])
        if follow == " " and nxt:  # run the next word on
            return template[: m.end()] + template[m.end() + 1 :]
    i = m.start() + rng.randrange(1, len(m.group()))
    return template[:i] + template[i] + template[i:]


def build_heldout11(seed: int = HELDOUT11_SEED) -> list[Example]:
    """Held-out set 11: `Gen11` values in `HELDOUT11_TEMPLATES`, mixed sentences and look-alike negatives."""
    gen = Gen11(seed)
    rng = gen.rng
    makers = {
        "PERSON": gen.person, "STREET_ADDRESS": gen.address, "EMAIL_ADDRESS": gen.email, "PHONE_NUMBER": gen.phone,
        "CREDIT_CARD": gen.card, "IBAN_CODE": gen.iban, "IP_ADDRESS": lambda: gen.ip_sample()[1],
        "USERNAME": gen.handle, "DATE_OF_BIRTH": gen.dob, "SECRET": gen.password,
    }  # fmt: skip
    counts = {"PERSON": 80, "SECRET": 70, "USERNAME": 24}
    styles: list[tuple[str, list[tuple[str, str]]]] = []  # (template, [(type, value)])
    for etype in TYPES:
        for _ in range(counts.get(etype, 14)):
            if etype in ("SECRET", "IP_ADDRESS"):  # the template depends on the value's shape
                template, value = gen.secret() if etype == "SECRET" else gen.ip_sample()
                styles.append((template, [(etype, value)]))
            else:
                styles.append((rng.choice(HELDOUT11_TEMPLATES[etype]), [(etype, makers[etype]())]))
    for _ in range(24):
        template, types = rng.choice(HELDOUT11_MIXED)
        styles.append((template, [(t, makers[t]()) for t in types]))
    styles += [(t, []) for t in HELDOUT11_NEGATIVES]
    examples = []
    for template, values in styles:
        style = "plain"
        if rng.random() < 0.15:
            template, style = _typo11(rng, template), "typo"
        parts = template.split("{}")
        text, spans = parts[0], []
        for (etype, value), rest in zip(values, parts[1:], strict=True):
            spans.append((len(text), len(text) + len(value), etype))
            text += value + rest
        r = rng.random()  # lower case or ALL CAPS, as people and some exports write
        for new, name, p in ((text.lower(), "lower", 0.1), (text.upper(), "upper", 0.15)):
            if r < p and len(new) == len(text):
                text, style = new, name
                break
        examples.append(Example(text, spans, style))
    rng.shuffle(examples)
    return examples


HELDOUT12_SEED = 121259
# a faker locale no earlier set drew names from: Sri Lankan names in Sinhala script, transliterated as
# Sri Lankan English spells them ('Wickramasinghe', 'Karunaratne'); the lexicon must not load it
NAME_LOCALES_HELDOUT12 = ["si_LK"]
SINHALA_VOWELS = {0x85: "a", 0x86: "a", 0x87: "ae", 0x88: "ae", 0x89: "i", 0x8A: "i", 0x8B: "u", 0x8C: "u",
                  0x8D: "ru", 0x91: "e", 0x92: "e", 0x93: "ai", 0x94: "o", 0x95: "o", 0x96: "au"}  # fmt: skip
SINHALA_CONSONANTS = dict(
    zip(
        [0x9A, 0x9B, 0x9C, 0x9D, 0x9E, 0x9F, 0xA0, 0xA1, 0xA2, 0xA3, 0xA4, 0xA5, 0xA6, 0xA7, 0xA8, 0xA9, 0xAA,
         0xAB, 0xAC, 0xAD, 0xAE, 0xAF, 0xB0, 0xB1, 0xB3, 0xB4, 0xB5, 0xB6, 0xB7, 0xB8, 0xB9, 0xBA, 0xBB, 0xBD,
         0xC0, 0xC1, 0xC2, 0xC3, 0xC4, 0xC5, 0xC6],
        "k kh g gh n ng ch chh j jh ny gn nj t t d d n nd th th d dh n nd p ph b bh m mb y r l w sh sh s h l f".split(),
        strict=True,
    )
)  # fmt: skip
SINHALA_SIGNS = {0xCF: "a", 0xD0: "ae", 0xD1: "ae", 0xD2: "i", 0xD3: "i", 0xD4: "u", 0xD6: "u", 0xD8: "ru",
                 0xD9: "e", 0xDA: "e", 0xDB: "ai", 0xDC: "o", 0xDD: "o", 0xDE: "au", 0xF2: "ru"}  # fmt: skip
NAMES_HELDOUT12: dict[str, tuple[list[str], list[str]]] = {
    "kalmyk": ("Badma Bembya Delyash Erdni Tseren Gerel Altana Bair Sanal Kermen".split(),
               "Basangov Ochirov Sangadzhiev Erdniev Kekeev Dordzhiev Mandzhiev Bembeev Lidzhiev Ubushiev".split()),
    "ingush": ("Bekhan Kheda Zelimkhan Liana Issa Tamerlan Madina Akhmed Ruslan Khava".split(),
               "Yevloev Kostoev Aushev Tsechoev Malsagov Ozdoev Dzeytov Gazdiev Pliev Bogatyrev".split()),
    "baloch": ("Mahrang Shahzain Sammi Hayrbyar Gulzar Sabiha Zarina Kareema Jalal Sardar".split(),
               "Marri Bugti Mengal Rind Zehri Raisani Jamali Lashari Magsi Baloch".split()),
    "dagbani": ("Mahamudu Fuseini Abiba Alhassan Sumaila Ramatu Wumbei Zenabu Adamu Mariama".split(),
                "Iddrisu Bawumia Yakubu Dawuni Mahama Abukari Tahiru Sulemana Mumuni Alhassan".split()),
    "ga": ("Nii Naa Lartey Ayikwei Dedei Tettey Akweley Odarley Ashitey Kotey".split(),
           "Quaye Lamptey Tetteh Ankrah Quartey Nortey Adjetey Okine Armah Kotei".split()),
    "sierra_leone": ("Fatmata Alimamy Isatu Foday Kadiatu Abu Mariatu Sorie Hawanatu Santigie".split(),
                     "Kamara Sesay Bangura Conteh Turay Koroma Kargbo Mansaray Fofanah Jalloh".split()),
    "kpelle": ("Kormah Yamah Flomo Korpu Sumo Nyamah Sackie Tokpah Boakai Massa".split(),
               "Kollie Gbelee Saah Tarpeh Dolo Pewee Kerkula Sumo Flomo Weah".split()),
    "kikuyu": ("Wanjiru Kamau Njeri Mwangi Wambui Njoroge Wairimu Kariuki Nyambura Gitau".split(),
               "Mwangi Kamau Njoroge Kariuki Githinji Muriuki Wachira Ndung'u Kinyanjui Gathogo".split()),
    "luo": ("Akinyi Otieno Adhiambo Ochieng Awino Odhiambo Anyango Omondi Atieno Owino".split(),
            "Odinga Onyango Okoth Ouma Oduor Ogola Obura Ochola Auma Odera".split()),
    "maasai": ("Naserian Lekishon Nashipae Saitoti Naisula Lemayian Kasaine Sironka Nkoitoi Resian".split(),
               "ole Sankok;ole Ntimama;Parsitau;Lemaiyan;ole Kina;Kisemei;Ntutu;Kortom;Letoluo".split(";")),
    "nuer": ("Nyaluak Gatluak Nyakuoth Riek Nyadak Puok Nyachuol Koang Nyabuoy Tut".split(),
             "Machar Gatdet Chuol Kuol Gai Ruei Biel Nhial Lul Wal".split()),
    "lozi": ("Mubita Inonge Namakau Mukela Sililo Mwangala Lubasi Akapelwa Nawa Kalaluka".split(),
             "Lewanika Imenda Mbikusita Sitali Mushabati Kakoma Namushi Liswaniso Mufalali Muyunda".split()),
    "ndebele": ("Nkosana Sibongile Themba Nomathemba Mthokozisi Sithabile Dumisani Busisiwe Lindani Nokuthula".split(),
                "Ncube Moyo Sibanda Ndlovu Dube Nkomo Khumalo Mpofu Mathe Tshuma".split()),
    "seychellois": ("Marie-Ange Jean-Paul Ginette Rolly Wavel Nella Ruddy Lise Dolor Bernadette".split(),
                    "Hoareau Payet Laporte Servina Mancham Faure Mondon Savy Esparon Pierre-Louis".split()),
    "minangkabau": ("Rizal Fitri Yusnaini Afrizal Yulianti Zulhendri Elfira Syafrizal Nofrianti Irwandi".split(),
                    "Chaniago Piliang Koto Sikumbang Tanjung Jambak Caniago Guci Sumagek Pisang".split()),
    "karen": ("Saw Naw Eh Hser Paw Ler Mu Thra".split(),
              "Htoo Wah;Say Paw;Blu Moo;Kaw Lah;Ehna;Gay Htoo;Doh Say;Ku Moo".split(";")),
    "naga": ("Neiphiu Temjen Imna Kevise Akhrieno Vilhouzo Abeiu Tokheho Sentiyanger Meyasenla".split(),
             "Rio Along Jamir Zeliang Chishi Kire Angami Lotha Yhome Kikon".split()),
    "bhutanese": ("Sonam Tshering Pema Karma Dorji Kinley Chimi Dechen Ugyen Namgay".split(),
                  "Choden Wangmo Wangchuk Tobgay Zangmo Lhamo Penjor Gyeltshen Yangzom Dema".split()),
    "kiche": ("Rigoberta Tomasa Ixmucane Balam Nikte Sakik Xuan Kame Ixkik Tekun".split(),
              "Menchú Ixcot Tzunun Xiloj Cux Batz Tzul Chox Quiej Coj".split()),
    "mohawk": ("Kahentinetha Kaniehtiio Tekarontake Karonhiio Wahiakeron Kanatiiosh Ierihwakwatha Katsitsiio".split(),
               "Diabo McComber Montour Delisle Lazare Stacey Deer Jacobs Horn Kirby".split()),
    "rapa_nui": ("Tiare Hotu Make Ariki Manu Vaitiare Hoa Tahi Matahi Rapa".split(),
                 "Pakarati Tuki Hotus Atan Rapu Haoa Teao Pate Ika Tepano".split()),
    "tuvaluan": ("Enele Apisai Taukelina Saufatu Kausea Maatia Feleti Simeti Tafue Seve".split(),
                 "Sopoaga Natano Italeli Toafa Puapua Tomu Apinelu Finikaso Kofe Teo".split()),
    "yolngu": ("Gulumbu Djalu Galarrwuy Yalmay Banduk Gawirrin Djambawa Naminapu Wanyubi Dhopiya".split(),
               "Yunupingu Marika Gurruwiwi Wanambi Mununggurr Ganambarr Maymuru Wunungmurra Gumana Marawili".split()),
    "kashubian": ("Remùs Zofka Jantka Gùtka Marëjka Klemãs Juzek Wòjcech Bòlk Heda".split(),
                  "Labuda Necel Szczypta Trepczyk Bolduan Kostuch Drzeżdżon Formela Reszka Grzędzicki".split()),
    "gagauz": ("Todur Stepan Mihail Irina Yelena Dimitri Kosta Tanasi Marya Fedor".split(),
               "Formuzal Tabunshchik Kuroglo Topal Dimitroglo Kyosya Gaidarzhi Uzun Arnaut Kara".split()),
    "sicilian": ("Calogero Carmelo Santo Rosalia Agatino Concetta Gaetano Nunzia Venera Sebastiano".split(),
                 "Lo Presti;La Rosa;Lo Iacono;Cuffaro;Scuderi;Sciacca;Bonanno;Mistretta;Lo Bue;Favata".split(";")),
    "aragonese": ("Chusé Chorche Lorién Chuana Miguelón Pilarín Chesús Tresa Sabela Nieus".split(),
                  "Lanuza Latas Labordeta Castán Sesé Lacasa Arasanz Bielsa Ballarín Broto".split()),
    "arberesh": ("Gjergj Zef Mëria Kolë Lekë Rina Marë Pal Vitore Ndue".split(),
                 "Schirò Matranga Petta Masci Bellusci Stamati Chetta Lala Mandalà Cuccia".split()),
    "shetland": ("Magnus Ertie Inga Lowrie Thorvald Ola Osla Rasmie Tammie Lollie".split(),
                 "Halcrow Jamieson Umphray Manson Tulloch Goudie Isbister Leask Mouat Laurenson".split()),
    # rare real names: Cajun given names from Louisiana parish registers
    "cajun": ("Alcide Ozémé Clodice Euphémie Placide Onézime Azélie Théogène Ulysse Odalie".split(),
              "Thibodeaux Boudreaux Arceneaux Guidry Fontenot Broussard Landry Doucet Savoie Hebert".split()),
}  # fmt: skip
# invented names built another way than earlier sets: made-up given names, occupational-looking surnames
INVENTED_GIVEN_HEADS_HELDOUT12 = ["Alar", "Bryl", "Cosm", "Dalv", "Esk", "Fayl", "Gorm", "Hild", "Ivr", "Jorv",
                                  "Lisn", "Merv"]  # fmt: skip
INVENTED_GIVEN_TAILS_HELDOUT12 = ["ande", "ethe", "ulf", "ise", "ov", "amy", "ody", "una", "ric", "etta"]
INVENTED_SURNAME_HEADS_HELDOUT12 = ["Tallow", "Lantern", "Barrel", "Needle", "Anvil", "Copper", "Salt", "Glass",
                                    "Thimble", "Quarry"]  # fmt: skip
INVENTED_SURNAME_TAILS_HELDOUT12 = ["wright", "monger", "ward", "herd", "reeve", "ster", "man"]
# honorific or affectionate suffixes people attach to a name in chat: 'Sonam-la', 'Wanjiru-ji'
NAME_SUFFIXES_HELDOUT12 = ["-la", "-ji", "-san", "-chan", "-jan", "-bhai", "-didi", "-ke"]
IBAN_SHAPES_HELDOUT12 = {
    "DE": "18n", "FR": "10n11c2n", "ES": "20n", "IT": "1a10n12c", "NL": "4a10n", "GB": "4a14n", "SK": "20n",
    "CH": "5n12c", "BE": "12n", "IE": "4a14n", "AT": "16n", "LU": "3n13c",
}  # fmt: skip


def _sinhala_to_latin(text: str) -> str:
    """Latin spelling of a Sinhala name as Sri Lankan English writes it: long vowels short, a surname's
    final inherent 'a' as 'e' ('Karunarathne', 'Senanayake'), other final vowels kept ('Samitha')."""
    words = []
    for word in text.split():
        units: list[list[str]] = []  # [letters, kind]; kind: c consonant, v vowel, s inherent 'a'
        for ch in word:
            cp = ord(ch)
            if not 0x0D80 <= cp < 0x0E00:
                continue  # zero-width joiners
            off = cp - 0x0D00  # the tables hold the low byte of each code point
            if off in SINHALA_CONSONANTS:
                units += [[SINHALA_CONSONANTS[off], "c"], ["a", "s"]]
            elif off in SINHALA_VOWELS:
                units.append([SINHALA_VOWELS[off], "v"])
            elif off in SINHALA_SIGNS and units and units[-1][1] == "s":
                units[-1] = [SINHALA_SIGNS[off], "v"]
            elif off == 0xCA and units and units[-1][1] == "s":  # al-lakuna: no vowel after this consonant
                units.pop()
            elif off == 0x82:  # anusvara, written 'ng' ('Wickramasinghe')
                units.append(["ng", "c"])
            elif off == 0x83:
                units.append(["h", "c"])
        # surnames end in 'e' after these: '-nayake', '-singhe', '-ratne'; given names keep 'a' ('Krishantha')
        tail = "".join(u[0] for u in units[-3:-1])
        if len(units) > 2 and units[-1][1] == "s" and tail.endswith(("k", "ngh", "thn", "tn")):
            units[-1] = ["e", "v"]
        words.append("".join(u[0] for u in units).replace("ngg", "ng").capitalize())
    return " ".join(w for w in words if w)


def _elongate(name: str, rng: random.Random) -> str:
    """A name stretched as people do in chat ('Akinyiii', 'Nomathembaaa'): its last vowel repeated."""
    spots = [i for i, c in enumerate(name) if c.lower() in "aeiouy"]
    if not spots:
        return name + name[-1] * 2
    i = spots[-1]
    return name[: i + 1] + name[i] * rng.randint(2, 4) + name[i + 1 :]


def _hijri(day) -> str:
    """A Gregorian date in the tabular Islamic calendar: '14 Rajab 1408 AH'."""
    months = ["Muharram", "Safar", "Rabi' al-Awwal", "Rabi' al-Thani", "Jumada al-Ula", "Jumada al-Akhirah",
              "Rajab", "Sha'ban", "Ramadan", "Shawwal", "Dhu al-Qi'dah", "Dhu al-Hijjah"]  # fmt: skip
    jd = day.toordinal() + 1721425
    ll = jd - 1948440 + 10632
    n = (ll - 1) // 10631
    ll = ll - 10631 * n + 354
    j = ((10985 - ll) // 5316) * ((50 * ll) // 17719) + (ll // 5670) * ((43 * ll) // 15238)
    ll = ll - ((30 - j) // 15) * ((17719 * j) // 50) - (j // 16) * ((15238 * j) // 43) + 29
    m = (24 * ll) // 709
    d = ll - (709 * m) // 24
    y = 30 * n + j - 30
    return f"{d} {months[m - 1]} {y} AH"


def _chat_like(template: str) -> bool:
    """Whether a template reads like a person typing to the bot or a friend ('can you remind me to call
    {}...') rather than a form, a log, a config file or a spreadsheet."""
    first = template.split()[0] if template.split() else template
    return (
        (template[0].islower() or template.startswith(("{}", "I ")))
        and not any(c in template for c in '\n=\\|$"')
        and not re.match(r"[\w./;-]+[:(]", template)
        and "/" not in first
        and not re.search(r"(^|\s)/", template)  # a command-line switch: 'net user x {} /add'
    )


def _pick_chat_or_not(rng: random.Random, options: list, chat: bool | None, key=lambda o: o):
    """One of `options`: among the chat-like ones if `chat`, the others if not, any if None."""
    pool = [o for o in options if chat is None or _chat_like(key(o)) == chat] or options
    return pool[rng.randrange(len(pool))]


class Gen12(Gen3):
    """Generators for held-out set 12: origins, name forms, formats and contexts none of the other sets use."""

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        for i, loc in enumerate(NAME_LOCALES_HELDOUT12):
            self.fakers[loc] = Faker(loc)
            self.fakers[loc].seed_instance(seed + 1200 + i)

    def faker_name(self) -> tuple[str, str]:
        """(given, family) from a held-out faker locale, transliterated to Latin letters."""
        f = self.f(self.rng.choice(NAME_LOCALES_HELDOUT12))
        return _sinhala_to_latin(f.first_name()), _sinhala_to_latin(f.last_name())

    def invented_name(self) -> tuple[str, str]:
        """(given, surname) no list holds: 'Hildethe', 'Tallowreeve'."""
        rng = self.rng
        given = rng.choice(INVENTED_GIVEN_HEADS_HELDOUT12) + rng.choice(INVENTED_GIVEN_TAILS_HELDOUT12)
        return given, rng.choice(INVENTED_SURNAME_HEADS_HELDOUT12) + rng.choice(
            INVENTED_SURNAME_TAILS_HELDOUT12
        )

    def first_last(self) -> tuple[str, str]:
        """A given and a family name of one origin (faker, invented or one of NAMES_HELDOUT12)."""
        r = self.rng.random()
        if r < 0.2:
            first, last = self.faker_name()
            if first and last:
                return first, last
        if r < 0.3:
            return self.invented_name()
        firsts, lasts = NAMES_HELDOUT12[self.rng.choice(sorted(NAMES_HELDOUT12))]
        return self.rng.choice(firsts), self.rng.choice(lasts)

    def person(self) -> str:
        rng = self.rng
        first, last = self.first_last()
        r = rng.random()
        if r < 0.3:
            name = f"{first} {last}"
        elif r < 0.44:
            name = first
        elif r < 0.49:
            name = last
        elif r < 0.55:  # stretched in an excited chat message
            name = _elongate(first, rng)
        elif r < 0.62:  # an honorific or affectionate suffix joined to the name
            name = first + rng.choice(NAME_SUFFIXES_HELDOUT12)
        elif r < 0.68:  # a double given name joined by a hyphen
            other, _ = self.first_last()
            name = f"{first}-{other} {last}" if rng.random() < 0.5 else f"{first}-{other}"
        elif r < 0.73:  # two initials without dots, as forms and registers print them
            other, _ = self.first_last()
            name = f"{first[0]}{other[0]} {last}"
        elif r < 0.79:  # only the first word capitalised: a phone's autocorrect
            name = f"{first} {last.lower()}"
        elif r < 0.86:  # given and family name of different origins: a mixed family
            _, other_last = self.first_last()
            name = f"{first} {other_last}"
        else:
            name = f"{first} {last}"
        c = rng.random()
        if c < 0.06:
            return name.lower()
        if c < 0.1:
            return name.upper()
        return name

    def address(self) -> str:
        rng, n = self.rng, self.rng.randint(1, 240)
        pick = rng.choice
        shapes = [
            f"ul. {pick(['Gorodovikova', 'Lermontova', 'Ilishkina'])}, d. {n}, kv. {rng.randint(1, 80)}, Elista, 3580{rng.randint(0, 99):02d}",
            f"pr. {pick(['Idrisa Zyazikova', 'Bazorkina'])}, {n}, Magas, Ingushetia",
            f"House {n}, {pick(['Samungli Road', 'Jinnah Road', 'Zarghoon Road'])}, Quetta",
            f"{pick(['Gumani', 'Kalpohin', 'Lamashegu'])} Estates, House No. {pick('ABCDE')}{n}, Tamale",
            f"{pick(['GA-183-8164', 'GA-492-1107', 'GE-231-4409'])}, {n} {pick(['Nii Okaiman Street', 'Mantse Agbona Road'])}, Jamestown, Accra",
            f"{n} {pick(['Wilkinson Road', 'Siaka Stevens Street', 'Pademba Road'])}, Freetown",
            f"{pick(['Tubman Boulevard', 'Broad Street', 'Benson Street'])}, opposite the {pick(['ELWA junction', 'Total station'])}, Monrovia",
            f"{pick(['Kimathi Way', 'Gakere Road', 'Kanisa Road'])}, house {n}, Nyeri",
            f"{pick(['Oginga Odinga Street', 'Nairobi Road', 'Jomo Kenyatta Highway'])} {n}, Kisumu",
            f"Plot {n}, {pick(['Lusaka Road', 'Mulambwa Road'])}, Mongu, Western Province",
            f"{n} {pick(['Jason Moyo Street', 'Fife Street', 'Lobengula Street'])}, Bulawayo",
            f"{pick(['Mahé', 'Praslin'])}: {pick(['Anse Royale', 'Beau Vallon', 'Grand Anse'])}, {pick(['Chemin Montagne Posée', 'Chemin Sans Souci'])}, house {n}",
            f"Jl. {pick(['Khatib Sulaiman', 'Veteran', 'Sawahan'])} No. {n}, Kel. {pick(['Alai Parak Kopi', 'Lolong Belanti'])}, Padang",
            f"{pick(['Zaydi Road', 'Thida Road'])}, Ward {rng.randint(1, 9)}, Hpa-an, Kayin State",
            f"H. No. {n}, {pick(['Midland', 'Kitsubozou', 'Forest Colony'])}, Kohima 7970{rng.randint(1, 9):02d}",
            f"{pick(['Norzin Lam', 'Chang Lam', 'Doebum Lam'])}, Building {n}, Thimphu",
            f"{n} {pick(['Teniente Merlet', 'Atamu Tekena', 'Te Pito o te Henua'])}, Hanga Roa, Rapa Nui",
            f"{pick(['Vaiaku', 'Alapi', 'Fakaifou'])} village, {pick(['house', 'fale'])} {n}, Funafuti",
            f"Lot {n}, {pick(['Matthew Flinders Way', 'Chesterfield Circuit'])}, Nhulunbuy NT 0880",
            f"ul. {pick(['Gdańska', 'Kościerska', 'Klasztorna'])} {n}, 83-300 Kartuzy",
            f"str. {pick(['Lenin', 'Pobedî', 'Tretiakov'])} {n}, Comrat, MD-3801",
            f"Via {pick(['Maqueda', 'Vittorio Emanuele', 'dei Candelai'])} {n}, 90133 Palermo PA",
            f"C/ {pick(['Coso Alto', 'Zarrera', 'Padre Huesca'])}, {n}, 3º {pick('ABCD')}, 22002 Huesca",
            f"Via {pick(['Skanderbeg', 'Giorgio Castriota', 'Matranga'])} {n}, Piana degli Albanesi",
            f"{pick(['Hillhead', 'North Road', 'Commercial Street'])} {n}, Lerwick, Shetland ZE1 0{pick('ABDEH')}{pick('ABDEH')}",
            f"{rng.randint(100, 4999)} {pick(['Johnston St', 'Pinhook Rd', 'Ambassador Caffery Pkwy'])}, Lafayette, LA 705{rng.randint(1, 9):02d}",
            f"No. {n}/{rng.randint(1, 9)}, {pick(['Galle Road', 'Havelock Road', 'Duplication Road'])}, Colombo 0{rng.randint(3, 6)}",
            f"{n} Rue {pick(['Mohawk', 'Old Malone', 'Church'])}, Kahnawake QC J0L 1B0",
        ]  # fmt: skip
        return pick(shapes)

    def email(self) -> str:
        rng = self.rng
        first, last = (_ascii_name(x).replace("ł", "l").replace("ż", "z") for x in self.first_last())
        user = rng.choice([f"{first}.{last}", f"{first}+{rng.choice(['club', 'invoices', 'school', 'jobs'])}",
                           f"{last}.{first}", f"{first}{last[0]}", f"{first[0]}.{last}",
                           f"{first}.{last}{rng.randint(70, 99)}", f"hello.{first}", f"{last}-{first[:3]}"])  # fmt: skip
        domain = rng.choice(["mail.ru", "yandex.ru", "ptcl.net.pk", "ghana.com", "yahoo.co.uk", "safaricom.co.ke",
                             "zamtel.zm", "zol.co.zw", "seychelles.sc", "druknet.bt", "sltnet.lk", "icloud.com",
                             "outlook.com", "gmail.com", "proton.me", "btinternet.com", "libero.it", "wp.pl",
                             "orange.md", "shetland.org", "cox.net", "bigpond.com", "tuvalu.tv",
                             "kestreldesign.co.uk", "cycleclub.org.uk"])  # fmt: skip
        email = f"{user}@{domain}"
        if rng.random() < 0.1:  # a phone capitalises the first letter
            return email[0].upper() + email[1:]
        return email

    def phone(self) -> str:
        d, rng = self.d, self.rng
        shapes = [
            f"+7 (84722) {d(1)}-{d(2)}-{d(2)}",  # Elista
            f"8 (8734) {d(2)}-{d(2)}-{d(2)}",  # Magas, dialled at home
            f"+92 81 {d(7)}",  # Quetta
            f"+92 3{d(2)} {d(7)}",  # Pakistan mobile
            f"+233 (0)24 {d(3)} {d(4)}",  # Ghana mobile, trunk zero in brackets
            f"037 202 {d(4)}",  # Tamale landline
            f"+232 76 {d(6)}",  # Sierra Leone
            f"+231 77 {d(3)} {d(4)}",  # Liberia
            f"07{d(2)} {d(3)} {d(3)}",  # Kenya mobile at home
            f"+254 7{d(2)} {d(6)}",  # Kenya
            f"+260 97 {d(7)}",  # Zambia
            f"+263 29 2{d(6)}",  # Bulawayo
            f"+248 2 5{d(1)} {d(2)} {d(2)}",  # Seychelles
            f"+62 751 {d(6)}",  # Padang
            f"+95 9 {d(3)} {d(3)} {d(3)}",  # Myanmar mobile
            f"0370-22{d(5)}",  # Kohima
            f"+975 17 {d(2)} {d(2)} {d(2)}",  # Bhutan mobile
            f"+56 32 210 {d(4)}",  # Hanga Roa
            f"+688 90{d(4)}",  # Tuvalu
            f"(08) 8987 {d(4)}",  # Nhulunbuy
            f"+48 58 681 {d(2)} {d(2)}",  # Kartuzy
            f"+373 298 {d(2)} {d(3)}",  # Comrat
            f"091 {d(3)} {d(4)}",  # Palermo
            f"974 {d(2)} {d(2)} {d(2)}",  # Huesca
            f"01595 {d(6)}",  # Shetland
            f"(337) 2{d(2)}-{d(4)}",  # Lafayette
            f"+94 77 {d(3)} {d(4)}",  # Sri Lanka mobile
            f"(450) 632-{d(4)}",  # Kahnawake
        ]
        phone = rng.choice(shapes)
        r = rng.random()
        if r < 0.1 and phone.startswith("+"):  # saved in the contacts app without spaces
            return re.sub(r"[^\d+]", "", phone)
        if r < 0.16:  # split by a dot as some people type it
            return phone.replace(" ", ".")
        return phone

    def card(self) -> str:
        rng = self.rng
        prefix, length = rng.choice(
            [
                ("4970", 16),  # Visa co-badged with Cartes Bancaires
                ("4506", 16),  # Visa Debit
                ("5168", 16),  # Mastercard Debit
                ("6759", 16),  # Maestro UK
                ("34", 15),  # Amex
                ("37", 15),
                ("4", 16),
                ("5", 16),
                ("2223", 16),
                ("6011", 16),
            ]
        )
        num = _luhn_number(rng, prefix, length)
        r = rng.random()
        if length == 15:  # Amex prints 4-6-5
            return f"{num[:4]} {num[4:10]} {num[10:]}" if r < 0.6 else num
        grouped = " ".join(num[i : i + 4] for i in range(0, length, 4))
        if r < 0.45:
            return grouped
        if r < 0.55:  # two spaces between groups, as a receipt prints them
            return grouped.replace(" ", "  ")
        if r < 0.62:
            return grouped.replace(" ", "/")
        return num

    def iban(self) -> str:
        rng = self.rng
        country = rng.choice(sorted(IBAN_SHAPES_HELDOUT12))
        iban = _iban(rng, country, IBAN_SHAPES_HELDOUT12[country])
        grouped = " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
        return grouped if rng.random() < 0.45 else iban

    def ip_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, address): routers, smart homes, CI, Ansible, Docker, Windows, devtools, OAuth;
        `chat` picks a sentence typed to the bot or a friend (True) or a log or config line (False)."""
        rng, f = self.rng, self.f()
        v4 = rng.choice([f.ipv4_public(), f.ipv4_public(), f"192.168.{rng.randint(0, 254)}.{rng.randint(2, 254)}",
                         f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])  # fmt: skip
        h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
        v6 = rng.choice(
            [
                f"2001:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}",
                f"2a01:{h()}:{h()}::{h()}",
                f"fd{rng.randint(0, 255):02x}:{h()}:{h()}::{h()}",
                f"2600:{h()}:{h()}:{h()}::{h()}",
            ]
        )
        options = [
            ("my router says the laptop is {}, how do I make that fixed?", v4),
            ("the new printer grabbed {} and now nothing can find it lol", v4),
            ("doorbell camera stopped working, its page at {} just spins", v4),
            ("neighbour's wifi extender keeps showing up as {} on my network, is that bad?", v4),
            ("is {} my public IP? the isp app shows that", rng.choice([v4, v6])),
            ("my phone got {} on the guest network, is that ipv6?", v6),
            ("Reserved address for 'kids-tablet': {}", v4),
            ("web1 ansible_host={} ansible_port=2222", v4),
            ("[db]\n{} ansible_python_interpreter=/usr/bin/python3", v4),
            ('ports:\n  - "{}:5432:5432"', v4),
            ("DB_HOST={}", v4),
            ("Run actions/checkout@v4\n  Connecting to {} (port 443)... connected", v4),
            ("Step 4/9 : RUN curl -sf http://{}:8081/health", v4),
            (
                "An account failed to log on.\n  Logon Type: 3\n  Source Network Address: {}\n  Source Port: 0",
                v4,
            ),
            (
                "Remote Desktop Services: Session logon succeeded:  Source Network Address: {}",
                v4,
            ),
            ("PS C:\\> Test-NetConnection -ComputerName {} -Port 3389", v4),
            ('=PING("{}")  <- column F, site uplinks', v4),
            (
                "Remote Address: {}:443\nReferrer Policy: strict-origin-when-cross-origin",
                rng.choice([v4, v6]),
            ),
            ("redirect_uri=http://{}:8080/oauth/callback&response_type=code", v4),
            ("lost & found kiosk is offline again, tech says it's {} on VLAN 30", v4),
            ("the volunteer laptop needs the static IP {}, gateway as usual", v4),
            ("Thermostat firmware update failed from {}", rng.choice([v4, v6])),
            ("[Peer]\nEndpoint = [{}]:51820", v6),
            ("my laptop's ip is {} if that helps", v4),
            ("someone logged into my account from {}, should I worry?", rng.choice([v4, v6])),
            ("the minecraft server is {}, join in 5", v4),
            ("why does my tv show {} under network settings?", v4),
        ]
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def password(self) -> str:
        rng, w = self.rng, self.f().word
        return rng.choice(
            [
                f"{w().capitalize()}{w().capitalize()}{rng.randint(1, 99)}{rng.choice('!?$')}",
                f"{rng.choice(['Elista', 'Tamale', 'Nyeri', 'Mongu', 'Padang', 'Thimphu', 'Lerwick'])}-{w()}-{rng.randint(10, 999)}",
                self.token(rng.randint(10, 18), string.ascii_letters + string.digits + "!@$%^"),
                f"{w()}{w()}{w()}",
                f"{w().upper()}_{rng.randint(1000, 9999)}",
            ]
        )  # fmt: skip

    def secret(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, secret); `chat` as in `ip_sample`."""
        tok, pw, rng, d = self.token, self.password(), self.rng, self.d
        alnum = string.ascii_letters + string.digits
        upper = string.ascii_uppercase + string.digits
        hexd = "0123456789abcdef"
        b64u = alnum + "-_"
        uuid = lambda: "-".join(tok(k, hexd) for k in (8, 4, 4, 4, 12))  # noqa: E731
        options = [
            ("the wifi password for the party is {} btw", pw),
            ("can you remember this for me: netflix login password {}", pw),
            ("new gate code for the allotments is {} (changed monthly)", f"{d(4)}#"),
            ("alarm code for Mum's house is {} if you get there first", d(4)),
            ("bike lock combo: {}", d(4)),
            ("password for the school portal is {}, dont tell your sister", pw),
            ("router sticker says WPA key {}", tok(rng.randint(10, 16), upper)),
            ("WIFI:T:WPA;S:Cafe-Guest;P:{};;", pw),
            ("wifi_password: {}", pw),
            ("ansible_password={}", pw),
            ("web1 ansible_host=web1.lan ansible_ssh_pass={}", pw),
            ("POSTGRES_PASSWORD={}", pw),
            ("MARIADB_ROOT_PASSWORD={}", pw),
            ("net user volunteer {} /add", pw),
            ("$pw = ConvertTo-SecureString '{}' -AsPlainText -Force", pw),
            ("+ echo \"EXPO_TOKEN={}\"  # debug, remove", tok(40, b64u)),
            ("Run deploy.sh\n  export VERCEL_TOKEN={}", tok(24, alnum)),
            ('=WEBSERVICE("https://api.example.com/rates?key={}")', tok(32, hexd)),
            ("https://app.club.org/callback#access_token={}&token_type=bearer&expires_in=3600", tok(40, b64u)),
            ("https://app.club.org/callback?code={}&state=af0ifjsldkj", tok(30, b64u)),
            ("localStorage.setItem('auth', '{}')", tok(48, b64u)),
            ("Cookie: session_id={}; theme=dark", tok(40, hexd)),
            ("Zoom meeting for the committee: passcode {}", tok(6, alnum)),
            ("POSTMARK_SERVER_TOKEN={}", uuid()),
            ("CLERK_SECRET_KEY={}", "sk_live_" + tok(40, alnum)),
            ("UPSTASH_REDIS_REST_TOKEN={}", "A" + tok(59, b64u)),
            ("SCW_SECRET_KEY={}", uuid()),
            ("HCLOUD_TOKEN={}", tok(64, alnum)),
            ("LINODE_TOKEN={}", tok(64, hexd)),
            ("VULTR_API_KEY={}", tok(36, upper)),
            ("B2_APPLICATION_KEY={}", "K00" + tok(28, alnum)),
            ("TELNYX_API_KEY={}", "KEY0" + tok(58, upper)),
            ("PUSHER_APP_SECRET={}", tok(20, hexd)),
            ("AUTH0_CLIENT_SECRET={}", tok(64, b64u)),
            ("MIXPANEL_API_SECRET={}", tok(32, hexd)),
            ("ZENDESK_API_TOKEN={}", tok(40, alnum)),
            ("INFURA_API_SECRET={}", tok(32, hexd)),
            ("PADDLE_API_KEY={}", "pdl_live_apikey_" + tok(26, alnum)),
            ("home assistant secrets.yaml\nmqtt_password: {}", pw),
            ("kodu parool on {}", pw),
            ("lösenordet är {}", pw),
            ("salasana: {}", pw),
            ("my bank app PIN is {}, pls remember it for me", d(4)),
            ("new password for the family netflix: {}", pw),
            ("ok the code for the key safe is {}", d(4)),
            ("spotify password is {} if you need it for the party", pw),
            ("locker 12 combination is {}", f"{d(2)}-{d(2)}-{d(2)}"),
            ("I changed the guest wifi, it's {} now", pw),
            ("what's a good password? is {} strong enough?", pw),
            ("if I get locked out my recovery code is {}", f"{tok(4, upper)}-{tok(4, upper)}-{tok(4, upper)}"),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def handle(self) -> str:
        rng = self.rng
        first, last = (_ascii_name(x).replace("ł", "l").replace("ż", "z") for x in self.first_last())
        return rng.choice(
            [
                f"{first}{rng.choice(['knits', 'runs', 'bakes', 'birds', 'climbs'])}",
                f"{first}.{last}",
                f"{first[0]}{last}",
                f"{last}{first[0]}{rng.randint(1, 99)}",
                f"xx_{first}_xx",
                f"{first}_{last}_",
                f"{first}{rng.randint(80, 99)}{last[0]}",
                f"the_real_{first}",
            ]
        )  # fmt: skip

    def dob(self) -> str:
        rng = self.rng
        dt = self.f().date_of_birth(minimum_age=4, maximum_age=90)
        sv = "januari februari mars april maj juni juli augusti september oktober november december".split()
        fi = ("tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta "
              "lokakuuta marraskuuta joulukuuta").split()  # fmt: skip
        ro = "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie".split()
        hr = "siječnja veljače ožujka travnja svibnja lipnja srpnja kolovoza rujna listopada studenoga prosinca".split()
        et = "jaanuar veebruar märts aprill mai juuni juuli august september oktoober november detsember".split()
        lv = "janvārī februārī martā aprīlī maijā jūnijā jūlijā augustā septembrī oktobrī novembrī decembrī".split()
        cy = "Ionawr Chwefror Mawrth Ebrill Mai Mehefin Gorffennaf Awst Medi Hydref Tachwedd Rhagfyr".split()
        ga = ("Eanáir;Feabhra;Márta;Aibreán;Bealtaine;Meitheamh;Iúil;Lúnasa;Meán Fómhair;Deireadh Fómhair;"
              "Samhain;Nollaig").split(";")  # fmt: skip
        m = dt.month - 1
        return rng.choice(
            [
                f"{dt.day} {sv[m]} {dt.year}",
                f"{dt.day}. {fi[m]} {dt.year}",
                f"{dt.day} {ro[m]} {dt.year}",
                f"{dt.day}. {hr[m]} {dt.year}.",
                f"{dt.day}. {et[m]} {dt.year}",
                f"{dt.year}. gada {dt.day}. {lv[m]}",
                f"{dt.day} {cy[m]} {dt.year}",
                f"{dt.day} {ga[m]} {dt.year}",
                f"ngày {dt.day} tháng {dt.month} năm {dt.year}",
                _hijri(dt),
                f"{dt.day}/{dt.month}/{dt.year}",
            ]
        )


HELDOUT12_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "can you remind me to call {} tomorrow after lunch",
        "write a short birthday message for my aunt {}, she turns 60 on Friday",
        "my flatmate {} keeps finishing my yoghurt, how do I bring it up nicely?",
        "help me plan a surprise dinner for {} on Saturday, she doesn't eat meat",
        "ok so {} just texted 'on my way' lol",
        "omg guess who I bumped into at the pool, {}!!",
        "thank you so much {}, the lasagne was amazing",
        "{} is bringing the gazebo, who has pegs?",
        "can {} borrow your ladder this weekend?",
        "is {} still coaching the under-9s?",
        "my son's teacher {} says he needs a scientific calculator",
        "what should I get {} for passing her driving test?",
        "Grandma {}'s lentil soup: 2 cups red lentils, 1 onion, a spoon of cumin",
        "school run rota: Mon {}, Tue me, Wed grandad",
        "Chess club ladder: {} moved up to board 2",
        "Movers booked! {} from the removal firm arrives at 7am",
        "welcome to the street group {}! bins go out on Thursdays",
        "Absence note: {} (Year 4, class Kestrel) was off sick on Monday",
        "Parents' evening slot booked with {}, 17:40, room 12",
        "Referee: {}, my manager at the bakery, happy to be contacted",
        "interview tomorrow with {} from HR, what should I ask them?",
        "Invoice 0042 — Bill to: {}",
        "Expense: lunch with client {} 23.40 (receipt in Drive)",
        "Additional driver: {} · licence checked at desk",
        "Parking fine appeal: the vehicle was driven by {} that day",
        "Account holder: {} · Electricity statement for March",
        "Found: a blue school jumper with the name tag {} in the collar",
        "Soup kitchen rota, Friday: {} (vans), me (tills)",
        "Reminder for {}: hygienist appointment on Tue at 9:30, reply C to cancel",
        "Your physio next week is {}, please arrive 10 minutes early",
        "CI: pipeline #8812 triggered by {} (push to main)",
        'New-ADUser -Name "{}" -Department "Bookings"',
        '=VLOOKUP("{}", Volunteers!A:D, 3, FALSE)',
        "BEGIN:VCARD\nVERSION:4.0\nFN:{}\nEND:VCARD",
        "ATTENDEE;CN={};ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:rsvp@club.invalid",
        "Sign-up sheet, beach clean on 14 April:\n1. {}\n2.\n3.",
        "Payee: {} — babysitting, 3 evenings, 45.00",
        "kitchen fitter recommended by {}, has anyone used them?",
        "Assignee: {} · Issue: the hall projector won't turn on",
        "happy retirement {}!! the office won't be the same",
        "do you think {} would like a cookbook or a plant?",
        "me and {} are doing parkrun on saturday, wanna come?",
        "{} can't make it tonight, her little one is poorly",
        "how do I tell {} I can't be a bridesmaid",
        "who's picking up {} from swimming?",
        "remind me that I owe {} 20 quid",
        "what's a polite way to ask {} to move his car off our drive?",
        "{} from next door brought round a cake, so sweet",
        "I think {} still has my charger",
        "my boss {} wants the report by 5, help me outline it",
        "going to {}'s for dinner, what wine goes with curry?",
        "can you help me write a thank-you card to {} for the flowers?",
    ],
    "STREET_ADDRESS": [
        "we're moving to {} next month, can you make me a checklist?",
        "new address from 1 May: {}",
        "Delivery note: {}, parcel box by the side gate",
        "Rental car return location: {} (after-hours key drop)",
        "Supply address: {} · Meter serial E17Z04432",
        "Lost keys were handed in at {}",
        "Litter pick volunteers meet outside {} at 9, gloves provided",
        "Invoice to: Kestrel Design Ltd, {}",
        'site_address: "{}"',
        "what's a good takeaway that delivers to {}?",
        "ADR;TYPE=home:;;{};;;;",
        "my nan lives at {}, how long is the drive from the airport?",
        "is parking free on {} on sundays?",
        "which pizza place delivers late to {}?",
        "does the night bus stop anywhere near {}?",
        "my sister's new place is {}, how far is that from the station?",
    ],
    "EMAIL_ADDRESS": [
        "can you draft an email to {} asking for the deposit back?",
        "send the new rota to {} please",
        "Questions about this invoice? Contact {}",
        "Notifying {} of failed build #8812",
        "EMAIL;TYPE=home:{}",
        "ATTENDEE;CN=Guest;RSVP=TRUE:mailto:{}",
        "https://login.example.com/authorize?client_id=abc&login_hint={}",
        "Get-ADUser -Filter \"mail -eq '{}'\"",
        '=HYPERLINK("mailto:{}", "email coach")',
        "found a set of keys by the swings, if they're yours email {}",
        "job alerts will go to {} from now on",
        "how do I stop {} getting the club newsletter twice?",
        "whats my backup email again? oh wait, it's {}",
        "does {} sound professional enough for job applications?",
        "I keep getting spam at {}, how do I stop it?",
        "add {} to the invite list for the barbecue",
    ],
    "PHONE_NUMBER": [
        "text me when you're outside, my number's {}",
        "the plumber's number is {}, he's good",
        "Emergency contact for the school trip: {}",
        "Your appointment is confirmed. To cancel, call {}",
        "After-hours rental desk: {}",
        "TEL;TYPE=cell:{}",
        "MECARD:N:Coach;TEL:{};;",
        "found a wallet at the bus stop, ring {} to collect it",
        "coach's mobile on match days: {}",
        "can you save {} as 'landlord' in my contacts?",
        "message me on {} if you want the pram",
        "Volunteer line: {} (Sat 9–1)",
        "my new number is {}, save it!",
        "who is {}? they've called me 4 times today",
        "call me on {} when you land",
        "is {} a scam? they said my parcel is being held",
    ],
    "CREDIT_CARD": [
        "charge the deposit to my card {} please",
        "Card on file for the rental: {}",
        "A2: {}   B2: 09/27",
        "$card = '{}'",
        'localStorage "checkout": {"pan":"{}","exp":"11/27"}',
        "{}|11|2027|482",
        "my card {} got declined at the petrol station, why?",
        "paid the club fees with {}, can you check it went through?",
        "the electricity direct debit bounced so they charged {} instead",
        "remember my card for next time: {}",
        "someone used my card {} abroad, what do I do first?",
        "which of my cards is {}, the blue one or the green one?",
    ],
    "IBAN_CODE": [
        "payto://iban/{}?amount=EUR:45.00&message=Invoice%200042",
        "Please pay invoice 0042 within 14 days to {} (ref INV-0042)",
        "rent deposit goes to {}, put your flat number as the reference",
        "club membership: transfer to {} by 31 March",
        "refund to {} please, the card was cancelled",
        "can you check whether {} is a valid IBAN?",
        "PAYOUT_IBAN={}",
        '=MID("{}", 5, 8)',
        "Direct debit mandate — account to be debited: {}",
        "my IBAN is {}, send the money for the tickets whenever",
        "mum asked for my bank details, it's {} right?",
        "got a text asking me to confirm {}, is that legit?",
    ],
    "USERNAME": [
        "An account failed to log on.\n  Account Name: {}\n  Account Domain: CORP",
        "Get-ADUser -Identity {} -Properties LastLogonDate",
        "web1 ansible_host=web1.lan ansible_user={}",
        "CORP\\{} logged on interactively",
        'user: "{}"',
        "ravelry.com/people/{}",
        "discogs.com/user/{}",
        "inaturalist.org/people/{}",
        "alltrails.com/members/{}",
        "boardgamegeek.com/user/{}",
        "vinted.co.uk/member/{}",
        "etsy.com/shop/{}",
        "add me on untappd, I'm {}",
        "the school portal login is {}",
        "my username is {} if you want to add me",
        "follow me on ravelry, I'm {}",
        "I forget if my login is {} or my email",
        "my son wants the username {}, is that ok to use?",
    ],
    "DATE_OF_BIRTH": [
        "Admission form, child's date of birth: {}",
        "U14 registration: player born {}",
        "Main driver date of birth: {}",
        "Patient (DOB {}) reminder: bloods at 8:10, fasting",
        "my daughter was born on {}, what jabs is she due now?",
        "BDAY;VALUE=text:{}",
        'C2: {}   D2: =DATEDIF(C2,TODAY(),"y")',
        "application form asks for my date of birth, it's {}",
        "Volunteer DBS check: date of birth {}",
        "my birthday is {}, so what's my star sign?",
        "how old am I exactly if I was born {}?",
        "I was born {}, when can I get my state pension?",
    ],
}
HELDOUT12_MIXED = [
    ("hi! I'm {} and I just moved to {}", ["PERSON", "STREET_ADDRESS"]),
    ("BEGIN:VCARD\nVERSION:2.1\nFN:{}\nTEL;CELL:{}\nEND:VCARD", ["PERSON", "PHONE_NUMBER"]),
    ("ATTENDEE;CN={}:mailto:{}", ["PERSON", "EMAIL_ADDRESS"]),
    ("web1 ansible_host={} ansible_user={} ansible_password={}", ["IP_ADDRESS", "USERNAME", "SECRET"]),
    ("An account failed to log on.\n  Account Name: {}\n  Source Network Address: {}", ["USERNAME", "IP_ADDRESS"]),
    ("$cred = New-Object PSCredential('{}', (ConvertTo-SecureString '{}' -AsPlainText -Force))", ["USERNAME", "SECRET"]),
    ("Invoice 0043\nBill to: {}, {}\nPay to: {}", ["PERSON", "STREET_ADDRESS", "IBAN_CODE"]),
    ("Main driver: {} · DOB {} · Card {}", ["PERSON", "DATE_OF_BIRTH", "CREDIT_CARD"]),
    ("new member: {}, born {}, mobile {}", ["PERSON", "DATE_OF_BIRTH", "PHONE_NUMBER"]),
    ("lost: black wallet. if found call {} or email {}", ["PHONE_NUMBER", "EMAIL_ADDRESS"]),
    ("Volunteer: {} <{}>, Saturdays", ["PERSON", "EMAIL_ADDRESS"]),
    ("POSTGRES_USER={}\nPOSTGRES_PASSWORD={}", ["USERNAME", "SECRET"]),
    ("the router page is {} and the login is {} / {}", ["IP_ADDRESS", "USERNAME", "SECRET"]),
    ("Reminder for {} (DOB {}): Tue 9:30, outpatients", ["PERSON", "DATE_OF_BIRTH"]),
    ("Payment from {} received, account {}", ["PERSON", "IBAN_CODE"]),
    ("ravelry: {} · email {}", ["USERNAME", "EMAIL_ADDRESS"]),
]  # fmt: skip
HELDOUT12_NEGATIVES = [
    "Elista has a whole chess city, apparently",
    "Magas is the newest capital in Russia",
    "Quetta in winter is freezing",
    "Tamale to Mole National Park by tro-tro",
    "Freetown's cotton tree fell in a storm",
    "Nyeri coffee is so good",
    "Kisumu sunsets over the lake",
    "Mongu is where the Kuomboka starts",
    "Bulawayo has really wide streets",
    "Padang food: rendang, and then more rendang",
    "Kohima's Hornbill Festival is in December",
    "Thimphu has no traffic lights",
    "Hanga Roa to Anakena beach by bike",
    "Funafuti runway doubles as a football pitch",
    "Palermo street food: arancine and panelle",
    "Lerwick Up Helly Aa is in January",
    "Lafayette for boudin and zydeco",
    "Colombo to Kandy on the train",
    "Earl Grey, no sugar, thanks",
    "Victoria sponge for the bake sale",
    "Eggs Benedict or a full breakfast?",
    "Granny Smith apples for the crumble",
    "our Jack Russell ate a sock again",
    "Caesar salad, dressing on the side",
    "the Ferris wheel on the pier is closed",
    "Ben & Jerry's is on offer",
    "Tim Hortons opened near the station",
    "Tommy Hilfiger jacket, size M, never worn",
    "Frank feedback welcome before Friday",
    "Grace period ends on the 30th",
    "Sunny with a chance of Hail, says the app",
    "can we do pasta bake tonight? 200 g pasta, 180°C for 25 min",
    "U12s won 2-1, player of the match gets the trophy",
    "Year 4 trip money is 12.50, due Friday",
    "Job ref JD-2291, 12.50 an hour, 20 hours a week",
    "VAT at 20%: 84.00, total 504.00",
    "Invoice INV-0042, net 30 days",
    "Car hire group C, Bay 14, Level 2",
    "Meter reading 04432 kWh, estimated",
    "Lost property item LF-0031, umbrella, black",
    "Shift 2: 10:00–12:00, tills",
    "Appointment ref APT-55120",
    "Zigbee channel 15, PAN ID 0x1A62",
    "Error: Process completed with exit code 137",
    "Event ID 4625, Logon Type 3, Status 0xC000006D",
    "Get-Service | Where-Object Status -eq 'Running'",
    "=SUM(B2:B14)/COUNT(B2:B14)",
    "WIFI:T:WPA;S:Cafe-Guest;P:;;",
    "RRULE:FREQ=WEEKLY;BYDAY=TU",
    "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Club//Rota//EN",
    "Status Code: 304 Not Modified",
    "response_type=code&scope=openid%20profile&client_id=YOUR_CLIENT_ID",
    "image: postgres:16-alpine\nrestart: unless-stopped",
    "[webservers]\nweb1\nweb2",
    "name@example.com is only the placeholder in the form",
    "card number 0000 0000 0000 0000 is what the form shows",
    "password123 is the worst password ever, change it",
    "enter your 4-digit PIN on the keypad",
    "i think its going to rain, bring the big umbrella",
    "what time does the tip close on sundays?",
    "who won bake off last night",
    "lol same",
    "can you convert 3 cups of flour to grams?",
    "is it too late to plant garlic in november",
    "the 14 bus is diverted again",
    "Sinhala and Tamil New Year is in mid-April",
]  # fmt: skip


def _typo12(rng: random.Random, template: str) -> str:
    """Chat carelessness outside the {} slots: an apostrophe dropped ('dont'), no space after a comma or a
    full stop ('thanks,see you'), or a lower-case first letter."""
    apostrophes = [m.start() for m in re.finditer(r"(?<=[a-z])'(?=[a-z])", template)]
    if apostrophes and rng.random() < 0.5:
        i = rng.choice(apostrophes)
        return template[:i] + template[i + 1 :]
    spaces = [m.start() + 1 for m in re.finditer(r"[,.] (?=[a-z])", template)]
    if spaces and rng.random() < 0.7:
        i = rng.choice(spaces)
        return template[:i] + template[i + 1 :]
    if re.match(r"[A-Z][a-z]", template):
        return template[0].lower() + template[1:]
    return template


def build_heldout12(seed: int = HELDOUT12_SEED) -> list[Example]:
    """Held-out set 12: `Gen12` values in `HELDOUT12_TEMPLATES`, mixed sentences and look-alike negatives."""
    gen = Gen12(seed)
    rng = gen.rng
    makers = {
        "PERSON": gen.person, "STREET_ADDRESS": gen.address, "EMAIL_ADDRESS": gen.email, "PHONE_NUMBER": gen.phone,
        "CREDIT_CARD": gen.card, "IBAN_CODE": gen.iban, "IP_ADDRESS": lambda: gen.ip_sample()[1],
        "USERNAME": gen.handle, "DATE_OF_BIRTH": gen.dob, "SECRET": gen.password,
    }  # fmt: skip
    counts = {"PERSON": 80, "SECRET": 70, "USERNAME": 24}
    styles: list[tuple[str, list[tuple[str, str]]]] = []  # (template, [(type, value)])
    for etype in TYPES:
        for _ in range(counts.get(etype, 14)):
            chat = rng.random() < 0.7  # Kaizen is a chat bot: most sentences are typed to it or a friend
            if etype in ("SECRET", "IP_ADDRESS"):  # the template depends on the value's shape
                template, value = gen.secret(chat) if etype == "SECRET" else gen.ip_sample(chat)
                styles.append((template, [(etype, value)]))
            else:
                template = _pick_chat_or_not(rng, HELDOUT12_TEMPLATES[etype], chat)
                styles.append((template, [(etype, makers[etype]())]))
    for _ in range(24):
        template, types = rng.choice(HELDOUT12_MIXED)
        styles.append((template, [(t, makers[t]()) for t in types]))
    styles += [(t, []) for t in HELDOUT12_NEGATIVES]
    examples = []
    for template, values in styles:
        style = "plain"
        if rng.random() < 0.15:
            template, style = _typo12(rng, template), "typo"
        parts = template.split("{}")
        text, spans = parts[0], []
        for (etype, value), rest in zip(values, parts[1:], strict=True):
            spans.append((len(text), len(text) + len(value), etype))
            text += value + rest
        r = rng.random()  # lower case or ALL CAPS, as people and some exports write
        for new, name, p in ((text.lower(), "lower", 0.1), (text.upper(), "upper", 0.14)):
            if r < p and len(new) == len(text):
                text, style = new, name
                break
        examples.append(Example(text, spans, style))
    rng.shuffle(examples)
    return examples


HELDOUT13_SEED = 131071
# faker locales no earlier set drew names from: Hebrew (he_IL), Persian (fa_IR) and Palestinian and Saudi
# Arabic (ar_PS, ar_SA) names in their own scripts, transliterated here by a consonant-skeleton rule (vowel
# letters kept, a short vowel put where a cluster needs one) as people spell them in Latin letters
NAME_LOCALES_HELDOUT13 = ["he_IL", "fa_IR", "ar_PS", "ar_SA"]
HEBREW_TO_LATIN = {
    "א": "a", "ב": "b", "ג": "g", "ד": "d", "ה": "h", "ו": "w", "ז": "z", "ח": "ch", "ט": "t", "י": "y",
    "כ": "k", "ך": "ch", "ל": "l", "מ": "m", "ם": "m", "נ": "n", "ן": "n", "ס": "s", "ע": "'", "פ": "p",
    "ף": "f", "צ": "tz", "ץ": "tz", "ק": "k", "ר": "r", "ש": "sh", "ת": "t",
}  # fmt: skip
ARABIC_TO_LATIN = {
    "ا": "a", "آ": "a", "أ": "a", "إ": "i", "ٱ": "a", "ب": "b", "پ": "p", "ت": "t", "ث": "th", "ج": "j", "چ": "ch",
    "ح": "h", "خ": "kh", "د": "d", "ذ": "dh", "ر": "r", "ز": "z", "ژ": "zh", "س": "s", "ش": "sh", "ص": "s",
    "ض": "d", "ط": "t", "ظ": "z", "ع": "'", "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ک": "k", "گ": "g",
    "ل": "l", "م": "m", "ن": "n", "ه": "h", "ة": "a", "و": "w", "ي": "y", "ی": "y", "ى": "a", "ء": "'",
    "ئ": "'", "ؤ": "'",
}  # fmt: skip
NAMES_HELDOUT13: dict[str, tuple[list[str], list[str]]] = {
    "kalenjin": ("Kiprono Chebet Jepkosgei Kipruto Chepngetich Kibet Jeruto Kiplagat Chelimo Kipkemboi".split(),
                 "Cheruiyot Kosgei Rotich Kiptoo Biwott Tanui Keter Lagat Sang Komen".split()),
    "urhobo": ("Oghenekaro Ejiro Oghenetega Ufuoma Onoriode Avwerosuo Ese Tejiri Oghenero Efe".split(),
               "Okpara Ovie Edafe Omonigho Akpotor Ighoyota Emuobo Odjugo Otobo Umukoro".split()),
    "tumbuka": ("Chikondi Mphatso Thokozani Yamikani Tiwonge Wezi Madalitso Luka Chimwemwe Temwa".split(),
                "Mhango Nyirenda Gondwe Msiska Chirwa Kumwenda Mkandawire Munthali Mzumara Nkhata".split()),
    "chaga": ("Eliakunda Neema Elirehema Anande Ndeshi Upendo Baraka Eliamani Manka Faraja".split(),
              "Lyimo Massawe Urio Kimaro Mushi Temba Swai Shirima Moshi Mallya".split()),
    "zarma": ("Harouna Hadiza Boubacar Mariama Seyni Zeinabou Hamidou Ramatou Amadou Fatouma".split(),
              "Maïga Hamani Garba Issoufou Seydou Djibo Kountché Alzouma Zakari Boulama".split()),
    "santali": ("Sido Kanhu Droupadi Phulo Shibu Baha Raghunath Jhano Chandmuni Sukru".split(),
                "Murmu Soren Tudu Hansda Hembrom Marandi Baskey Kisku Besra Mardi".split()),
    "garo": ("Purno Agatha Salseng Mukul Conrad Saleng Jonathone Ampareen Tengsak Dikkanchi".split(),
             "Sangma Marak Momin Areng Rangsa Sangma Nengminja Chisim Dalbot Rema".split()),
    "tulu": ("Prajwal Deeksha Rakshith Sowmya Koti Chennaya Abbakka Nithesh Bhavya Sudeep".split(),
             "Poojary Bangera Salian Kotian Suvarna Amin Karkera Kundar Shetty Bolar".split()),
    "parsi": ("Jamsetji Cyrus Rustom Roshni Dinshaw Perin Behram Zarine Homi Farokh".split(),
              "Wadia Daruwalla Bharucha Mistry Engineer Contractor Poonawalla Dastur Batliwala Readymoney".split()),
    "iban_dayak": ("Jugah Linggang Nyipa Bujang Sendi Mawar Entingi Labang Ngelai Rentap".split(),
                   "anak Barieng;anak Jimbun;anak Ngumbang;anak Tugang;anak Empaling;anak Sulang".split(";")),
    "kristang": ("Noel Joan Celine Gerard Marina Percy Lucy Bernard Philomena Valentine".split(),
                 "de Costa;Sequerah;de Silva;Theseira;Rodrigues;de Mello;Lazaroo;Sta Maria;Fernandis;Goonting".split(";")),
    "garifuna": ("Wabafu Seferino Dabiri Aurelia Fermin Ligia Evaristo Yuriana Lugua Sabina".split(),
                 "Castillo Arzu Nuñez Sabio Cayetano Lambey Palacio Zuniga Martinez Loredo".split()),
    "zapotec": ("Bëëd Xunaxi Natividad Guendaliza Bidxaa Nayeli Ixchel Beeu Zeferino Gudelia".split(),
                "Ruiz;Matus;Toledo;Orozco;Santiago;López Jiménez;Cruz;Vásquez;Luis;Antonio".split(";")),
    "jersey_guernsey": ("Lilian Stanley Elsie Clement Marguerite Philippe Annabelle Rowan Ivy Tobias".split(),
                        "Le Brocq;Renouf;Le Cornu;Vibert;Le Feuvre;Pallot;Ozanne;Brehaut;Le Tissier;Tostevin".split(";")),
    "pitcairn_norfolk": ("Fletcher Meralda Brenda Dennis Olive Steve Charlene Tom Darralyn Kari".split(),
                         "Christian Young Warren McCoy Quintal Nobbs Buffett Adams Evans Snell".split()),
    "tristan": ("Iris Conrad Dawn Ian Marlene Leon Trina Shirley Lorraine Ches".split(),
                "Glass Green Swain Repetto Lavarello Hagan Rogers Squibb Laverello Green".split()),
    "kanak": ("Jean-Marie Wassissi Déwé Yeiwéné Roch Cézelin Nidoish Paito Kiamu Hnadrei".split(),
              "Tjibaou Gorodey Wamytan Naisseline Yeiwéné Goa Wapotro Néaoutyine Hnawia Kotra".split()),
    "udmurt": ("Ashalchi Kuzebay Flor Akaki Kedra Ulyana Vaska Olonzo Kuzma Lyudmila".split(),
               "Vershinin Lekomtsev Kuzebaev Perevoshchikov Gerd Kirillov Vakhrushev Shklyaev Semakov Lyapin".split()),
    "karakalpak": ("Berdakh Ajiniyaz Aybike Gulnara Orinbay Saparbay Tumaris Kunkhoja Aysuliu Jollibay".split(),
                   "Seytmuratov Kamalov Aymbetov Utepbergenov Djumabaev Allanazarov Tajimuratov Ismayilov".split()),
    "hazara": ("Sakhi Ghulam Nargis Sima Jawad Fatema Latif Mahbouba Haidar Zahra".split(),
               "Changezi Jaghori Sarwari Behsudi Rezayee Yakawlang Mohaqiq Sultani Nawrozi Danish".split()),
    "ladino": ("Estrea Bohor Djoya Rafael Sultana Behor Mazaltov Vida Yako Reyna".split(),
               "Benveniste Saporta Alhadeff Abravanel Capuano Nahmias Franco Pardo Saltiel Molho".split()),
    "mikmaq": ("Mi'sel Tuma Kateri Mali Piel Saqamaw Wapistan Muin Kesu Pesamk".split(),
               "Paul Googoo Denny Marshall Bernard Sylliboy Johnson Doucette Francis Christmas".split()),
}  # fmt: skip
# invented names built another way than earlier sets: apostrophe-joined given names ('Ja'Vion') as modern
# naming coins them, surnames from made-up roots with endings no earlier invented list used
INVENTED_GIVEN_HEADS_HELDOUT13 = ["Ja", "Da", "La", "Ke", "Sha", "Ty", "De", "Ka", "Na", "Ze"]
INVENTED_GIVEN_TAILS_HELDOUT13 = [
    "Vion",
    "mira",
    "Shel",
    "kori",
    "lani",
    "Ren",
    "niya",
    "Quan",
    "rielle",
    "tavia",
]
INVENTED_SURNAME_ROOTS_HELDOUT13 = ["Brem", "Cal", "Dorv", "Fenw", "Gald", "Harr", "Jesk", "Lom", "Marv", "Ost",
                                    "Pald", "Quor"]  # fmt: skip
INVENTED_SURNAME_ENDS_HELDOUT13 = ["enhaus", "aunay", "ovitz", "dottir", "alde", "ucci", "ekwe", "ahan"]
# a kunya: 'father of' / 'mother of' the eldest child, how many Arab parents are called among friends
KUNYA_HELDOUT13 = ["Abu ", "Umm ", "Abou ", "Oum "]
IBAN_SHAPES_HELDOUT13 = {
    "IL": "19n", "PS": "4a21c", "SA": "2n18c", "JO": "4a4n18c", "QA": "4a21c", "AE": "19n", "GB": "4a14n",
    "FR": "10n11c2n", "LB": "4n20c", "BH": "4a14c", "KW": "4a22c",
}  # fmt: skip
JALALI_MONTHS = "Farvardin Ordibehesht Khordad Tir Mordad Shahrivar Mehr Aban Azar Dey Bahman Esfand".split()


def _skeleton_to_latin(word: str, table: dict[str, str], vowel: str, w_as: str) -> str:
    """Latin spelling of one word written in a consonant script (Hebrew, Arabic, Persian): its vowel
    letters read as vowels ('y' between consonants as 'i', 'w' as `w_as`), and `vowel` put after a
    consonant that starts a word or follows another consonant, so clusters read as syllables."""
    letters = [table[c] for c in word if c in table]
    units: list[tuple[str, str]] = []  # (letters, kind): V vowel, C consonant
    for i, lat in enumerate(letters):
        prev_v = bool(units) and units[-1][1] == "V"
        if lat in ("y", "w"):
            if i == 0 or prev_v or (i + 1 < len(letters) and letters[i + 1] == "a"):
                units.append(("v" if lat == "w" and w_as == "o" else lat, "C"))
            else:
                units.append(("i" if lat == "y" else w_as, "V"))
        elif lat == "a":
            units.append(("a", "V"))
        elif lat == "h" and i == len(letters) - 1 and i > 0:
            units.append(("ah" if vowel == "a" else "a", "V"))  # a final he: 'Fatemah', 'Aryeh' -> 'Arya'
        elif lat == "'" and i == 0:
            units.append(("a", "V"))  # a leading ayin or hamza: 'Abbas', 'Eyal'
        else:
            units.append((lat, "C"))
    out = []
    last = ""
    for i, (lat, kind) in enumerate(units):
        out.append(lat)
        nxt = units[i + 1][1] if i + 1 < len(units) else ""
        final_pair = i + 2 == len(units) and len(units) > 2  # a word-final cluster: 'Khazn' -> 'Khazan'
        if kind == "C" and nxt == "C" and (last != "V" or final_pair) and lat != "'":
            out.append(vowel)
            last = "V"
        else:
            last = kind
    text = "".join(out)
    return text[:1].upper() + text[1:]


def _semitic_to_latin(text: str, locale: str) -> str:
    """A he_IL, fa_IR, ar_PS or ar_SA name in Latin letters: 'الخياط' -> 'Al-Khayat', 'פרץ' -> 'Peretz'."""
    if locale == "he_IL":
        text = text.replace("׳", "").replace("וו", "ו")
        return " ".join(_skeleton_to_latin(w, HEBREW_TO_LATIN, "e", "o") for w in text.split())
    vowel, w_as = ("a", "o") if locale == "fa_IR" else ("a", "u")
    words = []
    for w in text.replace("\u200c", "").split():
        if w == "آل":
            words.append("Al")
        elif w in ("بن", "بنت"):
            words.append("bin" if w == "بن" else "bint")
        elif w.startswith("ال") and len(w) > 3:
            words.append("Al-" + _skeleton_to_latin(w[2:], ARABIC_TO_LATIN, vowel, w_as))
        elif w.startswith("عبد") and len(w) > 4:
            rest = w[3:][2:] if w[3:].startswith("ال") else w[3:]
            words.append("Abdul" + _skeleton_to_latin(rest, ARABIC_TO_LATIN, vowel, w_as).lower())
        else:
            words.append(_skeleton_to_latin(w, ARABIC_TO_LATIN, vowel, w_as))
    return " ".join(w for w in words if w)


def _jalali(day) -> str:
    """A Gregorian date in the Persian Solar Hijri calendar, as Iranian forms write it: '23 Esfand 1365'."""
    gy, gm, gd = day.year, day.month, day.day
    before = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
    gy2 = gy + 1 if gm > 2 else gy
    days = 355666 + 365 * gy + (gy2 + 3) // 4 - (gy2 + 99) // 100 + (gy2 + 399) // 400 + gd + before[gm - 1]
    jy = -1595 + 33 * (days // 12053)
    days %= 12053
    jy += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        jy += (days - 1) // 365
        days = (days - 1) % 365
    jm, jd = (
        (1 + days // 31, 1 + days % 31) if days < 186 else (7 + (days - 186) // 30, 1 + (days - 186) % 30)
    )
    return f"{jd} {JALALI_MONTHS[jm - 1]} {jy}"


class Gen13(Gen3):
    """Generators for held-out set 13: origins, name forms, formats and contexts none of the other sets use."""

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        for i, loc in enumerate(NAME_LOCALES_HELDOUT13):
            self.fakers[loc] = Faker(loc)
            self.fakers[loc].seed_instance(seed + 1300 + i)

    def faker_name(self) -> tuple[str, str]:
        """(given, family) from a held-out faker locale, transliterated to Latin letters."""
        loc = self.rng.choice(NAME_LOCALES_HELDOUT13)
        f = self.f(loc)
        return _semitic_to_latin(f.first_name(), loc), _semitic_to_latin(f.last_name(), loc)

    def invented_name(self) -> tuple[str, str]:
        """(given, surname) no list holds: "Ja'Vion", 'Dorvaunay'."""
        rng = self.rng
        given = rng.choice(INVENTED_GIVEN_HEADS_HELDOUT13) + "'" + rng.choice(INVENTED_GIVEN_TAILS_HELDOUT13)
        return given, rng.choice(INVENTED_SURNAME_ROOTS_HELDOUT13) + rng.choice(
            INVENTED_SURNAME_ENDS_HELDOUT13
        )

    def first_last(self) -> tuple[str, str]:
        """A given and a family name of one origin (faker, invented or one of NAMES_HELDOUT13)."""
        r = self.rng.random()
        if r < 0.25:
            first, last = self.faker_name()
            if first and last:
                return first, last
        if r < 0.35:
            return self.invented_name()
        firsts, lasts = NAMES_HELDOUT13[self.rng.choice(sorted(NAMES_HELDOUT13))]
        return self.rng.choice(firsts), self.rng.choice(lasts)

    def person(self) -> str:
        rng = self.rng
        first, last = self.first_last()
        r = rng.random()
        if r < 0.32:
            name = f"{first} {last}"
        elif r < 0.5:
            name = first
        elif r < 0.56:
            name = last
        elif r < 0.63:  # a kunya: 'Abu Yazid', 'Umm Naya'
            name = rng.choice(KUNYA_HELDOUT13) + first
        elif r < 0.7:  # a phone keyboard's curly apostrophe inside the name: 'Ma’rof', 'Ja’Vion'
            name = f"{first} {last}".replace("'", "’") if "'" in first + last else f"{first} {last}"
        elif r < 0.76:  # family name, then given name, no comma, as registers at clinics print them
            name = f"{last.upper()} {first}"
        elif r < 0.82:  # given name and the surname's first syllable, as friends shorten it: 'Kiprono Che'
            name = f"{first} {last[:3]}"
        elif r < 0.88:  # given name with the accents dropped by a keyboard without them
            name = _fold_accents(f"{first} {last}")
        else:
            name = f"{first} {last}"
        c = rng.random()
        if c < 0.06:
            return name.lower()
        if c < 0.09:
            return name.upper()
        return name

    def address(self) -> str:
        rng, n = self.rng, self.rng.randint(1, 240)
        pick = rng.choice
        shapes = [
            f"Rehov {pick(['Dizengoff', 'Herzl', 'Ibn Gabirol', 'Bialik'])} {n}, dira {rng.randint(1, 30)}, {pick(['Tel Aviv-Yafo', 'Haifa', 'Holon'])}",
            f"{pick(['Al-Irsal Street', 'Rukab Street', 'Al-Quds Street'])}, building {n}, {pick(['Ramallah', 'Al-Bireh', 'Nablus'])}",
            f"{rng.randint(1000, 9999)} {pick(['King Fahd Rd', 'Prince Sultan St', 'Olaya St'])}, {pick(['Al Olaya', 'Al Malaz', 'Al Rawdah'])} Dist., Riyadh {rng.randint(11000, 14999)}",
            f"{pick(['Vali-e Asr Ave', 'Shariati St', 'Enghelab St'])}, Kuche-ye {pick(['Golha', 'Bahar', 'Nastaran'])}, Pelak {n}, Vahed {rng.randint(1, 20)}, Tehran",
            f"{pick(['La Rue de la Hougue', 'La Route de St Aubin', 'Le Mont Cochon'])}, {pick(['St Ouen', 'St Helier', 'Trinity'])}, Jersey JE{rng.randint(1, 3)} {rng.randint(1, 9)}{pick('ABDEFG')}{pick('HJLNPQ')}",
            f"{pick(['Les Baissières', 'Rue des Frênes', 'Le Vauquiedor'])}, {pick(['St Peter Port', 'St Sampson', 'Castel'])}, Guernsey GY{rng.randint(1, 7)} {rng.randint(1, 9)}{pick('ABDEFG')}{pick('HJLNPQ')}",
            f"{n} {pick(['Taylors Road', 'Queen Elizabeth Avenue', 'Grassy Road'])}, Burnt Pine, Norfolk Island 2899",
            f"{pick(['Uganda Road', 'Oloo Street', 'Nandi Road'])}, house {n}, Eldoret",
            f"No. {n} {pick(['Okumagba Avenue', 'Airport Road', 'Effurun-Sapele Road'])}, Warri, Delta State",
            f"Area {rng.randint(1, 9)}{pick('AB')}, Plot {n}, {pick(['Katoto', 'Chibavi', 'Luwinga'])}, Mzuzu",
            f"Plot {n}, {pick(['Kibo Road', 'Boma Road', 'Mawenzi Road'])}, Moshi, Kilimanjaro",
            f"Rue {pick(['KK', 'YN', 'NB'])}-{rng.randint(10, 99)}, porte {n}, {pick(['Plateau', 'Yantala', 'Koira Kano'])}, Niamey",
            f"Qr. {pick(['Dudhani', 'Bhurkunda', 'Rasikpur'])}, Dumka, Jharkhand 8141{rng.randint(0, 99):02d}",
            f"{pick(['Ringrey', 'Araimile', 'Chandmari'])}, Tura, West Garo Hills, Meghalaya 794001",
            f"Door No. {rng.randint(1, 9)}-{n}/{rng.randint(1, 9)}, {pick(['Bejai', 'Kadri', 'Urwa'])}, Mangaluru 5750{rng.randint(1, 9):02d}",
            f"Block {rng.randint(1, 20)}, {pick(['Dadar Parsi Colony', 'Cusrow Baug', 'Rustom Baug'])}, Mumbai 4000{rng.randint(1, 99):02d}",
            f"Lot {n}, Jalan {pick(['Song', 'Padungan', 'Tabuan'])}, {rng.randint(93000, 93350)} Kuching, Sarawak",
            f"{n} Jalan D'Albuquerque, Portuguese Settlement, 75050 Melaka",
            f"{n} {pick(['Commerce Street', 'St Vincent Street', 'Mahogany Street'])}, Dangriga, Stann Creek",
            f"Calle {pick(['Macedonio Alcalá', 'García Vigil', '5 de Mayo'])} {n}, Centro, 68000 Oaxaca",
            f"{n} rue {pick(['Jules Garnier', 'de Sébastopol', 'Georges Clemenceau'])}, 98800 Nouméa",
            f"Izhevsk, {pick(['Pushkinskaya', 'Udmurtskaya', 'Kirova'])} st. {n}-{rng.randint(1, 90)}",
            f"{n} {pick(['Eskasoni Road', 'Beach Road', 'Gabriel Street'])}, Eskasoni NS B1W 1A1",
            f"apt {rng.randint(1, 40)}, {n} {pick(['Valley Road', 'Shorecrest Drive', 'Cedar Hollow Lane'])}",
        ]  # fmt: skip
        return pick(shapes)

    def email(self) -> str:
        rng = self.rng
        first, last = (_ascii_name(x).replace("’", "") for x in self.first_last())
        user = rng.choice([f"{first}{last}{rng.randint(1, 9)}", f"{first}_{last}", f"{last}{first[:1]}",
                           f"{first}.{rng.choice(['tutor', 'visa', 'wedding', 'tax', 'sitter'])}",
                           f"{first}-{last}", f"{first[:2]}{last}", f"{last}.family", f"{first}{rng.randint(1960, 2005)}"])  # fmt: skip
        domain = rng.choice(["walla.co.il", "bezeqint.net", "jawwal.ps", "stc.com.sa", "chmail.ir", "yahoo.fr",
                             "jerseymail.co.uk", "cwgsy.net", "norfolk.nf", "gmx.net", "mail.com", "hotmail.co.uk",
                             "yahoo.com", "aol.com", "tutanota.com", "fastmail.com", "zoho.com", "naver.com",
                             "lagrandemaison.nc", "kilimo.co.tz", "malawi.net", "rediffmail.com"])  # fmt: skip
        return f"{user}@{domain}"

    def phone(self) -> str:
        d, rng = self.d, self.rng
        shapes = [
            f"+972-5{d(1)}-{d(3)}-{d(4)}",  # Israel mobile
            f"05{d(1)}-{d(7)}",  # Israel mobile at home
            f"+970 59 {d(3)} {d(4)}",  # Palestine (Jawwal)
            f"+966 5{d(1)} {d(3)} {d(4)}",  # Saudi mobile
            f"05{d(1)} {d(3)} {d(4)}",  # Saudi mobile at home
            f"+98 912 {d(3)} {d(4)}",  # Iran mobile
            f"021-{d(8)}",  # Tehran landline
            f"+44 1534 {d(6)}",  # Jersey
            f"07797 {d(6)}",  # Jersey mobile
            f"01481 {d(6)}",  # Guernsey
            f"+672 3 2{d(4)}",  # Norfolk Island
            f"+265 99{d(1)} {d(2)} {d(2)} {d(2)}",  # Malawi
            f"+255 7{d(2)} {d(3)} {d(3)}",  # Tanzania
            f"+227 9{d(1)} {d(2)} {d(2)} {d(2)}",  # Niger
            f"+687 {d(2)}.{d(2)}.{d(2)}",  # New Caledonia
            f"082-{d(3)} {d(3)}",  # Kuching
            f"+60 6-28{d(1)} {d(4)}",  # Melaka
            f"+501 6{d(2)}-{d(4)}",  # Belize
            f"951 {d(3)} {d(4)}",  # Oaxaca
            f"0824 24{d(5)}",  # Mangaluru
            f"+91 22 24{d(2)} {d(4)}",  # Mumbai
            f"+234 803 {d(3)} {d(4)}",  # Warri
            f"03651 22{d(4)}",  # Tura
            f"+7 3412 {d(2)}-{d(2)}-{d(2)}",  # Izhevsk
            f"(902) 379-{d(4)}",  # Eskasoni
        ]
        phone = rng.choice(shapes)
        r = rng.random()
        if r < 0.1:  # an en dash between groups, as a phone's smart punctuation writes it
            return phone.replace("-", "–") if "-" in phone else phone.replace(" ", "–")
        if r < 0.16 and phone.startswith("+"):  # the plus dropped: '972-54-...'
            return phone[1:]
        return phone

    def card(self) -> str:
        rng = self.rng
        prefix, length = rng.choice([("4", 16), ("51", 16), ("55", 16), ("2720", 16), ("34", 15), ("37", 15),
                                     ("6011", 16), ("65", 16), ("3528", 16), ("4", 19)])  # fmt: skip
        num = _luhn_number(rng, prefix, length)
        r = rng.random()
        if length == 15:
            return f"{num[:4]}-{num[4:10]}-{num[10:]}" if r < 0.5 else num
        groups = [num[i : i + 4] for i in range(0, length, 4)]
        if r < 0.35:
            return " ".join(groups)
        if r < 0.45:  # an en dash between groups
            return "–".join(groups)
        if r < 0.55:  # read out in two halves
            half = len(groups) // 2
            return " ".join(groups[:half]) + " / " + " ".join(groups[half:])
        if r < 0.62:  # groups of four and the rest run together, as a hurried typist does
            return f"{groups[0]} {groups[1]} {''.join(groups[2:])}"
        return num

    def iban(self) -> str:
        rng = self.rng
        country = rng.choice(sorted(IBAN_SHAPES_HELDOUT13))
        iban = _iban(rng, country, IBAN_SHAPES_HELDOUT13[country])
        groups = [iban[i : i + 4] for i in range(0, len(iban), 4)]
        r = rng.random()
        if r < 0.4:
            return " ".join(groups)
        if r < 0.55:  # irregular grouping: the last groups run together
            return " ".join(groups[:3]) + " " + "".join(groups[3:])
        return iban

    def ip_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, address): travel, gaming, home repairs, crypto nodes, Postgres, MongoDB, Redis,
        Nix, Bazel, Jenkins, logcat, Home Assistant, Grafana, LDIF, SAML; `chat` as in `_pick_chat_or_not`."""
        rng, f = self.rng, self.f()
        v4 = rng.choice([f.ipv4_public(), f.ipv4_public(), f"192.168.{rng.randint(0, 254)}.{rng.randint(2, 254)}",
                         f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])  # fmt: skip
        h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
        v6 = rng.choice(
            [
                f"2a02:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}",
                f"2c0f:{h()}:{h()}::{h()}",
                f"2404:{h()}:{h()}:{h()}::{h()}:{h()}",
                f"fd{rng.randint(0, 255):02x}:{h()}::{h()}:{h()}",
            ]
        )
        options = [
            ("the airbnb wifi gave me {}, can I port forward from there?", v4),
            ("our voice chat server is {}, password is in the group", v4),
            ("the lobby host's ip showed up as {} in the console, is that a leak?", rng.choice([v4, v6])),
            ("my bitcoin node keeps connecting to {}, should I ban that peer?", rng.choice([v4, v6])),
            ("the electrician's smart meter gateway is on {}, is that ok?", v4),
            ("dad's tablet shows {} under wifi, how do I block ads for him?", v4),
            ("the hotel in Lisbon blocks {}, any idea why?", v4),
            ("my tutoring zoom keeps dropping, router says the laptop is {}", v4),
            ("pet cam at the sitter's is {}, can you check it's not public?", v4),
            ("someone in the church group chat posted {}, whose is that?", rng.choice([v4, v6])),
            ("my crypto wallet app says last login from {}, that wasn't me", rng.choice([v4, v6])),
            ("the ipv6 my laptop gets at uni is {}, is that traceable?", v6),
            ("LOG:  connection received: host={} port=51734", v4),
            ('FATAL:  no pg_hba.conf entry for host "{}", user "app", database "prod"', v4),
            ("mongodb://{}:27017/?replicaSet=rs0", v4),
            ("redis-cli -h {} -p 6379 ping", v4),
            ('networking.interfaces.eth0.ipv4.addresses = [ { address = "{}"; prefixLength = 24; } ];', v4),
            ("build --remote_cache=grpc://{}:9092", v4),
            ("Jenkins agent 'win-build-2' connected from {}", v4),
            ("11-03 14:22:07.118  2211  2290 D NetworkMonitor: PROBE_DNS {} 27ms OK", v4),
            ("host: {}  # home_assistant tplink plug", v4),
            ("[FIRING:1] NodeDown instance={}:9100 job=node", v4),
            ("ipHostNumber: {}", v4),
            (
                '<saml:SubjectConfirmationData Address="{}" NotOnOrAfter="2024-05-01T10:05:00Z"/>',
                rng.choice([v4, v6]),
            ),
            ("Client IP: {}\nReporter: Helpdesk", rng.choice([v4, v6])),
            ("| office-printer | {} | 2nd floor |", v4),
        ]
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def password(self) -> str:
        rng, w = self.rng, self.f().word
        return rng.choice(
            [
                f"{w()}{rng.choice('.-_')}{w()}{rng.choice('.-_')}{w()}",
                f"{rng.choice(['Eldoret', 'Moshi', 'Mzuzu', 'Tura', 'Warri', 'Kuching', 'Nouméa', 'Haifa'])}{rng.randint(1960, 2024)}{rng.choice('!*&')}",
                self.token(rng.randint(12, 20), string.ascii_letters + string.digits + "#*&"),
                f"{w().capitalize()}{rng.choice('@#')}{rng.randint(100, 9999)}",
                f"{w()}{w().upper()}{rng.randint(1, 9)}",
            ]
        )  # fmt: skip

    def secret(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, secret); `chat` as in `ip_sample`."""
        tok, pw, rng, d = self.token, self.password(), self.rng, self.d
        alnum = string.ascii_letters + string.digits
        upper = string.ascii_uppercase + string.digits
        hexd = "0123456789abcdef"
        b64u = alnum + "-_"
        uuid = lambda: "-".join(tok(k, hexd) for k in (8, 4, 4, 4, 12))  # noqa: E731
        options = [
            ("the airbnb door code is {}, check-in after 3", d(6)),
            ("wifi at the wedding venue is {} if the guests ask", pw),
            ("pet sitter: the back door keypad is {}, feed him at 6", f"{d(4)}*"),
            ("my binance api secret is {} can you see why orders fail", tok(64, alnum)),
            ("i put the kraken key {} in the bot, is that ok?", tok(88, alnum + "+/")),
            ("the plumber needs the garage code, it's {}", d(5)),
            ("password for mum's pharmacy app is {}, she always forgets", pw),
            ("tax portal login password: {} don't lose it again", pw),
            ("for the visa appointment site I used {} as password", pw),
            ("tutoring platform password is {}, same as the school one", pw),
            ("our xbox family password is {}, kids don't know it", pw),
            ("church office alarm: {} then press OFF", d(4)),
            ("guess what, my hinge password was just {} lol, changed it now", pw),
            ("contrasenya del wifi: {}", pw),
            ("pasahitza: {}", pw),
            ("passordet er {}", pw),
            ("adgangskoden er {}", pw),
            ("ang password ko ay {}", pw),
            ("el password 3ndi {} bs ma tshel", pw),
            ("ramze wifi {} e", pw),
            ("hasisma shelli hi {}", pw),
            ("kalmar sirri: {}", pw),
            ("withCredentials: sh 'curl -u deploy:{} https://nexus.internal/upload'", pw),
            ("env:\n  NPM_TOKEN: {}  # TODO move to secrets", "npm_" + tok(36, alnum)),
            ("run: echo \"SNYK_TOKEN={}\" >> $GITHUB_ENV", uuid()),
            ('const firebaseConfig = { apiKey: "{}", authDomain: "kaizen-app.firebaseapp.com" };', "AIza" + tok(35, b64u)),
            ("build --remote_header=x-buildbuddy-api-key={}", tok(20, alnum)),
            ("services.nextcloud.config.adminpass = \"{}\";", pw),
            ("LOG:  statement: ALTER ROLE app WITH PASSWORD '{}';", pw),
            ("mongodb+srv://app:{}@cluster0.abcde.mongodb.net/prod", pw),
            ("requirepass {}", pw),
            ("AUTH default {}", pw),
            ("userPassword: {}", "{SSHA}" + base64.b64encode(bytes(rng.randrange(256) for _ in range(24))).decode()),
            ('"authenticationToken": "{}",', tok(32, alnum)),
            ("11-03 14:22:09.551  2211  2302 D OkHttp: Authorization: Bearer {}", tok(40, b64u)),
            ("api_encryption:\n  key: \"{}\"", base64.b64encode(bytes(rng.randrange(256) for _ in range(32))).decode()),
            ("url: https://hooks.slack.com/services/T024BE7LD/B02XK3L9QPL/{}", tok(28, alnum)),
            ("Jira KAI-812: temp creds for staging are admin / {}", pw),
            ("| Integration | secret_{} |", tok(43, alnum)),
            ("TRELLO_TOKEN={}", "ATTA" + tok(60, hexd)),
            ("JFROG_ACCESS_TOKEN={}", "cmVmdGtuOjAxOj" + tok(50, alnum)),
            ("CLICKUP_API_TOKEN={}", f"pk_{d(8)}_" + tok(32, upper)),
            ("INTERCOM_ACCESS_TOKEN={}", "dG9rOj" + tok(54, alnum)),
            ("ROLLBAR_ACCESS_TOKEN={}", tok(32, hexd)),
            ("SANITY_API_TOKEN={}", "sk" + tok(80, alnum)),
            ("NGROK_AUTHTOKEN={}", "2" + tok(26, alnum) + "_" + tok(21, alnum)),
            ("GITEA_TOKEN={}", tok(40, hexd)),
            ("ALCHEMY_API_KEY={}", tok(32, b64u)),
            ("ETHERSCAN_API_KEY={}", tok(34, upper)),
            ("RAILWAY_TOKEN={}", uuid()),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def handle(self, gamertag: bool = False) -> str:
        """A username; `gamertag` for an Xbox gamertag, which may hold spaces ('Kiprono Nomad 42')."""
        rng = self.rng
        first, last = (_ascii_name(x).replace("’", "") for x in self.first_last())
        if gamertag and rng.random() < 0.6:
            return f"{first.capitalize()} {rng.choice(['Slayer', 'Sniper', 'Nomad', 'Ghost'])} {rng.randint(1, 99)}"
        return rng.choice(
            [
                f"{first}{rng.randint(1960, 2012)}",
                f"_{first}.{last[:1]}",
                f"i.am.{first}",
                f"{first}.the.{rng.choice(['baker', 'tutor', 'sitter', 'builder'])}",
                f"{last}_{first[:3]}{rng.randint(1, 9)}",
                f"{first}{last}{rng.choice(['_', '__', '.'])}",
                f"{first[:1]}{last}{rng.choice(['tz', 'ovo', 'y'])}",
            ]
        )  # fmt: skip

    def dob(self) -> str:
        rng = self.rng
        dt = self.f().date_of_birth(minimum_age=4, maximum_age=92)
        da = "januar februar marts april maj juni juli august september oktober november december".split()
        ca = ("de gener;de febrer;de març;d'abril;de maig;de juny;de juliol;d'agost;de setembre;d'octubre;"
              "de novembre;de desembre").split(";")  # fmt: skip
        ca_days = "dilluns dimarts dimecres dijous divendres dissabte diumenge".split()
        eu = "urtarrilaren otsailaren martxoaren apirilaren maiatzaren ekainaren uztailaren abuztuaren irailaren urriaren azaroaren abenduaren".split()
        tl = "Enero Pebrero Marso Abril Mayo Hunyo Hulyo Agosto Setyembre Oktubre Nobyembre Disyembre".split()
        mt = "Jannar Frar Marzu April Mejju Ġunju Lulju Awwissu Settembru Ottubru Novembru Diċembru".split()
        sq = "janar shkurt mars prill maj qershor korrik gusht shtator tetor nëntor dhjetor".split()
        ms = "Januari Februari Mac April Mei Jun Julai Ogos September Oktober November Disember".split()
        ha = "Janairu Faburairu Maris Afirilu Mayu Yuni Yuli Agusta Satumba Oktoba Nuwamba Disamba".split()
        sk = (
            "januára februára marca apríla mája júna júla augusta septembra októbra novembra decembra".split()
        )
        m = dt.month - 1
        return rng.choice(
            [
                f"{dt.day}. {da[m]} {dt.year}",
                f"{ca_days[dt.weekday()]}, {dt.day} {ca[m]} de {dt.year}",
                f"{dt.year}ko {eu[m]} {dt.day}a",
                f"{tl[m]} {dt.day}, {dt.year}",
                f"{dt.day} ta' {mt[m]} {dt.year}",
                f"{dt.day} {sq[m]} {dt.year}",
                f"{dt.day} {ms[m]} {dt.year}",
                f"{dt.day}. {sk[m]} {dt.year}",
                _jalali(dt),
                f"{dt.day} ga {ha[m]}, {dt.year}",
                f"{dt.strftime('%a')} {dt.day:02d}-{dt.month:02d}-{dt.year % 100:02d}",
            ]
        )


HELDOUT13_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "booking the cabin for the trip, {} wants the room with the bunk beds",
        "split the petrol money between me, {} and Jo please",
        "can you help me write a toast for {}'s wedding? we met at uni",
        "the funeral for {} is on Thursday, what do I write in the card?",
        "matched with {} on hinge, what's a good opener that isn't cringe",
        "{} just said she's a vegan chef, ask her something clever for me",
        "yo {} stop camping the bridge lol",
        "{} has the bomb, rotate B",
        "{} scored twice in the U10s today!! proud auntie",
        "is {} doing the orange slices at half time or am I?",
        "I'm pet sitting for {} this week, how often do rabbits eat?",
        "bought a pram off {} on marketplace, how do I check it's safe",
        "my accountant {} says I missed the deadline, what's the fine?",
        "the immigration lawyer {} wants my old passports, all of them?",
        "the tiler, {}, quoted 900 for the bathroom, is that fair?",
        "{} is tutoring my son in maths, 30 an hour, normal?",
        "my language exchange partner {} wants to practise English on Tuesdays",
        "mum's carer {} comes at 8 and 6, can you make a schedule?",
        "the discharge nurse said to call {} if dad's temperature goes up",
        "{} from the mosque is organising the iftar rota, I'm on dates",
        "pastor {} asked me to read at the service on Sunday",
        "uncle {} keeps sending me crypto tips on whatsapp, how do I say no",
        "{} wants to swap shifts with me on Friday, should I?",
        "I keep mixing up {} and her sister at church",
        "what's a nice gift for {}, she's helping with the move",
        "say happy birthday to {} in Catalan",
        "{} and I are learning Farsi together, any podcasts?",
        "I need to tell {} the sofa already sold",
        "can you translate 'thank you for coming' for {}'s grandmother",
        "Ticket KAI-904 · Reporter: {} · Priority: Medium",
        "Started by user {}",
        "Patient: {} · Discharged to home with community nurse follow-up",
        "cn: {}",
        '<saml:Attribute Name="displayName"><saml:AttributeValue>{}</saml:AttributeValue></saml:Attribute>',
        "@mention {} — please review the vendor contract before Friday",
        "Player registration: {} (U12 girls), kit size S",
        "Sitter: {} · Dog: Biscuit · Walks 8am and 5pm",
        "Tax return prepared by {}, enrolled agent",
        "Residence permit application — sponsor: {}",
        "Caregiver on shift: {} (night)",
        "Wedding seating, table 4: {}, +1",
        "In loving memory of {}, 1941–2024",
        "[00:12:44] {}: someone revive me pls",
        "Assigned to: {} | Status: In progress | Sprint 14",
        "| Name | {} |\n| Role | Volunteer coordinator |",
        "Grafana alert acknowledged by {}",
        "Contact saved: {} Plumber",
        "{} Tutor Maths",
    ],
    "STREET_ADDRESS": [
        "we're staying at {} for the stag do, how far to the beach?",
        "the sofa is at {}, can you pick it up Saturday?",
        "the plumber needs the address, it's {}",
        "dad's care home moved him to {}, is there parking?",
        "the wake is at {} after the service",
        "my tutor's flat is {}, which bus goes there?",
        "send the visa letter to {} not my old place",
        "Pickup address: {} · Item: cot + mattress",
        "Residential address (as on permit): {}",
        "Discharge address: {}",
        'address: "{}"',
        "Service address: {} · Job: leaking boiler",
        "Venue: {}",
    ],
    "EMAIL_ADDRESS": [
        "send the wedding photos to {} please",
        "the sitter's email is {}, add her to the calendar",
        "my tax guy wants the receipts at {}",
        "is {} the right address for the visa centre?",
        "I made {} just for dating apps, good idea?",
        "the seller said to email {} for the receipt",
        "mail: {}",
        "Reporter: {} · Component: Billing",
        '"email": "{}",',
        "Alert notification sent to {}",
        "Reply to {} to confirm your tutoring slot",
        "Started by {} via GitHub push",
    ],
    "PHONE_NUMBER": [
        "the plumber's mobile is {}, he said call after 5",
        "save the sitter's number {} please",
        "the funeral director's number is {}",
        "ring {} if the dog gets out",
        "my tandem partner's whatsapp is {}",
        "the hospital said to call {} for the discharge letter",
        "the seller's number is {}, pickup only",
        "telephoneNumber: {}",
        "Emergency contact (son): {}",
        "On-call phone: {}",
        "Coach mobile: {} (texts only on match days)",
        '"phone": "{}"',
    ],
    "CREDIT_CARD": [
        "booked the flights with {}, can you split it 4 ways?",
        "the visa fee went on {} twice, how do I dispute it?",
        "my card {} was charged by the crypto exchange, didn't sign up",
        "tax software charged {} for the premium plan, can I cancel?",
        "save {} for the plumber's deposit",
        '"primaryAccountNumber": "{}",',
        "11-03 14:22:12.004  2211  2211 D CardInput: onTextChanged {}",
        "Payment card: {} (charged 49.00)",
        "| Card | {} |",
        "Jira KAI-915: customer pasted their card {} in the chat widget",
    ],
    "IBAN_CODE": [
        "send my half of the villa to {}",
        "the seller wants a transfer to {}, is that safer than paypal?",
        "the wedding venue's IBAN is {}, deposit due Friday",
        "my tutor's account is {}, monthly please",
        "the tax office wants the refund to {}, is that mine?",
        "IBAN for the residence permit fee: {}",
        "Beneficiary IBAN: {}",
        "| IBAN | {} |",
        '"iban": "{}"',
        "Refund approved to {} (ticket KAI-921)",
    ],
    "USERNAME": [
        "add me on xbox, gamertag {}",
        "my psn is {}, we need a fourth for squads",
        "my kid's roblox name is {}, is that too revealing?",
        "find me on strava, I'm {}",
        "my goodreads is {} if you want my list",
        "on hellotalk I'm {}, we can practise Spanish",
        "my depop shop is {}, everything's half off",
        "the sitter's tiktok is {}, she posts the dogs",
        "uid: {}",
        "LOG:  connection authorized: user={} database=prod",
        "users.users.{}.isNormalUser = true;",
        '<saml:NameID Format="urn:oasis:names:tc:SAML:2.0:nameid-format:persistent">{}</saml:NameID>',
        "Started by GitHub push by {}",
        "Assignee (username): {}",
    ],
    "DATE_OF_BIRTH": [
        "my mum was born {}, which form do I tick for her pension?",
        "date of birth on my visa says {}, but my passport is different",
        "she was born {}, can she play in the U11s?",
        "dad's DOB is {}, the hospital keeps asking",
        "write my date of birth as {} on the tax form, right?",
        "I'm {} born, what zodiac?",
        "Date of birth: {}",
        "Player DOB: {}",
        "Patient born {} · MRN on file",
        '"birthDate": "{}",',
        "Residence permit: holder born {}",
        "Data de naixement: {}",
    ],
}
HELDOUT13_MIXED = [
    ("booked for {} and me, my card {} got charged", ["PERSON", "CREDIT_CARD"]),
    ("dn: uid={},ou=people,dc=kaizen,dc=local\ncn: {}\nmail: {}", ["USERNAME", "PERSON", "EMAIL_ADDRESS"]),
    ("mongodb://{}:{}@{}:27017/admin", ["USERNAME", "SECRET", "IP_ADDRESS"]),
    ("LOG:  connection received: host={} port=50412\nLOG:  connection authorized: user={}", ["IP_ADDRESS", "USERNAME"]),
    ("redis-cli -h {} -a {}", ["IP_ADDRESS", "SECRET"]),
    ("Patient: {} · DOB {} · NOK phone {}", ["PERSON", "DATE_OF_BIRTH", "PHONE_NUMBER"]),
    ("the sitter is {}, her number is {} and she lives at {}", ["PERSON", "PHONE_NUMBER", "STREET_ADDRESS"]),
    ("Seller: {} · Pay to {} · Collect from {}", ["PERSON", "IBAN_CODE", "STREET_ADDRESS"]),
    ("gamertag {} and my discord mail is {}", ["USERNAME", "EMAIL_ADDRESS"]),
    ("Jira KAI-930\nReporter: {}\nEmail: {}\nDOB: {}", ["PERSON", "EMAIL_ADDRESS", "DATE_OF_BIRTH"]),
    ("tutor {} wants paying to {} each month", ["PERSON", "IBAN_CODE"]),
    ("Apple Wallet pass for {}: \"serialNumber\": \"E-5521\", \"authenticationToken\": \"{}\"", ["PERSON", "SECRET"]),
    ("hi {}! it's {}, we matched yesterday", ["PERSON", "PERSON"]),
    ("visa form: {}, born {}, residing at {}", ["PERSON", "DATE_OF_BIRTH", "STREET_ADDRESS"]),
]  # fmt: skip
HELDOUT13_NEGATIVES = [
    "Eldoret is where all the marathon runners train",
    "Moshi has the best view of Kilimanjaro in the morning",
    "Mzuzu coffee is underrated",
    "Niamey gets to 45 degrees in April",
    "Warri pidgin is its own language honestly",
    "Tura is a long drive from Guwahati",
    "Mangaluru fish curry with neer dosa",
    "Dadar Parsi Colony has the best bakeries",
    "Kuching means cat, there are statues everywhere",
    "Melaka's Jonker Street night market is Fridays",
    "Dangriga hosts Garifuna Settlement Day",
    "Oaxaca mole negro takes two days",
    "Nouméa lagoon snorkelling trip",
    "Izhevsk makes Kalashnikovs and motorbikes",
    "St Helier to Gorey by bus",
    "Haifa's Bahá'í gardens close at noon",
    "Persian New Year is Nowruz, around 20 March",
    "Eid al-Adha moves about 11 days earlier each year",
    "Shabbat shalom everyone, see you Sunday",
    "Jersey Royals are in season",
    "Guernsey cows give yellow milk",
    "Christian music night at the church hall",
    "Young Farmers meeting moved to Wednesday",
    "Green Party leaflets for the street",
    "Glass recycling goes out on Tuesday",
    "Engineer and Contractor are both on the job board",
    "Abu Dhabi stopover or Doha?",
    "the Hail Mary pass won the game",
    "Grace and Frankie season 7?",
    "Mercedes van for the move, 3.5 tonne",
    "Lego Ninjago for his birthday",
    "Ted Baker bag, never used, 40",
    "Ring doorbell for sale, works fine",
    "cost of a 20 ft container to Dar es Salaam?",
    "Gate 14, boarding 07:35, seat 23C",
    "Booking ref 7XKQ2P, 2 adults",
    "Match day 6: U10s 3-1 Rovers",
    "Form P60 and P45, which one do I need?",
    "Visa subclass 482 vs 186",
    "Residence permit type A, valid 2 years",
    "Ward 7B, bed 12, discharge at 11",
    "Room 204, iftar from 19:42",
    "Jira KAI-933 moved to Done",
    "Build #5512 passed in 4m 12s",
    "FATAL:  the database system is starting up",
    "LOG:  checkpoint complete: wrote 412 buffers (2.5%)",
    "mongodb://localhost:27017/test",
    "redis-cli -h 127.0.0.1 ping",
    "requirepass foobared",
    "api_key: !secret openweather_key",
    "FIREBASE_API_KEY=your-api-key-here",
    "userPassword: {SSHA}example",
    "dn: ou=groups,dc=example,dc=com",
    "[RESOLVED] DiskFull instance=localhost:9100",
    "E/AndroidRuntime: FATAL EXCEPTION: main",
    "Exception Type: EXC_BAD_ACCESS (SIGSEGV)",
    "networking.firewall.allowedTCPPorts = [ 22 80 443 ];",
    "bazel build //app:server --config=ci",
    "pipeline { agent any; stages { stage('Build') { steps { sh 'make' } } } }",
    "card ending 4242 is the Stripe test card",
    "IBAN XX00 0000 0000 0000 is just the example on the form",
    "user@example.org is the placeholder in the docs",
    "call 000 for emergencies in Australia",
    "gamertag ideas? something with wolves",
    "lol gg",
    "how many tablespoons in a cup",
    "can you explain capital gains tax like I'm 5",
]  # fmt: skip


def _typo13(rng: random.Random, template: str) -> str:
    """Chat carelessness outside the {} slots, other than earlier sets': a letter swapped with its
    neighbour ('teh'), a word repeated ('the the'), or a missing final letter of a word."""
    words = list(re.finditer(r"(?<![{\w])[a-z]{4,}(?![\w}])", template))
    if not words:
        return template
    m = rng.choice(words)
    word, r = m.group(), rng.random()
    if r < 0.4:
        i = rng.randrange(1, len(word) - 1)
        new = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    elif r < 0.7:
        new = f"{word} {word}"
    else:
        new = word[:-1]
    return template[: m.start()] + new + template[m.end() :]


def build_heldout13(seed: int = HELDOUT13_SEED) -> list[Example]:
    """Held-out set 13: `Gen13` values in `HELDOUT13_TEMPLATES`, mixed sentences and look-alike negatives."""
    gen = Gen13(seed)
    rng = gen.rng
    makers = {
        "PERSON": gen.person, "STREET_ADDRESS": gen.address, "EMAIL_ADDRESS": gen.email, "PHONE_NUMBER": gen.phone,
        "CREDIT_CARD": gen.card, "IBAN_CODE": gen.iban, "IP_ADDRESS": lambda: gen.ip_sample()[1],
        "USERNAME": gen.handle, "DATE_OF_BIRTH": gen.dob, "SECRET": gen.password,
    }  # fmt: skip
    counts = {"PERSON": 80, "SECRET": 70, "USERNAME": 24}
    styles: list[tuple[str, list[tuple[str, str]]]] = []  # (template, [(type, value)])
    for etype in TYPES:
        for _ in range(counts.get(etype, 14)):
            chat = rng.random() < 0.65  # Kaizen is a chat bot: most sentences are typed to it or a friend
            if etype in ("SECRET", "IP_ADDRESS"):  # the template depends on the value's shape
                template, value = gen.secret(chat) if etype == "SECRET" else gen.ip_sample(chat)
                styles.append((template, [(etype, value)]))
            else:
                template = _pick_chat_or_not(rng, HELDOUT13_TEMPLATES[etype], chat)
                value = gen.handle("gamertag" in template) if etype == "USERNAME" else makers[etype]()
                styles.append((template, [(etype, value)]))
    for _ in range(24):
        template, types = rng.choice(HELDOUT13_MIXED)
        gamertag = "gamertag" in template
        styles.append(
            (template, [(t, gen.handle(gamertag) if t == "USERNAME" else makers[t]()) for t in types])
        )
    styles += [(t, []) for t in HELDOUT13_NEGATIVES]
    examples = []
    for template, values in styles:
        style = "plain"
        if rng.random() < 0.15:
            template, style = _typo13(rng, template), "typo"
        parts = template.split("{}")
        text, spans = parts[0], []
        for (etype, value), rest in zip(values, parts[1:], strict=True):
            spans.append((len(text), len(text) + len(value), etype))
            text += value + rest
        r = rng.random()  # lower case or ALL CAPS, as people and some exports write
        for new, name, p in ((text.lower(), "lower", 0.09), (text.upper(), "upper", 0.12)):
            if r < p and len(new) == len(text):
                text, style = new, name
                break
        examples.append(Example(text, spans, style))
    rng.shuffle(examples)
    return examples


HELDOUT14_SEED = 141403
# faker locales no earlier set drew names from: Thai names in Thai script (th_TH), romanised here by a
# simplified RTGS rule (earlier sets only used en_TH's ready-made romanised lists), and Algerian Arabic
# names (ar_DZ) spelt the Maghrebi French way ('ch', 'dj', 'ou': 'Bouchama', 'Djellal')
NAME_LOCALES_HELDOUT14 = ["th_TH", "ar_DZ"]
THAI_INITIAL = dict(zip(
    "กขฃคฅฆงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรฤลฦวศษสหฬอฮ",
    "k kh kh kh kh kh ng ch ch ch s ch y d t th th th n d t th th th n b p ph f ph f ph m y r rue l lue w s s s h l - h".split(), strict=True,
))  # fmt: skip
THAI_FINAL = dict(zip(
    "กขฃคฅฆงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสฬ",
    "k k k k k k ng t t t t t n t t t t t n t t t t t n p p p p p p p m i n n o t t t n".split(), strict=True,
))  # fmt: skip
THAI_AFTER = {"ะ": "a", "ั": "a", "า": "a", "ำ": "am", "ิ": "i", "ี": "i", "ึ": "ue", "ื": "ue", "ุ": "u", "ู": "u"}
THAI_BEFORE = {"เ": "e", "แ": "ae", "โ": "o", "ใ": "ai", "ไ": "ai"}
THAI_SILENT = set("่้๊๋็ๆ")
NAMES_HELDOUT14: dict[str, tuple[list[str], list[str]]] = {
    "erzya": ("Ineshke Purgine Kastorka Siyazhar Tyushtya Ashava Orta Velmo Mazava Litova".split(),
              "Kirdyashkin Pivtsaev Devyatayev Mokshin Alyoshkin Erkaev Kavtaskin Sharonov Burnaev Tyapkin".split()),
    "mari": ("Akpatyr Oshpay Yumbel Salika Chachi Ildush Kutsyk Shymaven Aivika Izerge".split(),
             "Chavain Yalkain Shketan Tanygin Yandemirov Ivukov Orlakov Pektubaev Yamberdov Mikay".split()),
    "komi": ("Pitirim Kalistrat Agniya Vasilisa Yonmyr Paraskeva Ilarion Sekletinya Yefrosinya Mitrofan".split(),
             "Zhakov Lytkin Kuratov Chistalev Yermolin Timin Rochev Kanev Artejev Ulyashev".split()),
    "karelian": ("Iivana Ontrei Hotora Miikul Okahvie Santra Vasle Jeudokia Huotari Paro".split(),
                 "Perttunen Remsujev Jevstafjev Malinen Lesonen Homanen Kirilov Kulikkova Huotarinen Ontrosov".split()),
    "nenets": ("Vauli Ngarka Yadne Khaleva Tyko Nyadma Pirerko Serako Mada Yevay".split(),
               "Laptander Vanuyto Khudi Serotetto Okotetto Yaptik Ledkov Vylka Taleev Pyrerka".split()),
    "evenki": ("Amarkan Ulgen Chokto Sevek Turuk Oldogo Kutinke Irbyt Gulumo Ekteke".split(),
               "Udygir Pankagir Kombagir Yeldogir Kurkagir Momol Chapogir Utugir Kaltagir Bayagir".split()),
    "assyrian": ("Shamiram Ashur Ninos Nahrain Sargon Atorina Narsai Shmuel Ninveh Khoshaba".split(),
                 "Youkhana Odisho Benyamin Khoshaba Shlimon Warda Eshoo Yonan Sarkis Zaya".split()),
    "yazidi": ("Xidir Ezdin Berivan Khairy Nareen Jindar Kocher Xate Ezo Sipan".split(),
               "Shingali Khalaf Dinayi Haji Qasim Rasho Kheder Sheikhani Barakat Mirza".split()),
    "afar": ("Hanfare Aramis Kadiga Momina Yayo Arba Handa Ibado Dahir Asiya".split(),
             "Alimirah Aydahis Kamil Dini Yayo Hamadu Garad Aramis Hussen Hanfare".split()),
    "sidama": ("Desta Hawine Tafesse Woyesha Dilamo Hirbe Beyene Diramo Fikre Worqa".split(),
               "Dilamo Halake Buke Daka Lamiso Hamesso Gorfu Sabe Kurre Wako".split()),
    "luhya": ("Wekesa Nafula Wafula Nekesa Simiyu Naliaka Barasa Khisa Nanjala Wanyonyi".split(),
              "Mukhwana Makokha Shikuku Mudavadi Wekesa Simiyu Barasa Khisa Wanyonyi Wafula".split()),
    "kamba": ("Mutua Mwikali Musyoka Ndunge Kioko Syombua Mwendwa Kaluki Muthoka Wayua".split(),
              "Mutiso Kilonzo Muthama Kitavi Ndambuki Musembi Mbithi Kyalo Nzioka Wambua".split()),
    "sukuma": ("Shija Kulwa Doto Ngolo Masanja Limi Mhoja Kwangu Nkwabi Bundala".split(),
               "Masanja Shija Ngolo Nkwabi Bundala Mabula Luhende Lugembe Nzengo Kapaya".split()),
    "yao": ("Bakili Alufeyo Masauko Esinati Chilunga Yusufu Mposa Asiyatu Zeleza Tamanda".split(),
            "Muluzi Kalonga Makanjira Mponda Jalasi Mataka Chikowi Nyambi Kawinga Chiwaula".split()),
    "umbundu": ("Ngeve Chilombo Sapalo Chissola Ekuikui Nassoma Katiavala Ndumba Kalei Tchiyuka".split(),
                "Sakala Chipenda Chissola Kapitango Ngongo Sapalo Katiavala Chitunda Kalupeteka Chivukuvuku".split()),
    "fang": ("Ndong Obiang Nze Mintsa Nguema Efua Akue Avomo Mba Ondo".split(),
             "Obiang Nguema Essono Ndong Nze Mintsa Edou Bekale Mba Ondo".split()),
    "duala": ("Ekwalla Ebelle Dipoko Muna Ngando Epee Mbella Sone Kotto Eyoum".split(),
              "Dipoko Ebelle Ngando Epee Kotto Eyoum Ekwalla Din Moukouri Bebey".split()),
    "serer": ("Latsouk Ngor Waly Maye Diogoye Sira Fatim Ngone Mbissine Khady".split(),
              "Faye Sarr Diouf Ndour Senghor Thiaw Dione Ngom Sene Tine".split()),
    "soninke": ("Sirandou Djenaba Hawa Bakary Samba Kadiatou Goundo Demba Bintou Mahamadou".split(),
                "Tandia Soumaré Kanouté Niakaté Dramé Gassama Bathily Sakho Doucouré Camara".split()),
    "edo": ("Osaretin Osayuki Eghosa Ivie Osagie Efosa Izoduwa Osahon Uyi Omosede".split(),
            "Omoregie Igbinedion Osagie Aiyevbomwan Ogiamien Ekhator Erhabor Iyamu Osemwegie Uwaifo".split()),
    "ijaw": ("Ebiere Preye Tonye Timipre Ebikabowei Diepreye Ayibanua Tarila Perekebina Boma".split(),
             "Alamieyeseigha Ebiowei Tantua Amakiri Boro Ekpemupolo Opuama Tariah Fiberesima Briggs".split()),
    "ilocano": ("Ligaya Crisanto Marites Jhunjhun Nenita Aurelio Liwayway Dindo Analyn Rommel".split(),
                "Agbayani Bagaoisan Dumlao Pagaduan Sabado Tabangay Ulep Ramones Baclig Galano".split()),
    "bugis": ("Tenri Baso Becce Upe Cenning Ambo Sompa Tenriawaru Sitti Petta".split(),
              "Mappanyukki Pawelloi Sompa Lamaddukelleng Mangkau Tanete Latief Rappe Pabbajah Lasinrang".split()),
    "newar": ("Prabhat Ujwal Rajina Bikash Pramila Nhuchhe Lasata Binita Suyesh Chandani".split(),
              "Bajracharya Maharjan Tuladhar Pradhananga Manandhar Dangol Amatya Sthapit Kansakar Shakya".split()),
    "sherpa": ("Pasang Dawa Lhakpa Phurba Pemba Ngima Mingma Nima Dorje Lhamu".split(),
               "Sherpa;Dorje Sherpa;Tenzing Sherpa;Lama;Norgay;Gyalzen Sherpa".split(";")),
    "kachin": ("Seng Raw;Ja Nu;Brang Seng;Awng Tu;Hkawn Htoi;Zau Lum;Naw Bawk;Lu Ra;Roi Ja;Tu Ja".split(";"),
               "Lahpai Maran Marip Nhkum Lahtaw Hpauyam Labang Sumlut Lagwi Jinghpaw".split()),
    "shan": ("Sai Leik;Nang Hseng;Sai Mauk;Nang Kham;Sao Hearn;Khun Tun;Sai Htee;Nang Oo".split(";"),
             "Hsaing Mong Kham Hkam Seng Lao Tip Wan Noom Hpa".split()),
    "guna": ("Olowaili Nele Iguanigdi Inaigdi Ibelele Olo Bibi Gilu Dadi Nana".split(),
             "Archibold Colman Hayans Davies Orán Iglesias Arosemena Harris Ologundi Smith".split()),
    "tzotzil": ("Xun Maruch Petul Loxa Manvel Xalik Tonik Antel Katal Paxku".split(),
                "Gómez Jiménez;López Pérez;Santiz;Patishtán;Díaz Hernández;Tzu;Komes;Hix;Pale;Lunez".split(";")),
    "purepecha": ("Tzintzuni Tanganxuan Eréndira Tsipekua Uandari Kuanari Tiamu Irepani Juchari Xaniri".split(),
                  "Tzintzun Huipe Cuiriz Tzitzi Jacuinde Tariácuri Cuiriz Equihua Campanur Tapia".split()),
    "tlingit": ("Kaasei Shaadaax Yeilk Kaaxkwei Daxootsu Keiyishi Rosita Marcus Lorrie Dionne".split(),
                "Dangeli Kookesh Kadashan Peratrovich Worl Katzeek Soboleff Jacobs Hope Jackson".split()),
    "inupiat": ("Qaiyaan Aaluk Uqpik Nasruk Siqiniq Aarigaa Qinugan Ayyu Tulugak Kuukpik".split(),
                "Ahmaogak Aiken Brower Hopson Leavitt Itta Kaleak Rexford Nageak Okakok".split()),
    "niuean": ("Lagi Tavita Moka Pilimaina Hipa Ligi Fakahoa Tafatu Kupa Hetutu".split(),
               "Talagi Vivian Tukuitonga Pulu Lakatani Jacobsen Viliamu Tongatule Funaki Halo".split()),
    "chuukese": ("Sasauo Kimiuo Tiwiro Marsina Nerisa Kanto Upwe Sinino Tipin Fermina".split(),
                 "Aisek Sotek Saimon Opet Ioanis Kinoti Sapuro Esiel Wasan Narruhn".split()),
    "cook_islands": ("Tangaroa Mata Teariki Tupou Ngatokorua Poko Tepaeru Marama Vaine Teina".split(),
                     "Tangimetua Numa Marsters Puna Tuavera Browne Napa Glassie Piri Tuara".split()),
    "gullah": ("Cudjo Minda Sabe Juba Quash Binah Hagar Cuffee Phibbie Abba".split(),
               "Polite Gadsden Heyward Brisbane Pinckney Frazier Gourdine Kitt Mack Middleton".split()),
}  # fmt: skip
# rare English given names from old parish and census records, paired with the lists' surnames
RARE_GIVEN_HELDOUT14 = ["Zebulon", "Orrin", "Eudora", "Philo", "Lettice", "Kezia", "Ottoline", "Evander", "Leocadia",
                        "Thaddeus", "Cosima", "Lysander", "Perpetua", "Araminta", "Fenella", "Ambrose", "Tryphena",
                        "Eulalie", "Erasmus", "Clementina"]  # fmt: skip
# invented names built another way than earlier sets: strung together from consonant-vowel syllables, as
# fiction writers coin them ('Tavaleo Korumine'); no earlier invented list used syllable strings
SYLLABLE_ONSETS_HELDOUT14 = ["k", "m", "n", "p", "r", "t", "v", "l", "s", "h", "z", "b", "d"]
SYLLABLE_VOWELS_HELDOUT14 = ["a", "e", "i", "o", "u", "a", "e", "ai", "ou"]
IBAN_SHAPES_HELDOUT14 = {
    "PT": "21n", "GR": "7n16c", "HR": "17n", "SI": "15n", "SK": "20n", "CZ": "20n", "LT": "16n", "EE": "16n",
    "HU": "24n", "RO": "4a16c", "CY": "8n16c", "MT": "4a5n18c", "IS": "22n", "DK": "14n", "NO": "11n",
    "SE": "20n", "DE": "18n", "NL": "4a10n", "IE": "4a14n",
}  # fmt: skip


def _thai_to_latin(text: str) -> str:
    """A th_TH name in Latin letters by a simplified RTGS rule: 'สมชาย' -> 'Somchai'. Leading vowels are read
    after their consonant, a consonant after a vowel closes the syllable with its final value, and a bare
    consonant pair takes the inherent 'o'; the silent mark (thanthakhat) drops the letter before it."""
    words = []
    for word in text.split():
        out: list[str] = []
        state = "start"  # start | onset (a consonant waiting for its vowel) | vowel | closed
        pending = ""  # a vowel written before its consonant
        chars = [c for c in word if c not in THAI_SILENT]
        i = 0
        while i < len(chars):
            c = chars[i]
            nxt = chars[i + 1] if i + 1 < len(chars) else ""
            if c == "์":  # silences the letter before it, with its vowel mark: 'ศักดิ์' -> 'sak'
                for _ in range(2 if i and chars[i - 1] in THAI_AFTER else 1):
                    if out:
                        out.pop()
            elif c in THAI_BEFORE:
                if state == "onset":
                    out.append("a")
                pending, state = THAI_BEFORE[c], "start"
            elif c in THAI_AFTER:
                if c == "ั" and nxt == "ว":  # 'ua' as in 'Suan'
                    out.append("ua")
                    i += 1
                elif c == "ื" and nxt == "อ":
                    out.append("uea")
                    i += 1
                else:
                    out.append(THAI_AFTER[c])
                state = "vowel"
            elif c in THAI_INITIAL:
                if pending:
                    out.append(THAI_INITIAL[c].strip("-"))
                    if nxt == "า" and pending == "e":
                        out.append("ao")
                        i += 1
                    elif nxt == "ี" and pending == "e":
                        out.append("ia")
                        i += 2 if i + 2 < len(chars) and chars[i + 2] == "ย" else 1
                    else:
                        out.append(pending)
                    pending, state = "", "vowel"
                elif state == "vowel" and nxt not in THAI_AFTER:
                    out.append("" if c == "อ" and out and out[-1] == "o" else THAI_FINAL.get(c, ""))
                    state = "closed"
                elif state == "onset":
                    if nxt in THAI_AFTER or nxt in THAI_BEFORE:
                        out.append("a")
                        out.append(THAI_INITIAL[c].strip("-"))
                    elif (
                        c == "ร" and nxt and nxt not in THAI_AFTER
                    ):  # 'รร' and a pair before a final read 'an'
                        out.append("o" + THAI_FINAL["ร"])
                        state = "closed"
                        i += 1
                        continue
                    else:
                        out.append("o" + THAI_FINAL.get(c, ""))
                        state = "closed"
                        i += 1
                        continue
                else:
                    out.append(THAI_INITIAL[c].strip("-"))
                    state = "onset"
            i += 1
        if state == "onset" and len(out) > 1:
            out.pop()  # a bare consonant at the end is silent in most names: 'จักร' -> 'Chak'
        latin = "".join(out)
        if latin:
            words.append(latin[:1].upper() + latin[1:])
    return " ".join(words)


def _maghreb_to_latin(text: str) -> str:
    """An ar_DZ name spelt the Maghrebi French way: 'بوشامة' -> 'Bouchama', 'جلال' -> 'Djalal'."""
    words = []
    for w in _semitic_to_latin(text, "ar_SA").split():
        if w == "bin":
            words.append("Ben")
            continue
        w = w.replace("'", "").replace("Al-", "El-")
        w = re.sub(r"(?<![dDkK])sh|Sh", lambda m: "Ch" if m.group()[0] == "S" else "ch", w)
        w = re.sub(r"(?<![dD])j", "dj", w).replace("J", "Dj")
        w = w.replace("q", "k").replace("Q", "K").replace("u", "ou").replace("U", "Ou")
        words.append(w[:1].upper() + w[1:] if w else w)
    return " ".join(words)


def _syllabify(name: str) -> str:
    """A name split into sung syllables, as a choir's lyric sheet writes it: 'Nafula' -> 'Na-fu-la'."""
    parts = re.findall(r"[^aeiouAEIOU]*[aeiouAEIOU]+(?:[^aeiouAEIOU](?![aeiouAEIOU]))?", name)
    if "".join(parts) != name or len(parts) < 2:
        return name
    return "-".join(parts)


class Gen14(Gen3):
    """Generators for held-out set 14: origins, name forms, formats and contexts none of the other sets use."""

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        for i, loc in enumerate(NAME_LOCALES_HELDOUT14):
            self.fakers[loc] = Faker(loc)
            self.fakers[loc].seed_instance(seed + 1400 + i)

    def faker_name(self) -> tuple[str, str]:
        """(given, family) from a held-out faker locale, romanised."""
        loc = self.rng.choice(NAME_LOCALES_HELDOUT14)
        f = self.f(loc)
        latin = _thai_to_latin if loc == "th_TH" else _maghreb_to_latin
        return latin(f.first_name()), latin(f.last_name())

    def invented_name(self) -> tuple[str, str]:
        """(given, surname) strung from consonant-vowel syllables: 'Tavaleo', 'Korumine'."""
        rng = self.rng

        def word(k: int) -> str:
            w = "".join(
                rng.choice(SYLLABLE_ONSETS_HELDOUT14) + rng.choice(SYLLABLE_VOWELS_HELDOUT14)
                for _ in range(k)
            )
            return (w + rng.choice(["", "", "n", "l"])).capitalize()

        return word(rng.randint(2, 3)), word(rng.randint(3, 4))

    def first_last(self) -> tuple[str, str]:
        """A given and a family name (faker, invented, rare English or one of NAMES_HELDOUT14)."""
        r = self.rng.random()
        if r < 0.2:
            first, last = self.faker_name()
            if first and last:
                return first, last
        if r < 0.3:
            return self.invented_name()
        firsts, lasts = NAMES_HELDOUT14[self.rng.choice(sorted(NAMES_HELDOUT14))]
        if r < 0.38:
            return self.rng.choice(RARE_GIVEN_HELDOUT14), self.rng.choice(lasts)
        return self.rng.choice(firsts), self.rng.choice(lasts)

    def person(self) -> str:
        rng = self.rng
        first, last = self.first_last()
        r = rng.random()
        if r < 0.36:
            name = f"{first} {last}"
        elif r < 0.58:
            name = first
        elif r < 0.66:
            name = last
        elif r < 0.72:  # sung syllables from a choir's lyric sheet: 'Na-fu-la'
            name = _syllabify(first)
        elif r < 0.8:  # two family names, the parents' both, space-joined as some families keep them
            other = rng.choice(NAMES_HELDOUT14[rng.choice(sorted(NAMES_HELDOUT14))][1])
            name = f"{first} {last} {other}" if other != last else f"{first} {last}"
        else:
            name = f"{first} {last}"
        c = rng.random()
        if c < 0.06:
            return name.lower()
        if c < 0.09:
            return name.upper()
        return name

    def address(self) -> str:
        rng, n = self.rng, self.rng.randint(1, 180)
        pick = rng.choice
        shapes = [
            f"ul. {pick(['Bolshevistskaya', 'Kommunisticheskaya', 'Sovetskaya'])}, d. {n}, kv. {rng.randint(1, 120)}, Saransk, Respublika Mordoviya",
            f"{pick(['Leninskiy prospekt', 'ul. Pushkina', 'ul. Karla Marksa'])} {n}, Yoshkar-Ola, Mari El, 4240{rng.randint(0, 99):02d}",
            f"Oktyabrsky pr-t, {n}-{rng.randint(1, 90)}, Syktyvkar 1679{rng.randint(0, 99):02d}",
            f"Naryan-Mar, ul. {pick(['Smidovicha', 'Vyucheyskogo', 'Lenina'])} {n}",
            f"Kita {rng.randint(1, 24)}-jo Nishi {rng.randint(1, 20)}-chome {rng.randint(1, 30)}-{rng.randint(1, 9)}, Chuo-ku, Sapporo",
            f"House {n}, {pick(['Ankawa', 'Ainkawa Road', 'Baharka'])}, Erbil, Kurdistan Region",
            f"{pick(['Quartier 4', 'Cite Hodan', 'Balbala'])}, rue {n}, Djibouti",
            f"Kebele {rng.randint(1, 14):02d}, House No. {n}, Hawassa, Sidama",
            f"{pick(['Milimani', 'Amalemba', 'Shirere'])} estate, house {n}, off {pick(['Kakamega-Webuye Rd', 'Canon Awori St'])}, Kakamega",
            f"Plot {n}, {pick(['Isamilo', 'Kirumba', 'Nyakato'])} street, Mwanza",
            f"Bairro {pick(['Cidade Alta', 'São João', 'Académico'])}, casa n.º {n}, Huambo",
            f"{pick(['Louis', 'Glass', 'Nombakele'])}, BP {rng.randint(100, 9999)}, Libreville",
            f"Rue {pick(['Joss', 'Njo-Njo', 'Koloko'])}, Bonapriso, n° {n}, Douala",
            f"Quartier {pick(['Darou Salam', 'Peulgha', 'Escale'])}, villa {n}, Fatick",
            f"{n} {pick(['Sapele Road', 'Airport Road', 'Akpakpava Street'])}, GRA, Benin City, Edo State",
            f"{n} {pick(['Mbiama-Yenagoa Road', 'Imgbi Road', 'Azikoro Road'])}, Yenagoa, Bayelsa",
            f"Brgy. {rng.randint(1, 60)} {pick(['San Lorenzo', 'Santa Joaquina', 'Nalbo'])}, Laoag City, Ilocos Norte 2900",
            f"Jl. {pick(['Andi Pangeran Pettarani', 'Sultan Alauddin', 'Somba Opu'])} No. {n}, Makassar 90{rng.randint(111, 245)}",
            f"{pick(['Tachupal Tole', 'Taumadhi', 'Dattatreya Square'])}, ward {rng.randint(1, 10)}, Bhaktapur",
            f"{pick(['Lakeside', 'Baidam', 'Mahendrapul'])}-{rng.randint(1, 33)}, Pokhara, Kaski",
            f"{n} {pick(['Sitapur Quarter', 'Shan Su Quarter'])}, Myitkyina, Kachin State",
            f"Calle {pick(['Real de Guadalupe', 'Diego de Mazariegos', 'Flavio A. Paniagua'])} {n}, Barrio de Mexicanos, San Cristóbal de las Casas",
            f"Portal {pick(['Hidalgo', 'Matamoros', 'Morelos'])} {n}, Centro, Pátzcuaro, Mich.",
            f"{n} {pick(['Katlian St', 'Lincoln St', 'Sawmill Creek Rd'])}, Sitka AK 99835",
            f"{n} {pick(['Ahkovak St', 'Nanook St', 'Stevenson St'])}, Utqiagvik AK 99723",
            f"{pick(['Tapeu', 'Amanau', 'Fonuakula'])} village, Alofi, Niue",
            f"{pick(['Ara Tapu', 'Ara Metua'])}, {pick(['Avarua', 'Titikaveka', 'Arorangi'])}, Rarotonga",
            f"{n} {pick(['Seaside Rd', 'Eddings Point Rd', 'Martin Luther King Jr Dr'])}, St. Helena Island, SC 29920",
            f"Room {rng.randint(101, 499)}, {pick(['Whitcombe Hall', 'Brennan House', 'Oakridge Dorm'])}, {n} College Ave",
            f"{n} {pick(['County Road 14', 'Farm-to-Market Rd 2', 'Township Rd 9'])}, {pick(['Hillsboro, KS', 'Decorah, IA', 'Lititz, PA'])}",
        ]  # fmt: skip
        return pick(shapes)

    def email(self) -> str:
        rng = self.rng
        first, last = (_ascii_name(x).replace("’", "") for x in self.first_last())
        user = rng.choice([f"{first}.{last}{rng.randint(10, 99)}", f"{first}{rng.choice(['lifts', 'sings', 'fishes', 'grows', 'writes'])}",
                           f"{last}.{first[:1]}", f"{first}+{rng.choice(['carpool', 'coop', 'choir', 'fic', 'scrims'])}",
                           f"{first}{last[:3]}", f"{last}{rng.randint(100, 999)}", f"{first}_{last}_{rng.choice(['home', 'work'])}"])  # fmt: skip
        domain = rng.choice(["yandex.ru", "mail.ru", "rambler.ru", "ocn.ne.jp", "korek.net", "evatis.dj", "ethionet.et",
                             "safaricom.co.ke", "ttcl.co.tz", "sdnp.org.mw", "ebonet.net", "gabontelecom.ga",
                             "orange.sn", "yahoo.fr", "laposte.net", "ntc.net.np", "gci.net", "niue.nu", "oyster.net.ck",
                             "proton.me", "pm.me", "icloud.com", "outlook.com", "gmail.com", "hey.com", "duck.com"])  # fmt: skip
        return f"{user}@{domain}"

    def phone(self) -> str:
        d, rng = self.d, self.rng
        shapes = [
            f"+7 (8342) {d(2)}-{d(2)}-{d(2)}",  # Saransk, city code in brackets
            f"+7 (8362) {d(2)}-{d(2)}-{d(2)}",  # Yoshkar-Ola
            f"+7 (8212) {d(2)}-{d(2)}-{d(2)}",  # Syktyvkar
            f"+7 (81853) {d(1)}-{d(2)}-{d(2)}",  # Naryan-Mar
            f"011-{d(3)}-{d(4)}",  # Sapporo
            f"+964 750 {d(3)} {d(4)}",  # Kurdistan Region
            f"+253 77 {d(2)} {d(2)} {d(2)}",  # Djibouti
            f"+251 46 {d(3)} {d(4)}",  # Hawassa
            f"0{rng.choice(['28', '26'])} 250 {d(4)}",  # Mwanza landline
            f"+244 9{d(2)} {d(3)} {d(3)}",  # Angola
            f"+241 0{rng.choice('67')} {d(2)} {d(2)} {d(2)}",  # Gabon
            f"+240 222 {d(3)} {d(3)}",  # Equatorial Guinea
            f"+223 7{d(1)} {d(2)} {d(2)} {d(2)}",  # Mali (Kayes)
            f"(077) 772 {d(4)}",  # Laoag landline
            f"+62 411 {d(6)}",  # Makassar
            f"+977-1-66{d(5)}",  # Bhaktapur
            f"+91 3552 2{d(5)}",  # Kalimpong
            f"(+507) 6{d(3)}-{d(4)}",  # Panama, the country code bracketed
            f"+52 967 {d(3)} {d(4)}",  # San Cristóbal
            f"(434) 342 {d(4)}",  # Pátzcuaro
            f"(907) 852-{d(4)}",  # Utqiagvik
            f"+683 4{d(3)}",  # Niue
            f"+691 330 {d(4)}",  # Chuuk
            f"+682 2{d(1)} {d(3)}",  # Cook Islands
            f"(843) 838-{d(4)}",  # St. Helena Island
        ]
        return rng.choice(shapes)

    def card(self) -> str:
        rng = self.rng
        prefix, length = rng.choice([("4", 16), ("52", 16), ("53", 16), ("54", 16), ("644", 16), ("647", 16),
                                     ("649", 16), ("3566", 16), ("34", 15), ("4", 13)])  # fmt: skip
        num = _luhn_number(rng, prefix, length)
        r = rng.random()
        if length == 15:
            return f"{num[:4]} {num[4:10]} {num[10:]}" if r < 0.6 else num
        if length == 13:
            return num
        groups = [num[i : i + 4] for i in range(0, length, 4)]
        if r < 0.35:
            return " ".join(groups)
        if r < 0.45:  # two spaces between groups, as an SMS from a card reader pads them
            return "  ".join(groups)
        if r < 0.53:  # groups of four with the last four apart: '4532015112830366' typed as 12 + 4
            return "".join(groups[:3]) + " " + groups[3]
        if r < 0.6:  # a middle dot between groups, as a phone's number pad shows them
            return "·".join(groups)
        return num

    def iban(self) -> str:
        rng = self.rng
        country = rng.choice(sorted(IBAN_SHAPES_HELDOUT14))
        iban = _iban(rng, country, IBAN_SHAPES_HELDOUT14[country])
        groups = [iban[i : i + 4] for i in range(0, len(iban), 4)]
        r = rng.random()
        if r < 0.4:
            return " ".join(groups)
        if r < 0.55:  # country code and check digits apart: 'PT 50 0002 ...'
            rest = iban[4:]
            return f"{iban[:2]} {iban[2:4]} " + " ".join(rest[i : i + 4] for i in range(0, len(rest), 4))
        return iban

    def ip_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, address): esports, dorms, carpools, fishing, museums, scam texts, Vagrant, Salt,
        Consul, Nomad, Kafka, RabbitMQ, Elasticsearch, Sentry, Twilio, Postfix, Dovecot, HAProxy, Caddy, Samba,
        CUPS, Arduino, cloud-init; `chat` as in `_pick_chat_or_not`."""
        rng, f = self.rng, self.f()
        v4 = rng.choice([f.ipv4_public(), f.ipv4_public(), f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                         f"192.168.{rng.randint(0, 254)}.{rng.randint(2, 254)}"])  # fmt: skip
        h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
        v6 = rng.choice(
            [
                f"2600:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}",
                f"2806:{h()}:{h()}::{h()}",
                f"2001:470:{h()}:{h()}::{h()}",
                f"2409:{h()}:{h()}:{h()}:{h()}::{h()}",
            ]
        )
        options = [
            ("our scrim server for tonight is {}, bring your own mouse", v4),
            (
                "the other team's ip leaked in the valorant chat, {}, should I report it?",
                rng.choice([v4, v6]),
            ),
            ("dorm network gave my switch {}, can I host animal crossing from here?", v4),
            ("the carpool app says my last login was from {}, that's not our town", rng.choice([v4, v6])),
            ("the fishing lodge's starlink router is {}, how do I see the camera?", v4),
            ("museum kiosk in the east gallery froze, its ip is {}, who do I tell?", v4),
            ("nan got a text saying 'login from {} blocked, reply Y' is that a scam?", rng.choice([v4, v6])),
            ("the choir's streaming pc is {}, zoom keeps dropping", v4),
            ("my garden weather station posts from {}, is it open to the internet?", v4),
            ("the co-op's grain dryer controller is on {}, can you tell me what port?", v4),
            ("my ipv6 at the base housing is {}, is that tied to my name?", v6),
            ('config.vm.network "private_network", ip: "{}"', v4),
            ("salt-minion: master: {}", v4),
            ('retry_join = ["{}"]', v4),
            ('advertise { http = "{}" }', v4),
            ("bootstrap.servers={}:9092", v4),
            ("listeners.tcp.default = {}:5672", v4),
            ('GET /_search {"query": {"term": {"client.ip": "{}"}}}', rng.choice([v4, v6])),
            (
                'breadcrumb: {"category": "xhr", "data": {"url": "http://{}/api/cart", "status_code": 502}}',
                v4,
            ),
            ("Twilio webhook POST from {} returned 11200 HTTP retrieval failure", v4),
            ("postfix/smtpd[2817]: connect from unknown[{}]", rng.choice([v4, v6])),
            (
                "dovecot: imap-login: Login: user=<tmp>, method=PLAIN, rip={}, lip=10.0.0.2",
                rng.choice([v4, v6]),
            ),
            ("    server web2 {}:8080 check inter 2s", v4),
            ("reverse_proxy {}:3000", v4),
            ("hosts allow = 127.0.0.1 {}", v4),
            ("<Location /printers>\n  Allow from {}\n</Location>", v4),
            ("IPAddress ip({});", v4.replace(".", ", ")),
            ("network:\n  ethernets:\n    eth0:\n      addresses: [{}/24]", v4),
            ("ipv6: {}/64 (cloud-init static)", v6),
        ]
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def password(self) -> str:
        rng, w = self.rng, self.f().word
        return rng.choice(
            [
                f"{w()} {w()} {w()} {w()}",  # a passphrase with spaces, as password managers now suggest
                f"{rng.choice(['Hermione', 'Zuko', 'Geralt', 'Legolas', 'Sailor', 'Gojo'])}4ever{rng.randint(0, 99)}",
                f"{w().capitalize()}{rng.choice(['Taurus', 'Virgo', 'Scorpio', 'Pisces'])}{rng.randint(1980, 2008)}",
                self.token(rng.randint(14, 22), string.ascii_letters + string.digits + "-_"),
                f"{w()}{rng.randint(10, 99)}{w().capitalize()}{rng.choice('?%=')}",
            ]
        )  # fmt: skip

    def secret(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, secret); `chat` as in `ip_sample`."""
        tok, pw, rng, d = self.token, self.password(), self.rng, self.d
        alnum = string.ascii_letters + string.digits
        hexd = "0123456789abcdef"
        b64 = lambda n: base64.b64encode(bytes(rng.randrange(256) for _ in range(n))).decode()  # noqa: E731
        uuid = lambda: "-".join(tok(k, hexd) for k in (8, 4, 4, 4, 12))  # noqa: E731
        bcrypt = "$2a$14$" + tok(53, alnum + "./")
        options = [
            ("gym locker combo is {} if you need my towel", f"{d(2)}-{d(2)}-{d(2)}"),
            ("log my lunch for me, the myfitnesspal password is {}", pw),
            ("my co-star login is {} lol don't judge my chart", pw),
            ("post chapter 12 if I'm asleep, wattpad password is {}", pw),
            ("my fanfiction.net password is literally {} so no judging", pw),
            ("seed swap shed padlock is {}, take the tomato seeds", d(4)),
            ("carpool app pin is {}, book Thursday for me", d(4)),
            ("dorm wifi is {} (the RA said not to share it lol)", pw),
            ("the base housing portal gave us {} as a temp password, is it safe to keep?", pw),
            ("the co-op tractor shed keypad takes {} then the green button", d(5)),
            ("fishing cabin key safe is {}, key is on the hook", d(4)),
            ("choir drive password is {}, the alto parts are in there", pw),
            ("band room code is {} then push the door hard", d(4) + "#"),
            ("log into faceit with {} and play my placement matches pls", pw),
            ("museum volunteer rota login is {}, can you swap me off Sunday?", pw),
            ("nan forwarded a text saying her bank PIN {} was locked, is that real??", d(4)),
            ("mum typed her banking passcode {} into the link from the 'bank' text, what do I do", d(6)),
            ("passphrase for the allotment spreadsheet: {}", pw),
            ("mia pasvorto estas {}", pw),
            ("Passwuert: {}", pw),
            ("am facal-faire agam: {}", pw),
            ("kupuhipa: {}", pw),
            ('  config.vm.provider "vmware_desktop" do |v| v.vmx["remotedisplay.vnc.password"] = "{}" end', pw),
            ("VAGRANT_CLOUD_TOKEN={}", tok(14, alnum) + ".atlasv1." + tok(70, alnum)),
            ("mysql::server::root_password: '{}'", pw),
            ("default['app']['db_password'] = '{}'", pw),
            ("  external_auth:\n    pam:\n      saltdev: ['.*']\n  sharedsecret: {}", tok(32, alnum)),
            ('acl { tokens { initial_management = "{}" } }', uuid()),
            ("NOMAD_TOKEN={}", uuid()),
            ('sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="app" password="{}";', pw),
            ("default_pass = {}", pw),
            ("Authorization: ApiKey {}", base64.b64encode(f"{tok(20, alnum)}:{tok(22, alnum)}".encode()).decode()),
            ('"signing_secret": "{}"', "whsec_" + tok(32, alnum)),
            ("Stripe-Signature verified with endpoint secret {}", "whsec_" + tok(32, alnum)),
            ("TWILIO_AUTH_TOKEN={}", tok(32, hexd)),
            ("https://maker.ifttt.com/trigger/door_open/with/key/{}", tok(22, alnum + "-_")),
            ("https://hooks.zapier.com/hooks/catch/{}/", f"{d(7)}/{tok(6, 'abcdefghijklmnopqrstuvwxyz0123456789')}"),
            ("[smtp.fastmail.com]:587 relay@kaizen.chat:{}", pw),
            ("relay:{SHA512-CRYPT}{}", "$6$" + tok(16, alnum) + "$" + tok(86, alnum + "./")),
            ("    stats auth admin:{}", pw),
            ("basicauth /admin/* {\n    volunteer {}\n}", bcrypt),
            ('smbpasswd -a share <<< "{}"', pw),
            ('const char* password = "{}";  // home wifi', pw),
            ('char auth[] = "{}";  // Blynk', tok(32, alnum + "-_")),
            ("chpasswd:\n  list: |\n    pi:{}\n  expire: false", pw),
            ('wifis:\n  wlan0:\n    access-points:\n      "allotment-shed":\n        password: "{}"', pw),
            ("PAGERDUTY_ROUTING_KEY={}", tok(32, hexd)),
            ("OPSGENIE_API_KEY={}", uuid()),
            ("BUGSNAG_API_KEY={}", tok(32, hexd)),
            ("ELEVENLABS_API_KEY={}", "sk_" + tok(48, hexd)),
            ("DEEPGRAM_API_KEY={}", tok(40, hexd)),
            ("OPENROUTER_API_KEY={}", "sk-or-v1-" + tok(64, hexd)),
            ("COINBASE_API_SECRET={}", b64(64)),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def handle(self, fandom: bool = False) -> str:
        """A username; `fandom` for a fan-fiction pen name ('inkbound_nafula')."""
        rng = self.rng
        first, last = (_ascii_name(x).replace("’", "") for x in self.first_last())
        if fandom and rng.random() < 0.6:
            return f"{rng.choice(['inkbound', 'quill', 'moonlit', 'angstqueen'])}_{first}"
        return rng.choice(
            [
                f"{first}of{rng.choice(['thenorth', 'saransk', 'sitka', 'pokhara', 'erbil'])}",
                f"not{first}",
                f"{first}_irl",
                f"real{first}{last}",
                f"{last}{first[:1]}{rng.randint(10, 99)}",
                f"{first}-{last}-dev",
                f"{first}{rng.choice(['gg', 'xd', 'tv'])}",
            ]
        )  # fmt: skip

    def dob(self) -> str:
        rng = self.rng
        dt = self.f().date_of_birth(minimum_age=5, maximum_age=90)
        m = dt.month - 1
        is_ = "janúar febrúar mars apríl maí júní júlí ágúst september október nóvember desember".split()
        sl = "januarja februarja marca aprila maja junija julija avgusta septembra oktobra novembra decembra".split()
        sr = (
            "januara februara marta aprila maja juna jula avgusta septembra oktobra novembra decembra".split()
        )
        gl = "xaneiro febreiro marzo abril maio xuño xullo agosto setembro outubro novembro decembro".split()
        lb = "Januar Februar Mäerz Abrëll Mee Juni Juli August September Oktober November Dezember".split()
        az = "yanvar fevral mart aprel may iyun iyul avqust sentyabr oktyabr noyabr dekabr".split()
        uz = "yanvar fevral mart aprel may iyun iyul avgust sentabr oktabr noyabr dekabr".split()
        af = "Januarie Februarie Maart April Mei Junie Julie Augustus September Oktober November Desember".split()
        eo = "januaro februaro marto aprilo majo junio julio aŭgusto septembro oktobro novembro decembro".split()
        gd = ("am Faoilleach;an Gearran;am Màrt;an Giblean;an Cèitean;an t-Ògmhios;an t-Iuchar;an Lùnastal;"
              "an t-Sultain;an Dàmhair;an t-Samhain;an Dùbhlachd").split(";")  # fmt: skip
        return rng.choice(
            [
                f"{dt.day}. {is_[m]} {dt.year}",
                f"{dt.day}. {sl[m]} {dt.year}",
                f"{dt.day}. {sr[m]} {dt.year}.",
                f"{dt.day} de {gl[m]} de {dt.year}",
                f"{dt.day}. {lb[m]} {dt.year}",
                f"{dt.day} {az[m]} {dt.year}",
                f"{dt.year}-yil {dt.day}-{uz[m]}",
                f"{dt.day} {af[m]} {dt.year}",
                f"la {dt.day}-an de {eo[m]} {dt.year}",
                f"{dt.day} {gd[m]} {dt.year}",
                f"{dt.strftime('%b')} {_ordinal(dt.day)} '{dt.year % 100:02d}",
                f"{dt.year}·{dt.month:02d}·{dt.day:02d}",
            ]
        )


HELDOUT14_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "{} (she/her) is running the beginners' deadlift class now",
        "my macros coach {} says 140g protein, is that too much?",
        "is {} right that keto breaks your sleep?",
        "#Team{} at the half marathon, make me a sign slogan",
        "{} read my birth chart and said my moon is in Cancer, what does that mean",
        "what's a good gift for {}, she's a double Scorpio",
        "I'm writing a fic where {} is the villain's sister, help with a name for her dragon",
        "{}/{} is my otp, is that weird",
        "{} traded me three courgette plants for my chilli seedlings",
        "leave the rhubarb crowns with {} at plot 14",
        "{} drives on Mondays and Wednesdays, I do Fridays, make a rota",
        "text {} that the carpool leaves at 7:10 not 7",
        "my roommate {} keeps using my oat milk, how do I bring it up",
        "{} from 3rd floor wants to start a dorm book club",
        "my husband Sgt. {} deploys in March, how do I explain it to the kids?",
        "the FRG leader {} asked me to bring a dish to the homecoming",
        "{} runs the egg rota at the co-op, can you draft a reminder",
        "{} caught a 9 lb pike on Saturday!!",
        "who's bringing the bait, {} or me?",
        "{} is singing the tenor solo, the rest of us hum",
        "our drummer {} is always late to band practice, how do I say it nicely",
        "lyrics sheet: sing {} three times before the chorus",
        "{} merged my PR after two months lol",
        "can you write a thank-you note to {} for maintaining the parser all these years",
        "{} #7 on our league team, the support main",
        "{} is our IGL but keeps calling bad rotates",
        "the volunteer coordinator at the museum is {}, she does the Sunday rota",
        "{} gave the best tour of the fossil room today",
        "nan says a man called {} rang from 'the bank' asking for her card, scam?",
        "forwarded: '{} from fraud prevention will call you', is that legit?",
        "tell {} I'll bring the folding chairs",
        "{}'s sourdough starter died again lol",
        "my PT {} wants me doing 10k steps, is that a myth?",
        "Node 'web01': Puppet run by {} succeeded",
        "# Maintainer: {}",
        'config.vm.provider "virtualbox" do |vb| vb.name = "dev-{}" end',
        "maintainer '{}'",
        '"customer_name": "{}",',
        'breadcrumb: {"category": "ui.click", "message": "Signed in as {}"}',
        "Twilio SMS to +1-555-0100 from {}: delivered",
        "Zap 'New choir member' ran: Name = {}",
        "Dec 3 06:12:44 mail postfix/cleanup[4412]: From: {} <relay@kaizen.chat>",
        "  comment = shared scans for {}",
        "Printer 'Office-Laser' job 84 submitted by {}",
        "// Arduino sketch by {}, soil moisture v2",
        "    gecos: {}",
        "Vagrant box built by {} on 2024-02-11",
        "Roster: {} — DE, #14",
    ],
    "STREET_ADDRESS": [
        "pick me up at {} for the carpool tomorrow",
        "seed swap is at {}, bring envelopes",
        "my new dorm address is {}, can you send the parcel there?",
        "the fishing charter leaves from {} at 5",
        "choir rehearsal moved to {} this week",
        "send the care package to {}, he's on base till June",
        "the co-op's drop-off point is {}",
        "the museum gala is at {}, dress code?",
        "Shipping address: {}",
        '"address": {"line1": "{}"},',
        "Delivery to: {} · Status: queued (Twilio SMS sent)",
        "Venue: {}",
        "# office printer lives at {}",
    ],
    "EMAIL_ADDRESS": [
        "my meal-plan coach is {}, send her the photos",
        "email {} for a birth chart reading",
        "send the fic beta notes to {}",
        "the carpool group mail is {}",
        "reach the co-op secretary at {}",
        "the choir librarian's email is {}, ask for the alto part",
        "add {} to the esports team's scrim calendar",
        '"email": "{}",',
        "postfix/smtp[9931]: to=<{}>, relay=mx1.kaizen.chat, status=sent",
        "dovecot: lmtp({}): saved mail to INBOX",
        "Zap step 2: send email to {}",
        "# Maintainer: Kaizen Team <{}>",
    ],
    "PHONE_NUMBER": [
        "the carpool driver's number is {}, text if late",
        "my fishing guide's number is {}",
        "the co-op's milk tanker driver is on {}",
        "call {} to swap museum shifts",
        "the FRG phone tree says call {} first",
        "nan got a call from {} saying it was her bank, is that them?",
        "the dorm RA's number is {}",
        "my personal trainer's whatsapp is {}",
        "Twilio: Message to {} failed (30003 unreachable)",
        '"phone": "{}",',
        "From: {} (SMS, via Zapier)",
        "Contact: {} (choir secretary)",
    ],
    "CREDIT_CARD": [
        "the gym took two memberships off {}, how do I get one back?",
        "bought the whole fishing trip on {}, split it 3 ways",
        "nan read her card number {} out to the 'bank' on the phone, what now?",
        "the seed catalogue charged {} twice",
        "put the tournament entry on {}",
        "card: {} exp 09/27",
        '"number": {},',
        "Twilio SMS: Your card {} was used at KAIZEN GYM for 39.00",
        "Zapier filter: card {} matched rule 'large purchase'",
        "| card | {} |",
    ],
    "IBAN_CODE": [
        "send the co-op share to {}",
        "choir fees go to {}, 40 per term",
        "the fishing lodge wants the deposit at {}",
        "pay my half of the dorm deposit to {}",
        "the 'bank' text told nan to move her savings to {}, block it?",
        "IBAN for the museum friends' membership: {}",
        '"iban": "{}",',
        "Stripe payout destination: {}",
        "Zap: new payout to {} (SEPA)",
        "| IBAN | {} |",
    ],
    "USERNAME": [
        "my myfitnesspal is {}, add me",
        "on co-star I'm {}",
        "my wattpad pen name is {}, read chapter 3 pls",
        "my fanfiction.net pen name is {} if you want the fic",
        "our team captain on faceit is {}",
        "my speedrun.com profile is {}",
        "the maintainer's sourcehut is ~{}",
        "dovecot: imap-login: Login: user=<{}>, method=PLAIN",
        "sasl_username={}",
        "  valid users = {}",
        "default_user = {}",
        "users:\n  - name: {}\n    groups: sudo",
        '"user": {"username": "{}"}',
        "Vagrant Cloud user: {}",
    ],
    "DATE_OF_BIRTH": [
        "born {} at 6:40am in Saransk, what's my rising sign?",
        "my natal chart date is {}, can you do the houses?",
        "the gym wants my date of birth, it's {}",
        "what age group am I in for the marathon if I'm born {}",
        "the recruiter asked for my son's date of birth, {}",
        "nan's date of birth is {}, the scammer knew it!!",
        "Date of birth: {}",
        '"date_of_birth": "{}",',
        "DOB (co-op membership): {}",
        "Fæðingardagur: {}",
        "Datum rojstva: {}",
        "Gebuertsdatum: {}",
    ],
}
HELDOUT14_MIXED = [
    ("{}/{} fic, chapter 9 is up", ["PERSON", "PERSON"]),
    ("carpool: {} drives, pick up at {}, call {} if late", ["PERSON", "STREET_ADDRESS", "PHONE_NUMBER"]),
    ("my co-star is {} and I was born {}", ["USERNAME", "DATE_OF_BIRTH"]),
    ("salt-master: {}\nmysql::server::root_password: '{}'", ["IP_ADDRESS", "SECRET"]),
    ("postfix/smtpd[771]: client=unknown[{}], sasl_method=PLAIN, sasl_username={}", ["IP_ADDRESS", "USERNAME"]),
    ("nan's 'bank' text: confirm card {} and move funds to {}", ["CREDIT_CARD", "IBAN_CODE"]),
    ('{"customer_name": "{}", "email": "{}", "phone": "{}"}', ["PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER"]),
    ("choir: {} sings alto, her email is {}", ["PERSON", "EMAIL_ADDRESS"]),
    ("museum volunteer form: {}, born {}, lives at {}", ["PERSON", "DATE_OF_BIRTH", "STREET_ADDRESS"]),
    ("Sgt. {} deploys Monday, the FRG line is {}", ["PERSON", "PHONE_NUMBER"]),
    ("dovecot: imap-login: Login: user=<{}>, rip={}", ["USERNAME", "IP_ADDRESS"]),
    ("co-op payout: {} to {}", ["PERSON", "IBAN_CODE"]),
    ("my fishing buddy {} lives at {}", ["PERSON", "STREET_ADDRESS"]),
    ("Stripe webhook: customer {} paid with {}", ["EMAIL_ADDRESS", "CREDIT_CARD"]),
]  # fmt: skip
HELDOUT14_NEGATIVES = [
    "Saransk has a huge stadium from the World Cup",
    "Yoshkar-Ola looks like a tiny Bruges",
    "Syktyvkar winters are brutal",
    "Sapporo snow festival or Otaru?",
    "Erbil citadel is one of the oldest towns",
    "Lake Assal is saltier than the Dead Sea",
    "Hawassa fish market at sunrise",
    "Kakamega forest has so many monkeys",
    "Huambo is cooler than Luanda",
    "Libreville to Lambaréné by road?",
    "Bhaktapur juju dhau is the best yoghurt",
    "Pokhara paragliding, worth it?",
    "Pátzcuaro on Day of the Dead",
    "Sitka has the Russian bishop's house",
    "St. Helena Island has the Penn Center",
    "Rarotonga in a day by bus",
    "Mercury retrograde again?? my car broke",
    "Scorpio sun, Leo moon, Virgo rising",
    "Virgo season starts on the 23rd",
    "canon divergence, slow burn, enemies to lovers",
    "the fic has 120k words and it's not finished",
    "Dramione or Drarry, no wrong answers",
    "Marvel, DC or anime?",
    "tomato Gardener's Delight and Sungold for the swap",
    "Charlotte potatoes, Jersey Royals gone",
    "courgette glut again, anyone want six",
    "carpool on Thursday? I have the 7 seater",
    "the dorm fire alarm went off at 3am again",
    "Ramen or dining hall tonight",
    "PCS orders came through, we move in July",
    "the commissary closes at 6 on Sundays",
    "the co-op's milk price went up 2 cents",
    "grain dryer running at 60 degrees",
    "Catch and release only on the upper river",
    "Rapala lures or Mepps spinners?",
    "the choir is doing Messiah at Christmas",
    "bar 34, altos come in on the upbeat",
    "band practice Tuesday, bring the Fender amp",
    "v2.3.0 released, see CHANGELOG.md",
    "LGTM, squash and merge",
    "Valorant 5v5 scrim at 8 CET",
    "GG WP, rematch tomorrow",
    "Museum of Natural History volunteer induction on Saturday",
    "the T. rex cast is 12.3 m long",
    "SCAM ALERT: banks never ask for your PIN by text",
    "Nan, don't click links in texts from 'HMRC'",
    "protein 2g per kg, 3 meals",
    "5x5 squats, 100 kg",
    "Vagrant.configure(\"2\") do |config|",
    "config.vm.box = \"ubuntu/jammy64\"",
    "salt '*' test.ping",
    "class { 'nginx': }",
    "nomad job run api.nomad.hcl",
    "consul members",
    "bootstrap.servers=localhost:9092",
    "listeners.tcp.default = 5672",
    "GET /_cat/indices?v",
    "Sentry event 4f2a9c0e dropped: rate limited",
    "Twilio error 21610: unsubscribed recipient",
    "postfix/qmgr[1021]: 4F2A91C0E: removed",
    "dovecot: master: Dovecot v2.3.21 starting up",
    "    timeout connect 5s",
    "reverse_proxy localhost:8080",
    "[global]\n   workgroup = WORKGROUP",
    "lpstat -p -d",
    "void setup() { Serial.begin(9600); }",
    "password: hunter2 is the classic example",
    "card 4000 0000 0000 0002 is Stripe's decline test card",
    "whsec_test_placeholder goes in .env.example",
    "email jane.doe@example.com in the docs",
    "call 555-0199 is a fictional number",
    "lol same",
    "what's a good pre-workout snack",
]  # fmt: skip


def _typo14(rng: random.Random, template: str) -> str:
    """Chat carelessness outside the {} slots, other than earlier sets': a vowel dropped from the middle of
    a word ('practce'), a space slipped inside a word ('prac tice'), or a letter tripled ('sooo')."""
    words = list(re.finditer(r"(?<![{\w])[a-z]{5,}(?![\w}])", template))
    if not words:
        return template
    m = rng.choice(words)
    word, r = m.group(), rng.random()
    inner = [i for i in range(1, len(word) - 1) if word[i] in "aeiou"]
    if r < 0.4 and inner:
        i = rng.choice(inner)
        new = word[:i] + word[i + 1 :]
    elif r < 0.7:
        i = rng.randrange(2, len(word) - 1)
        new = word[:i] + " " + word[i:]
    else:
        i = rng.randrange(len(word))
        new = word[: i + 1] + word[i] * 2 + word[i + 1 :]
    return template[: m.start()] + new + template[m.end() :]


def build_heldout14(seed: int = HELDOUT14_SEED) -> list[Example]:
    """Held-out set 14: `Gen14` values in `HELDOUT14_TEMPLATES`, mixed sentences and look-alike negatives."""
    gen = Gen14(seed)
    rng = gen.rng
    makers = {
        "PERSON": gen.person, "STREET_ADDRESS": gen.address, "EMAIL_ADDRESS": gen.email, "PHONE_NUMBER": gen.phone,
        "CREDIT_CARD": gen.card, "IBAN_CODE": gen.iban, "IP_ADDRESS": lambda: gen.ip_sample()[1],
        "USERNAME": gen.handle, "DATE_OF_BIRTH": gen.dob, "SECRET": gen.password,
    }  # fmt: skip
    counts = {"PERSON": 80, "SECRET": 70, "USERNAME": 24}
    styles: list[tuple[str, list[tuple[str, str]]]] = []  # (template, [(type, value)])
    for etype in TYPES:
        for _ in range(counts.get(etype, 14)):
            chat = rng.random() < 0.7  # Kaizen is a chat bot: most sentences are typed to it or a friend
            if etype in ("SECRET", "IP_ADDRESS"):  # the template depends on the value's shape
                template, value = gen.secret(chat) if etype == "SECRET" else gen.ip_sample(chat)
                styles.append((template, [(etype, value)]))
            else:
                template = _pick_chat_or_not(rng, HELDOUT14_TEMPLATES[etype], chat)
                values = [
                    (etype, gen.handle("pen name" in template) if etype == "USERNAME" else makers[etype]())
                    for _ in range(template.count("{}"))
                ]
                styles.append((template, values))
    for _ in range(24):
        template, types = rng.choice(HELDOUT14_MIXED)
        styles.append((template, [(t, makers[t]()) for t in types]))
    styles += [(t, []) for t in HELDOUT14_NEGATIVES]
    examples = []
    for template, values in styles:
        style = "plain"
        if rng.random() < 0.15:
            template, style = _typo14(rng, template), "typo"
        parts = template.split("{}")
        text, spans = parts[0], []
        for (etype, value), rest in zip(values, parts[1:], strict=True):
            spans.append((len(text), len(text) + len(value), etype))
            text += value + rest
        r = rng.random()  # lower case or ALL CAPS, as people and some exports write
        for new, name, p in ((text.lower(), "lower", 0.09), (text.upper(), "upper", 0.12)):
            if r < p and len(new) == len(text):
                text, style = new, name
                break
        examples.append(Example(text, spans, style))
    rng.shuffle(examples)
    return examples


HELDOUT15_SEED = 151553
# faker locales no earlier set drew names from: the pan-Arab list (ar_AA) in Arabic script, spelt here the
# Egyptian way ('g' for jim, 'el-' for the article, 'Abdel'), and Nigerian English (en_NG) as Lagos offices
# write it; the lexicon must not load either
NAME_LOCALES_HELDOUT15 = ["ar_AA", "en_NG"]
NAMES_HELDOUT15: dict[str, tuple[list[str], list[str]]] = {
    "haida": ("Gwaai Jaad Kihlgulans Skil Guujaaw Taalgyaa Naanii Sgaana".split(),
              "Edenshaw Davidson Yeltatzie Wilson Collinson Bell Reid Yovanovich".split()),
    "unangax": ("Agafon Ulyana Innokenty Akulina Kesiya Ilarion Paraskovia Feodosia".split(),
                "Merculief Prokopeuff Golodoff Kudrin Shaishnikoff Lekanoff Zaharoff Bourdukofsky".split()),
    "ainu": ("Shiretoko Ekashi Kayano Ukaji Kaizawa Kawamura Sekkai Isamu".split(),
             "Kayano Kaizawa Ukaji Kawamura Chiri Hokuto Urespa Kaneda".split()),
    "yapese": ("Tamag Falan Gilmar Lukan Ruwepong Gilbuw Tinag Marthin".split(),
               "Ruepong Falanruw Tamagken Gurtmag Fanechigiy Dabchur Yinug Lebgiy".split()),
    "pohnpeian": ("Lihpai Serehna Kerpet Linter Ihrin Sohpia Marcelo Nahner".split(),
                  "Ehsa Hadley Ioanis Santos Etscheit Nanpei Weilbacher Moses".split()),
    "kosraean": ("Tulensru Kilafwasru Alokoa Srue Palikun Tolenna Sepe Lupalik".split(),
                 "Sigrah Palsis Abraham Skilling Tilfas Killin Nena Jonas".split()),
    "nauruan": ("Baron Sprent Ludwig Marcus Kieren Aingimea Roland Delvin".split(),
                "Waqa Dabwido Scotty Aingimea Adeang Kun Dowiyogo Stephen".split()),
    "tokelauan": ("Faipule Kelihiano Pio Siopili Aliki Foua Kuresa Salesio".split(),
                  "Kalolo Tuumuli Perez Lui Toloa Iosefa Nasau Tinielu".split()),
    "rotuman": ("Fesaitu Tarterani Vafo'ou Aisea Mausio Sakimi Tavo Marieta".split(),
                "Rigamoto Fatiaki Inia Managreve Vilsoni Penjueli Sakimi Faktaufon".split()),
    "torres_strait": ("Ephraim Getano Napau Waia Seriba Loban Elma Tanu".split(),
                      "Mosby Nona Bani Ahmat Lui Passi Pedro Stephen".split()),
    "warlpiri": ("Japaljarri Nampijinpa Jungarrayi Napurrurla Jakamarra Nangala Jupurrurla Napaljarri".split(),
                 "Granites Ross Hooker Spencer Martin Kelly Rice Watson".split()),
    "solomon": ("Manasseh Lilly Snyder Kaloni Rickson Jully Derek Hellen".split(),
                "Sogavare Houenipwela Tausinga Lilo Maelanga Kenilorea Ulufa'alu Mamaloni".split()),
    "marquesan": ("Teiki Hinatea Toti Vaiana Kahu Tehaumate Moana Paepae".split(),
                  "Kimitete Teikiehuupoko Barsinas Tuhiti Taiaapu Tamarii Teikitohe Pahuatini".split()),
    "sepedi": ("Mokgadi Lehlogonolo Mmatlou Tshepiso Kgaogelo Mahlatse Dikeledi Moloko".split(),
               "Mphahlele Ramaphosa Maponya Lebogo Mashabela Sekhukhune Malatji Ledwaba".split()),
    "siswati": ("Sibusiso Nomvula Lindiwe Sifiso Thandeka Mbongeni Zodwa Themba".split(),
                "Dlamini Simelane Shongwe Mamba Hlophe Maseko Nxumalo Fakudze".split()),
    "temne": ("Kadiatu Alimamy Mariama Santigie Isatu Foday Ya Bom Pa Kapr".split(),
              "Kamara Sesay Bangura Conteh Kanu Turay Koroma Fofanah".split()),
    "bassa_vai": ("Momo Gbessay Kpanneh Jallah Sando Mawata Zinnah Musu".split(),
                  "Dahn Gbarbea Sirleaf Kiazolu Passawe Massaquoi Fahnbulleh Dukuly".split()),
    "baoule": ("Kouassi Amenan Konan Adjoua Yao Akissi N'Guessan Affoué".split(),
               "Kouadio N'Dri Koffi Yao Kouamé Allou Bédié Kan".split()),
    "dogon": ("Ambaguènè Yanogué Amassagou Yagouno Ogobara Yapérou Anaï Ansama".split(),
              "Dolo Guindo Togo Saye Kassogué Ongoiba Tembely Karambé".split()),
    "nupe": ("Etsu Nnadzwa Ndagi Fatima Mamudu Gana Nnawoye Yisa".split(),
             "Gbadamasi Ndakotsu Ndayako Kolo Enagi Lafiagi Baba Sokwo".split()),
    "igala": ("Ojonugwa Ufedo Ojochenemi Ameh Enemona Ojonimi Agbo Ojoma".split(),
              "Attah Akpa Onoja Idoko Oboni Okpanachi Ocheja Atabo".split()),
    "shilluk": ("Ajang Nyikango Awin Nyadak Oyat Akec Obang Adiel".split(),
                "Ayik Ajang Obur Otto Nyaba Akol Arop Onyango".split()),
    "gurage": ("Tadesse Meserét Gebre Weyzero Kidist Asnake Fikirte Mulugeta".split(),
               "Gebremedhin Woldemariam Yimer Tessema Kebede Demissie Haile Wolde".split()),
    "comorian": ("Said Mariama Ahamada Zaitoun Mchangama Faouzia Houmadi Nourdine".split(),
                 "Abdallah Mohamed Soilihi Djohar Sambi Taki Msaidie Mbaé".split()),
    "mauritian": ("Jean-Claude Deeya Rajesh Marie-Josée Navin Anjalee Kervin Priscilla".split(),
                  "Ramgoolam Jugnauth Bérenger Duval Bhadain Curé Seegobin Labonne".split()),
    "lepcha": ("Pemzong Nanmit Karma Tshering Ongdi Rinchen Sonam Ugen".split(),
               "Lepcha Namchu Simick Adenla Tamsang Rongong Lucksom Sada".split()),
    "limbu": ("Ambar Kiran Nirmala Bishnu Sumitra Dil Chandra Manjit".split(),
              "Chemjong Subba Yonghang Tumbapo Lingden Angdembe Sereng Phago".split()),
    "tamang_gurung": ("Pasang Dawa Maiya Buddhi Sita Tek Lhamo Bir".split(),
                      "Ghising Moktan Lama Yonjan Ghale Tamu Kone Thokar".split()),
    "chakma": ("Debasish Chandrika Mongsin Ushatan Kalindi Nishan Roy Jyotirindra".split(),
               "Chakma Dewan Talukdar Khisa Larma Tongchangya Ripon Bodhipriya".split()),
    "lisu": ("Azhi Asha Ngwa Pahtu Ying Lisi Mahpa Ayi".split(),
             "Ngwa Bya Lisu Ziyi Moe Yaw Shaw Khaw".split()),
    "cham": ("Ahmad Fatima Ysa Mahmud Hasanah Sulaiman Maryam Ibrahim".split(),
             "Tho Dong Dang Lu Bo Dung Hon Nai".split()),
    "kapampangan": ("Diosdado Rafaelita Bienvenido Crisostomo Jovito Lourdes Teodula Arsenio".split(),
                    "Macapagal Lansangan Pangilinan Manalastas Dizon Sangalang Guanlao Yabut".split()),
    "tausug": ("Abdurajak Nur Hadja Jainal Sitti Hatib Kiram Alawiya".split(),
               "Tan Kiram Jikiri Hataman Sahiron Tulawie Abubakar Misuari".split()),
    "kadazan": ("Jeffrey Bernard Joanna Ewon Wilfred Ansibin Huguan Daniel".split(),
                "Kitingan Dompok Tangau Benedick Sinsua Lajim Malanjum Gusili".split()),
    "acehnese": ("Teuku Cut Nyak Muzakir Zakiah Irwandi Fakhrurrazi Meutia".split(),
                 "Umar Dien Hasan Yusuf Manaf Daud Abdullah Syah".split()),
    "toraja": ("Tandi Lai Batara Rante Sampe Ne' Layuk Kombong".split(),
               "Tangdilintin Pasolang Sarungallo Rombe Paembonan Tandirerung Bokko Palimbong".split()),
    "moksha": ("Vezhai Kastor Kirdyai Aksin Vedyava Nuyar Pokshai Taisiya".split(),
               "Kizhaikin Shiryaev Vezhaikin Kishkin Alyamkin Piksaykin Kryukov Rodaykin".split()),
    "khanty": ("Yeremei Praskovya Ivan Maremyana Kirill Tatyana Yeprem Matryona".split(),
               "Moldanov Sopochin Aivaseda Taishin Kurlomkin Lozyamov Rebas Kazamkin".split()),
    "nanai": ("Kile Gayer Onenko Beldy Aktanka Samar Donkan Khodzher".split(),
              "Beldy Onenko Samar Khodzher Gayer Kile Digor Passar".split()),
    "chukchi": ("Rytkheu Tynetegyn Kergytval Ettyne Vuktyl Nutenevy Rultyn Tenevil".split(),
                "Rytkheu Kelkut Tymnetuvge Omrypkir Gemauge Ettyne Tynel Ranau".split()),
    "voro_seto": ("Mihkli Anne Ivvo Jaan Hilja Kostja Ott Paabu".split(),
                  "Kõiv Pedäjäs Hõrn Sirk Pettai Kundla Palloson Hõbõmägi".split()),
    "latgalian": ("Jezups Ontons Staņislavs Anna Kazimirs Vikentijs Veronika Tekla".split(),
                  "Rancāns Kempe Trūps Seile Zeps Latkovskis Kemps Dzeņs".split()),
    "orkney": ("Magnus Ragna Thorfinn Erland Inga Sweyn Hakon Ingirid".split(),
               "Flett Rendall Linklater Isbister Sclater Rousay Spence Drever".split()),
    "mingrelian": ("Zviad Nugzar Lela Gocha Manana Tamaz Shorena Gizo".split(),
                   "Kvaratskhelia Shengelia Gamsakhurdia Chanturia Todua Kobalia Jikia Zhvania".split()),
    "laz": ("Temel Remziye Cemal Hamide İrfan Gülizar Yaşar Fadime".split(),
            "Bekiroğlu Tandilava Kojava Çiçek Kapanadze Özkan Mzevaşi Güney".split()),
    "zaza": ("Seyîd Zelal Hesen Xecê Mehmûd Gulê Rizgar Zilan".split(),
             "Dersimi Çelker Malmîsanij Keskin Varto Xarpêtî Tûnceli Piranî".split()),
    "dargin": ("Magomedrasul Patimat Rabadan Aishat Zakir Madina Sultanakhmed Khadizhat".split(),
               "Abdulatipov Rabadanov Kuramagomedov Gadzhiev Akhmedov Omarov Dzhamaldinov Khalilov".split()),
    "mixtec": ("Ñuu Ndaku Sandra Itandehui Nuyoo Yucu Ñañi Tiñuu".split(),
               "Cuevas Ramírez;López Bautista;Sarmiento;Nicolás;Hernández Mendoza;Feria".split(";")),
    "otomi": ("Bonifacio Hñähñu Teresa Xähä Ximhai Ñuhu Juventina Ndäpo".split(),
              "Mezquite;Santiago;Cruz Hernández;Bartolo;Chávez Godínez;Zúñiga".split(";")),
    "wixarika": ("Tatei Xuturi Yuawi Kuka Tukari Uxa Wierika Nariwame".split(),
                 "de la Cruz;Carrillo;Bautista;Carrillo de la Cruz;Muñoz;Robles".split(";")),
    "raramuri": ("Lorena Arnulfo Arturo Juanita Cirilo Mariana Evaristo Lorenza".split(),
                 "Ramírez;Quimare;Sinaloa;Cruz;Bustillos;Palma;Moreno;Batista".split(";")),
    "kaqchikel": ("Ixchel Kawoq Tz'i' B'alam Ixmukane Q'anil Kej Imox".split(),
                  "Sicán Xicará Cutzal Sotz Chacach Raxjal Otzoy Chumil".split()),
    "miskito": ("Brooklyn Lottie Steadman Norwin Elvira Brigida Hilario Centuriana".split(),
                "Rivera Fagoth Hodgson McLean Lackwood Rodríguez Kingsman Joseph".split()),
    "bribri": ("Sebastián Alí Gloria Iris Kàbata Sulà Dumas Pablo".split(),
               "Morales Layan;Torres;Figueroa;García Segura;Hernández;Mayorga".split(";")),
    "shuar": ("Tsamaraint Nankitiai Yankuam Tsenkush Ujukam Wampash Shakai Nunkui".split(),
              "Tiwiram Wachapa Chumpi Ankuash Tsakimp Jintiach Tankamash Nantip".split()),
    "shipibo": ("Ronin Sanken Inin Wesna Metsa Soi Bawan Panshin".split(),
                "Sinuiri Mahua Ahuanari Cairuna Pacaya Ochavano Nunta Vásquez".split()),
    "qom": ("Nayaxa Ñaaxat Lashi Qolaxa Taxayi Qomlashi Ñolqoi Lqataxac".split(),
            "Mendoza;Asijak;Bernardo;Salteño;López;Galarza;Ramírez;Fernández".split(";")),
    "choctaw_muscogee": ("Okchamali Chepota Wanikia Immala Hiyoyo Tasunka Ahyoka Nashoba".split(),
                         "Harjo Tiger Micco Hill Beaver Tubby Folsom Pitchlynn Yahola Fixico".split()),
    "hopi": ("Lomayestewa Kuwanyamtiwa Talasi Sihu Honani Lomasi Honovi Kwahu".split(),
             "Sekaquaptewa Masayesva Lomahaftewa Honyumptewa Poleahla Kooyahoema Namingha Nuvamsa".split()),
    "metis": ("Gabriel Josephte Ambroise Marguerite Isidore Angélique Cuthbert Pélagie".split(),
              "Dumont Riel Grant Laframboise Delorme Fleury Parenteau Letendre".split()),
    "surinamese": ("Ronnie Shanti Marciano Soeniatie Dési Wiedjaja Kenneth Rosalien".split(),
                   "Bouterse Santokhi Venetiaan Pengel Sardjoe Doekhie Kromosoeto Wijdenbosch".split()),
}  # fmt: skip
# invented names built another way than earlier sets: Old High German style compounds of made-up roots,
# given names in -hild/-mund/-gard and surnames in -hofer/-bichler/-meier ('Wendelgard Ostbichler')
INVENTED_GIVEN_ROOTS_HELDOUT15 = [
    "Wendel",
    "Ros",
    "Adal",
    "Hrod",
    "Ortwin",
    "Sieg",
    "Gis",
    "Wal",
    "Lant",
    "Irm",
]
INVENTED_GIVEN_ENDS_HELDOUT15 = ["hild", "mund", "gard", "trud", "bert", "lind", "wig", "run"]
INVENTED_SURNAME_ROOTS_HELDOUT15 = [
    "Ost",
    "Moos",
    "Kalt",
    "Feld",
    "Brunn",
    "Lerch",
    "Tann",
    "Grub",
    "Reis",
    "Stein",
]
INVENTED_SURNAME_ENDS_HELDOUT15 = [
    "hofer",
    "bichler",
    "meier",
    "leitner",
    "huber",
    "egger",
    "moser",
    "wieser",
]
# rare given names of the 1900s-1930s, as genealogy hobbyists and reunion lists meet them
RARE_GIVEN_HELDOUT15 = ["Ozro", "Vernie", "Alpheus", "Lorena", "Omer", "Ione", "Elmo", "Verba", "Lafe", "Zelma",
                        "Orval", "Alvina", "Ples", "Ottie", "Arzie", "Ressie", "Hollis", "Lurline", "Wash", "Icy"]  # fmt: skip
KIN_TITLES_HELDOUT15 = ["Aunty ", "Uncle ", "Grandma ", "Grandpa ", "Cousin ", "Nana "]
IBAN_SHAPES_HELDOUT15 = {
    "MU": "4a19n3a", "EG": "25n", "SC": "4a20n3a", "BE": "12n", "FR": "10n11c2n", "DE": "18n", "GB": "4a14n",
    "AT": "16n", "PL": "24n", "ES": "20n", "IT": "1a10n12c", "CH": "5n12c", "FI": "14n", "LU": "3n13c",
    "NL": "4a10n", "IE": "4a14n",
}  # fmt: skip
HOMOPHONES_HELDOUT15 = [("your ", "you're "), ("their ", "there "), ("to ", "too "), ("then ", "than "),
                        ("its ", "it's "), ("were ", "where "), ("know ", "no "), ("for ", "four ")]  # fmt: skip


def _egyptian_to_latin(text: str) -> str:
    """An ar_AA name spelt the Egyptian way: 'جمال' -> 'Gamal', 'الدواسر' -> 'el-Dawasar', 'عبد' -> 'Abdel'."""
    words = []
    for w in _semitic_to_latin(text, "ar_SA").split():
        w = w.replace("Abdul", "Abdel").replace("Al-", "el-")
        w = w.replace("th", "t").replace("Th", "T").replace("dh", "z").replace("Dh", "Z")
        w = re.sub(r"(?<![dD])j", "g", w).replace("J", "G")
        words.append(w)
    return " ".join(words)


class Gen15(Gen3):
    """Generators for held-out set 15: origins, name forms, formats and contexts none of the other sets use."""

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        for i, loc in enumerate(NAME_LOCALES_HELDOUT15):
            self.fakers[loc] = Faker(loc)
            self.fakers[loc].seed_instance(seed + 1500 + i)

    def faker_name(self) -> tuple[str, str]:
        """(given, family) from a held-out faker locale, in Latin letters."""
        loc = self.rng.choice(NAME_LOCALES_HELDOUT15)
        f = self.f(loc)
        if loc == "ar_AA":
            return _egyptian_to_latin(f.first_name()), _egyptian_to_latin(f.last_name())
        return f.first_name(), f.last_name()

    def invented_name(self) -> tuple[str, str]:
        """(given, surname) as Old High German style compounds: 'Wendelgard', 'Ostbichler'."""
        pick = self.rng.choice
        given = pick(INVENTED_GIVEN_ROOTS_HELDOUT15) + pick(INVENTED_GIVEN_ENDS_HELDOUT15)
        return given, pick(INVENTED_SURNAME_ROOTS_HELDOUT15) + pick(INVENTED_SURNAME_ENDS_HELDOUT15)

    def first_last(self) -> tuple[str, str]:
        """A given and a family name (faker, invented, rare early-1900s or one of NAMES_HELDOUT15)."""
        r = self.rng.random()
        if r < 0.2:
            first, last = self.faker_name()
            if first and last:
                return first, last
        if r < 0.3:
            return self.invented_name()
        firsts, lasts = NAMES_HELDOUT15[self.rng.choice(sorted(NAMES_HELDOUT15))]
        if r < 0.38:
            return self.rng.choice(RARE_GIVEN_HELDOUT15), self.rng.choice(lasts)
        return self.rng.choice(firsts), self.rng.choice(lasts)

    def person(self) -> str:
        rng = self.rng
        first, last = self.first_last()
        r = rng.random()
        if r < 0.38:
            name = f"{first} {last}"
        elif r < 0.58:
            name = first
        elif r < 0.66:
            name = last
        elif r < 0.72:  # a married name with the maiden name after 'née', as family trees write it
            maiden = rng.choice(NAMES_HELDOUT15[rng.choice(sorted(NAMES_HELDOUT15))][1])
            name = f"{first} {last} (née {maiden})"
        elif r < 0.78:  # a kinship title used as part of the name: 'Aunty Mokgadi'
            name = rng.choice(KIN_TITLES_HELDOUT15) + first
        elif r < 0.83:  # 'SURNAME, Given', as a genealogy index lists people
            name = f"{last.upper()}, {first}"
        else:
            name = f"{first} {last}"
        c = rng.random()
        if c < 0.06:
            return name.lower()
        if c < 0.09:
            return name.upper()
        return name

    def address(self) -> str:
        rng, n = self.rng, self.rng.randint(1, 180)
        pick = rng.choice
        shapes = [
            f"{n} {pick(['Victoria Street', 'Junction Road', 'Bridge Street'])}, Kirkwall, Orkney KW15 1{pick('ABDE')}{pick('HJNP')}",
            f"Biratori-cho {pick(['Nibutani', 'Hiratori', 'Furenai'])} {n}-{rng.randint(1, 20)}, Saru-gun, Hokkaido",
            f"{pick(['Colonia', 'Weloy', 'Rull'])} municipality, house {n}, Yap FM 96943",
            f"{pick(['Nett', 'Sokehs', 'Kolonia Town'])}, Pohnpei FM 96941, lot {n}",
            f"{pick(['Tofol', 'Lelu', 'Malem'])}, Kosrae FM 96944, behind the {pick(['church', 'bakery', 'gym'])}",
            f"{pick(['Yaren', 'Aiwo', 'Denigomodu', 'Boe'])} District, house {n}, Nauru",
            f"{pick(['Douglas St', 'Victoria Parade', 'Hargrave St'])} {n}, Thursday Island QLD 4875",
            f"Lot {n}, Yuendumu NT 0872",
            f"{pick(['Kukum Highway', 'Mendana Avenue', 'Lengakiki Ridge Road'])} {n}, Honiara",
            f"{pick(['Taiohae', 'Hatiheu', 'Taipivai'])}, Nuku Hiva, {n} chemin du {pick(['Tohua', 'Cimetière', 'Port'])}",
            f"{n} {pick(['Thabo Mbeki St', 'Grobler St', 'Hospital St'])}, Polokwane 0699",
            f"Plot {n}, {pick(['Sidwashini', 'Msunduza', 'Fonteyn'])}, Mbabane H100",
            f"{n} {pick(['Azzolini Highway', 'Rogbane Road', 'Teko Road'])}, Makeni",
            f"{pick(['Atlantic Street', 'Tubman Street'])} {n}, Buchanan, Grand Bassa County",
            f"Quartier {pick(['Koko', 'Air France 2', 'Dar-es-Salam'])}, lot {n}, Bouaké",
            f"{pick(['Sévaré road', 'Quartier Bandiagara-Ouest'])}, maison {n}, Bandiagara",
            f"No. {n} {pick(['Etsu Nupe Palace Road', 'Emir Road', 'Bida-Minna Road'])}, Bida, Niger State",
            f"{n} {pick(['IBB Way', 'Crowther Road', 'Old Market Road'])}, Lokoja, Kogi State",
            f"Jugol, {pick(['Assumberi', 'Argo Ber', 'Buda Ber'])} gate, house {n}, Harar",
            f"{pick(['Hamramba', 'Magoudjou', 'Iconi'])}, rue {n}, Moroni, Ngazidja",
            f"{n} {pick(['Royal Road', 'Avenue Sivananda', 'Rue Labourdonnais'])}, Curepipe",
            f"{pick(['Development Area', 'Tadong', 'Arithang'])}, {pick(['NH-10', 'Tibet Road'])}, house {n}, Gangtok 737101",
            f"Ward {rng.randint(1, 20)}, {pick(['Bhanu Chowk', 'Putali Line', 'Ghopa Camp'])}, Dharan-{n}, Sunsari",
            f"{pick(['Banarupa', 'Tabalchari', 'Reserve Bazar'])}, house {n}, Rangamati",
            f"{pick(['Jalan Tun Razak', 'Jalan Kolam', 'Jalan Penampang'])}, Lot {n}, Kota Kinabalu 88{rng.randint(100, 999)}",
            f"Jl. {pick(['Teuku Umar', 'Cut Nyak Dhien', 'Sultan Iskandar Muda'])} No. {n}, Banda Aceh",
            f"Jl. {pick(['Pongtiku', 'Ahmad Yani', 'Mappanyukki'])} No. {n}, Rantepao, Toraja Utara",
            f"{pick(['Lazatin Blvd', 'Sto. Rosario St', 'MacArthur Hwy'])} {n}, Angeles City, Pampanga",
            f"ul. {pick(['Moskovskaya', 'Sovetskaya', 'Karla Marksa'])}, d. {n}, Krasnoslobodsk",
            f"ul. {pick(['Mira', 'Chekhova', 'Dzerzhinskogo'])} {n}, kv. {rng.randint(1, 90)}, Khanty-Mansiysk, 6280{rng.randint(10, 99)}",
            f"ul. {pick(['Otke', 'Rultytegina', 'Bersenyeva'])} {n}, Anadyr, Chukotka",
            f"{pick(['Atbrīvošanas aleja', 'Latgales iela', 'Rēznas iela'])} {n}, Rēzekne, LV-4601",
            f"{pick(['Jüri', 'Tartu', 'Petseri'])} tn {n}, Võru 650{rng.randint(0, 99):02d}",
            f"{pick(['Rustaveli', 'Gamsakhurdia', 'Tsotne Dadiani'])} St. {n}, Zugdidi",
            f"{pick(['Cumhuriyet Cd.', 'Atatürk Cd.'])} No:{n}, Hopa, Artvin",
            f"{pick(['Moskovskaya', 'Gamidova', 'Lenina'])} ul., d. {n}, Izberbash, Dagestan",
            f"Calle {pick(['Independencia', 'Hidalgo', 'Cuauhtémoc'])} {n}, Tlaxiaco, Oax.",
            f"Av. {pick(['Felipe Ángeles', 'Juárez'])} {n}, Ixmiquilpan, Hgo.",
            f"Calle {pick(['Mercado', 'López Mateos'])} {n}, Creel, Bocoyna, Chih.",
            f"{n} calle {pick(['2', '4', '6'])}-{rng.randint(10, 60)} zona {rng.randint(1, 5)}, Chimaltenango",
            f"Barrio {pick(['Pancasán', 'Moravo', 'La Libertad'])}, casa {n}, Bilwi, Puerto Cabezas",
            f"Av. {pick(['Los Cedros', 'Quito', 'Sucre'])} {n}, Macas, Morona Santiago",
            f"Jr. {pick(['Tarapacá', 'Ucayali', 'Inmaculada'])} {n}, Pucallpa",
            f"{pick(['Av. Alberdi', 'Calle Brown', 'Av. 25 de Mayo'])} {n}, Resistencia, Chaco",
            f"{n} {pick(['N 3rd Ave', 'W Evergreen St'])}, Durant, OK 74701",
            f"{n} {pick(['E 6th St', 'N Morton Ave'])}, Okmulgee, OK 74447",
            f"{n} {pick(['Franklin Ave', '50th St', 'Old Airport Rd'])}, Yellowknife NT X1A {rng.randint(1, 9)}{pick('ABCJKP')}{rng.randint(1, 9)}",
            f"{pick(['Keizerstraat', 'Waterkant', 'Domineestraat'])} {n}, Paramaribo",
            f"Apt {rng.randint(1, 40)}{pick('ABCD')}, {n} {pick(['Maple Ridge Dr', 'Linden Ct', 'Harbor View Ln'])}",
        ]  # fmt: skip
        return pick(shapes)

    def email(self) -> str:
        rng = self.rng
        first, last = (_ascii_name(x) for x in self.first_last())
        user = rng.choice([f"{first}.{last}.{rng.choice(['genealogy', 'roots', 'tree'])}", f"{first}{rng.choice(['cosplays', 'dm', 'rides', 'hikes', 'reads'])}",
                           f"{last}{first[:1]}{rng.randint(1950, 1999)}", f"{first}+{rng.choice(['lease', 'shower', 'reunion', 'claims'])}",
                           f"mrs.{last}", f"{first[:1]}{last}{rng.randint(1, 9)}", f"{last}.family"])  # fmt: skip
        domain = rng.choice(["btinternet.com", "orkney.net", "yahoo.co.jp", "fsm.fm", "cenpac.net.nr", "solomon.com.sb",
                             "mail.pf", "telkomsa.net", "realnet.co.sz", "sierratel.sl", "aviso.ci", "ntel.com.ng",
                             "comorestelecom.km", "intnet.mu", "sikkim.gov.in", "wlink.com.np", "telkom.net",
                             "streamyx.com", "list.ru", "inbox.lv", "hot.ee", "prodigy.net.mx", "tigo.com.gt",
                             "sur.com.ni", "netlife.ec", "chickasaw.net", "northwestel.net", "sr.net",
                             "gmx.net", "aol.com", "fastmail.com", "zoho.com", "tutanota.com", "live.ca"])  # fmt: skip
        return f"{user}@{domain}"

    def phone(self) -> str:
        d, rng = self.d, self.rng
        shapes = [
            f"01856 {d(6)}",  # Kirkwall
            f"+44 (0)1856 {d(6)}",  # Orkney, the trunk zero kept in brackets
            f"01457-{d(2)}-{d(4)}",  # Biratori, Hokkaido
            f"+691 350 {d(4)}",  # Yap
            f"+691 320 {d(4)}",  # Pohnpei
            f"+691 370 {d(4)}",  # Kosrae
            f"+674 55{d(5)}",  # Nauru
            f"+690 2{d(3)}",  # Tokelau
            f"(07) 4069 {d(4)}",  # Thursday Island
            f"(08) 8956 {d(4)}",  # Yuendumu
            f"+677 7{d(6)}",  # Solomon Islands
            f"+689 87 {d(2)} {d(2)} {d(2)}",  # French Polynesia
            f"015 {d(3)} {d(4)}",  # Polokwane
            f"+268 76{d(2)} {d(4)}",  # Eswatini
            f"+232 (0)76 {d(6)}",  # Sierra Leone
            f"+231 (0)77 {d(3)} {d(4)}",  # Liberia
            f"+225 07 {d(2)} {d(2)} {d(2)} {d(2)}",  # Côte d'Ivoire, ten digits
            f"+223 21 42 {d(2)} {d(2)}",  # Mopti region
            f"0806 {d(3)} {d(4)}",  # Nigeria, eleven digits
            f"+211 9{d(2)} {d(3)} {d(3)}",  # South Sudan
            f"+251 (0)25 666 {d(4)}",  # Harar
            f"+269 33 {d(2)} {d(3)}",  # Comoros
            f"+230 5{d(3)} {d(4)}",  # Mauritius mobile, eight digits
            f"03592-{d(6)}",  # Gangtok
            f"+977 25-5{d(5)}",  # Dharan
            f"+880 351-6{d(4)}",  # Rangamati
            f"+60 88-{d(3)} {d(3)}",  # Kota Kinabalu
            f"+62 651 {d(7)}",  # Banda Aceh
            f"(045) 322 {d(4)}",  # Angeles City
            f"8 (83443) {d(1)}-{d(2)}-{d(2)}",  # Krasnoslobodsk, the domestic 8
            f"+7 (3467) {d(2)}-{d(2)}-{d(2)}",  # Khanty-Mansiysk
            f"+371 64 6{d(5)}",  # Rēzekne
            f"+372 78 {d(5)}",  # Võru
            f"+995 415 {d(2)} {d(2)} {d(2)}",  # Zugdidi
            f"0 (466) 351 {d(2)} {d(2)}",  # Hopa, the Turkish trunk zero apart
            f"+52 (953) 55 2 {d(4)}",  # Tlaxiaco
            f"+502 7839-{d(4)}",  # Chimaltenango
            f"+505 2792-{d(4)}",  # Bilwi
            f"(07) 270-{d(4)}",  # Macas
            f"(061) 57-{d(4)}",  # Pucallpa
            f"+54 9 362 4{d(2)}-{d(4)}",  # Resistencia mobile
            f"(580) 924-{d(4)}",  # Durant
            f"(867) 873-{d(4)}",  # Yellowknife
            f"+597 8{d(6)}",  # Suriname mobile
        ]
        return rng.choice(shapes)

    def card(self) -> str:
        rng = self.rng
        prefix, length = rng.choice([("4", 16), ("51", 16), ("55", 16), ("2221", 16), ("37", 15), ("36", 14),
                                     ("6011", 16), ("65", 16), ("3530", 16), ("5018", 16), ("4", 19)])  # fmt: skip
        num = _luhn_number(rng, prefix, length)
        r = rng.random()
        if length == 15:
            return f"{num[:4]} {num[4:10]} {num[10:]}" if r < 0.5 else num
        if length == 14:  # Diners 4-6-4
            return f"{num[:4]} {num[4:10]} {num[10:]}" if r < 0.6 else num
        if length == 19:
            return " ".join([num[i : i + 4] for i in range(0, 16, 4)] + [num[16:]]) if r < 0.5 else num
        groups = [num[i : i + 4] for i in range(0, length, 4)]
        if r < 0.35:
            return " ".join(groups)
        if r < 0.45:  # ' - ' between groups, as a landlord's typed receipt spaces it
            return " - ".join(groups)
        if r < 0.53:  # two halves of eight, as a card reader's paper slip prints them
            return f"{num[:8]} {num[8:]}"
        if r < 0.6:  # thin spaces, as a banking app copies the number
            return "\u2009".join(groups)
        return num

    def iban(self) -> str:
        rng = self.rng
        country = rng.choice(sorted(IBAN_SHAPES_HELDOUT15))
        iban = _iban(rng, country, IBAN_SHAPES_HELDOUT15[country])
        groups = [iban[i : i + 4] for i in range(0, len(iban), 4)]
        r = rng.random()
        if r < 0.4:
            return " ".join(groups)
        if r < 0.55:  # no-break spaces between groups, as a banking app's copy button gives them
            return "\u00a0".join(groups)
        return iban

    def ip_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, address): roommates, landlords, online courses, ride-hailing, neighbourhood
        watch, elderly parents, insurance and estate agents, Laravel, Django, Spring, Symfony, WordPress,
        Drupal, Magento, phpMyAdmin, cPanel, Plesk, FileZilla, WinSCP, Thunderbird; `chat` as in
        `_pick_chat_or_not`."""
        rng, f = self.rng, self.f()
        v4 = rng.choice([f.ipv4_public(), f.ipv4_public(), f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                         f"192.168.{rng.randint(0, 254)}.{rng.randint(2, 254)}"])  # fmt: skip
        h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
        v6 = rng.choice(
            [
                f"2a01:4f8:{h()}:{h()}::{h()}",
                f"2605:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}",
                f"240e:{h()}:{h()}:{h()}::{h()}",
                f"2800:{h()}:{h()}:{h()}::{h()}",
            ]
        )
        options = [
            ("my roommate's xbox is hogging the wifi, it's {} on the router page, can I kick it?", v4),
            ("the landlord's smart lock hub shows up as {}, is he watching when we come in?", v4),
            ("the exam proctoring site flagged me for logging in from {}, that was my phone hotspot", rng.choice([v4, v6])),
            ("uber says someone signed into my account from {} last night, what do I do", rng.choice([v4, v6])),
            ("our street's camera recorder is on {}, can the neighbourhood watch see it from home?", v4),
            ("dad's tablet keeps showing a popup from {}, is it a virus?", v4),
            ("mum's new phone says 'connected to {}', is that her wifi or the neighbour's?", rng.choice([v4, v6])),
            ("the insurance portal blocked me, it says too many tries from {}", v4),
            ("the estate agent's viewing tablet is at {}, the listing photos won't load", v4),
            ("the cosplay convention wifi gave me {}, can I stream from the booth?", v4),
            ("our D&D foundry server is {} port 30000, join tonight", v4),
            ("the book club zoom host's ip is {}, can I block him?", v6),
            ("DB_HOST={}", v4),
            ("ALLOWED_HOSTS = ['kaizen.example', '{}']", v4),
            ("spring.datasource.url=jdbc:mysql://{}:3306/rent", v4),
            ("    database_host: {}", v4),
            ("define( 'DB_HOST', '{}' );", v4),
            ("$databases['default']['default']['host'] = '{}';", v4),
            ("'db' => ['connection' => ['default' => ['host' => '{}', 'dbname' => 'magento']]],", v4),
            ("$cfg['Servers'][$i]['host'] = '{}';", v4),
            ("cPanel Remote MySQL: access host {} added", rng.choice([v4, v6])),
            ("Plesk: Administrator logged in from {}", rng.choice([v4, v6])),
            ("<Host>{}</Host>", v4),
            ("HostName={}", v4),
            ('user_pref("mail.server.server2.hostname", "{}");', v4),
            ("Laravel log: [2024-05-02 09:14:11] production.WARNING: Throttled login from {}", v4),
            ("Django: Invalid HTTP_HOST header: '{}'. You may need to add it to ALLOWED_HOSTS.", v4),
            ("wp-login.php blocked {} after 5 failed attempts (Wordfence)", rng.choice([v4, v6])),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def password(self) -> str:
        rng, w = self.rng, self.f().word
        return rng.choice(
            [
                f"{w().capitalize()}{rng.choice(['Anniversary', 'Wedding', 'Baby'])}{rng.randint(1990, 2024)}!",
                f"{rng.choice(['Gandalf', 'Strahd', 'Drizzt', 'Vex', 'Tiefling'])}_{rng.choice(['d20', 'nat20', 'crit'])}{rng.randint(0, 99)}",
                self.token(rng.randint(12, 20), string.ascii_letters + string.digits + "!@#*"),
                f"{w()}-{w()}-{w()}-{rng.randint(1, 9)}",
                f"{rng.choice(['Rover', 'Biscuit', 'Mittens'])}{rng.randint(1940, 1990)}",
            ]
        )  # fmt: skip

    def secret(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, secret); `chat` as in `ip_sample`."""
        tok, pw, rng, d = self.token, self.password(), self.rng, self.d
        alnum = string.ascii_letters + string.digits
        hexd = "0123456789abcdef"
        lower = "abcdefghijklmnopqrstuvwxyz0123456789"
        b64 = lambda n: base64.b64encode(bytes(rng.randrange(256) for _ in range(n))).decode()  # noqa: E731
        salt = lambda: tok(64, alnum + "!#%&()*+,-.:;<=>?@[]^_{|}~")  # noqa: E731
        uuid = "-".join(tok(k, hexd) for k in (8, 4, 4, 4, 12))
        nextcloud = "-".join(tok(5, string.ascii_letters + string.digits) for _ in range(5))
        options = [
            ("the wifi for the baby shower is Pinkballoons, password {}", pw),
            ("ancestry login for grandpa's tree is {}, don't delete the Kirkwall branch", pw),
            ("the reunion website admin password is {}, add the class of 94 photos", pw),
            ("split the netflix? the password is {} and it's 4 each", pw),
            ("the landlord gave us {} for the boiler app, is it ok to change it?", pw),
            ("my coursera password is {}, can you watch week 3 for me lol", pw),
            ("book club goodreads group password is {}", pw),
            ("the cosplay commission site login is {}, check if my wig shipped", pw),
            ("foundry vtt gm password is {} don't tell the players", pw),
            ("the hiking club's alltrails pro password is {}", pw),
            ("zwift account for the cycling group is {}", pw),
            ("dad wrote his phone pin on a sticky note: {}", d(6)),
            ("mum's tablet unlock code is {}, she keeps forgetting", d(4)),
            ("the insurance agent asked me to read out my portal password {}, is that normal?", pw),
            ("the estate agent's lockbox is {}, keys are inside", d(4)),
            ("the immigration lawyer's client portal gave me {} as a one-time password", tok(8, alnum)),
            ("the driver asked for the ride pin, it's {}", d(4)),
            ("neighbourhood watch camera admin password is {}", pw),
            ("pasfhocal: {}", pw),
            ("ger-tremen: {}", pw),
            ("wachtwurd: {}", pw),
            ("teny miafina: {}", pw),
            ("nuuts üg: {}", pw),
            ("qupiya söz: {}", pw),
            ("APP_KEY=base64:{}", b64(32)),
            ("DB_PASSWORD={}", pw),
            ("SECRET_KEY = '{}'", "django-insecure-" + tok(50, lower + "!@#$%^&*(-_=+)")),
            ("    'PASSWORD': '{}',", pw),
            ("secret_key_base: {}", tok(128, hexd)),
            ("spring.datasource.password={}", pw),
            ("spring.mail.password={}", pw),
            ("    secret: '{}'", tok(32, hexd)),
            ("APP_SECRET={}", tok(32, hexd)),
            ("define( 'AUTH_KEY', '{}' );", salt()),
            ("define( 'DB_PASSWORD', '{}' );", pw),
            ("$settings['hash_salt'] = '{}';", tok(55, alnum + "-_")),
            ("'crypt' => ['key' => '{}'],", tok(32, hexd)),
            ("$cfg['blowfish_secret'] = '{}';", tok(32, alnum)),
            ("Authorization: cpanel kaizen:{}", tok(32, string.ascii_uppercase + string.digits)),
            ("X-API-Key: {}", uuid),
            ('<Pass encoding="base64">{}</Pass>', b64(12)),
            ("Password={}", tok(rng.choice([34, 46, 58]), "0123456789ABCDEF")),
            ('"login": {"username": "tenant", "password": "{}", "totp": null}', pw),
            ('user_pref("mail.smtpserver.smtp1.password", "{}");', pw),
            ('keychain: "genp" acct<blob>="me" svce<blob>="Wi-Fi" password: "{}"', pw),
            ("MOLLIE_KEY={}", "live_" + tok(30, alnum)),
            ("PAYSTACK_SECRET_KEY={}", "sk_live_" + tok(40, hexd)),
            ("GOCARDLESS_ACCESS_TOKEN={}", "live_" + tok(40, alnum + "-_")),
            ("WISE_API_TOKEN={}", uuid),
            ("AIRTABLE_TOKEN={}", "pat" + tok(14, alnum) + "." + tok(64, hexd)),
            ("DOPPLER_TOKEN={}", "dp.st.prd." + tok(40, alnum)),
            ("matrix access_token: {}", "syt_" + tok(12, alnum) + "_" + tok(20, alnum) + "_" + tok(6, alnum)),
            ("nextcloud app password: {}", nextcloud),
            ("GHOST_ADMIN_API_KEY={}", tok(24, hexd) + ":" + tok(64, hexd)),
            ("Api-Key: {}", tok(64, hexd)),
            ("MAPBOX_SECRET_TOKEN={}", "sk.eyJ1Ijoi" + tok(40, alnum) + "." + tok(22, alnum + "-_")),
            ("BUNNY_ACCESS_KEY={}", "-".join(tok(k, hexd) for k in (8, 4, 4, 4, 20))),
            ("STEAM_WEB_API_KEY={}", tok(32, "0123456789ABCDEF")),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def handle(self) -> str:
        """A username in shapes earlier sets did not use ('x_dm', 'lvl20x', 'x.rides')."""
        rng = self.rng
        first, last = (_ascii_name(x) for x in self.first_last())
        return rng.choice(
            [
                f"{first}_dm",
                f"lvl{rng.randint(1, 20)}{first}",
                f"{first}.rides",
                f"{first}_cosplays",
                f"{last}{rng.choice(['roots', 'tree', 'kin'])}",
                f"captain{first}",
                f"{first}{last[:2]}_{rng.randint(80, 99)}",
                f"the{first}{last}",
            ]
        )  # fmt: skip

    def dob(self) -> str:
        rng = self.rng
        dt = self.f().date_of_birth(minimum_age=5, maximum_age=95)
        m = dt.month - 1
        ru = ("yanvarya fevralya marta aprelya maya iyunya iyulya avgusta sentyabrya oktyabrya noyabrya "
              "dekabrya").split()  # fmt: skip
        nn = "januar februar mars april mai juni juli august september oktober november desember".split()
        zu = ("uMasingana uNhlolanja uNdasa uMbasa uNhlaba uNhlangulana uNtulikazi uNcwaba uMandulo uMfumfu "
              "uLwezi uZibandlela").split()  # fmt: skip
        br = "Genver C'hwevrer Meurzh Ebrel Mae Mezheven Gouere Eost Gwengolo Here Du Kerzu".split()
        fy = "jannewaris febrewaris maart april maaie juny july augustus septimber oktober novimber desimber".split()
        mi = ("Kohitātea Huitanguru Poutūterangi Paengawhāwhā Haratua Pipiri Hōngongoi Here-turi-kōkā Mahuru "
              "Whiringa-ā-nuku Whiringa-ā-rangi Hakihea").split()  # fmt: skip
        sm = "Ianuari Fepuari Mati Aperila Me Iuni Iulai Aokuso Setema Oketopa Novema Tesema".split()
        haw = ("Ianuali Pepeluali Malaki ʻApelila Mei Iune Iulai ʻAukake Kepakemapa ʻOkakopa Nowemapa "
               "Kekemapa").split()  # fmt: skip
        return rng.choice(
            [
                f"{dt.day} {ru[m]} {dt.year} g.",
                f"{dt.day:02d}.{dt.month:02d}.{dt.year} г.",
                f"{dt.day}. {nn[m]} {dt.year}",
                f"{dt.day} {zu[m]} {dt.year}",
                f"{dt.day} a viz {br[m]} {dt.year}",
                f"{dt.day} {fy[m]} {dt.year}",
                f"te {dt.day} o {mi[m]} {dt.year}",
                f"{dt.day} {sm[m]} {dt.year}",
                f"{dt.day} o {haw[m]} {dt.year}",
                f"{dt.year}-{dt.strftime('%b')}-{dt.day:02d}",
                f"{dt.day}.{dt.month}.{dt.year % 100:02d}",
            ]
        )


HELDOUT15_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "it's {}'s 60th on Saturday, what do I write in the card?",
        "our 25th anniversary is in June, {} wants a surprise party, ideas?",
        "{} is hosting the baby shower, should I bring a nappy cake?",
        "the baby's middle name will be after {}, is that too old-fashioned?",
        "found {} in the 1911 census, born in Kirkwall!",
        "my great-grandmother was {}, how do I find her ship record?",
        "is {} on my dad's side or my mum's? the tree is a mess",
        "class of 94 reunion: has anyone heard from {}?",
        "{} was our head girl, she's organising the reunion dinner",
        "{} owes me 23 for the electric, how do I ask without being weird",
        "roommate {} keeps leaving the heating on, help me write a chore chart",
        "the landlord sent {} to fix the boiler, he's two hours late",
        "{} from the letting agency says the deposit comes back in 10 days",
        "my tutor on the course is {}, she marks really harshly",
        "can you summarise the lecture {} gave on week 4",
        "{} picked the book club book again, it's 600 pages",
        "{} is doing Zelda at the con, I'm doing Link",
        "{} made my armour out of EVA foam, I owe her big",
        "our DM {} killed my paladin in session two",
        "{} rolled a nat 20 and seduced the dragon lol",
        "{} leads the Sunday hike, meet at the car park",
        "{} fell behind on the ridge, wait for her at the cairn",
        "{} set a new PR on the club ride, 42 km/h average",
        "{} is ride captain for the slow group",
        "{} from the neighbourhood watch saw someone trying car doors",
        "dad keeps calling {} instead of me, how do I fix his favourites",
        "mum thinks {} from church is the one texting her at night",
        "the insurance agent {} wants photos of the leak",
        "our estate agent {} says the buyers dropped out",
        "the immigration lawyer {} needs my payslips by Friday",
        "my uber driver {} left my bag in his car, how do I reach him?",
        "the driver was {} in a grey Prius, rate him 5 stars",
        "tell {} happy birthday from us all",
        "{}'s spare key is under the blue pot",
        "# author: {}",
        "'ADMIN_NAME' => '{}',",
        "ADMINS = [('{}', 'admin@kaizen.chat')]",
        "spring.mail.properties.from={}",
        "Plesk: customer '{}' created subscription kaizen.chat",
        "<Name>{}'s NAS</Name>",
        "Outlook.pst: From: {}  Subject: Re: lease renewal",
        "Family tree export: {} — b. Kirkwall, d. Winnipeg",
        "Reunion RSVP: {} + 1, vegetarian",
    ],
    "STREET_ADDRESS": [
        "the baby shower is at {}, park on the street",
        "send the anniversary card to {}",
        "grandad was born at {}, can I find old photos of it?",
        "the reunion dinner is at {}, 7pm",
        "our new flat is {}, split the movers 3 ways?",
        "the leak is at {}, the landlord keeps ignoring it",
        "book club is at {} this month, bring wine",
        "the con hotel is {}, room block closes Friday",
        "session zero is at {}, I'll bring dice",
        "the ride starts from {} at 8 sharp",
        "someone's trying car doors on {}, call the watch",
        "mum moved to {}, update her address on the bank",
        "the house for sale is {}, the agent says offers over",
        "drop me at {} please",
        "Property address: {}",
        "'address' => '{}',",
        "Insured property: {}",
    ],
    "EMAIL_ADDRESS": [
        "rsvp for the shower to {}",
        "the reunion committee's email is {}",
        "my landlord only answers {}",
        "the course tutor's address is {}",
        "send your book club picks to {}",
        "the DM's email is {}, send him your backstory",
        "the cycling club secretary is {}",
        "mum's new email is {}, she wrote it on a post-it",
        "our estate agent is {}",
        "MAIL_FROM_ADDRESS={}",
        "DEFAULT_FROM_EMAIL = '{}'",
        "spring.mail.username={}",
        'user_pref("mail.identity.id1.useremail", "{}");',
        '"email": "{}",',
    ],
    "PHONE_NUMBER": [
        "the party planner's number is {}",
        "the reunion organiser's phone is {}",
        "the plumber the landlord sent is on {}",
        "my roommate's new number is {}, update the group",
        "ride leader's number for emergencies: {}",
        "neighbourhood watch hotline is {}",
        "dad's new phone number is {}, he can't find it himself",
        "the insurance agent's direct line is {}",
        "the immigration lawyer's office is {}",
        "my driver's number was {}, I left my scarf",
        "Tel.: {}",
        "'phone' => '{}',",
        "TWILIO_FROM={}",
    ],
    "CREDIT_CARD": [
        "put the anniversary dinner on {}",
        "the baby shower cake went on {}, split it?",
        "the landlord charged the repair to {}",
        "I paid the course fee with {} and they charged twice",
        "the con badge was bought on {}",
        "mum gave her card {} to a man on the phone",
        "the ride-share charged {} for a trip I didn't take",
        "Card number: {}",
        "'cc_number' => '{}',",
        '"number": "{}",',
    ],
    "IBAN_CODE": [
        "send your share of the shower gift to {}",
        "rent goes to {} on the 1st",
        "reunion ticket money to {} please",
        "pay the hiking club fee to {}",
        "the insurance refund will go to {}",
        "the lawyer's retainer goes to {}",
        "IBAN (tenant deposit): {}",
        "'iban' => '{}',",
        "spring.payout.iban={}",
    ],
    "USERNAME": [
        "my roll20 name is {}, invite me",
        "add me on D&D Beyond, I'm {}",
        "my cosplay insta is {}",
        "my strava is {} if you want to follow the club ride",
        "find me on komoot as {}",
        "my wikitree profile is {}",
        "my coursera username is {}",
        "my storygraph is {}",
        "<User>{}</User>",
        "UserName={}",
        "$cfg['Servers'][$i]['user'] = '{}';",
        'user_pref("mail.server.server1.userName", "{}");',
        '"username": "{}",',
        "cPanel account: {}",
    ],
    "DATE_OF_BIRTH": [
        "mum was born {}, how old is she turning?",
        "grandad's birth certificate says {}",
        "plan a party for someone born {}",
        "the reunion form wants my date of birth: {}",
        "the insurance agent needs my date of birth, {}",
        "the lawyer wrote my date of birth as {} on the form, is that right?",
        "rodilsya {}",
        "fødd {}",
        "wazalwa ngo {}",
        "ganet d'an {}",
        "berne op {}",
        "i whānau mai i {}",
        "fanau i le aso {}",
        "hānau ʻia ma ka lā {}",
        "Date of birth (policyholder): {}",
        "'dob' => '{}',",
    ],
}
HELDOUT15_MIXED = [
    ("{} and {} are hosting the shower, rsvp {}", ["PERSON", "PERSON", "EMAIL_ADDRESS"]),
    ("rent split: {} pays to {}, card backup {}", ["PERSON", "IBAN_CODE", "CREDIT_CARD"]),
    ("genealogy note: {}, born {}, lived at {}", ["PERSON", "DATE_OF_BIRTH", "STREET_ADDRESS"]),
    ("my driver {} called from {}", ["PERSON", "PHONE_NUMBER"]),
    ("DB_HOST={}\nDB_PASSWORD={}", ["IP_ADDRESS", "SECRET"]),
    ("<Host>{}</Host>\n<User>{}</User>", ["IP_ADDRESS", "USERNAME"]),
    ("reunion: {} now lives at {}, phone {}", ["PERSON", "STREET_ADDRESS", "PHONE_NUMBER"]),
    ("my roll20 is {} and my birthday is {}", ["USERNAME", "DATE_OF_BIRTH"]),
    ("'email' => '{}', 'phone' => '{}'", ["EMAIL_ADDRESS", "PHONE_NUMBER"]),
    ("insurance claim: policyholder {}, refund to {}", ["PERSON", "IBAN_CODE"]),
    ("Plesk: {} logged in from {}", ["USERNAME", "IP_ADDRESS"]),
    ("neighbourhood watch: {} at {} saw a van", ["PERSON", "STREET_ADDRESS"]),
    ("mum's card {} and her email {} were in the scam text", ["CREDIT_CARD", "EMAIL_ADDRESS"]),
    ("book club host {} says the code for the door is {}", ["PERSON", "SECRET"]),
]  # fmt: skip
HELDOUT15_NEGATIVES = [
    "Kirkwall has the Ba' game on New Year's Day",
    "Orkney or Shetland for a week in May?",
    "Nibutani has an Ainu museum",
    "Yap stone money is huge",
    "Nan Madol ruins on Pohnpei",
    "Thursday Island ferry from Seisia",
    "Honiara market sells betel nut",
    "Polokwane is hot in January",
    "Mbabane to Manzini by kombi",
    "Bouaké has a big market",
    "Bandiagara escarpment hike",
    "Harar hyena feeding at night",
    "Curepipe is rainy all year",
    "Gangtok momos are the best",
    "Rangamati lake by boat",
    "Banda Aceh tsunami museum",
    "Rantepao funerals are huge events",
    "Khanty-Mansiysk biathlon stadium",
    "Võru smoke sauna is on the UNESCO list",
    "Tlaxiaco market on Saturdays",
    "Pucallpa to Iquitos by boat",
    "Yellowknife aurora tours",
    "Paramaribo wooden cathedral",
    "happy birthday!! 🎂",
    "what do you buy for a 40th anniversary, ruby?",
    "baby shower games that aren't cringe",
    "gender reveal or not?",
    "the 1921 census is on Findmypast",
    "FamilySearch is free, Ancestry is not",
    "GEDCOM 5.5.1 or 7.0?",
    "class of 94, 30 years already",
    "who's bringing the yearbook",
    "split the bills evenly or by room size?",
    "the boiler's pressure is at 0.5 bar",
    "section 21 notice, what does that mean?",
    "EPC rating C on the listing",
    "module 3 quiz due Sunday 23:59",
    "the Coursera certificate is worth it?",
    "book club picked Middlemarch",
    "Pride and Prejudice vs Emma",
    "worbla or EVA foam for the pauldrons?",
    "Link, Zelda or Ganondorf for the group cosplay",
    "roll for initiative",
    "the paladin has 3 HP left",
    "Dungeon Master's Guide, page 42",
    "Ben Nevis via the Mountain Track",
    "Scafell Pike in the rain, never again",
    "Brompton or a road bike for commuting",
    "Shimano 105 vs Tiagra",
    "Tour de France stage 9",
    "neighbourhood watch meeting Tuesday at the library",
    "dad's phone is on 4% again",
    "mum keeps turning on airplane mode",
    "no-claims bonus 5 years",
    "stamp duty on a first home",
    "Skilled Worker visa, Appendix FM",
    "ILR after 5 years",
    "Uber Comfort or UberX?",
    "4.9 stars, 2,300 trips",
    "APP_ENV=local",
    "APP_DEBUG=true",
    "DEBUG = False",
    "python manage.py migrate",
    "rails credentials:edit",
    "server.port=8080",
    "php bin/console cache:clear",
    "define( 'WP_DEBUG', false );",
    "$settings['file_public_path'] = 'sites/default/files';",
    "bin/magento setup:upgrade",
    "$cfg['Servers'][$i]['auth_type'] = 'cookie';",
    "cPanel: disk usage 72%",
    "<Port>21</Port>",
    "[Configuration\\Interface]",
    'user_pref("mail.shell.checkDefaultClient", false);',
    "DB_HOST=127.0.0.1",
    "DB_PASSWORD=secret is the Laravel default",
    "SECRET_KEY = 'change-me' in settings.example.py",
    "card 4242 4242 4242 4242 is Stripe's test card",
    "IBAN GB33 BUKB 2020 1555 5555 55 is the example in the docs",
    "email someone@example.org in the template",
    "phone 01632 960123 is an Ofcom drama number",
    "2001:db8::1 is for documentation",
    "ok see you then",
    "lol my cat knocked the dice tower over",
]  # fmt: skip


def _typo15(rng: random.Random, template: str) -> str:
    """Chat carelessness outside the {} slots, other than earlier sets': a homophone swapped ('your' ->
    "you're", 'their' -> 'there'), a punctuation mark doubled ('?' -> '??', ',' -> ',,'), or two spaces
    between words."""
    r = rng.random()
    swaps = [(a, b) for a, b in HOMOPHONES_HELDOUT15 if re.search(rf"(?<![\w{{]){a}", template)]
    if r < 0.4 and swaps:
        a, b = rng.choice(swaps)
        m = rng.choice(list(re.finditer(rf"(?<![\w{{]){a}", template)))
        return template[: m.start()] + b + template[m.end() :]
    marks = [m.start() for m in re.finditer(r"[?!,](?=\s|$)", template)]
    if r < 0.7 and marks:
        i = rng.choice(marks)
        return template[: i + 1] + template[i] + template[i + 1 :]
    gaps = [m.start() for m in re.finditer(r"(?<=[a-z]) (?=[a-z])", template)]
    if gaps:
        i = rng.choice(gaps)
        return template[:i] + " " + template[i:]
    return template


def build_heldout15(seed: int = HELDOUT15_SEED) -> list[Example]:
    """Held-out set 15: `Gen15` values in `HELDOUT15_TEMPLATES`, mixed sentences and look-alike negatives."""
    gen = Gen15(seed)
    rng = gen.rng
    makers = {
        "PERSON": gen.person, "STREET_ADDRESS": gen.address, "EMAIL_ADDRESS": gen.email, "PHONE_NUMBER": gen.phone,
        "CREDIT_CARD": gen.card, "IBAN_CODE": gen.iban, "IP_ADDRESS": lambda: gen.ip_sample()[1],
        "USERNAME": gen.handle, "DATE_OF_BIRTH": gen.dob, "SECRET": gen.password,
    }  # fmt: skip
    counts = {"PERSON": 80, "SECRET": 70, "USERNAME": 24}
    styles: list[tuple[str, list[tuple[str, str]]]] = []  # (template, [(type, value)])
    for etype in TYPES:
        for _ in range(counts.get(etype, 14)):
            chat = rng.random() < 0.7  # Kaizen is a chat bot: most sentences are typed to it or a friend
            if etype in ("SECRET", "IP_ADDRESS"):  # the template depends on the value's shape
                template, value = gen.secret(chat) if etype == "SECRET" else gen.ip_sample(chat)
                styles.append((template, [(etype, value)]))
            else:
                template = _pick_chat_or_not(rng, HELDOUT15_TEMPLATES[etype], chat)
                styles.append((template, [(etype, makers[etype]()) for _ in range(template.count("{}"))]))
    for _ in range(24):
        template, types = rng.choice(HELDOUT15_MIXED)
        styles.append((template, [(t, makers[t]()) for t in types]))
    styles += [(t, []) for t in HELDOUT15_NEGATIVES]
    examples = []
    for template, values in styles:
        style = "plain"
        if rng.random() < 0.15:
            template, style = _typo15(rng, template), "typo"
        parts = template.split("{}")
        text, spans = parts[0], []
        for (etype, value), rest in zip(values, parts[1:], strict=True):
            spans.append((len(text), len(text) + len(value), etype))
            text += value + rest
        r = rng.random()  # lower case or ALL CAPS, as people and some exports write
        for new, name, p in ((text.lower(), "lower", 0.09), (text.upper(), "upper", 0.12)):
            if r < p and len(new) == len(text):
                text, style = new, name
                break
        examples.append(Example(text, spans, style))
    rng.shuffle(examples)
    return examples


HELDOUT16_SEED = 161803
# no faker name locale: every faker name locale outside the lexicon has been used by an earlier set, so
# all names below come from hand-written lists of origins no earlier set drew from (empty on purpose; the
# lexicon test still checks it)
NAME_LOCALES_HELDOUT16: list[str] = []
NAMES_HELDOUT16: dict[str, tuple[list[str], list[str]]] = {
    "wallisian_futunan": ("Soane Petelo Malia Losa Kalisito Sosefo Atonio Falakika".split(),
                          "Tauvale Lauhea Takatai Folaumahina Muliakaaka Tialetagi Tuugahala Vaitanoa".split()),
    "livonian": ("Pētõr Jānõ Marī Kārli Viktõr Ilzõ Grizelda Valt".split(),
                 "Stalte Damberg Ernštreit Lepste Šulce Sīmanis Berthold Kristiņš".split()),
    "samogitian": ("Kazys Stasė Jurgis Bronė Vincas Ona Zenonas Domicelė".split(),
                   "Ruginis Bytautas Girdenis Valančius Rimkus Šliogeris Pakarklis Vaišvila".split()),
    "rusyn_lemko": ("Vasyl Paraska Mykola Hafiya Petro Oleksa Yustyna Teodor".split(),
                    "Duchnovyč Chomyn Horoščak Kychun Baloha Paňko Trochanovskij Kopčak".split()),
    "walloon": ("Lambert Mélanie Godefroid Ghislaine Joseph Marcelle Hubert Renée".split(),
                "Wathelet Hougardy Collignon Dethier Pirotte Gilson Jamar Defossez".split()),
    "low_german": ("Hinnerk Fiete Tjark Gesche Swantje Hauke Imke Meinert".split(),
                   "Ehlers Hinrichs Poppinga Ubben Eilts Harms Tjarks Onnen".split()),
    "svan": ("Besarion Kakha Nino Ketevan Iliko Mzia Gela Tamar".split(),
             "Khergiani Gabliani Nakani Ratiani Kaldani Chkhvimiani Margiani Pirveli".split()),
    "pamiri": ("Davlatnazar Gulnora Shirinbek Mamadsho Nazarsho Bibigul Zarina Alisher".split(),
               "Mamadshoev Davlatnazarov Khudonazarov Shohumorov Niyozmamadov Alimamadov Qurbonshoev Mirzoshoev".split()),
    "karachay_balkar": ("Kaisyn Tanzilya Kazim Azret Zulfiya Issa Fatimat Ismail".split(),
                        "Kuliev Mechiev Batchaev Laipanov Bairamukov Otarov Uzdenov Gochiyaev".split()),
    "kumyk": ("Arslanbek Zainab Bammat Mayrusa Irchi Aigun Abusupyan Nabiyat".split(),
              "Bammatov Alibekov Kaziev Arslanbekov Kazanalipov Dzhanbekov Atabaev Temirbulatov".split()),
    "altai_khakas": ("Aruna Temir Kezer Ayana Sayan Chechek Aidar Oyun".split(),
                     "Tadyev Chagandaev Kokpoev Kyzlasov Tudegeshev Borbuev Chistobaev Kanzychakov".split()),
    "nivkh": ("Chuner Galina Vladimir Lidiya Anna Vasily Kirill Zoya".split(),
              "Sangi Taksami Kekhtun Mazhan Pukhta Nyrkova Ozeniuk Khylk".split()),
    "kiowa_comanche": ("Lanny Juanita Dewey Blossom Cornelius Lucinda Vanessa Ramsey".split(),
                       "Tsatoke Ahtone Tartsah Mopope Poolaw Hokeah Tahsequah Wahnee Tabbytite Pahdopony".split()),
    "blackfoot": ("Narcisse Reg Brenda Leroy Francine Elliot Marvin Delphine".split(),
                  "Crowshoe;Many Guns;Running Rabbit;Weasel Head;Bear Chief;Heavy Shield;Calf Robe;Eagle Plume".split(";")),
    "gwichin": ("Dolphus Alestine Ethel Noel Georgina Abraham Rosalie Lawrence".split(),
                "Kyikavichik Tizya Netro Firth Frost Vittrekwa Tetlichi Peter".split()),
    "zuni": ("Wilfred Lorenzo Arlene Virgil Darlynn Cordelia Jerome Bernadine".split(),
             "Cheama Quam Laate Wyaco Lahaleon Laiwakete Eriacho Nastacio".split()),
    "yaqui": ("Anselmo Juana Tomasa Ramón Guadalupe Fausto Loreto Refugio".split(),
              "Buitimea Yocupicio Matus Anguamea Moroyoqui Cupis Jaimez Valenzuela".split()),
    "embera_wounaan": ("Baudilio Cristina Ernestina Celedonio Aureliano Dogirama Leonidas Sixta".split(),
                       "Caisamo Ismare Membache Opua Chamarra Barigüi Cheucarama Peña".split()),
    "qeqchi": ("Domingo Rosalina Matilde Baltazar Eulalia Crisanto Audelina Sebastiana".split(),
               "Caal Choc Tzib Coc Xol Botzoc Cucul Ical Maquin Chub".split()),
    "awajun_ashaninka": ("Ergilio Ruth Santiago Zebelio Delia Teodoro Olinda Elvis".split(),
                         "Wajajai Tuyas Dekentai Yagkug Jempekit Chiricente Mishari Quinchori".split()),
    "brazil_indigenous": ("Raoni Tuíre Sônia Ailton Txai Kaê Uiara Davi".split(),
                          "Metuktire Guajajara Krenak Baniwa Kopenawa Suruí Terena Tukano".split()),
    "tonga_zambia": ("Bweupe Chilala Mutinta Nchimunya Choolwe Mainza Luyando Twaambo".split(),
                     "Mweetwa Hichilema Munkombwe Siamutwa Hamukale Choongo Mudenda Syakalima".split()),
    "damara_nama": ("Hendrik Petrus Theo-Ben Dawid Sanna Martha Gertruda Eliphas".split(),
                    "Gurirab !Naruseb Goagoseb Hoebeb Ganeb Witbooi Gowaseb Nanubes".split()),
    "gusii": ("Kemunto Moraa Kerubo Nyaboke Ondieki Makori Momanyi Kwamboka".split(),
              "Nyamweya Onyancha Mogaka Ombati Nyakundi Bosire Obare Mokaya".split()),
    "turkana": ("Ekal Akiru Lokol Nakiru Ekai Atabo Lomuria Akai".split(),
                "Lokeris Ekiru Lotiang Nakaru Ewoton Lomorukai Eregae Ekalale".split()),
    "kabye": ("Essowè Pyabalo Tchilabalo Essohana Kézié Akila Mazamesso Abalo".split(),
              "Gnassingbé Pitassa Agba Kpatcha Tchalla Bodjona Kpékpassi Essozimna".split()),
    "bariba": ("Sabi Gounou Orou Guéra Yarou Bio Chabi Worou".split(),
               "Boco;Tchané;Sé Guéra;Kora;Yerima;Chabi;Gani;Sanni Yarou".split(";")),
    "senufo_bete": ("Nanga Zié Navigué Tiénin Ténéna Gnahoua Zouzoua Dibi".split(),
                    "Soro Silué Yéo Tuo Zadi Gnahoré Digbeu Zokou".split()),
    "makua_makonde": ("Amisse Ancha Momade Ossufo Atija Assane Rehema Aissa".split(),
                      "Chipande Namashulua Mpalume Nangunde Muhate Amisse Nampila Mussa".split()),
    "kodava": ("Ponnamma Bollamma Kaveri Muthappa Chinnappa Dechamma Nanjappa Subbayya".split(),
               "Kodandera Puchimanda Kaliyanda Mandepanda Machamada Biddanda Chendrimada Ajjikuttira".split()),
    "bodo": ("Upendra Jwngsar Sansuma Rwngwra Mwdai Gwmsri Hagrama Dwimu".split(),
             "Basumatary Narzary Mushahary Daimary Swargiary Hajowary Brahma Boro".split()),
    "arunachali": ("Yarang Kago Nabam Yari Onyok Oshong Tadar Yame".split(),
                   "Tage Hage Nending Tabyo Tatung Pertin Ering Perme".split()),
    "magar_tharu": ("Kamala Bhim Sunita Dil Kumari Lal Sabitri Resham".split(),
                    "Pun Ale Budha Roka Gharti Chaudhary Dangaura Kathariya".split()),
    "ede_jarai": ("H'Hen;H'Linh;H'Nhi;Y Bih;Y Moan;Y Ngông;H'Mai;Y Thi".split(";"),
                  "Niê Mlô Êban Ksor Rmah Siu Kpă Ênuôl".split()),
    "ifugao": ("Bugan Kinggingan Dulnuan Ngilin Tayaban Hinyuman Dumanghi Pumihic".split(),
               "Bimuyag Ngayaan Bahatan Dinamling Hangdaan Gano Nabanalan Dunuan".split()),
    "maranao": ("Sittie Norhata Macapanton Amenodin Jamilah Cosain Saripada Norjannah".split(),
                "Macarambon Lucman Disomimba Pangarungan Dimaporo Adiong Mangotara Alonto".split()),
    "minahasan": ("Wolter Jeane Meiske Olly Fransiska Johny Vicky Hein".split(),
                  "Sumampouw Lumenta Mandagi Pangemanan Rumondor Tumbelaka Wenas Walangitan".split()),
    "moluccan": ("Yopie Glenn Ongky Lilian Marcus Nancy Franky Evi".split(),
                 "Latuhamallo Pattinasarany Tuasikal Pelupessy Matulessy Sahetapy Latumahina Siahaya".split()),
    "highland_papuan": ("Benny Yohana Lukas Natalis Yemima Herlina Demianus Markus".split(),
                        "Wenda Kogoya Tabuni Wonda Murib Lokbere Wakerkwa Telenggen".split()),
}  # fmt: skip
# invented given names the 'Nevaeh' way (an everyday word spelt backwards), a way no earlier set used
REVERSED_WORDS_HELDOUT16 = ["heaven", "nomad", "amber", "lemon", "daisy", "rain", "sunny", "maple", "ocean",
                            "harmony", "willow", "luna", "river", "jade", "coral", "noel"]  # fmt: skip
INVENTED_SURNAME_ROOTS_HELDOUT16 = [
    "Brad",
    "Kolv",
    "Miran",
    "Tesk",
    "Vorn",
    "Zabr",
    "Hult",
    "Prel",
    "Dask",
    "Ruv",
]
INVENTED_SURNAME_ENDS_HELDOUT16 = ["czyk", "escu", "yan", "ainen", "opoulos", "ek"]
# rare American given names of the 2010s, creative spellings a lexicon of older names will not hold
RARE_GIVEN_HELDOUT16 = ["Zyaire", "Aubrielle", "Rylen", "Kyzer", "Zennon", "Oaklynn", "Brexley", "Jaxtyn",
                        "Wrenley", "Ozias", "Kashton", "Navy", "Lakelyn", "Ryker", "Journee", "Khaleesi"]  # fmt: skip
POST_NOMINALS_HELDOUT16 = [", RN", " DDS", ", OD", " MRCVS", ", CPA", " PhD", ", LPN", " BVSc"]
IBAN_SHAPES_HELDOUT16 = {
    "BR": "23n1a1c", "PK": "4a16n", "TL": "19n", "UA": "25n", "GE": "2a16n", "KZ": "3n13n", "MD": "2a18n",
    "XK": "16n", "ME": "18n", "CR": "18n", "DO": "4a20n", "SV": "4a20n", "LB": "4n20c", "QA": "4a21c",
    "DE": "18n", "NL": "4a10n",
}  # fmt: skip
PETS_HELDOUT16 = ["biscuit", "mochi", "pepper", "luna", "ziggy", "waffles", "bean", "nala"]


class Gen16(Gen3):
    """Generators for held-out set 16: origins, name forms, formats and contexts none of the other sets use."""

    def first_last(self) -> tuple[str, str]:
        """A given and a family name: one of NAMES_HELDOUT16, invented ('Nevaeh Miranescu') or rare 2010s."""
        rng = self.rng
        r = rng.random()
        firsts, lasts = NAMES_HELDOUT16[rng.choice(sorted(NAMES_HELDOUT16))]
        if r < 0.1:
            given = rng.choice(REVERSED_WORDS_HELDOUT16)[::-1].capitalize()
            return given, rng.choice(INVENTED_SURNAME_ROOTS_HELDOUT16) + rng.choice(
                INVENTED_SURNAME_ENDS_HELDOUT16
            )
        if r < 0.18:
            return rng.choice(RARE_GIVEN_HELDOUT16), rng.choice(lasts)
        return rng.choice(firsts), rng.choice(lasts)

    def person(self) -> str:
        rng = self.rng
        first, last = self.first_last()
        r = rng.random()
        if r < 0.4:
            name = f"{first} {last}"
        elif r < 0.58:
            name = first
        elif r < 0.66:
            name = last
        elif r < 0.75:  # a post-nominal after the name, as clinics, vets and accountants sign: 'X Y, RN'
            name = f"{first} {last}{rng.choice(POST_NOMINALS_HELDOUT16)}"
        elif r < 0.81:  # dotted initials run into the surname: 'G.K.Tahsequah'
            name = f"{first[0]}.{rng.choice(string.ascii_uppercase)}.{last}"
        elif r < 0.86:  # 'Family;Given' as a vCard N: field or a contacts export stores it
            name = f"{last};{first}"
        else:
            name = f"{first} {last}"
        c = rng.random()
        if c < 0.06:
            return name.lower()
        if c < 0.09:
            return name.upper()
        return name

    def address(self) -> str:
        rng, n = self.rng, self.rng.randint(1, 220)
        pick = rng.choice
        shapes = [
            f"{pick(['Mata-Utu', 'Liku', 'Vailala'])}, village de Hahake, lot {n}, 98600 Wallis",
            f"{pick(['Leone', 'Ono', 'Sigave'])}, Futuna, case {n}, 98620",
            f"Kolka, {pick(['Ūši', 'Pizā', 'Vaide'])}, māja {n}, Talsu novads, LV-3275",
            f"{pick(['Telšių', 'Plungės', 'Kalvarijos'])} g. {n}, Telšiai, LT-87{rng.randint(100, 199)}",
            f"vul. {pick(['Dukhnovycha', 'Sobranetska', 'Koshytska'])} {n}, Uzhhorod 88000",
            f"Rue {pick(['Saint-Gilles', 'Hors-Château', 'Féronstrée'])} {n}, 4000 Liège",
            f"{pick(['Achter de Diek', 'Hooge Straat', 'Loogster Weg'])} {n}, 26{rng.randint(500, 899)} Aurich",
            f"{pick(['Setanta', 'Tamar Mepe', 'Lanchvali'])} St. {n}, Mestia, Svaneti",
            f"kuchai {pick(['Lenin', 'Gagarin', 'Shotemur'])} {n}, Khorog, GBAO",
            f"ul. {pick(['Kulieva', 'Lenina', 'Kabardinskaya'])} {n}, Nalchik, 3600{rng.randint(0, 99):02d}",
            f"pr. {pick(['Imama Shamilya', 'Petra I', 'Gamzatova'])} {n}, kv. {rng.randint(1, 120)}, Makhachkala",
            f"ul. {pick(['Choros-Gurkina', 'Kommunisticheskiy pr.', 'Erkemena Palkina'])} {n}, Gorno-Altaysk",
            f"ul. {pick(['Shchetinkina', 'Pushkina', 'Vyatkina'])} {n}, Abakan, Khakassia",
            f"ul. {pick(['Sovetskaya', 'Lenina', 'Nevelskogo'])} {n}, Nogliki, Sakhalin",
            f"{n} {pick(['SW C Ave', 'NE Cache Rd', 'W Gore Blvd'])}, Lawton, OK 73501",
            f"{n} {pick(['1st Ave NW', 'Blackfoot Trail', 'Siksika Dr'])}, Browning, MT 59417",
            f"Box {n}, Old Crow, YT Y0B 1N0",
            f"{n} {pick(['Pueblo Rd', 'Ojo Caliente Rd', 'Dowa Yalanne Way'])}, Zuni, NM 87327",
            f"Calle {pick(['Matus', 'Torim', 'Vícam'])} #{n}, Pueblo Yaqui, Sonora",
            f"Comunidad {pick(['Ipetí', 'Piriatí', 'Arimae'])}, casa {n}, Darién",
            f"{n} calle, {pick(['zona 1', 'barrio San Marcos', 'barrio Magdalena'])}, Cobán, Alta Verapaz",
            f"Comunidad nativa {pick(['Nieva', 'Chiriaco', 'Imacita'])}, lote {n}, Condorcanqui, Amazonas",
            f"Aldeia {pick(['Moikarakô', 'Kikretum', 'Gorotire'])}, casa {n}, São Félix do Xingu, PA",
            f"Plot {n}, {pick(['Choma Road', 'Mochipapa', 'Shampande'])}, Choma",
            f"Erf {n}, {pick(['Nausiku St', 'Khomasdal', 'Okahandja Park'])}, Khorixas",
            f"{pick(['Daraja Mbili', 'Jogoo', 'Nyanchwa'])} estate, house {n}, Kisii",
            f"Plot {n}, {pick(['Kanamkemer', 'Nakwamekwi', 'California'])}, Lodwar",
            f"Quartier {pick(['Kpéwa', 'Tomdè', 'Lama'])}, maison {n}, Kara",
            f"Quartier {pick(['Zongo', 'Banikanni', 'Kpébié'])}, carré {n}, Parakou",
            f"Quartier {pick(['Tchologo', 'Petit Paris', 'Soba'])}, lot {n}, Korhogo",
            f"Bairro {pick(['Muahivire', 'Namicopo', 'Napipine'])}, casa {n}, Nampula",
            f"{pick(['Ammathi', 'Virajpet', 'Gonikoppal'])} road, house no. {n}, Kodagu 571{rng.randint(201, 250)}",
            f"{pick(['Bagansali', 'Dotma', 'Deborgaon'])} village, house {n}, Kokrajhar, Assam",
            f"Sector {rng.randint(1, 9)}, {pick(['Naharlagun', 'Papu Nallah', 'Hage Colony'])}, house {n}, Itanagar",
            f"{pick(['Tansen', 'Bagnas', 'Rampur'])}-{rng.randint(1, 14)}, Palpa, ward {n}",
            f"Buôn {pick(['Ako Dhông', 'Kô Tam', 'Trấp'])}, số {n}, Buôn Ma Thuột, Đắk Lắk",
            f"{pick(['Poblacion', 'Bocos', 'Tam-an'])}, Banaue, house {n}, Ifugao",
            f"{pick(['Bangolo', 'Marinaut', 'Saduc'])}, Marawi City, lot {n}, Lanao del Sur",
            f"Jl. {pick(['Sam Ratulangi', 'Piere Tendean', 'Walanda Maramis'])} No. {n}, Manado",
            f"Jl. {pick(['Pattimura', 'A.Y. Patty', 'Sultan Hairun'])} No. {n}, Ambon",
            f"Jl. {pick(['Hom-Hom', 'Trikora', 'Irian'])} No. {n}, Wamena, Papua Pegunungan",
            f"{pick(['Am Hafen', 'Deichstraße', 'Norderstraße'])} {n}, 2{rng.randint(5000, 5999)} {pick(['Husum', 'Leer', 'Emden'])}",
            f"Unit {n}, {pick(['SafeStore', 'Big Yellow', 'Access'])} self storage, {pick(['Hackbridge Rd', 'Purley Way'])}",
        ]  # fmt: skip
        return pick(shapes)

    def email(self) -> str:
        rng = self.rng
        first, last = (_ascii_name(x).replace(";", "").replace("!", "") for x in self.first_last())
        user = rng.choice([f"{first}.{rng.choice(['walks', 'paws', 'sits', 'donates'])}", f"{last}.{first}.aupair",
                           f"{first}{last[:1]}.host", f"dr.{last}.dental", f"{first}_{rng.choice(PETS_HELDOUT16)}",
                           f"{last}{rng.randint(10, 99)}.{first[:1]}", f"{first}-{last}-cars"])  # fmt: skip
        domain = rng.choice(["mail.wf", "lattelecom.lv", "takas.lt", "ukr.net", "skynet.be", "ewetel.net",
                             "magti.ge", "tojikiston.tj", "mail.ru", "yandex.ru", "sibmail.com", "cableone.net",
                             "3rivers.net", "northwestel.net", "zunitel.com", "telmexmail.com", "cwpanama.net",
                             "intelnett.com", "speedy.com.pe", "uol.com.br", "zamtel.zm", "iway.na", "safaricom.co.ke",
                             "togocel.tg", "moov.bj", "orange.ci", "tvcabo.co.mz", "rediffmail.com", "bsnl.in",
                             "ntc.net.np", "vnpt.vn", "pldtdsl.net", "telkomsel.co.id", "posteo.de", "hey.com",
                             "icloud.com", "proton.me", "outlook.com"])  # fmt: skip
        return f"{user}@{domain}"

    def phone(self) -> str:
        d, rng = self.d, self.rng
        shapes = [
            f"+681 72 {d(2)} {d(2)}",  # Wallis and Futuna
            f"+371 632 {d(5)}",  # Talsi
            f"+370 444 {d(5)}",  # Telšiai
            f"+380 312 {d(2)}-{d(2)}-{d(2)}",  # Uzhhorod
            f"+32 4 {d(3)} {d(2)} {d(2)}",  # Liège
            f"04941 {d(4)}",  # Aurich
            f"+995 410 {d(2)} {d(2)} {d(2)}",  # Mestia
            f"+992 3522 {d(2)} {d(3)}",  # Khorog
            f"8 (8662) {d(2)}-{d(2)}-{d(2)}",  # Nalchik, the domestic 8
            f"+7 (8722) {d(2)}-{d(2)}-{d(2)}",  # Makhachkala
            f"+7 (38822) {d(1)}-{d(2)}-{d(2)}",  # Gorno-Altaysk
            f"8-3902-{d(2)}-{d(2)}-{d(2)}",  # Abakan, dashes only
            f"580.{d(3)}.{d(4)}",  # Lawton, dotted
            f"406-338-{d(4)}",  # Browning
            f"867 966 {d(4)}",  # Old Crow
            f"(505) 782-{d(4)}",  # Zuni
            f"+52 644 {d(3)} {d(4)}",  # Ciudad Obregón
            f"+507 299-{d(4)}",  # Darién
            f"+502 7951 {d(4)}",  # Cobán
            f"+51 41 {d(6)}",  # Amazonas, Peru
            f"+55 (94) 9{d(4)}-{d(4)}",  # São Félix do Xingu
            f"+260 213 {d(6)}",  # Choma
            f"+264 67 {d(6)}",  # Khorixas
            f"+254 7{d(2)} {d(6)}",  # Kenya mobile, 3-6
            f"+228 26 60 {d(2)} {d(2)}",  # Kara
            f"+229 01 {d(2)} {d(2)} {d(2)} {d(2)}",  # Benin's new ten digits, the 01 prefix
            f"+225 27 36 {d(2)} {d(2)} {d(2)}",  # Korhogo landline
            f"+258 26 {d(3)} {d(3)}",  # Nampula
            f"08274-{d(6)}",  # Virajpet, Kodagu
            f"03661-{d(6)}",  # Kokrajhar
            f"0360-22{d(5)}",  # Itanagar
            f"+977 75-{d(6)}",  # Palpa
            f"0262 3{d(3)} {d(3)}",  # Buôn Ma Thuột
            f"+63 74 382 {d(4)}",  # Banaue
            f"+63 63 352 {d(4)}",  # Marawi
            f"(0431) {d(3)}{d(3)}",  # Manado
            f"+62 911 {d(6)}",  # Ambon
            f"+62 969 {d(6)}",  # Wamena
            f"04841 {d(2)} {d(2)} {d(2)}",  # Husum, pairs
        ]
        return rng.choice(shapes)

    def card(self) -> str:
        rng = self.rng
        prefix, length = rng.choice([("4", 16), ("53", 16), ("2300", 16), ("34", 15), ("6011", 16), ("644", 16),
                                     ("3540", 16), ("38", 14), ("39", 14), ("4", 16)])  # fmt: skip
        num = _luhn_number(rng, prefix, length)
        r = rng.random()
        if length in (14, 15):
            return f"{num[:4]} {num[4:10]} {num[10:]}" if r < 0.5 else num
        groups = [num[i : i + 4] for i in range(0, length, 4)]
        if r < 0.35:
            return " ".join(groups)
        if r < 0.5:  # narrow no-break spaces, as French-locale apps group digits
            return "\u202f".join(groups)
        if r < 0.6:  # in threes, as a dictation app groups a number read aloud
            return " ".join(num[i : i + 3] for i in range(0, length, 3))
        return num

    def iban(self) -> str:
        rng = self.rng
        country = rng.choice(sorted(IBAN_SHAPES_HELDOUT16))
        iban = _iban(rng, country, IBAN_SHAPES_HELDOUT16[country])
        groups = [iban[i : i + 4] for i in range(0, len(iban), 4)]
        r = rng.random()
        if r < 0.45:
            return " ".join(groups)
        if r < 0.55:  # narrow no-break spaces, as a French-locale banking app copies it
            return "\u202f".join(groups)
        return iban

    def ip_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, address): dog walkers, babysitters, au pairs, vets, dentists, used cars, pawn
        shops, storage units, GitLab CI, known_hosts, Insomnia, HAR, curl -v, Traefik, Alertmanager,
        Mosquitto, rclone, restic, Pi-hole, tailscale; `chat` as in `_pick_chat_or_not`."""
        rng, f = self.rng, self.f()
        v4 = rng.choice([f.ipv4_public(), f.ipv4_public(), f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                         f"192.168.{rng.randint(0, 254)}.{rng.randint(2, 254)}"])  # fmt: skip
        ts = (
            f"100.{rng.randint(64, 127)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"  # tailscale CGNAT range
        )
        h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
        v6 = rng.choice([f"2003:{h()}:{h()}:{h()}::{h()}", f"2a10:{h()}:{h()}::{h()}:{h()}",
                         f"2401:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}", f"2803:{h()}:{h()}::{h()}",
                         f"2001:67c:{h()}:{h()}::{h()}"])  # fmt: skip
        options = [
            ("the dog walker's phone joined our wifi as {}, should I give her the guest network instead?", v4),
            ("the nanny cam keeps dropping, its address is {} on the router", v4),
            ("our au pair's laptop is {} and it's downloading all night, how do I limit it?", rng.choice([v4, v6])),
            ("the vet's booking site says my login came from {}, that isn't me", rng.choice([v4, v6])),
            ("the dentist's reminder link opened a page on {}, is it phishing?", v4),
            ("the car dealer emailed a 'finance form' hosted on {}, legit?", v4),
            ("the pawn shop camera streams from {}, they said I can check my guitar is still there lol", v4),
            ("the storage unit's gate app talks to {}, it won't open", v4),
            ("blood donor app says new sign-in from {}, was that you?", rng.choice([v4, v6])),
            ("my exchange student's gaming pc is {} and it hogs everything", v4),
            ("the optician's frame try-on kiosk is on {} and it froze", v4),
            ("food bank's shared laptop got the address {}, can the printer see it?", v4),
            ("  DEPLOY_HOST: {}", v4),
            ("variables:\n  STAGING_IP: \"{}\"", v4),
            ("{} ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + self.token(43) + "", v4),
            ('"url": "http://{}:8080/api/adoptions",', v4),
            ('"serverIPAddress": "{}",', rng.choice([v4, v6])),
            ("*   Trying {}:443...", v4),
            ("* Connected to api.kaizen.chat ({}) port 443", rng.choice([v4, v6])),
            ('{"ClientHost":"{}","RequestMethod":"POST","RequestPath":"/login","DownstreamStatus":401}', v4),
            ("        - url: http://{}:9093/api/v2/alerts", v4),
            ("1717331415: New client connected from {}:51234 as sensor-kitchen (p2, c1, k60).", v4),
            ("host = {}", v4),
            ("RESTIC_REPOSITORY=rest:http://{}:8000/family", v4),
            ("Jun  2 10:11:12 dnsmasq[812]: query[A] vet-portal.example from {}", v4),
            ("{}   laptop-aupair   aupair@   linux   active; direct", ts),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def password(self) -> str:
        rng, w = self.rng, self.f().word
        return rng.choice(
            [
                f"{rng.choice(PETS_HELDOUT16).capitalize()}Adopted{rng.randint(2015, 2024)}!",
                f"{w()}.{w()}.{w()}",
                self.token(rng.randint(12, 20), string.ascii_letters + string.digits + "%&$?"),
                f"{rng.choice(['Civic', 'Corolla', 'Golf', 'Fiesta'])}{rng.randint(2005, 2019)}#{rng.randint(10, 99)}",
                f"{w().capitalize()}{rng.randint(100, 999)}{w().capitalize()}",
            ]
        )  # fmt: skip

    def secret(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, secret); `chat` as in `ip_sample`."""
        tok, pw, rng, d = self.token, self.password(), self.rng, self.d
        alnum = string.ascii_letters + string.digits
        hexd = "0123456789abcdef"
        b64 = lambda n: base64.b64encode(bytes(rng.randrange(256) for _ in range(n))).decode()  # noqa: E731
        options = [
            ("the rescue's adoption portal login is {}, can you check if they approved us?", pw),
            ("the dog walker needs the key safe code, it's {}", d(4)),
            ("babysitter: alarm code is {}, press it twice if it beeps", d(4)),
            ("the au pair's wifi password is {}, write it on the fridge", pw),
            ("the food bank rota login is {} if you want to swap shifts", pw),
            ("my blood donor app password is {}, can you book me for Thursday", pw),
            ("the dentist's patient portal wants a new password, I used {}", pw),
            ("the optician gave me a temporary password {} for the contact lens order", tok(8, alnum)),
            ("the gym door code changed to {}", d(6)),
            ("the pawn shop ticket pin is {}, don't lose it", d(5)),
            ("the car seller's autotrader login is {}, he asked me to renew the ad", pw),
            ("the host family's netflix is {}, the exchange student can use it", pw),
            ("driving instructor's app password: {}", pw),
            ("the storage unit padlock combination is {}", d(4)),
            ("the hairdresser's booking app password is {}", pw),
            ("senha do wi-fi: {}", pw),
            ("jelszó: {}", pw),
            ("hasło do routera: {}", pw),
            ("lozinka: {}", pw),
            ("şifre: {}", pw),
            ("kata sandi: {}", pw),
            ("  SSH_PRIVATE_KEY_PASSPHRASE: {}", pw),
            ("  CI_REGISTRY_PASSWORD: {}", pw),
            ("  RUNNER_TOKEN: {}", "glrt-" + tok(20, alnum + "-_")),
            ('"Authorization": "Bearer {}"', tok(40, alnum + "-_.")),
            ('{"name": "Cookie", "value": "sessionid={}"},', tok(32, "abcdefghijklmnopqrstuvwxyz0123456789")),
            ("> Authorization: Basic {}", b64(rng.choice([15, 18, 21]))),
            ('"value": "{}", "enabled": true', tok(36, alnum)),
            ("      - \"traefik.http.middlewares.auth.basicauth.users=kaizen:{}\"",
             "$$apr1$$" + tok(8, alnum + "./") + "$$" + tok(22, alnum + "./")),
            ("  smtp_auth_password: '{}'", pw),
            ("kaizen:{}", "$7$101$" + b64(12) + "$" + b64(64)),
            ("pass = {}", tok(rng.choice([43, 54]), alnum + "-_")),
            ("RESTIC_PASSWORD={}", pw),
            ("export BORG_PASSPHRASE='{}'", pw),
            ("WEBPASSWORD={}", tok(64, hexd)),
            ("tailscale up --authkey={}", "tskey-auth-" + tok(12, alnum) + "CNTRL-" + tok(33, alnum)),
            ("SENDGRID_API_KEY={}", "SG." + tok(22, alnum + "-_") + "." + tok(43, alnum + "-_")),
            ("DD_API_KEY={}", tok(32, hexd)),
            ("NEW_RELIC_API_KEY={}", "NRAK-" + tok(27, string.ascii_uppercase + string.digits)),
            ("LINEAR_API_KEY={}", "lin_api_" + tok(40, alnum)),
            ("ASANA_PAT={}", f"2/{d(16)}/{d(16)}:" + tok(32, hexd)),
            ("FASTLY_API_TOKEN={}", tok(32, alnum + "-_")),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def handle(self) -> str:
        """A username in shapes earlier sets did not use ('x_and_biscuit', 'nannyx', 'x-y-cars')."""
        rng = self.rng
        first, last = (_ascii_name(x).replace(";", "").replace("!", "") for x in self.first_last())
        return rng.choice(
            [
                f"{first}_and_{rng.choice(PETS_HELDOUT16)}",
                f"{first}walks{rng.randint(2, 12)}",
                f"nanny{first}",
                f"{first}.{last}.{rng.choice(['de', 'br', 'ke', 'ph', 'lv'])}",
                f"{first}-{last}-cars",
                f"{last}{first[:1]}_donor",
                f"aupair{first.capitalize()}",
            ]
        )  # fmt: skip

    def _dob_shapes(self) -> dict[str, str]:
        """One date of birth in every shape this set uses, keyed by language or format."""
        dt = self.f().date_of_birth(minimum_age=5, maximum_age=95)
        m = dt.month - 1
        ht = "janvye fevriye mas avril me jen jiyè out septanm oktòb novanm desanm".split()
        tpi = "Janueri Februeri Mas Epril Me Jun Julai Ogas Septemba Oktoba Novemba Disemba".split()
        mg = "Janoary Febroary Martsa Aprily Mey Jona Jolay Aogositra Septambra Oktobra Novambra Desambra".split()
        so = "Janaayo Febraayo Maarso Abriil Maajo Juun Luulyo Agoosto Sebtembar Oktoobar Nofembar Desembar".split()
        ku = ("Kanûna Paşîn;Sibat;Adar;Nîsan;Gulan;Hezîran;Tîrmeh;Tebax;Îlon;Cotmeh;Mijdar;"
              "Kanûna Pêşîn").split(";")  # fmt: skip
        rm = "schaner favrer mars avrigl matg zercladur fanadur avust settember october november december".split()
        to = "Sānuali Fēpueli Maʻasi ʻEpeleli Mē Sune Siulai ʻAokosi Sepitema ʻOkatopa Nōvema Tīsema".split()
        wo = "Samwiyee Fewriyee Mars Awril Me Suwe Sulet Ut Sattumbar Oktoobar Nowàmbar Desàmbar".split()
        return {
            "ht": f"{dt.day} {ht[m]} {dt.year}",  # Haitian Creole
            "tpi": f"{dt.day} {tpi[m]} {dt.year}",  # Tok Pisin
            "mg": f"{dt.day} {mg[m]} {dt.year}",  # Malagasy
            "so": f"{dt.day} {so[m]} {dt.year}",  # Somali
            "ku": f"{dt.day}ê {ku[m]} {dt.year}",  # Kurmanji
            "rm": f"ils {dt.day} da {rm[m]} {dt.year}",  # Romansh
            "to": f"{dt.day} ʻo {to[m]} {dt.year}",  # Tongan
            "wo": f"{dt.day} {wo[m]} {dt.year}",  # Wolof
            "excel": f"{dt.day}-{dt.strftime('%b')}-{dt.year % 100:02d}",  # Excel's d-mmm-yy
            "ical": f"{dt.year}{dt.month:02d}{dt.day:02d}",  # an iCal birthday's DTSTART;VALUE=DATE
            "epoch": str((dt - dt.__class__(1970, 1, 1)).days * 86_400_000),  # JavaScript milliseconds
        }

    def dob(self) -> str:
        """A date of birth in one of this set's written shapes (no bare number: those need their context)."""
        shapes = self._dob_shapes()
        return shapes[self.rng.choice([k for k in sorted(shapes) if k not in ("ical", "epoch")])]

    def dob_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, date of birth): a birth cue in the date's own language, a form or a paste;
        `chat` as in `ip_sample`."""
        s, any_shape = self._dob_shapes(), self.dob()
        options = [
            ("the rescue form asks for my date of birth, it's {}", any_shape),
            ("the blood service says donors born {} are due for a check", any_shape),
            ("the au pair agency needs my birthday: {}", any_shape),
            ("the dentist has my date of birth as {}, is that right?", any_shape),
            ("li fèt {}", s["ht"]),
            ("mi bon long {}", s["tpi"]),
            ("teraka tamin'ny {}", s["mg"]),
            ("waxaan dhashay {}", s["so"]),
            ("roja jidayikbûnê {}", s["ku"]),
            ("naschì {}", s["rm"]),
            ("naʻe fāʻeleʻi au ʻi he ʻaho {}", s["to"]),
            ("juddu naa ci {}", s["wo"]),
            ("Date of birth (donor): {}", s["excel"]),
            ("au pair DOB {}", s["excel"]),
            ('"birthDate": {},', s["epoch"]),
            ("BEGIN:VEVENT\nSUMMARY:birthday\nDTSTART;VALUE=DATE:{}\nRRULE:FREQ=YEARLY", s["ical"]),
        ]
        return _pick_chat_or_not(self.rng, options, chat, key=lambda o: o[0])


HELDOUT16_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "the rescue says {} has to do a home check before we adopt the puppy",
        "we're fostering a cat for {} until Sunday, what do I feed it",
        "the vet nurse {} said the stitches come out in 10 days",
        "{} walks Bruno on Mondays and Thursdays, can you remind me to pay her",
        "is it weird to tip {} for walking the dog over Christmas?",
        "{} is babysitting Friday, what time should I say we're back",
        "the kids want {} to babysit again, she let them stay up lol",
        "our au pair {} arrives on the 3rd, help me plan her first week",
        "{} (the au pair) wants Sundays off, is that normal?",
        "{} runs the food bank on Wednesdays, I'm on the till with her",
        "drop the tins with {} at the side door",
        "{} gave blood for the 50th time, should we get her a cake",
        "the nurse at the donor session, {}, couldn't find my vein",
        "dentist reminder: your hygienist {} has moved to Tuesday",
        "{} at the opticians says my prescription changed a lot",
        "my personal trainer {} wants me at the gym at 6am, no",
        "the pawn shop guy {} offered 80 for the guitar, is that fair",
        "bought the Golf from {}, he swore it had full service history",
        "the seller {} won't answer about the MOT",
        "our exchange student {} is homesick, what can we cook for him",
        "the host family is {}, they live near the school",
        "{} is my driving instructor, I failed on the roundabout again",
        "my hairdresser {} is on maternity leave, who else is good",
        "tell {} the storage unit is paid till March",
        "can you ask {} whether she found my keys at the desk",
        "{}'s dog is the one that barks at the postman",
        "thank you so much {}, the kids loved you!",
        "{} just texted, running late with the dog",
        "did {} ever send the photos from the adoption day?",
        "volunteer of the month: {} 🎉",
        '  GIT_AUTHOR_NAME: "{}"',
        "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHk2 {} laptop",
        '"name": "{}", "role": "dog walker"',
        '{"name": "X-Requested-By", "value": "{}"},',
        "> X-Client-Name: {}",
        "  - name: '{}'\n    email_configs:",
        "FN:{}",
        "N:{}",
        "Donor: {}  Blood group: O-  Last donation: 2024-03-11",
        "Patient: {}  Recall: 6 months scale & polish",
        "Seller: {} — 2012 Honda Jazz, 84k miles",
    ],
    "STREET_ADDRESS": [
        "the rescue is doing the home check at {} on Saturday",
        "the dog walker picks Bruno up from {}",
        "babysitting address: {}, the code for the door is on the fridge",
        "the au pair's host family lives at {}",
        "bring donations to {} before noon",
        "the blood donation session moved to {}",
        "my new dentist is at {}, is it near you?",
        "the car's at {}, come see it after 5",
        "the exchange student's school is {}",
        "the pawn shop on {} has your bike lol",
        "ADR;TYPE=home:;;{}",
        "LOCATION:{}",
        '"address": "{}",',
        "Pickup address: {}",
        '  HOME_ADDRESS: "{}"',
    ],
    "EMAIL_ADDRESS": [
        "the adoption coordinator's email is {}",
        "email the dog walker at {} about the key",
        "our babysitter's email is {}, send her the schedule",
        "the au pair agency contact is {}",
        "food bank volunteer sign-ups go to {}",
        "the car seller only replies to {}",
        "the host family's email: {}",
        "my optician sends reminders from {}",
        "EMAIL;TYPE=INTERNET:{}",
        "ORGANIZER;CN=Vet:mailto:{}",
        "  - to: '{}'",
        "MAILTO={}",
        '  GIT_AUTHOR_EMAIL: "{}"',
        '"email": "{}",',
    ],
    "PHONE_NUMBER": [
        "the dog walker's number is {}",
        "if the baby wakes up call me on {}",
        "our au pair's new sim is {}",
        "the rescue centre's number: {}",
        "the vet's out-of-hours line is {}",
        "text the car seller on {}",
        "my exchange student's host mum is on {}",
        "the driving instructor's mobile is {}, he's late",
        "TEL;TYPE=cell:{}",
        '"phone": "{}",',
        '  EMERGENCY_CONTACT: "{}"',
        "Contact: {}",
    ],
    "CREDIT_CARD": [
        "the adoption fee went on {}",
        "the vet took {} for the deposit",
        "pay the babysitter? no, put the takeaway on {}",
        "the au pair's flight is on my card {}",
        "the dentist charged {} twice",
        "the car deposit went on {}, is that protected?",
        '"cardNumber": "{}",',
        "> card_number={}",
        "Card: {}",
    ],
    "IBAN_CODE": [
        "the dog walker's bank details: {}",
        "send the au pair's pocket money to {}",
        "the rescue's donation account is {}",
        "the car seller wants the money to {}, is that safe?",
        "host family payment to {}",
        '"iban": "{}",',
        '  PAYOUT_IBAN: "{}"',
        "IBAN (payee): {}",
        "Beneficiary account: {}",
    ],
    "USERNAME": [
        "my rover profile is {}, book me there",
        "I'm {} on care.com if you want references",
        "find our au pair on aupairworld, she's {}",
        "the seller on autotrader is {}",
        "my gitlab is {}",
        "my petfinder account is {}",
        "GITLAB_USER_LOGIN={}",
        '[remote "nas"]\nuser = {}',
        "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPq7 {}@laptop",
        "1717331415: New client connected from 10.0.0.5:51234 as kitchen (p2, c1, k60, u'{}').",
        '"username": "{}",',
        "Login: {}",
    ],
}
HELDOUT16_MIXED = [
    ("{} walks our dog, her number is {}", ["PERSON", "PHONE_NUMBER"]),
    ("au pair: {}, born {}, arrives at {}", ["PERSON", "DATE_OF_BIRTH", "STREET_ADDRESS"]),
    ("the car seller {} wants the money to {}", ["PERSON", "IBAN_CODE"]),
    ("FN:{}\nEMAIL;TYPE=INTERNET:{}", ["PERSON", "EMAIL_ADDRESS"]),
    ("host = {}\nuser = {}\npass = {}", ["IP_ADDRESS", "USERNAME", "SECRET"]),
    ("babysitter {}, alarm code {}", ["PERSON", "SECRET"]),
    ("vet deposit: card {}, receipt to {}", ["CREDIT_CARD", "EMAIL_ADDRESS"]),
    ("my rover name is {} and my birthday is {}", ["USERNAME", "DATE_OF_BIRTH"]),
    ("exchange student {} stays with us at {}", ["PERSON", "STREET_ADDRESS"]),
    ("* Connected to {} port 443\n> Authorization: Basic {}", ["IP_ADDRESS", "SECRET"]),
    ("donor {} — call {} if the session moves", ["PERSON", "PHONE_NUMBER"]),
    ('"email": "{}", "cardNumber": "{}"', ["EMAIL_ADDRESS", "CREDIT_CARD"]),
]  # fmt: skip
HELDOUT16_NEGATIVES = [
    "Mata-Utu cathedral is on the lagoon",
    "Liège waffles vs Brussels waffles",
    "Mestia towers are amazing in winter",
    "Khorog botanical garden is one of the highest",
    "Elbrus from the Baksan valley",
    "Gorno-Altaysk to Lake Teletskoye by bus",
    "Lawton has the Museum of the Great Plains",
    "Browning is the gateway to Glacier",
    "Old Crow has no road in",
    "Zuni fetish carvings at the gallery",
    "Cobán is the coffee capital",
    "Choma museum has Tonga baskets",
    "Lodwar is hot in February",
    "Kara has a big market on Tuesdays",
    "Korhogo cloth is hand-painted",
    "Nampula to Ilha de Moçambique",
    "Coorg coffee and pandi curry",
    "Banaue rice terraces at sunrise",
    "Manado has great diving at Bunaken",
    "Wamena Baliem valley festival in August",
    "Husum is the grey town by the sea",
    "adopt don't shop 🐶",
    "the puppy is 12 weeks and fully vaccinated",
    "Labrador or Golden Retriever for a first dog",
    "the vet said Bella is a healthy weight",
    "walkies at 7 then breakfast",
    "how much do you pay a babysitter per hour",
    "Peppa Pig again, send help",
    "au pair visa rules changed in 2023",
    "the food bank needs tinned tomatoes and UHT milk",
    "blood type O negative is the universal donor",
    "you can give blood every 12 weeks",
    "floss daily, the hygienist says",
    "scale and polish is 65 now",
    "varifocals or two pairs of glasses",
    "the gym is open 24/7",
    "pawn shops give about a third of resale",
    "2012 Honda Jazz, 84k miles, full history",
    "HPI check says no outstanding finance",
    "MOT due in May",
    "Erasmus semester in Leuven",
    "the exchange programme starts 1 September",
    "theory test booked, 43 out of 50 to pass",
    "balayage or highlights",
    "storage unit 25 sq ft is enough for a flat",
    "lost property is at the station office",
    "variables:\n  GIT_DEPTH: \"10\"",
    "stages: [build, test, deploy]",
    "image: python:3.11-slim",
    "ssh-keygen -t ed25519 -C \"work laptop\"",
    "[remote \"nas\"]\ntype = sftp",
    '"method": "GET", "httpVersion": "HTTP/2"',
    '"status": 200, "statusText": "OK"',
    "< HTTP/2 200",
    "* TLSv1.3 (OUT), TLS handshake, Client hello (1):",
    "entryPoints:\n  web:\n    address: \":80\"",
    "route:\n  group_by: ['alertname']",
    "listener 1883",
    "allow_anonymous false",
    "restic snapshots --latest 3",
    "borg prune --keep-daily=7",
    "pihole -g updated gravity",
    "tailscale status shows 4 peers",
    "RESTIC_PASSWORD=changeme in the example env",
    "card 4000 0566 5566 5556 is a test Visa debit",
    "IBAN DE89 3704 0044 0532 0130 00 is the sample on the bank's site",
    "user@example.com in the signup form placeholder",
    "call 999 in an emergency",
    "192.0.2.1 is reserved for docs",
    "Basic dXNlcjpwYXNz is the docs example",
    "ok thanks, see you Saturday",
    "lol the dog ate my sock again",
    "can you remind me to buy dog food",
]  # fmt: skip


def _typo16(rng: random.Random, template: str) -> str:
    """Phone-typing slips outside the {} slots, other than earlier sets': the final punctuation dropped, an
    ordinary word capitalised by autocorrect ('the Dog walker'), or straight apostrophes turned curly by
    smart punctuation ("don't" -> 'don’t')."""
    r = rng.random()
    if r < 0.35 and re.search(r"[?!.]$", template):
        return template[:-1]
    words = [m for m in re.finditer(r"(?<![\w{}'])[a-z]{3,}(?![\w}])", template)]
    if r < 0.7 and words:
        m = rng.choice(words)
        return template[: m.start()] + m.group().capitalize() + template[m.end() :]
    if re.search(r"\w'\w", template):
        return re.sub(r"(?<=\w)'(?=\w)", "\u2019", template)
    if re.search(r"[?!.]$", template):
        return template[:-1]
    return template


def build_heldout16(seed: int = HELDOUT16_SEED) -> list[Example]:
    """Held-out set 16: `Gen16` values in `HELDOUT16_TEMPLATES`, mixed sentences and look-alike negatives."""
    gen = Gen16(seed)
    rng = gen.rng
    makers = {
        "PERSON": gen.person, "STREET_ADDRESS": gen.address, "EMAIL_ADDRESS": gen.email, "PHONE_NUMBER": gen.phone,
        "CREDIT_CARD": gen.card, "IBAN_CODE": gen.iban, "IP_ADDRESS": lambda: gen.ip_sample()[1],
        "USERNAME": gen.handle, "DATE_OF_BIRTH": gen.dob, "SECRET": gen.password,
    }  # fmt: skip
    counts = {"PERSON": 80, "SECRET": 70, "USERNAME": 24}
    styles: list[tuple[str, list[tuple[str, str]]]] = []  # (template, [(type, value)])
    for etype in TYPES:
        for _ in range(counts.get(etype, 14)):
            chat = rng.random() < 0.7  # Kaizen is a chat bot: most sentences are typed to it or a friend
            if etype in (
                "SECRET",
                "IP_ADDRESS",
                "DATE_OF_BIRTH",
            ):  # the template depends on the value's shape
                sample = {"SECRET": gen.secret, "IP_ADDRESS": gen.ip_sample, "DATE_OF_BIRTH": gen.dob_sample}[
                    etype
                ]
                template, value = sample(chat)
                styles.append((template, [(etype, value)]))
            else:
                template = _pick_chat_or_not(rng, HELDOUT16_TEMPLATES[etype], chat)
                styles.append((template, [(etype, makers[etype]()) for _ in range(template.count("{}"))]))
    for _ in range(24):
        template, types = rng.choice(HELDOUT16_MIXED)
        styles.append((template, [(t, makers[t]()) for t in types]))
    styles += [(t, []) for t in HELDOUT16_NEGATIVES]
    examples = []
    for template, values in styles:
        style = "plain"
        if rng.random() < 0.15:
            template, style = _typo16(rng, template), "typo"
        parts = template.split("{}")
        text, spans = parts[0], []
        for (etype, value), rest in zip(values, parts[1:], strict=True):
            spans.append((len(text), len(text) + len(value), etype))
            text += value + rest
        r = rng.random()  # lower case or ALL CAPS, as people and some exports write
        for new, name, p in ((text.lower(), "lower", 0.09), (text.upper(), "upper", 0.12)):
            if r < p and len(new) == len(text):
                text, style = new, name
                break
        examples.append(Example(text, spans, style))
    rng.shuffle(examples)
    return examples


HELDOUT17_SEED = 171929
# no faker name locale, as in held-out 16: every faker name locale outside the lexicon has been used by an
# earlier set, so all names below come from hand-written lists of origins no earlier set drew from (empty on
# purpose; the lexicon test still checks it)
NAME_LOCALES_HELDOUT17: list[str] = []
NAMES_HELDOUT17: dict[str, tuple[list[str], list[str]]] = {
    "fiji_hindi": ("Rajendra Shalini Vijendra Kamla Praveen Reshmi Mahendra Sashi".split(),
                   "Prasad Goundar Narayan Maharaj Naidu Dutt Raju Sami".split()),
    "brahui": ("Ataullah Mehrullah Khanzadi Naseem Ghaus Zarina Lashkari Sanaullah".split(),
               "Mengal Bizenjo Raisani Shahwani Lehri Sumalani Rodeni Zehri".split()),
    "amis": ("Panay Kolas Lahok Ofad Dongi Sawmah Kacaw Calaw".split(),
             "Kusui Foting Mayaw Aliman Lekal Sra Pacidal Tipus".split()),
    "atayal": ("Walis Yapit Yukan Pisuy Watan Lituk Temu Yayut".split(),
               "Nokan Tali Losing Tanga Yuraw Hayung Behuy Silan".split()),
    "paiwan": ("Sakinu Pasuya Kui Lavuras Tjinuay Giljegiljaw Muni Dremedreman".split(),
               "Ruvaniyaw Tjuleng Paljaljim Ljaljegan Tjakisuvung Kadrangan Zingrur Tjivuluan".split()),
    "nisgaa": ("Eva Nelson Verna Harry Amy Rod Joseph Lavina".split(),
               "Gosnell Azak Nyce Clayton Haizimsque Barton Moore Robinson".split()),
    "seneca": ("Maris Cyrus Lenora Merle Darwin Odie Arliss Bergie".split(),
               "Jemison Printup Redeye Halftown Kettle Abrams Snow Seneca".split()),
    "cheyenne": ("Llevando Conrad Luella Alden Geneva Otto Winona Burt".split(),
                 "Little Wolf;Spotted Elk;Two Moons;Tall Bull;Medicine Elk;Whiteman;Old Mouse;Limpy".split(";")),
    "ho_chunk": ("Amelia Forrest Marlon Hattie Wilfrid Cecelia Truman Jon".split(),
                 "Greendeer Decorah Funmaker Littlegeorge Blackdeer Lonetree Whiteeagle Thundercloud".split()),
    "tohono_oodham": ("Verlon Ofelia Delbert Rosalinda Ned Angelita Wavalene Lupe".split(),
                      "Antone Enos Manuel Norris Ramon Francisco Juan Lewis".split()),
    "innu": ("Shushep Matshiu Pien Tshani Mani Ishpa Nutashkuan Anne-Marie".split(),
             "Ashini Penashue Mestokosho Vollant Pinette Fontaine Rich Andrew".split()),
    "nasa_misak": ("Floro Aida Feliciano Lorenzo Liliana Bárbara Ezequiel Marcelina".split(),
                   "Tunubalá Muelas Calambás Yalanda Ulcué Pilcué Quilcué Dagua".split()),
    "ladakhi": ("Stanzin Rigzin Padma Dorjay Thinlas Tsewang Skarma Diskit".split(),
                "Angmo Tundup Chosdol Gyatso Lhamo Wangchuk Namgyal Dolkar".split()),
    "garhwali_kumaoni": ("Bachendri Kusum Harish Gaura Sundar Kalpana Trivendra Bhagirathi".split(),
                         "Rawat Negi Bisht Bhandari Nautiyal Pant Dhasmana Kandpal".split()),
    "dogri": ("Padma Karan Mahinder Shashi Kavinder Nirmal Rajni Ved".split(),
              "Jamwal Manhas Slathia Charak Jasrotia Langeh Pathania Thakur".split()),
    "oraon": ("Shanti Birsa Sukra Philomina Budhwa Sarita Ignes Jitu".split(),
              "Tirkey Kujur Minz Lakra Toppo Ekka Kerketta Xalxo".split()),
    "kokborok": ("Bijoy Anjali Ratan Swapna Pradyot Rabati Sukumar Mousumi".split(),
                 "Debbarma Reang Jamatia Kalai Murasing Rupini Noatia Tripura".split()),
    "kwakwakawakw": ("Agnes Beau Vera Mungo Gloria Wayne Ellen Chief".split(),
                     "Cranmer Sewid Hanuse Wadhams Alfred Speck Dawson Willie".split()),
    "chipewyan": ("Elise Noel Bertha Modeste Suzanne François Jonas Delphine".split(),
                  "Catholique Drybones Yakeleya Sayazie Lafferty Betsina Kodzin Beaulieu".split()),
    "inuvialuit": ("Rosemarie Eddie Agnes Vince Nellie Duane Shirley Abel".split(),
                   "Gruben Pokiak Kuptana Cockney Raddi Elanik Nasogaluak Kudlak".split()),
    "haya": ("Ishengoma Kemilembe Ngaiza Kokusiima Rwekaza Tumaini Mujuni Akiiki".split(),
             "Rugemalira Kaijage Mutahaba Kamugisha Rwegasira Byabato Kagaruki Katundu".split()),
    "nyakyusa": ("Atupele Lusekelo Ambokile Upendo Ndimyake Anyitike Tumpale Mwaitege".split(),
                 "Mwakyusa Mwakasege Mwansasu Mwakalinga Mwaipopo Mwakipesile Mwakyembe Mwakibete".split()),
    "ogoni": ("Ledum Barisi Lekue Nubari Barinem Kpobari Legborsi Baridi".split(),
              "Kpuinen Nwibari Barikor Deebom Kobani Mitee Pyagbara Nwiido".split()),
    "idoma": ("Ene Ochanya Oche Ojotule Agbenu Ameh Ogwu Onyilo".split(),
              "Ochigbo Adah Agbo Ogbu Ochekpe Onoja Ojobo Enenche".split()),
    "lugbara": ("Drateru Eyotaru Amaguru Candiru Ajidiru Anguyo Drani Ezama".split(),
                "Avutia Anguzu Aseru Feta Onzima Adriko Ayikoru Drabe".split()),
    "tuareg": ("Intalla Alghabass Ahmoudou Tinhinan Fadimata Takhmadt Mossa Aminatou".split(),
               "ag Attaher;ag Ghali;ag Acherif;ag Alla;ag Mohamed;welt Bilal;welt Mahmoud;ag Intalla".split(";")),
    "juhuri": ("Yokhai Sherbet Zarbo Gavril Khanum Mushail Sevil Amaldan".split(),
               "Ilazarov Agarunov Isakov Rubinov Mushailov Dadashev Yusufov Mordukhaev".split()),
    "cimbrian": ("Bortolo Gioachino Vittorina Toni Giacomina Leda Tönle Orsola".split(),
                 "Rigoni Slaviero Frigo Dal Sasso Schivo Rela Bortoli Lobbia".split()),
    "tiwi": ("Cyril Maurice Jacinta Bede Ursula Marius Teresita Raelene".split(),
             "Puruntatameri Tipungwuti Munkara Kerinaiua Tipiloura Portaminni Pilakui Wonaeamirri".split()),
    "noongar": ("Glen Lorna Ezzard Marcia Dennis Noel Shirley Wayne".split(),
                "Yarran Kickett Ugle Nannup Garlett Bennell Pickett Winmar".split()),
}  # fmt: skip
# invented given names from mineral words with a Latinate ending, and surnames of a colour and a landform,
# ways no earlier set used
MINERALS_HELDOUT17 = [
    "Jasper",
    "Onyx",
    "Beryl",
    "Opal",
    "Cobalt",
    "Garnet",
    "Agate",
    "Quartz",
    "Topaz",
    "Mica",
]
MINERAL_ENDS_HELDOUT17 = ["ina", "elle", "ara", "ius", "ette", "yn", "on", "ia"]
COLOURS_HELDOUT17 = ["Russet", "Sable", "Ochre", "Umber", "Ashen", "Sorrel", "Dun", "Madder", "Woad", "Tawny"]
LANDFORMS_HELDOUT17 = ["mere", "brook", "dale", "tarn", "combe", "fell", "holt", "wick", "ridge", "ness"]
# rare counterculture given names of the 1970s: everyday words a name list rarely holds
RARE_GIVEN_HELDOUT17 = ["Moonbeam", "Sunshine", "Rainbow", "Starla", "Dharma", "Breeze", "Cedar", "Journey",
                        "Sage", "Sky", "Meadow", "Phoenix", "Solstice", "Juniper", "Zephyr", "Clover"]  # fmt: skip
IBAN_SHAPES_HELDOUT17 = {
    "AZ": "4a20c", "BY": "4c4n16c", "IQ": "4a15n", "VA": "3n15n", "ST": "21n", "DJ": "23n", "SO": "19n",
    "FO": "14n", "GL": "14n", "GI": "4a15c", "AD": "8n12c", "MC": "10n11c2n", "SM": "1a10n12c", "BA": "16n",
    "RS": "18n", "MK": "3n10c2n", "AL": "8n16c", "TN": "20n", "MR": "23n",
}  # fmt: skip
HOBBIES_HELDOUT17 = ["keys", "bees", "film", "sends", "surf", "signs", "ink", "chess", "ski", "radio"]


class Gen17(Gen3):
    """Generators for held-out set 17: origins, name forms, formats and contexts none of the other sets use."""

    def first_last(self) -> tuple[str, str]:
        """A given and a family name: NAMES_HELDOUT17, invented ('Garnetina Russetmere') or rare 1970s."""
        rng = self.rng
        r = rng.random()
        firsts, lasts = NAMES_HELDOUT17[rng.choice(sorted(NAMES_HELDOUT17))]
        if r < 0.1:
            given = rng.choice(MINERALS_HELDOUT17) + rng.choice(MINERAL_ENDS_HELDOUT17)
            return given, rng.choice(COLOURS_HELDOUT17) + rng.choice(LANDFORMS_HELDOUT17)
        if r < 0.18:
            return rng.choice(RARE_GIVEN_HELDOUT17), rng.choice(lasts)
        return rng.choice(firsts), rng.choice(lasts)

    def person(self) -> str:
        rng = self.rng
        first, last = self.first_last()
        r = rng.random()
        if r < 0.42:
            name = f"{first} {last}"
        elif r < 0.6:
            name = first
        elif r < 0.68:
            name = last if not last.startswith(("ag ", "welt ")) else f"{first} {last}"
        elif r < 0.76:  # cut off by a chat app's member list or notification: 'Lusekelo Mwakal…'
            full = f"{first} {last}"
            name = full[: max(len(first) + 3, len(full) - rng.randint(2, 4))] + "…"
        elif r < 0.84:  # a WhatsApp group shows a number not in the contacts as '~ Name'
            name = f"~ {first} {last}" if rng.random() < 0.5 else f"~{first}"
        else:
            name = f"{first} {last}"
        c = rng.random()
        if c < 0.06:
            return name.lower()
        if c < 0.09:
            return name.upper()
        return name

    def address(self) -> str:
        rng, n = self.rng, self.rng.randint(1, 240)
        pick = rng.choice
        shapes = [
            f"Lot {n}, {pick(['Vitogo Parade', 'Drasa Avenue', 'Naviti Street'])}, Lautoka",
            f"{n} {pick(['Nasekula Road', 'Vunimoli Road', 'Bulileka Road'])}, Labasa, Vanua Levu",
            f"House {n}, {pick(['Mastung Road', 'Shahi Bazar', 'Jhalawan Road'])}, Khuzdar, Balochistan",
            f"No. {n}, {pick(['Zhongshan Rd.', 'Zhongzheng Rd.', 'Minguo Rd.'])}, Hualien City, Hualien County 970",
            f"No. {n}, Lane {rng.randint(2, 90)}, {pick(['Wulai St.', 'Huanshan Rd.'])}, Wulai Dist., New Taipei 233",
            f"No. {n}, {pick(['Sandimen', 'Majia', 'Wutai'])} Township, Pingtung County 901",
            f"Box {n}, Gitlaxt'aamiks, BC V0J 1A0",
            f"{n} {pick(['Broad St', 'Wildwood Ave', 'Center St'])}, Salamanca, NY 14779",
            f"{n} {pick(['Cheyenne Ave', 'Medicine Bull Rd', 'Dull Knife Dr'])}, Lame Deer, MT 59043",
            f"W{rng.randint(1000, 9999)} {pick(['Red Cloud Rd', 'Thunder Dr', 'Sand Pillow Rd'])}, Black River Falls, WI 54615",
            f"{n} {pick(['Main St', 'Topawa Rd', 'Comobabi Dr'])}, Sells, AZ 85634",
            f"{n}, rue {pick(['Messek', 'Pashin', 'Uashat'])}, Uashat, Sept-Îles (Québec) G4R 4L9",
            f"{n} {pick(['Mishta-shipu', 'Kenemich', 'Sheshatshiu'])} Rd, Sheshatshiu, NL A0P 1M0",
            f"Vereda {pick(['El Credo', 'La Bodega', 'Tacueyó'])}, casa {n}, Toribío, Cauca",
            f"House No. {n}, {pick(['Changspa', 'Skampari', 'Sankar'])}, Leh, Ladakh 194101",
            f"{n}, {pick(['Rajpur Road', 'Dalanwala', 'Ballupur'])}, Dehradun 2480{rng.randint(0, 99):02d}",
            f"Village {pick(['Munsiyari', 'Dharchula', 'Pithoragarh'])}, house {n}, Kumaon",
            f"H. No. {n}, {pick(['Gandhi Nagar', 'Trikuta Nagar', 'Talab Tillo'])}, Jammu 1800{rng.randint(0, 20):02d}",
            f"Quarter No. {n}, {pick(['Kanke Road', 'Bariatu', 'Morabadi'])}, Ranchi 8340{rng.randint(0, 20):02d}",
            f"{pick(['Krishnanagar', 'Dhaleswar', 'Abhoynagar'])}, Road No. {rng.randint(1, 9)}, house {n}, Agartala 799001",
            f"{n} {pick(['Fir St', 'Cormorant Rd', 'Maple Rd'])}, Alert Bay, BC V0N 1A0",
            f"Box {n}, Fort Resolution, NT X0E 0M0",
            f"{n} {pick(['Beaufort Rd', 'Mangilaluk St', 'Kingak Rd'])}, Tuktoyaktuk, NT X0E 1C0",
            f"Plot {n}, {pick(['Kashozi Road', 'Uganda Road', 'Rwamishenye'])}, Bukoba",
            f"Nyumba na. {n}, {pick(['Mtaa wa Tukuyu', 'Iyunga', 'Soweto'])}, Mbeya",
            f"No. {n} {pick(['Bori Road', 'Kono Street', 'Gokana Road'])}, Bori, Rivers State",
            f"No. {n} {pick(['Upu Road', 'Oturkpo Road', 'Ojantele Street'])}, Otukpo, Benue State",
            f"Plot {n}, {pick(['Pajulu Road', 'Adumi Road', 'Weatherhead Park Lane'])}, Arua",
            f"Quartier {pick(['Aftène', 'Etambar', 'Intahaka'])}, maison {n}, Kidal",
            f"Quartier {pick(['Dagamanet', 'Obitara', 'Sabon Gari'])}, porte {n}, Agadez",
            f"ul. {pick(['Lenina', 'Gasanova', 'Tagi-Zade'])} {n}, Derbent, 3686{rng.randint(0, 99):02d}",
            f"Via {pick(['Rigoni di Sopra', 'Millepini', 'Kaberlaba'])} {n}, 36012 Asiago VI",
            f"Lot {n}, Wurrumiyanga, Bathurst Island NT 0822",
            f"{n} {pick(['Nannup Road', 'Yagan Street', 'Great Eastern Hwy'])}, Midland WA 6056",
        ]  # fmt: skip
        return pick(shapes)

    def email(self) -> str:
        rng = self.rng
        first, last = (_ascii_name(x).replace("…", "") for x in self.first_last())
        user = rng.choice([f"{first}.on.{rng.choice(HOBBIES_HELDOUT17)}", f"{last}{first[:2]}.lessons",
                           f"{first}{rng.randint(60, 99)}.{last}", f"inkedby.{first}", f"{last}.translates",
                           f"{first}_{last}_apiary", f"scoutleader.{last}"])  # fmt: skip
        domain = rng.choice(["connect.com.fj", "vodafone.com.fj", "ptcl.net.pk", "hinet.net", "seed.net.tw",
                             "ms45.hinet.net", "telus.net", "shaw.ca", "citlink.net", "tds.net", "ntua.com",
                             "videotron.ca", "nl.rogers.com", "une.net.co", "airtelmail.in", "sancharnet.in",
                             "ttc.co.tz", "ttcl.co.tz", "mtnonline.com", "uganda.co.ug", "orangemali.net",
                             "azeronline.com", "libero.it", "bigpond.com", "iinet.net.au", "tpg.com.au",
                             "fastmail.com", "zoho.com", "gmx.net", "yahoo.co.in", "mail.com"])  # fmt: skip
        return f"{user}@{domain}"

    def phone(self) -> str:
        d, rng = self.d, self.rng
        shapes = [
            f"+679 {d(3)} {d(4)}",  # Fiji
            f"+92 848 {d(6)}",  # Khuzdar
            f"+886 3 {d(3)} {d(4)}",  # Hualien
            f"(089) {d(3)}-{d(3)}",  # Taitung, Taiwanese trunk code in brackets
            f"+886 8 {d(3)} {d(4)}",  # Pingtung
            f"250-633-{d(4)}",  # Nisga'a valley
            f"(716) 945-{d(4)}",  # Salamanca
            f"406 477 {d(4)}",  # Lame Deer
            f"715.284.{d(4)}",  # Black River Falls
            f"+1 520 383 {d(4)}",  # Sells
            f"418 962-{d(4)}",  # Sept-Îles
            f"709-497-{d(4)}",  # Sheshatshiu
            f"+57 602 {d(3)} {d(4)}",  # Cauca, Colombia's 60X area codes
            f"01982-{d(6)}",  # Leh
            f"0135 {d(7)}",  # Dehradun
            f"05964 {d(6)}",  # Pithoragarh
            f"0191-{d(7)}",  # Jammu
            f"0651 {d(3)} {d(4)}",  # Ranchi
            f"0381-23{d(5)}",  # Agartala
            f"250-974-{d(4)}",  # Alert Bay
            f"867 394 {d(4)}",  # Fort Resolution
            f"(867) 977-{d(4)}",  # Tuktoyaktuk
            f"+255 28 222 {d(4)}",  # Bukoba
            f"+255 25 25{d(2)} {d(3)}",  # Mbeya
            f"+234 84 {d(3)} {d(3)}",  # Port Harcourt area
            f"+234 (0) 44 {d(3)} {d(3)}",  # Otukpo
            f"+256 476 {d(6)}",  # Arua
            f"+223 21 85 {d(2)} {d(2)}",  # Kidal
            f"+227 20 44 {d(2)} {d(2)}",  # Agadez
            f"+7 (87240) {d(1)}-{d(2)}-{d(2)}",  # Derbent
            f"0424 {d(6)}",  # Asiago
            f"(08) 8978 {d(4)}",  # Wurrumiyanga
            f"08 9250 {d(4)}",  # Midland WA
        ]
        return rng.choice(shapes)

    def card(self) -> str:
        rng = self.rng
        prefix, length = rng.choice([("4", 16), ("4", 13), ("55", 16), ("2410", 16), ("37", 15), ("6221", 16),
                                     ("3589", 16), ("36", 14), ("4", 16), ("51", 16)])  # fmt: skip
        num = _luhn_number(rng, prefix, length)
        r = rng.random()
        if length in (13, 14, 15):
            return f"{num[:4]} {num[4:10]} {num[10:]}" if r < 0.4 else num
        groups = [num[i : i + 4] for i in range(0, length, 4)]
        if r < 0.35:
            return " ".join(groups)
        if r < 0.5:  # the issuer number apart, as a terminal receipt prints it: '453201 1234567890'
            return f"{num[:6]} {num[6:]}"
        if r < 0.6:  # underscores, as someone pastes it from a file or variable name
            return "_".join(groups)
        if r < 0.7:
            return "-".join(groups)
        return num

    def iban(self) -> str:
        rng = self.rng
        country = rng.choice(sorted(IBAN_SHAPES_HELDOUT17))
        iban = _iban(rng, country, IBAN_SHAPES_HELDOUT17[country])
        groups = [iban[i : i + 4] for i in range(0, len(iban), 4)]
        r = rng.random()
        if r < 0.5:
            return " ".join(groups)
        if r < 0.6:  # the check digits apart from the rest, as some statements print it
            return f"{iban[:4]} {iban[4:]}"
        return iban

    def ip_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, address): karaoke, surf cams, ski lockers, climbing gyms, photo labs, tattoo
        studios, piano apps, amateur radio, beehive scales, chess servers, scout camps, translators; gcloud,
        AWS CLI, Apache auth logs, MikroTik, Cisco IOS, netplan, tfvars, Vault, kubectl; `chat` as in
        `_pick_chat_or_not`."""
        rng, f = self.rng, self.f()
        v4 = rng.choice([f.ipv4_public(), f.ipv4_public(), f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                         f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])  # fmt: skip
        h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
        v6 = rng.choice([f"2406:{h()}:{h()}::{h()}", f"2a0c:{h()}:{h()}:{h()}::{h()}",
                         f"2001:da8:{h()}:{h()}::{h()}", f"2804:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}",
                         f"2a0e:{h()}::{h()}:{h()}"])  # fmt: skip
        options = [
            ("the karaoke machine at the pub shows up as {}, can I queue songs from my phone?", v4),
            ("the surf school's beach cam is on {} but it only loads at low tide lol", v4),
            ("the ski rental locker app says it's talking to {}, and my boots are stuck inside", v4),
            ("our climbing gym's auto-belay logger is {}, who set that up", v4),
            ("the photo lab emailed my scans from {}, is that a normal server?", rng.choice([v4, v6])),
            ("the tattoo studio's card machine is on {} and keeps dropping", v4),
            ("my piano teacher's lesson app got a login from {}, not me", rng.choice([v4, v6])),
            ("my EchoLink node is on {}, tell the net to connect at 8", v4),
            ("the beehive scale in the apiary reports from {} every hour", v4),
            ("our chess club's lichess bot runs on {}", rng.choice([v4, v6])),
            ("the scout camp wifi gave my tablet {}, why can't it see the printer", v4),
            ("the translation agency's portal blocked {}, that's my home connection", rng.choice([v4, v6])),
            ("the gurdwara's langar rota sheet is on a pi at {}", v4),
            ("NAME       ZONE            MACHINE_TYPE  INTERNAL_IP  EXTERNAL_IP  STATUS\nkaizen-1   europe-west1-b  e2-small      10.132.0.2   {}  RUNNING", v4),
            ('            "PublicIpAddress": "{}",', v4),
            ("[Mon Jun 03 21:14:07.118 2024] [auth_basic:error] [pid 4211] [client {}:51544] AH01617: user admin: authentication failure for \"/choir/\": Password Mismatch", v4),
            ("/ip address add address={}/24 interface=bridge", v4),
            (" ip address {} 255.255.255.0", v4),
            ("      addresses: [{}/24]", v4),
            ('bastion_ip = "{}"', v4),
            ("export VAULT_ADDR=https://{}:8200", v4),
            ("node-2   Ready    <none>   41d   v1.29.4   {}   <none>   Ubuntu 22.04.4 LTS", v4),
            ("ipv6 address {}/64", v6),
            ("      addresses: [\"{}/64\"]", v6),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def password(self) -> str:
        rng, w = self.rng, self.f().word
        return rng.choice(
            [
                f"{rng.choice(['Chopin', 'Czerny', 'Clementi', 'Hanon'])}{rng.choice(['Op', 'No'])}{rng.randint(10, 99)}!",
                f"{w()}-{w()}-{rng.randint(10, 99)}-{w()}",
                self.token(rng.randint(12, 18), string.ascii_letters + string.digits + "@#*+"),
                f"{rng.choice(['Queen', 'Bishop', 'Knight', 'Rook'])}{rng.choice('abcdefgh')}{rng.randint(1, 8)}{rng.randint(1000, 9999)}",
                f"{w().upper()}{rng.randint(10, 99)}{w()}",
            ]
        )  # fmt: skip

    def secret(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, secret); `chat` as in `ip_sample`."""
        tok, pw, rng, d = self.token, self.password(), self.rng, self.d
        alnum = string.ascii_letters + string.digits
        b64 = lambda n: base64.b64encode(bytes(rng.randrange(256) for _ in range(n))).decode()  # noqa: E731
        options = [
            ("the scout hut key box is {}, don't post it in the parents' group", d(4)),
            ("the apiary gate padlock is {}, the bees are calm today", d(4)),
            ("the chess club's lichess team password is {}", pw),
            ("karaoke room 3 booking code: {}", d(6)),
            ("the surf school locker code is {}, my keys are in there", d(4)),
            ("ski rental pickup pin {}, we're at the counter", d(5)),
            ("the climbing gym's member app password is {}, can you book the 7pm slot", pw),
            ("the photo lab's scan download password is {}", tok(10, alnum)),
            ("the tattoo studio wifi is {}", pw),
            ("my piano teacher's musescore login is {}, she wants me to upload the Chopin", pw),
            ("the translation agency portal password is {}, can you check my invoice", pw),
            ("the sign language class Teams passcode is {}", tok(6, alnum)),
            ("the repeater's admin password is {}, don't tell the other hams", pw),
            ("the temple volunteers' google sheet password is {}", pw),
            ("ang password nako kay {}", pw),
            ("ọ̀rọ̀ aṣínà mi ni {}", pw),
            ("okwuntughe m bụ {}", pw),
            ("im gaghtnabary {} e", pw),
            ("chemi paroli aris {}", pw),
            ("šifra za wifi je {}", pw),
            ("tessera: {}", pw),
            ("<password>{}</password>", "{AQAAABAAAAAQ" + tok(43, alnum + "+/") + "=}"),
            ('        "SecretAccessKey": "{}",', tok(40, alnum + "+/")),
            ("DefaultEndpointsProtocol=https;AccountName=choirfiles;AccountKey={};EndpointSuffix=core.windows.net",
             b64(64)),
            ('db_password = "{}"', pw),
            ("token               {}", "hvs." + tok(24, alnum)),
            ("password    {}", pw),
            (" username admin privilege 15 secret 5 {}", "$1$" + tok(4, alnum) + "$" + tok(22, alnum + "./")),
            (" username backup password 7 {}", tok(20, "0123456789ABCDEF")),
            ("/user add name=radio group=full password={}", pw),
            ('set imap_pass = "{}"', pw),
            ("password {}", pw),
            ("        <Value>{}</Value>", pw),
            ("vault_password_file contents: {}", pw),
            ("NGC_API_KEY={}", "nvapi-" + tok(64, alnum + "-_")),
            ("TAVILY_API_KEY={}", "tvly-" + tok(32, alnum)),
            ("JINA_API_KEY={}", "jina_" + tok(60, alnum)),
            ("CEREBRAS_API_KEY={}", "csk-" + tok(48, string.ascii_lowercase + string.digits)),
            ("LLAMA_CLOUD_API_KEY={}", "llx-" + tok(48, alnum)),
            ("VOYAGE_API_KEY={}", "pa-" + tok(43, alnum + "-_")),
            ("TF_VAR_admin_password={}", pw),
            ("https://choirfiles.blob.core.windows.net/scans?sv=2022-11-02&ss=b&sp=rl&se=2024-07-01&sig={}",
             tok(43, alnum) + "%3D"),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def handle(self) -> str:
        """A username in shapes earlier sets did not use ('x_on_keys', 'inked.by.x', 'x_sends_v5')."""
        rng = self.rng
        first, last = (_ascii_name(x).replace("…", "").replace("~", "") for x in self.first_last())
        return rng.choice(
            [
                f"{first}_on_keys",
                f"inked.by.{first}",
                f"{first}_sends_v{rng.randint(3, 11)}",
                f"{first}.shoots.{rng.choice(['film', '120', 'portra'])}",
                f"{last}{first[:1]}_translates",
                f"{first}{last[:1]}bees",
                f"{first}_signs_{rng.choice(['asl', 'bsl', 'auslan'])}",
            ]
        )  # fmt: skip

    def _dob_shapes(self) -> dict[str, str]:
        """One date of birth in every shape this set uses, keyed by language or format."""
        dt = self.f().date_of_birth(minimum_age=5, maximum_age=95)
        m = dt.month - 1
        ceb = "Enero Pebrero Marso Abril Mayo Hunyo Hulyo Agosto Septiyembre Oktubre Nobyembre Disyembre".split()
        yo = "Ṣẹ́rẹ́ Èrèlè Ẹrẹ̀nà Ìgbé Ẹ̀bibi Òkúdu Agẹmọ Ògún Ọwẹwẹ Ọ̀wàrà Bélú Ọ̀pẹ̀".split()
        ig = "Jenụwarị Febụwarị Machị Eprel Mee Jun Julaị Ọgọst Septemba Ọktoba Novemba Disemba".split()
        ln = "yanwáli febwáli mársi apríli máyi yúni yúli augústo sɛtɛ́mbɛ ɔkɔtɔ́bɛ novɛ́mbɛ dɛsɛ́mbɛ".split()
        sc = ("ghennàrgiu freàrgiu martzu abrile maju làmpadas trìulas austu cabudanni santugaine "
              "santandria nadale").split()  # fmt: skip
        fj = "Janueri Feperueri Maji Epereli Me June Julai Okosita Seviteba Okotova Noveba Tiseba".split()
        iso = dt.isocalendar()
        return {
            "ceb": f"{ceb[m]} {dt.day}, {dt.year}",  # Cebuano
            "yo": f"ọjọ́ {dt.day} oṣù {yo[m]} ọdún {dt.year}",  # Yoruba
            "ig": f"{dt.day} {ig[m]} {dt.year}",  # Igbo
            "ln": f"{dt.day} {ln[m]} {dt.year}",  # Lingala
            "sc": f"{dt.day} de {sc[m]} de su {dt.year}",  # Sardinian
            "fj": f"{dt.day} ni {fj[m]} {dt.year}",  # Fijian
            "isoweek": f"{iso[0]}-W{iso[1]:02d}-{iso[2]}",  # ISO 8601 week date
            "ordinal": f"{dt.year}-{dt.timetuple().tm_yday:03d}",  # ISO 8601 ordinal date
        }

    def dob(self) -> str:
        """A date of birth in one of this set's written shapes."""
        shapes = self._dob_shapes()
        return shapes[self.rng.choice(sorted(shapes))]

    def dob_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, date of birth): a birth cue in the date's own language, a form or a paste;
        `chat` as in `ip_sample`."""
        s, any_shape = self._dob_shapes(), self.dob()
        options = [
            ("the scouts' medical form wants her date of birth, it's {}", any_shape),
            ("the ski school groups kids by birthday, mine's {}", any_shape),
            ("the tattoo studio checks ID, my birthday is {} so I'm fine right?", any_shape),
            ("the visa appointment page keeps rejecting my date of birth {}", any_shape),
            ("natawo ko sa {}", s["ceb"]),
            ("wọ́n bí mi ní {}", s["yo"]),
            ("a mụrụ m na {}", s["ig"]),
            ("nabotamaki na {}", s["ln"]),
            ("so nàschidu su {}", s["sc"]),
            ("au sucu ena {}", s["fj"]),
            ("birthDateIsoWeek: {}", s["isoweek"]),
            ("DOB (ordinal): {}", s["ordinal"]),
            ('member_birth_date = "{}"', s["isoweek"]),
            ("Geburtsdatum (JJJJ-TTT): {}", s["ordinal"]),
        ]  # fmt: skip
        return _pick_chat_or_not(self.rng, options, chat, key=lambda o: o[0])


HELDOUT17_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "{} is singing Dancing Queen at karaoke again, save me",
        "who's the new bass in the karaoke league, {}?",
        "the scout leader {} wants the permission slips by Friday",
        "our cub pack leader is {}, she's amazing with the little ones",
        "{} is bringing the gas stove for the scout camp",
        "the ham on the repeater last night was {}, he was in Fiji!",
        "{} passed the foundation licence, we should celebrate",
        "my bee mentor {} says the queen is missing",
        "{} lost a swarm to the neighbour's chimney lol",
        "the chess club's captain {} wants me on board 3",
        "beat {} in the blitz final, finally!!",
        "{} from surf school says the swell is too big for beginners",
        "our surf instructor {} made us paddle for an hour",
        "the ski rental guy {} gave me the wrong boots",
        "{} is belaying me at the climbing gym tonight",
        "the route setter {} made a v6 that nobody can flash",
        "the photo lab tech {} said my roll was light-leaked",
        "{} is doing my sleeve at the tattoo studio, 4 sessions",
        "should I tip {} after a 6 hour tattoo?",
        "my piano teacher {} wants scales every day, ugh",
        "{} is accompanying the grade 5 exam on the 12th",
        "the agency gave my Tetum job to {}, again",
        "can {} proofread the Portuguese before I send it",
        "our sign language teacher {} is Deaf and so funny",
        "{} signs so fast, I only catch half",
        "the temple kitchen rota has {} on Sundays",
        "{} organises the langar, ask her about the dal",
        "please thank {} for the lift to the visa appointment",
        "the tax adviser {} said I can claim the piano lessons?",
        "the allotment committee voted {} as plot secretary",
        "{} left a lens cap in lost property, is it hers?",
        "{} joined using this group's invite link",
        "{} changed the group description",
        "{} reacted 🐝 to your message",
        "tagged {} in the karaoke video",
        "happy birthday {}!! from all at the climbing wall",
        "Owner: {}  Plot: 14B  Water butt: yes",
        "<description>deploy key of {}</description>",
        'owner_name = "{}"',
        '    "display_name": "userpass-{}",',
        '/user add name=radio group=read comment="{}"',
        " description desk phone of {}",
        "Accompanist: {} (piano)",
        "Translator: {} — EN>TET, 1,200 words",
        "Interpreter (BSL): {}",
        "Tattoo artist: {} | deposit paid",
    ],
    "STREET_ADDRESS": [
        "karaoke afterparty is at {}, bring snacks",
        "scout camp drop-off is {} at 9",
        "the apiary is behind {}, wear long sleeves",
        "chess club moved to {}, upstairs",
        "the surf school meets at {}",
        "send the film rolls to {}",
        "the tattoo studio is at {}, next to the bakery",
        "piano lessons are at her house, {}",
        "the sign language class is at {}",
        "the temple volunteers meet at {} on Saturday",
        "Address for visa letter: {}",
        'site_address = "{}"',
        "Ship scans to: {}",
        "ADR:;;{}",
    ],
    "EMAIL_ADDRESS": [
        "the karaoke league's email is {}",
        "email the scout leader at {} about the hike",
        "my bee mentor is {}, ask about the nucs",
        "the chess club sends pairings from {}",
        "the photo lab said to email {} for rescans",
        "the tattoo artist books through {}",
        "my piano teacher's email is {}",
        "send the translation to {} before 5",
        "the sign language teacher is {}",
        'aws_account_email = "{}"',
        "Credentialed Accounts\nACTIVE  ACCOUNT\n*       {}",
        "MAILFROM={}",
        'set from = "{}"',
        "  notification_email: {}",
    ],
    "PHONE_NUMBER": [
        "the karaoke host's number is {}",
        "call the scout leader on {} if we're late",
        "the bee swarm collector's number: {}",
        "the surf school's whatsapp is {}",
        "ski rental shop: {}, ask for the manager",
        "text the tattoo studio on {} to move my session",
        "my piano teacher is {} if you need her",
        "the interpreter's mobile is {}",
        "the tax adviser's office line is {}",
        "Emergency contact (camp): {}",
        'contact_phone = "{}"',
        "Tel. {} (apiary)",
    ],
    "CREDIT_CARD": [
        "the karaoke room went on {}",
        "the tattoo deposit went on {}",
        "pay the ski rental with {}",
        "the photo lab charged {} for scans",
        "the climbing membership auto-renews on {}",
        "use {} for the scout camp fees",
        "CARD NO: {}",
        'payment_card = "{}"',
        "Card used: {} (contactless)",
    ],
    "IBAN_CODE": [
        "pay my piano teacher to {}",
        "the translation agency pays me into {}",
        "the beekeepers' association account: {}",
        "the tattoo artist wants the deposit to {}",
        "scout camp fees to {}, reference your child's name",
        "the chess club's iban is {}",
        'payout_iban = "{}"',
        "Beneficiary IBAN: {}",
        "IBAN for fees: {}",
    ],
    "USERNAME": [
        "my smule name is {}, duet with me",
        "I'm {} on lichess, challenge me",
        "my mountain project is {}",
        "follow my film stuff on lomography, {}",
        "find my tattoo portfolio, {} on insta",
        "my musescore is {}",
        "I'm {} on proz if the agency asks",
        "my surfline account is {}",
        "[auth_basic:error] [client 203.0.113.9:5121] AH01618: user {} not found: /karaoke/",
        "<username>{}</username>",
        "/user add name={} group=full",
        'set imap_user = "{}"',
    ],
}
HELDOUT17_MIXED = [
    ("{} teaches piano, her number is {}", ["PERSON", "PHONE_NUMBER"]),
    ("scout: {}, born {}, lives at {}", ["PERSON", "DATE_OF_BIRTH", "STREET_ADDRESS"]),
    ("the translator {} wants paying to {}", ["PERSON", "IBAN_CODE"]),
    ("Tattoo artist: {}\nEmail: {}", ["PERSON", "EMAIL_ADDRESS"]),
    ("/ip address add address={}/24\n/user add name={} password={}", ["IP_ADDRESS", "USERNAME", "SECRET"]),
    ("apiary: {}, gate code {}", ["PERSON", "SECRET"]),
    ("ski rental: card {}, receipt to {}", ["CREDIT_CARD", "EMAIL_ADDRESS"]),
    ("my lichess is {} and my birthday is {}", ["USERNAME", "DATE_OF_BIRTH"]),
    ("our belay partner {} lives at {}", ["PERSON", "STREET_ADDRESS"]),
    ("export VAULT_ADDR=https://{}:8200\nexport VAULT_TOKEN={}", ["IP_ADDRESS", "SECRET"]),
    ("karaoke host {} — call {} to book", ["PERSON", "PHONE_NUMBER"]),
    ('notification_email = "{}"\npayment_card = "{}"', ["EMAIL_ADDRESS", "CREDIT_CARD"]),
]  # fmt: skip
HELDOUT17_NEGATIVES = [
    "Lautoka is the sugar city",
    "Labasa has the best roti parcels",
    "Khuzdar to Karachi on the N-25",
    "Hualien's Taroko Gorge at dawn",
    "the Nass valley lava beds",
    "Salamanca NY has the Seneca-Iroquois museum",
    "Black River Falls has great trout",
    "Sells is near Kitt Peak",
    "Sept-Îles is on the Gulf of St. Lawrence",
    "Toribío sits in the Cauca mountains",
    "Leh is at 3,500 metres, acclimatise first",
    "Agartala's Ujjayanta palace",
    "Alert Bay has the tallest totem",
    "Tuktoyaktuk has pingos",
    "Bukoba is on Lake Victoria",
    "Mbeya is coffee country",
    "Otukpo is in Benue",
    "Arua has a big market",
    "Agadez grand mosque is mud brick",
    "Derbent is the oldest city in Russia",
    "Asiago cheese is from the plateau",
    "Tiwi football grand final in March",
    "Dancing Queen, Bohemian Rhapsody and Africa again",
    "karaoke night is every second Thursday",
    "Be Prepared is the scout motto",
    "the Duke of Edinburgh silver hike",
    "73 de the club station, QSL via bureau",
    "2m repeater on 145.600 with 88.5 tone",
    "Langstroth or Warré hive for a beginner",
    "varroa treatment in August",
    "Sicilian Defence, Najdorf variation",
    "1. e4 e5 2. Nf3 Nc6 3. Bb5",
    "Elo 1650 after the weekender",
    "paddle, pop up, stand, fall off, repeat",
    "4/3 wetsuit is fine in May",
    "ski boots 27.5 mondo point",
    "V4 in the cave, 6a+ on the slab",
    "Portra 400 pushed one stop",
    "Traditional or fine line for a first tattoo",
    "aftercare: wash, pat dry, thin layer of balm",
    "ABRSM grade 5 theory is on the 12th",
    "Für Elise is overplayed",
    "Chopin Nocturne Op. 9 No. 2",
    "the agency rate is 0.08 per word",
    "BSL level 2 starts in September",
    "langar is served from 12 to 3",
    "visa appointment: bring 2 photos 35x45 mm",
    "allotment plot 14B needs weeding",
    "lost property: one black umbrella, one lens cap",
    "NAME  ZONE  MACHINE_TYPE  STATUS",
    "gcloud config set project kaizen-choir",
    "aws configure --profile karaoke",
    "region = eu-west-1\noutput = json",
    "AH00558: Could not reliably determine the server's fully qualified domain name",
    "/ip firewall filter print",
    "interface GigabitEthernet0/1\n no shutdown",
    "network:\n  version: 2\n  renderer: networkd",
    'instance_type = "t3.micro"',
    "Key             Value\n---             -----\ntoken_policies  [default]",
    "$ANSIBLE_VAULT;1.1;AES256",
    "<scope>GLOBAL</scope>",
    "AccountName=devstoreaccount1 is the emulator's default",
    "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY is the docs example",
    "card 4242 4242 4242 4242 is the test card",
    "IBAN GB33 BUKB 2020 1555 5555 55 is the sample",
    "send it to someone@example.org",
    "198.51.100.7 is a documentation address",
    "2001:db8::1 in the netplan example",
    "call 112 from anywhere in Europe",
    "password: ******** (hidden)",
    "ok see you at karaoke",
    "lol the bees followed me home",
    "can you remind me to buy film",
]  # fmt: skip


def _typo17(rng: random.Random, template: str) -> str:
    """Phone-typing slips outside the {} slots, other than earlier sets': a space before the final ? or !
    (as French typing puts it), the g of an -ing word dropped ('going' -> 'goin'), or the pronoun 'I'
    typed lower case."""
    r = rng.random()
    if r < 0.35 and re.search(r"[?!]$", template) and not template.endswith(" ?"):
        return template[:-1] + " " + template[-1]
    ings = [m for m in re.finditer(r"(?<![\w{}])[a-z]{2,}ing(?![\w}])", template)]
    if r < 0.7 and ings:
        m = rng.choice(ings)
        return template[: m.end() - 1] + template[m.end() :]
    if re.search(r"(?<![\w{}])I(?=[ '])", template):
        return re.sub(r"(?<![\w{}])I(?=[ '])", "i", template)
    if ings:
        m = ings[0]
        return template[: m.end() - 1] + template[m.end() :]
    return template


def build_heldout17(seed: int = HELDOUT17_SEED) -> list[Example]:
    """Held-out set 17: `Gen17` values in `HELDOUT17_TEMPLATES`, mixed sentences and look-alike negatives."""
    gen = Gen17(seed)
    rng = gen.rng
    makers = {
        "PERSON": gen.person, "STREET_ADDRESS": gen.address, "EMAIL_ADDRESS": gen.email, "PHONE_NUMBER": gen.phone,
        "CREDIT_CARD": gen.card, "IBAN_CODE": gen.iban, "IP_ADDRESS": lambda: gen.ip_sample()[1],
        "USERNAME": gen.handle, "DATE_OF_BIRTH": gen.dob, "SECRET": gen.password,
    }  # fmt: skip
    counts = {"PERSON": 80, "SECRET": 70, "USERNAME": 24}
    styles: list[tuple[str, list[tuple[str, str]]]] = []  # (template, [(type, value)])
    for etype in TYPES:
        for _ in range(counts.get(etype, 14)):
            chat = rng.random() < 0.7  # Kaizen is a chat bot: most sentences are typed to it or a friend
            if etype in (
                "SECRET",
                "IP_ADDRESS",
                "DATE_OF_BIRTH",
            ):  # the template depends on the value's shape
                sample = {"SECRET": gen.secret, "IP_ADDRESS": gen.ip_sample, "DATE_OF_BIRTH": gen.dob_sample}[
                    etype
                ]
                template, value = sample(chat)
                styles.append((template, [(etype, value)]))
            else:
                template = _pick_chat_or_not(rng, HELDOUT17_TEMPLATES[etype], chat)
                styles.append((template, [(etype, makers[etype]()) for _ in range(template.count("{}"))]))
    for _ in range(24):
        template, types = rng.choice(HELDOUT17_MIXED)
        styles.append((template, [(t, makers[t]()) for t in types]))
    styles += [(t, []) for t in HELDOUT17_NEGATIVES]
    examples = []
    for template, values in styles:
        style = "plain"
        if rng.random() < 0.15:
            template, style = _typo17(rng, template), "typo"
        parts = template.split("{}")
        text, spans = parts[0], []
        for (etype, value), rest in zip(values, parts[1:], strict=True):
            spans.append((len(text), len(text) + len(value), etype))
            text += value + rest
        r = rng.random()  # lower case or ALL CAPS, as people and some exports write
        for new, name, p in ((text.lower(), "lower", 0.09), (text.upper(), "upper", 0.12)):
            if r < p and len(new) == len(text):
                text, style = new, name
                break
        examples.append(Example(text, spans, style))
    rng.shuffle(examples)
    return examples


HELDOUT18_SEED = 181081
# no faker name locale, as in held-out 16 and 17: every faker name locale outside the lexicon has been used by
# an earlier set, so all names below come from hand-written lists of origins no earlier set drew from (empty on
# purpose; the lexicon test still checks it)
NAME_LOCALES_HELDOUT18: list[str] = []
NAMES_HELDOUT18: dict[str, tuple[list[str], list[str]]] = {
    "lumbee": ("Kelvin Mildred Purnell Arlinda Jarrod Lonnie Brenda Harvey".split(),
               "Locklear Oxendine Chavis Lowry Brayboy Dial Maynor Jacobs".split()),
    "osage": ("Marjorie Everett Yvonne Geoffrey Rosemary Leonard Andrea Maria".split(),
              "Tallchief;Red Corn;Standing Bear;Bighorse;Lookout;Pratt;Whitehorn;Shunkamolah".split(";")),
    "potawatomi": ("Jolene Rocky Curtis Shirley Zach Margaret Leroy Darlene".split(),
                   "Wahwassuck Wabnum Mzhickteno Nozhackum Shopteese Kitchkommie Pahmahmie Wamego".split()),
    "menominee": ("Apesanahkwat Ada Gordon Lucille Dewey Joan Reginald Carol".split(),
                  "Waukau Pecore Oshkosh Tourtillott Kaquatosh Wapoose Grignon Fowler".split()),
    "seminole": ("Moses Betty Mitchell Louise Sonny Josie Agnes Jim".split(),
                 "Osceola Jumper Billie Tiger Cypress Tommie Buster Huff".split()),
    "havasupai": ("Rex Lucinda Carletta Wayne Roland Dianna Leandra Marvin".split(),
                  "Uqualla Watahomigie Sinyella Putesoy Manakaja Tilousi Paya Jack".split()),
    "nuu_chah_nulth": ("Shawn Cliff Judith Hugh Lena Corby Ruby Nelson".split(),
                       "Atleo Charleson Sayers Tatoosh Jules Dick Frank Thomas".split()),
    "acadian": ("Évangéline Aurèle Léonie Onésime Rosaire Gilberte Euclide Alcide".split(),
                "Arsenault Gallant Poirier Doiron Cormier Bourque Chiasson Thériault".split()),
    "ixil": ("Gaspar Jacinta Baltazar Magdalena Tomás Juana Pedro Elena".split(),
             "Brito Raymundo Ceto Chel Cobo Matóm Sajic Tzoy".split()),
    "iteso": ("Amongin Aisu Asio Ekwaro Emuria Ikiring Apio Akol".split(),
              "Opolot Okiror Odeke Osuban Ekure Epiaka Ochen Omoding".split()),
    "karamojong": ("Apaa Napeyok Lokol Achia Nangiro Lomonyang Adome Lokut".split(),
                   "Lokeris Lochap Lomuria Lotee Longoli Lokwang Nakiru Lemukol".split()),
    "samburu": ("Lekishon Naserian Lenaiyara Nashipai Lekatoo Saleyian Naisula Lesuper".split(),
                "Lenolkulal Lesiyampe Lekuton Lekolool Lemantile Lengees Lesuuda Lelesit".split()),
    "central_african": ("Anicet Simplice Fidèle Sylvain Catherine Théodore Faustin Béatrice".split(),
                        "Ngaïkoisset Yangongo Gbazi Zanga Dologuélé Ziguélé Ngrébada Sarandji".split()),
    "nzema": ("Kaku Nda Ezoa Aka Mienza Adjoba Akasi Kuamina".split(),
              "Ackah Armah Blay Ehun Ainoo Kacou Nkrumah Essoun".split()),
    "frafra": ("Atinga Azure Ayamga Atule Akolbire Apuri Abagre Ayine".split(),
               "Adongo Azongo Ayambire Akolgo Atanga Awuni Akurugu Anafo".split()),
    "kru": ("Tarlue Sonpon Nyenswah Wleh Dweh Kwiah Saydee Nyanti".split(),
            "Weah Nimely Wesseh Tweh Sieh Jlateh Nyanfor Togba".split()),
    "chin": ("Cung Van Ngun Zing Bawi Hre Sui Mang".split(),
             "Lian Hup;Biak Thang;Hlei Par;Za Uk;Sung;Cin Khai;Mawi;Tial".split(";")),
    "sasak": ("Lalu Zohri;Baiq Nuraini;Lalu Wirajaya;Baiq Mahyuni;Lalu Gede;Baiq Isvie;Lalu Hamzi;Baiq Ratna".split(";"),
              "Fathurrahman Sudirman Azhar Mulyadi Rupawan Suhardi Hadi Wirasakti".split()),
    "gond": ("Sukhram Budhiya Lalita Shivnath Dasru Phoolwati Kamla Mohan".split(),
             "Netam Markam Uikey Dhurwe Marawi Kumre Tekam Poyam".split()),
    "bhil": ("Kantilal Ramila Savita Jamsingh Kalusingh Rupli Mangla Mahendra".split(),
             "Bhuria Damor Bhabhor Ninama Vasava Katara Meda Khant".split()),
    "munda": ("Jaipal Karia Rajmani Suru Dayamani Salomi Marshal Nirmala".split(),
              "Bhengra Purty Horo Soy Topno Dodray Guria Sanga".split()),
    "karbi": ("Bidyasing Jotson Tuliram Mansing Sarthe Kache Rongbong Lindok".split(),
              "Teron Terang Ingti Timung Engti Hanse Rongpi Tisso".split()),
    "dimasa": ("Debolal Purnima Nindu Jewel Bidyadhar Mohet Nirupama Samarjit".split(),
               "Hojai Langthasa Phonglo Kemprai Naiding Jidung Bathari Gorlosa".split()),
    "mishing": ("Jadav Ranoj Bhubon Nabin Jonali Bhaskar Kamala Tabu".split(),
                "Pegu Doley Taid Payeng Kutum Regon Patir Morang".split()),
    "lak": ("Effendi Abutalib Musa Garun Patimat Aishat Muslimat Khamis".split(),
            "Kapiev Gafurov Manarov Saidov Gaziev Kurbanov Bakhmudov Omarov".split()),
    "tabasaran": ("Gabib Mirzabek Zarema Shamil Zulfiya Sultanat Kazim Ramazan".split(),
                  "Gabibov Mirzabekov Shamkhalov Kurbanaliev Gadzhimuradov Ibragimov Kerimov Nurmagomedov".split()),
}  # fmt: skip
# invented given names of a made-up root and an ending, and surnames of a made-up root and a northern English
# place-name element (-thwaite, -garth, -royd...), ways no earlier set used
INVENTED_GIVEN_ROOTS_HELDOUT18 = ["Mar", "Tam", "Bel", "Cor", "Sel", "Dov", "Ril", "Wen", "Jas", "Orl"]
INVENTED_GIVEN_ENDS_HELDOUT18 = ["wyn", "isse", "ander", "oline", "ek", "ith", "abel", "ery"]
INVENTED_SURNAME_ROOTS_HELDOUT18 = [
    "Gill",
    "Brack",
    "Hesk",
    "Ormer",
    "Thorn",
    "Rav",
    "Skel",
    "Lang",
    "Ash",
    "Whin",
]
INVENTED_SURNAME_ENDS_HELDOUT18 = ["thwaite", "shaw", "botham", "sett", "garth", "royd"]
# rare given names of the 1880s US census, many of them nicknames written as the formal name
RARE_GIVEN_HELDOUT18 = ["Orpha", "Zilpha", "Lovisa", "Texanna", "Dovie", "Arrie", "Tennie", "Euphemia", "Pink",
                        "Dock", "Wash", "Lum", "Ransom", "Cleve", "Mose", "Ebb"]  # fmt: skip
IBAN_SHAPES_HELDOUT18 = {
    "GT": "4c20c", "LC": "4a24c", "HN": "4a20n", "VG": "4a16n", "BG": "4a4n2n8c", "LV": "4a13c", "LI": "5n12c",
    "TR": "5n1n16c", "GB": "4a14n", "IE": "4a14n", "CY": "8n16c", "EE": "16n",
}  # fmt: skip
HOBBIES_HELDOUT18 = ["quiz", "darts", "yoga", "bingo", "fpl", "bowls", "trains", "canal", "knits", "bikes"]


class Gen18(Gen3):
    """Generators for held-out set 18: origins, name forms, formats and contexts none of the other sets use."""

    def first_last(self) -> tuple[str, str]:
        """A given and a family name: NAMES_HELDOUT18, invented ('Belisse Heskthwaite') or rare 1880s."""
        rng = self.rng
        r = rng.random()
        firsts, lasts = NAMES_HELDOUT18[rng.choice(sorted(NAMES_HELDOUT18))]
        if r < 0.1:
            given = rng.choice(INVENTED_GIVEN_ROOTS_HELDOUT18) + rng.choice(INVENTED_GIVEN_ENDS_HELDOUT18)
            return given, rng.choice(INVENTED_SURNAME_ROOTS_HELDOUT18) + rng.choice(
                INVENTED_SURNAME_ENDS_HELDOUT18
            )
        if r < 0.18:
            return rng.choice(RARE_GIVEN_HELDOUT18), rng.choice(lasts)
        return rng.choice(firsts), rng.choice(lasts)

    def person(self) -> str:
        rng = self.rng
        first, last = self.first_last()
        r = rng.random()
        if r < 0.42:
            name = f"{first} {last}"
        elif r < 0.6:
            name = first
        elif r < 0.67:
            name = last
        else:
            name = f"{first} {last}"
        c = rng.random()
        if c < 0.06:
            return name.lower()
        if c < 0.09:
            return name.upper()
        return name

    def family(self) -> str:
        """A family named by the plural of its surname, as in 'the Oxendines are hosting'."""
        last = self.first_last()[1]
        while " " in last:  # 'the Lian Hups' reads wrong; families are named by one-word surnames
            last = self.first_last()[1]
        return last + ("es" if last.endswith(("s", "x", "z", "ch", "sh")) else "s")

    def booking_name(self) -> str:
        """SURNAME/GIVEN as an airline or coach booking prints a passenger."""
        first, last = (_fold_accents(x).upper() for x in self.first_last())
        return f"{last}/{first}"

    def mrz_name(self) -> str:
        """SURNAME<<GIVEN as a passport's machine-readable zone holds it, spaces as '<'."""
        first, last = (_fold_accents(x).upper().replace(" ", "<") for x in self.first_last())
        return f"{last}<<{first}"

    def address(self) -> str:
        rng, n = self.rng, self.rng.randint(1, 240)
        pick = rng.choice
        shapes = [
            f"{n} {pick(['Deese Rd', 'Union Chapel Rd', 'Prospect Rd'])}, Pembroke, NC 28372",
            f"{n} {pick(['Kihekah Ave', 'Grandview Ave', 'Lynn Ave'])}, Pawhuska, OK 74056",
            f"{rng.randint(15000, 19999)} {pick(['K Rd', 'Q Rd', '150th Rd'])}, Mayetta, KS 66509",
            f"N{rng.randint(100, 999)} {pick(['Hwy 47', 'Wolf River Rd', 'Old 47 Rd'])}, Keshena, WI 54135",
            f"{n} {pick(['Stirling Ave', 'Josephine St', 'Sugar Cane Dr'])}, Hollywood, FL 33024",
            f"PO Box {n}, Supai, AZ 86435",
            f"{n} {pick(['Tsuma-as Dr', 'Ekooth Rd', 'Maht Mahs'])}, Port Alberni, BC V9Y 7L5",
            f"{n}, rue {pick(['du Portage', 'Saint-Pierre Est', 'des Pionniers'])}, Caraquet (N.-B.) E1W 1B{rng.randint(1, 9)}",
            f"{pick(['Cantón Xemamatze', 'Cantón Vitzich', 'Barrio Tu Xolá'])}, casa {n}, Santa María Nebaj, Quiché",
            f"Plot {n}, {pick(['Gweri Road', 'Serere Road', 'Solot Avenue'])}, Soroti",
            f"Plot {n}, {pick(['Lia Road', 'Kitale Road', 'Nakiloro Street'])}, Moroto",
            f"House {n}, {pick(['Kisima Road', 'Lodungokwe', 'Kenya Power Lane'])}, Maralal, Samburu County",
            f"Quartier {pick(['Boy-Rabe', 'Lakouanga', 'Gobongo'])}, rue {rng.randint(1, 60)}, porte {n}, Bangui",
            f"House No. {n}, {pick(['Ankobra Road', 'Fort Street', 'Upper Axim'])}, Axim, Western Region",
            f"BK-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}, {pick(['Zaare', 'Soe', 'Tindonsobligo'])}, Bolgatanga",
            f"{n} {pick(['Maryland Avenue', 'Cape Palmas Road', 'Hoffman Station'])}, Harper, Maryland County",
            f"{pick(['Zathal', 'Haupi', 'Thingchang'])} Ward, house {n}, Hakha, Chin State",
            f"Jl. {pick(['Pejanggik', 'Majapahit', 'Langko'])} No. {n}, Mataram, NTB 83{rng.randint(111, 127)}",
            f"Ward {rng.randint(1, 15)}, {pick(['Gond Tola', 'Shahpura Road', 'Kabir Chowk'])}, house {n}, Dindori 481880",
            f"{pick(['Rajwada', 'Thandla Gate', 'Meghnagar Naka'])}, makan no. {n}, Jhabua, M.P. 457661",
            f"{pick(['Torpa Road', 'Murhu Chowk', 'Birsa Colony'])}, H/No {n}, Khunti, Jharkhand 835210",
            f"{pick(['Rongmongve', 'Ward No. 3', 'Dikrut Bazar'])}, house {n}, Diphu, Karbi Anglong 782460",
            f"{pick(['Mohendijua', 'Haflong Hill', 'Bazar Road'])}, qtr {n}, Haflong, Dima Hasao 788819",
            f"{pick(['Kamalabari Satra', 'Garamur', 'Jengraimukh'])} chapori, house {n}, Majuli 785104",
            f"s. Kumukh, ul. {pick(['Kapieva', 'Manarova', 'Shkolnaya'])}, d. {n}, Laksky r-n, Dagestan",
            f"s. Khuchni, ul. {pick(['Gabibova', 'Lenina', 'Sovetskaya'])}, {n}, Tabasaransky r-n",
        ]  # fmt: skip
        return pick(shapes)

    def email(self) -> str:
        rng = self.rng
        first, last = (_ascii_name(x) for x in self.first_last())
        user = rng.choice([f"{first}.{rng.choice(HOBBIES_HELDOUT18)}", f"syndicate.{last}", f"{last}.{first[:1]}.pta",
                           f"{first}{last[:3]}.quizmaster", f"{first}_{last}_fc", f"homeschool.{last}{rng.randint(2, 9)}",
                           f"{last}{first[:1]}.fixesbikes"])  # fmt: skip
        domain = rng.choice(["nc.rr.com", "embarqmail.com", "sbcglobal.net", "cableone.net", "wildblue.net",
                             "eastlink.ca", "nb.sympatico.ca", "intelnet.net.gt", "utlonline.co.ug",
                             "africaonline.co.ke", "safaricom.co.ke", "lonestarcell.com", "mptmail.net.mm",
                             "telkom.net", "rediffmail.com", "bsnl.in", "bk.ru", "yandex.ru", "proton.me", "hey.com",
                             "icloud.com", "outlook.com", "aol.com", "btinternet.com"])  # fmt: skip
        return f"{user}@{domain}"

    def phone(self) -> str:
        d, rng = self.d, self.rng
        shapes = [
            f"(910) 521-{d(4)}",  # Pembroke NC
            f"918-287-{d(4)}",  # Pawhuska
            f"785 966 {d(4)}",  # Mayetta
            f"+1 (715) 799-{d(4)}",  # Keshena
            f"954-966-{d(4)} x{d(3)}",  # Hollywood FL, an office extension after x
            f"928-448-{d(4)}",  # Supai
            f"+1-250-724-{d(4)}",  # Port Alberni
            f"506 727-{d(4)}",  # Caraquet
            f"+502 7755 {d(4)}",  # Nebaj
            f"0454 {d(6)}",  # Soroti
            f"+256 352 {d(3)} {d(3)}",  # Moroto
            f"0722 {d(3)} {d(3)}",  # Kenyan mobile
            f"+236 21 61 {d(2)} {d(2)}",  # Bangui
            f"+233 31 202 {d(4)}",  # Axim
            f"038 202 {d(4)}",  # Bolgatanga
            f"+231 77 {d(3)} {d(4)}",  # Liberia mobile
            f"+95 9 {d(3)} {d(3)} {d(3)}",  # Myanmar mobile
            f"(0370) 6{d(2)} {d(3)}",  # Mataram
            f"07644-2{d(5)}",  # Dindori
            f"+91 7392 24{d(4)}",  # Jhabua
            f"06528 22{d(4)}",  # Khunti
            f"03671-27{d(4)}",  # Diphu
            f"+91 3673 23{d(4)}",  # Haflong
            f"03775 27{d(4)}",  # Majuli
            f"8 87265 2{d(4)}",  # Kumukh, Russia's domestic 8
            f"+7 928 {d(3)}-{d(2)}-{d(2)}",  # Dagestan mobile
        ]
        return rng.choice(shapes)

    def card(self) -> str:
        rng = self.rng
        prefix, length = rng.choice([("4", 16), ("2500", 16), ("54", 16), ("34", 15), ("3095", 14), ("3537", 16),
                                     ("6011", 16), ("6759", 16), ("5061", 19), ("4", 16)])  # fmt: skip
        num = _luhn_number(rng, prefix, length)
        r = rng.random()
        if length in (14, 15):
            return f"{num[:4]} {num[4:10]} {num[10:]}" if r < 0.5 else num
        groups = [num[i : i + 4] for i in range(0, length, 4)]
        if r < 0.4:
            return " ".join(groups)
        if r < 0.55:  # em dashes, as a phone's smart punctuation turns '--' into
            return "—".join(groups)
        if r < 0.65:  # a space after every group but in pairs of groups: '45320151 12345678'
            return " ".join(num[i : i + 8] for i in range(0, length, 8))
        return num

    def iban(self) -> str:
        rng = self.rng
        country = rng.choice(sorted(IBAN_SHAPES_HELDOUT18))
        iban = _iban(rng, country, IBAN_SHAPES_HELDOUT18[country])
        groups = [iban[i : i + 4] for i in range(0, len(iban), 4)]
        r = rng.random()
        if r < 0.55:
            return " ".join(groups)
        if r < 0.65:  # the last short group joined to the one before, as some banks print it
            return (
                " ".join(groups[:-2] + [groups[-2] + groups[-1]]) if len(groups[-1]) < 4 else " ".join(groups)
            )
        return iban

    def ip_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, address): lottery syndicates, betting, fantasy football, pub quizzes, yoga
        retreats, homeschooling, PTA, care homes, bike shops, darts, bingo, model railways, caravans; Minecraft,
        Plex, Jellyfin, Syncthing, Transmission, Node-RED, Zigbee2MQTT, OctoPrint, Squid, Asterisk, Proxmox,
        pfSense, UniFi, iDRAC, Mumble, .rdp files, Prometheus, Uptime Kuma; `chat` as in `_pick_chat_or_not`."""
        rng, f = self.rng, self.f()
        v4 = rng.choice([f.ipv4_public(), f.ipv4_public(), f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                         f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])  # fmt: skip
        h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
        v6 = rng.choice([f"2607:{h()}:{h()}::{h()}", f"2a03:{h()}:{h()}:{h()}::{h()}",
                         f"2001:41d0:{h()}:{h()}::{h()}", f"2604:a880:{h()}:{h()}::{h()}:{h()}",
                         f"2402:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}"])  # fmt: skip
        options = [
            ("the lottery syndicate spreadsheet is on my nas at {}, check if we won", v4),
            ("my betting account got locked, it says someone logged in from {}", rng.choice([v4, v6])),
            ("the fantasy football league site banned {}, is that the pub wifi?", v4),
            ("the pub quiz buzzer box is on {}, plug the laptop in there", v4),
            ("the yoga retreat wifi gave me {} and nothing loads lol", v4),
            ("our homeschool co-op's minecraft server is {}, port 25565", v4),
            ("the PTA raffle page keeps logging me out, my ip is {}", rng.choice([v4, v6])),
            ("nan's care home tablet is on {}, can you remote in and fix the video calls", v4),
            ("the bike shop's booking kiosk is at {} if the screen freezes again", v4),
            ("the darts scoreboard app talks to {}, ask the landlord", v4),
            ("the model railway club's DCC controller is {}", v4),
            ("the caravan site router is {}, the password is on the fridge", v4),
            ("[12:04:51] [Server thread/INFO]: /{}:51834 lost connection: Disconnected", v4),
            ("Plex Media Server: [Req#4a1] Request: [{}:32400 (WAN)] GET /library/sections", v4),
            ('[INF] [36] Emby.Server.Implementations.HttpServer.WebSocketManager: WS "{}" request', rng.choice([v4, v6])),
            ("[4KQ2T] 2024/06/11 09:12:44 INFO: Established secure connection to NHCJ2Y at {}:22000", v4),
            ('    "rpc-whitelist": "127.0.0.1,{}",', v4),
            ('  "host": "{}",', v4),
            ("mqtt:\n  server: mqtt://{}:1883", v4),
            ("1718097164.512    212 {} TCP_MISS/200 5120 GET http://quiz.example/ - HIER_NONE/- text/html", v4),
            ("[transport-udp]\ntype=transport\nprotocol=udp\nbind={}", v4),
            ("pvesh get /nodes: pve1  online  {}  8.2.2", v4),
            ("<ipaddr>{}</ipaddr>", v4),
            ("Jun 11 09:12:44 unifi-ap hostapd: ath0: STA a4:5e:60:11:22:33 IEEE 802.11: associated from {}", v4),
            ("racadm getniccfg: IP Address = {}", v4),
            ("<W>2024-06-11 09:12:44.118 1 => <3:(-1)> New connection: {}:51234", v4),
            ("full address:s:{}:3389", v4),
            ("      - targets: ['{}:9100']", v4),
            ("      - targets: ['[{}]:9100']", v6),
            ("<ipaddrv6>{}</ipaddrv6>", v6),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def password(self) -> str:
        rng, w = self.rng, self.f().word
        return rng.choice(
            [
                f"{rng.choice(['Bullseye', 'Jackpot', 'LuckyDip', 'Treble20', 'Downward'])}{rng.randint(1, 59)}{rng.choice('!?#&')}",
                f"{w()}.{w()}.{rng.randint(100, 999)}",
                self.token(rng.randint(12, 18), string.ascii_letters + string.digits + "%^_"),
                f"{w().capitalize()}{rng.choice(['Om', 'Namaste', 'Asana'])}{rng.randint(10, 99)}",
                f"{rng.randint(10, 99)}{w()}{w().upper()}",
            ]
        )  # fmt: skip

    def secret(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, secret); `chat` as in `ip_sample`."""
        tok, pw, rng, d = self.token, self.password(), self.rng, self.d
        alnum = string.ascii_letters + string.digits
        hexu = "0123456789ABCDEF"
        options = [
            ("the lottery syndicate's national lottery login is {}, check the draw tonight", pw),
            ("my betting account password is {} if you want to put the tenner on", pw),
            ("the fantasy league admin password is {}, change the deadline", pw),
            ("quiz night wifi is {}", pw),
            ("the yoga retreat door code is {}, shoes off in the hall", d(4)),
            ("the PTA paypal password is {}, don't spend it all on raffle prizes", pw),
            ("nan's care home keypad is {}, press the star after", d(4) + "*"),
            ("the bike shop workshop alarm is {}", d(5)),
            ("the caravan site barrier code is {}, we're pitch 42", d(4)),
            ("the model railway club door code is {}", d(4)),
            ("the bingo app password is {}, top up for saturday", pw),
            ("the canal boat's padlock combo is {}", d(4)),
            ("the homeschool co-op's google classroom code is {}", tok(7, string.ascii_lowercase + string.digits)),
            ("the window cleaner's gate code is {}", d(4)),
            ("modpas mwen se {}", pw),
            ("furaha sirta waa {}", pw),
            ("parolim {}", pw),
            ("paswot bilong mi em {}", pw),
            ("sandiku {}", pw),
            ("şîfreya min {} e", pw),
            ("loyniorðið er {}", pw),
            ("il-password tiegħi hi {}", pw),
            ("rcon.password={}", pw),
            ("X-Plex-Token: {}", tok(20, alnum + "-_")),
            ("    <apikey>{}</apikey>", tok(32, alnum)),
            ('    "rpc-password": "{}",', pw),
            ('WebUI\\Password_PBKDF2="@ByteArray({})"', tok(24, alnum + "+/") + "==:" + tok(86, alnum + "+/") + "=="),
            ('            password: "{}",', "$2b$08$" + tok(53, alnum + "./")),
            ("  api_key: {}", tok(32, hexu)),
            ("signing.password={}", pw),
            ("ossrhPassword={}", pw),
            ("      <password>{}</password>", pw),
            ("MATCH_PASSWORD={}", pw),
            ("storePassword={}", pw),
            ("AIRFLOW_CONN_QUIZ_DB='{\"conn_type\": \"postgres\", \"host\": \"db\", \"password\": \"{}\"}'", tok(16, alnum)),
            ("      password: {}", pw),
            ("DBPassword={}", pw),
            ("password={}", pw),
            ("Authorization: PVEAPIToken=root@pam!monitor={}", f"{tok(8, '0123456789abcdef')}-{tok(4, '0123456789abcdef')}-{tok(4, '0123456789abcdef')}-{tok(4, '0123456789abcdef')}-{tok(12, '0123456789abcdef')}"),
            ("password 51:b:{}", tok(64, hexu)),
            ("ENV REPLICATE_API_TOKEN={}", "r8_" + tok(37, alnum)),
            ("GROQ_API_KEY={}", "gsk_" + tok(52, alnum)),
            ("PERPLEXITY_API_KEY={}", "pplx-" + tok(48, alnum)),
            ("XAI_API_KEY={}", "xai-" + tok(80, alnum)),
            ("FIRECRAWL_API_KEY={}", "fc-" + tok(32, "0123456789abcdef")),
            ('    "github-oauth": {"github.com": "{}"}', "gho_" + tok(36, alnum)),
            ("  basic_auth:\n    password: {}", pw),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def handle(self) -> str:
        """A username in shapes earlier sets did not use ('x_lucky7', 'quizzy_x', 'x180')."""
        rng = self.rng
        first, last = (_ascii_name(x) for x in self.first_last())
        return rng.choice(
            [
                f"{first}_lucky{rng.randint(3, 9)}",
                f"quizzy_{first}",
                f"{first}{last[:1]}180",
                f"{first}.{last}.fc",
                f"{first}_om",
                f"{last}.homeschools",
                f"wheelsby{first}",
            ]
        )  # fmt: skip

    def _dob_shapes(self) -> dict[str, str]:
        """One date of birth in every shape this set uses, keyed by language or format."""
        dt = self.f().date_of_birth(minimum_age=5, maximum_age=95)
        m = dt.month - 1
        fo = "januar februar mars apríl mai juni juli august september oktober november desember".split()
        xh = "Janyuwari Februwari Matshi Epreli Meyi Juni Julayi Agasti Septemba Okthobha Novemba Disemba".split()
        sn = "Ndira Kukadzi Kurume Kubvumbi Chivabvu Chikumi Chikunguru Nyamavhuvhu Gunyana Gumiguru Mbudzi Zvita".split()
        lg = "Janwali Febwali Marisi Apuli Maayi Juuni Julaayi Agusito Sebuttemba Okitobba Novemba Desemba".split()
        gn = ("jasyteĩ jasykõi jasyapy jasyrundy jasypo jasypoteĩ jasypokõi jasypoapy jasyporundy jasypa "
              "jasypateĩ jasyrundypa").split()  # fmt: skip
        tet = (
            "Janeiru Fevereiru Marsu Abríl Maiu Juñu Jullu Agostu Setembru Outubru Novembru Dezembru".split()
        )
        tk = "ýanwar fewral mart aprel maý iýun iýul awgust sentýabr oktýabr noýabr dekabr".split()
        ny = "Januwale Febuluwale Malichi Epulo Meyi Juni Julai Ogasiti Seputembala Okutobala Novembala Disembala".split()
        en = "January February March April May June July August September October November December".split()
        day = dt.day
        suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
        serial = (
            dt.toordinal() - 693594
        )  # Excel's day number (days since 1899-12-30), as a CSV export shows it
        return {
            "fo": f"{dt.day}. {fo[m]} {dt.year}",  # Faroese
            "xh": f"ngomhla we-{dt.day} {xh[m]} {dt.year}",  # Xhosa
            "sn": f"{dt.day} {sn[m]} {dt.year}",  # Shona
            "lg": f"{dt.day} {lg[m]} {dt.year}",  # Luganda
            "gn": f"{dt.day} {gn[m]} {dt.year}",  # Guarani
            "tet": f"loron {dt.day} fulan {tet[m]} tinan {dt.year}",  # Tetum
            "tk": f"{dt.day}-nji {tk[m]} {dt.year}",  # Turkmen
            "ny": f"{dt.day} {ny[m]} {dt.year}",  # Chichewa
            "the": f"{en[m]} the {day}{suffix}, {dt.year}",  # 'March the 14th, 1987'
            "excel": str(serial),
            "utc": dt.strftime("%a, %d %b %Y 00:00:00 GMT"),  # JavaScript's Date.toUTCString()
        }

    def dob(self) -> str:
        """A date of birth in one of this set's written shapes."""
        shapes = self._dob_shapes()
        return shapes[self.rng.choice(sorted(shapes))]

    def dob_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, date of birth): a birth cue in the date's own language, a form or a paste;
        `chat` as in `ip_sample`."""
        s, any_shape = self._dob_shapes(), self.dob()
        options = [
            ("the lottery syndicate form needs everyone's date of birth, mine is {}", any_shape),
            ("the marathon-style fun run at school asks for the kid's birthday, {}", any_shape),
            ("nan's care home file has her birthday as {}, is that right?", any_shape),
            ("the betting site wants proof I'm over 18, I was born {}", any_shape),
            ("eg eri føddur {}", s["fo"]),
            ("ndazalwa {}", s["xh"]),
            ("ndakazvarwa musi wa {}", s["sn"]),
            ("nazaalibwa nga {}", s["lg"]),
            ("che aheñói {}", s["gn"]),
            ("ha'u moris iha {}", s["tet"]),
            ("doglan senesi: {}", s["tk"]),
            ("ndinabadwa pa {}", s["ny"]),
            ("I was born on {}, ask anyone", s["the"]),
            ("member_no,name,dob_excel\n1042,XX,{}", s["excel"]),
            ('  "birthdate": "{}",', s["utc"]),
        ]  # fmt: skip
        return _pick_chat_or_not(self.rng, options, chat, key=lambda o: o[0])


HELDOUT18_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "{} still owes the syndicate for last month's tickets",
        "if we win, {} gets a share too, she paid in March",
        "{} put a tenner on the Grand National for me",
        "the bookie knows {} by name now, worrying",
        "{} is top of our fantasy league again, how",
        "{} traded his whole midfield before the deadline lol",
        "our pub quiz captain {} knew the capital of Bhutan",
        "{} got the music round all wrong, we came 4th",
        "the quizmaster {} read out the answers too fast",
        "{} is leading the morning flow at the yoga retreat",
        "share a room with {} at the retreat? she snores",
        "{} is teaching the homeschool kids fractions on tuesday",
        "the homeschool co-op's science day is run by {}",
        "{} was voted PTA treasurer, no one else stood",
        "ask {} about the raffle prizes, she has the list",
        "visited {} at the care home, she's doing better",
        "the carer {} says nan ate all her lunch today",
        "{} at the bike shop trued my wheel for free",
        "the mechanic {} says the chain is stretched",
        "{} threw a 180 at darts last night!!",
        "our darts team lost to {}'s lot again",
        "{} called the bingo numbers, two fat ladies 88",
        "{} runs the model railway club's O gauge layout",
        "the canal boat is {}'s, we're borrowing it for a week",
        "{} sold me a lamp at the car boot sale for a quid",
        "the window cleaner {} hasn't been for 3 weeks",
        "{} from the knitting circle made the baby a blanket",
        "the caravan next to ours is {}'s, they're lovely",
        "the {} are hosting the quiz afterparty",
        "tell {} the syndicate numbers are 4 11 19 23 38 42",
        "{} left the bowls club, she's moving to her daughter's",
        "our new neighbours are the {}, they have 3 dogs",
        "can you remind me to ring {} about the care home fees",
        "[Host] {} started the quiz",
        "PASSENGER: {}  SEAT 14C",
        "the {} next door won the meat raffle again",
        "NAME: {} MR  BOOKING REF: QX4T7L",
        "P<GBR{}<<<<<<<<<<<<<<<<<<<<",
        "contact_name             {}",
        '<user id="3" name="{}" />',
        "  alias                    {}",
        "team_manager,{},Rovers XI",
        "Winner: {} (£25 voucher)",
        "Carer: {}  Shift: 08:00-14:00",
        "Syndicate member: {}",
        "Bike owner: {} — job #4471",
        "Organiser: {} | Yoga retreat, 12-14 July",
        "FN:{}",
    ],
    "STREET_ADDRESS": [
        "the pub quiz moved to {}, upstairs room",
        "the yoga retreat is at {}, bring your own mat",
        "send the lottery syndicate cheque to {}",
        "the care home is {}, visiting till 8",
        "the bike shop moved to {}, next to the chippy",
        "darts away match is at {}",
        "drop the raffle prizes at {} before friday",
        "the car boot sale is on the field behind {}",
        "the model railway exhibition is at {}",
        "Address on ticket: {}",
        'venue_address = "{}"',
        "ADR;TYPE=home:;;{}",
        "Delivery address: {}",
        "  address: {}",
    ],
    "EMAIL_ADDRESS": [
        "the syndicate results get emailed from {}",
        "email the quizmaster at {} for the team sheet",
        "the yoga retreat booking is under {}",
        "the PTA chair is {}, send her the minutes",
        "the care home manager's email is {}",
        "send the bike invoice to {}",
        "the darts league secretary is {}",
        "my fantasy league invite went to {}",
        "email {} about the homeschool co-op",
        "EMAIL;TYPE=home:{}",
        "    <email>{}</email>",
        "MAILTO={}",
        "  email {}",
        "admin_email: {}",
    ],
    "PHONE_NUMBER": [
        "the syndicate organiser's number is {}",
        "ring the care home on {} if nan's not answering",
        "the bike shop's number is {}, ask for a collection",
        "the quizmaster's mobile: {}",
        "text the darts captain on {} if you can't make it",
        "the yoga retreat office is {}",
        "the window cleaner's number is {}",
        "the canal boat hire people are on {}",
        "TEL;TYPE=cell:{}",
        'callerid="Reception" <{}>',
        "  pager                    {}",
        "Phone (next of kin): {}",
    ],
    "CREDIT_CARD": [
        "the syndicate direct debit failed, put it on {}",
        "the retreat deposit went on {}",
        "the bike repair was charged to {}",
        "the betting app has {} saved, take it off",
        "pay the PTA raffle with {}",
        "the care home extras go on {}",
        "Card: {} exp 09/27",
        '"card_number": "{}",',
        "PAN {} | AUTH 0Q41K7",
    ],
    "IBAN_CODE": [
        "pay your syndicate share to {}",
        "the yoga retreat balance goes to {}",
        "the darts league fees go to {}",
        "the care home wants the top-up paid to {}",
        "send my half of the canal boat to {}",
        "the PTA account is {}",
        "IBAN (syndicate): {}",
        '"iban": "{}",',
        "Payee IBAN {} — ref QUIZ24",
    ],
    "USERNAME": [
        "add me on the fantasy app, I'm {}",
        "my sporcle name is {}, beat my score",
        "I'm {} on mindbody, book me into the 7am class",
        "my betfair username is {}",
        "my zwift name is {}, ride with me",
        "I'm {} on the outschool parent forum",
        "rpc-username: {}",
        "      <username>{}</username>",
        "ossrhUsername={}",
        "Jun 11 09:12:44 squid[812]: user {} authenticated",
        "[Server thread/INFO]: {} joined the game",
        "pveum user add {}@pve",
    ],
}
HELDOUT18_MIXED = [
    ("{} runs the syndicate, her number is {}", ["PERSON", "PHONE_NUMBER"]),
    ("resident: {}, born {}, room at {}", ["PERSON", "DATE_OF_BIRTH", "STREET_ADDRESS"]),
    ("the quizmaster {} wants paying to {}", ["PERSON", "IBAN_CODE"]),
    ("FN:{}\nEMAIL:{}", ["PERSON", "EMAIL_ADDRESS"]),
    ("rpc-bind-address: {}\nrpc-username: {}\nrpc-password: {}", ["IP_ADDRESS", "USERNAME", "SECRET"]),
    ("canal boat: {}, padlock {}", ["PERSON", "SECRET"]),
    ("retreat deposit: card {}, receipt to {}", ["CREDIT_CARD", "EMAIL_ADDRESS"]),
    ("my fantasy name is {} and my birthday is {}", ["USERNAME", "DATE_OF_BIRTH"]),
    ("our darts captain {} lives at {}", ["PERSON", "STREET_ADDRESS"]),
    ("  - job_name: quiz\n    targets: ['{}:9100']\n    basic_auth: {password: {}}", ["IP_ADDRESS", "SECRET"]),
    ("bike mechanic {} — ring {} to book", ["PERSON", "PHONE_NUMBER"]),
    ('"email": "{}",\n"card_number": "{}",', ["EMAIL_ADDRESS", "CREDIT_CARD"]),
]  # fmt: skip
HELDOUT18_NEGATIVES = [
    "Pembroke is the heart of Robeson County",
    "Pawhuska has the Osage Nation museum",
    "Keshena Falls on the Wolf River",
    "Supai is only reached by trail or helicopter",
    "Port Alberni salmon festival in August",
    "Caraquet's Tintamarre on the 15th of August",
    "Nebaj is in the Cuchumatanes",
    "Soroti has the flying school",
    "Moroto mountain at sunrise",
    "Maralal camel derby is in August",
    "Bangui sits on the Ubangi river",
    "Axim has Fort Santo Antonio",
    "Bolga baskets are woven from elephant grass",
    "Harper is at Cape Palmas",
    "Hakha is the capital of Chin State",
    "Mataram to Senggigi is 30 minutes",
    "Majuli is the biggest river island",
    "Haflong has the only hill station in Assam",
    "Kumukh is an old Lak village",
    "the Lumbee River runs through Robeson",
    "Gond art uses dots and lines",
    "Jhabua is famous for Kadaknath chicken",
    "EuroMillions is on Tuesdays and Fridays",
    "the syndicate numbers are 4 11 19 23 38 42",
    "lucky dip, five lines, two draws",
    "each-way at 9/2 on the Grand National",
    "accumulator: 4 legs, one lost",
    "Salah captain, Haaland vice, wildcard played",
    "gameweek 12 deadline is 11:00 Saturday",
    "Round 3: music. Round 4: picture round",
    "the capital of Bhutan is Thimphu",
    "downward dog, child's pose, savasana",
    "Ashtanga or Yin for beginners",
    "Key Stage 2 maths for homeschoolers",
    "PTA meeting agenda: item 4, summer fair",
    "raffle ticket 0417 won the hamper",
    "visiting hours 2 till 8, sign the book",
    "Shimano 105 groupset, 11-speed",
    "700x28c tyres at 80 psi",
    "treble 20, double top, bullseye",
    "two little ducks, 22",
    "OO gauge vs N gauge",
    "pitch 42, hook-up included",
    "Kennet and Avon canal, lock 29",
    "car boot at 7am, early birds £5",
    "Aran weight, 5mm needles",
    "server.properties: difficulty=normal",
    "[Server thread/INFO]: Done (4.512s)! For help, type \"help\"",
    "Plex Media Server is in the process of starting up",
    "Syncthing: Ready to synchronize (sendreceive)",
    '"rpc-port": 9091,',
    "flows.json saved",
    "zigbee2mqtt: permit_join: false",
    "OctoPrint 1.10.2 running on Python 3.11",
    "TCP_DENIED/403 0 CONNECT",
    "[6001]\ntype=endpoint\ncontext=from-internal",
    "pve-manager/8.2.2/9355359cd7afbae4",
    "<version>23.3</version>",
    "racadm getsysinfo",
    "Murmur 1.5.634 started",
    "screen mode id:i:2",
    "scrape_interval: 15s",
    "default iDRAC login is root/calvin, change it",
    "Plex token goes in X-Plex-Token (don't share it)",
    "card 4111 1111 1111 1111 is a test Visa",
    "IBAN DE89 3704 0044 0532 0130 00 is the standard example",
    "mail me at name@example.com (placeholder)",
    "192.0.2.10 is for documentation",
    "2001:db8:85a3::8a2e:370:7334 in the RFC",
    "call 999 in an emergency",
    "password: •••••••• (saved)",
    "see you at the quiz",
    "lol the bingo caller is hilarious",
    "can you remind me to buy a lottery ticket",
]  # fmt: skip
SPELLINGS_HELDOUT18 = [("colour", "color"), ("favourite", "favorite"), ("organise", "organize"), ("centre", "center"),
                       ("cheque", "check"), ("tyre", "tire"), ("mum", "mom"), ("neighbour", "neighbor")]  # fmt: skip


def _typo18(rng: random.Random, template: str) -> str:
    """Slips outside the {} slots, other than earlier sets': a short function word dropped ('the', 'a', 'to',
    'is', 'at'), or a British spelling typed the American way ('neighbours' -> 'neighbors') or back."""
    words = [m for m in re.finditer(r"(?<![\w{}'])(the|a|to|is|at) (?=\w)", template)]
    spell = [(a, b) for a, b in SPELLINGS_HELDOUT18 if a in template or b in template]
    if spell and rng.random() < 0.5:
        a, b = rng.choice(spell)
        return template.replace(a, b) if a in template else template.replace(b, a)
    if words:
        m = rng.choice(words)
        return template[: m.start()] + template[m.end() :]
    return template


def build_heldout18(seed: int = HELDOUT18_SEED) -> list[Example]:
    """Held-out set 18: `Gen18` values in `HELDOUT18_TEMPLATES`, mixed sentences and look-alike negatives."""
    gen = Gen18(seed)
    rng = gen.rng
    makers = {
        "PERSON": gen.person, "STREET_ADDRESS": gen.address, "EMAIL_ADDRESS": gen.email, "PHONE_NUMBER": gen.phone,
        "CREDIT_CARD": gen.card, "IBAN_CODE": gen.iban, "IP_ADDRESS": lambda: gen.ip_sample()[1],
        "USERNAME": gen.handle, "DATE_OF_BIRTH": gen.dob, "SECRET": gen.password,
    }  # fmt: skip
    counts = {"PERSON": 80, "SECRET": 70, "USERNAME": 24}
    styles: list[tuple[str, list[tuple[str, str]]]] = []  # (template, [(type, value)])
    for etype in TYPES:
        for _ in range(counts.get(etype, 14)):
            chat = rng.random() < 0.7  # Kaizen is a chat bot: most sentences are typed to it or a friend
            if etype in (
                "SECRET",
                "IP_ADDRESS",
                "DATE_OF_BIRTH",
            ):  # the template depends on the value's shape
                sample = {"SECRET": gen.secret, "IP_ADDRESS": gen.ip_sample, "DATE_OF_BIRTH": gen.dob_sample}
                template, value = sample[etype](chat)
                styles.append((template, [(etype, value)]))
            else:
                template = _pick_chat_or_not(rng, HELDOUT18_TEMPLATES[etype], chat)
                maker = makers[etype]
                if etype == "PERSON":  # some templates hold one name shape only
                    if template.startswith("P<GBR"):
                        maker = gen.mrz_name
                    elif template.startswith(("PASSENGER", "NAME:")):
                        maker = gen.booking_name
                    elif re.search(r"the \{\} (are|next)|are the \{\}", template):
                        maker = gen.family
                styles.append((template, [(etype, maker()) for _ in range(template.count("{}"))]))
    for _ in range(24):
        template, types = rng.choice(HELDOUT18_MIXED)
        styles.append((template, [(t, makers[t]()) for t in types]))
    styles += [(t, []) for t in HELDOUT18_NEGATIVES]
    examples = []
    for template, values in styles:
        style = "plain"
        if rng.random() < 0.15:
            template, style = _typo18(rng, template), "typo"
        parts = template.split("{}")
        text, spans = parts[0], []
        for (etype, value), rest in zip(values, parts[1:], strict=True):
            spans.append((len(text), len(text) + len(value), etype))
            text += value + rest
        r = rng.random()  # lower case or ALL CAPS, as people and some exports write
        for new, name, p in ((text.lower(), "lower", 0.09), (text.upper(), "upper", 0.12)):
            if r < p and len(new) == len(text):
                text, style = new, name
                break
        examples.append(Example(text, spans, style))
    rng.shuffle(examples)
    return examples


HELDOUT19_SEED = 191161
# no faker name locale, as in held-out 16, 17 and 18: every faker name locale outside the lexicon has been used
# by an earlier set, so all names below come from hand-written lists of origins no earlier set drew from (empty
# on purpose; the lexicon test still checks it)
NAME_LOCALES_HELDOUT19: list[str] = []
NAMES_HELDOUT19: dict[str, tuple[list[str], list[str]]] = {
    "madurese": ("Moh. Holis;Slamet;Sumarni;Rofiq;Zainal;Sitti;Mukarromah;Moh. Fathol".split(";"),
                 "Rahem Hasanah Mahfud Syarifuddin Bakri Zaini Hodri Maksum".split()),
    "waray": ("Ma. Leonila;Gemma;Jovito;Nestor;Ma. Theresa;Romeo;Marites;Rogelio".split(";"),
              "Daa Cabuquit Abuyen Pomarejos Ogbinar Cinco Lagado Tiu".split()),
    "hiligaynon": ("Jocelyn Ricardo Perla Nonoy Felicidad Efren Lorna Bebot".split(),
                   "Jalandoni Ledesma Locsin Tupas Treñas Defensor Biron Golez".split()),
    "kirundi": ("Évariste Claudine Pacifique Révérien Goreth Alain Consolate Gervais".split(),
                "Ndayishimiye Nkurunziza Ntibantunganya Ndikumana Niyonzima Hakizimana Ndayizeye Nzeyimana".split()),
    "luba": ("Ngalula Mbuyi Kapinga Tshibola Kabongo Mutombo Ilunga Ntumba".split(),
             "Tshisekedi Mukendi Kalonji Tshibangu Mulumba Kabasele Tshilombo Mpoyi".split()),
    "bamum": ("Seidou Mariama Issofa Ramatou Adamou Aïssatou Nji Chouaibou".split(),
              "Njoya Mbombo Njimoluh Pefoura Mfouapon Nsangou Mounchipou Njikam".split()),
    "susu": ("Mamadouba Fodé Mariama Aboubacar Kadiatou Sékou N'Fanly Hawa".split(),
             "Soumah Bangoura Sylla Youla Yansané Kaba Sampil Fofana".split()),
    "tsimshian": ("Lavina Clarence Gertrude Russell Harriet Garry Darlene Murray".split(),
                  "Dudoward Helin Bolton Sampare Wesley Bryant Reece Nelson".split()),
    "shoshone": ("Darwin Loretta Wilfred Starr Reba Lynette Burton Ivan".split(),
                 "Washakie;St. Clair;Enos;Large;Shoyo;Posey;Tillman;Pogue".split(";")),
    "nez_perce": ("Silas Mylie Horace Alberta Gwendolyn Josiah Nakia Rhonda".split(),
                  "Penney;Pinkham;Ellenwood;Axtell;Moffett;Kash Kash;Half Moon;Yearout".split(";")),
    "lenape": ("Chester Nora Curtis Bonnie Brice Annette Linda Dee".split(),
               "Falleaf Secondine Journeycake Bullette Ketchum Frenchman Whiteturkey Dean".split()),
    "tuscarora": ("Clinton Francis Vickie Duwayne Leo Karen Kenneth Neil".split(),
                  "Rickard;Printup;Mt. Pleasant;Hewitt;Patterson;Chew;Henry;Gansworth".split(";")),
    "mam": ("Encarnación Feliciana Cipriano Rosendo Catarina Marcelino Florinda Eulalio".split(),
            "Bámaca Ixcot Chun Tul Jerónimo Cifuentes Vail Ordóñez".split()),
    "tzutujil": ("Diego Nicolás Concepción Dolores Santos Francisca Andrés Magdalena".split(),
                 "Sosof Tziná Petzey Reanda Quievac Chavajay Ajcot Mendoza".split()),
    "lenca": ("Berta Salvador Olivia Ambrosio Laura Tomás Lucía Bertha".split(),
              "Cáceres Amaya Vásquez Chinchilla Argueta Dubón Sorto Benítez".split()),
    "otavalo_kichwa": ("Sisa Tamya Inti Yupanki Killa Amaru Nina Pakari".split(),
                       "Cotacachi Lema Conejo Quinche Cachimuel Farinango Tuquerres Yamberla".split()),
    "arhuaco": ("Ati Rubiel Leonor Danilo Bernardo Jacinto Luz Mery".split(),
                "Izquierdo Villafaña Torres Arroyo Chaparro Mindiola Crespo Zalabata".split()),
    "talysh": ("Aliakram Nuraddin Mehriban Ilgar Zohrab Aydan Fazil Sevinj".split(),
               "Hummatov Talyshinsky Bagirov Abbasov Isayev Gasimov Mirzayev Rzayev".split()),
    "veps": ("Zinaida Nina Irma Pavel Valentina Aleksandr Lidija Vladimir".split(),
             "Strogalščikova Zaiceva Mullonen Abramov Pahomova Lukkojev Vinokurova Kuzmin".split()),
    "silesian": ("Gerard Hildegarda Ignac Trudla Alojz Paulina Zeflik Ecik".split(),
                 "Pieczka Kubica Kandzia Szolc Kocur Kuczera Pyrchała Świerc".split()),
    "chickasaw": ("Pearl Overton Glenda Lona Roberta Toby Ewing Hannah".split(),
                  "Anoatubby Colbert Pickens Cheadle Keel Seely Frazier Alberson".split()),
    "crow": ("Barney Mardell Lanny Birdie Kennard Dana Clarice Conrad".split(),
             "Old Coyote;Real Bird;Not Afraid;Pretty On Top;Bird In Ground;Medicine Horse;Other Medicine;Three Irons".split(";")),
    "ponca": ("Parrish Casey Francis Carrie Oliver Ellen Dwain Sally".split(),
              "Primeaux;Le Claire;Buffalohead;Roy;Kemble;Headman;Big Goose;Collins".split(";")),
    "kalinago": ("Garnette Irvince Annette Worrel Cozier Glenda Lorraine Kent".split(),
                 "Auguiste Frederick Darroux Burton Sanford Joseph Valmond Stoute".split()),
    "wampanoag": ("Cheryl Jessie Tobias Beverly Earl Ramona Bettina Helen".split(),
                  "Vanderhoop Pocknett Hendricks Cromwell Peters Maltais Weeden Jonas".split()),
}  # fmt: skip
# invented given names of a made-up root and an ending, and Cornish-looking surnames of a place prefix
# (Tre-, Pol-, Pen-, Ros-, Lan-, Car-) and a made-up root, ways no earlier set used
INVENTED_GIVEN_ROOTS_HELDOUT19 = ["Ael", "Bry", "Cael", "Dor", "Esm", "Fen", "Gwy", "Ith", "Lys", "Mor"]
INVENTED_GIVEN_ENDS_HELDOUT19 = ["ona", "iel", "ance", "enna", "ador", "essa", "ulo"]
INVENTED_SURNAME_PREFIXES_HELDOUT19 = ["Tre", "Pol", "Pen", "Ros", "Lan", "Car"]
INVENTED_SURNAME_ROOTS_HELDOUT19 = [
    "vask",
    "dinnick",
    "gwarra",
    "meneth",
    "wartha",
    "kellis",
    "zethow",
    "borrow",
]
# rare given names of the 1950s US, seldom seen since
RARE_GIVEN_HELDOUT19 = ["Ardith", "Verlin", "Glendora", "Arvella", "Norvel", "Lavon", "Oreta", "Merlyn", "Earlene",
                        "Dwane", "Jerald", "Sharron", "Darlis", "Gaylord", "Carolee", "Delphia"]  # fmt: skip
IBAN_SHAPES_HELDOUT19 = {
    "NO": "11n", "DK": "14n", "FI": "14n", "PL": "24n", "SK": "20n", "HR": "17n", "RS": "18n", "ME": "18n",
    "JO": "4a4n18c", "KW": "4a22c", "BH": "4a14c", "EG": "25n", "SC": "4a20n3a", "FR": "10n11c2n",
}  # fmt: skip
HOBBIES_HELDOUT19 = ["rows", "birds", "fire", "camp", "clay", "jury", "sits", "fest", "interns", "permits"]
TEXTSPEAK_HELDOUT19 = [("you", "u"), ("are", "r"), ("please", "pls"), ("tomorrow", "tmrw"), ("because", "bc"),
                       ("thanks", "thx"), ("tonight", "tonite"), ("before", "b4")]  # fmt: skip


class Gen19(Gen3):
    """Generators for held-out set 19: origins, name forms, formats and contexts none of the other sets use."""

    def first_last(self) -> tuple[str, str]:
        """A given and a family name: NAMES_HELDOUT19, invented ('Caelenna Trewartha') or rare 1950s."""
        rng = self.rng
        r = rng.random()
        firsts, lasts = NAMES_HELDOUT19[rng.choice(sorted(NAMES_HELDOUT19))]
        if r < 0.1:
            given = rng.choice(INVENTED_GIVEN_ROOTS_HELDOUT19) + rng.choice(INVENTED_GIVEN_ENDS_HELDOUT19)
            surname = rng.choice(INVENTED_SURNAME_PREFIXES_HELDOUT19) + rng.choice(
                INVENTED_SURNAME_ROOTS_HELDOUT19
            )
            return given, surname
        if r < 0.18:
            return rng.choice(RARE_GIVEN_HELDOUT19), rng.choice(lasts)
        return rng.choice(firsts), rng.choice(lasts)

    def person(self) -> str:
        rng = self.rng
        first, last = self.first_last()
        r = rng.random()
        if r < 0.5:
            name = f"{first} {last}"
        elif r < 0.66:
            name = first
        elif r < 0.74:
            name = last
        elif r < 0.8:  # 'Mx' as a gender-neutral title before the family name
            name = f"Mx {last}"
        else:
            name = f"{first} {last}"
        c = rng.random()
        if c < 0.06:
            return name.lower()
        if c < 0.09:
            return name.upper()
        return name

    def address(self) -> str:
        rng, n = self.rng, self.rng.randint(1, 240)
        pick = rng.choice
        shapes = [
            f"Dusun {pick(['Laok', 'Dajah', 'Barat'])}, Desa {pick(['Larangan Tokol', 'Bunder', 'Lenteng'])}, Kec. {pick(['Tlanakan', 'Pademawu'])}, Pamekasan {rng.randint(69311, 69383)}",
            f"Blk {rng.randint(1, 30)} Lot {n}, Brgy. {pick(['91 Abucay', '77 Marasbaras', '109 V&G Subd.'])}, Tacloban City, Leyte 6500",
            f"{n} {pick(['Gen. Luna St.', 'Iznart St.', 'Rizal St.'])}, Brgy. {pick(['Tanza-Esperanza', 'Sto. Rosario', 'Baldoza'])}, Iloilo City 5000",
            f"Quartier {pick(['Rohero I', 'Kinindo', 'Ngagara Q.4'])}, avenue {pick(['de l’Amitié', 'du Large', 'de la Mission'])} n° {n}, Bujumbura",
            f"Avenue {pick(['Kasa-Vubu', 'Lumumba', 'du Marché'])} n° {n}, Commune de {pick(['Katoka', 'Kananga', 'Ndesha'])}, Kananga",
            f"Quartier {pick(['Njinka', 'Koupare', 'Mfelap'])}, porte {n}, près du palais royal, Foumban",
            f"Quartier {pick(['Boulbinet', 'Almamya', 'Sandervalia'])}, rue KA-{rng.randint(1, 80):03d}, Kaloum, Conakry",
            f"{n} {pick(['5th Ave E', 'Fraser St', 'Prince Rupert Blvd'])}, Prince Rupert, BC V8J 1{pick('ABCRST')}{rng.randint(1, 9)}",
            f"{n} {pick(['Ethete Rd', 'Trout Creek Rd', 'Sacajawea Cir'])}, Fort Washakie, WY 82514",
            f"{n} {pick(['Main St', 'Agency Rd', 'Thunder Hill Rd'])}, Lapwai, ID 83540",
            f"{n} {pick(['SE Frank Phillips Blvd', 'N Osage Ave', 'Tuxedo Blvd'])}, Bartlesville, OK 74003",
            f"{rng.randint(1000, 5999)} {pick(['Walmore Rd', 'Mt Hope Rd', 'Upper Mountain Rd'])}, Lewiston, NY 14092",
            f"{rng.randint(1, 9)}a. Calle {rng.randint(1, 12)}-{rng.randint(10, 99)}, Zona {rng.randint(1, 6)}, Huehuetenango",
            f"Cantón {pick(['Panaj', 'Tzanjuyú', 'Xechivoy'])}, casa {n}, Santiago Atitlán, Sololá",
            f"Barrio {pick(['El Centro', 'Lempira', 'La Cruz'])}, de la iglesia {rng.randint(1, 4)} cuadras al {pick(['sur', 'norte', 'oriente'])}, La Esperanza, Intibucá",
            f"{pick(['Calle Sucre', 'Calle Bolívar', 'Av. Abdón Calderón'])} {n} y {pick(['Colón', 'Morales', 'Quiroga'])}, Otavalo, Imbabura",
            f"Manzana {rng.randint(1, 40)} Casa {n}, Barrio {pick(['Los Mayales', 'Villa Castro', 'Nuevo Milenio'])}, Valledupar, Cesar",
            f"{pick(['Hazi Aslanov', 'Mirzaga Aliyev', 'Talysh'])} küç. {n}, Lənkəran AZ{rng.randint(4200, 4299)}",
            f"d. Sheltozero, ul. {pick(['Lesnaya', 'Vepsskaya', 'Pochtovaya'])}, d. {n}, Prionezhsky r-n, Karelia",
            f"ul. {pick(['Oswobodzenia', 'Gliwicka', 'Szopienicka'])} {n}/{rng.randint(1, 40)}, {pick(['40-153', '40-424', '40-079'])} Katowice",
            f"{n} {pick(['W Arlington St', 'E Main St', 'Cradduck Rd'])}, Ada, OK 74820",
            f"PO Box {n}, Crow Agency, MT 59022",
            f"{n} {pick(['E Grand Ave', 'N 1st St', 'White Eagle Rd'])}, Ponca City, OK 74601",
            f"House {n}, {pick(['Salybia', 'Bataka', 'Sineku'])}, Kalinago Territory, Dominica",
            f"{n} {pick(['State Rd', 'Moshup Trl', 'Lighthouse Rd'])}, Aquinnah, MA 02535",
        ]  # fmt: skip
        return pick(shapes)

    def email(self) -> str:
        rng = self.rng
        first, last = (_ascii19(x) for x in self.first_last())
        user = rng.choice([f"{first}+{rng.choice(HOBBIES_HELDOUT19)}", f"{last}.intern{rng.randint(2024, 2027)}",
                           f"fire.{last}", f"{first}{last[:1]}.rows", f"{last}_{first}.camp",
                           f"scholar.{first}{rng.randint(10, 99)}", f"{first}-{last}-notary"])  # fmt: skip
        domain = rng.choice(["telkom.net.id", "smart.com.ph", "pldtdsl.net", "usan.bi", "vodacom.cd", "camtel.cm",
                             "orange-guinee.com", "citywest.ca", "wyoming.com", "lapwai.org", "cableone.net",
                             "tuscarora.net", "intelnet.net.gt", "hondutel.hn", "andinanet.net", "une.net.co",
                             "azeronline.com", "onego.ru", "interia.pl", "o2.pl", "chickasaw.net", "mt.net",
                             "poncacity.net", "cwdom.dm", "vineyard.net", "gmx.com", "zoho.com", "tuta.io"])  # fmt: skip
        return f"{user}@{domain}"

    def phone(self) -> str:
        d, rng = self.d, self.rng
        shapes = [
            f"(0324) 32{d(4)}",  # Pamekasan
            f"+62 823 {d(4)} {d(4)}",  # Indonesian mobile
            f"(053) 321 {d(4)}",  # Tacloban
            f"+63 33 337 {d(4)}",  # Iloilo
            f"0917-{d(3)}-{d(4)}",  # Philippine mobile
            f"+257 79 {d(2)} {d(2)} {d(2)}",  # Burundi mobile
            f"+243 81 {d(3)} {d(4)}",  # DR Congo mobile, Kananga
            f"+237 6 {d(2)} {d(2)} {d(2)} {d(2)}",  # Cameroon mobile, Foumban
            f"+224 622 {d(2)} {d(2)} {d(2)}",  # Guinea mobile
            f"250.627.{d(4)}",  # Prince Rupert, dotted
            f"(307) 332-{d(4)}",  # Fort Washakie
            f"208-843-{d(4)}",  # Lapwai
            f"918 336 {d(4)}",  # Bartlesville
            f"716-297-{d(4)} ext. {d(2)}",  # Lewiston NY, office extension
            f"+502 7764 {d(4)}",  # Huehuetenango
            f"+502 7721-{d(4)}",  # Santiago Atitlán
            f"+504 2783-{d(4)}",  # La Esperanza, Honduras
            f"(06) 292 {d(4)}",  # Otavalo landline
            f"099 {d(3)} {d(4)}",  # Ecuadorian mobile
            f"+57 605 {d(3)} {d(4)}",  # Valledupar
            f"+994 25 25{d(1)} {d(2)} {d(2)}",  # Lankaran
            f"+7 (8142) {d(2)}-{d(2)}-{d(2)}",  # Petrozavodsk
            f"32 {d(3)} {d(2)} {d(2)}",  # Katowice landline without the country code
            f"580.436.{d(4)}",  # Ada OK
            f"(406) 638-{d(4)}",  # Crow Agency
            f"1-767-445-{d(4)}",  # Dominica
            f"508-645-{d(4)}",  # Aquinnah
        ]
        return rng.choice(shapes)

    def card(self) -> str:
        rng = self.rng
        prefix, length = rng.choice([("4", 16), ("2620", 16), ("5180", 16), ("377", 15), ("3012", 14), ("3560", 16),
                                     ("6011", 16), ("65", 16), ("4", 16), ("5180", 16)])  # fmt: skip
        num = _luhn_number(rng, prefix, length)
        r = rng.random()
        if length in (14, 15):
            return f"{num[:4]} {num[4:10]} {num[10:]}" if r < 0.6 else num
        groups = [num[i : i + 4] for i in range(0, length, 4)]
        if r < 0.4:
            return " ".join(groups)
        if r < 0.52:  # ideographic spaces, as a Japanese or Chinese keyboard types them
            return "\u3000".join(groups)
        if r < 0.64:  # dashes, but the last group apart by a space: '4532-0151-1234 5678'
            return "-".join(groups[:3]) + " " + groups[3]
        return num

    def iban(self) -> str:
        rng = self.rng
        country = rng.choice(sorted(IBAN_SHAPES_HELDOUT19))
        iban = _iban(rng, country, IBAN_SHAPES_HELDOUT19[country])
        groups = [iban[i : i + 4] for i in range(0, len(iban), 4)]
        r = rng.random()
        if r < 0.55:
            return " ".join(groups)
        if r < 0.9:
            return iban
        return " ".join(groups).lower()  # typed in lower case into a chat

    def ip_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, address): school trips, summer camps, rowing clubs, fire stations, parking and
        jury portals, house-sitting, birding hides, festivals, pottery studios; Icecast, Odoo, Moodle, Mattermost,
        Synapse, Suricata, Zeek, Wazuh, Fluent Bit, Telegraf, Frigate, Keepalived, Kea, FreeSWITCH, Exim and
        mbox headers; `chat` as in `_pick_chat_or_not`."""
        rng, f = self.rng, self.f()
        v4 = rng.choice([f.ipv4_public(), f.ipv4_public(), f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                         f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])  # fmt: skip
        h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
        v6 = rng.choice([f"2a05:{h()}:{h()}::{h()}", f"2a09:{h()}:{h()}:{h()}::{h()}",
                         f"2610:{h()}:{h()}::{h()}:{h()}", f"2001:44b8:{h()}:{h()}::{h()}",
                         f"2001:b28:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}"])  # fmt: skip
        options = [
            ("the school trip coach tracker shows {} as its last login, is that the driver?", v4),
            ("summer camp's parent webcam is at {}, can you check it works on your phone", v4),
            ("the rowing club erg screens all talk to {}, reboot that if the race won't start", v4),
            ("the fire station pager gateway is {}, don't unplug it", v4),
            ("someone paid my parking permit from {}, that's not me", rng.choice([v4, v6])),
            ("the jury service portal locked me out after a login from {}", rng.choice([v4, v6])),
            ("the house I'm sitting has its cameras on {}, owners said to check daily", v4),
            ("the bird hide camera streams from {}, 8 herons this morning!", v4),
            ("festival volunteers' tablets get {} from the production wifi", v4),
            ("the pottery studio kiln controller is on {}, set it to cone 6", v4),
            ("my student loan account shows a sign-in from {}, should I worry?", rng.choice([v4, v6])),
            ("the scholarship portal says my ip {} is blocked lol", v4),
            ("<listen-socket>\n    <port>8000</port>\n    <bind-address>{}</bind-address>\n</listen-socket>", v4),
            ("db_host = {}", v4),
            ("$CFG->dbhost    = '{}';", v4),
            ('    "SiteURL": "http://{}:8065",', v4),
            ("  - '{}/32'", v4),
            ('{"timestamp":"2025-03-02T10:11:12.000+0000","event_type":"alert","src_ip":"{}","src_port":51514}', rng.choice([v4, v6])),
            ("1740910272.118\tCkZ3x91\t{}\t51514\t-\t-\ttcp\tssl", v4),
            ('"data":{"srcip":"{}","srcuser":"root"},"rule":{"id":"5710"}', v4),
            ("[OUTPUT]\n    Name  forward\n    Host  {}", v4),
            ('  urls = ["http://{}:8086"]', v4),
            ("cameras:\n  yard:\n    ffmpeg:\n      inputs:\n        - path: rtsp://{}:554/stream1", v4),
            ("    virtual_ipaddress {\n        {}/24\n    }", v4),
            ('{"hw-address": "1a:1b:1c:1d:1e:1f", "ip-address": "{}"}', v4),
            ('<param name="ext-rtp-ip" value="{}"/>', v4),
            ("2025-03-02 10:11:12 1toJqK-0004aB-7Q <= camp@example.org H=(mail) [{}] P=esmtpsa", rng.choice([v4, v6])),
            ("JVB_ADVERTISE_IPS={}", v4),
            ("  bind_addresses: ['{}']", v6),
            ("Keepalived_vrrp: (VI_1) Sending gratuitous ARP on eth0 for {}", v4),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def password(self) -> str:
        rng, w = self.rng, self.f().word
        return rng.choice(
            [
                f"{rng.choice(['Heron', 'Kiln', 'Coxswain', 'Hydrant', 'Campfire'])}{rng.choice(['!', '@', '*'])}{rng.randint(1990, 2025)}",
                f"{w()}-{w()}-{w()}-{rng.randint(1, 99)}",
                self.token(rng.randint(14, 20), string.ascii_letters + string.digits + "!*~"),
                f"{w().upper()}{rng.randint(100, 999)}{w()}",
                f"{rng.choice(['Stroke', 'Glaze', 'Ladder', 'Bunk', 'Egret'])}{w().capitalize()}{rng.randint(1, 9)}",
            ]
        )  # fmt: skip

    def secret(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, secret); `chat` as in `ip_sample`."""
        tok, pw, rng, d = self.token, self.password(), self.rng, self.d
        alnum = string.ascii_letters + string.digits
        hexl = "0123456789abcdef"
        options = [
            ("the school trip consent portal login is {}, sign it tonight", pw),
            ("summer camp parent account password is {}, the photos go up at 6", pw),
            ("my student loan login is {}, can you check when the next payment is", pw),
            ("the scholarship application password is {}, I'll forget it otherwise", pw),
            ("the internship VPN password they emailed me is {}", pw),
            ("the notary's e-signing code is {}, it expires in an hour", d(6)),
            ("parking permit account password is {}, renew it for me please", pw),
            ("the speeding fine site wants a PIN, it's {}", d(5)),
            ("the fire station side door code is {}", d(4) + "#"),
            ("jury portal PIN: {}, I'm on the list for monday", d(6)),
            ("the rowing club boathouse code is {}, lock up after", d(4)),
            ("the house-sit alarm code is {}, the dog is called Biscuit", d(4)),
            ("the bird hide padlock is {}", d(3)),
            ("festival volunteer portal password is {}", pw),
            ("the pottery studio wifi is {}", pw),
            ("ijambo banga ryanjye ni {}", pw),
            ("phasewete ya ka ke {}", pw),
            ("jecha icciitii koo {}", pw),
            ("mon senhal es {}", pw),
            ("la mio contraseña ye {}", pw),
            ("tessera mea est {}", pw),
            ("mi kontraseña ta {}", pw),
            ("<source-password>{}</source-password>", pw),
            ("<admin-password>{}</admin-password>", pw),
            ("admin_passwd = {}", pw),
            ("db_password = {}", pw),
            ("$CFG->dbpass    = '{}';", pw),
            ('    "AtRestEncryptKey": "{}",', tok(32, alnum)),
            ("registration_shared_secret: \"{}\"", tok(48, alnum + "~;:.,")),
            ("macaroon_secret_key: \"{}\"", tok(48, alnum + "~;:.,")),
            ("mmctl auth login https://chat.example.org --name camp --access-token {}", tok(26, string.ascii_lowercase + string.digits)),
            ("[api]\nemail=camp-bot@example.org\nkey={}", tok(32, alnum)),
            ("    HTTP_Passwd {}", pw),
            ('  token = "{}"', tok(86, alnum + "-_") + "=="),
            ("mqtt:\n  password: {}", pw),
            ("        auth_pass {}", tok(8, alnum)),
            ('<param name="default_password" value="{}"/>', d(4)),
            ("JVB_AUTH_PASSWORD={}", tok(16, alnum)),
            ("AXIOM_TOKEN={}", "xaat-" + f"{tok(8, hexl)}-{tok(4, hexl)}-{tok(4, hexl)}-{tok(4, hexl)}-{tok(12, hexl)}"),
            ("CALCOM_API_KEY={}", "cal_live_" + tok(32, hexl)),
            ("INFISICAL_TOKEN={}", "st." + tok(36, hexl) + "." + tok(32, hexl)),
            ("FAL_KEY={}", f"{tok(8, hexl)}-{tok(4, hexl)}-{tok(4, hexl)}-{tok(4, hexl)}-{tok(12, hexl)}:{tok(32, hexl)}"),
            ("ASSEMBLYAI_API_KEY={}", tok(32, hexl)),
            ("TOGETHER_API_KEY={}", tok(64, hexl)),
            ("MODAL_TOKEN_SECRET={}", "as-" + tok(22, alnum)),
            ("LEMONSQUEEZY_API_KEY={}", "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9." + tok(60, alnum + "-_")),
            ("JICOFO_AUTH_PASSWORD={}", tok(16, alnum)),
            ("API_PASSWORD={}", pw),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def handle(self) -> str:
        """A username in shapes earlier sets did not use ('x_birds_y', 'fire.x', 'x.rows.2k')."""
        rng = self.rng
        first, last = (_ascii19(x) for x in self.first_last())
        return rng.choice(
            [
                f"{first}_birds_{last[:3]}",
                f"fire.{first}",
                f"{first}.rows.2k",
                f"camp{first}{rng.randint(2015, 2024)}",
                f"{first}_interns",
                f"{last}{first[:1]}_clay",
                f"{first}.sits.{last[:2]}",
            ]
        )  # fmt: skip

    def _dob_shapes(self) -> dict[str, str]:
        """One date of birth in every shape this set uses, keyed by language or format."""
        dt = self.f().date_of_birth(minimum_age=5, maximum_age=95)
        m, day, year = dt.month - 1, dt.day, dt.year
        es = (
            "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()
        )
        rw = "Mutarama Gashyantare Werurwe Mata Gicurasi Kamena Nyakanga Kanama Nzeri Ukwakira Ugushyingo Ukuboza".split()
        st = "Pherekgong Hlakola Hlakubele Mmesa Motsheanong Phupjane Phupu Phato Lwetse Mphalane Pudungwana Tshitwe".split()
        om = ("Amajjii Guraandhala Bitootessa Elba Caamsa Waxabajjii Adoolessa Hagayya Fulbaana Onkololeessa Sadaasa "
              "Muddee").split()  # fmt: skip
        oc = "genièr febrièr març abril mai junh julhet agost setembre octòbre novembre decembre".split()
        ast = "xineru febreru marzu abril mayu xunu xunetu agostu setiembre ochobre payares avientu".split()
        la = "Ianuarii Februarii Martii Aprilis Maii Iunii Iulii Augusti Septembris Octobris Novembris Decembris".split()
        ch = "Eneru Febreru Måtso Abrit Måyu Huñu Hulio Agosto Septembre Oktubre Nobembre Disembre".split()
        pap = "yanüari febrüari mart aprel mei yüni yüli ougùstùs sèptèmber òktober novèmber desèmber".split()
        gv = ("Jerrey Geuree;Toshiaght Arree;Mart;Averil;Boaldyn;Mean Souree;Jerrey Souree;Luanistyn;Mean Fouyir;"
              "Jerrey Fouyir;Mee Houney;Mee ny Nollick").split(";")  # fmt: skip
        mon = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
        epoch_ms = (dt.toordinal() - 719163) * 86400000  # days since 1970-01-01, in milliseconds
        return {
            "qu": f"{day} {es[m]} killapi, {year} watapi",  # Quechua, with Spanish month names as spoken
            "rw": f"ku wa {day} {rw[m]} {year}",  # Kinyarwanda
            "st": f"la {day} {st[m]} {year}",  # Sesotho
            "om": f"{om[m]} {day}, {year}",  # Oromo
            "oc": f"{day} de {oc[m]} de {year}",  # Occitan
            "ast": f"{day} de {ast[m]} de {year}",  # Asturian
            "la": f"die {day} mensis {la[m]} anno {_roman(year)}",  # Latin, the year in Roman numerals
            "ch": f"{day} di {ch[m]}, {year}",  # Chamorro
            "pap": f"{day} di {pap[m]} {year}",  # Papiamento
            "gv": f"{day} {gv[m]} {year}",  # Manx
            "dotnet": f"/Date({epoch_ms})/",  # ASP.NET's JSON date
            "mdy": f"{mon[m]}-{day:02d}-{year}",  # 'Mar-14-1987'
        }

    def dob(self) -> str:
        """A date of birth in one of this set's written shapes."""
        shapes = self._dob_shapes()
        return shapes[self.rng.choice(sorted(shapes))]

    def dob_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, date of birth): a birth cue in the date's own language, a form or a paste;
        `chat` as in `ip_sample`."""
        s, any_shape = self._dob_shapes(), self.dob()
        options = [
            ("the school trip form wants my son's birthday, it's {}", any_shape),
            ("summer camp needs the kids' dates of birth, my daughter's is {}", any_shape),
            ("the student loan people asked me to confirm my birthday, {}", any_shape),
            ("for the fire brigade application I put my birth date as {}, right?", any_shape),
            ("paqarirqani {}", s["qu"]),
            ("navutse {}", s["rw"]),
            ("ke hlahile {}", s["st"]),
            ("guyyaa dhalootaa koo: {}", s["om"]),
            ("soi nascut lo {}", s["oc"]),
            ("nací'l {}", s["ast"]),
            ("natus sum {}", s["la"]),
            ("mafañågu yu' gi {}", s["ch"]),
            ("mi a nase {}", s["pap"]),
            ("ruggit mee er {}", s["gv"]),
            ('  "BirthDate": "{}",', s["dotnet"]),
            ("DOB (as on licence): {}", s["mdy"]),
        ]  # fmt: skip
        return _pick_chat_or_not(self.rng, options, chat, key=lambda o: o[0])


def _ascii19(name: str) -> str:
    """`_ascii_name` without the dots of 'St. Clair' or 'Moh.' and with Polish 'ł' as 'l' (NFKD keeps it)."""
    return _ascii_name(name).replace(".", "").replace("ł", "l")


def _roman(n: int) -> str:
    """`n` in Roman numerals: 1987 -> 'MCMLXXXVII'."""
    out = []
    for value, sym in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
                       (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):  # fmt: skip
        while n >= value:
            out.append(sym)
            n -= value
    return "".join(out)


HELDOUT19_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "{} is the teacher in charge of the school trip to the coast",
        "can you remind me to give {} the trip money on monday",
        "{} is my son's cabin leader at summer camp, he loves her",
        "camp sent a postcard signed by {}, so cute",
        "{} from the student loans office finally called back",
        "the scholarship committee is chaired by {} this year",
        "{} wrote my internship reference, be nice to her",
        "my internship manager {} wants the report by friday",
        "the notary is {}, appointment at 10 to sign the deed",
        "{} witnessed the signature at the notary's",
        "{} at the council says our parking permit is in the post",
        "got a speeding fine, {} was driving my car though",
        "{} is the new volunteer firefighter on our shift",
        "the fire chief {} called everyone in at 3am",
        "I'm on jury duty with {}, we had lunch together",
        "{} is stroke seat in the women's eight this season",
        "the cox {} shouted at us for 2 hours",
        "house-sitting for {} while they're in Lisbon",
        "{}'s cat needs feeding twice a day, the bowl is blue",
        "{} spotted a bittern at the reserve!!",
        "the bird walk is led by {}, meet at the car park",
        "{} is running the festival volunteer briefing",
        "{} threw a 20-inch vase at pottery, show-off",
        "the pottery teacher {} fired my mug too hot lol",
        "please message {} and say the trip bus leaves at 7",
        "{} matched with me and asked about the camp job",
        "ask {} if she still has the jury summons letter",
        "{} and I are splitting the parking permit",
        "our rowing captain {} wants 5am outings again",
        "the camp nurse {} phoned about the bee sting",
        "thank {} for the scholarship letter, it worked!",
        "I owe {} a pint for covering my fire call",
        "Trip leader: {}",
        "Camper: {}  Cabin: Heron",
        "Notary public: {}",
        "Applicant: {} | Scholarship ref SCH-2291",
        "Intern: {} (Finance)",
        "Firefighter {} — Station 14, Blue watch",
        "Juror no. 7: {}",
        "Permit holder: {}",
        "Crew: stroke {}",
        "House-sitter contact: {}",
        "Volunteer lead: {}",
        "Contact,{},Trip chaperone",
        "Assignee: {}",
        'From: "{}" via Camp List',
        '"display_name": "{}",',
        "Sitter,{},confirmed",
    ],
    "STREET_ADDRESS": [
        "the school trip drops the kids back at {}",
        "summer camp's post address is {}, send him a letter",
        "the notary's office is at {}, second floor",
        "my parking permit is for {}, not the old flat",
        "the speeding fine went to {}, I moved in May!",
        "the fire station is {}, park round the back",
        "house-sitting at {} till the 20th",
        "the pottery studio moved to {}",
        "jury service is at the court near {}",
        "Trip pick-up point: {}",
        "permit_address: {}",
        "Sitter address: {}",
        'street_address = "{}"',
        "ADR;TYPE=WORK:;;{}",
    ],
    "EMAIL_ADDRESS": [
        "the school trip forms go back to {}",
        "camp said to email {} about the allergy form",
        "my student loan letters come to {}",
        "send the internship report to {}",
        "the notary's assistant is {}",
        "the fire station rota comes from {}",
        "email {} to book the rowing boat",
        "the house-sit owners are {}",
        "festival volunteers get replies from {}",
        "From: {}",
        "Reply-To: {}",
        "email,{},scholarship",
        '"email": "{}",',
        "mailto:{}?subject=Trip",
    ],
    "PHONE_NUMBER": [
        "the school trip emergency phone is {}",
        "camp office number: {}, call before 9",
        "the notary's number is {} if we're late",
        "the fire chief's mobile is {}, only for call-outs",
        "ring the rowing club on {} about the regatta",
        "the house owners' number is {} if the boiler goes",
        "the pottery studio is {}",
        "the scholarship office said to ring {}",
        "TEL;TYPE=WORK:{}",
        "Phone: {}",
        '"phone_number": "{}",',
        "mobile={}",
        "Emergency contact (camp): {}",
    ],
    "CREDIT_CARD": [
        "the school trip deposit went on {}",
        "camp fees are on {}, do I need to update it",
        "the notary fee was charged to {}",
        "pay the speeding fine with {}, mine's maxed",
        "the parking permit renewal took {}",
        "the festival ticket was bought with {}",
        "Card number: {}",
        '"pan": "{}",',
        "PAYMENT {} APPROVED",
    ],
    "IBAN_CODE": [
        "pay the school trip balance to {}",
        "camp's bank details are {}",
        "the notary wants the deposit sent to {}",
        "send the rowing club subs to {}",
        "my scholarship gets paid into {}",
        "the house-sit fee goes to {}",
        "IBAN:{}",
        "Beneficiary account: {}",
        '"iban": "{}"',
    ],
    "USERNAME": [
        "my ebird name is {}, follow my lists",
        "I'm {} on quizlet, copy my flashcards",
        "my scratch username is {}, look at my camp game",
        "I'm {} on handshake, the internship site",
        "log my 2k on the concept2 logbook, I'm {}",
        "find me on the festival volunteers app as {}",
        "User {} logged in",
        "login={}",
        "\tusername = {}",
        '"data":{"srcuser":"{}","dstuser":"root"}',
        "mattermost user create --username {}",
        "@{} joined the channel",
    ],
}
HELDOUT19_MIXED = [
    ("{} is leading the trip, her mobile is {}", ["PERSON", "PHONE_NUMBER"]),
    ("camper: {}, born {}, home: {}", ["PERSON", "DATE_OF_BIRTH", "STREET_ADDRESS"]),
    ("the notary {} wants the fee sent to {}", ["PERSON", "IBAN_CODE"]),
    ("display_name: {}\nemail: {}", ["PERSON", "EMAIL_ADDRESS"]),
    ("db_host = {}\ndb_user = {}\ndb_password = {}", ["IP_ADDRESS", "USERNAME", "SECRET"]),
    ("house-sit for {}, alarm {}", ["PERSON", "SECRET"]),
    ("camp deposit: card {}, receipt to {}", ["CREDIT_CARD", "EMAIL_ADDRESS"]),
    ("my ebird name is {} and my birthday is {}", ["USERNAME", "DATE_OF_BIRTH"]),
    ("our cox {} lives at {}", ["PERSON", "STREET_ADDRESS"]),
    ("[OUTPUT]\n    Host  {}\n    HTTP_Passwd {}", ["IP_ADDRESS", "SECRET"]),
    ("fire chief {} — call {} for the rota", ["PERSON", "PHONE_NUMBER"]),
    ('"email": "{}",\n"pan": "{}",', ["EMAIL_ADDRESS", "CREDIT_CARD"]),
]  # fmt: skip
HELDOUT19_NEGATIVES = [
    "Pamekasan is famous for its batik and bull races",
    "karapan sapi season is in August and September",
    "Tacloban's San Juanico Bridge at night",
    "Iloilo's Dinagyang festival is in January",
    "Bujumbura sits on Lake Tanganyika",
    "Kananga is in Kasaï-Central",
    "the Sultan's palace in Foumban has a museum",
    "Conakry's Kaloum peninsula at sunset",
    "Prince Rupert gets a lot of rain",
    "Fort Washakie is on the Wind River Reservation",
    "Lapwai Creek runs into the Clearwater",
    "Lake Atitlán has three volcanoes",
    "Huehuetenango coffee is fruity",
    "La Esperanza is the coldest town in Honduras",
    "Otavalo's Saturday market is huge",
    "Sierra Nevada de Santa Marta is sacred to the Arhuaco",
    "Lankaran tea and lemons",
    "Lake Onega has petroglyphs",
    "Nikiszowiec has red-brick miners' houses",
    "Ada, Oklahoma is home to the Chickasaw",
    "Crow Fair is in August in Crow Agency",
    "the Kalinago Territory is on Dominica's east coast",
    "the cliffs at Aquinnah are clay",
    "the school trip leaves at 7:15 from the main gate",
    "permission slip due Friday, £12 for the coach",
    "Year 6 residential: 3 nights, 2 teachers per 15 kids",
    "cabin 4 won the camp talent show",
    "bring a torch, a water bottle and wellies",
    "Plan 2 loan, threshold £27,295",
    "repayments are 9% over the threshold",
    "scholarship deadline 15 March, 500 words",
    "internship: 10 weeks, paid, hybrid",
    "the apostille takes 5 working days",
    "probate form PA1P, section 4",
    "zone B permit, valid 12 months",
    "30 in a 20 zone, 3 points",
    "library fines are cancelled this week",
    "the museum is free on the first Sunday",
    "BA breathing sets checked every Monday",
    "pager test at 19:00 sharp",
    "jury summons: reply within 7 days",
    "a 2k erg test under 7 minutes",
    "catch, drive, finish, recovery",
    "little egret and a green sandpiper today",
    "cone 6 glaze firing, 10 hours",
    "Heron and Egret are the camp cabins",
    "festival gates open at noon, wristband exchange at gate C",
    "Icecast 2.4.4 started",
    "<limits>\n    <clients>100</clients>\n</limits>",
    "[options]\nworkers = 4",
    "$CFG->wwwroot = 'https://moodle.example.org';",
    '"EnableOpenServer": false,',
    "enable_registration: false",
    '"event_type":"stats","uptime":3600',
    "#fields\tts\tuid\tid.orig_h\tid.orig_p",
    '"rule":{"level":3,"description":"sshd: authentication success."}',
    "[SERVICE]\n    Flush 5",
    "[[outputs.influxdb_v2]]",
    "detect:\n  enabled: true\n  fps: 5",
    "vrrp_instance VI_1 {\n    state MASTER",
    '"valid-lifetime": 4000,',
    '<param name="rtp-timer-name" value="soft"/>',
    "Completed 250 OK",
    "From MAILER-DAEMON Thu Mar  6 10:11:12 2025",
    "registration_shared_secret: \"<changeme>\"",
    "password: ******** (hidden)",
    "card 4242 4242 4242 4242 is Stripe's test card",
    "IBAN GB33 BUKB 2020 1555 5555 55 is a sample",
    "contact us at info@example.org",
    "192.0.2.44 and 198.51.100.7 are documentation addresses",
    "call 112 in an emergency",
    "see you at the boathouse",
    "haha the camp song is stuck in my head",
    "can you remind me to renew the parking permit",
]  # fmt: skip


def _typo19(rng: random.Random, template: str) -> str:
    """Slips outside the {} slots, other than earlier sets': text-speak ('you' -> 'u', 'please' -> 'pls',
    'tomorrow' -> 'tmrw'), or a trailing '...' added to a chat line."""
    speak = [(a, b) for a, b in TEXTSPEAK_HELDOUT19 if re.search(rf"\b{a}\b", template)]
    if speak and rng.random() < 0.7:
        a, b = rng.choice(speak)
        return re.sub(rf"\b{a}\b", b, template, count=1)
    if _chat_like(template) and not template.endswith("{}"):
        return template.rstrip("!?.") + "..."
    return template


def build_heldout19(seed: int = HELDOUT19_SEED) -> list[Example]:
    """Held-out set 19: `Gen19` values in `HELDOUT19_TEMPLATES`, mixed sentences and look-alike negatives."""
    gen = Gen19(seed)
    rng = gen.rng
    makers = {
        "PERSON": gen.person, "STREET_ADDRESS": gen.address, "EMAIL_ADDRESS": gen.email, "PHONE_NUMBER": gen.phone,
        "CREDIT_CARD": gen.card, "IBAN_CODE": gen.iban, "IP_ADDRESS": lambda: gen.ip_sample()[1],
        "USERNAME": gen.handle, "DATE_OF_BIRTH": gen.dob, "SECRET": gen.password,
    }  # fmt: skip
    counts = {"PERSON": 80, "SECRET": 70, "USERNAME": 24}
    styles: list[tuple[str, list[tuple[str, str]]]] = []  # (template, [(type, value)])
    for etype in TYPES:
        for _ in range(counts.get(etype, 14)):
            chat = rng.random() < 0.7  # Kaizen is a chat bot: most sentences are typed to it or a friend
            if etype in (
                "SECRET",
                "IP_ADDRESS",
                "DATE_OF_BIRTH",
            ):  # the template depends on the value's shape
                sample = {"SECRET": gen.secret, "IP_ADDRESS": gen.ip_sample, "DATE_OF_BIRTH": gen.dob_sample}
                template, value = sample[etype](chat)
                styles.append((template, [(etype, value)]))
            else:
                template = _pick_chat_or_not(rng, HELDOUT19_TEMPLATES[etype], chat)
                styles.append((template, [(etype, makers[etype]()) for _ in range(template.count("{}"))]))
    for _ in range(24):
        template, types = rng.choice(HELDOUT19_MIXED)
        styles.append((template, [(t, makers[t]()) for t in types]))
    styles += [(t, []) for t in HELDOUT19_NEGATIVES]
    examples = []
    for template, values in styles:
        style = "plain"
        if rng.random() < 0.15:
            template, style = _typo19(rng, template), "typo"
        parts = template.split("{}")
        text, spans = parts[0], []
        for (etype, value), rest in zip(values, parts[1:], strict=True):
            spans.append((len(text), len(text) + len(value), etype))
            text += value + rest
        r = rng.random()  # lower case or ALL CAPS, as people and some exports write
        for new, name, p in ((text.lower(), "lower", 0.09), (text.upper(), "upper", 0.12)):
            if r < p and len(new) == len(text):
                text, style = new, name
                break
        examples.append(Example(text, spans, style))
    rng.shuffle(examples)
    return examples


HELDOUT20_SEED = 201709
# no faker name locale, as in held-out 16 to 19: every faker name locale outside the lexicon has been used by
# an earlier set, so all names below come from hand-written lists of origins no earlier set drew from (empty
# on purpose; the lexicon test still checks it)
NAME_LOCALES_HELDOUT20: list[str] = []
NAMES_HELDOUT20: dict[str, tuple[list[str], list[str]]] = {
    "bikol": ("Nelia Reynaldo Evangeline Jojo Lourdes Rodel Zenaida Arnel".split(),
              "Bañares Obias Ludovice Nacario Moratalla Bongalonta Pacis Ibarrientos".split()),
    "ivatan": ("Telesforo Fidela Leonora Teodulo Pacita Vicente Rosalina Florante".split(),
               "Hontomin Gabotero Castillejos Abad Elica Valones Hornedo Cano".split()),
    "bajau": ("Salbiah Jumadil Nurhaida Sarahani Amil Hatija Jawali Mastura".split(),
              "Sakkam Habibun Jaujan Sahari Laham Arsad Ladjamaruddin Titingan".split()),
    "gorontalo": ("Rusli Fadel Idah Marten Yusnita Rahmat Sri Hamim".split(),
                  "Mopangga Pakaya Hulopi Lahay Nusi Bumulo Gobel Hasiru".split()),
    "sumbanese": ("Umbu Rihi;Rambu Eti;Umbu Pura;Rambu Konda;Umbu Yiwa;Rambu Hada;Umbu Kahumbu;Rambu Lika".split(";"),
                  "Hamakonda;Ndima;Kaborang;Lado;Mbana;Tanggu Mara;Djawa;Hungu".split(";")),
    "mon": ("Nai Ong;Mi Chan;Nai Tun;Mi Htay;Nai Soe;Mi Khin;Nai Bala;Mi Nyein".split(";"),
            "Thein Lwin Ko Myint Kyaw Win Htun Aung".split()),
    "rakhine": ("Khaing Min;Mra Mra;Saw Hla;Nu Nu;Kyaw Tha;Aye Mya;Tun Aung;Hla Thein".split(";"),
                "Khaing;Tha Zan;Mra;Hla;Nyo;Thein Maung;Aung Thein;Sein".split(";")),
    "akha": ("Apa Ami Ayoh Aju Ahpoe Aloh Mirta Abu".split(),
             "Jupoh Mayer Morku Ayeu Bangyer Jaupoo Chermue Lorpaw".split()),
    "arapaho": ("Wayne Gail Eugene Vonda Darrell Hubert Winona Lloyd".split(),
                "Spoonhunter;C'Hair;Whiteplume;Oldman;Goggles;Friday;Lone Bear;Blackburn".split(";")),
    "shawnee": ("Glenna Benjamin Shirley Rosetta Guy Lorena Alvis Roberta".split(),
                "Bluejacket Spybuck Daugherty Blanchard Wildcat Captain Barnes Tyner".split()),
    "oneida": ("Purcell Loretta Norbert Gerald Debra Amelia Ernest Audrey".split(),
               "Danforth Skenandore Cornelius Metoxen Doxtator Webster Ninham Powless".split()),
    "passamaquoddy": ("Wayne Donald Joan Fred Madonna Allen Roxanne Hilda".split(),
                      "Sockabasin Soctomah Neptune Sopiel Tomah Newell Dana Moore".split()),
    "penobscot": ("Barry Maulian Butch Theresa Reuben Gabe Arnie Jennifer".split(),
                  "Ranco Loring Sockalexis Mitchell Shay Nelson Francis Dana".split()),
    "arrernte": ("Kathleen Rosie Ronnie Gloria Alec Polly Barbara Maxie".split(),
                 "Kngwarreye Perrurle Ampetyane Kemarre Penangke Mpetyane Pwerle Ngale".split()),
    "pitjantjatjara": ("Nganyinytja Tjunkaya Yanyi Wawiriya Inawinytji Ilawanti Tjimpuna Nyurpaya".split(),
                       "Tjilari Minutjukur Nyaningu Tjapiti Tjangala Burton Baker Kankapankatja".split()),
    "wiradjuri": ("Stan Isabel Jenny Lyall Jacinta Lorraine Kim Brendan".split(),
                  "Grant Coe Ingram Bamblett Sloane Clayton Charles Williams".split()),
    "seri": ("Cleotilde Débora Lorenzo Adolfo Genaro Angelita Efraín Guadalupe".split(),
             "Comito Astorga Barnett Perales Montaño Molina Romero Torres".split()),
    "western_apache": ("Wendsler Philbert Ola Marvin Della Fidel Carla Vernon".split(),
                       "Nosie Kitcheyan Rope Dosela Bullis Goseyun Cassadore Stevens".split()),
    "chokwe": ("Adelino Teresa Domingos Laurinda Samuel Esperança Mateus Celestina".split(),
               "Samutumba Capamba Muatxissengue Cahoji Kapenda Tchitembo Sacambuio Muacassenge".split()),
    "sara": ("Ngarta Memadji Djimadoum Rimtebaye Ngaradoum Kemtaye Allarassem Ndingamnadji".split(),
             "Ngarlejy Tombalbaye Yodoyman Kassiré Ndoutingaï Naïmbaye Madjitoloum Ngakoutou".split()),
    "songhai": ("Alkaya Mariam Hamsatou Zeinabou Alassane Hama Boubacar Aïssata".split(),
                "Maïga Haïdara Arby Tandina Kounta Djitteye Touré Cissé".split()),
    "kissi": ("Fassou Sia Saa Finda Tamba Yawa Komano Foday".split(),
              "Kamano Tolno Leno Millimono Tinguiano Ouendeno Kpoghomou Fantamoudou".split()),
    "lobi": ("Sié Ollo Béatrice Bêbê Mathias Dieudonné Kounkoura Tioro".split(),
             "Kambou Hien Palé Kambiré Sib Somda Da Poda".split()),
    "kven": ("Einar Liisa Anna-Kaisa Terje Elna Hans Aslaug Torbjørn".split(),
             "Alatalo Niemi Keskitalo Kummeneje Pietilä Hirvonen Lampinen Isaksen".split()),
    "pomak": ("Saliha Emine Fikrie Ramadan Sabri Fatme Rasim Nedzhmie".split(),
              "Hadzhiev Mollov Kafelov Karaahmedov Bekirov Dzhaferov Shishkov Kehayov".split()),
}  # fmt: skip
# invented given names of a made-up root and a Slavic- or Greek-looking ending, and surnames of a made-up
# root and a Lithuanian ending (-auskas, -aitis, -ėnas, -ulis), ways no earlier set used ('Velandra Kelmaitis')
INVENTED_GIVEN_ROOTS_HELDOUT20 = ["Zor", "Vel", "Tam", "Brin", "Ost", "Kael", "Mir", "Sev", "Dar"]
INVENTED_GIVEN_ENDS_HELDOUT20 = ["andra", "imir", "elia", "oric", "ina", "avo"]
INVENTED_SURNAME_ROOTS_HELDOUT20 = ["Verb", "Dargel", "Kelm", "Sirv", "Tauv", "Gerd", "Lukš", "Mant"]
INVENTED_SURNAME_ENDS_HELDOUT20 = ["auskas", "aitis", "ėnas", "ulis", "iūtė"]
# rare spellings of 1990s US given names
RARE_GIVEN_HELDOUT20 = ["Tevin", "Shyanne", "Dylon", "Kelsi", "Destini", "Tristen", "Brittani", "Jalen", "Shelbi",
                        "Kaitlin", "Dakotah", "Tiera", "Brennan", "Kirstyn", "Chelsie", "Tyrek"]  # fmt: skip
IBAN_SHAPES_HELDOUT20 = {
    "DE": "18n", "AT": "16n", "BE": "12n", "SE": "20n", "HU": "24n", "LT": "16n", "SI": "15n", "PT": "21n",
    "IS": "22n", "MT": "4a5n18c", "GR": "7n16c", "AL": "8n16c", "MD": "20c", "UA": "6n19c",
}  # fmt: skip
HOBBIES_HELDOUT20 = [
    "bells",
    "loft",
    "archery",
    "derby",
    "paddles",
    "brews",
    "scopes",
    "fixes",
    "sails",
    "stamps",
]
# slips outside the slots: a British word typed as a Scots or Northern one, as people write to friends
DIALECT_HELDOUT20 = [("don't", "dinnae"), ("know", "ken"), ("little", "wee"), ("yes", "aye"), ("can't", "cannae"),
                     ("nothing", "nowt"), ("my", "ma"), ("going to", "gonnae")]  # fmt: skip


class Gen20(Gen3):
    """Generators for held-out set 20: origins, name forms, formats and contexts none of the other sets use."""

    def first_last(self) -> tuple[str, str]:
        """A given and a family name: NAMES_HELDOUT20, invented ('Velandra Kelmaitis') or a rare 1990s spelling."""
        rng = self.rng
        r = rng.random()
        firsts, lasts = NAMES_HELDOUT20[rng.choice(sorted(NAMES_HELDOUT20))]
        if r < 0.1:
            given = rng.choice(INVENTED_GIVEN_ROOTS_HELDOUT20) + rng.choice(INVENTED_GIVEN_ENDS_HELDOUT20)
            root = rng.choice(INVENTED_SURNAME_ROOTS_HELDOUT20)
            return given, root + rng.choice(INVENTED_SURNAME_ENDS_HELDOUT20)
        if r < 0.18:
            return rng.choice(RARE_GIVEN_HELDOUT20), rng.choice(lasts)
        return rng.choice(firsts), rng.choice(lasts)

    def person(self) -> str:
        rng = self.rng
        first, last = self.first_last()
        r = rng.random()
        if r < 0.55:
            name = f"{first} {last}"
        elif r < 0.72:
            name = first
        elif r < 0.8:
            name = last
        elif (
            r < 0.86
        ):  # the family name first and in capitals, then the given name, as a sign-in sheet has it
            name = f"{last.upper()} {first}"
        else:
            name = f"{first} {last}"
        c = rng.random()
        if c < 0.06:
            return name.lower()
        if c < 0.08:
            return name.upper()
        return name

    def address(self) -> str:
        rng, n = self.rng, self.rng.randint(1, 240)
        pick = rng.choice
        shapes = [
            f"Zone {rng.randint(1, 7)}, Brgy. {pick(['Concepcion Pequeña', 'Triangulo', 'Sabang'])}, Naga City, Camarines Sur 4400",
            f"Brgy. {pick(['Kayhuvokan', 'Kaychanarianan', 'Chanarian'])}, Basco, Batanes 3900",
            f"Lot {n}, Kg. {pick(['Bangau-Bangau', 'Bubul', 'Pulau Gaya'])}, 91308 Semporna, Sabah",
            f"Jl. {pick(['Nani Wartabone', 'Sultan Botutihe', 'Agus Salim'])} No. {n}, Kel. {pick(['Limba U Dua', 'Biawao', 'Heledulaa'])}, Kota Gorontalo 96115",
            f"Kampung {pick(['Prailiu', 'Matawai', 'Kawangu'])} RT {rng.randint(1, 9):02d}/RW {rng.randint(1, 5):02d}, Kambera, Waingapu 87112",
            f"No. {n}, {pick(['Lower Main Road', 'Strand Road', 'Upper Main Road'])}, {pick(['Phatt Tan', 'Myaing Thar Yar', 'Maung Ngan'])} Ward, Mawlamyine, Mon State",
            f"No. {n}, {pick(['Main Road', 'Bowdhi Road', 'Sittwe-Yangon Road'])}, {pick(['Mingan', 'Shwe Pyi', 'Nazi'])} Qr., Sittwe",
            f"{rng.randint(1, 180)} Moo {rng.randint(1, 15)}, T. Mae Salong Nok, A. Mae Fa Luang, Chiang Rai 57110",
            f"{n} {pick(['Blue Sky Hwy', 'Ethete Mission Rd', 'Goes In Lodge Rd'])}, Ethete, WY 82520",
            f"{rng.randint(100, 2999)} {pick(['S Gordon Cooper Dr', 'E Independence St', 'N Kickapoo Ave'])}, Shawnee, OK 74804",
            f"{rng.randint(100, 999)} {pick(['Hillcrest Dr', 'Elm St', 'Airport Dr'])}, Oneida, WI 54155",
            f"{n} {pick(['Sipayik Rd', 'Bayview Dr', 'Pleasant Point Rd'])}, Perry, ME 04667",
            f"{rng.randint(1, 60)} {pick(['Center St', 'Down St', 'Oak Hill Rd'])}, Indian Island, ME 04468",
            f"Unit {rng.randint(1, 12)}/{n} {pick(['Larapinta Dr', 'Gap Rd', 'Bloomfield St'])}, Alice Springs NT 0870",
            f"House {n}, Santa Teresa (Ltyentye Apurte) NT 0872",
            f"Lot {n}, Amata SA 0872",
            f"PMB {n}, via Alice Springs NT 0872",
            f"{n} {pick(['Fitzmaurice St', 'Peter St', 'Bourke St'])}, Wagga Wagga NSW 2650",
            f"Calle {pick(['Hant Comcaac', 'Xepe Coosot', 'Principal'])} s/n, Punta Chueca, Hermosillo, Son. 83355",
            f"{n} {pick(['San Carlos Ave', 'Tonto St', 'Chesley Ave'])}, San Carlos, AZ 85550",
            f"{n} {pick(['Seven Mile Rd', 'Chief Ave', 'Fort Apache Rd'])}, Whiteriver, AZ 85941",
            f"Rua {pick(['do Comércio', 'Mwatxissengue', 'da Missão'])}, casa n.º {n}, Bairro {pick(['Mussungue', 'Txizainga', 'Sassamba'])}, Saurimo, Lunda Sul",
            f"Quartier {pick(['Doyaba', 'Kassai', 'Tiléa'])}, rue {rng.randint(1, 60)}, porte {n}, Sarh",
            f"Quartier {pick(['Dembé', 'Doumbeur', 'Guelkol'])}, près du marché, Moundou",
            f"Quartier {pick(['Hamabangou', 'Château', 'Saneye'])}, rue {rng.randint(100, 480)}, porte {n}, Gao",
            f"Quartier {pick(['Madina', 'Kamandou', 'Farako'])}, Guéckédou",
            f"Secteur {rng.randint(1, 9)}, {pick(['rue des Lobi', 'route de Kampti', 'avenue du Musée'])}, Gaoua",
            f"{pick(['Strandgata', 'Skoleveien', 'Tollbugata'])} {n}, 9800 Vadsø",
            f"{pick(['Børselv', 'Lakselv', 'Kistrand'])} {n}, 9700 Porsanger",
            f"ul. „{pick(['Hristo Botev', 'Vasil Levski', 'Rodopi'])}“ № {n}, 4900 Madan",
            f"ul. {pick(['Hristo Botev', 'Vasil Levski', 'Rodopi'])} {n}, 2790 Yakoruda",
        ]  # fmt: skip
        return pick(shapes)

    def email(self) -> str:
        rng = self.rng
        first, last = (_ascii_name(x) for x in self.first_last())
        user = rng.choice([f"{first}.{rng.choice(HOBBIES_HELDOUT20)}", f"loft.{last}{rng.randint(1, 99)}",
                           f"{last}.{first[:1]}.derby", f"{first}{last}.brewing", f"{first}_{last}_paddles",
                           f"tower.captain.{last}", f"{first[:1]}{last}.sailing", f"{last}-{first}"])  # fmt: skip
        domain = rng.choice(["globe.com.ph", "pldt.net.ph", "streamyx.com", "telkomsel.co.id", "mpt.com.mm",
                             "truemail.co.th", "wyoming.com", "sbcglobal.net", "oneidanation.org", "gwi.net",
                             "bigpond.com", "internode.on.net", "prodigy.net.mx", "frontiernet.net",
                             "angola-telecom.ao", "tchad.td", "orangemali.net", "eircom.net", "online.no",
                             "abv.bg", "posteo.de", "fastmail.fm", "mail.ee", "disroot.org"])  # fmt: skip
        return f"{user}@{domain}"

    def phone(self) -> str:
        d, rng = self.d, self.rng
        shapes = [
            f"(054) 473 {d(4)}",  # Naga City
            f"0918 {d(3)} {d(4)}",  # Philippine mobile, spaced
            f"+63 78 533 {d(4)}",  # Basco, Batanes
            f"+60 89-78{d(1)} {d(3)}",  # Semporna
            f"011-{d(4)} {d(4)}",  # Malaysian mobile
            f"(0435) 8{d(5)}",  # Gorontalo
            f"0813-{d(4)}-{d(4)}",  # Indonesian mobile, dashed
            f"(0387) 61{d(3)}",  # Waingapu
            f"+95 57 2{d(4)}",  # Mawlamyine
            f"09 {d(3)} {d(3)} {d(3)}",  # Myanmar mobile
            f"+95 43 2{d(4)}",  # Sittwe
            f"+66 53 76{d(1)} {d(3)}",  # Chiang Rai
            f"(307) 856-{d(4)}",  # Riverton, near Ethete
            f"+1 (405) 275-{d(4)}",  # Shawnee
            f"920.869.{d(4)}",  # Oneida, dotted
            f"207-853-{d(4)}",  # Perry, Maine
            f"(207) 827-{d(4)}",  # Indian Island
            f"(08) 8952 {d(4)}",  # Alice Springs
            f"04{d(2)} {d(3)} {d(3)}",  # Australian mobile
            f"(02) 6921 {d(4)}",  # Wagga Wagga
            f"+52 662 {d(3)} {d(4)}",  # Hermosillo
            f"(928) 475-{d(4)}",  # San Carlos
            f"928-338-{d(4)}",  # Whiteriver
            f"+244 92{d(1)} {d(3)} {d(3)}",  # Angolan mobile
            f"+235 66 {d(2)} {d(2)} {d(2)}",  # Chad mobile
            f"+223 21 82 {d(2)} {d(2)}",  # Gao
            f"+224 664 {d(2)} {d(2)} {d(2)}",  # Guinea, Guéckédou
            f"+226 20 90 {d(2)} {d(2)}",  # Gaoua
            f"+47 78 94 {d(2)} {d(2)}",  # Vadsø
            f"+359 308 {d(5)}",  # Madan
            f"0888 {d(3)} {d(3)}",  # Bulgarian mobile
        ]
        return rng.choice(shapes)

    def card(self) -> str:
        rng = self.rng
        prefix, length = rng.choice([("4", 16), ("2705", 16), ("5311", 16), ("374", 15), ("3056", 14),
                                     ("3548", 16), ("6550", 16), ("6304", 16), ("4", 16), ("4", 19)])  # fmt: skip
        num = _luhn_number(rng, prefix, length)
        r = rng.random()
        if length in (14, 15):
            return f"{num[:4]} {num[4:10]} {num[10:]}" if r < 0.6 else num
        groups = [num[i : i + 4] for i in range(0, length, 4)]
        if r < 0.45:
            return " ".join(groups)
        if r < 0.6:  # non-breaking hyphens, as a word processor keeps a number on one line
            return "\u2011".join(groups)
        return num

    def iban(self) -> str:
        rng = self.rng
        country = rng.choice(sorted(IBAN_SHAPES_HELDOUT20))
        iban = _iban(rng, country, IBAN_SHAPES_HELDOUT20[country])
        groups = [iban[i : i + 4] for i in range(0, len(iban), 4)]
        return " ".join(groups) if rng.random() < 0.6 else iban

    def ip_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, address): bell towers, pigeon lofts, archery ranges, roller derby, dragon boats,
        home brewing, foraging, astronomy clubs, am-dram, repair cafés, escape rooms, sailing clubs; Authelia,
        Vaultwarden, Paperless-ngx, Immich, Mastodon, Graylog, NetBox, Gotify, ntfy, Redmine, Roundcube, BIND,
        AdGuard Home, Kodi, Guacamole, ZNC, wpa_supplicant, NetworkManager and hostapd; `chat` as in
        `_pick_chat_or_not`."""
        rng, f = self.rng, self.f()
        v4 = rng.choice([f.ipv4_public(), f.ipv4_public(), f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                         f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])  # fmt: skip
        h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
        v6 = rng.choice([f"2405:{h()}:{h()}::{h()}", f"2a0a:{h()}:{h()}:{h()}::{h()}",
                         f"2001:1388:{h()}:{h()}::{h()}", f"2620:{h()}:{h()}::{h()}:{h()}",
                         f"2001:8a0:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}"])  # fmt: skip
        options = [
            ("the bell tower's simulator laptop is on {}, leave it plugged in", v4),
            ("the pigeon loft clock uploads to {}, is that the club server?", v4),
            ("the archery range scoring tablets sync to {} before the shoot", v4),
            ("roller derby scoreboard runs off {}, don't let the refs touch it", v4),
            ("dragon boat club's gps trackers report to {}, check it after practice", v4),
            ("my brew fridge controller is at {}, can you look at the temp graph", v4),
            ("someone logged into the foraging group's page from {}, was it you?", rng.choice([v4, v6])),
            ("the observatory mount is on {}, slew it to Jupiter for me", v4),
            ("the theatre's lighting desk is {}, don't change it before the show", v4),
            ("repair café laptop got {} from the church hall wifi", v4),
            ("the escape room props controller is {}, reset it if the lock sticks", v4),
            ("sailing club webcam is at {}, is it too windy?", v4),
            ("my cheese cave sensor shows up as {} on the router lol", v4),
            ("the falconry centre's aviary cam streams from {}", rng.choice([v4, v6])),
            ("    - {}/32", v4),
            ("DOMAIN=https://{}", v4),
            ("PAPERLESS_URL=http://{}:8000", v4),
            ("DB_HOSTNAME={}", v4),
            ("DB_HOST={}", v4),
            ("http_bind_address = {}:9000", v4),
            ("ALLOWED_HOSTS = ['{}']", v4),
            ('{"appid":1,"message":"door opened","host":"{}"}', v4),
            ("listen-http: \"{}:80\"", v4),
            ("  host: {}", v4),
            ("$config['default_host'] = 'ssl://{}';", v4),
            ('key "transfer" { algorithm hmac-sha256; }; server {} { keys { transfer; }; };', v4),
            ("dns:\n  bind_hosts:\n    - {}", rng.choice([v4, v6])),
            ("<webserver>{}</webserver>", v4),
            ('<param name="hostname">{}</param>', v4),
            ("Listener = 6697 {}", v4),
            ("address1={}/24,192.168.1.1", v4),
            ("own_ip_addr={}", v4),
            ("authelia: Successful 1FA authentication attempt made by user from {}", rng.choice([v4, v6])),
            ("[notice] Vaultwarden: Login attempt from {}", rng.choice([v4, v6])),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def password(self) -> str:
        rng, w = self.rng, self.f().word
        return rng.choice(
            [
                f"{rng.choice(['Treble', 'Loft', 'Fletch', 'Jammer', 'Paddle'])}{rng.randint(1, 99)}{rng.choice(['#', '$', '&'])}{w()}",
                f"{w()}.{w()}.{w()}.{rng.randint(10, 99)}",
                self.token(rng.randint(14, 20), string.ascii_letters + string.digits + "#$&"),
                f"{w().capitalize()}{rng.randint(1000, 9999)}{w().upper()}",
                f"{rng.choice(['Chanterelle', 'Orion', 'Spinnaker', 'Hops', 'Gouda'])}_{w()}{rng.randint(1, 9)}",
            ]
        )  # fmt: skip

    def secret(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, secret); `chat` as in `ip_sample`."""
        tok, pw, rng, d = self.token, self.password(), self.rng, self.d
        alnum = string.ascii_letters + string.digits
        hexl = "0123456789abcdef"
        b64 = alnum + "+/"
        options = [
            ("the bell tower door code is {}, ringing starts at 7", d(4)),
            ("pigeon club results site login is {}, can you post my times", pw),
            ("the archery range gate padlock is {}", d(4)),
            ("derby league portal password is {}, sign me up for the bout", pw),
            ("dragon boat club booking password is {}, grab us the saturday slot", pw),
            ("the homebrew shop account password is {}, order the hops pls", pw),
            ("the foraging course login is {}, the mushroom ID videos are there", pw),
            ("astronomy club wifi at the dark site is {}", pw),
            ("the theatre stage door code is {}, get in before the half", d(5)),
            ("repair café volunteer rota password is {}", pw),
            ("the escape room staff tablet PIN is {}", d(6)),
            ("sailing club boat shed combination is {}", d(3)),
            ("cheese course portal password is {}, my login not yours", pw),
            ("the falconry mews lock code is {}", d(4) + "*"),
            ("ma passwird is {}, dinnae tell onybody", pw),
            ("mien wachwoord is {}", pw),
            ("mien Passwoort is {}", pw),
            ("mis Passwort isch {}", pw),
            ("'a password mia è {}", pw),
            ("sandi abdi teh {}", pw),
            ("moje heslo je {}", pw),
            ("mii parol {}", pw),
            ("jwt_secret: {}", tok(64, alnum)),
            ("ADMIN_TOKEN={}", tok(48, alnum + "+/")),
            ("PAPERLESS_SECRET_KEY={}", tok(50, alnum + "!@#%^&*(-_=+)")),
            ("DB_PASSWORD={}", pw),
            ("OTP_SECRET={}", tok(128, hexl)),
            ("password_secret = {}", tok(96, alnum)),
            ("SECRET_KEY = '{}'", tok(50, alnum + "!@#%^&*(-_=+)")),
            ("  pass: {}", pw),
            ("  password: {}", pw),
            ("$config['des_key'] = '{}';", tok(24, alnum)),
            ('    secret "{}";', tok(43, b64) + "="),
            ("<webserverpassword>{}</webserverpassword>", pw),
            ('<authorize username="stage" password="{}">', pw),
            ("\tPass = {}", "sha256#" + tok(64, hexl) + "#" + tok(20, alnum) + "#"),
            ("\tpsk=\"{}\"", pw),
            ("psk={}", pw),
            ("wpa_passphrase={}", pw),
            ("rootpw\t{}", pw),
            ("ntfy access --token {} mytopic", "tk_" + tok(29, string.ascii_lowercase + string.digits)),
            ("SRC_ACCESS_TOKEN={}", "sgp_" + tok(40, hexl)),
            ("VONAGE_API_SECRET={}", tok(16, alnum)),
            ("KLAVIYO_PRIVATE_KEY={}", "pk_" + tok(34, hexl)),
            ("SPARKPOST_API_KEY={}", tok(40, hexl)),
            ("PIPEDRIVE_API_TOKEN={}", tok(40, hexl)),
            ("DEEPL_AUTH_KEY={}", f"{tok(8, hexl)}-{tok(4, hexl)}-{tok(4, hexl)}-{tok(4, hexl)}-{tok(12, hexl)}:fx"),
            ("WEBFLOW_API_TOKEN={}", tok(64, hexl)),
            ("FRESHDESK_API_KEY={}", tok(20, alnum)),
            ("QDRANT__SERVICE__API_KEY={}", tok(32, alnum)),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def handle(self) -> str:
        """A username in shapes earlier sets did not use ('x.rings.treble', 'loft_x', 'x_draws_40lb')."""
        rng = self.rng
        first, last = (_ascii_name(x) for x in self.first_last())
        return rng.choice(
            [
                f"{first}.rings.treble",
                f"loft_{last}",
                f"{first}_draws_{rng.choice([28, 32, 36, 40])}lb",
                f"jammer.{first}",
                f"{first}{last[:1]}_paddles",
                f"{last}brews{rng.randint(1, 99)}",
                f"{first}.under.orion",
            ]
        )  # fmt: skip

    def _dob_shapes(self) -> dict[str, str]:
        """One date of birth in every shape this set uses, keyed by language or format."""
        dt = self.f().date_of_birth(minimum_age=5, maximum_age=95)
        m, day, year = dt.month - 1, dt.day, dt.year
        sco = "Januar Februar Mairch Aprile Mey Juin Julie August September October November December".split()
        li = "jannewarie fibberwarie miert april mei juni juli augustus september oktober november december".split()
        nds = "Januaar Februaar März April Mai Juni Juli August September Oktover November Dezember".split()
        gsw = "Januar Februar März April Mai Juni Juli Auguscht Septämber Oktober Novämber Dezämber".split()
        nap = "jennaro frevaro marzo abbrile maggio giugno luglio aùsto settembre ottombre nuvembre dicembre".split()
        bm = ("zanwuyekalo feburuyekalo marisikalo awirilikalo mɛkalo zuwɛnkalo zuluyekalo utikalo sɛtanburukalo "
              "ɔkutɔburukalo nowanburukalo desanburukalo").split()  # fmt: skip
        tw = "Ɔpɛpɔn Ɔgyefoɔ Ɔbɛnem Oforisuo Kotonimma Ayɛwohomumu Kutawonsa Ɔsanaa Ɛbɔ Ahinime Obubuo Ɔpɛnimma".split()
        jv = "Januari Fèbruari Maret April Mèi Juni Juli Agustus Sèptèmber Oktober Nopèmber Desèmber".split()
        tn = ("Ferikgong Tlhakole Mopitlwe Moranang Motsheganong Seetebosigo Phukwi Phatwe Lwetse Diphalane "
              "Ngwanatsele Sedimonthole").split()  # fmt: skip
        ve = ("Phando Luhuhi Ṱhafamuhwe Lambamai Shundunthule Fulwi Fulwana Ṱhangule Khubvumedzi Tshimedzi Ḽara "
              "Nyendavhusiku").split()  # fmt: skip
        mon = "JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split()
        epoch_s = (dt.toordinal() - 719163) * 86400  # days since 1970-01-01, in seconds (negative before it)
        return {
            "sco": f"{_ordinal(day)} o {sco[m]}, {year}",  # Scots
            "li": f"{day} {li[m]} {year}",  # Limburgish
            "nds": f"{day}. {nds[m]} {year}",  # Low German
            "gsw": f"{day}. {gsw[m]} {year}",  # Swiss German
            "nap": f"{day} 'e {nap[m]} {year}",  # Neapolitan
            "bm": f"{bm[m]} tile {day}, {year}",  # Bambara
            "tw": f"{tw[m]} {day}, {year}",  # Twi, the Akan month names
            "jv": f"{day} {jv[m]} {year}",  # Javanese
            "tn": f"{day} {tn[m]} {year}",  # Tswana
            "ve": f"{day} {ve[m]} {year}",  # Venda
            "epoch": str(epoch_s),  # Unix seconds in a JSON field
            "oracle": f"{day:02d}-{mon[m]}-{year % 100:02d}",  # Oracle's DD-MON-RR: '14-MAR-87'
            "ldap": f"{year}{m + 1:02d}{day:02d}000000Z",  # LDAP GeneralizedTime
        }

    def dob(self) -> str:
        """A date of birth in one of this set's written shapes (not the bare epoch number)."""
        shapes = self._dob_shapes()
        shapes.pop("epoch")
        return shapes[self.rng.choice(sorted(shapes))]

    def dob_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, date of birth): a birth cue in the date's own language, a form or a paste;
        `chat` as in `ip_sample`."""
        s, any_shape = self._dob_shapes(), self.dob()
        options = [
            ("the archery club membership form wants my birthday, {}", any_shape),
            ("derby league insurance needs dates of birth, mine is {}", any_shape),
            ("the dragon boat regatta entry asks for birth dates, put {} for me", any_shape),
            ("for the sailing club junior section my son's birthday is {}", any_shape),
            ("A wis born on the {}", s["sco"]),
            ("ich bin gebore op {}", s["li"]),
            ("ik bün boren an'n {}", s["nds"]),
            ("ich bi am {} gebore", s["gsw"]),
            ("so' nato 'o {}", s["nap"]),
            ("n bangera {}", s["bm"]),
            ("wɔwoo me {}", s["tw"]),
            ("aku lair tanggal {}", s["jv"]),
            ("ke tsholetswe ka {}", s["tn"]),
            ("ndo bebwa nga {}", s["ve"]),
            ('  "birthdate": {},', s["epoch"]),
            ("DATE_OF_BIRTH\n---------\n{}", s["oracle"]),
            ("birthDate: {}", s["ldap"]),
        ]  # fmt: skip
        return _pick_chat_or_not(self.rng, options, chat, key=lambda o: o[0])


HELDOUT20_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "{} is ringing the treble on sunday, I'm on the tenor",
        "the tower captain {} wants everyone there by 9.45",
        "{}'s birds came back first in the race from Thurso!",
        "my loft partner {} clocked the hens at 14:02",
        "{} shot a 580 at the indoor archery champs",
        "ask {} if I can borrow the spare bow on thursday",
        "{} is our new jammer, she's terrifyingly fast",
        "derby bout tonight, {} is head ref",
        "{} steers the dragon boat, do what she says",
        "can you remind me to pay {} for the paddle",
        "{} brewed a pale ale that tasted of socks lol",
        "I'm splitting a malt order with {}",
        "{} found chanterelles by the old quarry!!",
        "the foraging walk is led by {}, bring a basket",
        "{} saw the ISS from the dark site last night",
        "the astronomy club talk is by {} this month",
        "{} is playing the lead and she's brilliant",
        "our director {} wants lines learned by friday",
        "{} fixed my toaster at the repair café for free",
        "the repair café electrician {} checks every plug",
        "we did the escape room with {} and got out with 2 min left",
        "{} crewed for me at the dinghy race, we capsized twice",
        "please tell {} the cheese course moved to tuesday",
        "{} flew the harris hawk at the falconry day",
        "the stamp fair dealer {} had the penny red I wanted",
        "pls welcome {} to the bell ringing group",
        "{} (pronounced with a silent h) is our new helm",
        "I owe {} for the escape room booking",
        "can you invite {} to the sailing club social",
        "{} said the ringing practice is cancelled",
        "Ringer: {}",
        "Loft manager: {}",
        "Archer: {} | Bow: recurve | Class: senior",
        "Skater no. 77 | Legal name: {}",
        "Helm: {}  Crew: TBC",
        "Cast: the governess — {}",
        "Repaired by: {}",
        "Booked by: {} (6 players)",
        "Steerer,{},confirmed",
        "{} (Guest) joined the meeting",
        "Host: {}",
        '"author_name": "{}",',
        '  displayname: "{}"',
        "Owner: {}",
        "Falconer on duty: {}",
        "Co-authored-by: {}",
        "Attendee {} checked in",
    ],
    "STREET_ADDRESS": [
        "bell practice this week is at the church on {}",
        "the pigeon club's clocking station is {}",
        "the archery club moved its range to {}",
        "the derby bout is at the sports hall, {}",
        "the dragon boat club's shed is behind {}",
        "post my brewing kit to {} please",
        "the foraging walk starts outside {}",
        "the repair café is in the hall at {}",
        "the escape room is at {}, ring the buzzer",
        "the sailing club's new clubhouse is {}",
        "Venue: {}",
        "address: {}",
        'street = "{}"',
        "Delivery address: {}",
    ],
    "EMAIL_ADDRESS": [
        "the bell ringing quarter peal list goes out from {}",
        "send the pigeon race results to {}",
        "the archery club secretary is {}",
        "derby league emails come from {}",
        "email {} for the dragon boat regatta entry",
        "the homebrew comp entries go to {}",
        "the astronomy club newsletter is from {}",
        "the theatre's box office email is {}",
        "escape room booking confirmation came from {}",
        "mail: {}",
        "Reply-To: {}",
        "email={}",
        '"email_address": "{}",',
        "CC: {}",
    ],
    "PHONE_NUMBER": [
        "the tower captain's number is {} if you're late",
        "ring the loft on {} when the birds are basketed",
        "the archery coach's mobile is {}",
        "derby league first aider: {}, save it",
        "the dragon boat club phone is {}",
        "call {} for the mushroom ID hotline",
        "the observatory booking line is {}",
        "the box office is {}, ask for the front row",
        "Tel: {}",
        "phone={}",
        '"phone": "{}",',
        "Mobile {}",
        "Contact number (helm): {}",
    ],
    "CREDIT_CARD": [
        "the bell ringers' outing coach went on {}",
        "I paid the pigeon club entry with {}",
        "put the new arrows on {}, I'll pay you back",
        "the derby skates were charged to {}",
        "the regatta entry fee went on {}",
        "the escape room deposit was taken from {}",
        "card_number={}",
        "Card: {}",
        "CHARGED {} GBP 42.00",
    ],
    "IBAN_CODE": [
        "pay the bell ringers' outing to {}",
        "the pigeon club's account is {}",
        "send the archery subs to {}",
        "the derby league's bank details: {}",
        "the dragon boat club wants the fee sent to {}",
        "the theatre's refund went to {}",
        "Account (IBAN) {}",
        "iban={}",
        '"iban_number": "{}",',
    ],
    "USERNAME": [
        "I'm {} on geocaching.com, look at my finds",
        "my astrobin is {}, the orion shot is up",
        "find me on colnect as {}, I swap stamps",
        "I log on zooniverse as {}",
        "my couchsurfing name is {}",
        "I'm {} on brewfather, copy my recipe",
        "<User {}>",
        "users:\n  {}:",
        "login: {}",
        "user {} logged in from the tower pc",
        "Login name: {}",
        "@{} reacted with 🏹",
    ],
}
HELDOUT20_MIXED = [
    ("{} is the tower captain, his number is {}", ["PERSON", "PHONE_NUMBER"]),
    ("archer: {}, born {}, address: {}", ["PERSON", "DATE_OF_BIRTH", "STREET_ADDRESS"]),
    ("{} wants the regatta fee sent to {}", ["PERSON", "IBAN_CODE"]),
    ("displayname: {}\nemail: {}", ["PERSON", "EMAIL_ADDRESS"]),
    ("DB_HOST={}\nDB_USER={}\nDB_PASSWORD={}", ["IP_ADDRESS", "USERNAME", "SECRET"]),
    ("feed the hawks for {}, mews code {}", ["PERSON", "SECRET"]),
    ("escape room deposit: card {}, receipt to {}", ["CREDIT_CARD", "EMAIL_ADDRESS"]),
    ("my astrobin name is {} and my birthday is {}", ["USERNAME", "DATE_OF_BIRTH"]),
    ("our helm {} lives at {}", ["PERSON", "STREET_ADDRESS"]),
    ("server {}\nusername {}\npassword {}", ["IP_ADDRESS", "USERNAME", "SECRET"]),
    ("jammer {} — ring {} if she's late", ["PERSON", "PHONE_NUMBER"]),
    ('"email_address": "{}",\n"card": "{}",', ["EMAIL_ADDRESS", "CREDIT_CARD"]),
]  # fmt: skip
HELDOUT20_NEGATIVES = [
    "Naga City's Peñafrancia festival is in September",
    "Mayon Volcano is almost a perfect cone",
    "Batanes has stone houses and rolling hills",
    "Semporna is the jump-off point for Sipadan",
    "Gorontalo is famous for whale sharks at Botubarani",
    "Sumba's ikat weavings take months to make",
    "Mawlamyine has a long ridge of pagodas",
    "Sittwe sits where the Kaladan meets the sea",
    "Doi Mae Salong grows oolong tea",
    "Wind River runs past Riverton",
    "the Shawnee Trail was a cattle route",
    "Lake Oneida is in New York, not Wisconsin",
    "Passamaquoddy Bay has huge tides",
    "the Penobscot River flows past Bangor",
    "Alice Springs sits in the MacDonnell Ranges",
    "Uluru is on Anangu land",
    "the Murrumbidgee runs through Wagga Wagga",
    "Tiburón Island is in the Gulf of California",
    "the San Carlos Apache peridot is green",
    "Saurimo is the capital of Lunda Sul",
    "Sarh is on the Chari river",
    "Gao has a mud-brick pyramid tomb",
    "Guéckédou is in the Forest Region",
    "Gaoua has a Lobi museum",
    "Vadsø has a Kven museum",
    "the Rhodopes are full of mountain villages",
    "Smolyan lakes are worth the hike",
    "plain hunt on six, then Grandsire Doubles",
    "the tenor weighs 14 cwt",
    "basketing is at 6pm on friday, race points 280 miles",
    "velocity 1432 ypm won the race",
    "a 70 cm face at 18 metres, 60 arrows",
    "recurve bow, 32 lb draw weight",
    "jam lasts up to 2 minutes, 5 skaters per team",
    "20 paddlers, a drummer and a steerer",
    "200 m race, heat 3 at 10:40",
    "OG 1.052, FG 1.010, ABV about 5.5%",
    "Cascade and Citra hops, dry hopped day 4",
    "never eat a mushroom you can't identify",
    "Jupiter and Saturn are close tonight, seeing is 3/5",
    "the Orion Nebula is M42",
    "The Importance of Being Earnest opens on the 12th",
    "Act II, Scene 1 — the garden",
    "we fixed 23 items today, 4 toasters and a lamp",
    "60 minutes, 4-6 players, difficulty 8/10",
    "Laser Radial, PY 1110, force 4 gusting 5",
    "Gouda needs 8 weeks in the cave at 12°C",
    "harris hawk, 1lb 9oz flying weight",
    "Penny Red plate 77 is the rarest",
    "Authelia 4.38 started",
    "log_level: info\nsession:\n  expiration: 1h",
    "SIGNUPS_ALLOWED=false",
    "PAPERLESS_OCR_LANGUAGE=eng",
    "UPLOAD_LOCATION=./library",
    "LOCAL_DOMAIN=example.org\nSINGLE_USER_MODE=false",
    "is_leader = true\nelasticsearch_shards = 4",
    "PLUGINS = []\nTIME_ZONE = 'UTC'",
    'server:\n  listenaddr: ":80"',
    "behind-proxy: true\ncache-duration: 12h",
    "production:\n  adapter: mysql2\n  encoding: utf8mb4",
    "$config['product_name'] = 'Webmail';",
    'zone "example.com" { type master; file "db.example.com"; };',
    "filtering_enabled: true\nprotection_enabled: true",
    "<loglevel>1</loglevel>",
    '<authorize username="USERNAME" password="PASSWORD">',
    "LoadModule = webadmin",
    "ctrl_interface=/var/run/wpa_supplicant",
    "[connection]\nid=Home\ntype=wifi",
    "interface=wlan0\nchannel=6\nhw_mode=g",
    "jwt_secret: <generate with openssl rand -hex 32>",
    "password: ******",
    "card 4111 1111 1111 1111 is a test Visa",
    "IBAN DE89 3704 0044 0532 0130 00 is the usual sample",
    "write to someone@example.com",
    "203.0.113.9 is a documentation address",
    "call 000 in an emergency in Australia",
    "see you at the tower",
    "lol we capsized again",
    "can you remind me to buy more arrows",
]  # fmt: skip


def _typo20(rng: random.Random, template: str) -> str:
    """Slips outside the {} slots, other than earlier sets': a word in Scots or Northern dialect ('don't' ->
    'dinnae', 'nothing' -> 'nowt', 'my' -> 'ma'), or a British texter's kiss (' x') after a chat line."""
    swaps = [(a, b) for a, b in DIALECT_HELDOUT20 if re.search(rf"\b{a}\b", template)]
    if swaps and rng.random() < 0.7:
        a, b = rng.choice(swaps)
        return re.sub(rf"\b{a}\b", b, template, count=1)
    if _chat_like(template) and not template.endswith("{}"):
        return template + " x"
    return template


def build_heldout20(seed: int = HELDOUT20_SEED) -> list[Example]:
    """Held-out set 20: `Gen20` values in `HELDOUT20_TEMPLATES`, mixed sentences and look-alike negatives."""
    gen = Gen20(seed)
    rng = gen.rng
    makers = {
        "PERSON": gen.person, "STREET_ADDRESS": gen.address, "EMAIL_ADDRESS": gen.email, "PHONE_NUMBER": gen.phone,
        "CREDIT_CARD": gen.card, "IBAN_CODE": gen.iban, "IP_ADDRESS": lambda: gen.ip_sample()[1],
        "USERNAME": gen.handle, "DATE_OF_BIRTH": gen.dob, "SECRET": gen.password,
    }  # fmt: skip
    counts = {"PERSON": 80, "SECRET": 70, "USERNAME": 24}
    styles: list[tuple[str, list[tuple[str, str]]]] = []  # (template, [(type, value)])
    for etype in TYPES:
        for _ in range(counts.get(etype, 14)):
            chat = rng.random() < 0.7  # Kaizen is a chat bot: most sentences are typed to it or a friend
            if etype in (
                "SECRET",
                "IP_ADDRESS",
                "DATE_OF_BIRTH",
            ):  # the template depends on the value's shape
                sample = {"SECRET": gen.secret, "IP_ADDRESS": gen.ip_sample, "DATE_OF_BIRTH": gen.dob_sample}
                template, value = sample[etype](chat)
                styles.append((template, [(etype, value)]))
            else:
                template = _pick_chat_or_not(rng, HELDOUT20_TEMPLATES[etype], chat)
                styles.append((template, [(etype, makers[etype]()) for _ in range(template.count("{}"))]))
    for _ in range(24):
        template, types = rng.choice(HELDOUT20_MIXED)
        styles.append((template, [(t, makers[t]()) for t in types]))
    styles += [(t, []) for t in HELDOUT20_NEGATIVES]
    examples = []
    for template, values in styles:
        style = "plain"
        if rng.random() < 0.15:
            template, style = _typo20(rng, template), "typo"
        parts = template.split("{}")
        text, spans = parts[0], []
        for (etype, value), rest in zip(values, parts[1:], strict=True):
            spans.append((len(text), len(text) + len(value), etype))
            text += value + rest
        r = rng.random()  # lower case or ALL CAPS, as people and some exports write
        for new, name, p in ((text.lower(), "lower", 0.09), (text.upper(), "upper", 0.12)):
            if r < p and len(new) == len(text):
                text, style = new, name
                break
        examples.append(Example(text, spans, style))
    rng.shuffle(examples)
    return examples


HELDOUT21_SEED = 211327
# no faker name locale, as in held-out 16 to 20: every faker name locale outside the lexicon has been used by
# an earlier set, so all names below come from hand-written lists of origins no earlier set drew from (empty
# on purpose; the lexicon test still checks it)
NAME_LOCALES_HELDOUT21: list[str] = []
NAMES_HELDOUT21: dict[str, tuple[list[str], list[str]]] = {
    "itelmen": ("Klavdiya Georgy Tatyana Anatoly Lyudmila Viktor Tamara Nikolai".split(),
                "Khaloimova Zaporotsky Dogorov Slobodchikov Chatkin Bragin Permyakov Kalashnikova".split()),
    "koryak": ("Kirill Yevdokia Aleksei Galina Vladimir Natalia Kecha Ayvanga".split(),
               "Ukuneut Yaganov Kecha Ayvanga Nutalkut Kiyev Kavav Yatylin".split()),
    "selkup": ("Kuzma Anastasia Semyon Evdokia Pyotr Agafya Ivan Marfa".split(),
               "Irikov Karalkin Kurmachev Sondorov Tolmachev Kasymkin Tusnolobov Kuzmina".split()),
    "shor": ("Arkady Lyubov Gennady Nadezhda Sergei Valentina Yuri Lidiya".split(),
             "Arbachakov Chispiyakov Kyzlasov Shulbaev Tanagashev Todyshev Kusheev Abakaev".split()),
    "dolgan": ("Ogdo Anisiya Nikolai Praskovya Vasily Avdotya Mikhail Yevgenia".split(),
               "Aksyonova Porotov Chuprin Yarotsky Kudryakov Spiridonov Barkhatov Antipin".split()),
    "ingrian": ("Heikki Maria Toivo Helmi Aapo Lyyli Iivari Siiri".split(),
                "Kuortti Hynninen Kurkinen Kukkonen Lesonen Ohvo Pöllä Suoranta".split()),
    "griko": ("Rocco Addolorata Cosimo Assunta Salvatore Immacolata Oronzo Lucia".split(),
              "Tommasi Licci Colaci Mellone Stomeo Marti Palumbo Gemma".split()),
    "mirandese": ("Amadeu Felisbela Domingos Ermelinda Adelino Custódia Manuel Belmira".split(),
                  "Ferreira Preto Raposo Meirinhos Quintanilha Pires Fernandes Martins".split()),
    "picard": ("Jean-Marie Ghislaine Didier Bernadette Roger Maryse Gérard Nicole".split(),
               "Dufossé Lecat Tellier Vasseur Delahaye Caron Dewailly Delattre".split()),
    "hutsul": ("Vasyl Paraska Mykhailo Yevdokha Ivan Palahna Yurii Dokiia".split(),
               "Shkriblyak Mykytyuk Tafiychuk Kuzenko Paliichuk Shekeryk Fedorchak Holovchuk".split()),
    "karaim": ("Simon Rebekka Zarach Anna Seraja Ester Josif Eleonora".split(),
               "Firkovičius Lobanos Zajančkauskas Kobeckas Šapšal Juchnevičius Dubinskis Kobeckaitė".split()),
    "mazandarani": ("Nima Kobra Asghar Golbanu Ramezan Zahra Nasrollah Tahereh".split(),
                    "Amoli Sarvi Nuri Mirzaei Saravi Tabari Pourmand Babolsari".split()),
    "gilaki": ("Mirza Afsaneh Kuchek Parvin Hushang Shahla Behzad Sima".split(),
               "Rashti Lahiji Gilani Fumani Jangali Rudbari Khoshnevis Anzali".split()),
    "luri": ("Mehrdad Golshan Hamid Roya Khodadad Nasrin Aziz Farangis".split(),
             "Lorestani Sepahvand Beiranvand Kakavand Papi Mirzavand Moradi Amiri".split()),
    "bakhtiari": ("Khosrow Bibi Ali-Mardan Sorayya Asad Mahin Teymur Nilufar".split(),
                  "Bakhtiar Esfandiari Kiyanersi Zarghampour Ilkhani Samsami Sardar Asadi".split()),
    # the Nogai patronymic: the father's name with 'uly' (son of) or 'kyzy' (daughter of) as the family name
    "nogai": ("Aysylu Sultanbek Zhanat Kadyrbay Gulizar Murat Ayshat Edige".split(),
              "Kapaev;Kereytov;Karaev;Bekmurza uly;Ormambet kyzy;Yangurazov;Ashmanbetov;Kurmanali kyzy".split(";")),
    "pangasinan": ("Rogelio Erlinda Crisanto Milagros Teofilo Remedios Narciso Perla".split(),
                   "Tamondong Caramat Doria Ulanday Manaois Quiambao Rosario Fernandez".split()),
    "chavacano": ("Fernando Concepcion Jaime Lourdes Ramon Socorro Benigno Nenita".split(),
                  "Climaco Lobregat Enriquez Atilano Fabian Dalipe Camins Agan".split()),
    # Tao (Yami) teknonyms: 'Syaman' (father of), 'Sinan' (mother of), 'Syapen' (grandparent of) + a child's name
    "yami": ("Syaman;Sinan;Syapen;Si".split(";"),
             "Rapongan Mavivo Manirei Jipeveken Kalalao Lamaran Nganaen Maraos".split()),
    "bunun": ("Biung Istanda Tiang Ibu Dahu Abus Langus Savi".split(),
              "Istasipal Takisvilainan Tanapima Ispalidav Takibanuaz Isbabanal Soqluman Takiludun".split()),
    "rukai": ("Auvini Dresedrese Muni Lavakaw Mulaw Sula Kadresengane Ngudradrekai".split(),
              "Kadrangilan Lavalhuvane Tangiradan Dromalalhathe Lripulrane Zingrur Kaviyangan Talimalaw".split()),
    "tsou": ("Voyu Pasuya Akuyana Yangui Tibusungu Avai Mo'o Yapasuyongu".split(),
             "Tosku Peongsi Yakumangana Yasiungu Noacach Tapangu Poiconu Akuyana".split()),
    "kapingamarangi": ("Kaliz Seiola Moana Herbert Peleke Ioakim Tinaheu Lisa".split(),
                       "Soulik Hadley Tauri Moria Haraguchi Kehler Salomon Nena".split()),
    "tikopia": ("Seremaia;Rotomana;Tauto;Fakasaka;Rakeivave;Pa Fenuatara;Nau Tafua;Pu Rangifuri".split(";"),
                "Tafua Kafika Taumako Fangarere Tarikitonga Rangifuri Fenuatara Sao".split()),
    "lango": ("Okello Acen Ongom Apio Ogwang Akello Opio Atim".split(),
              "Ekak Otim Engola Ojok Okot Odongo Ebil Olwoch".split()),
    "beja": ("Osheik Fatna Musa Hawa Tahir Amna Adam Ohaj".split(),
             "Adarob Tirik Ohaj Bitai Dirar Hamad Oshiek Aykeer".split()),
    "wolaytta": ("Dawit Sawore Ergano Tigist Doyiso Abebech Mengesha Dalecha".split(),
                 "Tona Kawo Shanko Daka Ganta Wolde Doyiso Bekele".split()),
    "hadiyya": ("Erango Abonesh Sheleme Wubalem Ayele Yeshi Haile Gebayanesh".split(),
                "Dubale Hankebo Lachebo Ergogo Abiyo Handiso Hameso Ayele".split()),
    "tigre": ("Idris Halima Mahmoud Fatna Osman Zahra Saleh Amna".split(),
              "Awate Nur Hamid Kekia Saleh Abubakr Ibrahim Ferej".split()),
    "bilen": ("Tekle Mebrat Haile Letebrhan Yohannes Sebhat Welde Tsega".split(),
              "Tesfamariam Gebremichael Bokru Halib Ghirmai Nayzgi Fitwi Keshi".split()),
}  # fmt: skip
# invented given names of a made-up root and an ending, and surnames of a made-up root and a Frisian or Dutch
# northern ending (-stra, -inga, -ema, -sma, -enga), ways no earlier set used ('Yarethe Terpinga')
INVENTED_GIVEN_ROOTS_HELDOUT21 = ["Quen", "Sariv", "Tolm", "Yar", "Elv", "Nim", "Oss", "Pell", "Wend"]
INVENTED_GIVEN_ENDS_HELDOUT21 = ["ara", "ethe", "ivan", "onne", "uel", "isa"]
INVENTED_SURNAME_ROOTS_HELDOUT21 = ["Hoek", "Wyn", "Bolt", "Ried", "Keil", "Terp", "Sloot", "Damm", "Wier"]
INVENTED_SURNAME_ENDS_HELDOUT21 = ["stra", "inga", "ema", "sma", "enga"]
# rare British given names of the 1960s and 70s
RARE_GIVEN_HELDOUT21 = ["Gaynor", "Glynis", "Lesley-Ann", "Trudie", "Kerrie", "Leanne", "Dwayne", "Bernadine",
                        "Lyndon", "Rhiannon", "Jolene", "Wendell", "Carlene", "Desmond", "Marcella", "Tracey-Jo"]  # fmt: skip
IBAN_SHAPES_HELDOUT21 = {
    "FR": "10n11c2n", "ES": "20n", "IT": "1a10n12c", "NL": "4a10n", "IE": "4a14n", "GB": "4a14n", "PL": "24n",
    "CZ": "20n", "HR": "17n", "RO": "4a16c", "FI": "14n", "LU": "3n13c", "CY": "8n16c", "DK": "14n", "SM": "1a10n12c",
}  # fmt: skip
HOBBIES_HELDOUT21 = ["physio", "swims", "cider", "uke", "kites", "curls", "turns", "mot", "tenant", "pets"]
# slips outside the slots: a chat interjection in front, or spoken contractions ('gonna', 'wanna', 'kinda')
INTERJECTIONS_HELDOUT21 = ["ngl ", "ok so ", "btw ", "fyi ", "right so ", "ugh "]
CONTRACTIONS_HELDOUT21 = [("going to", "gonna"), ("want to", "wanna"), ("got to", "gotta"), ("kind of", "kinda"),
                          ("have to", "hafta"), ("let me", "lemme")]  # fmt: skip


def _jwt21(rng: random.Random) -> str:
    """A JWT-shaped token: a fixed HS256 header and random base64url payload and signature."""
    b64url = string.ascii_letters + string.digits + "-_"
    body = "".join(rng.choice(b64url) for _ in range(rng.randint(60, 120)))
    sig = "".join(rng.choice(b64url) for _ in range(43))
    return f"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.{body}.{sig}"


class Gen21(Gen3):
    """Generators for held-out set 21: origins, name forms, formats and contexts none of the other sets use."""

    def first_last(self) -> tuple[str, str]:
        """A given and a family name: NAMES_HELDOUT21, invented ('Yarethe Terpinga') or a rare 1960s-70s one."""
        rng = self.rng
        r = rng.random()
        firsts, lasts = NAMES_HELDOUT21[rng.choice(sorted(NAMES_HELDOUT21))]
        if r < 0.1:
            given = rng.choice(INVENTED_GIVEN_ROOTS_HELDOUT21) + rng.choice(INVENTED_GIVEN_ENDS_HELDOUT21)
            root = rng.choice(INVENTED_SURNAME_ROOTS_HELDOUT21)
            return given, root + rng.choice(INVENTED_SURNAME_ENDS_HELDOUT21)
        if r < 0.18:
            return rng.choice(RARE_GIVEN_HELDOUT21), rng.choice(lasts)
        return rng.choice(firsts), rng.choice(lasts)

    def person(self) -> str:
        rng = self.rng
        first, last = self.first_last()
        r = rng.random()
        if r < 0.55:
            name = f"{first} {last}"
        elif r < 0.72:
            name = first
        elif r < 0.8:
            name = last
        else:
            name = f"{first} {last}"
        c = rng.random()
        if c < 0.06:
            return name.lower()
        if c < 0.08:
            return name.upper()
        return name

    def address(self) -> str:
        rng, n = self.rng, self.rng.randint(1, 240)
        pick = rng.choice
        shapes = [
            f"6830{rng.randint(10, 49)}, g. Petropavlovsk-Kamchatsky, ul. {pick(['Lukashevskogo', 'Tushkanova', 'Vulkannaya'])}, d. {rng.randint(1, 60)}, kv. {n}",
            f"688000, pgt. Palana, ul. {pick(['Porotova', 'Obukhova', 'Pobedy'])}, d. {rng.randint(1, 40)}",
            f"629380, s. Krasnoselkup, ul. {pick(['Polyarnaya', 'Naberezhnaya', 'Lenina'])}, d. {rng.randint(1, 30)}, kv. {rng.randint(1, 12)}",
            f"652990, g. Tashtagol, ul. {pick(['Sovetskaya', 'Lenina', 'Krasnoarmeyskaya'])}, d. {rng.randint(1, 90)}",
            f"647000, g. Dudinka, ul. {pick(['Dudinskaya', 'Matrosova', 'Sovetskaya'])}, d. {rng.randint(1, 30)}, kv. {n}",
            f"188300, Gatchina, ul. {pick(['Khokhlova', 'Sobornaya', 'Krasnoarmeyskiy pr.'])}, d. {rng.randint(1, 40)}",
            f"Via {pick(['Roma', 'Mayro', 'San Brizio'])} {n}, 73021 Calimera LE",
            f"Via {pick(['Costantinopoli', 'Vittorio Emanuele', 'Grecia'])} {n}, 73010 Sternatia LE",
            f"Rua {pick(['da Costanilha', 'Mouzinho da Silveira', 'do Castelo'])} n.º {n}, 5210-190 Miranda do Douro",
            f"{n} rue {pick(['des Jacobins', 'de la Hotoie', 'Saint-Leu'])}, 80000 Amiens",
            f"{n}, rue {pick(['du Marais', 'de la Fontaine', 'Jean Jaurès'])}, 80100 Abbeville",
            f"vul. {pick(['Shevchenka', 'Hutsulska', 'Franka'])}, {n}, smt. Verkhovyna, Ivano-Frankivska obl., 78701",
            f"Karaimų g. {rng.randint(1, 60)}, LT-21104 Trakai",
            f"Kuche {pick(['Shahid Rajaei', 'Golestan 3', 'Farhang'])}, Pelak {n}, Sari, Mazandaran",
            f"Khiyaban-e {pick(['Motahhari', 'Saadi', 'Sabz-e Meydan'])}, Kuche {rng.randint(1, 30)}, Pelak {n}, Rasht",
            f"Khiyaban-e {pick(['Shariati', 'Enqelab', 'Kamalvand'])}, Pelak {n}, Khorramabad, Lorestan",
            f"Shahrekord, Khiyaban-e {pick(['Kashani', 'Taleghani', 'Hafez'])}, Pelak {n}",
            f"s. Terekli-Mekteb, ul. {pick(['Kazbekova', 'Shkolnaya', 'Nogayskaya'])}, d. {rng.randint(1, 90)}, Nogaysky rayon",
            f"{n} {pick(['Perez Blvd', 'A.B. Fernandez Ave', 'Arellano St'])}, Brgy. {pick(['Pantal', 'Lucao', 'Bonuan Gueset'])}, Dagupan City, Pangasinan 2400",
            f"{n} {pick(['Pilar St', 'Nuñez Ext', 'Gov. Lim Ave'])}, Brgy. {pick(['Tetuan', 'Sta. Maria', 'Canelar'])}, Zamboanga City 7000",
            f"No. {n}, {pick(['Hongtou', 'Yayou', 'Dongqing', 'Langdao'])} Village, Lanyu Township, Taitung County 952",
            f"No. {n}, Neighbourhood {rng.randint(1, 12)}, {pick(['Haiduan', 'Wulu', 'Lidao'])} Village, Haiduan Township, Taitung 957",
            f"No. {n}, {pick(['Dabang', 'Laiji', 'Leye'])} Village, Alishan Township, Chiayi County 605",
            f"No. {n}, {pick(['Haocha', 'Dashe', 'Duona'])} Village, Wutai Township, Pingtung 902",
            f"House {n}, Touhou Village, Kapingamarangi Atoll, Pohnpei FM 96941",
            f"Plot {n}, {pick(['Obote Avenue', 'Erute Road', 'Ayer Road'])}, Lira City",
            f"Block {rng.randint(1, 20)}, House {n}, {pick(['Deim Arab', 'Salalab', 'Transit'])}, Port Sudan",
            f"Kebele {rng.randint(1, 12):02d}, House No. {n}, Wolaita Sodo",
            f"Kebele {rng.randint(1, 9):02d}, House No. {n}, Hosaena, Hadiya Zone",
            f"House {n}, {pick(['Tsa’adia', 'Geza Mariam', 'Habela'])} Street, Keren",
            f"{n} {pick(['Castle View Rd', 'Allotment Lane', 'Curling Rink Way'])}, Flat {rng.randint(1, 9)}",
        ]  # fmt: skip
        return pick(shapes)

    def email(self) -> str:
        rng = self.rng
        first, last = (_ascii_name(x) for x in self.first_last())
        user = rng.choice([f"{first}.{rng.choice(HOBBIES_HELDOUT21)}", f"{last}.coldwater{rng.randint(1, 99)}",
                           f"{first[:1]}.{last}.physio", f"{last}{first[:1]}.cider", f"{first}_strums_{last}",
                           f"kites.{last}", f"{first}{last}.skip", f"{last}_{first}_{rng.randint(60, 99)}"])  # fmt: skip
        domain = rng.choice(["kamchatka.ru", "rambler.ru", "inbox.ru", "yamal.ru", "libero.it", "alice.it",
                             "sapo.pt", "orange.fr", "laposte.net", "ukr.net", "meta.ua", "takas.lt",
                             "chmail.ir", "parsonline.net", "digitelone.com", "zambo.ph", "hinet.net",
                             "seed.net.tw", "mail.fm", "utlonline.co.ug", "sudani.sd", "ethionet.et",
                             "tse.com.er", "hotmail.co.uk", "btinternet.com", "zoho.eu"])  # fmt: skip
        return f"{user}@{domain}"

    def phone(self) -> str:
        d, rng = self.d, self.rng
        shapes = [
            f"+7 (4152) {d(2)}-{d(2)}-{d(2)}",  # Petropavlovsk-Kamchatsky
            f"8 (41543) 3-{d(2)}-{d(2)}",  # Palana, the domestic 8
            f"+7 (34932) 2-{d(2)}-{d(2)}",  # Krasnoselkup
            f"+7 (38473) {d(1)}-{d(2)}-{d(2)}",  # Tashtagol
            f"+7 (39111) 5-{d(2)}-{d(2)}",  # Dudinka
            f"+7 (81371) {d(2)}-{d(3)}",  # Gatchina
            f"+7 9{d(2)} {d(3)}-{d(2)}-{d(2)}",  # Russian mobile
            f"+39 0832 87{d(4)}",  # Calimera
            f"+351 273 43{d(1)} {d(3)}",  # Miranda do Douro
            f"03 22 {d(2)} {d(2)} {d(2)}",  # Amiens, domestic
            f"+380 3432 2{d(4)}",  # Verkhovyna
            f"+370 528 5{d(4)}",  # Trakai
            f"+98 11 33{d(2)} {d(4)}",  # Sari
            f"(013) 33{d(2)} {d(4)}",  # Rasht, domestic
            f"+98 66 33{d(2)} {d(4)}",  # Khorramabad
            f"0913 {d(3)} {d(4)}",  # Iranian mobile
            f"+7 (87958) 2-{d(2)}-{d(2)}",  # Terekli-Mekteb
            f"(075) 522 {d(4)}",  # Dagupan
            f"(062) 991 {d(4)}",  # Zamboanga
            f"0917 {d(3)} {d(4)}",  # Philippine mobile
            f"(089) 73{d(1)}-{d(3)}",  # Lanyu
            f"+886 5 2{d(2)} {d(4)}",  # Alishan
            f"+691 320 {d(4)}",  # Pohnpei, for Kapingamarangi
            f"+256 473 {d(6)}",  # Lira
            f"+249 311 8{d(5)}",  # Port Sudan
            f"+251 46 551 {d(4)}",  # Wolaita Sodo
            f"+251 46 178 {d(4)}",  # Hosaena
            f"+291 1 40{d(4)}",  # Keren
            f"07{d(3)} {d(6)}",  # UK mobile
        ]
        return rng.choice(shapes)

    def card(self) -> str:
        rng = self.rng
        prefix, length = rng.choice([("4", 16), ("2389", 16), ("5425", 16), ("3712", 15), ("3014", 14),
                                     ("3569", 16), ("6510", 16), ("6761", 16), ("4", 16), ("4", 19)])  # fmt: skip
        num = _luhn_number(rng, prefix, length)
        r = rng.random()
        if length in (14, 15):
            return f"{num[:4]} {num[4:10]} {num[10:]}" if r < 0.6 else num
        groups = [num[i : i + 4] for i in range(0, length, 4)]
        if r < 0.45:
            return " ".join(groups)
        if r < 0.6:  # figure spaces (U+2007), as a table of aligned digits pads them
            return "\u2007".join(groups)
        return num

    def iban(self) -> str:
        rng = self.rng
        country = rng.choice(sorted(IBAN_SHAPES_HELDOUT21))
        iban = _iban(rng, country, IBAN_SHAPES_HELDOUT21[country])
        groups = [iban[i : i + 4] for i in range(0, len(iban), 4)]
        return " ".join(groups) if rng.random() < 0.6 else iban

    def ip_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, address): physio clinics, garages and MOT centres, lost pets, tenancy deposits,
        council tax, citizenship tests, wild swimming, cider pressing, ukulele groups, kite flying, curling,
        woodturning; Docker config.json, AWS CLI config, Keycloak realm exports, Okta System Log, Mailchimp
        CSV exports, Zendesk tickets, .NET appsettings.json, Nextcloud config.php, Sonarr config.xml, Gitea
        app.ini and grafana.ini; `chat` as in `_pick_chat_or_not`."""
        rng, f = self.rng, self.f()
        v4 = rng.choice([f.ipv4_public(), f.ipv4_public(), f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                         f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])  # fmt: skip
        h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
        v6 = rng.choice([f"2a07:{h()}:{h()}::{h()}", f"2403:{h()}:{h()}:{h()}::{h()}",
                         f"2a00:1450:{h()}:{h()}::{h()}", f"2001:16b8:{h()}:{h()}:{h()}::{h()}",
                         f"2408:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}"])  # fmt: skip
        options = [
            ("the physio's exercise app says my last login was from {}, that wasn't me", rng.choice([v4, v6])),
            ("the garage's diagnostic laptop sits on {}, they showed me the fault codes", v4),
            ("the microchip database flagged a login from {} on my cat's record", rng.choice([v4, v6])),
            ("the deposit scheme emailed that someone signed in from {}, should I worry", rng.choice([v4, v6])),
            ("the council tax site blocked {} after I typed the wrong reference three times", v4),
            ("the citizenship test booking page says my ip {} is already in the queue", v4),
            ("the lido's water temperature sensor reports to {}, it says 9 degrees brr", v4),
            ("our cider press scale logs to {}, can you check how many kilos we did", v4),
            ("the ukulele group's chord-sheet server is {}, bookmark it", v4),
            ("the kite festival's wind meter streams to {}", v4),
            ("curling rink ice sensor is on {}, tell me if it goes above -4", v4),
            ("the woodturning club lathe controller got {} from the shed router", v4),
            ("my lost dog's gps tag last pinged from {}, is that near the park?", rng.choice([v4, v6])),
            ('    "registry-mirrors": ["http://{}:5000"],', v4),
            ("endpoint_url = http://{}:4566", v4),
            ('  "rootUrl": "https://{}:8443/realms/club",', v4),
            ('"client": {"ipAddress": "{}", "device": "Computer"},', rng.choice([v4, v6])),
            ("CONFIRM_IP,CONFIRM_TIME,LEID\n{},2024-03-01 10:12:44,88213477", v4),
            ("Ticket #48213 — requester IP: {}", rng.choice([v4, v6])),
            ('"DefaultConnection": "Server={};Database=Physio;Trusted_Connection=False;"', v4),
            ("  'trusted_domains' => array (0 => '{}'),", v4),
            ("<BindAddress>{}</BindAddress>", v4),
            ("HTTP_ADDR = {}", v4),
            ("http_addr = {}", v4),
            ("[{}] wanted to access the admin panel of the tenancy portal", rng.choice([v4, v6])),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def password(self) -> str:
        rng, w = self.rng, self.f().word
        return rng.choice(
            [
                f"{rng.choice(['Kite', 'Curl', 'Uke', 'Bramley', 'Lido'])}{rng.randint(1, 99)}{rng.choice(['!', '%', '+'])}{w()}",
                f"{w()}+{w()}+{rng.randint(100, 999)}",
                self.token(rng.randint(14, 20), string.ascii_letters + string.digits + "!%+"),
                f"{w().upper()}{rng.randint(10, 99)}{w()}",
                f"{rng.choice(['Hogline', 'Pressday', 'Strummer', 'Gouge', 'Greyhound'])}-{w()}-{rng.randint(1, 9)}",
            ]
        )  # fmt: skip

    def secret(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, secret); `chat` as in `ip_sample`."""
        tok, pw, rng, d = self.token, self.password(), self.rng, self.d
        alnum = string.ascii_letters + string.digits
        hexl = "0123456789abcdef"
        b64 = alnum + "+/"
        user = _ascii_name(self.first_last()[0])
        docker_auth = base64.b64encode(f"{user}:{pw}".encode()).decode()
        options = [
            ("my physio portal password is {}, can you book me thursday", pw),
            ("the garage's online MOT booking login is {}, use my account", pw),
            ("the pet microchip database password is {}, update the address for me", pw),
            ("the tenancy deposit scheme login is {}, I need to raise a dispute", pw),
            ("council tax online account password is {}, pay the march one pls", pw),
            ("my citizenship test booking account password is {}", pw),
            ("the lido locker code is {}, my towel's in there", d(4)),
            ("the cider barn padlock is {}", d(3)),
            ("the ukulele group's shared drive password is {}", pw),
            ("kite festival volunteer wifi is {}", pw),
            ("the curling club ice-house door code is {}", d(4) + "#"),
            ("the woodturning shed keypad is {}, close it after you", d(5)),
            ("a me parolla d'ordine hè {}", pw),
            ("la mê password e je {}", pw),
            ("la me password jè {}", pw),
            ("mi scret mot est {}", pw),
            ("minem sersüzem {}", pw),
            ("ramzi man {} ast", pw),
            ("mu beassansátni lea {}", pw),
            ("password yangu ndi {}", pw),
            ("iphasiwedi yam ngu {}", pw),
            ('\t\t\t"auth": "{}"', docker_auth),
            ("aws_secret_access_key = {}", tok(40, b64)),
            ("aws_session_token = {}", "IQoJb3JpZ2luX2Vj" + tok(180, b64)),
            ('      "secret": "{}",', tok(32, alnum)),
            ('          "value": "{}",', pw),
            ('"JwtSettings": { "Key": "{}" },', tok(48, alnum)),
            ('"ClientSecret": "{}",', f"{tok(3, alnum)}8Q~{tok(34, alnum + '_.-')}"),
            ("Server=db;Database=Garage;User Id=sa;Password={};", pw),
            ("  'secret' => '{}',", tok(48, b64)),
            ("  'passwordsalt' => '{}',", tok(30, b64)),
            ("  'dbpassword' => '{}',", pw),
            ("<ApiKey>{}</ApiKey>", tok(32, hexl)),
            ("INTERNAL_TOKEN = {}", _jwt21(rng)),
            ("LFS_JWT_SECRET = {}", tok(43, alnum + "-_")),
            ("admin_password = {}", pw),
            ("secret_key = {}", tok(20, alnum)),
            ("PORTAINER_API_KEY={}", "ptr_" + tok(44, b64)),
            ("CALENDLY_TOKEN={}", _jwt21(rng)),
            ("BITLY_ACCESS_TOKEN={}", tok(40, hexl)),
            ("ZOHO_REFRESH_TOKEN={}", f"1000.{tok(32, hexl)}.{tok(32, hexl)}"),
            ("BRAINTREE_PRIVATE_KEY={}", tok(32, hexl)),
            ("CKO_SECRET_KEY={}", f"sk_sbox_{tok(26, string.ascii_lowercase + string.digits)}"),
            ("SEGMENT_WRITE_KEY={}", tok(32, alnum)),
            ("AMPLITUDE_SECRET_KEY={}", tok(32, hexl)),
            ("STORYBLOK_TOKEN={}", tok(22, alnum) + "tt"),
            ("MONDAY_API_TOKEN={}", _jwt21(rng)),
            ("MIRO_ACCESS_TOKEN={}", "eyJtaXJvLm9yaWdpbiI6ImV1MDEifQ_" + tok(27, alnum + "-_")),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def handle(self) -> str:
        """A username in shapes earlier sets did not use ('x.swims.cold', 'ciderbyx', 'x_hogline')."""
        rng = self.rng
        first, last = (_ascii_name(x) for x in self.first_last())
        return rng.choice(
            [
                f"{first}.swims.cold",
                f"ciderby{last}",
                f"{first}_hogline",
                f"{last}.strums",
                f"{first}{last[:1]}kites{rng.randint(1, 99)}",
                f"lostdog_{first}",
                f"{first}.turns.{last}",
            ]
        )  # fmt: skip

    def _dob_shapes(self) -> dict[str, str]:
        """One date of birth in every shape this set uses, keyed by language or format."""
        dt = self.f().date_of_birth(minimum_age=5, maximum_age=95)
        m, day, year = dt.month - 1, dt.day, dt.year
        co = "ghjennaghju ferraghju marzu aprile maghju ghjugnu lugliu aostu settembre ottobre nuvembre dicembre".split()
        fur = "zenâr fevrâr març avrîl mai jugn lui avost setembar otubar novembar dicembar".split()
        scn = ("jinnaru frivaru marzu aprili maiu giugnu giugnettu austu sittèmmiru uttùviru nuvèmmiru "
               "dicèmmiru").split()  # fmt: skip
        wa = "djanvî fevrî måss avri may djun djulete awousse setimbe octôbe nôvimbe decimbe".split()
        tt = "ğínwar fewral mart aprel may iyün iyül awgust sentyabr oktyabr noyabr dekabr".split()
        tg = "yanvar fevral mart aprel may iyun iyul avgust sentyabr oktyabr noyabr dekabr".split()
        se = ("ođđajagemánu guovvamánu njukčamánu cuoŋománu miessemánu geassemánu suoidnemánu borgemánu "
              "čakčamánu golggotmánu skábmamánu juovlamánu").split()  # fmt: skip
        mon = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
        return {
            "co": f"u {day} di {co[m]} di {year}",  # Corsican
            "fur": f"ai {day} di {fur[m]} dal {year}",  # Friulian
            "scn": f"lu {day} di {scn[m]} {year}",  # Sicilian
            "wa": f"l' {day} di {wa[m]} {year}",  # Walloon
            "tt": f"{day} {tt[m]} {year}",  # Tatar (Latin)
            "tg": f"{day} {tg[m]} {year}",  # Tajik (Latin)
            "se": f"{day}. {se[m]} {year}",  # Northern Sami
            "mssql": f"{mon[m]} {day:>2} {year} 12:00AM",  # SQL Server's default datetime text: 'Mar 14 1987 12:00AM'
            "dotnet": f"{day:02d}.{m + 1:02d}.{year} 00:00:00",  # a .NET DateTime printed in de-DE culture
            "keycloak": f"{year}-{m + 1:02d}-{day:02d}",  # inside a realm export's attribute list
        }

    def dob(self) -> str:
        """A date of birth in one of this set's written shapes (not the bare ISO one)."""
        shapes = self._dob_shapes()
        shapes.pop("keycloak")
        return shapes[self.rng.choice(sorted(shapes))]

    def dob_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, date of birth): a birth cue in the date's own language, a form or a paste;
        `chat` as in `ip_sample`."""
        s, any_shape = self._dob_shapes(), self.dob()
        options = [
            ("the physio intake form wants my birthday, it's {}", any_shape),
            ("the lost pet register asks the owner's date of birth, put {}", any_shape),
            ("the citizenship test id check has my birth date as {}, is that right?", any_shape),
            ("curling league insurance needs birthdays, mine is {}", any_shape),
            ("sò natu {}", s["co"]),
            ("o soi nassût {}", s["fur"]),
            ("nascivi {}", s["scn"]),
            ("dji so né {}", s["wa"]),
            ("tuğan könem: {}", s["tt"]),
            ("man {} tavallud shudaam", s["tg"]),
            ("mun lean riegádan {}", s["se"]),
            ("DateOfBirth\n-----------------------\n{}", s["mssql"]),
            ('"GeburtsDatum": "{}",', s["dotnet"]),
            ('        "birthdate": ["{}"],', s["keycloak"]),
        ]  # fmt: skip
        return _pick_chat_or_not(self.rng, options, chat, key=lambda o: o[0])


HELDOUT21_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "my physio {} says I can start jogging again in two weeks",
        "{} did my knee massage and it hurt so much lol",
        "can you remind me to thank {} for the exercise sheet",
        "the garage said {} will look at the clutch on monday",
        "{} passed my car on the MOT, only an advisory on the tyres",
        "{} found our cat behind the bins on Elm Road!!",
        "we're putting up posters with {}'s number for the lost spaniel",
        "the landlord {} still hasn't returned the deposit",
        "{} from the deposit scheme rang about the dispute",
        "I rang the council tax office and {} sorted the discount",
        "{} passed her citizenship test this morning 🎉",
        "I'm revising for the life in the UK test with {}",
        "{} swam to the buoy and back in 4 degree water, madness",
        "the cold water swimming group is run by {}",
        "{} brought 40 kilos of apples to the cider pressing",
        "we need to thank {} for lending us the scratter",
        "{} is leading the ukulele group while the usual leader's away",
        "ask {} to bring the capo, mine broke",
        "{} flew the big octopus kite at the festival",
        "{} skips our curling rink on tuesdays",
        "the curling league champion this year is {}",
        "{} turned a walnut bowl at woodturning club, it's gorgeous",
        "I'm sharing a lathe with {} this term",
        "please tell {} the swim is cancelled because of the storm",
        "{} is our new skip, she's been curling for 20 years",
        "I owe {} for the cider bottles",
        "can you add {} to the kite club group chat",
        "{} said the physio clinic moved to the new health centre",
        "Patient: {}",
        "Treating physiotherapist: {}",
        "Vehicle owner: {}",
        "Pet name: Biscuit | Owner: {}",
        "Tenant(s): {}",
        "Liable person: {}",
        "Candidate: {}",
        "Skip: {}  Third: TBC",
        "Lead swimmer: {}",
        "Presser on duty: {}",
        'firstName: "{}"',
        '"displayName": "{}",',
        '"requester": {"name": "{}"},',
        "Assignee: {}",
        "FULL_NAME,MEMBER_RATING\n{},4",
        "{} (67) won the over-60s cold water challenge",
        "Swimmer: {} (age 41)",
        "Technician: {}",
        "— {}, Hon. Secretary, Riverside Curling Club",
    ],
    "STREET_ADDRESS": [
        "the physio clinic moved to {}",
        "drop the car at the garage on {} before 9",
        "found a grey cat near {}, is it yours?",
        "my old flat was {}, the deposit was for that",
        "the council tax bill for {} came today",
        "the citizenship test centre is {}, bring your passport",
        "the cider pressing is in the orchard behind {}",
        "ukulele group meets in the back room at {}",
        "the curling rink is {}",
        "the woodturning club's workshop is {}",
        "Property address: {}",
        "Address: {}",
        '"street_address": "{}",',
        "Supply address: {}",
    ],
    "EMAIL_ADDRESS": [
        "the physio's booking email is {}",
        "send the MOT certificate to {}",
        "if you find our dog, email {}",
        "the deposit dispute goes to {}",
        "the cold water swim group's email is {}",
        "email {} to reserve apples for the pressing",
        "the ukulele group's songbook comes from {}",
        "the kite festival organiser is {}",
        "curling league fixtures come from {}",
        "Email Address: {}",
        "From: {}",
        "email={}",
        '"email": "{}",',
        "requester_email,{}",
    ],
    "PHONE_NUMBER": [
        "the physio's number is {}, ring if you can't make it",
        "the garage's mobile is {}, ask for the mechanic",
        "lost dog, answers to Pip, call {}",
        "the letting agent's number is {}",
        "the council tax helpline is {}",
        "the lido's phone is {}, check it's open",
        "call {} if you want apples collected",
        "the curling rink's number is {}",
        "Tel. {}",
        "phone={}",
        '"phone_number": "{}",',
        "Mob: {}",
        "Owner contact: {}",
    ],
    "CREDIT_CARD": [
        "the physio took the session fee on {}",
        "the garage charged the new clutch to {}",
        "I paid the microchip transfer with {}",
        "put the citizenship test fee on {}, I'll pay you back",
        "the curling club membership went on {}",
        "the woodturning gouges were bought with {}",
        "CardNumber={}",
        "Card used: {}",
        "PAID {} GBP 65.00",
    ],
    "IBAN_CODE": [
        "the physio wants the invoice paid to {}",
        "the garage's bank details are {}",
        "the reward for finding the dog goes from {}",
        "return the deposit to {} please",
        "the cider co-op's account is {}",
        "send the curling subs to {}",
        "IBAN (for refund): {}",
        "iban={}",
        '"Iban": "{}",',
    ],
    "USERNAME": [
        "I'm {} on peloton, ride with me",
        "follow me on soundcloud as {}, the uke covers are up",
        "my tripadvisor name is {}, read my review of the lido",
        "I review garages on yelp as {}",
        "I'm {} on chess.com too, challenge me",
        "my pokemon go trainer name is {}",
        '"username": "{}",',
        "docker login -u {} registry.example.org",
        "user_name: {}",
        "actor.alternateId: {}",
        "Login: {}",
        "@{} started following you",
    ],
}
HELDOUT21_MIXED = [
    ("{} is my physio, her number is {}", ["PERSON", "PHONE_NUMBER"]),
    ("tenant: {}, born {}, property: {}", ["PERSON", "DATE_OF_BIRTH", "STREET_ADDRESS"]),
    ("{} wants the deposit returned to {}", ["PERSON", "IBAN_CODE"]),
    ('"displayName": "{}",\n"email": "{}",', ["PERSON", "EMAIL_ADDRESS"]),
    ("Server={};User Id={};Password={};", ["IP_ADDRESS", "USERNAME", "SECRET"]),
    ("feed the cat for {} while she's at physio, door code {}", ["PERSON", "SECRET"]),
    ("garage invoice: card {}, receipt to {}", ["CREDIT_CARD", "EMAIL_ADDRESS"]),
    ("my peloton name is {} and my birthday is {}", ["USERNAME", "DATE_OF_BIRTH"]),
    ("our skip {} lives at {}", ["PERSON", "STREET_ADDRESS"]),
    ("[default]\nendpoint_url = http://{}:4566\naws_secret_access_key = {}", ["IP_ADDRESS", "SECRET"]),
    ('"username": "{}",\n"credentials": [{"type": "password", "value": "{}"}],', ["USERNAME", "SECRET"]),
    ("lost cat found by {} — ring {}", ["PERSON", "PHONE_NUMBER"]),
    ('"email": "{}",\n"card": "{}",', ["EMAIL_ADDRESS", "CREDIT_CARD"]),
]  # fmt: skip
HELDOUT21_NEGATIVES = [
    "Petropavlovsk-Kamchatsky sits under Avachinsky volcano",
    "Klyuchevskaya Sopka is the tallest volcano in Eurasia",
    "the Kamchatka river is full of salmon in August",
    "Palana is on the west coast of Kamchatka",
    "the Taz river flows into the Gulf of Ob",
    "Sheregesh is the ski resort near Tashtagol",
    "Dudinka is a port on the Yenisei",
    "Gatchina has a palace and a big park",
    "Calimera is one of the Grecìa Salentina towns",
    "Miranda do Douro looks across the gorge to Spain",
    "Amiens cathedral is the biggest in France",
    "the Somme bay has seals at low tide",
    "Verkhovyna is in the Carpathians",
    "Trakai castle stands on an island in Lake Galvė",
    "kibinai are pastries from Trakai",
    "Sari is near the Caspian coast",
    "Rasht is famous for mirza ghasemi",
    "Khorramabad has the Falak-ol-Aflak castle",
    "the Zagros mountains run through Lorestan",
    "Dagupan holds a bangus festival every year",
    "Zamboanga is called Asia's Latin City",
    "Orchid Island has flying fish season in spring",
    "Alishan is known for its sunrise and tea",
    "Lira is the main town of the Lango sub-region",
    "Port Sudan is on the Red Sea",
    "Keren has a big Monday camel market",
    "Wolaita Sodo sits below Mount Damota",
    "do ten heel raises twice a day",
    "ice on the knee for 15 minutes, then rest",
    "the MOT failed on a brake light and a wiper blade",
    "the car needs a new timing belt at 60,000 miles",
    "a 5-year-old tabby, microchipped, answers to Marmalade",
    "the deposit is protected within 30 days",
    "Band D council tax goes up 4.99% in April",
    "the single person discount is 25%",
    "the Life in the UK test has 24 questions and you need 18",
    "the Battle of Hastings was in 1066",
    "the lake was 6 degrees this morning",
    "Bramley and Kingston Black make good cider",
    "the cider should ferment for about 3 weeks",
    "C, Am, F and G are the four chords you need",
    "a soprano ukulele is tuned G C E A",
    "the wind was force 4, perfect for the delta kite",
    "the hog line is 21 feet from the tee",
    "a bowl gouge and a spindle gouge are different tools",
    "sharpen the skew chisel at 25 degrees",
    "Docker version 24.0.7, build afdd53b",
    '{\n  "credsStore": "desktop",\n  "currentContext": "default"\n}',
    "[default]\nregion = eu-west-2\noutput = json",
    '"realm": "club",\n"enabled": true,\n"sslRequired": "external"',
    '"eventType": "user.session.start",\n"outcome": {"result": "SUCCESS"}',
    "Email Address,First Name,Last Name,MEMBER_RATING\n",
    "Ticket #48213 status changed from Open to Pending",
    '"Logging": { "LogLevel": { "Default": "Information" } }',
    "  'overwrite.cli.url' => 'http://localhost',",
    "<Port>8989</Port>\n<UrlBase></UrlBase>",
    "[server]\nPROTOCOL = http\nHTTP_PORT = 3000",
    "[security]\nadmin_user = admin",
    "aws_secret_access_key = <your-secret-key>",
    "password: ••••••••",
    "card 4242 4242 4242 4242 is the usual test card",
    "IBAN GB33 BUKB 2020 1555 5555 55 is the sample",
    "write to user@example.com",
    "192.0.2.44 is a documentation address",
    "call 999 or 112 in an emergency",
    "Fender and Kala both make good ukuleles",
    "Kestrel and Peregrine are the two curling sheets",
    "Brother Cadfael is a fictional monk",
    "Kingston Black is an apple, not a person",
    "Mr Kipling makes cakes",
    "see you at the lido",
    "lol the kite ended up in a tree",
    "can you remind me to book the physio",
    "my knee is much better thanks",
]  # fmt: skip


def _typo21(rng: random.Random, template: str) -> str:
    """Slips outside the {} slots, other than earlier sets': a spoken contraction ('going to' -> 'gonna',
    'want to' -> 'wanna') or a chat interjection in front of a chat line ('ngl ', 'ok so ', 'btw ')."""
    swaps = [(a, b) for a, b in CONTRACTIONS_HELDOUT21 if re.search(rf"\b{a}\b", template)]
    if swaps and rng.random() < 0.7:
        a, b = rng.choice(swaps)
        return re.sub(rf"\b{a}\b", b, template, count=1)
    if _chat_like(template) and not template.startswith(("{}", "I ")):
        return rng.choice(INTERJECTIONS_HELDOUT21) + template
    return template


def build_heldout21(seed: int = HELDOUT21_SEED) -> list[Example]:
    """Held-out set 21: `Gen21` values in `HELDOUT21_TEMPLATES`, mixed sentences and look-alike negatives."""
    gen = Gen21(seed)
    rng = gen.rng
    makers = {
        "PERSON": gen.person, "STREET_ADDRESS": gen.address, "EMAIL_ADDRESS": gen.email, "PHONE_NUMBER": gen.phone,
        "CREDIT_CARD": gen.card, "IBAN_CODE": gen.iban, "IP_ADDRESS": lambda: gen.ip_sample()[1],
        "USERNAME": gen.handle, "DATE_OF_BIRTH": gen.dob, "SECRET": gen.password,
    }  # fmt: skip
    counts = {"PERSON": 80, "SECRET": 70, "USERNAME": 24}
    styles: list[tuple[str, list[tuple[str, str]]]] = []  # (template, [(type, value)])
    for etype in TYPES:
        for _ in range(counts.get(etype, 14)):
            chat = rng.random() < 0.7  # Kaizen is a chat bot: most sentences are typed to it or a friend
            if etype in (
                "SECRET",
                "IP_ADDRESS",
                "DATE_OF_BIRTH",
            ):  # the template depends on the value's shape
                sample = {"SECRET": gen.secret, "IP_ADDRESS": gen.ip_sample, "DATE_OF_BIRTH": gen.dob_sample}
                template, value = sample[etype](chat)
                styles.append((template, [(etype, value)]))
            else:
                template = _pick_chat_or_not(rng, HELDOUT21_TEMPLATES[etype], chat)
                styles.append((template, [(etype, makers[etype]()) for _ in range(template.count("{}"))]))
    for _ in range(24):
        template, types = rng.choice(HELDOUT21_MIXED)
        styles.append((template, [(t, makers[t]()) for t in types]))
    styles += [(t, []) for t in HELDOUT21_NEGATIVES]
    examples = []
    for template, values in styles:
        style = "plain"
        if rng.random() < 0.15:
            template, style = _typo21(rng, template), "typo"
        parts = template.split("{}")
        text, spans = parts[0], []
        for (etype, value), rest in zip(values, parts[1:], strict=True):
            spans.append((len(text), len(text) + len(value), etype))
            text += value + rest
        r = rng.random()  # lower case or ALL CAPS, as people and some exports write
        for new, name, p in ((text.lower(), "lower", 0.09), (text.upper(), "upper", 0.12)):
            if r < p and len(new) == len(text):
                text, style = new, name
                break
        examples.append(Example(text, spans, style))
    rng.shuffle(examples)
    return examples


HELDOUT22_SEED = 224061
# no faker name locale, as in held-out 16 to 21: every faker name locale outside the lexicon has been used by
# an earlier set, so all names below come from hand-written lists of origins no earlier set drew from (empty
# on purpose; the lexicon test still checks it)
NAME_LOCALES_HELDOUT22: list[str] = []
NAMES_HELDOUT22: dict[str, tuple[list[str], list[str]]] = {
    # Saisiyat (Taiwan): clan names as family names
    "saisiyat": ("Obay Tahes Ubay Kalaw Ataw Ivay Yawi Bonay".split(),
                 "Kaybaybaw Titiyon Tawtawazay Sawan Kaleh Minrawan Sayna Tanohila".split()),
    # Thao (Sun Moon Lake): clan names as family names
    "thao": ("Paw Idu Ahin Kilash Mulhay Ibut Lhkaz Shuqi".split(),
             "Shinawanan Daqidaqin Lhkashnawan Capatawan Shiyaqaqan Shapingthaw Panpan Kiluan".split()),
    "kavalan": ("Abas Utay Bauki Imui Buya Api Tuyaw Kaliyan".split(),
                "Pan Kaliyan Tuyaw Bauki Ipay Unak Sayan Patiyaw".split()),
    # Banaban (Rabi Island, Fiji, and Banaba): 'Nei' (woman) and 'Te' as part of the given name
    "banaban": ("Rotan;Nei Tabera;Tebuke;Kaiboboki;Nei Maria;Tebaiti;Raobeia;Nei Tekarei".split(";"),
                "Tito Teaiwa Ititaake Kirata Eritai Tekaie Rotan Kaiea".split()),
    "sikaiana": ("Tehuaiva Laona Manuiti Tekila Tahila Sakema Kaemaea Maeva".split(),
                 "Sakema Tehuaiva Kaemaea Manuola Teikaena Sapuke Laufili Anoia".split()),
    "udege": ("Valentina Jansi Pavel Nadezhda Aleksandr Olga Mikhail Sofya".split(),
              "Kyalundzyuga Kimonko Sulyandziga Kanchuga Geonka Uzyuki Kaza Pionka".split()),
    "nganasan": ("Tubyaku Dyukhade Demnime Nina Leonid Valentina Nikolai Ogdo".split(),
                 "Kosterkin Porbin Turdagin Momde Chunanchar Kheriyat Yarotsky Kokorin".split()),
    "mansi": ("Yuvan Evdokia Matryona Semyon Svetlana Anastasia Nikolai Galina".split(),
              "Anyamova Sainakhova Rombandeeva Shestalov Tasmanov Kurikov Samindalova Pakin".split()),
    # Bubi (Bioko, Equatorial Guinea)
    "bubi": ("Justo Ciriaco Bienvenido Ana Petronila Edmundo Trinidad Anacleto".split(),
             "Bolekia Boleka Mocache Riochi Borico Bioko Bosio Ebuera".split()),
    # Chagossian (Mauritius, the Seychelles and Crawley)
    "chagossian": ("Olivier Lisette Rita Louis Marie-Therese Bernard Mimose Jean-Claude".split(),
                   "Bancoult Talate Elyse Mandarin Alexis Furcy Jaffar David".split()),
    "sena": ("Bernardo Luisa Ernesto Rosinha Chico Alberto Felizarda Jeque".split(),
             "Chamboko Nhamussua Mutemba Massangaie Chiponde Bandeira Nhacuongue Chirindza".split()),
    "gbaya": ("Yadji Ndoyama Yagana Doko Gbazi Zoumandji Kassai Mbodou".split(),
              "Goumba Gbadin Doko Zoumandji Yandoko Gbazi Ndoyama Koyassambia".split()),
    "ndau": ("Ndabaningi Chipo Farai Tsitsi Mukai Rudo Tendai Simbarashe".split(),
             "Sithole Simango Mhlanga Dube Mutasa Mlambo Nyamadzawo Semwayo".split()),
    "kunama": ("Kokob Tabi Laila Kafil Asha Kulu Dallo Ila".split(),
               "Ashkir Dallo Kunda Tabai Ibrahim Kochi Sukkar Girma".split()),
}  # fmt: skip
# invented given names of a made-up root and ending, and surnames of a made-up root and a Welsh-looking
# ending (-wyn/-ydd/-oed/-aint/-wen): ways no earlier set used ('Marovel Caerwydd')
INVENTED_GIVEN_ROOTS_HELDOUT22 = ["Mar", "Tesh", "Quill", "Orr", "Bev", "Ilf", "Zan", "Corv", "Lum"]
INVENTED_GIVEN_ENDS_HELDOUT22 = ["ovel", "andra", "ette", "imo", "orah", "ic"]
INVENTED_SURNAME_ROOTS_HELDOUT22 = ["Caer", "Bryn", "Glas", "Pen", "Tal", "Mor", "Llan", "Hen", "Dol"]
INVENTED_SURNAME_ENDS_HELDOUT22 = ["wydd", "oed", "aint", "wen", "ferth"]
# rare American given names of the 1920s and 30s
RARE_GIVEN_HELDOUT22 = ["Wilburn", "Ozella", "Arvel", "Leatrice", "Delmer", "Ivalee", "Thurman", "Alvina",
                        "Lonzo", "Verdie", "Elwood", "Oleta", "Merlin", "Zelpha", "Hollis", "Armeda"]  # fmt: skip
IBAN_SHAPES_HELDOUT22 = {
    "NO": "11n", "EE": "16n", "LV": "4a13c", "BG": "4a6n8c", "SK": "20n", "CH": "5n12c", "LI": "5n12c",
    "GI": "4a15c", "TR": "6n16c", "GE": "2a16n", "AZ": "4a20c", "MU": "4a19n3a", "MZ": "21n",
}  # fmt: skip
# everyday subjects of this set: house swaps, crowdfunding, vintage cars, ballroom dancing, sourdough,
# aquariums, bonsai, comedy open mics, vinyl fairs, tai chi, wild camping, orienteering
HOBBIES_HELDOUT22 = [
    "swaps",
    "crowd",
    "classic",
    "waltz",
    "bakes",
    "reef",
    "bonsai",
    "openmic",
    "vinyl",
    "taichi",
]
# slips outside the slots: a stretched vowel in an everyday word, or a laugh typed after the sentence
STRETCH_HELDOUT22 = [("so", "sooo"), ("please", "pleeease"), ("really", "reaaally"), ("thanks", "thaaanks"),
                     ("nice", "niiice"), ("love", "loooove"), ("now", "nowww")]  # fmt: skip
LAUGHS_HELDOUT22 = [" haha", " lmaooo", " hehe", " jajaja", " kkkk", " ahahah"]


def _age_key22(rng: random.Random) -> str:
    """An age (filippo.io/age) X25519 secret key: the prefix and 59 upper-case bech32 characters."""
    return "AGE-SECRET-KEY-1" + "".join(rng.choice("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L") for _ in range(58))


def _ethiopian22(day) -> str:
    """A Gregorian date in the Ethiopian calendar as Amharic speakers write it in Latin letters ('Megabit 5
    1979 E.C.'), through the Julian day number."""
    months = ("Meskerem Tikimt Hidar Tahsas Tir Yekatit Megabit Miyazya Ginbot Sene Hamle Nehase "
              "Pagume").split()  # fmt: skip
    jdn = day.toordinal() + 1721425
    r = (jdn - 1723856) % 1461
    n = r % 365 + 365 * (r // 1460)
    year = 4 * ((jdn - 1723856) // 1461) + r // 365 - r // 1460
    return f"{months[n // 30]} {n % 30 + 1} {year} E.C."


class Gen22(Gen3):
    """Generators for held-out set 22: origins, name forms, formats and contexts none of the other sets use."""

    def first_last(self) -> tuple[str, str]:
        """A given and a family name: NAMES_HELDOUT22, invented ('Marovel Caerwydd') or a rare 1920s-30s one."""
        rng = self.rng
        r = rng.random()
        firsts, lasts = NAMES_HELDOUT22[rng.choice(sorted(NAMES_HELDOUT22))]
        if r < 0.1:
            given = rng.choice(INVENTED_GIVEN_ROOTS_HELDOUT22) + rng.choice(INVENTED_GIVEN_ENDS_HELDOUT22)
            return given, rng.choice(INVENTED_SURNAME_ROOTS_HELDOUT22) + rng.choice(
                INVENTED_SURNAME_ENDS_HELDOUT22
            )
        if r < 0.18:
            return rng.choice(RARE_GIVEN_HELDOUT22), rng.choice(lasts)
        return rng.choice(firsts), rng.choice(lasts)

    def person(self) -> str:
        rng = self.rng
        first, last = self.first_last()
        r = rng.random()
        if r < 0.58:
            name = f"{first} {last}"
        elif r < 0.76:
            name = first
        elif r < 0.84:
            name = last
        elif r < 0.92:  # given name and the family name's initial run together, as a contacts app shows it
            name = f"{first} {last[:1]}"
        else:
            name = f"{first} {last}"
        c = rng.random()
        if c < 0.06:
            return name.lower()
        if c < 0.08:
            return name.upper()
        return name

    def address(self) -> str:
        rng, n = self.rng, self.rng.randint(1, 240)
        pick = rng.choice
        shapes = [
            f"No. {n}, Lin {rng.randint(1, 14)}, {pick(['Donghe', 'Nanjiang', 'Shitou'])} Village, Nanzhuang Township, Miaoli County 353",
            f"No. {n}, Lin {rng.randint(1, 9)}, Dayi Village, Wufeng Township, Hsinchu County 311",
            f"No. {n}, Ita Thao Street, Riyue Village, Yuchi Township, Nantou County 555",
            f"No. {n}, {pick(['Xinshe', 'Fengbin', 'Jiqi'])} Village, Fengbin Township, Hualien County 977",
            f"Lot {n}, {pick(['Tabiang', 'Tabwewa', 'Uma', 'Buakonikai'])} Village, Rabi Island, Fiji",
            f"House {n}, {pick(['Tabiang', 'Tabwewa', 'Buakonikai'])}, Banaba, Kiribati",
            f"House {n}, {pick(['Hale', 'Loto', 'Matuiloto'])}, Sikaiana, Malaita Province",
            f"692{rng.randint(100, 199)}, s. Krasny Yar, Pozharsky rayon, ul. {pick(['Tsentralnaya', 'Bikinskaya', 'Shkolnaya'])}, d. {rng.randint(1, 60)}",
            f"s. Agzu, Terneysky rayon, ul. {pick(['Lesnaya', 'Rechnaya'])}, d. {rng.randint(1, 30)}",
            f"647{rng.randint(200, 299)}, pos. Ust-Avam, Taymyrsky rayon, ul. {pick(['Tundrovaya', 'Severnaya'])}, d. {rng.randint(1, 25)}",
            f"pos. Volochanka, ul. {pick(['Nganasanskaya', 'Pristanskaya'])}, d. {rng.randint(1, 20)}, kv. {rng.randint(1, 8)}",
            f"628{rng.randint(140, 149)}, s. Saranpaul, ul. {pick(['Tebetyeva', 'Lenina', 'Sosvinskaya'])}, d. {rng.randint(1, 60)}",
            f"pgt. Berezovo, ul. {pick(['Astrakhantseva', 'Sobyanina'])}, d. {rng.randint(1, 50)}, kv. {n}",
            f"Calle {pick(['Rey Malabo', 'Bioko Norte', 'Kenia'])} {n}, Barrio {pick(['Ela Nguema', 'Los Angeles', 'Semu'])}, Malabo",
            f"Poblado de {pick(['Rebola', 'Baney', 'Basupu'])}, casa {n}, Bioko Norte",
            f"{n} {pick(['Ifield Road', 'Three Bridges Road', 'Southgate Avenue', 'Gossops Drive'])}, Crawley RH1{rng.randint(0, 1)} {rng.randint(1, 9)}{pick(['AB', 'HU', 'PX', 'QW'])}",
            f"Rue {pick(['Chagos', 'Diego Garcia', 'Peros Banhos'])}, Cassis, Port Louis",
            f"Bairro {pick(['Chirimane', 'Nhamaze', 'Josina Machel'])}, casa n.º {n}, Caia, Sofala",
            f"Bairro {pick(['Cimento', 'Nova Mutarara'])}, quarteirão {rng.randint(1, 20)}, casa {n}, Mutarara",
            f"Plot {n}, {pick(['Nyathando', 'Chididi Road', 'Makhanga'])}, Nsanje Boma",
            f"Quartier {pick(['Haoussa', 'Kombo', 'Sabé'])}, porte {n}, Bouar",
            f"Quartier {pick(['Poto-Poto', 'Sambo'])}, BP {rng.randint(10, 400)}, Berbérati",
            f"Quartier {pick(['Tigaza', 'Nkolbikon', 'Mokolo'])}, BP {rng.randint(10, 600)}, Bertoua",
            f"Stand {n}, {pick(['Gaza', 'Chipinge Township', 'Medical Stores'])} Road, Chipinge",
            f"Casa {n}, Espungabera, Mossurize, Manica",
            f"House {n}, {pick(['Tesfa', 'Hidri'])} Street, Barentu, Gash-Barka",
            f"Flat {rng.randint(1, 12)}, {n} {pick(['Sourdough Lane', 'Bonsai Court', 'Tango Mews'])}, Bristol BS{rng.randint(1, 16)} {rng.randint(1, 9)}{pick(['RT', 'LD', 'QE'])}",
        ]  # fmt: skip
        return pick(shapes)

    def email(self) -> str:
        rng = self.rng
        first, last = (_ascii_name(x) for x in self.first_last())
        user = rng.choice([f"{first}.{rng.choice(HOBBIES_HELDOUT22)}", f"{last}.swapshome{rng.randint(1, 99)}",
                           f"{first[:1]}{last}.bakes", f"{last}-{first}.reef", f"{first}+{rng.choice(['gofundme', 'vinyl', 'camp'])}@",
                           f"{first}{rng.randint(1920, 1999)}.{last}", f"openmic.{last}", f"{last}.{first[:2]}"])  # fmt: skip
        user = user.rstrip("@")  # plus-addressing: 'name+tag'
        domain = rng.choice(["seed.net.tw", "ms22.hinet.net", "connect.com.fj", "tskl.net.ki", "solomon.com.sb",
                             "vladivostok.ru", "norilsk.ru", "ugrasu.ru", "getesa.gq", "orange.mu",
                             "virginmedia.com", "tdm.co.mz", "mtl.mw", "socatel.cf", "camtel.cm", "zol.co.zw",
                             "tse.com.er", "posteo.de", "fastmail.com", "tutanota.com"])  # fmt: skip
        return f"{user}@{domain}"

    def phone(self) -> str:
        d, rng = self.d, self.rng
        shapes = [
            f"(037) 82{d(1)}-{d(3)}",  # Nanzhuang, Miaoli, domestic
            f"+886 3 585 {d(4)}",  # Wufeng, Hsinchu
            f"+886-49-285-{d(4)}",  # Yuchi, Nantou, all dashes
            f"(03) 879 {d(4)}",  # Fengbin, domestic
            f"+679 8{d(2)} {d(4)}",  # Rabi Island, Fiji
            f"+686 7300 {d(4)}",  # Kiribati mobile
            f"+677 74 {d(5)}",  # Solomon Islands mobile
            f"+7 (42357) {d(1)}-{d(2)}-{d(2)}",  # Pozharsky district
            f"8 (42374) 9-{d(2)}-{d(2)}",  # Terneysky, the domestic 8
            f"+7 (39152) {d(1)}-{d(2)}-{d(2)}",  # Taimyr
            f"+7 (34674) 4-{d(2)}-{d(2)}",  # Berezovo district
            f"+240 222 {d(3)} {d(3)}",  # Equatorial Guinea mobile
            f"+240 333 09{d(1)} {d(3)}",  # Malabo landline
            f"01293 {d(6)}",  # Crawley, domestic
            f"+44 (0)1293 {d(6)}",  # Crawley, international with the (0)
            f"+230 5{d(3)} {d(4)}",  # Mauritius mobile
            f"+258 84 {d(3)} {d(4)}",  # Mozambique mobile
            f"+258 23 {d(6)}",  # Sofala landline
            f"+265 1 45{d(1)} {d(3)}",  # Nsanje
            f"+236 7{d(1)} {d(2)} {d(2)} {d(2)}",  # Central African Republic
            f"+237 222 24 {d(2)} {d(2)}",  # Bertoua
            f"+263 27 2{d(4)}",  # Chipinge
            f"+263 77{d(1)} {d(3)} {d(3)}",  # Zimbabwe mobile
            f"+291 1 61 {d(2)} {d(2)}",  # Barentu
            f"+291 7 {d(3)} {d(3)}",  # Eritrea mobile
            f"07{d(3)} {d(3)} {d(3)}",  # UK mobile, in threes
        ]
        return rng.choice(shapes)

    def card(self) -> str:
        rng = self.rng
        prefix, length = rng.choice([("4", 16), ("2298", 16), ("5275", 16), ("3759", 15), ("3050", 14),
                                     ("3581", 16), ("6581", 16), ("4", 16), ("4", 19), ("5275", 16)])  # fmt: skip
        num = _luhn_number(rng, prefix, length)
        r = rng.random()
        if length in (14, 15):
            return f"{num[:4]} {num[4:10]} {num[10:]}" if r < 0.6 else num
        groups = [num[i : i + 4] for i in range(0, length, 4)]
        if r < 0.45:
            return " ".join(groups)
        if r < 0.6:  # en spaces (U+2002), as a phone's copy from a PDF statement leaves them
            return "\u2002".join(groups)
        if r < 0.7:  # a tab between groups, as a paste from a spreadsheet row splits them
            return "\t".join(groups)
        return num

    def iban(self) -> str:
        rng = self.rng
        country = rng.choice(sorted(IBAN_SHAPES_HELDOUT22))
        iban = _iban(rng, country, IBAN_SHAPES_HELDOUT22[country])
        groups = [iban[i : i + 4] for i in range(0, len(iban), 4)]
        return " ".join(groups) if rng.random() < 0.6 else iban

    def ip_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, address): house swaps, crowdfunding, vintage cars, ballroom dancing, sourdough,
        aquariums, bonsai, comedy open mics, vinyl fairs, tai chi, wild camping, orienteering; htpasswd-guarded
        sites, .s3cfg, msmtprc, .fetchmailrc, Auth0 logs, Hasura, Directus, n8n, MinIO, Harbor, Drone,
        Woodpecker, Argo CD, Promtail, Outline and Miniflux, v4 and v6 with ports and in URLs; `chat` as in
        `_pick_chat_or_not`."""
        rng, f = self.rng, self.f()
        v4 = rng.choice([f.ipv4_public(), f.ipv4_public(), f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                         f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])  # fmt: skip
        h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
        v6 = rng.choice([f"2a06:{h()}:{h()}::{h()}", f"2a0b:{h()}:{h()}:{h()}::{h()}",
                         f"2a0d:{h()}:{h()}:{h()}:{h()}::{h()}", f"2602:{h()}:{h()}::{h()}:{h()}",
                         f"2001:19f0:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}", f"2400:cb00:{h()}::{h()}",
                         f"2a04:{h()}:{h()}::{h()}"])  # fmt: skip
        port = rng.choice([8080, 8443, 3000, 5678, 9000, 8000, 1883, 2222])
        options = [
            ("the house swap family's smart lock hub is {}, they said ring if it beeps", v4),
            ("the crowdfunding page says my last login came from {}, weird", rng.choice([v4, v6])),
            ("the classic car club's forum banned {} for spam lol", rng.choice([v4, v6])),
            ("the ballroom studio's music player is at http://{}:8080, put the rumba playlist on", v4),
            ("my sourdough starter's temp sensor posts to {}:1883 every minute", v4),
            ("aquarium controller is on {}, if the pump stops text me", v4),
            ("the bonsai greenhouse mister runs off {}, port 5000", v4),
            ("the open mic stream goes to rtmp://{}/live tonight", v4),
            ("the record fair's card reader kept dropping, it's on {}", v4),
            ("the tai chi class zoom got bombed from {}, the host kicked them", rng.choice([v4, v6])),
            ("the campsite wifi gave me {}, is that a public address?", rng.choice([v4, v6])),
            ("orienteering results upload to http://[{}]:8000/results, the club set it up", v6),
            ("my router says the swap guests' laptop is {}, they're streaming all night", v4),
            ("log into the vintage car auction from {} only, they whitelist it", v4),
            ("AuthType Basic on https://{}:8443/members, the htpasswd file is in /etc/apache2", v4),
            ("host_base = {}:9000", v4),
            ("host {}\nport 587\nauth on", v4),
            ("poll {} proto IMAP port 993", rng.choice([v4, v6])),
            ('"ip": "{}",\n"type": "f",\n"description": "Wrong email or password."', rng.choice([v4, v6])),
            ("HASURA_GRAPHQL_DATABASE_URL: postgres://hasura@{}:5432/swaps", v4),
            ("PUBLIC_URL=http://{}:8055", v4),
            ("WEBHOOK_URL=https://{}:5678/", v4),
            ("MINIO_SERVER_URL=http://[{}]:9000", v6),
            ("hostname: {}", v4),
            ("DRONE_SERVER_HOST={}:8000", v4),
            ("WOODPECKER_SERVER={}:9000", v4),
            ("argocd login {}:443 --grpc-web", v4),
            ("    - url: http://{}:3100/loki/api/v1/push", v4),
            ("URL=https://[{}]:3000", v6),
            ("LISTEN_ADDR={}:8080", v4),
            (f"GET http://[{{}}]:{port}/api/v1/status 200", v6),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def password(self) -> str:
        rng, w = self.rng, self.f().word
        return rng.choice(
            [
                f"{rng.choice(['Rumba', 'Levain', 'Koi', 'Juniper', 'Foxtrot'])}{rng.randint(1, 99)}{rng.choice(['?', '&', '~'])}{w()}",
                f"{w()} {w()} {w()} {w()}",  # a passphrase of four words with spaces
                f"{w()}.{w()}.{w()}",
                self.token(rng.randint(14, 22), string.ascii_letters + string.digits + "?&~^"),
                f"{w().capitalize()}{rng.randint(1950, 1979)}{rng.choice(['Jaguar', 'Morris', 'Triumph', 'Cortina'])}",
                f"{rng.choice(['Tenkara', 'Sashimi', 'Kintsugi', 'Tsuba'])}_{w()}_{rng.randint(10, 99)}",
            ]
        )  # fmt: skip

    def secret(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, secret); `chat` as in `ip_sample`."""
        tok, pw, rng, d = self.token, self.password(), self.rng, self.d
        alnum = string.ascii_letters + string.digits
        hexl = "0123456789abcdef"
        b64 = alnum + "+/"
        sha1 = "{SHA}" + base64.b64encode(bytes(rng.randrange(256) for _ in range(20))).decode()
        options = [
            # no cue word at all: the password follows talk about logging in
            ("ok I finally got into the house swap site, it's {} btw", pw),
            ("tried logging into the crowdfunder again, {} worked this time", pw),
            ("what do I type on the ballroom studio booking page?\n{}", pw),
            ("the bonsai forum kept rejecting me till I typed {} lol", pw),
            ("logged in on the auction app with {} and the bids are there", pw),
            ("the campsite kiosk wanted something, I put {} and it let me in", pw),
            ("remember the record fair tablet? it's {} now, I changed it", pw),
            ("if it asks again just type {} and hit enter", pw),
            ("same as the old one but with the year: {}", pw),
            ("for the sourdough class portal you need {}", pw),
            # codes
            ("the swap house key safe is {}, the key's on the blue ring", d(4)),
            ("the classic car garage keypad is {}*", d(5)),
            ("the dance studio back door is {}", d(4) + "#"),
            ("the camp gate barrier opens with {}", d(6)),
            ("orienteering control box combo {}", d(3)),
            # cues in languages no earlier set used
            ("pasuwādo wa {} desu", pw),
            ("bimilbeonho-neun {} ieyo", pw),
            ("mìmǎ shì {}", pw),
            ("mat ma hai {}, m hou gong bei yan zi", pw),
            ("rahat phan khue {}", pw),
            ("mera khufia lafz {} hai", pw),
            ("yeyilef qalu {} new", pw),
            ("o le upu faalilolilo o {}", pw),
            ("ko e lea fufū ko {}", pw),
            ("na vosa vuni e {}", pw),
            ("liloba ya sekele ezali {}", pw),
            ("sırsöz: {}", pw),
            ("kadavuchol {} thaan", pw),
            # pastes
            ("swapper:{}", sha1),
            ("secret_key = {}", tok(40, b64)),
            ("access_key = AKIA{}\nsecret_key = {}".replace("AKIA{}", "AKIA" + tok(16, string.ascii_uppercase + string.digits)), tok(40, b64)),
            ("account default\nhost smtp.fastmail.com\npassword {}", pw),
            ("poll mail.example.net proto IMAP user 'crowd' password '{}'", pw),
            ('"client_secret": "{}",', tok(64, alnum + "-_")),
            ("HASURA_GRAPHQL_ADMIN_SECRET: {}", tok(32, alnum)),
            ("SECRET={}", tok(32, alnum)),
            ("N8N_ENCRYPTION_KEY={}", tok(32, alnum)),
            ("MINIO_ROOT_PASSWORD={}", pw),
            ("harborAdminPassword: {}", pw),
            ("DRONE_RPC_SECRET={}", tok(32, hexl)),
            ("WOODPECKER_AGENT_SECRET={}", tok(64, hexl)),
            ("  admin.password: {}", "$2a$10$" + tok(53, alnum + "./")),
            ("      password: {}", pw),
            ("SECRET_KEY={}", tok(64, hexl)),
            ("UTILS_SECRET={}", tok(64, hexl)),
            ("ADMIN_PASSWORD={}", pw),
            ("SOPS_AGE_KEY={}", _age_key22(rng)),
            ("APIFY_TOKEN={}", "apify_api_" + tok(36, alnum)),
            ("MUX_TOKEN_SECRET={}", tok(75, b64)),
            ("SPOTIFY_CLIENT_SECRET={}", tok(32, hexl)),
            ("OCTOPUS_API_KEY={}", "API-" + tok(27, string.ascii_uppercase + string.digits)),
            ("TEAMCITY_TOKEN={}", "eyJ0eXAiOiAiVENWMiJ9." + tok(36, alnum + "-_") + "." + tok(48, alnum + "-_")),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def handle(self) -> str:
        """A username in shapes earlier sets did not use ('x.swaps.homes', 'y_bakes_levain', 'xy_waltzes')."""
        rng = self.rng
        first, last = (_ascii_name(x) for x in self.first_last())
        return rng.choice(
            [
                f"{first}.swaps.homes",
                f"{last}_bakes_levain",
                f"{first}{last[:1]}_waltzes",
                f"bonsai.by.{first}",
                f"{last}_on_vinyl{rng.randint(1, 99)}",
                f"openmic_{first}",
                f"{first}.{last}.classics",
                f"reefkeeper_{last}",
            ]
        )  # fmt: skip

    def _dob_shapes(self) -> dict[str, str]:
        """One date of birth in every shape this set uses, keyed by language or format."""
        dt = self.f().date_of_birth(minimum_age=5, maximum_age=95)
        m, day, year = dt.month - 1, dt.day, dt.year
        ky = "yanvar fevral mart aprel may iyun iyul avgust sentyabr oktyabr noyabr dekabr".split()
        km = "makara kompheak mina mesa ousaphea mithona kakkada seyha kanha tola vichika thnou".split()
        lo = "mangkon kumpha mina mesa phruetsapha mithuna karakada singha kanya tula phachik thanwa".split()
        return {
            "ko": f"{year}-nyeon {m + 1}-wol {day}-il",  # Korean, Revised Romanisation
            "zh": f"{year} nián {m + 1} yuè {day} rì",  # Mandarin, pinyin
            "am": _ethiopian22(dt),  # Amharic, the Ethiopian calendar
            "ky": f"{year}-zhyly {day}-{ky[m]}",  # Kyrgyz, Latin
            "km": f"thngai ti {day} khae {km[m]} chnam {year}",  # Khmer, romanised
            "lo": f"{day} {lo[m]} {year}",  # Lao, romanised
            "py": f"datetime.date({year}, {m + 1}, {day})",  # a Python repr in a debug print
            "go": f"{year}-{m + 1:02d}-{day:02d} 00:00:00 +0000 UTC",  # Go's time.Time String()
        }

    def dob(self) -> str:
        """A date of birth in one of this set's written shapes."""
        shapes = self._dob_shapes()
        return shapes[self.rng.choice(sorted(shapes))]

    def dob_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, date of birth): a birth cue in the date's own language, a form or a paste;
        `chat` as in `ip_sample`."""
        s, any_shape = self._dob_shapes(), self.dob()
        options = [
            ("the house swap agreement wants my birthday, it's {}", any_shape),
            ("the crowdfunder payout check asked for my date of birth, I put {}", any_shape),
            ("classic car insurance quote needs the driver's birthday: {}", any_shape),
            ("the dance competition age group goes by birth date, mine's {}", any_shape),
            ("{}-e taeeonasseoyo", s["ko"]),
            ("wǒ shì {} chūshēng de", s["zh"]),
            ("yetewelidkut {} new", s["am"]),
            ("men {} tuulgam", s["ky"]),
            ("khnhom kat {}", s["km"]),
            ("khoy koet vanthi {}", s["lo"]),
            ("DEBUG member.dob = {}", s["py"]),
            ("birth_date: {}", s["go"]),
            ('{"name": "x", "born": "{}"}'.replace('"x"', '"member"'), s["go"]),
        ]  # fmt: skip
        return _pick_chat_or_not(self.rng, options, chat, key=lambda o: o[0])


HELDOUT22_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "we're swapping houses with {} in july, they get our place and we get theirs",
        "{} left a lovely note in the swap house guestbook",
        "can you remind me to water the plants for {} before the swap ends",
        "{} set up the crowdfunder for the community fridge",
        "the biggest backer on our kickstarter is {}, 500 quid!!",
        "{} is restoring a 1962 Morris Minor in his garage",
        "I'm going to the classic car show with {} on sunday",
        "{} and I are doing the quickstep at the regional comp",
        "my dance partner {} twisted an ankle, no rumba this week",
        "{} gave me some of her sourdough starter, it's 40 years old",
        "remind me to text {} about the levain recipe",
        "{} sold me three clownfish and a cleaner shrimp",
        "{}'s reef tank has been running since 2009, amazing",
        "the bonsai club's oldest tree belongs to {}",
        "{} wired my juniper and now it looks like a tiny cliff tree",
        "{} killed at the open mic last night, the bit about the bus was gold",
        "I'm on after {} at the comedy night, nervous lol",
        "{} found a first pressing of Blue Train at the record fair",
        "trading doubles with {} at the vinyl fair saturday",
        "{} teaches our tai chi class in the park at 8",
        "can you add {} to the tai chi whatsapp",
        "{} and I are wild camping on the moor this weekend",
        "{} won the orienteering sprint, 14 minutes flat",
        "I lost my compass, borrowed one from {}",
        "tell {} the swap dates moved to the 12th",
        "{} owes me for the camping gas",
        "the house swap site matched us with {}, they're in a flat by the sea",
        "Action: {} to chase the insurance for the show car",
        "Present: {}, the treasurer and two new members",
        "Minutes taken by {}",
        "Backer #114 — {}",
        "Pledge from {}: £25, reward tier 2",
        "Owner of the Jaguar E-Type: {}",
        "Couple 17: {} (lead)",
        "Instructor: {}",
        "Act 4: {} (10 min, clean set)",
        "Seller: {} — stall 23",
        "Leg 3 runner: {}",
        "Host family: {}",
        '"full_name": "{}",',
        "Firstname Lastname,{},Row 4",
        "{} liked your post about the wild swim",
        "Donation by {} · 2 hours ago",
        "— posted by {} in Bonsai Beginners",
    ],
    "STREET_ADDRESS": [
        "our swap house is {}, the key's in the safe by the door",
        "send the kickstarter reward to {}",
        "the classic car show is in the field behind {}",
        "the ballroom comp is at the town hall, {}",
        "pick up the sourdough starter from {}",
        "the fish shop moved to {}",
        "the bonsai nursery is {}, open weekends",
        "the record fair is at {} this year",
        "the orienteering start is at {}",
        "Swap address: {}",
        "Delivery address: {}",
        '"shipping_address": "{}",',
        "Ship to: {}",
        "Registered keeper address: {}",
    ],
    "EMAIL_ADDRESS": [
        "the swap family's email is {}",
        "email {} about the reward tier",
        "the classic car club secretary is {}",
        "the dance studio books lessons through {}",
        "send the starter recipe to {}",
        "the reef club newsletter comes from {}",
        "the open mic host is {}, email for a slot",
        "the record fair organiser is {}",
        "Backer email: {}",
        "user {} logged in",
        "from = {}",
        '"email": "{}",',
        "Contact,{},Lead",
        "Reply-To: {}",
    ],
    "PHONE_NUMBER": [
        "the swap family's number is {}, whatsapp works too",
        "call {} about the reward delivery",
        "the classic car restorer's number is {}",
        "the dance teacher's number is {}, text if you're late",
        "the fish shop's number is {}",
        "the campsite warden's phone is {}",
        "ring {} if you find a lost control flag",
        "the record dealer gave me {}",
        "Mobile: {}",
        "phone: {}",
        '"mobile": "{}",',
        "Emergency contact no.: {}",
        "Tel/WhatsApp {}",
    ],
    "CREDIT_CARD": [
        "I backed the crowdfunder with {}",
        "the car auction deposit went on {}",
        "the dance lessons are paid with {}",
        "I bought the reef lights with {}",
        "the record fair stall took {}",
        "the campsite booking used {}",
        "Card number: {}",
        "pan={}",
        "PAYMENT {} APPROVED",
    ],
    "IBAN_CODE": [
        "the swap family want the cleaning fee paid to {}",
        "the crowdfunder payout goes to {}",
        "pay the car restorer's invoice to {}",
        "send the dance comp entry fee to {}",
        "the bonsai club's account is {}",
        "the record seller's bank is {}",
        "Payout account: {}",
        "iban: {}",
        '"payout_iban": "{}",',
    ],
    "USERNAME": [
        "I'm {} on homeexchange, look at our listing",
        "my gofundme is under {}",
        "find me on the classic car forum as {}",
        "I post my bakes on instagram as {}",
        "I'm {} on the reef forum",
        "my discogs seller name is {}",
        "follow the comedy night on tiktok, I'm {}",
        "I'm {} on nextdoor, message me",
        "my meetup name is {}, join the tai chi group",
        "user = {}",
        "htpasswd -B /etc/nginx/.htpasswd {}",
        '"user_name": "{}",',
        "Logged in as {}",
        "@{} mentioned you in a comment",
    ],
}
HELDOUT22_MIXED = [
    ("{} is our swap partner, her number is {}", ["PERSON", "PHONE_NUMBER"]),
    ("backer: {}, born {}, ship to: {}", ["PERSON", "DATE_OF_BIRTH", "STREET_ADDRESS"]),
    ("{} wants the payout sent to {}", ["PERSON", "IBAN_CODE"]),
    ('"full_name": "{}",\n"email": "{}",', ["PERSON", "EMAIL_ADDRESS"]),
    ("host {}\nuser {}\npassword {}", ["IP_ADDRESS", "USERNAME", "SECRET"]),
    ("feed the fish for {} while they're away, the door code is {}", ["PERSON", "SECRET"]),
    ("auction deposit: card {}, receipt to {}", ["CREDIT_CARD", "EMAIL_ADDRESS"]),
    ("my meetup name is {} and my birthday is {}", ["USERNAME", "DATE_OF_BIRTH"]),
    ("our dance teacher {} lives at {}", ["PERSON", "STREET_ADDRESS"]),
    ("host_base = {}:9000\nsecret_key = {}", ["IP_ADDRESS", "SECRET"]),
    ("{}:{}", ["USERNAME", "SECRET"]),
    ("found a control flag? ring {} — {}", ["PERSON", "PHONE_NUMBER"]),
    ('"email": "{}",\n"card": "{}",', ["EMAIL_ADDRESS", "CREDIT_CARD"]),
    ("the swap wifi is on {} and the password is {}", ["IP_ADDRESS", "SECRET"]),
]  # fmt: skip
HELDOUT22_NEGATIVES = [
    "Nanzhuang is up in the hills of Miaoli",
    "the Saisiyat hold the paSta'ay ritual every two years",
    "Sun Moon Lake is the biggest lake in Taiwan",
    "Lalu Island sits in the middle of Sun Moon Lake",
    "Rabi Island is in the north of Fiji",
    "Banaba was mined for phosphate for eighty years",
    "Sikaiana is a small atoll north-east of Malaita",
    "the Bikin river runs through the Ussuri taiga",
    "the Taimyr peninsula is the northernmost part of Siberia",
    "Berezovo is on the Northern Sosva",
    "Malabo is on Bioko island",
    "Pico Basilé is the highest point of Bioko",
    "Crawley is next to Gatwick airport",
    "Diego Garcia is the largest of the Chagos atolls",
    "the Zambezi runs past Caia and Mutarara",
    "Bouar is known for its megaliths",
    "Bertoua is the capital of the East Region",
    "Chipinge is known for coffee and tea estates",
    "Barentu is in the Gash-Barka region",
    "the house swap runs from the 3rd to the 17th",
    "leave the keys on the kitchen table when you go",
    "the crowdfunder hit 140% of its target",
    "stretch goal 3 unlocks a second print run",
    "the Morris Minor was built from 1948 to 1971",
    "a Jaguar E-Type Series 1 has a 3.8 litre engine",
    "Ford Cortina and Triumph Herald are the classics at the show",
    "the quickstep is in 4/4 time at 50 bars a minute",
    "a rumba is counted 2, 3, 4-and-1",
    "feed the starter 1:1:1 every twelve hours",
    "bake at 250 degrees for 20 minutes, then lid off",
    "keep the reef tank at 25 degrees and salinity 1.025",
    "a clownfish can live for 20 years",
    "Juniper and Chinese elm are good beginner bonsai",
    "repot a bonsai every two or three years",
    "each act gets five minutes at the open mic",
    "Blue Train was recorded in 1957",
    "a 180 gram pressing at 33 1/3 rpm",
    "the Yang style 24 form takes about six minutes",
    "leave no trace and camp above the tree line",
    "control 14 is at the north end of the wood",
    "the orienteering map is 1:10,000 with 5 metre contours",
    "Caddy, Traefik and HAProxy are all reverse proxies",
    "AuthType Basic\nAuthName \"Members only\"\nRequire valid-user",
    "[default]\nhost_base = s3.amazonaws.com\nuse_https = True",
    "defaults\nauth on\ntls on\ntls_trust_file /etc/ssl/certs/ca-certificates.crt",
    "set daemon 300\nset logfile ~/.fetchmail.log",
    '"type": "s",\n"description": "Success Login",\n"connection": "Username-Password-Authentication"',
    "HASURA_GRAPHQL_ENABLE_CONSOLE: \"true\"",
    "DB_CLIENT=pg\nDB_PORT=5432",
    "N8N_PORT=5678\nN8N_PROTOCOL=https",
    "MINIO_ROOT_USER=minioadmin",
    "DRONE_SERVER_PROTO=https",
    "argocd app sync swaps --prune",
    "positions:\n  filename: /tmp/positions.yaml",
    "FORCE_HTTPS=true\nENABLE_UPDATES=false",
    "ADMIN_PASSWORD=changeme is the example in the docs",
    "SECRET_KEY=<generate with openssl rand -hex 32>",
    "password: ********",
    "card 4111 1111 1111 1111 is the standard test card",
    "IBAN NO93 8601 1117 947 is the example in the standard",
    "write to someone@example.org",
    "198.51.100.23 is a documentation address",
    "2001:db8::1 is a documentation address",
    "call 112 or 999 in an emergency",
    "Morris, Austin and Riley were car makers, not people here",
    "Tiffany lamps and Fender amps at the record fair",
    "Chef Boyardee and Uncle Ben's are brands",
    "Take the A Train is always the last dance",
    "see you at the campsite",
    "the starter died again lol",
    "can you remind me to book the tai chi class",
    "my quickstep is getting better thanks",
]  # fmt: skip


def _typo22(rng: random.Random, template: str) -> str:
    """Slips outside the {} slots, other than earlier sets': a stretched vowel in an everyday word ('so' ->
    'sooo', 'please' -> 'pleeease') or a laugh typed after a chat line (' haha', ' lmaooo', ' jajaja')."""
    swaps = [(a, b) for a, b in STRETCH_HELDOUT22 if re.search(rf"\b{a}\b", template)]
    if swaps and rng.random() < 0.7:
        a, b = rng.choice(swaps)
        return re.sub(rf"\b{a}\b", b, template, count=1)
    if _chat_like(template):
        return template + rng.choice(LAUGHS_HELDOUT22)
    return template


def build_heldout22(seed: int = HELDOUT22_SEED) -> list[Example]:
    """Held-out set 22: `Gen22` values in `HELDOUT22_TEMPLATES`, mixed sentences and look-alike negatives."""
    gen = Gen22(seed)
    rng = gen.rng
    makers = {
        "PERSON": gen.person, "STREET_ADDRESS": gen.address, "EMAIL_ADDRESS": gen.email, "PHONE_NUMBER": gen.phone,
        "CREDIT_CARD": gen.card, "IBAN_CODE": gen.iban, "IP_ADDRESS": lambda: gen.ip_sample()[1],
        "USERNAME": gen.handle, "DATE_OF_BIRTH": gen.dob, "SECRET": gen.password,
    }  # fmt: skip
    counts = {"PERSON": 78, "SECRET": 84, "USERNAME": 24, "IP_ADDRESS": 18}
    styles: list[tuple[str, list[tuple[str, str]]]] = []  # (template, [(type, value)])
    for etype in TYPES:
        for _ in range(counts.get(etype, 14)):
            chat = rng.random() < 0.7  # Kaizen is a chat bot: most sentences are typed to it or a friend
            if etype in (
                "SECRET",
                "IP_ADDRESS",
                "DATE_OF_BIRTH",
            ):  # the template depends on the value's shape
                sample = {"SECRET": gen.secret, "IP_ADDRESS": gen.ip_sample, "DATE_OF_BIRTH": gen.dob_sample}
                template, value = sample[etype](chat)
                styles.append((template, [(etype, value)]))
            else:
                template = _pick_chat_or_not(rng, HELDOUT22_TEMPLATES[etype], chat)
                styles.append((template, [(etype, makers[etype]()) for _ in range(template.count("{}"))]))
    for _ in range(24):
        template, types = rng.choice(HELDOUT22_MIXED)
        styles.append((template, [(t, makers[t]()) for t in types]))
    styles += [(t, []) for t in HELDOUT22_NEGATIVES]
    examples = []
    for template, values in styles:
        style = "plain"
        if rng.random() < 0.15:
            template, style = _typo22(rng, template), "typo"
        parts = template.split("{}")
        text, spans = parts[0], []
        for (etype, value), rest in zip(values, parts[1:], strict=True):
            spans.append((len(text), len(text) + len(value), etype))
            text += value + rest
        r = rng.random()  # lower case or ALL CAPS, as people and some exports write
        for new, name, p in ((text.lower(), "lower", 0.09), (text.upper(), "upper", 0.12)):
            if r < p and len(new) == len(text):
                text, style = new, name
                break
        examples.append(Example(text, spans, style))
    rng.shuffle(examples)
    return examples


HELDOUT23_SEED = 237719
# no faker name locale, as in held-out 16 to 22: every faker name locale outside the lexicon has been used by
# an earlier set, so all names below come from hand-written lists of origins no earlier set drew from (empty
# on purpose; the lexicon test still checks it)
NAME_LOCALES_HELDOUT23: list[str] = []
NAMES_HELDOUT23: dict[str, tuple[list[str], list[str]]] = {
    # Fulani (Guinea, Senegal, the Gambia): 'Thierno' and 'Elhadj' as part of the given name
    "fulani": ("Amadou;Hawa;Oumarou;Aissatou;Thierno Boubacar;Mariama;Elhadj Hamidou;Djenabou".split(";"),
               "Diallo Bah Barry Sow Jallow Baldé Sidibé Sangaré".split()),
    # Ryukyuan (Okinawa): written family name first, as at home
    "ryukyuan": ("Kamadu Ushi Taru Chiru Kamii Matsu Nabi Kamaru".split(),
                 "Higa Chinen Kyan Nakandakari Tamanaha Shimabukuro Aragaki Kinjo".split()),
    "lezgian": ("Alisultan Gulbahar Kerim Zagir Sabina Fazil Zeynab Nariman".split(),
                "Ramazanov Gadzhieva Kurbanov Abdulkerimov Efendiev Mirzoeva Shakhbazov Alkadarsky".split()),
    # Dzongkha (Bhutan): two given names, no family name
    "dzongkha": ("Tshering Pema Dorji Sonam Kinley Dechen Ugyen Karma".split(),
                 "Wangchuk Choden Namgyel Lhamo Tobgay Zangmo Dema Penjor".split()),
    "yupik": ("Nanuq Ayaprun Cingarkaq Angalgaq Nuqarrluk Uyuruciaq Apaq Qanaq".split(),
              "Chikoyak Kasayulie Pavilla Ulroan Tikiun Nevak Lupie Andrew".split()),
    # Aleut (Unangan): Russian surnames in the old '-off' and '-euff' spellings
    "aleut": ("Ilarion Agafon Pelageya Innokenty Vasilisa Akilina Nikita Matrona".split(),
              "Merculief Prokopeuff Galaktionoff Golodoff Shabolin Dushkin Lekanoff Kudrin".split()),
    # Otomi (Hñähñu): two family names, father's then mother's
    "otomi": ("Jovita Epifanio Cirila Hermelinda Tiburcio Fidencia Genaro Apolonia".split(),
              "Pascual Bautista;Mejía Xithé;Nicolás Simón;Tepetate Cruz;Bartolo Pérez;Anastasio Reyes".split(";")),
    "purepecha": ("Tzitzi Eréndira Tariakuri Itzi Juchari Tanganxoan Uandari Kuanari".split(),
                  "Tzintzun Cuiriz Ziranda Huitziméngari Cuini Tzintzún Acha Jiménez".split()),
    # Rarámuri (Tarahumara)
    "raramuri": ("Lorena Arnulfo Irma Cirilo Silvino Patrocinio Juanita Micaela".split(),
                 "Quimare Cubesare Bustillos Ramírez Palma Batista Loera Sinivare".split()),
    # Indo-Fijian (Fiji Hindi): the father's name as the family name
    "fiji_hindi": ("Mahendra Shiu Ramesh Kamla Sunita Bhan Anirudh Shamima".split(),
                   "Chaudhry Prasad Charan Lal Narayan Deo Sahay Goundar".split()),
}  # fmt: skip
# invented given names of a made-up root and ending, and surnames of a made-up root and a Sardinian-looking
# ending (-eddu/-inu/-esu/-oni/-ana): ways no earlier set used ('Talvera Correddu')
INVENTED_GIVEN_ROOTS_HELDOUT23 = ["Talv", "Ysol", "Bren", "Cader", "Oml", "Fenw", "Rask", "Idr"]
INVENTED_GIVEN_ENDS_HELDOUT23 = ["era", "ith", "ane", "oro", "ysse", "ander"]
INVENTED_SURNAME_ROOTS_HELDOUT23 = ["Corr", "Murg", "Sann", "Pitz", "Lob", "Ghis", "Berr", "Vacc"]
INVENTED_SURNAME_ENDS_HELDOUT23 = ["eddu", "inu", "esu", "oni", "ana"]
# Puritan virtue and phrase names, which read like ordinary words
RARE_GIVEN_HELDOUT23 = ["Temperance", "Thankful", "Silence", "Remember", "Hopestill", "Desire", "Submit",
                        "Mercy", "Experience", "Wrestling", "Preserved", "Increase"]  # fmt: skip
IBAN_SHAPES_HELDOUT23 = {
    "QA": "4a21c", "LB": "4n20c", "TN": "20n", "XK": "16n", "BA": "16n", "FO": "14n", "GL": "14n",
    "CR": "18n", "DO": "4c20n", "AD": "8n12c", "VA": "18n", "PS": "4a21c", "JO": "4a4n18c",
}  # fmt: skip
# everyday subjects of this set: car rental, ten-pin bowling leagues, sea kayaking, narrowboats, scuba diving,
# bridge clubs, quilting, dog shows, recreational ice hockey, lawn bowls
HOBBIES_HELDOUT23 = [
    "bowls",
    "kayak",
    "narrowboat",
    "scuba",
    "bridge",
    "quilts",
    "agility",
    "hockey",
    "strikes",
]
# slips outside the slots: a doubled word ('the the') or a British spelling swapped for an American one
DOUBLES_HELDOUT23 = ["the", "to", "is", "for", "on", "a"]
LAUGHS_HELDOUT23 = [" :)", " :/", " xD", " ^^", " :P"]


def _showa23(day) -> str:
    """A date in the Japanese era calendar, romanised ('Shōwa 62-nen 3-gatsu 14-nichi'), as Okinawan family
    registers write it."""
    for era, start in (("Reiwa", 2019), ("Heisei", 1989), ("Shōwa", 1926), ("Taishō", 1912)):
        if day.year >= start:
            n = day.year - start + 1
            return f"{era} {'gannen' if n == 1 else f'{n}-nen'} {day.month}-gatsu {day.day}-nichi"
    return f"{day.year}-nen {day.month}-gatsu {day.day}-nichi"


class Gen23(Gen3):
    """Generators for held-out set 23: origins, name forms, formats and contexts none of the other sets use."""

    def first_last(self) -> tuple[str, str]:
        """A given and a family name: NAMES_HELDOUT23, invented ('Talvera Correddu') or a Puritan virtue name."""
        rng = self.rng
        r = rng.random()
        firsts, lasts = NAMES_HELDOUT23[rng.choice(sorted(NAMES_HELDOUT23))]
        if r < 0.1:
            given = rng.choice(INVENTED_GIVEN_ROOTS_HELDOUT23) + rng.choice(INVENTED_GIVEN_ENDS_HELDOUT23)
            return given, rng.choice(INVENTED_SURNAME_ROOTS_HELDOUT23) + rng.choice(
                INVENTED_SURNAME_ENDS_HELDOUT23
            )
        if r < 0.18:
            return rng.choice(RARE_GIVEN_HELDOUT23), rng.choice(lasts)
        return rng.choice(firsts), rng.choice(lasts)

    def person(self) -> str:
        rng = self.rng
        first, last = self.first_last()
        r = rng.random()
        if r < 0.5:
            name = f"{first} {last}"
        elif r < 0.66:
            name = first
        elif r < 0.74:
            name = last
        elif r < 0.82:  # family name first, as Okinawan and Bhutanese registers and many forms print it
            name = f"{last} {first}"
        elif r < 0.9:  # an Indo-Fijian style 's/o' (son of) or 'd/o' (daughter of) with the father's name
            name = (
                f"{first} {rng.choice(['s/o', 'd/o'])} {rng.choice(NAMES_HELDOUT23['fiji_hindi'][0])} {last}"
            )
        else:  # a middle initial with a full stop
            name = f"{first} {rng.choice('ABCDEGHJKLMNPRST')}. {last}"
        c = rng.random()
        if c < 0.06:
            return name.lower()
        if c < 0.08:
            return name.upper()
        return name

    def address(self) -> str:
        rng, n = self.rng, self.rng.randint(1, 240)
        pick = rng.choice
        shapes = [
            f"{pick(['Pita', 'Kaloum', 'Dixinn'])} quartier {pick(['Hamdallaye', 'Bantignel', 'Bourouwal'])}, carré {rng.randint(1, 40)}, lot {n}, Pita",
            f"{n} Kairaba Avenue, Serrekunda, The Gambia",
            f"{rng.randint(1, 30)}-{rng.randint(1, 20)} {pick(['Aza Shuri', 'Aza Kyozuka', 'Aza Gushikawa'])}, {pick(['Naha-shi', 'Urasoe-shi', 'Uruma-shi'])}, Okinawa 90{rng.randint(0, 4)}-{rng.randint(1000, 2999)}",
            f"Okinawa-ken, Kunigami-gun, Nakijin-son, Aza {pick(['Imadomari', 'Yonamine'])} {n}",
            f"368{rng.randint(750, 799)}, s. Akhty, ul. {pick(['Gadzhieva', 'Shkolnaya', 'Samurskaya'])}, d. {rng.randint(1, 60)}",
            f"Derbent, ul. {pick(['Lenina', 'Tagi-Zade'])} {rng.randint(1, 90)}/{rng.randint(1, 9)}",
            f"House No. {n}, {pick(['Changangkha', 'Motithang', 'Babesa'])}, Thimphu",
            f"Flat {rng.randint(1, 12)}, {pick(['Norzin Lam', 'Chang Lam'])}, Thimphu 11001",
            f"P.O. Box {rng.randint(10, 400)}, {pick(['Bethel', 'Akiachak', 'Kwethluk'])}, AK 99{rng.randint(550, 679)}",
            f"{n} {pick(['Tundra Ridge Rd', 'Chief Eddie Hoffman Hwy'])}, Bethel, AK 99559",
            f"{rng.randint(1, 200)} {pick(['Tolstoi', 'Ladygin'])} St, St. Paul Island, AK 99660",
            f"Barrio {pick(['El Boxo', 'San Ildefonso'])}, Manzana {rng.randint(1, 8)}, s/n, Ixmiquilpan, Hgo., C.P. 42{rng.randint(300, 399)}",
            f"Calle {pick(['Tariácuri', 'Ponce de León', 'Pátzcuaro'])} #{n}, Col. {pick(['Centro', 'Ojo de Agua'])}, Cherán, Mich.",
            f"Domicilio conocido, {pick(['Norogachi', 'Guachochi', 'Sisoguichi'])}, Chih.",
            f"Lot {n}, {pick(['Waidamudamu', 'Nasinu', 'Vatuwaqa'])} Road, Suva",
            f"{n} {pick(['Bowling Green Lane', 'Towpath Row', 'Quay Street'])}, Stoke-on-Trent ST{rng.randint(1, 9)} {rng.randint(1, 9)}{pick(['AX', 'LB', 'QJ'])}",
            f"Narrowboat 'Kingfisher', mooring {rng.randint(1, 80)}, {pick(['Bridge 46', 'Lock 9'])}, Trent & Mersey Canal",
            f"{n} {pick(['Harbour View', 'Slipway Close'])}, Oban PA3{rng.randint(4, 5)} {rng.randint(1, 9)}{pick(['LB', 'TH'])}",
        ]  # fmt: skip
        return pick(shapes)

    def email(self) -> str:
        rng = self.rng
        first, last = (_ascii_name(x).replace(" ", "") for x in self.first_last())
        user = rng.choice([f"{first}.{rng.choice(HOBBIES_HELDOUT23)}", f"{last}{first[:1]}.lane{rng.randint(1, 24)}",
                           f"{first}_{last}", f"{last}.{first}.dives", f"{first[:1]}.{last}.bridge",
                           f"{first}{rng.randint(10, 99)}{last[:3]}", f"hire.{last}", f"{first}-{last}-quilts"])  # fmt: skip
        domain = rng.choice(["sotelgui.net.gn", "qcell.gm", "nirai.ne.jp", "ryukyu.ne.jp", "dagnet.ru",
                             "druknet.bt", "gci.net", "aptalaska.net", "prodigy.net.mx", "telecable.mx",
                             "connect.com.fj", "btinternet.com", "mail.com", "gmx.co.uk", "icloud.com"])  # fmt: skip
        return f"{user.lower()}@{domain}"

    def phone(self) -> str:
        d, rng = self.d, self.rng
        shapes = [
            f"+224 62{d(1)} {d(2)} {d(2)} {d(2)}",  # Guinea mobile
            f"+220 7{d(2)} {d(4)}",  # the Gambia mobile
            f"098-{d(3)}-{d(4)}",  # Naha, domestic
            f"+81 980-{d(2)}-{d(4)}",  # Nakijin, northern Okinawa
            f"090-{d(4)}-{d(4)}",  # Japanese mobile
            f"8 (87263) {d(1)}-{d(2)}-{d(2)}",  # Akhty, the domestic 8
            f"+7 928 {d(3)}-{d(2)}-{d(2)}",  # Dagestan mobile
            f"+975 2 {d(6)}",  # Thimphu
            f"+975 17 {d(2)} {d(2)} {d(2)}",  # Bhutan mobile
            f"(907) 543-{d(4)}",  # Bethel, AK
            f"907.546.{d(4)}",  # St. Paul Island, dotted
            f"+52 759 {d(3)} {d(4)}",  # Ixmiquilpan
            f"(423) 594 {d(4)}",  # Cherán, domestic
            f"+52 1 649 {d(3)} {d(4)}",  # Guachochi, the old mobile 1
            f"+679 9{d(2)} {d(4)}",  # Fiji mobile
            f"01782 {d(6)}",  # Stoke-on-Trent
            f"+44 7{d(3)} {d(6)}",  # UK mobile, international
            f"(01631) {d(6)}",  # Oban
        ]
        return rng.choice(shapes)

    def card(self) -> str:
        rng = self.rng
        prefix, length = rng.choice([("4", 16), ("2221", 16), ("5500", 16), ("3782", 15), ("3095", 14),
                                     ("3530", 16), ("6011", 16), ("4", 16), ("4", 19), ("5500", 16)])  # fmt: skip
        num = _luhn_number(rng, prefix, length)
        r = rng.random()
        if length in (14, 15):
            return f"{num[:4]}-{num[4:10]}-{num[10:]}" if r < 0.6 else num
        groups = [num[i : i + 4] for i in range(0, length, 4)]
        if r < 0.4:
            return " ".join(groups)
        if r < 0.55:  # narrow no-break spaces (U+202F), as a French-locale receipt prints them
            return "\u202f".join(groups)
        if r < 0.7:  # slashes, as someone typing from a card image on a phone did
            return "/".join(groups)
        return num

    def iban(self) -> str:
        rng = self.rng
        country = rng.choice(sorted(IBAN_SHAPES_HELDOUT23))
        iban = _iban(rng, country, IBAN_SHAPES_HELDOUT23[country])
        groups = [iban[i : i + 4] for i in range(0, len(iban), 4)]
        return " ".join(groups) if rng.random() < 0.6 else iban

    def ip_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, address): car rental, bowling, kayaking, narrowboats, scuba, bridge, quilting, dog
        shows, ice hockey and lawn bowls chat; Rundeck, Rocket.Chat, cloudflared, PM2, Kibana, Icinga2, Umami,
        SFTPGo and Travis pastes, v4 and v6; `chat` as in `_pick_chat_or_not`."""
        rng, f = self.rng, self.f()
        v4 = rng.choice([f.ipv4_public(), f.ipv4_public(), f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                         f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])  # fmt: skip
        h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
        v6 = rng.choice([f"2001:bc8:{h()}:{h()}::{h()}", f"2a09:{h()}:{h()}::{h()}", f"2a11:{h()}:{h()}:{h()}::{h()}",
                         f"2404:{h()}:{h()}::{h()}:{h()}", f"2c0e:{h()}:{h()}::{h()}", f"2801:{h()}:{h()}::{h()}"])  # fmt: skip
        options = [
            ("the rental car's dashcam uploads from {}, can they track me with that?", v4),
            ("bowling alley scoreboard froze again, the tech said it's on {}", v4),
            ("our sea kayak trip tracker pings {} every 10 min", rng.choice([v4, v6])),
            ("the narrowboat's 4g router is {}, log in if the tv stops", v4),
            ("the dive shop's booking page blocked me, it says my ip is {}", rng.choice([v4, v6])),
            ("bridge club scores go up on {} after each session", v4),
            ("my sewing machine wifi shows {}, the quilt patterns load from there", v4),
            ("the dog show live results are on http://{}:8080/ring3", v4),
            ("ice rink camera for our hockey games streams from {}", rng.choice([v4, v6])),
            ("the bowls club tv at the green is {}, put the test match on", v4),
            ("framework.server.url = http://{}:4440", v4),
            ("curl -H 'X-Auth-Token: …' http://{}:3000/api/v1/me", v4),
            ("  - hostname: dive.example\n    service: http://{}:8080", v4),
            ("      HOST: '{}',", v4),
            ("elasticsearch.hosts: [\"https://{}:9200\"]", v4),
            ("object Endpoint \"icinga2\" { host = \"{}\" }", v4),
            ("DATABASE_URL=postgresql://umami@{}:5432/umami", v4),
            ("\"ip_filters\": [\"{}\"]", rng.choice([v4, v6])),
            ("ssh deploy@{} 'pm2 reload ecosystem.config.js'", v4),
            ("listen: [{}]:2022", v6),
            ("sftpgo: login from [{}] denied", v6),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def password(self) -> str:
        rng, w = self.rng, self.f().word
        return rng.choice(
            [
                f"{rng.choice(['Spring', 'Summer', 'Autumn', 'Winter'])}{rng.randint(2015, 2025)}{rng.choice(['!', '#', '$'])}",
                f"{rng.choice(['Biscuit', 'Pepper', 'Bramble', 'Skipper', 'Nutmeg'])}{rng.randint(1940, 2012)}",
                f"{w()}_{w()}{rng.randint(1, 9)}{rng.choice(['!', '%', '*'])}",
                self.token(rng.randint(12, 20), string.ascii_letters + string.digits + "!%*-"),
                f"{rng.choice(['Strike', 'Kayak', 'Gongoozler', 'Reef', 'Slam', 'Applique'])}-{rng.randint(100, 999)}-{w()}",
                f"{w()[:3].upper()}{rng.randint(1000, 9999)}{w()}",
            ]
        )  # fmt: skip

    def secret(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, secret); `chat` as in `ip_sample`."""
        tok, pw, rng, d = self.token, self.password(), self.rng, self.d
        alnum = string.ascii_letters + string.digits
        hexl = "0123456789abcdef"
        b64 = alnum + "+/"
        salt = tok(22, alnum + "./")
        argon = f"$argon2id$v=19$m=65536,t=3,p=4${tok(22, b64)}${tok(43, b64)}"
        options = [
            # the password described before it is given, or corrected
            ("car hire app login is the dog's name and the year we got him: {}", pw),
            ("not the old one, the bowling league site is {} now", pw),
            ("kayak club portal: same pattern as always, season and year, so {}", pw),
            ("the narrowboat wifi is written on the galley door, {}", pw),
            ("dive computer app wanted a new one, went with {}", pw),
            ("bridge club tablet unlocks with {}, don't tell the captain", pw),
            ("quilt guild members area -> {}", pw),
            ("the kennel club login we share is {}", pw),
            ("hockey team's shared spond login: {}", pw),
            ("the bowls club laptop is {} if you need the fixtures", pw),
            # codes
            ("rental car key box at the airport is {}", d(4)),
            ("the lane 12 locker at the bowling alley is {}", d(3)),
            ("kayak shed padlock {}", d(4)),
            ("the lock gate keyhouse code is {}", d(5) + "X"),
            ("the changing room at the rink is {} then enter", d(4)),
            # cues in languages no earlier set used
            ("het wachtwoord is {}", pw),
            ("ons wachtwoord voor de bowlingclub: {}", pw),
            ("pasword blong mi hemi {}", pw),
            ("hamar password {} hai, bhaiya", pw),
            ("pasuwaado ya {} yaibiin", pw),
            ("mi password a {}, nuh tell nobody", pw),
            ("mi pasword na {}", pw),
            ("da password stay {}, no tell nobody brah", pw),
            # pastes
            ("admin: BCRYPT:{},user,admin", "$2y$10$" + salt + tok(31, alnum + "./")),
            ("\"password\": \"{}\",", argon),
            ("\"TunnelSecret\": \"{}\",", base64.b64encode(bytes(rng.randrange(256) for _ in range(32))).decode()),
            ("keyPassword={}", pw),
            ("        API_KEY: '{}',", tok(40, alnum)),
            ("xpack.encryptedSavedObjects.encryptionKey: \"{}\"", tok(32, alnum)),
            ("elasticsearch.password: \"{}\"", pw),
            ("  password = \"{}\"", pw),
            ("APP_SECRET={}", tok(64, hexl)),
            ("HASH_SALT={}", tok(32, alnum)),
            ("  - secure: \"{}\"", tok(88, b64) + "="),
            ("X-Auth-Token: {}", tok(43, alnum + "-_")),
            ("RUNDECK_TOKEN={}", tok(32, alnum)),
            ("GH_TOKEN={}", "ghu_" + tok(36, alnum)),
            ("DOPPLER_TOKEN={}", "dp.pt." + tok(43, alnum)),
            ("PLANETSCALE_PASSWORD={}", "pscale_pw_" + tok(43, alnum + "_")),
            ("POSTHOG_PERSONAL_API_KEY={}", "phx_" + tok(47, alnum)),
            ("NGROK_AUTHTOKEN={}", tok(27, alnum) + "_" + tok(21, alnum)),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def handle(self) -> str:
        """A username in shapes earlier sets did not use ('x.strikes.y', 'lane7_x', 'x_paddles_oban')."""
        rng = self.rng
        first, last = (_ascii_name(x).replace(" ", "").lower() for x in self.first_last())
        return rng.choice(
            [
                f"{first}.strikes.{last[:4]}",
                f"lane{rng.randint(1, 24)}_{first}",
                f"{first}_paddles_oban",
                f"{last}.on.the.cut",
                f"deep{first}{rng.randint(1, 60)}m",
                f"{first}{last[:1]}_no_trump",
                f"quilts_by_{last}",
                f"{last}_handler{rng.randint(1, 9)}",
            ]
        )  # fmt: skip

    def _dob_shapes(self) -> dict[str, str]:
        """One date of birth in every shape this set uses, keyed by language or format."""
        dt = self.f().date_of_birth(minimum_age=5, maximum_age=95)
        m, day, year = dt.month - 1, dt.day, dt.year
        nl = "januari februari maart april mei juni juli augustus september oktober november december".split()
        en = "January February March April May June July August September October November December".split()
        wd = dt.strftime("%a")
        return {
            "nl": f"{day} {nl[m]} {year}",  # Dutch
            "jm": f"di {day} a {en[m]} {year}",  # Jamaican Patois
            "krio": f"{en[m][:3]} {day}, {year}",  # Krio, in an English shape
            "hi_fj": f"{day} {en[m]} {year} ke",  # Fiji Hindi
            "ja_era": _showa23(dt),  # the Japanese era calendar
            "js": f"{wd} {en[m][:3]} {day:02d} {year} 00:00:00 GMT+0000 (Coordinated Universal Time)",  # JS Date
            "rfc2822": f"{wd}, {day:02d} {en[m][:3]} {year} 00:00:00 +0000",  # an e-mail header date
            "ctime": f"{wd} {en[m][:3]} {day:2d} 00:00:00 {year}",  # C's ctime()
        }

    def dob(self) -> str:
        """A date of birth in one of this set's written shapes."""
        shapes = self._dob_shapes()
        return shapes[self.rng.choice(sorted(shapes))]

    def dob_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, date of birth): a birth cue in the date's own language, a form or a paste;
        `chat` as in `ip_sample`."""
        s, any_shape = self._dob_shapes(), self.dob()
        options = [
            ("the car hire desk needed my birthday for the young driver fee, it's {}", any_shape),
            ("dive medical form asks for date of birth, put {}", any_shape),
            ("the bowling league is over-50s only so they checked, I was born {}", any_shape),
            ("dog show entry wants the handler's birthday too?? {}", any_shape),
            ("ik ben geboren op {}", s["nl"]),
            ("mi bawn pon {}", s["jm"]),
            ("a bɔn na {}", s["krio"]),
            ("hum {} paida bhaya rahin", s["hi_fj"]),
            ("umarijō wa {}", s["ja_era"]),
            ("console.log(user.birthDate) // {}", s["js"]),
            ("X-Member-Born: {}", s["rfc2822"]),
            ("dob: {}", s["ctime"]),
        ]  # fmt: skip
        return _pick_chat_or_not(self.rng, options, chat, key=lambda o: o[0])


HELDOUT23_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "the car hire guy said {} has to sign as second driver",
        "{} bowled a 279 last night, nearly perfect",
        "we need a fourth for the bowling league, ask {}?",
        "{} capsized twice on the kayak trip lol",
        "paddled out to the island with {} this morning",
        "{} has owned the same narrowboat for 30 years",
        "remind me to return the windlass to {}",
        "{} is my dive buddy for the wreck dive",
        "{} partnered me at bridge and we made a grand slam",
        "{} finished the wedding ring quilt, it's stunning",
        "{}'s border collie took best in show!!",
        "can you text {} that the hockey game moved to 9pm",
        "{} scored the winner in overtime",
        "{} is skip for our rink at the bowls club",
        "Additional driver: {}",
        "Lane 6 — {}",
        "Buddy: {}",
        "North: {}",
        "Owner/Handler: {}",
        "Made with love by {}, 2023",
        "#17 {} (C)",
        "Skip: {}",
        "Trip leader: {}",
        "Hirer name: {}",
        '"dog_owner": "{}",',
    ],
    "STREET_ADDRESS": [
        "drop the rental car back at {}",
        "the bowling alley moved to {}",
        "the kayak club meets at {}",
        "we're moored at {} till friday",
        "send the quilt to {}",
        "Pick-up address: {}",
        "Home address: {}",
        '"address": "{}",',
    ],
    "EMAIL_ADDRESS": [
        "email the rental company at {} about the scratch",
        "the league secretary is {}",
        "send the dive photos to {}",
        "the bridge club results go out from {}",
        "Owner email: {}",
        '"email": "{}",',
        "From: {}",
    ],
    "PHONE_NUMBER": [
        "the rental breakdown line is {}",
        "the bowling alley number is {}",
        "ring the lock keeper on {}",
        "the dive boat skipper is on {}",
        "Handler phone: {}",
        "Tel.: {}",
        '"phone": "{}",',
    ],
    "CREDIT_CARD": [
        "the rental deposit was held on {}",
        "I paid the league fees with {}",
        "the dive trip went on {}",
        "Card: {}",
        "card_number={}",
    ],
    "IBAN_CODE": [
        "send the bowling league refund to {}",
        "the kayak club's account is {}",
        "pay the quilt show entry to {}",
        "IBAN/RIB: {}",
        '"iban": "{}",',
    ],
    "USERNAME": [
        "I'm {} on the bowling league app",
        "add me on the kayak forum, I'm {}",
        "I'm {} on BBO, play a hand with me",
        "my dive log name is {}",
        "username={}",
        "Signed in as {}",
        '"login": "{}",',
    ],
}
HELDOUT23_MIXED = [
    ("{} is our second driver, her licence says born {}", ["PERSON", "DATE_OF_BIRTH"]),
    ("hirer: {}, tel {}, deposit card {}", ["PERSON", "PHONE_NUMBER", "CREDIT_CARD"]),
    ("{} wants the league refund sent to {}", ["PERSON", "IBAN_CODE"]),
    ("\"name\": \"{}\",\n\"email\": \"{}\",", ["PERSON", "EMAIL_ADDRESS"]),
    ("host: {}\nlogin: {}\npass: {}", ["IP_ADDRESS", "USERNAME", "SECRET"]),
    ("{} left the boat key box code as {}", ["PERSON", "SECRET"]),
    ("my BBO name is {} and I was born {}", ["USERNAME", "DATE_OF_BIRTH"]),
    ("our dive instructor {} lives at {}", ["PERSON", "STREET_ADDRESS"]),
    ("{} / {}", ["USERNAME", "SECRET"]),
    ("the marina wifi is {} and the password is {}", ["IP_ADDRESS", "SECRET"]),
]  # fmt: skip
HELDOUT23_NEGATIVES = [
    "Pita is in the Fouta Djallon highlands",
    "Nakijin Castle is a world heritage site in Okinawa",
    "Shuri Castle burned down in 2019",
    "Akhty is known for its hot springs",
    "Derbent is one of the oldest cities in Russia",
    "Thimphu has no traffic lights",
    "Bethel sits on the Kuskokwim river",
    "St. Paul Island is in the Pribilofs",
    "Ixmiquilpan is in the Mezquital valley",
    "Cherán is in the Meseta Purépecha",
    "Copper Canyon is deeper than the Grand Canyon",
    "Suva is the capital of Fiji",
    "Stoke-on-Trent is famous for pottery",
    "the Trent and Mersey Canal has 76 locks",
    "a windlass opens the paddles on a lock",
    "a gongoozler is someone who watches boats on a canal",
    "a perfect game in ten-pin is 300",
    "a strike on the last frame gives two bonus balls",
    "Brunswick and AMF make bowling balls",
    "a sea kayak is usually 5 metres long",
    "the Corryvreckan whirlpool is near Oban",
    "PADI Open Water lets you dive to 18 metres",
    "nitrox 32 has 32 percent oxygen",
    "a small slam is 12 tricks, a grand slam is 13",
    "Stayman and Blackwood are bridge conventions",
    "North and South play against East and West",
    "Log Cabin and Flying Geese are quilt blocks",
    "a fat quarter is 18 by 22 inches",
    "Crufts is held in Birmingham every March",
    "Best in Show went to a whippet this year",
    "a hockey game has three 20 minute periods",
    "icing is called when the puck crosses two red lines",
    "in lawn bowls the jack is the small white ball",
    "the skip plays the last two woods",
    "Hertz, Avis and Enterprise are car rental firms",
    "Ford Fiesta or similar, group B",
    "Summer 2024 league starts on the 3rd",
    "Spring and Autumn Annals is a Chinese chronicle",
    "Temperance Street and Mercy Lane are in the old town",
    "Hope and Patience are the two lions outside the library",
    "the Showa era ended in 1989",
    "kayak.com is a travel search site",
    "framework.server.port = 4440",
    "ROCKETCHAT_PORT=3000",
    "\"credentials-file\": \"/root/.cloudflared/<tunnel-id>.json\"",
    "module.exports = { apps: [{ name: 'api', script: 'index.js' }] }",
    "server.port: 5601",
    "object ApiUser \"root\" { permissions = [ \"*\" ] }",
    "DISABLE_TELEMETRY=1",
    "language: python\nscript: pytest",
    "storeFile=release.keystore",
    "\"home_dir\": \"/srv/sftpgo/data\",",
    "API_KEY=your-api-key-here",
    "password: <redacted>",
    "GH_TOKEN=${{ secrets.GH_TOKEN }}",
    "card 5555 5555 5555 4444 is a test card",
    "IBAN GB82 WEST 1234 5698 7654 32 is the example in the docs",
    "mail me at user@example.com was the placeholder",
    "203.0.113.7 is a documentation address",
    "2001:db8:85a3::8a2e:370:7334 is a documentation address",
    "call 999 or 112 in an emergency",
    "password: ••••••••",
    "lane 12 is free at 7",
    "the car's due back by noon",
    "see you at the club",
    "thanks for the game last night",
    "can you remind me to book the lanes",
    "my quilt is finally done",
    "the boat's out of the water for blacking",
    "dive briefing at 8:30 sharp",
]  # fmt: skip


def _typo23(rng: random.Random, template: str) -> str:
    """Slips outside the {} slots, other than earlier sets': a doubled short word ('the the') or an emoticon
    typed after a chat line (' :)', ' xD', ' ^^')."""
    words = [w for w in DOUBLES_HELDOUT23 if re.search(rf"\b{w}\b", template)]
    if words and rng.random() < 0.7:
        w = rng.choice(words)
        return re.sub(rf"\b{w}\b", f"{w} {w}", template, count=1)
    if _chat_like(template):
        return template + rng.choice(LAUGHS_HELDOUT23)
    return template


def build_heldout23(seed: int = HELDOUT23_SEED) -> list[Example]:
    """Held-out set 23: `Gen23` values in `HELDOUT23_TEMPLATES`, mixed sentences and look-alike negatives."""
    gen = Gen23(seed)
    rng = gen.rng
    makers = {
        "PERSON": gen.person, "STREET_ADDRESS": gen.address, "EMAIL_ADDRESS": gen.email, "PHONE_NUMBER": gen.phone,
        "CREDIT_CARD": gen.card, "IBAN_CODE": gen.iban, "IP_ADDRESS": lambda: gen.ip_sample()[1],
        "USERNAME": gen.handle, "DATE_OF_BIRTH": gen.dob, "SECRET": gen.password,
    }  # fmt: skip
    counts = {"PERSON": 78, "SECRET": 84, "USERNAME": 24, "IP_ADDRESS": 18}
    styles: list[tuple[str, list[tuple[str, str]]]] = []  # (template, [(type, value)])
    for etype in TYPES:
        for _ in range(counts.get(etype, 14)):
            chat = rng.random() < 0.7  # Kaizen is a chat bot: most sentences are typed to it or a friend
            if etype in (
                "SECRET",
                "IP_ADDRESS",
                "DATE_OF_BIRTH",
            ):  # the template depends on the value's shape
                sample = {"SECRET": gen.secret, "IP_ADDRESS": gen.ip_sample, "DATE_OF_BIRTH": gen.dob_sample}
                template, value = sample[etype](chat)
                styles.append((template, [(etype, value)]))
            else:
                template = _pick_chat_or_not(rng, HELDOUT23_TEMPLATES[etype], chat)
                styles.append((template, [(etype, makers[etype]()) for _ in range(template.count("{}"))]))
    for _ in range(24):
        template, types = rng.choice(HELDOUT23_MIXED)
        styles.append((template, [(t, makers[t]()) for t in types]))
    styles += [(t, []) for t in HELDOUT23_NEGATIVES]
    examples = []
    for template, values in styles:
        style = "plain"
        if rng.random() < 0.15:
            template, style = _typo23(rng, template), "typo"
        parts = template.split("{}")
        text, spans = parts[0], []
        for (etype, value), rest in zip(values, parts[1:], strict=True):
            spans.append((len(text), len(text) + len(value), etype))
            text += value + rest
        r = rng.random()  # lower case or ALL CAPS, as people and some exports write
        for new, name, p in ((text.lower(), "lower", 0.09), (text.upper(), "upper", 0.12)):
            if r < p and len(new) == len(text):
                text, style = new, name
                break
        examples.append(Example(text, spans, style))
    rng.shuffle(examples)
    return examples


HELDOUT24_SEED = 248861
# no faker name locale, as in held-out 16 to 23: every faker name locale outside the lexicon has been used by
# an earlier set, so all names below come from hand-written lists of origins no earlier set drew from (empty
# on purpose; the lexicon test still checks it)
NAME_LOCALES_HELDOUT24: list[str] = []
NAMES_HELDOUT24: dict[str, tuple[list[str], list[str]]] = {
    # Nyoro (Bunyoro, Uganda): an empaako praise name may sit between the given and the family name
    "nyoro": ("Kemigisa Kyomuhendo Kugonza Tumusiime Isingoma Mugenyi Nyakake Byenkya".split(),
              "Byaruhanga Kaahwa Mugisa Baguma Rwabwogo Nyakoojo Atugonza Kiiza".split()),
    "soga": ("Nabirye Naigaga Waiswa Isabirye Kirabira Namukose Babirye Kakaire".split(),
             "Mwondha Kagoda Baliraine Tibenkana Wakabi Kaduyu Mugoya Wambuzi".split()),
    # Kimbundu (Angola)
    "kimbundu": ("Nzinga Kiluanji Ngueve Kianda Kalunga Kitumba Muxima Ngana".split(),
                 "Ngola Kasanje Matamba Kanini Mbande Kiala Dembo Cabuata".split()),
    # Meru (Kenya): family names with the M' prefix ("M'Ikiara")
    "meru": ("Kirimi Mutuma Kinoti Gitonga Karimi Kendi Nkatha Makena".split(),
             "M'Ikiara M'Arimi Kaberia Mwiti Murithi Kiogora Gikunda Mutwiri".split()),
    "taita": ("Wakesho Mkawasi Mwangemi Wughanga Wandoi Mwaluma".split(),
              "Mwakio Mwandawiro Mghanga Mwakisha Mwachofi Mwanyumba Mdawida Kilalo".split()),
    "kuria": ("Mwita Chacha Marwa Robi Boke Gati Nyamohanga Wambura".split(),
              "Magige Nyangi Gesabo Mwikwabe Sagire Marwa Chacha Mwita".split()),
    # Iraqw (Tanzania): the 'hh', 'tl' and 'q' spellings
    "iraqw": ("Tluway Hhando Margwe Akonaay Qamara Gwaay Dodi Safari".split(),
              "Slaa Sulle Hhayuma Qambalali Bura Tluway Akonaay Gwandu".split()),
    "gogo": ("Mazengo Nyemo Chiwanga Malogo Mnyampala Chidawali".split(),
             "Lusinde Chilongani Mnyampala Chibago Mpinga Mazengo".split()),
    # Ewondo (Yaoundé, Cameroon)
    "ewondo": ("Ateba Abena Ngono Mvondo Ndzie Ayissi Owona Essindi".split(),
               "Atangana Mbarga Essomba Onana Ndzana Etoundi Mballa Nkodo".split()),
}  # fmt: skip
# Nyoro and Tooro empaako praise names, used with or instead of the given name
EMPAAKO_HELDOUT24 = [
    "Amooti",
    "Akiiki",
    "Abwooli",
    "Atwooki",
    "Araali",
    "Apuuli",
    "Adyeri",
    "Abooki",
    "Acaali",
]
# invented given names of a made-up root and ending, and surnames of a made-up root and a Basque-looking ending
# (-aga/-egi/-eta/-ola/-zabal): ways no earlier set used ('Quenrith Albizabal')
INVENTED_GIVEN_ROOTS_HELDOUT24 = ["Quen", "Ulv", "Drosk", "Merr", "Tavi", "Sorn", "Ebb", "Lusk"]
INVENTED_GIVEN_ENDS_HELDOUT24 = ["rith", "elle", "amon", "ira", "owen", "ette"]
INVENTED_SURNAME_ROOTS_HELDOUT24 = ["Albi", "Garmen", "Ust", "Lekor", "Irib", "Zorr", "Aram", "Beld"]
INVENTED_SURNAME_ENDS_HELDOUT24 = ["zabal", "aga", "egi", "eta", "ola"]
# surnames used as given names, which read like family names or words ('Winslow', 'Marlowe')
RARE_GIVEN_HELDOUT24 = ["Winslow", "Marlowe", "Bellamy", "Ellery", "Sutton", "Lennox", "Harlow", "Everard",
                        "Thurston", "Linford", "Ransom", "Kimball"]  # fmt: skip
IBAN_SHAPES_HELDOUT24 = {
    "ME": "18n", "RS": "18n", "MK": "3n10c2n", "AL": "8n16c", "MD": "20c", "UA": "6n19c", "KZ": "3n13c",
    "BH": "4a14c", "KW": "4a22c", "PK": "4a16c", "SV": "4a20n", "GT": "4c20c", "IQ": "4a15n", "BY": "4c4n16c",
}  # fmt: skip
# everyday subjects of this set: care homes, snooker leagues, tennis clubs, metal detecting, horse riding,
# parkrun, village cricket, netball, fencing, christenings, retirement parties and pet-sitting
HOBBIES_HELDOUT24 = ["snooker", "tennis", "detecting", "riding", "parkrun", "cricket", "netball", "fencing",
                     "petsits"]  # fmt: skip
# slips outside the slots: a word typed twice with a correction ('teh*') or a voice note's filler
STARRED_HELDOUT24 = [("the", "teh"), ("and", "adn"), ("with", "wiht"), ("from", "form"), ("what", "waht")]
FILLERS_HELDOUT24 = ["umm ", "so yeah ", "right so "]


def _greek_months24() -> list[str]:
    """Greek month names in the genitive, transliterated, as 'gennithika stis 14 Martiou 1987' writes them."""
    return ("Ianouariou Fevrouariou Martiou Apriliou Maiou Iouniou Iouliou Avgoustou Septemvriou Oktovriou "
            "Noemvriou Dekemvriou").split()  # fmt: skip


class Gen24(Gen3):
    """Generators for held-out set 24: origins, name forms, formats and contexts none of the other sets use."""

    def first_last(self) -> tuple[str, str]:
        """A given and a family name: NAMES_HELDOUT24, invented ('Quenrith Albizabal') or a surname-like given
        name ('Winslow')."""
        rng = self.rng
        r = rng.random()
        firsts, lasts = NAMES_HELDOUT24[rng.choice(sorted(NAMES_HELDOUT24))]
        if r < 0.1:
            given = rng.choice(INVENTED_GIVEN_ROOTS_HELDOUT24) + rng.choice(INVENTED_GIVEN_ENDS_HELDOUT24)
            return given, rng.choice(INVENTED_SURNAME_ROOTS_HELDOUT24) + rng.choice(
                INVENTED_SURNAME_ENDS_HELDOUT24
            )
        if r < 0.18:
            return rng.choice(RARE_GIVEN_HELDOUT24), rng.choice(lasts)
        return rng.choice(firsts), rng.choice(lasts)

    def person(self) -> str:
        rng = self.rng
        first, last = self.first_last()
        r = rng.random()
        if r < 0.48:
            name = f"{first} {last}"
        elif r < 0.62:
            name = first
        elif r < 0.7:
            name = last
        elif r < 0.8:  # a Nyoro empaako praise name between the given and the family name
            name = f"{first} {rng.choice(EMPAAKO_HELDOUT24)} {last}"
        elif r < 0.86:  # the empaako alone with the family name, as friends in Hoima would say it
            name = f"{rng.choice(EMPAAKO_HELDOUT24)} {last}"
        elif r < 0.93:  # the family name in capitals after the given name, as a race result or a scoresheet
            name = f"{first} {last.upper()}"
        else:  # the given name's initial and the family name, as a cricket scorecard prints it
            name = f"{first[0]}. {last}" if rng.random() < 0.5 else f"{first[0]} {last}"
        c = rng.random()
        if c < 0.06:
            return name.lower()
        if c < 0.08:
            return name.upper()
        return name

    def address(self) -> str:
        rng, n = self.rng, self.rng.randint(1, 240)
        pick = rng.choice
        shapes = [
            f"Plot {n}, {pick(['Kijungu Road', 'Main Street', 'Old Toro Road'])}, Hoima",
            f"Plot {n}, {pick(['Kiira Road', 'Nile Crescent', 'Bell Avenue'])}, Jinja",
            f"{pick(['Nakalanga', 'Bulamagi', 'Nabitende'])} village, {pick(['Iganga', 'Kamuli'])} district",
            f"Rua {pick(['Amílcar Cabral', 'Rainha Ginga', 'Major Kanhangulo'])} n.º {n}, Bairro {pick(['Maculusso', 'Ingombota', 'Alvalade'])}, Luanda",
            f"Bairro {pick(['Maxinde', 'Carreira de Tiro'])}, casa n.º {n}, Malanje",
            f"P.O. Box {rng.randint(100, 9999)}-60200, Meru",
            f"{pick(['Kinoru', 'Makutano', 'Gitimbine'])} estate, house {n}, Meru town",
            f"{pick(['Mwatate Road', 'Caltex Road', 'Bura Road'])}, plot {n}, Voi",
            f"Mtaa wa {pick(['Nyamisangura', 'Bomani', 'Nkende'])}, nyumba na. {n}, Tarime",
            f"Kitongoji cha {pick(['Harsha', 'Tsawa', 'Gehandu'])}, Mbulu",
            f"Area {pick(['C', 'D', 'E'])}, Plot {n}, Block {rng.randint(1, 30)}, Dodoma",
            f"Rue {rng.randint(1, 2)}.{rng.randint(100, 999)}, quartier {pick(['Bastos', 'Mvog-Ada', 'Essos', 'Nlongkak'])}, Yaoundé",
            f"Room {rng.randint(1, 40)}, {pick(['Elm Lodge', 'Hawthorn House', 'The Laurels'])} Care Home, {n} {pick(['Station Road', 'Church Lane'])}, Kettering NN{rng.randint(14, 16)} {rng.randint(1, 9)}{pick(['QH', 'DW', 'TB'])}",
            f"The Pavilion, {pick(['Upper Green', 'Recreation Ground'])}, Much Hadham SG10 {rng.randint(6, 7)}{pick(['AB', 'DE'])}",
            f"{pick(['Stable Cottage', 'Tack Room Flat', 'Yard House'])}, {pick(['Coldharbour', 'Broadwell'])} Farm, Stow-on-the-Wold GL54 {rng.randint(1, 9)}{pick(['JP', 'HX'])}",
            f"{n} {pick(['Baize Street', 'Cueball Row', 'Pottery Lane'])}, Sheffield S{rng.randint(1, 20)} {rng.randint(1, 9)}{pick(['NE', 'GW'])}",
        ]  # fmt: skip
        return pick(shapes)

    def email(self) -> str:
        rng = self.rng
        first, last = (_ascii_name(x).replace(" ", "").replace("'", "") for x in self.first_last())
        user = rng.choice([f"{first}.{rng.choice(HOBBIES_HELDOUT24)}", f"{last}.{first[:2]}{rng.randint(1, 99)}",
                           f"{first}{last}", f"captain.{last}", f"{first[:1]}{last}.parkrun",
                           f"{last}-{first}", f"{first}.{last}.carehome", f"{last}_{rng.randint(1950, 2010)}"])  # fmt: skip
        domain = rng.choice(["utlonline.co.ug", "mtn.co.ug", "angolatelecom.ao", "unitel.co.ao", "safaricom.co.ke",
                             "yahoo.co.ke", "ttcl.co.tz", "camtel.cm", "orange.cm", "btopenworld.com",
                             "sky.com", "talktalk.net", "outlook.com", "proton.me", "fastmail.com"])  # fmt: skip
        return f"{user.lower()}@{domain}"

    def phone(self) -> str:
        d, rng = self.d, self.rng
        shapes = [
            f"+256 465 {d(6)}",  # Hoima
            f"0465 {d(3)} {d(3)}",  # Hoima, domestic
            f"+256 434 {d(3)}{d(3)}",  # Jinja
            f"0772 {d(6)}",  # Uganda MTN mobile, domestic
            f"+256 (0) 701 {d(3)} {d(3)}",  # Uganda Airtel, with the '(0)'
            f"+244 222 {d(3)} {d(3)}",  # Luanda
            f"923 {d(3)} {d(3)}",  # Angola Unitel, domestic
            f"+254 64 {d(2)} {d(5)}",  # Meru
            f"0712 {d(6)}",  # Kenya mobile, domestic
            f"+254-43-{d(7)}",  # Voi, dashed
            f"+255 28 {d(3)} {d(4)}",  # Tarime
            f"0754 {d(3)} {d(3)}",  # Tanzania mobile, domestic
            f"(+255) 26 2{d(6)}",  # Dodoma, the country code in brackets
            f"+237 222 {d(2)} {d(2)} {d(2)}",  # Yaoundé
            f"6 {d(2)} {d(2)} {d(2)} {d(2)}",  # Cameroon mobile, in pairs
            f"01536 {d(6)}",  # Kettering
            f"07{d(3)}-{d(6)}",  # UK mobile with a dash
            f"0114 {d(3)} {d(4)}",  # Sheffield
        ]
        return rng.choice(shapes)

    def card(self) -> str:
        rng = self.rng
        prefix, length = rng.choice([("4", 16), ("2500", 16), ("5412", 16), ("3400", 15), ("3600", 14),
                                     ("3541", 16), ("6445", 16), ("4", 16), ("4", 19), ("5412", 16)])  # fmt: skip
        num = _luhn_number(rng, prefix, length)
        r = rng.random()
        if length in (14, 15):
            return f"{num[:4]} {num[4:10]} {num[10:]}" if r < 0.6 else num
        groups = [num[i : i + 4] for i in range(0, length, 4)]
        if r < 0.4:
            return " ".join(groups)
        if r < 0.55:  # spaced hyphens, as a receipt template lays them out
            return " - ".join(groups)
        if r < 0.7:  # no-break spaces (U+00A0), as a copied web page keeps them
            return "\u00a0".join(groups)
        return num

    def iban(self) -> str:
        rng = self.rng
        country = rng.choice(sorted(IBAN_SHAPES_HELDOUT24))
        iban = _iban(rng, country, IBAN_SHAPES_HELDOUT24[country])
        groups = [iban[i : i + 4] for i in range(0, len(iban), 4)]
        return " ".join(groups) if rng.random() < 0.6 else iban

    def ip_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, address): care homes, snooker, tennis, metal detecting, riding, parkrun, cricket,
        netball, fencing, christenings, retirement parties and pet-sitting chat; Strapi, Metabase, Listmonk,
        Appwrite, Dokku, Filebeat, Wiki.js, BookStack, Uptime Kuma and Superset pastes, v4 and v6; `chat` as in
        `_pick_chat_or_not`."""
        rng, f = self.rng, self.f()
        v4 = rng.choice([f.ipv4_public(), f.ipv4_public(), f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                         f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])  # fmt: skip
        h = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
        v6 = rng.choice([f"2a12:{h()}:{h()}::{h()}", f"2a13:{h()}:{h()}:{h()}::{h()}", f"2a14:{h()}::{h()}:{h()}",
                         f"2c0f:f{h()[:3]}:{h()}::{h()}", f"2001:67c:{h()}::{h()}", f"2620:{h()}:{h()}::{h()}"])  # fmt: skip
        options = [
            ("mum's care home wifi keeps dropping, the manager says the router is {}", v4),
            ("the snooker hall's scoreboard app connects to {}, ask them to reboot it", v4),
            ("tennis club court booking kiosk is stuck on {}", v4),
            ("my detector app synced the finds map from {}, weird", rng.choice([v4, v6])),
            ("the stable's foaling camera is on {}, have a look tonight", v4),
            ("parkrun timer app couldn't upload, it tried {}", rng.choice([v4, v6])),
            ("the cricket club's scoreboard pi is {}, reboot it before the match", v4),
            ("netball league results page says my ip {} is blocked", rng.choice([v4, v6])),
            ("the fencing scoring box shows {} on the display", v4),
            ("the christening livestream is on http://{}:8080, send it to nan", v4),
            ("the retirement slideshow laptop is {} if you want to add photos", v4),
            ("the pet cam at the flat is {}, check on the cat for me?", rng.choice([v4, v6])),
            ("DATABASE_HOST={}", v4),
            ("MB_DB_HOST={}", v4),
            ("[db]\nhost = \"{}\"", v4),
            ("_APP_REDIS_HOST={}", v4),
            ("dokku domains:add bookings {}.nip.io", v4),
            ("output.elasticsearch:\n  hosts: [\"https://{}:9200\"]", v4),
            ("db:\n  type: postgres\n  host: {}", v4),
            ("DB_HOST={}", rng.choice([v4, v6])),
            ("[Uptime Kuma] [DOWN] Care home router ({})", v4),
            ("SQLALCHEMY_DATABASE_URI = 'postgresql://superset@{}/superset'", v4),
            ("Failed login for admin from {}", v6),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def password(self) -> str:
        rng, w = self.rng, self.f().word
        return rng.choice(
            [
                f"{rng.choice(['Bramble', 'Conker', 'Juniper', 'Pickle', 'Sorrel'])}{rng.choice(['!', '&', '+'])}{rng.randint(10, 99)}{w()}",
                f"{rng.choice(['Ñandú', 'Bärli', 'Cœur', 'Øresund', 'Mañana'])}{rng.randint(100, 9999)}",
                f"{w()}{rng.randint(1, 9)}{w().capitalize()}{rng.choice(['?', '@', '='])}",
                self.token(rng.randint(10, 18), string.ascii_letters + string.digits + "@=+?"),
                f"{rng.choice(['Maximum147', 'DeuceAce', 'GoldRing', 'ParkRun5k', 'Silly-Mid-Off', 'EnGarde'])}{rng.choice(['#', '~', '^'])}{rng.randint(1, 99)}",
                f"{rng.randint(10, 99)}{w()}{w()}{rng.randint(10, 99)}",
            ]
        )  # fmt: skip

    def secret(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, secret); `chat` as in `ip_sample`."""
        tok, pw, rng, d = self.token, self.password(), self.rng, self.d
        alnum = string.ascii_letters + string.digits
        hexl = "0123456789abcdef"
        b64 = alnum + "+/"
        b64url = alnum + "-_"
        fernet_key = base64.urlsafe_b64encode(bytes(rng.randrange(256) for _ in range(32))).decode()
        scrypt = f"scrypt:32768:8:1${tok(16, alnum)}${tok(128, hexl)}"
        options = [
            # passwords set off by punctuation or formatting rather than a cue word
            ("care home visitor portal, it's case sensitive: {}", pw),
            ("snooker league site → {}", pw),
            ("tennis club app (pw `{}`)", pw),
            ("detecting club members page, password in brackets ({})", pw),
            ("livery yard wifi is literally just {} lol", pw),
            ("for the parkrun volunteer rota login use {}. it's mine so don't change it", pw),
            ("cricket club tablet: {} <- capital first letter", pw),
            ("netball league portal. user is my email, pass {}", pw),
            ("the fencing club's shared british fencing login is {}", pw),
            ("the retirement collection page password is {} — don't let the boss see it", pw),
            ("pet-sitting app login, in case I'm asleep: {}", pw),
            # codes
            ("care home front door code is {} then the green button", d(4)),
            ("snooker hall locker {}", d(3)),
            ("the tack room padlock is {}", d(4)),
            ("cricket pavilion key safe {}", d(4)),
            ("church vestry safe for the christening candles: {}", d(6)),
            ("the cat flat alarm is {}, it beeps for 30 seconds", d(4)),
            # cues in languages no earlier set used
            ("password ni {} msee, usiipe mtu", pw),
            ("di password na {} o, no give anybody", pw),
            ("abeg the wifi password na {}", pw),
            ("the password na {}, no tell nobody for here", pw),
            ("the wifi password is {} lah, don't share ah", pw),
            ("a palavra-passe do wi-fi é {}", pw),
            ("ekigambo ky'ekyama kiri {}", pw),
            # pastes
            ("ADMIN_JWT_SECRET={}", base64.b64encode(bytes(rng.randrange(256) for _ in range(16))).decode()),
            ("TRANSFER_TOKEN_SALT={}", tok(22, b64) + "=="),
            ("MB_ENCRYPTION_SECRET_KEY={}", tok(32, alnum)),
            ("MB_DB_PASS={}", pw),
            ("admin_password = \"{}\"", pw),
            ("_APP_OPENSSL_KEY_V1={}", tok(32, hexl)),
            ("_APP_EXECUTOR_SECRET={}", tok(40, alnum)),
            ("dokku config:set --no-restart bookings SESSION_SECRET={}", tok(48, hexl)),
            ("LOGSTASH_KEYSTORE_PASS={}", pw),
            ("  user: wikijs\n  pass: {}", pw),
            ("DB_PASSWORD={}", pw),
            ("FERNET_KEY = '{}'", fernet_key),
            ("GUEST_TOKEN_JWT_SECRET = \"{}\"", tok(40, b64url)),
            ("password_hash: {}", scrypt),
            ("\"apiKey\": \"{}\",", f"uk{rng.randint(1, 9)}_{tok(32, alnum + '-_')}"),
            ("BROWSERBASE_API_KEY={}", "bb_live_" + tok(27, alnum + "-_")),
            ("TRIGGER_SECRET_KEY={}", "tr_prod_" + tok(20, alnum)),
            ("SHOPIFY_SHARED_SECRET={}", "shpss_" + tok(32, hexl)),
            ("SLACK_REFRESH_TOKEN={}", f"xoxe-1-{tok(146, alnum)}"),
            ("ORY_API_KEY={}", "ory_pat_" + tok(32, alnum)),
        ]  # fmt: skip
        return _pick_chat_or_not(rng, options, chat, key=lambda o: o[0])

    def handle(self) -> str:
        """A username in shapes earlier sets did not use ('x.pots.black', 'x_on_the_baize', 'detectorist_x')."""
        rng = self.rng
        first, last = (_ascii_name(x).replace(" ", "").replace("'", "").lower() for x in self.first_last())
        return rng.choice(
            [
                f"{first}.pots.black",
                f"{last}_on_the_baize",
                f"{first}.aces.{last[:3]}",
                f"detectorist_{first}",
                f"{first}_rides_{rng.choice(['bramble', 'conker', 'juniper'])}",
                f"{last}.parkruns.{rng.randint(10, 250)}",
                f"{first}_off_stump",
                f"{first}{last[:1]}.en.garde",
            ]
        )  # fmt: skip

    def _dob_shapes(self) -> dict[str, str]:
        """One date of birth in every shape this set uses, keyed by language or format."""
        dt = self.f().date_of_birth(minimum_age=5, maximum_age=95)
        m, day, year = dt.month - 1, dt.day, dt.year
        en = "January February March April May June July August September October November December".split()
        bg = "yanuari fevruari mart april may yuni yuli avgust septemvri oktomvri noemvri dekemvri".split()
        he = "yanuar februar merts april mai yuni yuli ogust september oktober november detsember".split()
        ka = "ianvars tebervals marts aprils maiss ivniss ivliss agvistos seqtembers oqtombers noembers dekembers"
        nb = "januar februar mars april mai juni juli august september oktober november desember".split()
        zones = ["EAT", "WAT", "GMT", "BST"]
        return {
            "el": f"{day} {_greek_months24()[m]} {year}",  # Greek, transliterated, genitive month
            "bg": f"{day} {bg[m]} {year} g.",  # Bulgarian, transliterated
            "ur": f"{day} {en[m]} {year}",  # Urdu, romanised, English month names
            "he": f"{day} be-{he[m]} {year}",  # Hebrew, romanised
            "ka": f"{year} tslis {day} {ka.split()[m]}",  # Georgian, transliterated: year, day, month
            "nb": f"{day}. {nb[m]} {year}",  # Norwegian Bokmål
            "pcm": f"{day} {en[m]} {year}",  # Nigerian Pidgin
            "access": f"{dt.month}/{day}/{year}",  # an MS Access date literal, inside #...#
            "ruby": dt.isoformat(),  # a Ruby Date#inspect
            "java": f"{dt.strftime('%a')} {en[m][:3]} {day:02d} 00:00:00 {self.rng.choice(zones)} {year}",  # Java Date
        }

    def dob(self) -> str:
        """A date of birth in one of this set's written shapes."""
        shapes = self._dob_shapes()
        return shapes[self.rng.choice(sorted(shapes))]

    def dob_sample(self, chat: bool | None = None) -> tuple[str, str]:
        """(template with {}, date of birth): a birth cue in the date's own language, a form or a paste;
        `chat` as in `ip_sample`."""
        from datetime import date

        s, any_shape = self._dob_shapes(), self.dob()
        jd = date.fromisoformat(s["ruby"]).toordinal() + 1721425
        options = [
            ("the care home admission form wants mum's birthday, it's {}", any_shape),
            ("parkrun age category uses my birthday, I put {}", any_shape),
            ("the riding school insurance needs my date of birth: {}", any_shape),
            ("the fencing licence renewal asked when I was born, {}", any_shape),
            ("gennithika stis {}", s["el"]),
            ("rodena sam na {}", s["bg"]),
            ("meri paidaish {} ko hui thi", s["ur"]),
            ("noladti be-{}", s["he"]),
            ("davibade {}", s["ka"]),
            ("jeg er født {}", s["nb"]),
            ("dem born me for {}", s["pcm"]),
            ("SELECT * FROM Residents WHERE DateOfBirth = #{}#", s["access"]),
            ("#<Date: {} ((" + str(jd) + "j,0s,0n),+0s,2299161j)>", s["ruby"]),
            ("member.getBirthDate() -> {}", s["java"]),
        ]  # fmt: skip
        return _pick_chat_or_not(self.rng, options, chat, key=lambda o: o[0])


HELDOUT24_TEMPLATES: dict[str, list[str]] = {
    "PERSON": [
        "mum's new neighbour at the care home is {}, she's lovely",
        "the carer on nights is {}, ask for her if dad needs anything",
        "{} made a 92 break at the snooker league last night",
        "we drew {} in the doubles, ugh, she never misses",
        "{} dug up a Roman coin in the stubble field!!",
        "the finds liaison officer is {}, send her the photos",
        "{} fell off at the second fence but she's fine",
        "{} ran a PB at parkrun this morning",
        "can you thank {} for marshalling at the turnaround",
        "{} took five wickets on Saturday",
        "{} is playing GA for us this week",
        "{} beat me 5-4 in the poules",
        "the godparents are {} and her brother",
        "we're doing a card for {}'s retirement, sign it by friday",
        "{} is feeding the cat while we're away",
        "Pallbearers: {}",
        "Resident: {}",
        "Rider: {}",
        "Godmother: {}",
        "{} c & b 12",
        "Finder: {}",
        "GK: {}",
        "Happy retirement {}! From all at the depot",
        '"sitter_name": "{}",',
    ],
    "STREET_ADDRESS": [
        "mum's care home is at {}",
        "the snooker league final is at {}",
        "the christening tea is at {}",
        "the cat I'm sitting lives at {}",
        "Resident's address: {}",
        "Venue: {}",
        "Find spot (nearest address): {}",
        '"yard_address": "{}",',
    ],
    "EMAIL_ADDRESS": [
        "email the care home manager at {}",
        "the tennis club captain is {}",
        "send the retirement photos to {}",
        "the parkrun run director is {}",
        "Contact: {}",
        '"owner_email": "{}",',
        "Reply-to: {}",
    ],
    "PHONE_NUMBER": [
        "the care home's night number is {}",
        "the livery yard manager is on {}",
        "the pet sitter said text her on {}",
        "the cricket club bar number is {}",
        "Next of kin phone: {}",
        "Mob: {}",
        '"sitter_phone": "{}",',
    ],
    "CREDIT_CARD": [
        "the care home top-up went on {}",
        "I paid the snooker league subs with {}",
        "the riding lessons came off {}",
        "Card no.: {}",
        "pan={}",
    ],
    "IBAN_CODE": [
        "the retirement collection goes to {}",
        "the cricket club's account is {}",
        "pay the pet sitter to {}",
        "Beneficiary IBAN: {}",
        '"payout_iban": "{}",',
    ],
    "USERNAME": [
        "I'm {} on Playtomic, book a court with me",
        "add me on the detecting forum, I'm {}",
        "my Equilab name is {}",
        "find me on Play-Cricket as {}",
        "MB_USER={}",
        "Logged in: {}",
        '"screen_name": "{}",',
    ],
}
HELDOUT24_MIXED = [
    ("Resident: {}, born {}", ["PERSON", "DATE_OF_BIRTH"]),
    ("sitter: {}, mob {}, paid with {}", ["PERSON", "PHONE_NUMBER", "CREDIT_CARD"]),
    ("{} asked for the collection to go to {}", ["PERSON", "IBAN_CODE"]),
    ("\"full_name\": \"{}\",\n\"contact\": \"{}\",", ["PERSON", "EMAIL_ADDRESS"]),
    ("DB_HOST={}\nDB_USERNAME={}\nDB_PASSWORD={}", ["IP_ADDRESS", "USERNAME", "SECRET"]),
    ("{} says the tack room code is {}", ["PERSON", "SECRET"]),
    ("my Playtomic is {} and my birthday is {}", ["USERNAME", "DATE_OF_BIRTH"]),
    ("our finds officer {} is based at {}", ["PERSON", "STREET_ADDRESS"]),
    ("{} : {}", ["USERNAME", "SECRET"]),
    ("the pavilion router is {} and the admin pw is {}", ["IP_ADDRESS", "SECRET"]),
]  # fmt: skip
HELDOUT24_NEGATIVES = [
    "Hoima is the main town of Bunyoro",
    "Jinja sits at the source of the Nile",
    "Luanda's Ilha is a long sandbar",
    "Malanje is known for the Kalandula falls",
    "Mount Kenya is visible from Meru on a clear day",
    "Voi is the gateway to Tsavo East",
    "Tarime is near the Serengeti border",
    "Mbulu is in the Manyara region",
    "Dodoma became the capital of Tanzania",
    "Yaoundé is built on seven hills",
    "Kettering is in Northamptonshire",
    "Stow-on-the-Wold holds a horse fair in May",
    "the Crucible in Sheffield hosts the world snooker championship",
    "a maximum break in snooker is 147",
    "the pink ball is worth six points",
    "Wimbledon is played on grass",
    "a tie-break goes to seven points",
    "deuce means forty all",
    "a hoard must be reported to the coroner",
    "Garrett and Minelab make metal detectors",
    "the Staffordshire Hoard was found in 2009",
    "a dressage arena is 20 by 60 metres",
    "Bramble and Conker are out in the top paddock",
    "parkrun is 5 kilometres every Saturday",
    "Bushy Park hosted the first parkrun",
    "lbw means leg before wicket",
    "silly mid-off stands very close to the batter",
    "a maiden over has no runs scored",
    "netball has seven players a side",
    "GA and GS are the only players who can shoot",
    "épée, foil and sabre are the three weapons",
    "a poule is a round-robin pool in fencing",
    "the christening gown has been in the family since 1921",
    "the retirement do is at the Red Lion",
    "the cat needs half a pouch morning and night",
    "Amooti is an empaako, a praise name, in Bunyoro",
    "Winslow is a market town in Buckinghamshire",
    "Marlowe is a town on the Thames",
    "Lennox Gardens is a square in Chelsea",
    "Bellamy's is a sandwich shop near the station",
    "Sutton Hoo is an Anglo-Saxon burial site",
    "Strapi is a headless CMS",
    "MB_JETTY_PORT=3000",
    "[app]\naddress = \"0.0.0.0:9000\"",
    "_APP_ENV=production",
    "dokku apps:create bookings",
    "filebeat.inputs:\n  - type: filestream",
    "logLevel: info",
    "APP_URL=https://wiki.example.com",
    "ROW_LIMIT = 5000",
    "SECRET_KEY=change-me",
    "DB_PASSWORD=${DB_PASSWORD}",
    "password: ******",
    "card 4000 0566 5566 5556 is a Stripe test card",
    "IBAN DE89 3704 0044 0532 0130 00 is the usual example",
    "write to name@example.org in the form",
    "198.51.100.23 is a documentation address",
    "2001:db8::1 is a documentation address",
    "call 999 or 112 in an emergency, 116 123 for the Samaritans",
    "court 3 is free at 6",
    "visiting hours are 2 till 4",
    "the cat ate all his dinner",
    "see you at the pavilion",
    "thanks for sitting the dog",
    "can you remind me to buy a card",
    "kit needs washing before Saturday",
    "the bouts start at ten",
]  # fmt: skip


def _typo24(rng: random.Random, template: str) -> str:
    """Slips outside the {} slots, other than earlier sets': a swapped-letter word followed by its starred
    correction on the same line ('teh the*'), or a voice note's filler in front ('umm ', 'so yeah ')."""
    words = [(w, bad) for w, bad in STARRED_HELDOUT24 if re.search(rf"\b{w}\b", template)]
    if words and rng.random() < 0.7:
        w, bad = rng.choice(words)
        return re.sub(rf"\b{w}\b", f"{bad} {w}*", template, count=1)
    if _chat_like(template):
        return rng.choice(FILLERS_HELDOUT24) + template
    return template


def build_heldout24(seed: int = HELDOUT24_SEED) -> list[Example]:
    """Held-out set 24: `Gen24` values in `HELDOUT24_TEMPLATES`, mixed sentences and look-alike negatives."""
    gen = Gen24(seed)
    rng = gen.rng
    makers = {
        "PERSON": gen.person, "STREET_ADDRESS": gen.address, "EMAIL_ADDRESS": gen.email, "PHONE_NUMBER": gen.phone,
        "CREDIT_CARD": gen.card, "IBAN_CODE": gen.iban, "IP_ADDRESS": lambda: gen.ip_sample()[1],
        "USERNAME": gen.handle, "DATE_OF_BIRTH": gen.dob, "SECRET": gen.password,
    }  # fmt: skip
    counts = {"PERSON": 80, "SECRET": 64, "USERNAME": 24, "IP_ADDRESS": 20}
    styles: list[tuple[str, list[tuple[str, str]]]] = []  # (template, [(type, value)])
    for etype in TYPES:
        for _ in range(counts.get(etype, 14)):
            chat = rng.random() < 0.7  # Kaizen is a chat bot: most sentences are typed to it or a friend
            if etype in (
                "SECRET",
                "IP_ADDRESS",
                "DATE_OF_BIRTH",
            ):  # the template depends on the value's shape
                sample = {"SECRET": gen.secret, "IP_ADDRESS": gen.ip_sample, "DATE_OF_BIRTH": gen.dob_sample}
                template, value = sample[etype](chat)
                styles.append((template, [(etype, value)]))
            else:
                template = _pick_chat_or_not(rng, HELDOUT24_TEMPLATES[etype], chat)
                styles.append((template, [(etype, makers[etype]()) for _ in range(template.count("{}"))]))
    for _ in range(24):
        template, types = rng.choice(HELDOUT24_MIXED)
        styles.append((template, [(t, makers[t]()) for t in types]))
    styles += [(t, []) for t in HELDOUT24_NEGATIVES]
    examples = []
    for template, values in styles:
        style = "plain"
        if rng.random() < 0.15:
            template, style = _typo24(rng, template), "typo"
        parts = template.split("{}")
        text, spans = parts[0], []
        for (etype, value), rest in zip(values, parts[1:], strict=True):
            spans.append((len(text), len(text) + len(value), etype))
            text += value + rest
        r = rng.random()  # lower case or ALL CAPS, as people and some exports write
        for new, name, p in ((text.lower(), "lower", 0.09), (text.upper(), "upper", 0.12)):
            if r < p and len(new) == len(text):
                text, style = new, name
                break
        examples.append(Example(text, spans, style))
    rng.shuffle(examples)
    return examples


# ----------------------------------------------------------------------------------------- evaluation


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def evaluate(examples: list[Example], predict) -> dict:
    stats = {t: {"gold": 0, "found": 0, "masked": 0, "pred": 0, "tp": 0} for t in [*TYPES, "OTHER"]}
    gold_chars = covered_chars = 0
    t0 = time.perf_counter()
    preds_all = [predict(ex.text) for ex in examples]
    elapsed = time.perf_counter() - t0
    misses: list[str] = []
    false_pos: list[str] = []
    for ex, preds in zip(examples, preds_all, strict=True):
        for s, e, t in ex.spans:
            st = stats[t]
            st["gold"] += 1
            hit = any(_overlap((s, e), (ps, pe)) and pt in COMPAT[t] for ps, pe, pt in preds)
            st["found"] += hit
            st["masked"] += any(_overlap((s, e), (ps, pe)) for ps, pe, _ in preds)
            gold_chars += e - s
            covered_chars += sum(1 for i in range(s, e) if any(ps <= i < pe for ps, pe, _ in preds))
            if not hit:
                misses.append(f"{t}: {ex.text[s:e]!r} in {ex.text!r}")
        for ps, pe, pt in preds:
            family = next((t for t in TYPES if pt in COMPAT[t] and pt == t), None) or next(
                (t for t in TYPES if pt in COMPAT[t]), "OTHER"
            )
            ok = any(_overlap((s, e), (ps, pe)) and pt in COMPAT[t] for s, e, t in ex.spans)
            stats[family]["pred"] += 1
            stats[family]["tp"] += ok
            if not ok:
                false_pos.append(f"{pt}: {ex.text[ps:pe]!r} in {ex.text!r}")
    per_type = {}
    for t, st in stats.items():
        p = st["tp"] / st["pred"] if st["pred"] else None
        r = st["found"] / st["gold"] if st["gold"] else None
        f2 = (5 * p * r / (4 * p + r)) if p is not None and r is not None and (4 * p + r) else None
        # masked: found by a span of any type (no leak), typed or not
        masked = st["masked"] / st["gold"] if st["gold"] else None
        per_type[t] = {"precision": _r(p), "recall": _r(r), "f2": _r(f2), "masked_recall": _r(masked), **st}
    gold = sum(st["gold"] for st in stats.values())
    tp = sum(st["tp"] for st in stats.values())
    pred = sum(st["pred"] for st in stats.values())
    found = sum(st["found"] for st in stats.values())
    p, r = tp / pred if pred else 0.0, found / gold if gold else 0.0
    overall = {
        "precision": _r(p),
        "recall": _r(r),
        "f2": _r(5 * p * r / (4 * p + r) if (4 * p + r) else 0.0),
        "masked_recall": _r(sum(st["masked"] for st in stats.values()) / gold),
        "char_recall": _r(covered_chars / gold_chars),
        "ms_per_text": round(1000 * elapsed / len(examples), 2),
        "gold": gold,
        "pred": pred,
    }
    return {"per_type": per_type, "overall": overall, "misses": misses, "false_positives": false_pos}


def _r(x: float | None) -> float | None:
    return None if x is None else round(x, 3)


def main() -> dict:
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    from config.settings import PrivacySettings
    from privacy.offline import use_offline_suffix_list
    from privacy.scrub import Scrubber

    examples = build_dataset()
    heldout = build_dataset(HELDOUT_SEED, heldout=True)
    heldout2 = build_heldout2()
    heldout3 = build_heldout3()
    heldout4 = build_heldout4()
    heldout5 = build_heldout5()
    heldout6 = build_heldout6()
    heldout7 = build_heldout7()
    heldout8 = build_heldout8()
    heldout9 = build_heldout9()
    heldout10 = build_heldout10()
    heldout11 = build_heldout11()
    heldout12 = build_heldout12()
    heldout13 = build_heldout13()
    heldout14 = build_heldout14()
    heldout15 = build_heldout15()
    heldout16 = build_heldout16()
    heldout17 = build_heldout17()
    heldout18 = build_heldout18()
    heldout19 = build_heldout19()
    heldout20 = build_heldout20()
    heldout21 = build_heldout21()
    heldout22 = build_heldout22()
    heldout23 = build_heldout23()
    heldout24 = build_heldout24()
    settings = PrivacySettings()
    scrubber = Scrubber(settings)
    use_offline_suffix_list()
    nlp = NlpEngineProvider(
        nlp_configuration={
            "nlp_engine_name": "spacy",
            "models": [{"lang_code": "en", "model_name": settings.spacy_model}],
        }
    ).create_engine()
    presidio = AnalyzerEngine(nlp_engine=nlp, supported_languages=["en"])

    def kaizen(text: str) -> list[tuple[int, int, str]]:
        return [(r.start, r.end, r.entity_type) for r in scrubber.find(text)]

    def default(text: str) -> list[tuple[int, int, str]]:
        res = presidio.analyze(text, language="en", entities=ORIGINAL_ENTITIES, score_threshold=0.35)
        return [(r.start, r.end, r.entity_type) for r in res]

    results = {"kaizen": evaluate(examples, kaizen), "presidio": evaluate(examples, default)}
    held = {"kaizen": evaluate(heldout, kaizen), "presidio": evaluate(heldout, default)}
    held2 = {"kaizen": evaluate(heldout2, kaizen), "presidio": evaluate(heldout2, default)}
    held3 = {"kaizen": evaluate(heldout3, kaizen), "presidio": evaluate(heldout3, default)}
    held4 = {"kaizen": evaluate(heldout4, kaizen), "presidio": evaluate(heldout4, default)}
    held5 = {"kaizen": evaluate(heldout5, kaizen), "presidio": evaluate(heldout5, default)}
    held6 = {"kaizen": evaluate(heldout6, kaizen), "presidio": evaluate(heldout6, default)}
    held7 = {"kaizen": evaluate(heldout7, kaizen), "presidio": evaluate(heldout7, default)}
    held8 = {"kaizen": evaluate(heldout8, kaizen), "presidio": evaluate(heldout8, default)}
    held9 = {"kaizen": evaluate(heldout9, kaizen), "presidio": evaluate(heldout9, default)}
    held10 = {"kaizen": evaluate(heldout10, kaizen), "presidio": evaluate(heldout10, default)}
    held11 = {"kaizen": evaluate(heldout11, kaizen), "presidio": evaluate(heldout11, default)}
    held12 = {"kaizen": evaluate(heldout12, kaizen), "presidio": evaluate(heldout12, default)}
    held13 = {"kaizen": evaluate(heldout13, kaizen), "presidio": evaluate(heldout13, default)}
    held14 = {"kaizen": evaluate(heldout14, kaizen), "presidio": evaluate(heldout14, default)}
    held15 = {"kaizen": evaluate(heldout15, kaizen), "presidio": evaluate(heldout15, default)}
    held16 = {"kaizen": evaluate(heldout16, kaizen), "presidio": evaluate(heldout16, default)}
    held17 = {"kaizen": evaluate(heldout17, kaizen), "presidio": evaluate(heldout17, default)}
    held18 = {"kaizen": evaluate(heldout18, kaizen), "presidio": evaluate(heldout18, default)}
    held19 = {"kaizen": evaluate(heldout19, kaizen), "presidio": evaluate(heldout19, default)}
    held20 = {"kaizen": evaluate(heldout20, kaizen), "presidio": evaluate(heldout20, default)}
    held21 = {"kaizen": evaluate(heldout21, kaizen), "presidio": evaluate(heldout21, default)}
    held22 = {"kaizen": evaluate(heldout22, kaizen), "presidio": evaluate(heldout22, default)}
    held23 = {"kaizen": evaluate(heldout23, kaizen), "presidio": evaluate(heldout23, default)}
    held24 = {"kaizen": evaluate(heldout24, kaizen), "presidio": evaluate(heldout24, default)}
    _table(results, examples, "development set (recognizers were tuned on its misses)")
    _table(held, heldout, "held-out set (templates written afterwards, other seed; its misses were read)")
    _table(
        held2, heldout2, "held-out set 2 (written before round 1 of fixes; its misses were read in round 2)"
    )
    _table(
        held3, heldout3, "held-out set 3 (written before round 2 of fixes; its misses were read in round 3)"
    )
    _table(
        held4, heldout4, "held-out set 4 (written before round 3 of fixes; its misses were read in round 4)"
    )
    _table(
        held5, heldout5, "held-out set 5 (written before round 4 of fixes; its misses were read in round 5)"
    )
    _table(
        held6,
        heldout6,
        "held-out set 6 (written before round 5 of fixes by a separate author; its misses were read in round 6)",
    )
    _table(
        held7,
        heldout7,
        "held-out set 7 (written before round 6 of fixes by a separate author; its misses were read in round 7)",
    )
    _table(
        held8,
        heldout8,
        "held-out set 8 (written before round 7 of fixes by a separate author; its misses were read in round 8)",
    )
    _table(
        held9,
        heldout9,
        "held-out set 9 (written before round 8 of fixes by a separate author; its misses were read in round 9)",
    )
    _table(
        held10,
        heldout10,
        "held-out set 10 (written before round 9 of fixes by a separate author; its misses were read in round 10)",
    )
    _table(
        held11,
        heldout11,
        "held-out set 11 (written before round 10 of fixes by a separate author; its misses were read in round 11)",
    )
    _table(
        held12,
        heldout12,
        "held-out set 12 (written before round 11 of fixes by a separate author; its misses were read in round 12)",
    )
    _table(
        held13,
        heldout13,
        "held-out set 13 (written before round 12 of fixes by a separate author; its misses were read in round 13)",
    )
    _table(
        held14,
        heldout14,
        "held-out set 14 (written before round 13 of fixes by a separate author; its misses were read in round 14)",
    )
    _table(
        held15,
        heldout15,
        "held-out set 15 (written before round 14 of fixes by a separate author; its misses were read in round 15)",
    )
    _table(
        held16,
        heldout16,
        "held-out set 16 (written before round 15 of fixes by a separate author; its misses were read in round 16)",
    )
    _table(
        held17,
        heldout17,
        "held-out set 17 (written before round 16 of fixes by a separate author; its misses were read in round 17)",
    )
    _table(
        held18,
        heldout18,
        "held-out set 18 (written before round 17 of fixes by a separate author; its misses were read in round 18)",
    )
    _table(
        held19,
        heldout19,
        "held-out set 19 (written before round 18 of fixes by a separate author; its misses were read in round 19)",
    )
    _table(
        held20,
        heldout20,
        "held-out set 20 (written before round 19 of fixes by a separate author; its misses were read in round 20)",
    )
    _table(
        held21,
        heldout21,
        "held-out set 21 (written before round 20 of fixes by a separate author; its misses were read in round 21)",
    )
    _table(
        held22,
        heldout22,
        "held-out set 22 (written before round 21 of fixes by a separate author; its misses were read in round 22)",
    )
    _table(
        held23,
        heldout23,
        "held-out set 23 (written before round 22 of fixes by a separate author; its misses were read in round 23)",
    )
    _table(
        held24,
        heldout24,
        "held-out set 24 (written before round 23 of fixes by a separate author, never tuned on)",
    )
    n_spans = sum(len(ex.spans) for ex in examples)
    out_dir = ROOT / "reports" / "bench"
    out_dir.mkdir(parents=True, exist_ok=True)
    sets = {
        "dev": results,
        "held-out": held,
        "held-out 2": held2,
        "held-out 3": held3,
        "held-out 4": held4,
        "held-out 5": held5,
        "held-out 6": held6,
        "held-out 7": held7,
        "held-out 8": held8,
        "held-out 9": held9,
        "held-out 10": held10,
        "held-out 11": held11,
        "held-out 12": held12,
        "held-out 13": held13,
        "held-out 14": held14,
        "held-out 15": held15,
        "held-out 16": held16,
        "held-out 17": held17,
        "held-out 18": held18,
        "held-out 19": held19,
        "held-out 20": held20,
        "held-out 21": held21,
        "held-out 22": held22,
        "held-out 23": held23,
        "held-out 24": held24,
    }
    _chart(sets, out_dir / "pii.png")

    def pack(res: dict) -> dict:
        return {
            name: {
                "overall": r["overall"],
                "per_type": {
                    t: {k: v[k] for k in ("precision", "recall", "masked_recall", "f2", "gold", "pred")}
                    for t, v in r["per_type"].items()
                },
                "misses_sample": r["misses"][:25],
                "false_positives_sample": r["false_positives"][:25],
            }
            for name, r in res.items()
        }

    summary = {
        "rule": "gold found if a compatible-type prediction overlaps it; see bench/pii.py docstring",
        "dev": {"sentences": len(examples), "gold_spans": n_spans, "seed": SEED, **pack(results)},
        "heldout": {
            "sentences": len(heldout),
            "gold_spans": sum(len(e.spans) for e in heldout),
            "seed": HELDOUT_SEED,
            **pack(held),
        },
        "heldout2": {
            "sentences": len(heldout2),
            "gold_spans": sum(len(e.spans) for e in heldout2),
            "seed": HELDOUT2_SEED,
            **pack(held2),
        },
        "heldout3": {
            "sentences": len(heldout3),
            "gold_spans": sum(len(e.spans) for e in heldout3),
            "seed": HELDOUT3_SEED,
            **pack(held3),
        },
        "heldout4": {
            "sentences": len(heldout4),
            "gold_spans": sum(len(e.spans) for e in heldout4),
            "seed": HELDOUT4_SEED,
            **pack(held4),
        },
        "heldout5": {
            "sentences": len(heldout5),
            "gold_spans": sum(len(e.spans) for e in heldout5),
            "seed": HELDOUT5_SEED,
            **pack(held5),
        },
        "heldout6": {
            "sentences": len(heldout6),
            "gold_spans": sum(len(e.spans) for e in heldout6),
            "seed": HELDOUT6_SEED,
            **pack(held6),
        },
        "heldout7": {
            "sentences": len(heldout7),
            "gold_spans": sum(len(e.spans) for e in heldout7),
            "seed": HELDOUT7_SEED,
            **pack(held7),
        },
        "heldout8": {
            "sentences": len(heldout8),
            "gold_spans": sum(len(e.spans) for e in heldout8),
            "seed": HELDOUT8_SEED,
            **pack(held8),
        },
        "heldout9": {
            "sentences": len(heldout9),
            "gold_spans": sum(len(e.spans) for e in heldout9),
            "seed": HELDOUT9_SEED,
            **pack(held9),
        },
        "heldout10": {
            "sentences": len(heldout10),
            "gold_spans": sum(len(e.spans) for e in heldout10),
            "seed": HELDOUT10_SEED,
            **pack(held10),
        },
        "heldout11": {
            "sentences": len(heldout11),
            "gold_spans": sum(len(e.spans) for e in heldout11),
            "seed": HELDOUT11_SEED,
            **pack(held11),
        },
        "heldout12": {
            "sentences": len(heldout12),
            "gold_spans": sum(len(e.spans) for e in heldout12),
            "seed": HELDOUT12_SEED,
            **pack(held12),
        },
        "heldout13": {
            "sentences": len(heldout13),
            "gold_spans": sum(len(e.spans) for e in heldout13),
            "seed": HELDOUT13_SEED,
            **pack(held13),
        },
        "heldout14": {
            "sentences": len(heldout14),
            "gold_spans": sum(len(e.spans) for e in heldout14),
            "seed": HELDOUT14_SEED,
            **pack(held14),
        },
        "heldout15": {
            "sentences": len(heldout15),
            "gold_spans": sum(len(e.spans) for e in heldout15),
            "seed": HELDOUT15_SEED,
            **pack(held15),
        },
        "heldout16": {
            "sentences": len(heldout16),
            "gold_spans": sum(len(e.spans) for e in heldout16),
            "seed": HELDOUT16_SEED,
            **pack(held16),
        },
        "heldout17": {
            "sentences": len(heldout17),
            "gold_spans": sum(len(e.spans) for e in heldout17),
            "seed": HELDOUT17_SEED,
            **pack(held17),
        },
        "heldout18": {
            "sentences": len(heldout18),
            "gold_spans": sum(len(e.spans) for e in heldout18),
            "seed": HELDOUT18_SEED,
            **pack(held18),
        },
        "heldout19": {
            "sentences": len(heldout19),
            "gold_spans": sum(len(e.spans) for e in heldout19),
            "seed": HELDOUT19_SEED,
            **pack(held19),
        },
        "heldout20": {
            "sentences": len(heldout20),
            "gold_spans": sum(len(e.spans) for e in heldout20),
            "seed": HELDOUT20_SEED,
            **pack(held20),
        },
        "heldout21": {
            "sentences": len(heldout21),
            "gold_spans": sum(len(e.spans) for e in heldout21),
            "seed": HELDOUT21_SEED,
            **pack(held21),
        },
        "heldout22": {
            "sentences": len(heldout22),
            "gold_spans": sum(len(e.spans) for e in heldout22),
            "seed": HELDOUT22_SEED,
            **pack(held22),
        },
        "heldout23": {
            "sentences": len(heldout23),
            "gold_spans": sum(len(e.spans) for e in heldout23),
            "seed": HELDOUT23_SEED,
            **pack(held23),
        },
        "heldout24": {
            "sentences": len(heldout24),
            "gold_spans": sum(len(e.spans) for e in heldout24),
            "seed": HELDOUT24_SEED,
            **pack(held24),
        },
    }
    (out_dir / "pii.json").write_text(json.dumps(summary, indent=2) + "\n")

    def compact(res: dict) -> dict:
        return {
            name: {
                "overall": {
                    k: r["overall"][k] for k in ("precision", "recall", "f2", "char_recall", "ms_per_text")
                },
                "recall": {t: r["per_type"][t]["recall"] for t in TYPES},
                "precision": {t: r["per_type"][t]["precision"] for t in TYPES},
            }
            for name, r in res.items()
        }

    print(
        json.dumps(
            {
                "bench": "pii",
                "dev": compact(results),
                "heldout": compact(held),
                "heldout2": compact(held2),
                "heldout3": compact(held3),
                "heldout4": compact(held4),
                "heldout5": compact(held5),
                "heldout6": compact(held6),
                "heldout7": compact(held7),
                "heldout8": compact(held8),
                "heldout9": compact(held9),
                "heldout10": compact(held10),
                "heldout11": compact(held11),
                "heldout12": compact(held12),
                "heldout13": compact(held13),
                "heldout14": compact(held14),
                "heldout15": compact(held15),
                "heldout16": compact(held16),
                "heldout17": compact(held17),
                "heldout18": compact(held18),
                "heldout19": compact(held19),
                "heldout20": compact(held20),
                "heldout21": compact(held21),
                "heldout22": compact(held22),
                "heldout23": compact(held23),
                "heldout24": compact(held24),
            }
        )
    )
    return summary


def _table(results: dict, examples: list[Example], title: str) -> None:
    n_spans = sum(len(ex.spans) for ex in examples)
    print(f"\n== {title}")
    print(
        f"{len(examples)} sentences, {n_spans} gold spans, {sum(not ex.spans for ex in examples)} without PII\n"
    )
    print(
        f"{'type':16} {'n':>4} | {'kaizen P':>8} {'R':>6} {'maskR':>6} {'F2':>6} | {'presidio P':>10} {'R':>6} {'F2':>6}"
    )
    fmt = lambda x: "   -  " if x is None else f"{x:6.3f}"  # noqa: E731
    for t in [*TYPES, "OTHER"]:
        k, d = results["kaizen"]["per_type"][t], results["presidio"]["per_type"][t]
        print(
            f"{t:16} {k['gold']:>4} | {fmt(k['precision']):>8} {fmt(k['recall'])} {fmt(k['masked_recall'])} "
            f"{fmt(k['f2'])} | "
            f"{fmt(d['precision']):>10} {fmt(d['recall'])} {fmt(d['f2'])}"
        )
    for name in ("kaizen", "presidio"):
        o = results[name]["overall"]
        print(
            f"{name:9} overall: P={o['precision']:.3f} R={o['recall']:.3f} F2={o['f2']:.3f} "
            f"masked_recall={o['masked_recall']:.3f} char_recall={o['char_recall']:.3f} "
            f"{o['ms_per_text']} ms/text ({o['pred']} predictions)"
        )
    if "-v" in sys.argv:
        print("\nkaizen misses:", *results["kaizen"]["misses"], sep="\n  ")
        print("\nkaizen false positives:", *results["kaizen"]["false_positives"], sep="\n  ")


def _chart(sets: dict[str, dict], path: Path) -> None:
    """Recall and precision per type, Kaizen and default Presidio, one bar per (system, set)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, axes = plt.subplots(1, 2, figsize=(16, 5), sharey=True)
    x = range(len(TYPES))
    greens = [
        "darkgreen",
        "tab:green",
        "yellowgreen",
        "turquoise",
        "tab:olive",
        "tab:cyan",
        "limegreen",
        "seagreen",
        "mediumaquamarine",
        "olivedrab",
        "lightgreen",
        "darkseagreen",
        "palegreen",
        "mediumseagreen",
        "springgreen",
        "forestgreen",
        "lawngreen",
        "darkolivegreen",
        "chartreuse",
        "aquamarine",
        "mediumspringgreen",
        "teal",
        "darkcyan",
        "cadetblue",
        "lightseagreen",
    ]
    greys = [
        "black",
        "dimgray",
        "gray",
        "darkgray",
        "silver",
        "lightgray",
        "gainsboro",
        "lightsteelblue",
        "slategray",
        "darkslategray",
        "rosybrown",
        "tan",
        "peru",
        "burlywood",
        "sienna",
        "saddlebrown",
        "chocolate",
        "peachpuff",
        "navajowhite",
        "wheat",
        "moccasin",
        "khaki",
        "lemonchiffon",
        "cornsilk",
        "bisque",
    ]
    bars = [(f"kaizen {s}", res, "kaizen", greens[i]) for i, (s, res) in enumerate(sets.items())]
    bars += [(f"presidio {s}", res, "presidio", greys[i]) for i, (s, res) in enumerate(sets.items())]
    width = 0.8 / len(bars)
    for ax, metric in zip(axes, ("recall", "precision"), strict=True):
        for i, (label, res, name, color) in enumerate(bars):
            vals = [res[name]["per_type"][t][metric] or 0.0 for t in TYPES]
            offset = (i - (len(bars) - 1) / 2) * width
            ax.bar([j + offset for j in x], vals, width=width, label=label, color=color)
        ax.set_xticks(list(x))
        ax.set_xticklabels([t.replace("_", "\n") for t in TYPES], fontsize=7)
        ax.set_title(f"{metric} per entity type")
        ax.set_ylim(0, 1.05)
        ax.legend(fontsize=6, ncol=2, loc="lower left")
    title = []
    for s, res in list(sets.items())[1:]:
        k, d = res["kaizen"]["overall"], res["presidio"]["overall"]
        title.append(
            f"{s}: kaizen P={k['precision']:.2f} R={k['recall']:.2f} | presidio P={d['precision']:.2f} R={d['recall']:.2f}"
        )
    lines = ["   ·   ".join(title[i : i + 3]) for i in range(0, len(title), 3)]  # 3 sets a line: it fits
    fig.suptitle("PII detection\n" + "\n".join(lines), fontsize=9)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


if __name__ == "__main__":
    main()
