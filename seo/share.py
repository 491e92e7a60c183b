"""
What a page tells browsers, search engines and the sites it is shared on: its title and
description, its canonical address, Open Graph and Twitter card tags, and whether it may be
indexed at all.

Each template names its title and description once, in its `page_tags` block, and every tag
is drawn from them. Every address is absolute, built from the request (https in production); a
kept page carries the host and scheme it was drawn for, and both are part of the page cache's
key.
"""

from collections.abc import Iterable
from urllib.parse import urlencode

from django.core.exceptions import DisallowedHost
from django.template.context import Context
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext, gettext_lazy

from seo.cards import CARD_HEIGHT, CARD_WIDTH, version_token
from seo.structured_data import SITE_NAME
from sitewide.http import absolute_url

# Open Graph names a locale with its country; our languages default to these.
LOCALES = {"en": "en_GB", "es": "es_ES"}
# What a page is about when it says nothing more particular.
DESCRIPTION = gettext_lazy(
    "Clear, careful help for neck and upper-back pain: why it hurts, the stretches that may "
    "help, and when to see a doctor."
)
# Pages drawn for one visitor (their routine, its player, their history, a shared routine's
# private link): never in a search index.
PRIVATE_NAMESPACES = frozenset({"routines"})


def og_locale() -> str:
    language = translation.get_language() or "en-gb"
    locale = translation.to_locale(language)
    return locale if "_" in locale else LOCALES.get(locale, locale)


def canonical_url(request, query: Iterable[tuple[str, str]] = ()) -> str:
    """The page's own address without its query, save the `query` pairs given (the ones that
    make a page distinct, such as the library's filters), so one page has one address."""
    url = absolute_url(request, request.path)
    query = list(query)
    return f"{url}?{urlencode(query)}" if query else url


def known_host(request) -> bool:
    """Whether the request names one of our hosts. The 400 page answers requests that do not,
    and must not name their host in its own addresses (nor fail trying)."""
    try:
        request.get_host()
    except DisallowedHost:
        return False
    return True


def is_private(request) -> bool:
    match = getattr(request, "resolver_match", None)
    return bool(match and PRIVATE_NAMESPACES & set(match.namespaces))


def page_tags(
    context: Context,
    title: str = "",
    description: str = "",
    *,
    og_type: str = "website",
    image: str = "",
    image_alt: str = "",
    query: Iterable[tuple[str, str]] = (),
) -> SafeString:
    """The head's title, description, and search and share tags. `image` is a site-relative
    path to a 1200x630 PNG (the site's own card when empty); `query` holds the parameters that
    make a page distinct, for its canonical address."""
    request = context.get("request")
    data = {
        "title": str(title),
        "description": str(description or DESCRIPTION),
        "type": og_type,
        "site_name": SITE_NAME,
        "locale": og_locale(),
        "image_width": CARD_WIDTH,
        "image_height": CARD_HEIGHT,
        "image_alt": image_alt or gettext("Upright: help for neck and upper-back pain"),
    }
    # A template drawn without a request (outside a view), or for a host that is not ours,
    # still has its title and description; it cannot know its own address. (The server-error
    # page does not extend base.html, and carries its few tags itself.)
    if request is not None and known_host(request):
        data["url"] = canonical_url(request, query)
        image = image or f"{reverse('share_card')}?v={version_token()}"
        data["image"] = absolute_url(request, image)
        data["noindex"] = is_private(request)
    tags = render_to_string("includes/page_tags.html", {"meta": data})
    return mark_safe(tags.strip())  # noqa: S308 - rendered with autoescape, only stripped
