"""
What the stretch library and the causes share: the ledger of shipped items already loaded, and
the base of every reviewed page of content.
"""

import datetime

from django.contrib.contenttypes.fields import GenericForeignKey, GenericRelation
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import get_language

from content.sources import validate_source_url
from sitewide.languages import translation_languages


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


class Translation(models.Model):
    """
    One field of one content item in another language: the Spanish title of a red flag, say.

    Stored for a later release: no page shows these rows yet. The English wording stays on the
    item itself, so a field nobody has translated will read in English, and adding a language
    or a translated field needs rows, not a migration.
    """

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    item = GenericForeignKey("content_type", "object_id")
    field = models.CharField(
        max_length=60,
        help_text="One of the item's translatable fields (its model's `translatable_fields`), "
        "e.g. “name”.",
    )
    # The choices are read from settings.LANGUAGES when asked for, so a language added there
    # needs no migration.
    language = models.CharField(max_length=10, choices=translation_languages)
    text = models.TextField()

    class Meta:
        ordering = ["content_type", "object_id", "field", "language"]
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id", "field", "language"],
                name="one_translation_per_field_and_language",
            )
        ]

    def __str__(self) -> str:
        return f"{self.field} ({self.language})"

    def clean(self):
        """Only a field the item's model names in `translatable_fields`: a misspelt or
        untranslatable field would be a row nothing can ever show."""
        model = self.content_type.model_class() if self.content_type_id else None
        if model is None:
            return
        allowed = getattr(model, "translatable_fields", ())
        if self.field not in allowed:
            raise ValidationError(
                {
                    "field": f"A {model._meta.verbose_name} has no translatable field "
                    f"“{self.field}”. Choose one of: {', '.join(allowed) or 'none'}."
                }
            )


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
    # Other languages' wording of this item (content.Translation rows): no column here.
    translations = GenericRelation(Translation)

    class Meta:
        abstract = True

    def translated(self, field: str) -> str:
        """The field in the page's language, or the English when nobody has translated it.
        No page calls it yet; one that does prefetches `translations`, so it costs no query."""
        language = get_language()
        for translation in self.translations.all():
            if translation.field == field and translation.language == language:
                return translation.text
        return getattr(self, field)


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
