"""The stretch library and the routines built from it, in separate modules."""

from stretches.models.content import ContentVersion, LoadedContent
from stretches.models.library import (
    HOLD_SECONDS,
    REPETITIONS,
    REST_SECONDS,
    BodyArea,
    Muscle,
    SourceLink,
    Stretch,
    StretchSource,
    StretchStep,
    text_lines,
)
from stretches.models.routines import MAX_STEPS, Routine, RoutineRun, RoutineStep

__all__ = [
    "HOLD_SECONDS",
    "MAX_STEPS",
    "REPETITIONS",
    "REST_SECONDS",
    "BodyArea",
    "ContentVersion",
    "LoadedContent",
    "Muscle",
    "Routine",
    "RoutineRun",
    "RoutineStep",
    "SourceLink",
    "Stretch",
    "StretchSource",
    "StretchStep",
    "text_lines",
]
