"""`{% page_meta %}`: the canonical link and share tags in every page's head (seo/share.py)."""

from django import template

from seo.share import og_locale as build_og_locale
from seo.share import page_meta as build_page_meta

register = template.Library()


@register.simple_tag(takes_context=True)
def page_meta(context, og_type="website", image="", image_alt=""):
    return build_page_meta(context, og_type=og_type, image=image, image_alt=image_alt)


@register.simple_tag
def og_locale():
    """The active language as Open Graph names it (en_GB, es_ES), for pages drawn without
    the full tags (the server-error page)."""
    return build_og_locale()
