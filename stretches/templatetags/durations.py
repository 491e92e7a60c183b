from django import template

from stretches.doses import duration_label

register = template.Library()


@register.filter
def duration(seconds: int) -> str:
    """Seconds as a friendly length of time: “About 4 minutes”."""
    return duration_label(seconds) if isinstance(seconds, int) else ""
