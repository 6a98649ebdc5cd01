"""Keep the privacy stack off the network.

Presidio's e-mail recognizer calls tldextract, whose default extractor downloads the public suffix
list at first use. We swap in an extractor that only reads the snapshot shipped inside tldextract.
"""

import tldextract
import tldextract.tldextract as _tld


def use_offline_suffix_list() -> None:
    """Make tldextract use its bundled suffix-list snapshot and never fetch or cache one."""
    if getattr(_tld.TLD_EXTRACTOR, "_kaizen_offline", False):
        return
    extractor = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None, fallback_to_snapshot=True)
    extractor._kaizen_offline = True  # type: ignore[attr-defined]
    _tld.TLD_EXTRACTOR = extractor
