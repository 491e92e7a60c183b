"""A stretch guide as schema.org's HowTo: its steps, how long it takes, what it needs."""

from seo.structured_data import content_language, iso_duration
from stretches.doses import session_seconds
from stretches.models import Stretch


def how_to(stretch: Stretch, *, url: str, image: str) -> dict:
    """`url` is the guide's absolute address and `image` its share card's. The time is what
    following the stretch in the player takes: getting into position, holds and rests."""
    data = {
        "@type": "HowTo",
        "name": stretch.name,
        "description": stretch.summary,
        "url": url,
        "inLanguage": content_language(),
        "totalTime": iso_duration(session_seconds([stretch])),
        "step": [
            {"@type": "HowToStep", "position": number, "text": step.text}
            for number, step in enumerate(stretch.steps.all(), start=1)
        ],
    }
    if stretch.equipment != Stretch.Equipment.NONE:
        data["tool"] = [{"@type": "HowToTool", "name": stretch.get_equipment_display()}]
    if image:
        data["image"] = image
    return data
