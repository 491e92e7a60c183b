"""
Routines: a visitor's own ordered list of stretches, shared by an unguessable link.

Nobody logs in. A routine belongs to whoever holds its owner secret, a random value kept in
the visitor's session; the routine keeps only a hash of it. The share token is separate, so a
shared link lets people view, copy and follow a routine but never edit it. Editors curate the
ready-made routines, and which one the home page offers for each body area.
"""

import hashlib
import secrets

from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext, gettext_noop
from django.utils.translation import gettext_lazy as _

from stretches.doses import HOLD_SECONDS, REPETITIONS, dose_label, session_seconds, timed_seconds
from stretches.models import BodyArea, Stretch

MAX_STEPS = 30
TOKEN_BYTES = 16  # 128 random bits, as the design asks; URL-safe base64 of 22 characters.
# Stored in English like any name; shown in the page's language while the visitor keeps it.
DEFAULT_NAME = gettext_noop("My routine")


def shown_name(name: str) -> str:
    """A routine's name as a page shows it: the default in the page's language."""
    return gettext(DEFAULT_NAME) if name == DEFAULT_NAME else name


def stored_name(name: str) -> str:
    """A submitted name as it is kept: the default in any language is stored as the default,
    so a Spanish visitor who keeps "Mi rutina" still sees "My routine" on an English page."""
    return DEFAULT_NAME if name in (DEFAULT_NAME, gettext(DEFAULT_NAME)) else name


def new_token() -> str:
    return secrets.token_urlsafe(TOKEN_BYTES)


def secret_hash(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


class RoutineQuerySet(models.QuerySet):
    def shared_by(self, token: str):
        """The routine a share link names. Looked up by the token's hash, so the time a lookup
        takes says nothing about how close a guessed token came."""
        return self.filter(token_hash=secret_hash(token))

    def ready_made(self):
        return self.filter(is_ready_made=True)


def published_steps(*, instructions: bool = False) -> models.Prefetch:
    """The steps whose stretch is published (and, if asked, each one's own steps)."""
    published = RoutineStep.objects.filter(stretch__is_published=True).select_related("stretch")
    if instructions:
        published = published.prefetch_related("stretch__steps")
    return models.Prefetch("steps", queryset=published)


class Routine(models.Model):
    token = models.CharField(max_length=43, unique=True, default=new_token, editable=False)
    # Set from the token on every save; blank only until then.
    token_hash = models.CharField(max_length=64, unique=True, blank=True, editable=False)
    owner_hash = models.CharField(
        max_length=64, blank=True, editable=False, help_text="SHA-256 of the owner's secret."
    )
    name = models.CharField(max_length=80, default=DEFAULT_NAME)
    summary = models.CharField(max_length=240, blank=True)
    slug = models.SlugField(
        unique=True, null=True, blank=True, help_text="Ready-made routines only."
    )
    is_ready_made = models.BooleanField(
        "ready-made",
        default=False,
        help_text="Offered to every visitor on the home page and the builder.",
    )
    copied_from = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="copies"
    )
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    objects = RoutineQuerySet.as_manager()

    class Meta:
        ordering = ["-updated"]
        indexes = [models.Index(fields=["is_ready_made", "name"], name="routine_ready_made_name")]
        constraints = [
            # One routine per owner; ready-made routines have no owner.
            models.UniqueConstraint(
                fields=["owner_hash"], condition=~Q(owner_hash=""), name="one_routine_per_owner"
            )
        ]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        self.token_hash = secret_hash(self.token)
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("routines:shared", args=[self.token])

    def load_steps(self, *, instructions: bool = False) -> "Routine":
        """This routine with its published steps read onto it, in one or two queries."""
        models.prefetch_related_objects([self], published_steps(instructions=instructions))
        return self

    @property
    def display_name(self) -> str:
        return shown_name(self.name)

    @property
    def total_seconds(self) -> int:
        return session_seconds(self.steps.all())


