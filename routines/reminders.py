"""
Stretch-break reminders: a "Remind me" page for the visitor's own routine and for a shared one,
and the calendar file its form asks for. Asking for the file changes nothing, so it is a GET
that the form submits to directly; a schedule that cannot be made is answered with the page the
form is on, its messages beside the fields, and a 400.
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
from routines.models import Routine
from routines.ownership import owned_routine, shared_routine
from routines.reminder_calendar import RoutineSummary, Schedule, build_calendar
from routines.reminder_forms import ReminderForm, reminder_context
from sitewide.http import HtmxHttpRequest, private
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


def render_reminders(
    request: HtmxHttpRequest,
    routine: Routine,
    *,
    form: ReminderForm | None = None,
    token: str | None = None,
    status: int = 200,
) -> HttpResponse:
    """The "Remind me" page of the visitor's own routine (token None) or of a shared one."""
    steps = list(routine.load_steps().steps.all())
    own = token is None
    context = {
        "routine": routine,
        "steps": steps,
        "total_seconds": session_seconds(steps),
        "own": own,
        "back_url": reverse("routines:builder") if own else routine.get_absolute_url(),
        **reminder_context(form, token=token),
    }
    return render(request, "routines/reminders.html", context, status=status)


@require_safe
@private
def remind(request: HtmxHttpRequest) -> HttpResponse:
    routine = owned_routine(request.session)
    if routine is None:
        messages.error(request, _("You have no routine yet. Add a stretch first."))
        return render_builder(request, status=404)
    return render_reminders(request, routine)


@require_safe
@private
def remind_shared(request: HtmxHttpRequest, token: str) -> HttpResponse:
    return render_reminders(request, shared_routine(token), token=token)


@require_safe
def own_calendar(request: HtmxHttpRequest) -> HttpResponse:
    """The calendar file for the visitor's own routine, at /routine/reminders.ics."""
    routine = owned_routine(request.session)
    if routine is None:
        messages.error(request, _("You have no routine yet. Add a stretch first."))
        return render_builder(request, status=404)
    routine.load_steps()
    form = ReminderForm(request.GET)
    if (message := refusal(routine, form)) is None:
        return calendar_file(request, routine, form)
    messages.error(request, message)
    return render_reminders(request, routine, form=form, status=400)


@require_safe
def shared_calendar(request: HtmxHttpRequest, token: str) -> HttpResponse:
    """The calendar file for a shared routine, at /r/<token>/reminders.ics."""
    routine = shared_routine(token).load_steps()
    form = ReminderForm(request.GET)
    if (message := refusal(routine, form)) is None:
        return calendar_file(request, routine, form)
    messages.error(request, message)
    return render_reminders(request, routine, form=form, token=token, status=400)
