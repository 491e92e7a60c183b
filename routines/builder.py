"""
The routine builder at /routine/ and its writes (see builder_page.py for how each answers).
"""

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from routines.builder_page import answer, back_to, limit_writes, render_builder
from routines.forms import (
    AddStretchForm,
    MoveForm,
    OwnedStepForm,
    RenameForm,
    StepForm,
)
from routines.history import last_time_context
from routines.models import RoutineStep, shown_name
from routines.ownership import create_owned_routine, owned_routine
from routines.services import (
    RoutineError,
    add_stretch,
    clear_routine,
    move_step,
    remove_step,
    rename_routine,
    update_step,
)
from sitewide.http import HtmxHttpRequest, private


def owned_step(request: HtmxHttpRequest, pk: int, form_class=OwnedStepForm):
    """The visitor's own step with that id, through a form scoped to their routine."""
    form = form_class({**request.POST.dict(), "step": pk}, routine=owned_routine(request.session))
    return form, (form.cleaned_data["step"] if form.is_valid() else None)


def step_refused(request: HtmxHttpRequest, form: OwnedStepForm) -> HttpResponse:
    if "step" in form.errors:
        return answer(request, form.errors["step"][0], status=404)
    errors = [error for field in form.errors.values() for error in field]
    return answer(request, " ".join(errors), status=400)


@require_safe
@private
def builder(request: HtmxHttpRequest) -> HttpResponse:
    return render_builder(request, **last_time_context(request.session))


@require_POST
@limit_writes
def add(request: HtmxHttpRequest) -> HttpResponse:
    """Add a stretch from the library or a guide; htmx swaps just that "Add" button."""
    form = AddStretchForm(request.POST)
    stretch = form.cleaned_data["stretch"] if form.is_valid() else None
    error = None
    if stretch is None:
        error = _("That stretch is not in the library, so nothing was added.")
    else:
        try:
            add_stretch(create_owned_routine(request.session), stretch=stretch)
        except RoutineError as refusal:
            error = str(refusal)
    if not request.htmx:
        return answer(
            request,
            error or _("%(name)s added to your routine.") % {"name": stretch.name},
            status=400 if error else 200,
        )
    if error:
        messages.error(request, error)
    else:
        messages.success(request, _("%(name)s added to your routine.") % {"name": stretch.name})
    routine = owned_routine(request.session)
    context = {
        "stretch": stretch,
        "added": error is None,
        "step_count": routine.steps.count() if routine else 0,
        "next": back_to(request),
    }
    return render(request, "routines/_add_to_routine.html", context, status=400 if error else 200)


@require_POST
@limit_writes
def remove(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    form, step = owned_step(request, pk)
    if step is None:
        return step_refused(request, form)
    remove_step(step)
    return answer(
        request,
        _("%(name)s removed from your routine.") % {"name": step.stretch.name},
        focus="routine-heading",
    )


@require_POST
@limit_writes
def move(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    form, step = owned_step(request, pk, MoveForm)
    if step is None:
        return step_refused(request, form)
    direction = form.cleaned_data["direction"]
    if not move_step(step, direction=direction):
        if direction == "up":
            refusal = _("%(name)s is already first.")
        else:
            refusal = _("%(name)s is already last.")
        return answer(request, refusal % {"name": step.stretch.name}, status=400)
    order = list(step.routine.steps.values_list("pk", flat=True))
    position = order.index(step.pk) + 1
    # Keep focus on the button just pressed, unless the move disabled it (first or last).
    at_edge = position == (1 if direction == "up" else len(order))
    focus = {"up": "move-down", "down": "move-up"}[direction] if at_edge else f"move-{direction}"
    if direction == "up":
        moved = _("%(name)s moved up, now number %(position)d of %(count)d.")
    else:
        moved = _("%(name)s moved down, now number %(position)d of %(count)d.")
    return answer(
        request,
        moved % {"name": step.stretch.name, "position": position, "count": len(order)},
        focus=focus,
        focus_step=step.pk,
    )


@require_http_methods(["GET", "HEAD", "POST"])
@limit_writes
@private
def edit(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    """The dose form for one step (fetched when a visitor asks to change it, so the builder
    stays light), and the change itself."""
    owned, step = owned_step(request, pk)
    if step is None:
        return step_refused(request, owned)
    if request.method != "POST":
        template = "routines/step_edit.html"
        if request.htmx:
            template += "#dose"  # opened in place on the builder
        context = {"form": StepForm(instance=step, autofocus=True), "inline": request.htmx}
        return render(request, template, context)
    form = StepForm(request.POST, instance=step)
    if not form.is_valid():
        message = _("%(name)s was not changed: see the message below.") % {
            "name": step.stretch.name
        }
        return answer(request, message, status=400, bound_form=form)
    update_step(
        step,
        hold_seconds=form.cleaned_data.get("hold_seconds"),
        repetitions=form.cleaned_data["repetitions"],
        sides=form.cleaned_data.get("sides", RoutineStep.Sides.BOTH),
    )
    return answer(request, _("%(name)s updated.") % {"name": step.stretch.name})


@require_POST
@limit_writes
def rename(request: HtmxHttpRequest) -> HttpResponse:
    routine = owned_routine(request.session)
    form = RenameForm(request.POST)
    if routine is None:
        refusal = _("Add a stretch first, then you can name your routine.")
        return answer(request, refusal, status=400)
    if not form.is_valid():
        return answer(request, _("Give your routine a name of up to 80 characters."), status=400)
    rename_routine(routine, name=form.cleaned_data["name"])
    name = shown_name(form.cleaned_data["name"])
    return answer(request, _("Routine renamed to “%(name)s”.") % {"name": name})


@require_POST
@limit_writes
def clear(request: HtmxHttpRequest) -> HttpResponse:
    # Where to go back to is the one thing this form says; read before anything changes, so
    # a body that cannot be read is refused (400) with the routine as it was.
    back = back_to(request)
    routine = owned_routine(request.session)
    if routine is None:
        return answer(request, _("Your routine is already empty."), status=400)
    removed = clear_routine(routine)
    message = ngettext(
        "Removed the only stretch from your routine.",
        "Removed all %(count)d stretches from your routine.",
        removed,
    ) % {"count": removed}
    return answer(request, message, focus="routine-heading", back=back)
