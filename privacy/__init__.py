"""Privacy: scrubbing personal data before any write, pseudonymous ids."""

from privacy.pseudonym import load_or_create_key, pseudonym
from privacy.scrub import Scrubber

__all__ = ["Scrubber", "load_or_create_key", "pseudonym"]
