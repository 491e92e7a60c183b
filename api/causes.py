"""Causes: a paginated list, most common kinds first, and each cause with its correctives."""

import datetime
from typing import Any

from django.db.models import Prefetch
from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from ninja import Field, Query, Router, Schema

from api.answers import endpoint
from api.errors import ApiError
from api.pagination import page_of
from api.schemas import Error, Linked, Named, Page, Reviewed, one_of
from api.stretches import StretchLink
from imbalances.models import Cause, CorrectiveStretch

router = Router(tags=["causes"])


class CauseSummary(Linked):
    slug: str
    name: str
    kind: one_of(Cause.Kind)
    summary: str
    areas: list[Named] = Field(description="Where it is felt.")


class Corrective(Schema):
    order: int = Field(description="1 for the first stretch to do, and so on.")
    why: str = Field(description="Why this stretch helps.")
    stretch: StretchLink


class TriggerPoint(Schema):
    site: str = Field(description="Where the spot sits.")
    referral: str = Field(description="Where it sends pain.")
    map: dict[str, Any] = Field(
        description="The body map as stored (see imbalances/content/trigger_point_maps.toml)."
    )


class CauseDetail(CauseSummary, Reviewed):
    explanation: list[str] = Field(validation_alias="paragraphs", description="Paragraphs.")
    symptoms: list[str] = Field(validation_alias="symptom_list")
    tight_muscles: list[Named]
    weak_muscles: list[Named]
    correctives: list[Corrective] = Field(description="The corrective stretches, in order.")
    trigger_point: TriggerPoint | None = Field(description="Trigger points only.")
    strengthening: list[str] = Field(validation_alias="strengthening_list")
    see_a_professional: str
    updated: datetime.datetime

    @staticmethod
    def resolve_correctives(obj):
        links = obj.corrective_stretches.all()
        return [
            {"order": n, "why": link.why, "stretch": link.stretch}
            for n, link in enumerate(links, 1)
        ]

    @staticmethod
    def resolve_trigger_point(obj):
        if obj.kind != Cause.Kind.TRIGGER_POINT:
            return None
        return {"site": obj.trigger_site, "referral": obj.referral, "map": obj.pain_map}


class CausePage(Page):
    items: list[CauseSummary]


@endpoint(
    router,
    "/causes",
    response={200: CausePage, 400: Error, 404: Error},
    url_name="causes",
    summary="Published causes, most common kinds first",
)
def cause_list(request: HttpRequest, response: HttpResponse, page: int = Query(1, ge=1)):
    causes = Cause.objects.published().most_common_first().prefetch_related("areas")
    return page_of(request, response, causes, page)


@endpoint(
    router,
    "/causes/{slug:slug}",
    response={200: CauseDetail, 404: Error},
    url_name="cause",
    summary="One published cause, with its muscles, trigger point and corrective stretches",
)
def cause_detail(request: HttpRequest, slug: str):
    # Only published stretches, each as the stretch list shows it.
    corrective = CorrectiveStretch.objects.filter(stretch__is_published=True).select_related(
        "stretch"
    )
    causes = Cause.objects.published().prefetch_related(
        Prefetch("corrective_stretches", queryset=corrective),
        "tight_muscles",
        "weak_muscles",
        "areas",
        "sources",
    )
    if cause := causes.filter(slug=slug).first():
        return cause
    raise ApiError(404, _("No published cause has the slug “%(slug)s”.") % {"slug": slug})
