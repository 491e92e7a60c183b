"""Shared routines: a read-only page, a printable handout and a QR code back to the routine."""

import functools

import segno
from django.http import HttpResponse
from django.shortcuts import render
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from routines.models import Routine
from routines.ownership import owned_routine, shared_routine
from sitewide.http import HtmxHttpRequest, private
from stretches.doses import session_seconds


@functools.lru_cache(maxsize=512)
def qr_svg(url: str) -> str:
    # segno writes the SVG itself from a URL we built, so nothing a visitor typed reaches it.
    # The URL carries the language prefix, so each language's title is cached apart.
    # Drawing one takes milliseconds and a routine's link never changes: each is drawn once.
    svg = segno.make(url, error="m").svg_inline(
        scale=4, border=2, dark="#000", light="#fff", title=_("QR code linking to this routine")
    )
    return mark_safe(svg.replace("<svg ", '<svg role="img" ', 1))


def routine_context(request: HtmxHttpRequest, routine: Routine) -> dict:
    steps = list(routine.steps.all())
    share_url = request.build_absolute_uri(routine.get_absolute_url())
    return {
        "routine": routine,
        "steps": steps,
        "total_seconds": session_seconds(steps),
        "share_url": share_url,
        "qr": qr_svg(share_url),
        "is_owner": owned_routine(request.session) == routine,
    }


@require_safe
@private
def shared(request: HtmxHttpRequest, token: str) -> HttpResponse:
    routine = shared_routine(token)
    return render(request, "routines/shared.html", routine_context(request, routine.load_steps()))


def render_print(request: HtmxHttpRequest, routine: Routine | None) -> HttpResponse:
    """The printable handout of this routine (None: the visitor has none yet)."""
    if routine is None:
        return render(request, "routines/print.html", {"routine": None}, status=404)
    routine.load_steps(instructions=True)
    return render(request, "routines/print.html", routine_context(request, routine))


@require_safe
@private
def print_own(request: HtmxHttpRequest) -> HttpResponse:
    return render_print(request, owned_routine(request.session))


@require_safe
@private
def print_shared(request: HtmxHttpRequest, token: str) -> HttpResponse:
    return render_print(request, shared_routine(token))
