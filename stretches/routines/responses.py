"""
What every routine write shares: its limits, where a plain form post goes back to, and the
one way the builder answers; and the pair of views each routine page has, for the visitor's
own routine and for a shared one.
"""

from collections.abc import Callable
from functools import wraps

from django.conf import settings
from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_safe
from django_ratelimit.decorators import ratelimit

from content.http import HtmxHttpRequest
from content.models import ContentVersion
from stretches.routines.forms import RenameForm, StepForm
from stretches.routines.models import MAX_STEPS, Routine, session_seconds
from stretches.routines.reminder_forms import reminder_context
from stretches.routines.services import owned_routine

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


def shared_routine(token: str) -> Routine:
    """The routine a share link names, or a 404."""
    return get_object_or_404(Routine.objects.shared_by(token))


def own_and_shared(page: Callable[[HtmxHttpRequest, Routine | None], HttpResponse]):
    """A routine page's two views: the visitor's own routine, and the one a share link names."""

    @require_safe
    def own(request: HtmxHttpRequest) -> HttpResponse:
        return page(request, owned_routine(request.session))

    @require_safe
    def shared(request: HtmxHttpRequest, token: str) -> HttpResponse:
        return page(request, shared_routine(token))

    # Named for the page they show, so a traceback or a profile says which one it was.
    own.__name__ = own.__qualname__ = f"{page.__name__}_own"
    shared.__name__ = shared.__qualname__ = f"{page.__name__}_shared"
    return own, shared


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
        # Both read only when the page draws the list (a fragment answer does not) and has
        # not drawn it already for this content version: the template calls the version.
        "ready_made": Routine.objects.ready_made().order_by("name"),
        "content_version": ContentVersion.current,
        "rename_form": RenameForm(initial={"name": routine.display_name if routine else ""}),
        **reminder_context(),
        **extra,
    }


def render_builder(request: HtmxHttpRequest, *, status: int = 200, **extra) -> HttpResponse:
    # The routine is read afresh, so the page shows what the write just did (a new name too).
    template = BUILDER + "#builder" if request.htmx else BUILDER
    context = builder_context(owned_routine(request.session), **extra)
    return render(request, template, context, status=status)


def answer(request: HtmxHttpRequest, message: str, *, status: int = 200, **extra) -> HttpResponse:
    """How every builder write answers. A change that was made: a plain form post goes back
    where it came from, an htmx request gets the updated builder. A change that could not be
    made: the builder as it stands, with the reason and a 4xx status."""
    if status >= 400:
        messages.error(request, message)
    else:
        messages.success(request, message)
        if not request.htmx:
            return redirect(back_to(request))
    return render_builder(request, status=status, **extra)
