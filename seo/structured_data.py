"""
schema.org structured data (JSON-LD) for search engines: the pieces every app's pages share.

Each app builds its own dicts (stretches/structured_data.py, imbalances/structured_data.py);
this module holds what they have in common and writes the data block. The block is JSON in a
`<script type="application/ld+json">`, which browsers never run, so our script-src policy
allows it; `<`, `>` and `&` are escaped the way Django's json_script does, so no text an editor
types can close the element or open another.
"""

import json
from collections.abc import Iterable

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.utils import translation
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext

from content.sources import is_primary
from sitewide.languages import CONTENT_LANGUAGE, bcp47, is_content_language

CONTEXT = "https://schema.org"
SITE_NAME = "Upright"
JSON_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def json_ld(*items: dict) -> SafeString:
    """One data block per item, each with its @context, safe inside HTML."""
    blocks = []
    for item in items:
        text = json.dumps({"@context": CONTEXT, **item}, cls=DjangoJSONEncoder, ensure_ascii=False)
        blocks.append(
            format_html(
                '<script type="application/ld+json">{}</script>',
                mark_safe(text.translate(JSON_ESCAPES)),  # noqa: S308 - escaped just above
            )
        )
    # Each on its own line of the head, after the tags before it.
    return mark_safe("".join(f"\n    {block}" for block in blocks))  # noqa: S308 - format_html


def in_language() -> str:
    """The active language as a BCP 47 tag: en-GB, es."""
    return bcp47(translation.get_language() or settings.LANGUAGE_CODE)


def content_language() -> str:
    """The language of the medical content (stretches, causes, red flags), which is written in
    English on every page for now, whatever language the interface around it is in."""
    active = in_language()
    return active if is_content_language(active) else CONTENT_LANGUAGE


def iso_duration(seconds: int) -> str:
    """ISO 8601 duration, as schema.org's totalTime wants it: 150 → PT2M30S."""
    minutes, seconds = divmod(max(int(seconds), 0), 60)
    hours, minutes = divmod(minutes, 60)
    parts = [f"{n}{unit}" for n, unit in ((hours, "H"), (minutes, "M"), (seconds, "S")) if n]
    return "PT" + ("".join(parts) or "0S")


def citations(sources: Iterable) -> list[dict]:
    """The primary sources a page was checked against (the backing-up references left out)."""
    return [
        {"@type": "CreativeWork", "name": source.title, "url": source.url}
        for source in sources
        if is_primary(source.url)
    ]


def reviewed(item) -> dict:
    """When an item of reviewed content was checked, and by whom if a role is recorded."""
    data = {"lastReviewed": item.reviewed.isoformat()}
    if item.reviewed_by:
        data["reviewedBy"] = {"@type": "Organization", "name": item.reviewed_by}
    return data


def medical_web_page(
    *, name: str, description: str, url: str, item, sources: Iterable, language: str, about=None
) -> dict:
    """A page of health information: what it is about, who reviewed it, what it cites."""
    data = {
        "@type": "MedicalWebPage",
        "name": name,
        "description": description,
        "url": url,
        "inLanguage": language,
        "isPartOf": {"@type": "WebSite", "name": SITE_NAME},
    }
    if item is not None:
        data.update(reviewed(item))
    if about:
        data["about"] = about
    data["citation"] = citations(sources)
    return data


def website(*, url: str, search_url: str = "") -> dict:
    """The site itself, for the home page; `search_url` takes the words as its `q`."""
    data = {
        "@type": "WebSite",
        "name": SITE_NAME,
        "url": url,
        "description": gettext(
            "Clear, careful help for neck and upper-back pain: why it hurts, the stretches "
            "that may help, and when to see a doctor."
        ),
        "inLanguage": in_language(),
    }
    if search_url:
        data["potentialAction"] = {
            "@type": "SearchAction",
            "target": {"@type": "EntryPoint", "urlTemplate": f"{search_url}?q={{words}}"},
            "query-input": "required name=words",
        }
    return data
