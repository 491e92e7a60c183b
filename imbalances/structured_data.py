"""Causes and the red flags as schema.org's MedicalWebPage, for search engines."""

from django.utils.translation import gettext

from imbalances.models import Cause
from seo.structured_data import content_language, in_language, medical_web_page


def condition(cause: Cause) -> dict:
    """What a cause page is about: the condition, what people notice, the muscles involved."""
    data = {"@type": "MedicalCondition", "name": cause.name, "description": cause.summary}
    if symptoms := cause.symptom_list:
        data["signOrSymptom"] = [{"@type": "MedicalSymptom", "name": s} for s in symptoms]
    muscles = {m.pk: m for m in [*cause.tight_muscles.all(), *cause.weak_muscles.all()]}
    if muscles:
        data["associatedAnatomy"] = [{"@type": "Muscle", "name": m.name} for m in muscles.values()]
    return data


def cause_page(cause: Cause, *, url: str) -> dict:
    return medical_web_page(
        name=cause.name,
        description=cause.summary,
        url=url,
        item=cause,
        sources=cause.sources.all(),
        language=content_language(),
        about=condition(cause),
    )


def red_flags_page(review, sources, *, url: str) -> dict:
    """The warning signs page; `review` is its least recently reviewed sign (None if the list
    is empty) and `sources` every sign's sources, each once."""
    return medical_web_page(
        name=gettext("When to see a doctor"),
        description=gettext(
            "Warning signs with neck or upper-back pain that mean you should get medical help "
            "instead of stretching."
        ),
        url=url,
        item=review,
        sources=sources,
        # The page's headings and this name are translated; the signs are in English for now.
        language=in_language(),
    )
