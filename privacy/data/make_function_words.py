"""Regenerate function_words.txt: stop words of the big chat languages, one language per line.

Source: spaCy's language data (``spacy.lang.<lang>.stop_words``), read once here because importing 33
language packages at run time costs seconds; Swahili's, which spaCy lacks, by hand. English is not written: it comes from spaCy at run time.
Run: python -m privacy.data.make_function_words
"""

import importlib
from pathlib import Path

LANGUAGES = (
    "es", "de", "fr", "it", "pt", "nl", "id", "tr", "sv", "da", "nb", "pl", "ro", "hr", "tl", "ca",
    # more languages chats are written in with Latin letters: Azerbaijani, Albanian, Czech, Slovak,
    # Slovene, Latvian, Finnish, Hungarian, Afrikaans, Basque, Irish, Icelandic, Luxembourgish, Yoruba,
    # Tswana, Luganda, Scottish Gaelic
    "az", "sq", "cs", "sk", "sl", "lv", "fi", "hu", "af", "eu", "ga", "is", "lb", "yo", "tn", "lg", "gd",
    # and Russian, in Cyrillic ("заберёт ребёнка из садика в" is chat, not a name)
    "ru",
)  # fmt: skip
# Swahili, which spaCy lacks: its commonest function words, written by hand
SWAHILI = (
    "ya wa na kwa ni la za cha vya kwenye katika yangu yako yake yetu yenu yao wangu wako wake leo hii huu "
    "hizi ile hilo hiyo sana pia lakini au kama bado tu tena sasa kesho jana hapa pale huko kule nini gani "
    "wapi lini nani mimi wewe yeye sisi ninyi wao ndiyo hapana asante karibu"
)

# Māori and Zulu, which spaCy lacks: particles, pronouns and the chat words said after a password ("kaua e
# hoatu ki tētahi atu", don't give it to anyone), by hand; no word that is also a common given name
MAORI = (
    "te ngā nga a ā i ki ko kei e he ka kua kia kaua kāore kaore ehara nei nā mā ō tō tōku toku tōna taku "
    "tāku ōku oku ahau mātou tātou rātou koutou rāua māua tāua kōrua ēnei ēnā ērā tēnei tērā anō ano noa "
    "rawa tonu atu mai ake iho ai pea nō mō hei runga raro roto waho muri mua tētahi tetahi ētahi etahi hoatu "
    "homai pai āe kāo haere"
)
ZULU = (
    "futhi kodwa noma uma ukuthi lapha lapho khona ngoba yebo kahle kakhulu manje kanjalo kubhalwe wazalwa "
    "mhla umama ubaba ithi ungayinikezi muntu lutho ngiyabonga sawubona"
)

# Indonesian and Malay chat words beside spaCy's stop words: thanks, please, try, send, the everyday verbs
# and nouns of orders, shops and floods that chat puts in lower case ("makasih banyak", "kirim pesanan",
# "tolong masukkan ke data"), by hand; no word that a name list holds as a given name ("bagus", "indah",
# "putri", "mohon", "ayo", "lama")
INDONESIAN_CHAT = (
    "makasih terima kasih trims tolong kirim kena rusak pesanan pesan kunci pegang masukkan banjir buka "
    "tutup ambil kasih tahu jangan bilang yuk udah belum aja dong deh sih kok nih tuh gak nggak enggak ga "
    "iya oke sip minta bayar harga murah beli datang pulang pergi kerja rumah rumahnya sakit sehat cepat "
    "besok kemarin nanti sekarang tadi masih banget sekali dulu gimana kenapa kapan siapa situ bantu tunggu "
    "lihat liat cek kabar selamat maaf ya restart error aplikasi hp nomor alamat data lengkap baru hilang "
    "ketemu antar jemput sudah"
)
EXTRA = {"id": INDONESIAN_CHAT}


def main() -> None:
    lines = []
    for lang in LANGUAGES:
        words = importlib.import_module(f"spacy.lang.{lang}.stop_words").STOP_WORDS
        words = {w.lower() for w in words if " " not in w} | set(EXTRA.get(lang, "").split())
        lines.append(f"{lang} " + " ".join(sorted(words)))
    lines.append("sw " + " ".join(sorted(set(SWAHILI.split()))))
    lines.append("mi " + " ".join(sorted(set(MAORI.split()))))
    lines.append("zu " + " ".join(sorted(set(ZULU.split()))))
    out = Path(__file__).with_name("function_words.txt")
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(len(lines), "languages ->", out)


if __name__ == "__main__":
    main()
