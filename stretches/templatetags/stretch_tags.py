"""Share tags and structured data for the stretch library's pages."""

from django import template

from seo.share import page_tags
from seo.structured_data import json_ld
from stretches.cards import card_alt, card_url
from stretches.structured_data import how_to

register = template.Library()


@register.simple_tag(takes_context=True)
def stretch_tags(context, stretch):
    """A guide's head: shared as an article with its own card, described as a HowTo."""
    request = context["request"]
    image = card_url(stretch) if stretch.figure else ""
    tags = page_tags(
        context,
        stretch.name,
        stretch.summary,
        og_type="article",
        image=image,
        image_alt=card_alt(stretch),
    )
    data = how_to(
        stretch,
        url=request.build_absolute_uri(stretch.get_absolute_url()),
        image=request.build_absolute_uri(image) if image else "",
    )
    return tags + json_ld(data)


@register.simple_tag(takes_context=True)
def library_tags(context, title, description):
    """The library's head. Its canonical address keeps the filters that were understood, in
    the form's order, and the page number past the first; nothing else a link may carry."""
    request, form, page = context["request"], context["form"], context["page"]
    query = [
        (name, request.GET[name])
        for name in form.fields
        if name not in form.errors and request.GET.get(name, "").strip()
    ]
    if page.number > 1:
        query.append(("page", str(page.number)))
    return page_tags(context, title, description, query=query)
