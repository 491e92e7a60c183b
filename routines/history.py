"""What this device remembers of past sessions: "Last time: 2 days ago, pain 6 → 4"."""

from django.http import HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_safe

from routines.models import RoutineRun
from routines.ownership import runs_on_this_device
from sitewide.http import HtmxHttpRequest, private


def last_run(session) -> RoutineRun | None:
    """The most recent session this device finished."""
    runs = runs_on_this_device(session)
    return runs.filter(finished__isnull=False).first() if runs else None


def days_ago(moment) -> str:
    days = (timezone.localdate() - timezone.localdate(moment)).days
    if days == 0:
        return _("today")
    if days == 1:
        return _("yesterday")
    return ngettext("%(days)d day ago", "%(days)d days ago", days) % {"days": days}


def last_time_context(session) -> dict:
    run = last_run(session)
    return {"last_run": run, "last_when": days_ago(run.finished) if run else ""}


@require_safe
@private
def last_time(request: HtmxHttpRequest) -> HttpResponse:
    """The line for a page every visitor shares (home): fetched by htmx, empty without history."""
    context = last_time_context(request.session)
    if context["last_run"] is None:
        return HttpResponse(status=204)
    return render(request, "routines/_last_time.html", context)


def chart(runs: list[RoutineRun], width: int = 400, height: int = 240) -> dict:
    """Coordinates for a small SVG chart of pain before and after, oldest on the left."""
    rated = [
        run for run in reversed(runs) if run.pain_before is not None or run.pain_after is not None
    ]
    rated = rated[-20:]
    left, right, top, bottom = 56, 28, 16, 60
    span = max(len(rated) - 1, 1)

    def x(i: int) -> float:
        return round(left + (width - left - right) * (i / span if len(rated) > 1 else 0.5), 1)

    def y(pain: int) -> float:
        return round(top + (height - top - bottom) * (10 - pain) / 10, 1)

    def series(attr: str) -> list[dict]:
        return [
            {"x": x(i), "y": y(getattr(run, attr)), "value": getattr(run, attr), "run": run}
            for i, run in enumerate(rated)
            if getattr(run, attr) is not None
        ]

    before, after = series("pain_before"), series("pain_after")
    return {
        "width": width,
        "height": height,
        "left": left,
        "right_edge": width - right,
        "bottom_edge": height - bottom,
        "grid": [{"value": v, "y": y(v)} for v in (0, 5, 10)],
        # Dates under the first and the last session, and under each one when there are few.
        "dates": [
            {"x": x(i), "run": run}
            for i, run in enumerate(rated)
            if len(rated) <= 6 or i in (0, len(rated) - 1)
        ],
        "middle_x": round((left + width - right) / 2),
        "middle_y": round((top + height - bottom) / 2),
        "before": before,
        "after": after,
        "before_points": " ".join(f"{p['x']},{p['y']}" for p in before),
        "after_points": " ".join(f"{p['x']},{p['y']}" for p in after),
        "count": len(rated),
    }


def history_context(request) -> dict:
    runs = list(runs_on_this_device(request.session)[:50])
    return {"runs": runs, "chart": chart(runs)}


@require_safe
@private
def history(request: HtmxHttpRequest) -> HttpResponse:
    return render(request, "routines/history.html", history_context(request))
