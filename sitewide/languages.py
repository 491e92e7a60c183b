"""
The site's two languages: the interface is translated, while the medical content
(stretches, causes, red flags) is written in English for now. Pages in another language mark
that content with `lang="en"`, so screen readers read it with an English voice.
"""

from django.conf import settings
from django.middleware.locale import LocaleMiddleware
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


class PathLocaleMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware, without the `Vary: Accept-Language` it adds to every page
    outside the /es/ prefix. Here a page's language comes only from its address (English has
    no prefix and ignores the browser's preference), so that header would only make shared
    caches keep one copy of each English page per Accept-Language a browser sends.

    The redirect Django makes when a prefixed default language is missing from the address
    is a new response and keeps its own Vary, since its target does depend on the header."""

    def process_response(self, request, response):
        vary = response.headers.get("Vary")
        answer = super().process_response(request, response)
        if answer is response:
            if vary is None:
                answer.headers.pop("Vary", None)
            else:
                answer.headers["Vary"] = vary
        return answer
