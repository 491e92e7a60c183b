"""
The routine builder at /routine/. Every change is a POST that works as a plain form (answered
with a redirect) and as an htmx request (answered with the updated fragment). A change that
cannot be made is refused with a clear message and a 4xx status, and changes nothing.
"""

from functools import wraps

from django.conf import settings
from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST, require_safe
from django_ratelimit.decorators import ratelimit

from config.http import HtmxHttpRequest
from config.page_cache import cached_response
from stretches.models import MAX_STEPS, Routine, RoutineStep
from stretches.models.routines import session_seconds
from stretches.routine_forms import (
    AddStretchForm,
    LoadStretchesForm,
    MoveForm,
    RenameForm,
    ReplaceOrAppendForm,
    StepForm,
)
from stretches.routine_services import (
    RoutineError,
    StepSpec,
    add_steps,
    add_stretch,
    clear_routine,
    copy_into,
    create_owned_routine,
    move_step,
    owned_routine,
    remove_step,
    rename_routine,
    update_step,
)

BUILDER = "stretches/routine_builder.html"


def limit_writes(view):
    """Every routine write: its form body parsed before anything happens, so a malformed one
    is refused (400) with nothing changed; then counted against the client's budget (one for
    all routine writes, see RATELIMIT_WRITES)."""
    limited = ratelimit(
        group="routine-writes", key="ip", rate=settings.RATELIMIT_WRITES, method="POST", block=True
    )(view)

    @wraps(view)
    def wrapper(request: HtmxHttpRequest, *args, **kwargs) -> HttpResponse:
        request.POST  # noqa: B018 - raises on a malformed body; Django answers 400
        return limited(request, *args, **kwargs)

    return wrapper


def builder_context(
    routine: Routine | None, *, bound_form: StepForm | None = None, **extra
) -> dict:
    steps = list(routine.steps.select_related("stretch")) if routine else []
    for step in steps:
        # A rejected edit shows the visitor's input and its error; other steps show their dose.
        step.form = bound_form if bound_form and bound_form.instance.pk == step.pk else None
        step.form = step.form or StepForm(instance=step)
    return {
        "routine": routine,
        "steps": steps,
        "total_seconds": session_seconds(steps),
        "max_steps": MAX_STEPS,
        "ready_made": Routine.objects.ready_made().order_by("name"),
        "rename_form": RenameForm(initial={"name": routine.name if routine else ""}),
        **extra,
    }


def render_builder(request: HtmxHttpRequest, routine: Routine | None, *, status=200, **extra):
    template = BUILDER + "#builder" if request.htmx else BUILDER
    return render(request, template, builder_context(routine, **extra), status=status)


def refuse(request: HtmxHttpRequest, message: str, *, status: int = 400) -> HttpResponse:
    """Explain why nothing changed, with the routine as it stands."""
    messages.error(request, message)
    return render_builder(request, owned_routine(request.session), status=status)


def succeed(request: HtmxHttpRequest, message: str, routine: Routine, **extra) -> HttpResponse:
    messages.success(request, message)
    if request.htmx:
        return render_builder(request, routine, **extra)
    return redirect(back_to(request))


def back_to(request: HtmxHttpRequest) -> str:
    """Where a plain form post returns: the page it came from, if that page is ours."""
    target = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return reverse("routines:builder")


def with_owned_step(view):
    """Pass the view the visitor's own step, or refuse: 404 if it is gone, 403 if not theirs."""

    @wraps(view)
    def wrapper(request: HtmxHttpRequest, pk: int) -> HttpResponse:
        routine = owned_routine(request.session)
        step = RoutineStep.objects.select_related("stretch", "routine").filter(pk=pk).first()
        if step is None:
            return refuse(
                request,
                "That stretch is no longer in your routine. Here is your routine as it is now.",
                status=404,
            )
        if routine is None or step.routine_id != routine.pk:
            return refuse(request, "That step belongs to someone else's routine.", status=403)
        return view(request, step)

    return wrapper


def routine_key(routine: Routine | None) -> str:
    """Identifies a routine as it is now: any change to it moves `updated`."""
    return f"{routine.pk}:{routine.updated.timestamp()}" if routine else "none"


@require_safe
def builder(request: HtmxHttpRequest) -> HttpResponse:
    routine = owned_routine(request.session)
    return cached_response(
        request, f"builder:{routine_key(routine)}", lambda: render_builder(request, routine)
    )


@require_POST
@limit_writes
def add(request: HtmxHttpRequest) -> HttpResponse:
    """Add a stretch from the library or a guide; htmx swaps just that "Add" button."""
    form = AddStretchForm(request.POST)
    stretch = form.cleaned_data["stretch"] if form.is_valid() else None
    routine = owned_routine(request.session)
    error = None
    if stretch is None:
        error = "That stretch is not in the library, so nothing was added."
    else:
        routine = routine or create_owned_routine(request.session)
        try:
            add_stretch(routine, stretch=stretch)
        except RoutineError as refusal:
            error = str(refusal)
    if not request.htmx:
        if error:
            return refuse(request, error)
        messages.success(request, f"{stretch.name} added to your routine.")
        return redirect(back_to(request))
    if error:
        messages.error(request, error)
    else:
        messages.success(request, f"{stretch.name} added to your routine.")
    context = {
        "stretch": stretch,
        "added": error is None,
        "step_count": routine.steps.count() if routine else 0,
        "next": back_to(request),
    }
    return render(request, "stretches/_add_to_routine.html", context, status=400 if error else 200)


