"""
Following a routine: a safety check, then one stretch per page, then "how is your pain now?".

Without JavaScript each stretch is a plain page with previous and next links. With it,
static/js/player.js turns the same page into a timed session using the steps embedded as JSON.
"""

import re

from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe

from figures import mirror_label
from routines.builder_page import limit_writes
from routines.forms import PainForm, PlaceForm
from routines.history import history_context
from routines.models import Routine, RoutineRun
from routines.ownership import device_hash, owned_routine, shared_routine
from routines.services import finish_run, start_run
from sitewide.http import HtmxHttpRequest, private
from stretches.doses import READY_SECONDS, session_seconds

# Which step shows the stretch position, for the one-line cue beside the timer: the step that
# says where the stretch is felt, else the one before "Hold ...", else the first slow move.
FEEL = re.compile(r"until you feel|feel an? (gentle|mild)", re.I)
HOLD = re.compile(r"(^|\. )Hold\b")
MOVE = re.compile(r"^(Slowly|Gently|As you breathe out|Pull)\b")


def position_step(texts: list[str]) -> str:
    if not texts:
        return ""
    later = texts[1:] or texts
    if found := next((text for text in later if FEEL.search(text)), None):
        return found
    if (hold := next((i for i, text in enumerate(texts) if HOLD.search(text)), 0)) > 0:
        return texts[hold - 1]
    return next((text for text in later if MOVE.search(text)), later[0])


def side_labels(stretch) -> dict[str, str]:
    """Each side in the steps' own words: the first side as written, the other mirrored."""
    if not stretch.per_side or not stretch.side_label:
        return {}
    first = stretch.first_side
    other = "left" if first == "right" else "right"
    return {first: stretch.side_label, other: mirror_label(stretch.side_label)}


def instructions(stretch) -> list[str]:
    return [instruction.text for instruction in stretch.steps.all()]


def timeline(steps) -> list[dict]:
    """What the player script needs, per stretch, to run the session."""
    return [
        {
            "name": step.stretch.name,
            "url": step.stretch.get_absolute_url(),
            "dose": step.dose_label,
            "instructions": instructions(step.stretch),
            "cue": position_step(instructions(step.stretch)),
            "stop_if": step.stretch.stop_if,
            "kind": step.stretch.kind,
            "rep_seconds": step.stretch.rep_seconds,
            "hold": step.hold,
            "reps": step.reps,
            "sides": step.side_list,
            # The figure shows this side; the other side is its mirror image.
            "figure_side": step.stretch.first_side,
            "side_labels": side_labels(step.stretch),
            "rest": step.stretch.rest_seconds,
            "ready": READY_SECONDS,
        }
        for step in steps
    ]


def done_count(request, total: int) -> int | None:
    """How many stretches the player says were held or moved (None: it did not say)."""
    value = request.GET.get("done", "")
    return int(value) if re.fullmatch(r"[0-9]{1,3}", value) and int(value) <= total else None


def follow_url(request, routine: Routine) -> str:
    if owned_routine(request.session) == routine:
        return reverse("routines:follow")
    return reverse("routines:follow_shared", args=[routine.token])


def render_player(request: HtmxHttpRequest, routine: Routine | None) -> HttpResponse:
    """The player's page for this routine (None: the visitor has none) at the place its
    address names: the safety check, a stretch, or the finish."""
    if routine is not None:
        routine.load_steps(instructions=True)
    steps = list(routine.steps.all()) if routine else []
    context = {"routine": routine, "steps": steps}
    if not steps:
        return render(request, "routines/follow.html", {**context, "empty": True})
    place = PlaceForm(request.GET, steps=len(steps))
    if not place.is_valid():
        return render(
            request,
            "routines/follow.html",
            {**context, "bad_step": True, "base": request.path},
            status=404,
        )
    index = place.cleaned_data["step"]  # None: the safety check comes first
    run = None
    if run_id := place.cleaned_data["run"]:
        run = RoutineRun.objects.filter(pk=run_id, device_hash=device_hash(request.session)).first()
    total = session_seconds(steps)
    remaining = session_seconds(steps[index or 0 :])
    done = done_count(request, len(steps))
    return render(
        request,
        "routines/follow.html",
        {
            **context,
            "index": index,
            "number": (index or 0) + 1,
            "step": steps[index] if index is not None and index < len(steps) else None,
            "finished": index == len(steps),
            "done": done,
            "all_done": done is None or done == len(steps),
            "run": run,
            "base": request.path,
            "timeline": timeline(steps),
            "total_seconds": total,
            "remaining_seconds": remaining,
            "elapsed_seconds": total - remaining,
            "percent": round(100 * (index or 0) / len(steps)),
            "pain_choices": range(11),
        },
    )


@require_safe
@private
def follow(request: HtmxHttpRequest) -> HttpResponse:
    """The visitor's own routine, in the player."""
    return render_player(request, owned_routine(request.session))


@require_safe
@private
def follow_shared(request: HtmxHttpRequest, token: str) -> HttpResponse:
    """A shared routine (a link, or a ready-made one), in the player."""
    return render_player(request, shared_routine(token))


@require_POST
@limit_writes
def start(request: HtmxHttpRequest, token: str) -> HttpResponse:
    routine = shared_routine(token)
    form = PainForm(request.POST)
    if not form.is_valid():
        messages.error(request, form.errors["pain"][0])
        return redirect(follow_url(request, routine))
    run = start_run(request.session, routine=routine, pain_before=form.cleaned_data["pain"])
    return redirect(f"{follow_url(request, routine)}?step=1&run={run.pk}")


@require_POST
@limit_writes
def finish(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    run = RoutineRun.objects.filter(pk=pk).first()
    if run is None:
        raise Http404("No such session.")
    if run.device_hash != device_hash(request.session):
        messages.error(
            request, _("That session was started on another device, so it was not saved.")
        )
        return render(request, "routines/history.html", history_context(request), status=403)
    form = PainForm(request.POST)
    if not form.is_valid():
        messages.error(request, form.errors["pain"][0])
        return render(request, "routines/history.html", history_context(request), status=400)
    finish_run(run, pain_after=form.cleaned_data["pain"])
    if request.POST.get("complete") != "0":
        saved = _("Well done. Your session is saved in your history on this device.")
    else:
        saved = _("Your session is saved in your history on this device.")
    messages.success(request, saved)
    return redirect("routines:history")
