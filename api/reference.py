"""The short lists the others refer to: muscles, body areas, and the red flags by tier."""

from django.http import HttpRequest
from django.urls import reverse
from django.utils.http import urlencode
from ninja import Field, Router, Schema

from api.answers import endpoint
from api.schemas import Named, Reviewed, one_of
from imbalances.models import RedFlag
from stretches.models import BodyArea, Muscle

router = Router()


class MuscleItem(Named):
    region: one_of(Muscle.Region)
    action: str = Field(description="What the muscle does.")
    html_url: str = Field(description="The library filtered to this muscle (absolute).")
    api_url: str = Field(description="Its stretches in the API (absolute).")


class AreaItem(Named):
    question: str = Field(description="How a visitor would say it.")
    description: str
    html_url: str = Field(description="The library filtered to this area (absolute).")
    api_url: str = Field(description="Its stretches in the API (absolute).")


class MuscleList(Schema):
    count: int
    items: list[MuscleItem]


class AreaList(Schema):
    count: int
    items: list[AreaItem]


class RedFlagItem(Reviewed):
    title: str
    detail: str


class RedFlagTier(Schema):
    tier: one_of(RedFlag.Tier)
    advice: str = Field(description="What to do when a sign of this tier appears.")
    html_url: str = Field(description="This tier on the site's page (absolute).")
    flags: list[RedFlagItem]


class RedFlags(Schema):
    tiers: list[RedFlagTier] = Field(
        description="Most urgent first; `stop` is for while stretching."
    )


def filtered_stretches(request: HttpRequest, name: str, slug: str) -> dict[str, str]:
    """A muscle or an area has no page of its own: it links to the stretches it filters."""
    query = urlencode({name: slug})
    return {
        "html_url": request.build_absolute_uri(f"{reverse('stretches:list')}?{query}"),
        "api_url": request.build_absolute_uri(f"{reverse('api:stretches')}?{query}"),
    }


def filter_terms(request: HttpRequest, name: str, queryset, *fields: str) -> dict:
    """A list of muscles or areas: each with its own fields and links to what it filters."""
    items = [
        {
            "slug": term.slug,
            "name": term.name,
            **{field: getattr(term, field) for field in fields},
            **filtered_stretches(request, name, term.slug),
        }
        for term in queryset
    ]
    return {"count": len(items), "items": items}


@endpoint(
    router, "/muscles", response=MuscleList, url_name="muscles", tags=["library"], summary="Muscles"
)
def muscle_list(request: HttpRequest):
    """Every muscle the library names, with links to the stretches that work it."""
    return filter_terms(request, "muscle", Muscle.objects.all(), "region", "action")


@endpoint(
    router, "/areas", response=AreaList, url_name="areas", tags=["library"], summary="Body areas"
)
def area_list(request: HttpRequest):
    """The body areas, in the home page's order, with links to their stretches."""
    return filter_terms(request, "area", BodyArea.objects.all(), "question", "description")


@endpoint(
    router,
    "/red-flags",
    response=RedFlags,
    url_name="red_flags",
    tags=["red flags"],
    summary="Red flags, by tier",
)
def red_flags(request: HttpRequest):
    """Signs that need a clinician rather than stretching, by tier, most urgent first; the
    `stop` tier lists signs to stop a stretch at once."""
    flags = list(RedFlag.objects.published().prefetch_related("sources"))
    page = reverse("imbalances:red_flags")
    tiers = []
    for tier, advice in RedFlag.Tier.choices:
        members = [flag for flag in flags if flag.tier == tier]
        # The page shows (and anchors) only the tiers that have signs.
        where = f"{page}#tier-{tier}" if members else page
        tiers.append(
            {
                "tier": tier,
                "advice": str(advice),  # a lazy translation, read now
                "html_url": request.build_absolute_uri(where),
                "flags": members,
            }
        )
    return {"tiers": tiers}