@require_POST
@limit_writes
@with_owned_step
def remove(request: HtmxHttpRequest, step: RoutineStep) -> HttpResponse:
    remove_step(step)
    return succeed(
        request,
        f"{step.stretch.name} removed from your routine.",
        step.routine,
        focus="routine-heading",
    )


@require_POST
@limit_writes
@with_owned_step
def move(request: HtmxHttpRequest, step: RoutineStep) -> HttpResponse:
    form = MoveForm(request.POST)
    if not form.is_valid():
        return refuse(request, "Choose whether to move the stretch up or down.")
    direction = form.cleaned_data["direction"]
    if not move_step(step, direction=direction):
        edge = "first" if direction == "up" else "last"
        return refuse(request, f"{step.stretch.name} is already {edge}.")
    order = list(step.routine.steps.values_list("pk", flat=True))
    position = order.index(step.pk) + 1
    # Keep focus on the button just pressed, unless the move disabled it (first or last).
    at_edge = position == (1 if direction == "up" else len(order))
    focus = {"up": "move-down", "down": "move-up"}[direction] if at_edge else f"move-{direction}"
    return succeed(
        request,
        f"{step.stretch.name} moved {direction}, now number {position} of {len(order)}.",
        step.routine,
        focus=focus,
        focus_step=step.pk,
    )


@require_POST
@limit_writes
@with_owned_step
def edit(request: HtmxHttpRequest, step: RoutineStep) -> HttpResponse:
    form = StepForm(request.POST, instance=step)
    if not form.is_valid():
        messages.error(request, f"{step.stretch.name} was not changed: see the message below.")
        return render_builder(request, step.routine, status=400, bound_form=form)
    # The bound form has already written the new values onto `step`; save them under the lock.
    update_step(
        step,
        hold_seconds=form.cleaned_data["hold_seconds"],
        repetitions=form.cleaned_data["repetitions"],
        sides=form.cleaned_data.get("sides", RoutineStep.Sides.BOTH),
    )
    return succeed(request, f"{step.stretch.name} updated.", step.routine)


@require_POST
@limit_writes
def rename(request: HtmxHttpRequest) -> HttpResponse:
    routine = owned_routine(request.session)
    form = RenameForm(request.POST)
    if routine is None:
        return refuse(request, "Add a stretch first, then you can name your routine.")
    if not form.is_valid():
        return refuse(request, "Give your routine a name of up to 80 characters.")
    rename_routine(routine, name=form.cleaned_data["name"])
    return succeed(request, f"Routine renamed to “{form.cleaned_data['name']}”.", routine)


@require_POST
@limit_writes
def clear(request: HtmxHttpRequest) -> HttpResponse:
    routine = owned_routine(request.session)
    if routine is None:
        return refuse(request, "Your routine is already empty.")
    removed = clear_routine(routine)
    return succeed(
        request,
        f"Removed all {removed} stretches from your routine.",
        routine,
        focus="routine-heading",
    )


def confirm_or_apply(request, form: ReplaceOrAppendForm, apply, *, summary: str, context: dict):
    """Fill an empty routine at once; ask before touching one that already has stretches."""
    routine = owned_routine(request.session) or create_owned_routine(request.session)
    if routine.steps.exists() and not form.cleaned_data.get("mode"):
        return render(
            request,
            "stretches/routine_confirm.html",
            {
                "routine": routine,
                "step_count": routine.steps.count(),
                "summary": summary,
                **context,
            },
        )
    try:
        added = apply(routine, replace=form.replace or not routine.steps.exists())
    except RoutineError as error:
        return refuse(request, str(error))
    messages.success(request, f"Added {added} stretches to your routine: {summary}.")
    return redirect("routines:builder")


@require_POST
@limit_writes
def load(request: HtmxHttpRequest) -> HttpResponse:
    """Load stretches by id, in order: how cause pages hand over their corrective stretches."""
    form = LoadStretchesForm(request.POST)
    if not form.is_valid():
        errors = [error for field in form.errors.values() for error in field]
        return refuse(request, " ".join(errors))
    stretches, name = form.cleaned_data["stretch"], form.cleaned_data["name"]

    def apply(routine: Routine, *, replace: bool) -> int:
        added = add_steps(routine, specs=[StepSpec(stretch=s) for s in stretches], replace=replace)
        if replace and name:
            rename_routine(routine, name=name)
        return added

    return confirm_or_apply(
        request,
        form,
        apply,
        summary=name or f"{len(stretches)} stretches",
        context={"action": reverse("routines:load"), "stretches": stretches, "name": name},
    )


@require_POST
@limit_writes
def copy(request: HtmxHttpRequest, token: str) -> HttpResponse:
    source = get_object_or_404(Routine.objects.shared_by(token))
    form = ReplaceOrAppendForm(request.POST)
    if not form.is_valid():
        return refuse(request, "Choose whether to replace your routine or add to it.")
    if owned_routine(request.session) == source:
        return refuse(request, "This is already your routine.")

    def apply(routine: Routine, *, replace: bool) -> int:
        return copy_into(routine, source=source, replace=replace)

    return confirm_or_apply(
        request,
        form,
        apply,
        summary=source.name,
        context={"action": reverse("routines:copy", args=[source.token])},
    )