class RoutineStep(models.Model):
    class Sides(models.TextChoices):
        BOTH = "both", _("Left then right")
        LEFT = "left", _("Left side only")
        RIGHT = "right", _("Right side only")

    routine = models.ForeignKey(Routine, on_delete=models.CASCADE, related_name="steps")
    stretch = models.ForeignKey(Stretch, on_delete=models.CASCADE, related_name="+")
    position = models.PositiveSmallIntegerField()
    hold_seconds = models.PositiveSmallIntegerField(
        null=True, blank=True, help_text="Leave empty to use the stretch's own hold."
    )
    repetitions = models.PositiveSmallIntegerField(
        null=True, blank=True, help_text="Leave empty to use the stretch's own repetitions."
    )
    sides = models.CharField(max_length=10, choices=Sides, default=Sides.BOTH)

    class Meta:
        ordering = ["position", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(hold_seconds__isnull=True)
                | Q(hold_seconds__gte=HOLD_SECONDS[0], hold_seconds__lte=HOLD_SECONDS[1]),
                name="routine_step_hold_in_range",
            ),
            models.CheckConstraint(
                condition=Q(repetitions__isnull=True)
                | Q(repetitions__gte=REPETITIONS[0], repetitions__lte=REPETITIONS[1]),
                name="routine_step_repetitions_in_range",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.routine}: {self.stretch}"

    @property
    def hold(self) -> int:
        return self.hold_seconds or self.stretch.hold_seconds

    @property
    def reps(self) -> int:
        return self.repetitions or self.stretch.repetitions

    @property
    def side_list(self) -> list[str]:
        """The sides to hold, in order: [""] for a stretch that is not done per side."""
        if not self.stretch.per_side:
            return [""]
        if self.sides == self.Sides.BOTH:
            first = self.stretch.first_side
            return [first, "left" if first == "right" else "right"]
        return [self.sides]

    @property
    def total_seconds(self) -> int:
        return timed_seconds(self.stretch, self.reps, len(self.side_list), self.hold)

    @property
    def dose_label(self) -> str:
        side = ("each" if self.sides == "both" else self.sides) if self.stretch.per_side else ""
        return dose_label(self.stretch, self.reps, self.hold, side)


class RoutineRun(models.Model):
    """One follow-through of a routine on one device, with pain before and after."""

    routine = models.ForeignKey(Routine, null=True, on_delete=models.SET_NULL, related_name="runs")
    routine_name = models.CharField(max_length=80)
    device_hash = models.CharField(max_length=64, db_index=True, editable=False)
    # Now, unless the session started on a device while offline and is sent later.
    started = models.DateTimeField(default=timezone.now, editable=False)
    finished = models.DateTimeField(null=True, blank=True)
    pain_before = models.PositiveSmallIntegerField(null=True, blank=True)
    pain_after = models.PositiveSmallIntegerField(null=True, blank=True)
    # Made on the device (crypto.randomUUID()) for a session finished offline and sent later:
    # a resend carries the same id, so it can never become a second run.
    device_id = models.UUIDField(unique=True, null=True, blank=True, editable=False)

    class Meta:
        ordering = ["-started"]
        constraints = [
            models.CheckConstraint(
                condition=Q(pain_before__isnull=True) | Q(pain_before__lte=10),
                name="run_pain_before_0_to_10",
            ),
            models.CheckConstraint(
                condition=Q(pain_after__isnull=True) | Q(pain_after__lte=10),
                name="run_pain_after_0_to_10",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.routine_name} on {self.started:%Y-%m-%d}"

    @property
    def display_name(self) -> str:
        """The routine's name when this session began, the default in the page's language."""
        return shown_name(self.routine_name)

    @property
    def change(self) -> int | None:
        if self.pain_before is None or self.pain_after is None:
            return None
        return self.pain_after - self.pain_before


class Suggestion(models.Model):
    """The ready-made routine the home page offers to people who hurt in one body area."""

    area = models.OneToOneField(BodyArea, on_delete=models.CASCADE, related_name="suggestion")
    routine = models.ForeignKey(
        Routine,
        on_delete=models.CASCADE,
        related_name="suggestions",
        limit_choices_to={"is_ready_made": True},
    )

    class Meta:
        ordering = ["area"]

    def __str__(self) -> str:
        return f"{self.area}: {self.routine}"
