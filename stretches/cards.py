"""A stretch's share card: its figure, held still, beside its name (see seo/cards.py)."""

from django.http import Http404, HttpRequest, HttpResponse
from django.urls import reverse
from django.views.decorators.http import require_safe

from figures import FigureError, parse_figure, render_figure
from seo.cards import card_response, compose, version_token
from stretches.models import Stretch


def card_svg(stretch: Stretch) -> str:
    try:
        figure = parse_figure(stretch.figure)
        picture = render_figure(figure, still=True, label=figure.alt)
    except (FigureError, TypeError, ValueError, KeyError, AttributeError, IndexError) as error:
        # Never expected (the model checks figures on save), but no card beats a broken one.
        raise Http404("This stretch's figure cannot be drawn.") from error
    return compose(picture, stretch.name, bleed=figure.crop != "full")


def card_url(stretch: Stretch) -> str:
    """The card's address, with a `v` that moves whenever the stretch is saved."""
    version = version_token(stretch.updated.timestamp())
    return f"{reverse('stretches:card', args=[stretch.slug])}?v={version}"


def card_alt(stretch: Stretch) -> str:
    """The card in words: the stretch's name and what its figure shows."""
    alt = stretch.figure.get("alt") if stretch.figure else None
    return f"{stretch.name}: {alt}" if alt else stretch.name


@require_safe
def stretch_card(request: HttpRequest, slug: str) -> HttpResponse:
    def draw() -> str:
        stretch = Stretch.objects.published().filter(slug=slug).first()
        if stretch is None or not stretch.figure:
            raise Http404("No published stretch with a figure has that name.")
        return card_svg(stretch)

    return card_response(request, f"stretch:{slug}", draw)
