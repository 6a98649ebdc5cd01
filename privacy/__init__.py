"""Privacy: scrubbing personal data before any write, pseudonymous ids."""

from privacy.logfilter import ScrubbingLogFilter, install_log_filter
from privacy.pseudonym import load_or_create_key, pseudonym
from privacy.scrub import Scrubber

__all__ = ["Scrubber", "ScrubbingLogFilter", "install_log_filter", "load_or_create_key", "pseudonym"]
