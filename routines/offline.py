"""
Following a routine without a connection (the service worker is static/js/sw.js).

Two endpoints: the list of pages a device keeps to follow a routine offline, and the one
that receives a session finished offline once the device is back online. A session carries
an id made on the device; the run keeps it, so the same session sent twice is saved once and
the second send is answered as a success.
"""

from django.http import HttpResponse, JsonResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe

from routines.builder_page import limit_writes
from routines.models import Routine
from routines.offline_forms import OfflineRunForm
from routines.ownership import owned_routine, shared_routine
from routines.services import RoutineError, record_offline_run
from sitewide.caching import content_version
from sitewide.http import HtmxHttpRequest


def routine_pages(routine: Routine, *, own: bool) -> list[str]:
    """Every page a visitor needs to follow the routine: its page, the player's safety check,
    each stretch, the finish, and each stretch's guide."""
    if own:
        home, follow = reverse("routines:builder"), reverse("routines:follow")
    else:
        home = reverse("routines:shared", args=[routine.token])
        follow = reverse("routines:follow_shared", args=[routine.token])
    steps = list(routine.steps.all())
    players = [f"{follow}?step={number}" for number in range(1, len(steps) + 1)]
    guides = dict.fromkeys(step.stretch.get_absolute_url() for step in steps)
    return [home, follow, *players, f"{follow}?step=done", *guides]


def pages_answer(routine: Routine | None, *, own: bool) -> HttpResponse:
    if routine is None:
        return JsonResponse({"error": _("There is no routine to keep.")}, status=404)
    routine.load_steps()
    # The version changes with the routine and with the content, and the device fetches the
    # pages again only when it does.
    version = f"{content_version()}:{routine.updated.isoformat()}"
    response = JsonResponse({"version": version, "pages": routine_pages(routine, own=own)})
    response["Cache-Control"] = "private, no-cache"
    return response


@require_safe
def own_pages(request: HtmxHttpRequest) -> HttpResponse:
    return pages_answer(owned_routine(request.session), own=True)


@require_safe
def shared_pages(request: HtmxHttpRequest, token: str) -> HttpResponse:
    return pages_answer(shared_routine(token), own=False)


@require_POST
@limit_writes
def sync(request: HtmxHttpRequest) -> HttpResponse:
    form = OfflineRunForm(request.POST)
    if not form.is_valid():
        return JsonResponse({"error": form.first_error(), "errors": form.errors}, status=400)
    try:
        run, saved = record_offline_run(request.session, **form.cleaned_data)
    except RoutineError as refused:
        return JsonResponse({"error": str(refused)}, status=refused.status)
    return JsonResponse({"run": run.pk, "saved": saved}, status=201 if saved else 200)
