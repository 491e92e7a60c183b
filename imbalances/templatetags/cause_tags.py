"""Share tags and structured data for the home page, the causes and the red flags."""

from django import template
from django.urls import reverse

from imbalances.structured_data import cause_page, red_flags_page
from seo.share import page_tags
from seo.structured_data import json_ld, website

register = template.Library()


@register.simple_tag(takes_context=True)
def home_tags(context, title):
    """The home page's head: the site's card, and the site described as a WebSite."""
    absolute = context["request"].build_absolute_uri
    data = website(
        url=absolute(reverse("imbalances:home")), search_url=absolute(reverse("stretches:list"))
    )
    return page_tags(context, title) + json_ld(data)


@register.simple_tag(takes_context=True)
def cause_tags(context, cause):
    """A cause's head: shared as an article, described as a MedicalWebPage."""
    url = context["request"].build_absolute_uri(cause.get_absolute_url())
    tags = page_tags(context, cause.name, cause.summary, og_type="article")
    return tags + json_ld(cause_page(cause, url=url))


@register.simple_tag(takes_context=True)
def red_flags_tags(context, title, description, review, sources):
    url = context["request"].build_absolute_uri(reverse("imbalances:red_flags"))
    return page_tags(context, title, description) + json_ld(
        red_flags_page(review, sources, url=url)
    )
