"""
What the stretch library and the causes share: the ledger of shipped items already loaded, and
the base of every reviewed page of content.
"""

import datetime

from django.db import models
from django.utils import timezone

from content.sources import validate_source_url


class LoadedContent(models.Model):
    """
    A record that one shipped item (a stretch, a cause, a red flag) was loaded once.

    The loader creates an item only if its key has never been loaded, so an item that an editor
    renamed, re-slugged or deleted stays the way the editor left it.
    """

    key = models.CharField(max_length=200, unique=True)
    loaded = models.DateTimeField(auto_now_add=True)
    revision = models.PositiveSmallIntegerField(
        default=1, help_text="The shipped revision of the item now in the database."
    )
    held_revision = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        help_text="A newer shipped revision not applied because an editor had changed the item.",
    )

    class Meta:
        ordering = ["key"]
        verbose_name_plural = "loaded content"

    def __str__(self) -> str:
        return self.key


class PublishedQuerySet(models.QuerySet):
    """For content an editor can hide: only published rows reach visitors."""

    def published(self):
        return self.filter(is_published=True)


def a_year_from_now() -> datetime.date:
    return timezone.localdate() + datetime.timedelta(days=365)


class ReviewedContent(models.Model):
    """What every guide page carries: whether it is published, and who reviewed it when."""

    is_published = models.BooleanField("published", default=True)
    reviewed = models.DateField(help_text="When the text was last checked against its sources.")
    reviewed_by = models.CharField(
        "reviewed by",
        max_length=120,
        default="Upright content team",
        help_text="The role that checked it, e.g. “Upright content team, checked against NHS "
        "guidance”.",
    )
    review_due = models.DateField(
        "next review due", default=a_year_from_now, help_text="When it should be checked again."
    )
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        abstract = True


class SourceLink(models.Model):
    """A reference the text was checked against. Concrete per owner so inlines stay simple."""

    title = models.CharField(max_length=200)
    url = models.URLField(max_length=400, validators=[validate_source_url])
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:  # inherited by each owner's concrete link
        abstract = True
        ordering = ["position", "pk"]
        verbose_name = "source"

    def __str__(self) -> str:
        return self.title
