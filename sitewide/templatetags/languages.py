"""
Template tags for the page's languages: its `lang`, the marking of English content (and of
interface text inside it) on a translated page, and the same page in every language, for the
switcher and the hreflang alternates.
"""

from django import template
from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.urls import reverse, translate_url
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.translation import override

from sitewide.catalog import catalogue_url
from sitewide.http import absolute_url
from sitewide.languages import (
    CONTENT_LANGUAGE,
    active_language,
    bcp47,
    content_is_foreign,
    is_content_language,
)

register = template.Library()


@register.simple_tag
def html_lang() -> str:
    return bcp47(active_language())


@register.simple_tag
def url_prefix() -> str:
    """The active language's path prefix ("" for English, "/es" for Spanish), for the
    server-error page, which must not look a URL up."""
    code = active_language()
    return "" if is_content_language(code) else f"/{code}"


@register.simple_tag
def content_lang() -> SafeString:
    """` lang="en"` for an element of English content on a page in another language."""
    return format_html(' lang="{}"', CONTENT_LANGUAGE) if content_is_foreign() else SafeString("")


@register.simple_tag
def ui_lang() -> SafeString:
    """` lang="es"` for interface text inside English content on a page in another language."""
    return (
        format_html(' lang="{}"', bcp47(active_language()))
        if content_is_foreign()
        else SafeString("")
    )


def same_page_in(request, code: str) -> str:
    """This page's address in another language; that language's home page when this address
    names no page (a 404), so the switcher never leads back to the same page."""
    path = request.get_full_path()
    translated = translate_url(path, code)
    if translated == path and code != active_language():
        with override(code):
            translated = reverse("imbalances:home")
    return translated


def absolute(request, path: str) -> str:
    try:
        return absolute_url(request, path)
    except DisallowedHost:  # the 400 page for a host this site does not serve
        return path


@register.simple_tag(takes_context=True)
def page_languages(context) -> list[dict]:
    """Every language of the site with this page's address in it, the active one marked."""
    request = context.get("request")
    if request is None:
        return []
    languages = []
    for code, name in settings.LANGUAGES:
        path = same_page_in(request, code)
        languages.append(
            {
                "code": bcp47(code),
                "name": name,
                "path": path,
                "url": absolute(request, path),
                "current": code == active_language(),
            }
        )
    return languages


@register.simple_tag
def javascript_catalog_url() -> str:
    """The scripts' strings in the page's language, at the address of their wording."""
    return catalogue_url()
