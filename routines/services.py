"""
Writes to routines. Every function runs in one transaction and locks the routine's row first,
so concurrent requests from the same visitor (double clicks, several tabs) queue up instead of
interleaving: no step is lost, and a routine never passes MAX_STEPS.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from routines.models import MAX_STEPS, Routine, RoutineRun, RoutineStep
from routines.ownership import device_hash
from stretches.models import Stretch


class RoutineError(Exception):
    """A change that cannot be made; the message tells the visitor why, `status` the answer's."""

    def __init__(self, message: str, status: int = 400):
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class StepSpec:
    stretch: Stretch
    hold_seconds: int | None = None
    repetitions: int | None = None
    sides: str = RoutineStep.Sides.BOTH


def _locked(routine: Routine) -> Routine:
    return Routine.objects.select_for_update().get(pk=routine.pk)


def _touch(routine: Routine) -> None:
    Routine.objects.filter(pk=routine.pk).update(updated=timezone.now())


# Step changes.


@transaction.atomic
def add_steps(routine: Routine, *, specs: Iterable[StepSpec], replace: bool = False) -> int:
    routine = _locked(routine)
    specs = list(specs)
    if replace:
        routine.steps.all().delete()
        count, last = 0, 0
    else:
        count = routine.steps.count()
        last = routine.steps.aggregate(last=Max("position"))["last"] or 0
    if count + len(specs) > MAX_STEPS:
        room = MAX_STEPS - count
        raise RoutineError(
            _(
                "A routine holds at most %(max)d stretches and yours has room for %(room)d "
                "more. Remove some stretches first."
            )
            % {"max": MAX_STEPS, "room": room}
        )
    RoutineStep.objects.bulk_create(
        RoutineStep(
            routine=routine,
            stretch=spec.stretch,
            position=last + i,
            hold_seconds=spec.hold_seconds,
            repetitions=spec.repetitions,
            sides=spec.sides,
        )
        for i, spec in enumerate(specs, 1)
    )
    _touch(routine)
    return len(specs)


def add_stretch(routine: Routine, *, stretch: Stretch) -> None:
    add_steps(routine, specs=[StepSpec(stretch=stretch)])


@transaction.atomic
def remove_step(step: RoutineStep) -> None:
    _locked(step.routine)
    RoutineStep.objects.filter(pk=step.pk).delete()
    _touch(step.routine)


@transaction.atomic
def move_step(step: RoutineStep, *, direction: Literal["up", "down"]) -> bool:
    """Swap a step with its neighbour; False when it is already first or last."""
    _locked(step.routine)
    steps = list(RoutineStep.objects.filter(routine_id=step.routine_id).order_by("position", "pk"))
    index = next(i for i, other in enumerate(steps) if other.pk == step.pk)
    target = index - 1 if direction == "up" else index + 1
    if not 0 <= target < len(steps):
        return False
    steps[index], steps[target] = steps[target], steps[index]
    # Renumbering the whole list (30 rows at most) also heals any gaps or ties.
    for position, other in enumerate(steps, 1):
        other.position = position
    RoutineStep.objects.bulk_update(steps, ["position"])
    _touch(step.routine)
    return True


@transaction.atomic
def update_step(
    step: RoutineStep, *, hold_seconds: int | None, repetitions: int | None, sides: str
) -> None:
    _locked(step.routine)
    RoutineStep.objects.filter(pk=step.pk).update(
        hold_seconds=hold_seconds, repetitions=repetitions, sides=sides
    )
    _touch(step.routine)


@transaction.atomic
def rename_routine(routine: Routine, *, name: str) -> None:
    _locked(routine)
    Routine.objects.filter(pk=routine.pk).update(name=name, updated=timezone.now())


@transaction.atomic
def clear_routine(routine: Routine) -> int:
    _locked(routine)
    deleted, _ = routine.steps.all().delete()
    _touch(routine)
    return deleted


def copy_specs(source: Routine) -> list[StepSpec]:
    return [
        StepSpec(
            stretch=step.stretch,
            hold_seconds=step.hold_seconds,
            repetitions=step.repetitions,
            sides=step.sides,
        )
        for step in source.steps.all()
    ]


@transaction.atomic
def copy_into(routine: Routine, *, source: Routine, replace: bool) -> int:
    added = add_steps(routine, specs=copy_specs(source), replace=replace)
    if replace:
        Routine.objects.filter(pk=routine.pk).update(name=source.name, copied_from=source)
    return added


# Follow-throughs.


def start_run(session, *, routine: Routine, pain_before: int | None) -> RoutineRun:
    return RoutineRun.objects.create(
        routine=routine,
        routine_name=routine.name,
        device_hash=device_hash(session),
        pain_before=pain_before,
    )


def finish_run(run: RoutineRun, *, pain_after: int | None) -> None:
    RoutineRun.objects.filter(pk=run.pk).update(finished=timezone.now(), pain_after=pain_after)


def record_offline_run(session, *, device_id, run, token, started, pain_before, **finish):
    """Save a session sent from a device (OfflineRunForm), once: the run, and whether saved."""
    try:
        with transaction.atomic():
            if run is not None:
                return _finish_started_run(session, run, device_id=device_id, **finish)
            return RoutineRun.objects.create(
                routine=token,
                routine_name=token.name,
                device_hash=device_hash(session),
                device_id=device_id,
                started=started or finish["finished"],
                pain_before=pain_before,
                **finish,
            ), True
    except IntegrityError:
        # Saved already (sent twice), or the routine went meanwhile: the device tries again.
        if already := RoutineRun.objects.filter(device_id=device_id).first():
            return already, False
        raise RoutineError(_("This session could not be saved just now."), status=503) from None


def _finish_started_run(session, pk: int, **finish) -> tuple[RoutineRun, bool]:
    run = RoutineRun.objects.select_for_update().filter(pk=pk).first()
    if run is None:
        raise RoutineError(_("No such session."), status=404)
    if run.device_hash != device_hash(session):
        message = _("That session was started on another device, so it was not saved.")
        raise RoutineError(message, status=403)
    if run.finished is None:  # else rated already, online: that rating stands
        RoutineRun.objects.filter(pk=pk).update(**finish)
    return run, run.finished is None
