"""
The site's two languages: the interface is translated, while the medical content
(stretches, causes, red flags) is written in English for now. Pages in another language mark
that content with `lang="en"`, so screen readers read it with an English voice.
"""

from django.conf import settings
from django.utils.translation import get_language

CONTENT_LANGUAGE = "en"


def bcp47(code: str) -> str:
    """Django's "en-gb" as HTML and hreflang write it: "en-GB"."""
    language, _, region = code.partition("-")
    return f"{language}-{region.upper()}" if region else language


def active_language() -> str:
    return get_language() or settings.LANGUAGE_CODE


def is_content_language(code: str) -> bool:
    return code.split("-")[0] == CONTENT_LANGUAGE


def content_is_foreign() -> bool:
    """Whether the page's language differs from the content's, so content needs its `lang`."""
    return not is_content_language(active_language())
