"""The stretch library: a filtered, paginated list and each stretch in full."""

import datetime
from typing import Any

from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from ninja import Field, Query, Router, Schema
from pydantic import field_validator

from api.answers import endpoint
from api.errors import ApiError
from api.pagination import page_of
from api.schemas import Dose, Error, Linked, Named, Page, Reviewed, one_of
from stretches.forms import StretchFilterForm
from stretches.models import Stretch

router = Router(tags=["stretches"])


class StretchLink(Linked):
    """A stretch as another item names it: follow `api_url` for the rest of it."""

    slug: str
    name: str
    summary: str
    dose: Dose

    @staticmethod
    def resolve_dose(obj):
        return obj


class StretchSummary(StretchLink):
    is_strengthening: bool
    position: one_of(Stretch.Position)
    equipment: one_of(Stretch.Equipment)
    difficulty: one_of(Stretch.Difficulty)
    areas: list[Named]
    muscles: list[Named]


class StretchDetail(StretchSummary, Reviewed):
    side_label: str = Field(description="Per-side stretches: the first side, in the steps' words.")
    steps: list[str]
    cautions: list[str] = Field(
        validation_alias="caution_list", description="When not to do it, or to take care."
    )
    stop_if: str
    tips: list[str] = Field(validation_alias="tip_list")
    mistakes: list[str] = Field(validation_alias="mistake_list", description="Common mistakes.")
    video_url: str | None
    video_start: int = Field(description="Where the demonstration begins, in seconds.")
    figure: dict[str, Any] = Field(
        description="The figure's pose data as stored (see stretches/content/figures.toml)."
    )
    updated: datetime.datetime

    @staticmethod
    def resolve_steps(obj):
        return [step.text for step in obj.steps.all()]

    @staticmethod
    def resolve_video_url(obj):
        return obj.video_url or None


class StretchPage(Page):
    items: list[StretchSummary]


class StretchFilters(Schema):
    """The library page's filters, with the same names and meanings."""

    area: str | None = Field(None, description="A body area's slug (see /areas).")
    muscle: str | None = Field(None, description="A muscle's slug (see /muscles).")
    position: one_of(Stretch.Position) | None = Field(None, description="Where it is done.")
    equipment: one_of(Stretch.Equipment) | None = Field(None, description="What it needs.")
    difficulty: one_of(Stretch.Difficulty) | None = Field(None, description="How hard it is.")
    q: str | None = Field(None, description="Words to search for, as on the library page.")

    @field_validator("*", mode="before")
    @classmethod
    def empty_is_any(cls, value):
        """`?area=` means any area, as an empty menu choice does on the library page."""
        return None if value == "" else value


class ApiFilterForm(StretchFilterForm):
    """The library's form, offering every position and piece of equipment: the page narrows
    its menus to those some stretch uses, but a client naming another should get an empty
    list, not a refusal."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("position", "equipment"):
            self.fields[name].choices = StretchFilterForm.base_fields[name].choices


def summaries():
    return Stretch.objects.published().prefetch_related("areas", "muscles")


@endpoint(
    router,
    "/stretches",
    response={200: StretchPage, 400: Error, 404: Error},
    url_name="stretches",
    summary="Published stretches, filtered like the library",
)
def stretch_list(
    request: HttpRequest,
    response: HttpResponse,
    filters: Query[StretchFilters],
    page: int = Query(1, ge=1),
):
    form = ApiFilterForm(filters.dict(exclude_none=True))
    if not form.is_valid():
        errors = {name: list(messages) for name, messages in form.errors.items()}
        raise ApiError(400, _("A filter was not understood."), errors)
    return page_of(request, response, form.filter(summaries()), page)


@endpoint(
    router,
    "/stretches/{slug:slug}",
    response={200: StretchDetail, 404: Error},
    url_name="stretch",
    summary="One published stretch, with its steps, cautions, sources and figure",
)
def stretch_detail(request: HttpRequest, slug: str):
    stretches = summaries().prefetch_related("steps", "sources")
    if stretch := stretches.filter(slug=slug).first():
        return stretch
    raise ApiError(404, _("No published stretch has the slug “%(slug)s”.") % {"slug": slug})
