"""
The builder page, and how every write to a routine answers with it.

Every write is a POST that works as a plain form (answered with a redirect back where it came
from) and as an htmx request (answered with the builder drawn afresh). A write that cannot be
made answers with the builder as it stands, the reason and a 4xx status, and changes nothing.
"""

from django.conf import settings
from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django_ratelimit.decorators import ratelimit

from routines.forms import RenameForm, StepForm
from routines.models import MAX_STEPS, Routine
from routines.ownership import owned_routine
from sitewide.http import HtmxHttpRequest
from stretches.doses import session_seconds

BUILDER = "routines/builder.html"


def write_rate(group: str, request: HtmxHttpRequest) -> str:
    return settings.RATELIMIT_WRITES


# Every routine write counts against one budget per client address (RATELIMIT_WRITES).
limit_writes = ratelimit(
    group="routine-writes", key="ip", rate=write_rate, method="POST", block=True
)


def back_to(request: HtmxHttpRequest) -> str:
    """Where a plain form post returns: the page it came from, if that page is ours. Only a
    path counts (redirect() would take a bare word for a view name)."""
    target = request.POST.get("next", "")
    if target.startswith("/") and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return reverse("routines:builder")


def builder_context(
    routine: Routine | None, *, bound_form: StepForm | None = None, **extra
) -> dict:
    steps = list(routine.steps.select_related("stretch")) if routine else []
    for step in steps:
        # A rejected edit shows the visitor's input and its error, open where it was typed;
        # other steps offer their dose form only when asked (it is the costly part to draw).
        step.form = bound_form if bound_form and bound_form.instance.pk == step.pk else None
    return {
        "routine": routine,
        "steps": steps,
        "total_seconds": session_seconds(steps),
        "max_steps": MAX_STEPS,
        "ready_made": Routine.objects.ready_made().order_by("name"),
        "rename_form": RenameForm(initial={"name": routine.display_name if routine else ""}),
        # Which control takes focus after a write (the template asks on every step).
        "focus": None,
        "focus_step": None,
        **extra,
    }


def render_builder(request: HtmxHttpRequest, *, status: int = 200, **extra) -> HttpResponse:
    # The routine is read afresh, so the page shows what the write just did (a new name too).
    template = BUILDER + "#builder" if request.htmx else BUILDER
    context = builder_context(owned_routine(request.session), **extra)
    return render(request, template, context, status=status)


def answer(
    request: HtmxHttpRequest,
    message: str,
    *,
    status: int = 200,
    back: str | None = None,
    **extra,
) -> HttpResponse:
    """How every builder write answers. A change that was made: a plain form post goes back
    where it came from (`back`, read from the form when not given), an htmx request gets the
    updated builder. A change that could not be made: the builder as it stands, with the
    reason and a 4xx status."""
    if status >= 400:
        messages.error(request, message)
    else:
        messages.success(request, message)
        if not request.htmx:
            return redirect(back or back_to(request))
    return render_builder(request, status=status, **extra)
