from itertools import groupby

from django.db.models import Prefetch
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_safe

from config.http import HtmxHttpRequest
from stretches.models import BodyArea

from .models import Cause, CorrectiveStretch, RedFlag


@require_safe
def home(request: HtmxHttpRequest) -> HttpResponse:
    """Where does it hurt? Each body area with the causes most often felt there."""
    areas = BodyArea.objects.prefetch_related(
        Prefetch(
            "causes",
            queryset=Cause.objects.published().most_common_first().only("slug", "name", "kind"),
        )
    )
    return render(request, "imbalances/home.html", {"areas": areas})


@require_safe
def cause_list(request: HtmxHttpRequest) -> HttpResponse:
    causes = Cause.objects.published().order_by("kind", "name").prefetch_related("areas")
    kinds = dict(Cause.Kind.choices)
    groups = [
        (kind, kinds[kind], list(members))
        for kind, members in groupby(causes, key=lambda cause: cause.kind)
    ]
    order = list(kinds)
    groups.sort(key=lambda group: order.index(group[0]))
    return render(request, "imbalances/cause_list.html", {"groups": groups})


@require_safe
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
    return render(request, "imbalances/cause_detail.html", {"cause": cause})


@require_safe
def red_flags(request: HtmxHttpRequest) -> HttpResponse:
    flags = RedFlag.objects.filter(is_published=True).prefetch_related("sources")
    tiers = [
        (tier, label, [flag for flag in flags if flag.tier == tier])
        for tier, label in RedFlag.Tier.choices
    ]
    # Several warning signs share a source; list each one once.
    sources = {source.url: source for flag in flags for source in flag.sources.all()}
    return render(
        request, "imbalances/red_flags.html", {"tiers": tiers, "sources": sources.values()}
    )
