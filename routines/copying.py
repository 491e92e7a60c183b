"""
Filling a routine from elsewhere: a cause page's corrective stretches, or a shared routine.
An empty routine is filled at once; one with stretches in it asks first (replace or add).
"""

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from routines.builder_page import answer, limit_writes
from routines.forms import LoadStretchesForm, ReplaceOrAppendForm
from routines.models import Routine
from routines.ownership import create_owned_routine, owned_routine, shared_routine
from routines.services import (
    RoutineError,
    StepSpec,
    add_steps,
    copy_into,
    rename_routine,
)
from sitewide.http import HtmxHttpRequest


def confirm_or_apply(request, form: ReplaceOrAppendForm, apply, *, summary: str, context: dict):
    """Fill an empty routine at once; ask before touching one that already has stretches."""
    routine = create_owned_routine(request.session)
    if routine.steps.exists() and not form.cleaned_data.get("mode"):
        return render(
            request,
            "routines/confirm.html",
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
        return answer(request, str(error), status=400)
    added_message = ngettext(
        "Added %(count)d stretch to your routine: %(summary)s.",
        "Added %(count)d stretches to your routine: %(summary)s.",
        added,
    )
    messages.success(request, added_message % {"count": added, "summary": summary})
    return redirect("routines:builder")


@require_POST
@limit_writes
def load(request: HtmxHttpRequest) -> HttpResponse:
    """Load stretches by id, in order: how cause pages hand over their corrective stretches."""
    form = LoadStretchesForm(request.POST)
    if not form.is_valid():
        errors = [error for field in form.errors.values() for error in field]
        return answer(request, " ".join(errors), status=400)
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
        summary=name
        or ngettext("%(count)d stretch", "%(count)d stretches", len(stretches))
        % {"count": len(stretches)},
        context={"action": reverse("routines:load"), "stretches": stretches, "name": name},
    )


@require_POST
@limit_writes
def copy(request: HtmxHttpRequest, token: str) -> HttpResponse:
    source = shared_routine(token)
    form = ReplaceOrAppendForm(request.POST)
    if not form.is_valid():
        refusal = _("Choose whether to replace your routine or add to it.")
        return answer(request, refusal, status=400)
    if owned_routine(request.session) == source:
        return answer(request, _("This is already your routine."), status=400)

    def apply(routine: Routine, *, replace: bool) -> int:
        return copy_into(routine, source=source, replace=replace)

    return confirm_or_apply(
        request,
        form,
        apply,
        summary=source.name,
        context={"action": reverse("routines:copy", args=[source.token])},
    )
