"""
Stretch-break reminders as a calendar file, for the visitor's own routine and for a shared
one. Asking for the file changes nothing, so it is a GET that the "Remind me" form submits
to directly; a schedule that cannot be made is answered with the page the form is on, its
messages beside the fields, and a 400.
"""

import datetime

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.cache import patch_cache_control
from django.utils.http import content_disposition_header
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_safe

from routines.builder_page import render_builder
from routines.history import last_time_context
from routines.models import Routine
from routines.ownership import owned_routine, shared_routine
from routines.reminder_calendar import RoutineSummary, Schedule, build_calendar
from routines.reminder_forms import ReminderForm, reminder_context
from routines.sharing import routine_context
from sitewide.http import HtmxHttpRequest
from stretches.doses import session_seconds

EMPTY_MESSAGE = gettext_lazy(
    "This routine has no stretches yet, so there is nothing to remind you of."
)
REFUSED_MESSAGE = gettext_lazy(
    "No calendar file yet: see the messages beside the reminder settings."
)


def summary_of(request: HtmxHttpRequest, routine: Routine) -> RoutineSummary:
    steps = list(routine.steps.all())
    return RoutineSummary(
        key=routine.token_hash,
        name=routine.display_name,
        stretches=len(steps),
        seconds=session_seconds(steps),
        # The share link's player works in any browser; the owner's own needs their session.
        follow_url=request.build_absolute_uri(
            reverse("routines:follow_shared", args=[routine.token])
        ),
        host=request.get_host().split(":")[0],
    )


def calendar_file(request: HtmxHttpRequest, routine: Routine, form: ReminderForm) -> HttpResponse:
    summary = summary_of(request, routine)
    schedule = Schedule(
        times=form.cleaned_data["clock_times"],
        days=form.cleaned_data["days"],
        zone=form.cleaned_data["tz"],
    )
    body = build_calendar(summary, schedule, now=datetime.datetime.now(datetime.UTC))
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    filename = f"upright-{slugify(routine.name) or 'routine'}-reminders.ics"
    response.headers["Content-Disposition"] = content_disposition_header(True, filename)
    patch_cache_control(response, private=True, no_cache=True)
    return response


def refusal(routine: Routine, form: ReminderForm) -> str | None:
    """Why no file can be made for this routine and schedule, or None when one can."""
    if not routine.steps.all():
        return str(EMPTY_MESSAGE)
    if not form.is_valid():
        form.focus_first_error()
        return str(REFUSED_MESSAGE)
    return None


@require_safe
def own_calendar(request: HtmxHttpRequest) -> HttpResponse:
    """The calendar file for the visitor's own routine, at /routine/reminders.ics."""
    routine = owned_routine(request.session)
    if routine is None:
        messages.error(request, _("You have no routine yet. Add a stretch first."))
        return render_builder(request, status=404, **reminder_context())
    routine.load_steps()
    form = ReminderForm(request.GET)
    if (message := refusal(routine, form)) is None:
        return calendar_file(request, routine, form)
    messages.error(request, message)
    context = {**last_time_context(request.session), **reminder_context(form)}
    return render_builder(request, status=400, **context)


@require_safe
def shared_calendar(request: HtmxHttpRequest, token: str) -> HttpResponse:
    """The calendar file for a shared routine, at /r/<token>/reminders.ics."""
    routine = shared_routine(token).load_steps()
    form = ReminderForm(request.GET)
    if (message := refusal(routine, form)) is None:
        return calendar_file(request, routine, form)
    messages.error(request, message)
    context = {**routine_context(request, routine), **reminder_context(form, token=token)}
    return render(request, "routines/shared.html", context, status=400)
