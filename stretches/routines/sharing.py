"""Shared routines: a read-only page, a printable handout and a QR code back to the routine."""

import functools

import segno
from django.http import HttpResponse
from django.shortcuts import render
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from content.http import HtmxHttpRequest
from stretches.routines.models import Routine, session_seconds
from stretches.routines.reminder_forms import reminder_context
from stretches.routines.responses import own_and_shared, shared_routine
from stretches.routines.services import owned_routine


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
def shared(request: HtmxHttpRequest, token: str) -> HttpResponse:
    routine = shared_routine(token)
    full = routine.load_steps()
    context = {**routine_context(request, full), **reminder_context(token=token)}
    return render(request, "stretches/routine_shared.html", context)


def render_print(request: HtmxHttpRequest, routine: Routine | None) -> HttpResponse:
    if routine is None:
        return render(request, "stretches/routine_print.html", {"routine": None}, status=404)
    routine.load_steps(instructions=True)
    return render(request, "stretches/routine_print.html", routine_context(request, routine))


print_own, print_shared = own_and_shared(render_print)
