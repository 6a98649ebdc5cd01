"""Defence in depth: scrub log records before any handler writes them."""

from __future__ import annotations

import logging
import re
import threading

from privacy.scrub import Scrubber

_ALNUM = re.compile(r"[^\W_]")
# Kaizen's own ids (uuid4 hex: messages, conversations) are what log lines carry; the secret
# recognizer would take them for tokens, so an exact id-shaped span stays readable.
_KAIZEN_ID = re.compile(r"[0-9a-f]{32}")
_LOG_SCOPE = "kaizen:log"


class ScrubbingLogFilter(logging.Filter):
    """Replaces a record's message (args already formatted in) with its scrubbed text.

    Placeholders (``<EMAIL_ADDRESS>``) by default, so a reader of the log sees that something was
    removed. Records without any letter or digit are passed through untouched (cheap path). Records
    logged while the filter itself is scrubbing (e.g. by Presidio) pass unchanged, avoiding recursion.
    """

    def __init__(self, scrubber: Scrubber, replace: str = "placeholder") -> None:
        super().__init__()
        self.scrubber = scrubber
        self.replace = replace
        self._busy = threading.local()

    def filter(self, record: logging.LogRecord) -> bool:
        if getattr(self._busy, "on", False):
            return True
        try:
            message = record.getMessage()
        except Exception:  # a broken format string: let logging report it as usual
            return True
        if not _ALNUM.search(message):
            return True
        self._busy.on = True
        try:
            spans = [
                span
                for span in self.scrubber.find(message)
                if not _KAIZEN_ID.fullmatch(message[span.start : span.end])
            ]
            scrubbed = self.scrubber._replace(message, spans, _LOG_SCOPE, self.replace)
        except Exception as exc:
            # Never let an unscrubbed message through, and never break logging.
            scrubbed = f"[log message withheld: scrubber failed with {type(exc).__name__}]"
        finally:
            self._busy.on = False
        if scrubbed != message or record.args:
            record.msg, record.args = scrubbed, None
        return True


def install_log_filter(scrubber: Scrubber, replace: str = "placeholder") -> ScrubbingLogFilter:
    """Attach one ScrubbingLogFilter to every handler of the root logger (once); returns the filter.

    Call it after logging is configured: handlers added later are not covered.
    """
    root = logging.getLogger()
    for handler in root.handlers:
        for f in handler.filters:
            if isinstance(f, ScrubbingLogFilter):
                return f
    log_filter = ScrubbingLogFilter(scrubber, replace)
    for handler in root.handlers:
        handler.addFilter(log_filter)
    return log_filter
