"""
The parts every answer is made of. Each endpoint's module holds the response models of its
own answers: they are the OpenAPI document's schemas and the check on every body before it is
sent. Models are read through ninja's resolvers; the absolute links need the request, which
ninja passes in the validation context.
"""

import datetime
from typing import Any, Literal

from django.urls import reverse
from ninja import Field, Schema

from stretches.models import Stretch


def absolute(context, path: str) -> str:
    return context["request"].build_absolute_uri(path)


def one_of(choices) -> Any:
    """A model's choices as an inline enum of their values. (As classes, Stretch.Kind and
    Cause.Kind would meet in the document under one name.)"""
    return Literal[tuple(choices.values)]


class Error(Schema):
    status: int
    message: str = Field(description="What was wrong, in plain words.")
    fields: dict[str, list[str]] = Field(
        default_factory=dict, description="For a bad parameter: its name and what is wrong."
    )


class Named(Schema):
    """Another item this one refers to, by the slug its own filter takes."""

    slug: str
    name: str


class Source(Schema):
    title: str
    url: str


class Review(Schema):
    reviewed: datetime.date = Field(description="When the text was last checked.")
    reviewed_by: str = Field(description="The role that checked it.")
    review_due: datetime.date = Field(description="When it is due to be checked again.")


class Reviewed(Schema):
    """What every published item carries: its sources and when it was last checked."""

    sources: list[Source]
    review: Review

    @staticmethod
    def resolve_sources(obj):
        return list(obj.sources.all())

    @staticmethod
    def resolve_review(obj):
        return obj


class Dose(Schema):
    kind: one_of(Stretch.Kind) = Field(description="A hold, or a movement done at an easy pace.")
    hold_seconds: int
    repetitions: int = Field(description="On each side when `per_side` is true.")
    per_side: bool
    rest_seconds: int = Field(description="Rest between repetitions.")
    rep_seconds: int | None = Field(description="Movements only: one easy repetition.")
    total_seconds: int = Field(description="Roughly how long it takes, rests included.")
    label: str = Field(description="The dose as the site writes it.")

    @staticmethod
    def resolve_label(obj):
        return str(obj.dose_label)


class Linked(Schema):
    """An item with its page on the site and its address in the API, which is named after its
    model (a stretch at `api:stretch`, a cause at `api:cause`)."""

    html_url: str = Field(description="The page on the site (absolute).")
    api_url: str = Field(description="This item in the API (absolute).")

    @staticmethod
    def resolve_html_url(obj, context):
        return absolute(context, obj.get_absolute_url())

    @staticmethod
    def resolve_api_url(obj, context):
        return absolute(context, reverse(f"api:{obj._meta.model_name}", args=[obj.slug]))


class Page(Schema):
    count: int = Field(description="How many items match, on every page.")
    page: int
    pages: int
    per_page: int
    next: str | None = Field(description="The next page (absolute), if any.")
    previous: str | None = Field(description="The previous page (absolute), if any.")
