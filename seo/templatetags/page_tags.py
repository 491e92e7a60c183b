"""`{% page_tags %}`: a page's title, description, and search and share tags (seo/share.py)."""

from django import template

from seo.share import og_locale as build_og_locale
from seo.share import page_tags as build_page_tags

register = template.Library()


@register.simple_tag(takes_context=True)
def page_tags(context, title="", description=""):
    return build_page_tags(context, title, description)


@register.simple_tag
def og_locale():
    """The active language as Open Graph names it (en_GB, es_ES), for pages drawn without
    the full tags (the server-error page)."""
    return build_og_locale()
