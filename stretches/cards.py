"""A stretch's share card: its figure, held still, beside its name (see seo/cards.py)."""

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.views.decorators.http import require_safe

from figures import FigureError, parse_figure, render_figure
from seo.cards import card_response, compose, version_token
from sitewide.caching import cache_for_everyone
from stretches.models import Stretch


def card_svg(stretch: Stretch) -> str:
    try:
        figure = parse_figure(stretch.figure)
        picture = render_figure(figure, still=True, label=figure.alt)
    except (FigureError, TypeError, ValueError, KeyError, AttributeError, IndexError) as error:
        # Never expected (the model checks figures on save), but no card beats a broken one.
        raise Http404("This stretch's figure cannot be drawn.") from error
    return compose(picture, stretch.name, bleed=figure.crop != "full")


def card_version(stretch: Stretch) -> str:
    """Moves whenever the stretch is saved."""
    return version_token(stretch.updated.timestamp())


def card_url(stretch: Stretch) -> str:
    return f"{reverse('stretches:card', args=[stretch.slug])}?v={card_version(stretch)}"


def card_alt(stretch: Stretch) -> str:
    """The card in words: the stretch's name and what its figure shows."""
    alt = stretch.figure.get("alt") if stretch.figure else None
    return f"{stretch.name}: {alt}" if alt else stretch.name


@require_safe
@cache_for_everyone(params=("v",))
def stretch_card(request: HttpRequest, slug: str) -> HttpResponse:
    stretch = get_object_or_404(Stretch.objects.published().exclude(figure={}), slug=slug)
    return card_response(request, card_svg(stretch), version=card_version(stretch))
