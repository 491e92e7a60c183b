"""What this device remembers of past sessions: "Last time: 2 days ago, pain 6 → 4"."""

from django.http import HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_safe

from content.http import HtmxHttpRequest
from stretches.routines.models import RoutineRun
from stretches.routines.services import runs_on_this_device


def last_run(session) -> RoutineRun | None:
    """The most recent session this device finished."""
    runs = runs_on_this_device(session)
    return runs.filter(finished__isnull=False).first() if runs else None


def days_ago(moment) -> str:
    days = (timezone.localdate() - timezone.localdate(moment)).days
    return {0: "today", 1: "yesterday"}.get(days, f"{days} days ago")


def last_time_context(session) -> dict:
    run = last_run(session)
    return {"last_run": run, "last_when": days_ago(run.finished) if run else ""}


@require_safe
def last_time(request: HtmxHttpRequest) -> HttpResponse:
    """The line for a page every visitor shares (home): fetched by htmx, empty without history."""
    context = last_time_context(request.session)
    if context["last_run"] is None:
        return HttpResponse(status=204)
    return render(request, "stretches/_last_time.html", context)
