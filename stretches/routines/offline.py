"""
Following a routine without a connection (the service worker is static/js/sw.js).

Two endpoints: the list of pages a device keeps to follow a routine offline, and the one
that receives a session finished offline once the device is back online. A session carries
an id made on the device; the run keeps it, so the same session sent twice is saved once and
the second send is answered as a success.
"""

import uuid
from datetime import datetime

from django.db import IntegrityError, transaction
from django.http import HttpResponse, JsonResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe

from content.http import HtmxHttpRequest
from content.models import ContentVersion
from stretches.routines.models import Routine, RoutineRun
from stretches.routines.offline_forms import OfflineRunForm
from stretches.routines.responses import limit_writes, shared_routine
from stretches.routines.services import device_hash, owned_routine


class RefusedRun(Exception):
    """A session that cannot be saved; carries the status and the reason."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status


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
    routine = Routine.objects.with_steps().get(pk=routine.pk)
    # The version changes with the routine and with the content, and the device fetches the
    # pages again only when it does.
    version = f"{ContentVersion.current()}:{routine.updated.isoformat()}"
    response = JsonResponse({"version": version, "pages": routine_pages(routine, own=own)})
    response["Cache-Control"] = "private, no-cache"
    return response


@require_safe
def own_pages(request: HtmxHttpRequest) -> HttpResponse:
    return pages_answer(owned_routine(request.session), own=True)


@require_safe
def shared_pages(request: HtmxHttpRequest, token: str) -> HttpResponse:
    return pages_answer(shared_routine(token), own=False)


def finish_started_run(
    session, *, pk: int, device_id: uuid.UUID, finished: datetime, pain_after: int | None
) -> tuple[RoutineRun, bool]:
    """A run started online and finished offline."""
    run = RoutineRun.objects.select_for_update().filter(pk=pk).first()
    if run is None:
        raise RefusedRun(404, _("No such session."))
    if run.device_hash != device_hash(session):
        raise RefusedRun(403, _("That session was started on another device, so it was not saved."))
    if run.finished is not None:
        return run, False  # rated already, online: that rating stands
    RoutineRun.objects.filter(pk=run.pk).update(
        device_id=device_id, finished=finished, pain_after=pain_after
    )
    return run, True


def record_offline_run(session, *, device_id: uuid.UUID, **data) -> tuple[RoutineRun, bool]:
    """Save a session sent from a device, once: (the run, whether this send saved it). `data`
    is what OfflineRunForm cleaned; its `token` is the routine."""
    if already := RoutineRun.objects.filter(device_id=device_id).first():
        return already, False
    try:
        with transaction.atomic():
            if data["run"]:
                return finish_started_run(
                    session,
                    pk=data["run"],
                    device_id=device_id,
                    finished=data["finished"],
                    pain_after=data["pain_after"],
                )
            routine: Routine = data["token"]
            run = RoutineRun.objects.create(
                routine=routine,
                routine_name=routine.name,
                device_hash=device_hash(session),
                device_id=device_id,
                finished=data["finished"],
                pain_before=data["pain_before"],
                pain_after=data["pain_after"],
            )
            # `started` is set on creation; this one started on the device, maybe days ago.
            RoutineRun.objects.filter(pk=run.pk).update(started=data["started"] or data["finished"])
            return run, True
    except IntegrityError:
        # The same session, sent at the same moment by another request, was saved first.
        return RoutineRun.objects.get(device_id=device_id), False


@require_POST
@limit_writes
def sync(request: HtmxHttpRequest) -> HttpResponse:
    form = OfflineRunForm(request.POST)
    if not form.is_valid():
        return JsonResponse({"error": form.first_error(), "errors": form.errors}, status=400)
    try:
        run, saved = record_offline_run(request.session, **form.cleaned_data)
    except RefusedRun as refused:
        return JsonResponse({"error": str(refused)}, status=refused.status)
    return JsonResponse({"run": run.pk, "saved": saved}, status=201 if saved else 200)
