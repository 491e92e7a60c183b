from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from content.models import PublishedQuerySet, ReviewedContent, SourceLink
from content.translated import as_shown
from figures import FigureError
from figures.bodymap import parse_trigger_point_map
from stretches.doses import text_lines
from stretches.models import BodyArea, Muscle, Stretch


class CauseQuerySet(PublishedQuerySet):
    def most_common_first(self):
        """Everyday causes (imbalances, habits, strains) before trigger points and conditions."""
        order = Cause.Kind.common_first()
        rank = models.Case(
            *(models.When(kind=kind, then=i) for i, kind in enumerate(order)), default=len(order)
        )
        return self.order_by(rank, as_shown("name"))

    def most_specific_first(self):
        """Causes felt in few places before ones felt everywhere."""
        # A subquery, so that filtering on one area does not also narrow the count.
        links = Cause.areas.through.objects.filter(cause=models.OuterRef("pk"))
        area_count = models.Subquery(
            links.values("cause").annotate(n=models.Count("*")).values("n")
        )
        return self.alias(area_count=area_count).order_by("area_count", as_shown("name"))


class Cause(ReviewedContent):
    class Kind(models.TextChoices):
        IMBALANCE = "imbalance", _("Muscle imbalance")
        TRIGGER_POINT = "trigger_point", _("Trigger point")
        POSTURE = "posture", _("Posture and habits")
        INJURY = "injury", _("Injury")
        CONDITION = "condition", _("Condition")

        @classmethod
        def common_first(cls) -> list[str]:
            return [cls.IMBALANCE, cls.POSTURE, cls.INJURY, cls.TRIGGER_POINT, cls.CONDITION]

    slug = models.SlugField(unique=True)
    name = models.CharField(max_length=120)
    kind = models.CharField(max_length=20, choices=Kind)
    summary = models.TextField(help_text="One or two sentences.")
    explanation = models.TextField(help_text="Plain text; separate paragraphs with a blank line.")
    symptoms = models.TextField(blank=True, help_text="What people notice. One per line.")
    tight_muscles = models.ManyToManyField(
        Muscle, blank=True, related_name="tight_in", help_text="Muscles that tend to be tight."
    )
    weak_muscles = models.ManyToManyField(
        Muscle, blank=True, related_name="weak_in", help_text="Muscles that tend to be weak."
    )
    trigger_site = models.TextField(
        "trigger point site", blank=True, help_text="Trigger points only: where the spot sits."
    )
    referral = models.TextField(
        "referred pain", blank=True, help_text="Trigger points only: where it sends pain."
    )
    pain_map = models.JSONField(
        "trigger point map",
        blank=True,
        default=dict,
        help_text="Trigger points only: the body map of the point and where its pain spreads, "
        "as data (see imbalances/content/trigger_point_maps.toml for the fields). The shading "
        "must say what the referred-pain text says.",
    )
    strengthening = models.TextField(
        blank=True, help_text="Strengthening that pairs with the stretches. One per line."
    )
    see_a_professional = models.TextField("when to see a professional")
    picker_label = models.CharField(
        "situation label",
        max_length=80,
        blank=True,
        help_text="Shown on the home page as a situation people recognise, e.g. "
        "“I work at a desk all day”. Leave empty to leave it out.",
    )
    areas = models.ManyToManyField(BodyArea, related_name="causes", verbose_name="where it is felt")

    objects = CauseQuerySet.as_manager()

    class Meta(ReviewedContent.Meta):
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def clean(self):
        super().clean()
        if self.kind != self.Kind.TRIGGER_POINT:
            return
        if not self.pain_map:
            raise ValidationError({"pain_map": "A trigger point needs its body map."})
        try:
            parse_trigger_point_map(self.slug, self.pain_map).svg()  # it must also draw
        except FigureError as error:
            raise ValidationError({"pain_map": str(error)}) from error
        except (TypeError, ValueError, KeyError, AttributeError, IndexError) as error:
            raise ValidationError({"pain_map": f"This map cannot be drawn: {error}"}) from error

    def get_absolute_url(self) -> str:
        return reverse("imbalances:detail", args=[self.slug])

    @property
    def paragraphs(self) -> list[str]:
        return [p.strip() for p in self.explanation.split("\n\n") if p.strip()]

    @property
    def symptom_list(self) -> list[str]:
        return text_lines(self.symptoms)

    @property
    def strengthening_list(self) -> list[str]:
        return text_lines(self.strengthening)


class CorrectiveStretch(models.Model):
    cause = models.ForeignKey(Cause, on_delete=models.CASCADE, related_name="corrective_stretches")
    stretch = models.ForeignKey(Stretch, on_delete=models.CASCADE, related_name="+")
    position = models.PositiveSmallIntegerField(default=0)
    why = models.CharField(max_length=300, help_text="One sentence: why this stretch helps.")

    class Meta:
        ordering = ["position", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["cause", "stretch"],
                name="unique_corrective_stretch",
                violation_error_message="This stretch is already listed for this cause.",
            )
        ]

    def __str__(self) -> str:
        return f"{self.cause}: {self.stretch}"


class CauseSource(SourceLink):
    cause = models.ForeignKey(Cause, on_delete=models.CASCADE, related_name="sources")


class RedFlag(ReviewedContent):
    """A sign that means getting help instead of stretching, in the NHS's three tiers; or, for
    the `stop` tier, a sign to stop the stretch at once."""

    class Tier(models.TextChoices):
        EMERGENCY = "emergency", _("Call 999 or go to A&E now")
        URGENT = "urgent", _("Get an urgent GP appointment or call NHS 111 today")
        SOON = "soon", _("See a GP or physiotherapist if it is not better in a few weeks")
        STOP = "stop", _("While you stretch: stop straight away")

    tier = models.CharField(max_length=20, choices=Tier)
    title = models.CharField(max_length=160)
    detail = models.TextField()
    position = models.PositiveSmallIntegerField(default=0)

    objects = PublishedQuerySet.as_manager()

    class Meta(ReviewedContent.Meta):
        ordering = ["position", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["tier", "title"], name="unique_red_flag_per_tier")
        ]

    def __str__(self) -> str:
        return self.title


class RedFlagSource(SourceLink):
    red_flag = models.ForeignKey(RedFlag, on_delete=models.CASCADE, related_name="sources")
