from itertools import groupby

from django.db.models import Prefetch
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_safe

from content.translated import as_shown, english
from routines.models import RoutineStep
from sitewide.caching import cache_for_everyone
from sitewide.http import HtmxHttpRequest
from stretches.doses import session_seconds
from stretches.models import BodyArea

from .models import Cause, CorrectiveStretch, RedFlag


def varied(causes, limit: int = 5) -> list[Cause]:
    """A few likely causes of different kinds: the most specific of each kind in turn."""
    by_kind = {kind: [c for c in causes if c.kind == kind] for kind in Cause.Kind.common_first()}
    picked = []
    while len(picked) < limit and any(by_kind.values()):
        for members in by_kind.values():
            if members and len(picked) < limit:
                picked.append(members.pop(0))
    return picked


@require_safe
@cache_for_everyone
def home(request: HtmxHttpRequest) -> HttpResponse:
    """Where does it hurt? Each body area with its likely causes and a routine to start."""
    steps = RoutineStep.objects.filter(stretch__is_published=True).select_related("stretch")
    areas = BodyArea.objects.select_related("suggestion__routine").prefetch_related(
        Prefetch(
            "causes",
            queryset=Cause.objects.published().most_specific_first().only("slug", "name", "kind"),
        ),
        Prefetch("suggestion__routine__steps", queryset=steps),
    )
    for area in areas:
        area.likely_causes = varied(area.causes.all())
        area.routine = area.suggestion.routine if hasattr(area, "suggestion") else None
    # A cause is a situation when it has a label (written in English first, as every item is).
    situations = (
        Cause.objects.published()
        .exclude(**{english("picker_label"): ""})
        .order_by(as_shown("picker_label"))
    )
    return render(request, "imbalances/home.html", {"areas": areas, "situations": situations})


@require_safe
@cache_for_everyone
def cause_list(request: HtmxHttpRequest) -> HttpResponse:
    causes = Cause.objects.published().most_common_first().prefetch_related("areas")
    groups = [
        (kind, Cause.Kind(kind).label, list(members))
        for kind, members in groupby(causes, key=lambda cause: cause.kind)
    ]
    return render(request, "imbalances/cause_list.html", {"groups": groups})


@require_safe
@cache_for_everyone
def cause_detail(request: HtmxHttpRequest, slug: str) -> HttpResponse:
    corrective = CorrectiveStretch.objects.filter(stretch__is_published=True).select_related(
        "stretch"
    )
    cause = get_object_or_404(
        Cause.objects.published().prefetch_related(
            Prefetch("corrective_stretches", queryset=corrective),
            "tight_muscles",
            "weak_muscles",
            "areas",
            "sources",
        ),
        slug=slug,
    )
    links = list(cause.corrective_stretches.all())
    quick = quick_routine(links)
    minutes = round(session_seconds(link.stretch for link in quick) / 60) if quick else 0
    context = {"cause": cause, "links": links, "quick": quick, "quick_minutes": minutes}
    return render(request, "imbalances/cause_detail.html", context)


QUICK_SECONDS = 8 * 60


def quick_routine(links: list[CorrectiveStretch]) -> list[CorrectiveStretch]:
    """The first-choice correctives that fit in about 8 minutes (two at least), getting ready
    for each included: a short routine a person in pain will finish."""
    quick, seconds = [], 0
    for link in links:
        seconds += session_seconds([link.stretch])
        if len(quick) >= 2 and seconds > QUICK_SECONDS:
            break
        quick.append(link)
    return quick


@require_safe
@cache_for_everyone
def red_flags(request: HtmxHttpRequest) -> HttpResponse:
    flags = RedFlag.objects.published().prefetch_related("sources")
    tiers = [
        (tier, label, [flag for flag in flags if flag.tier == tier])
        for tier, label in RedFlag.Tier.choices
    ]
    # Several warning signs share a source; list each one once.
    sources = {source.url: source for flag in flags for source in flag.sources.all()}
    # The page as a whole is as fresh as its least recently reviewed sign.
    review = min(flags, key=lambda flag: (flag.reviewed, flag.review_due), default=None)
    context = {"tiers": tiers, "sources": sources.values(), "review": review}
    return render(request, "imbalances/red_flags.html", context)
