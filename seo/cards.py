"""
Share cards: the 1200x630 PNG a social site shows beside a link to one of our pages.

A card is a picture (a stretch's figure, or the site's mark) beside a title and the word
Upright, on the page's plain background. It is composed as SVG here and rasterized with resvg,
using a font that ships as a Python package, so the same card comes out on any machine
without system fonts or libraries. Pages name a card with a `v` that moves when what it shows
may have changed (the item is saved, or a new release draws cards differently); at that
address it is drawn once, kept with the other public pages (sitewide/caching.py) and may be
kept by browsers and social sites for a week.
"""

import hashlib
import re
import textwrap
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

import font_source_sans_pro
import resvg_py
from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext
from django.views.decorators.http import require_safe

from sitewide.caching import cache_for_everyone

CARD_WIDTH, CARD_HEIGHT = 1200, 630
TEXT_WIDTH = 540  # from x=620 to 40 px short of the right edge
MAX_AGE = 7 * 24 * 60 * 60
FONT = "Source Sans Pro"
FONT_FILES = [font_source_sans_pro.font_files_ttf[name] for name in ("SourceSansProBold",)]
# The light scheme's colours (static/css/upright.css). resvg takes no custom properties, so the
# figure's classes get plain colours here.
BACKGROUND, PANEL, TEXT, BRAND = "#fbfaf7", "#e3f1ef", "#1f2a30", "#0b5d5b"
FIGURE_STYLE = f"""
.fig {{ fill: none; stroke-linecap: round; stroke-linejoin: round; color: {TEXT}; }}
.fig-body, .fig-nose {{ stroke: {TEXT}; }}
.fig-torso, .fig-head {{ fill: {TEXT}; stroke: {TEXT}; stroke-width: 1px; }}
.fig-halo {{ stroke: {PANEL}; }}
.fig-eye {{ fill: {PANEL}; }}
.fig-muscle {{ fill: #f76707; fill-opacity: 0.9; }}
.fig-arrow {{ stroke: {BRAND}; }}
.fig-arrowhead {{ fill: {BRAND}; }}
.fig-ghost {{ stroke: #c3cbce; }}
.fig-ghost-line {{ stroke: #4a5860; stroke-dasharray: 4 3; stroke-width: 1.5px; }}
.fig-prop, .fig-strap {{ stroke: #4a5860; }}
.fig-prop-fill {{ fill: #d5dadc; stroke: #4a5860; stroke-width: 0.8px; }}
.fig-wall {{ fill: #d5dadc; fill-opacity: 0.5; }}
"""
# The header's mark (templates/base.html), drawn in the brand colour.
MARK = (
    '<g fill="none" stroke="currentColor" stroke-width="2.6" stroke-linecap="round">'
    '<circle cx="16" cy="7.5" r="3.8" fill="currentColor" stroke="none"/>'
    '<path d="M7.5 17.5c2.6-2.2 5.4-3.2 8.5-3.2s5.9 1 8.5 3.2M16 14.3v13.2"/></g>'
)
LOGO = Path(settings.BASE_DIR) / "static" / "img" / "favicon.svg"


def title_lines(title: str) -> tuple[int, list[str]]:
    """A font size and the title's lines, so a long name still fits the right-hand half: at
    most three lines, shrinking the type before breaking a word."""
    for size in (76, 66, 58, 50, 44):
        # Under half an em per character in this face, bold; kept on the safe side.
        per_line = int(TEXT_WIDTH / (size * 0.5))
        lines = textwrap.wrap(title, per_line, break_long_words=False)
        if len(lines) <= 3 and all(len(line) <= per_line for line in lines):
            return size, lines
    per_line = int(TEXT_WIDTH / (44 * 0.5))
    return 44, textwrap.wrap(title, per_line, max_lines=3, placeholder="…")


def placed_on_panel(svg: str, *, bleed: bool) -> str:
    """Place a whole SVG document on the card's panel, scaled to fit. A picture cut off at
    the bottom (a figure from the shoulders or hips up) bleeds off the panel's lower edge."""
    box = (
        ' x="70" y="70" width="470" height="520" preserveAspectRatio="xMidYMax meet"'
        if bleed
        else ' x="70" y="70" width="470" height="490" preserveAspectRatio="xMidYMid meet"'
    )
    start = svg.index("<svg") + len("<svg")
    return svg[:start] + box + svg[start:]


def compose(picture: str, title: str, *, bleed: bool = False) -> str:
    """The card as SVG: the picture on a soft panel at the left, the words at the right."""
    size, lines = title_lines(title)
    leading = round(size * 1.12)
    top = 300 - leading * len(lines) // 2 + size
    words = "".join(
        f'<tspan x="620" y="{top + i * leading}">{escape(line)}</tspan>'
        for i, line in enumerate(lines)
    )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{CARD_WIDTH}" height="{CARD_HEIGHT}" '
        f'viewBox="0 0 {CARD_WIDTH} {CARD_HEIGHT}" font-family={quoteattr(FONT)}>'
        '<defs><clipPath id="panel"><rect x="40" y="40" width="530" height="550" rx="28"/>'
        "</clipPath></defs>"
        f'<rect width="{CARD_WIDTH}" height="{CARD_HEIGHT}" fill="{BACKGROUND}"/>'
        f'<rect x="40" y="40" width="530" height="550" rx="28" fill="{PANEL}"/>'
        f'<g clip-path="url(#panel)">{placed_on_panel(picture, bleed=bleed)}</g>'
        f'<text font-size="{size}" font-weight="700" fill="{TEXT}">{words}</text>'
        f'<g color="{BRAND}">'
        f'<svg x="620" y="508" width="56" height="56" viewBox="0 0 32 32">{MARK}</svg>'
        f'<text x="688" y="552" font-size="44" font-weight="700" fill="{BRAND}">Upright</text>'
        "</g></svg>"
    )


def rasterize(svg: str) -> bytes:
    return bytes(
        resvg_py.svg_to_bytes(
            svg_string=svg,
            style_sheet=FIGURE_STYLE,
            skip_system_fonts=True,
            font_files=FONT_FILES,
            font_family=FONT,
        )
    )


def card_response(request: HttpRequest, svg: str, *, version: str) -> HttpResponse:
    """The card drawn from `svg`. At its current address (`v` is `version`) it may be kept for
    a week; at any other it is answered but never kept, so made-up addresses fill no cache."""
    response = HttpResponse(rasterize(svg), content_type="image/png")
    if request.GET.get("v") == version:
        patch_cache_control(response, public=True, max_age=MAX_AGE)
    else:
        patch_cache_control(response, private=True)
    return response


def version_token(*parts) -> str:
    """A short token that moves when what a card shows may have changed, for its URL."""
    token = ":".join(map(str, (settings.RELEASE, *parts)))
    return hashlib.sha256(token.encode()).hexdigest()[:12]


def site_card_svg() -> str:
    """The site's card: its logo (the favicon's tile) and what the site is for."""
    # A wider view box than the tile's own 32 x 32 leaves a margin round it on the panel.
    logo = re.sub(r'viewBox="[^"]*"', 'viewBox="-14 -14 60 60"', LOGO.read_text(), count=1)
    return compose(logo, gettext("Help for neck and upper-back pain"))


@require_safe
@cache_for_everyone(params=("v",))
def site_card(request: HttpRequest) -> HttpResponse:
    """The card for pages without a figure of their own: home, causes, red flags and the rest."""
    return card_response(request, site_card_svg(), version=version_token())
