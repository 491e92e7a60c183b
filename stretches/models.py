from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from content.models import ReviewedContent, SourceLink
from figures import FigureError, check_drawable
from stretches import doses
from stretches.doses import HOLD_SECONDS, REP_SECONDS, REPETITIONS, REST_SECONDS, text_lines
from stretches.querysets import StretchQuerySet
from stretches.video import embed_url, validate_video_url


class BodyArea(models.Model):
    slug = models.SlugField(unique=True)
    name = models.CharField(max_length=60)
    question = models.CharField(
        max_length=120,
        help_text="How a visitor would say it, e.g. “Between my shoulder blades”.",
    )
    description = models.CharField(max_length=240, blank=True)
    position = models.PositiveSmallIntegerField(default=0, help_text="Order on the home page.")

    class Meta:
        ordering = ["position", "name"]

    def __str__(self) -> str:
        return self.name


class Muscle(models.Model):
    class Region(models.TextChoices):
        NECK = "neck", _("Neck")
        SHOULDER = "shoulder", _("Shoulder")
        UPPER_BACK = "upper_back", _("Upper back")
        CHEST = "chest", _("Chest")

    slug = models.SlugField(unique=True)
    name = models.CharField(max_length=80)
    region = models.CharField(max_length=20, choices=Region)
    action = models.CharField(
        "what it does", max_length=240, help_text="One plain sentence on what this muscle does."
    )

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Stretch(doses.Dosed, ReviewedContent):
    class Position(models.TextChoices):
        SITTING = "sitting", _("Sitting")
        STANDING = "standing", _("Standing")
        LYING = "lying", _("Lying down")
        FLOOR = "floor", _("On the floor")

    class Equipment(models.TextChoices):
        NONE = "none", _("No equipment")
        CHAIR = "chair", _("A chair")
        WALL = "wall", _("A wall")
        DOORWAY = "doorway", _("A doorway")
        TOWEL = "towel", _("A towel")

    class Difficulty(models.TextChoices):
        BEGINNER = "beginner", _("Beginner")
        INTERMEDIATE = "intermediate", _("Intermediate")

    class Kind(models.TextChoices):
        HOLD = "hold", _("A hold: ease into a position and stay there")
        MOVEMENT = "movement", _("A movement: repetitions at an easy pace")

    slug = models.SlugField(unique=True)
    name = models.CharField(max_length=100)
    summary = models.TextField(help_text="One or two sentences: what it is and who it helps.")
    areas = models.ManyToManyField(BodyArea, related_name="stretches", verbose_name="body areas")
    muscles = models.ManyToManyField(
        Muscle, related_name="stretches", verbose_name="target muscles"
    )
    position = models.CharField(max_length=20, choices=Position)
    equipment = models.CharField(max_length=20, choices=Equipment, default=Equipment.NONE)
    difficulty = models.CharField(max_length=20, choices=Difficulty, default=Difficulty.BEGINNER)
    kind = models.CharField(max_length=20, choices=Kind, default=Kind.HOLD)
    is_strengthening = models.BooleanField(
        "strengthening",
        default=False,
        help_text="A strengthening move rather than a stretch; it goes in routines the same way.",
    )
    rep_seconds = models.PositiveSmallIntegerField(
        "seconds per repetition",
        null=True,
        blank=True,
        help_text=f"Movements only: one easy repetition ({REP_SECONDS[0]}–{REP_SECONDS[1]} s).",
    )
    hold_seconds = models.PositiveSmallIntegerField(
        help_text=f"Seconds to hold each repetition ({HOLD_SECONDS[0]}–{HOLD_SECONDS[1]})."
    )
    repetitions = models.PositiveSmallIntegerField(
        help_text=f"Repetitions ({REPETITIONS[0]}–{REPETITIONS[1]}), on each side when per side."
    )
    side_label = models.CharField(
        "first side, in the steps' words",
        max_length=160,
        blank=True,
        help_text="Per-side stretches: the first side as the steps name it, e.g. “Right ear "
        "toward your right shoulder: stretching the left side of your neck”. The other side "
        "is the same with left and right swapped.",
    )
    per_side = models.BooleanField(
        "per side", default=False, help_text="Done on the left and then on the right."
    )
    rest_seconds = models.PositiveSmallIntegerField(
        default=10, help_text=f"Rest between repetitions ({REST_SECONDS[0]}–{REST_SECONDS[1]})."
    )
    tips = models.TextField(blank=True, help_text="One tip per line.")
    mistakes = models.TextField("common mistakes", blank=True, help_text="One per line.")
    cautions = models.TextField(
        help_text="When not to do it or to take care. One per line; shown before the steps."
    )
    stop_if = models.TextField("stop if", help_text="The stop-if-it-hurts cue for this stretch.")
    video_url = models.URLField(
        "demo video",
        blank=True,
        validators=[validate_video_url],
        help_text="Optional https link to YouTube, Vimeo or an allowed clinician video library.",
    )
    figure = models.JSONField(
        blank=True,
        default=dict,
        help_text="The picture of the move, as pose data (see stretches/content/figures.toml "
        "for the fields). Checked on save: a joint outside its normal range is refused.",
    )
    video_start = models.PositiveIntegerField(
        "video start (seconds)", default=0, help_text="Where the demonstration begins."
    )

    objects = StretchQuerySet.as_manager()

    class Meta(ReviewedContent.Meta):
        ordering = ["name"]
        verbose_name_plural = "stretches"
        constraints = [
            models.CheckConstraint(
                condition=Q(hold_seconds__gte=HOLD_SECONDS[0], hold_seconds__lte=HOLD_SECONDS[1]),
                name="stretch_hold_seconds_in_range",
                violation_error_message="Hold time must be between 5 and 120 seconds.",
            ),
            models.CheckConstraint(
                condition=Q(repetitions__gte=REPETITIONS[0], repetitions__lte=REPETITIONS[1]),
                name="stretch_repetitions_in_range",
                violation_error_message="Repetitions must be between 1 and 20.",
            ),
            models.CheckConstraint(
                condition=Q(kind="hold")
                | Q(rep_seconds__gte=REP_SECONDS[0], rep_seconds__lte=REP_SECONDS[1]),
                name="stretch_movement_has_a_pace",
                violation_error_message="A movement needs 2 to 10 seconds per repetition.",
            ),
            models.CheckConstraint(
                condition=Q(rest_seconds__lte=REST_SECONDS[1]),
                name="stretch_rest_seconds_in_range",
                violation_error_message="Rest must be at most 120 seconds.",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def clean(self):
        super().clean()
        if not self.figure:
            # Every shipped stretch has one; a new one is not published without one. (A
            # stretch an editor made before figures existed can still be saved.)
            if self.is_published and self._state.adding:
                raise ValidationError({"figure": "A published stretch needs a figure."})
            return
        try:
            check_drawable(self.figure)
        except FigureError as error:
            raise ValidationError({"figure": str(error)}) from error

    def get_absolute_url(self) -> str:
        return reverse("stretches:detail", args=[self.slug])

    @property
    def tip_list(self) -> list[str]:
        return text_lines(self.tips)

    @property
    def mistake_list(self) -> list[str]:
        return text_lines(self.mistakes)

    @property
    def caution_list(self) -> list[str]:
        return text_lines(self.cautions)

    @property
    def video_embed_url(self) -> str | None:
        return embed_url(self.video_url, self.video_start) if self.video_url else None

    @property
    def first_side(self) -> str:
        """The side a per-side stretch starts on: the one its steps (and figure) name first."""
        return self.figure.get("side", "left") if self.figure else "left"


class StretchStep(models.Model):
    stretch = models.ForeignKey(Stretch, on_delete=models.CASCADE, related_name="steps")
    position = models.PositiveSmallIntegerField(default=0)
    text = models.TextField()

    class Meta:
        ordering = ["position", "pk"]

    def __str__(self) -> str:
        return f"{self.stretch}: step {self.position}"


class StretchSource(SourceLink):
    stretch = models.ForeignKey(Stretch, on_delete=models.CASCADE, related_name="sources")
