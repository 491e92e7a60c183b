from django.contrib import admin
from django.utils.html import format_html
from modeltranslation.admin import TranslationAdmin, TranslationTabularInline

from content.admin import PublishActions, ReviewDue, SourceInline
from stretches.models import BodyArea, Muscle, Stretch, StretchSource, StretchStep
from stretches.templatetags.figures import figure_svg, unsaved_pose


@admin.register(BodyArea)
class BodyAreaAdmin(TranslationAdmin):
    list_display = ["name", "question", "position"]
    list_editable = ["position"]
    prepopulated_fields = {"slug": ["name"]}
    search_fields = ["name", "question"]


@admin.register(Muscle)
class MuscleAdmin(TranslationAdmin):
    list_display = ["name", "region", "action"]
    list_filter = ["region"]
    prepopulated_fields = {"slug": ["name"]}
    search_fields = ["name", "action"]


class StretchStepInline(TranslationTabularInline):
    model = StretchStep
    extra = 1
    fields = ["position", "text"]


class StretchSourceInline(SourceInline):
    model = StretchSource


@admin.register(Stretch)
class StretchAdmin(PublishActions, TranslationAdmin):
    list_display = [
        "name",
        "position",
        "equipment",
        "difficulty",
        "dose",
        "is_published",
        "reviewed",
        "review_due",
    ]
    list_editable = ["is_published"]
    list_filter = [
        ReviewDue,
        "is_published",
        "kind",
        "is_strengthening",
        "areas",
        "position",
        "equipment",
        "difficulty",
        "per_side",
    ]
    search_fields = ["name", "slug", "summary", "muscles__name"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["areas", "muscles"]
    date_hierarchy = "updated"
    inlines = [StretchStepInline, StretchSourceInline]
    readonly_fields = ["figure_preview", "created", "updated"]
    fieldsets = [
        (None, {"fields": ["name", "slug", "summary", "is_published"]}),
        (
            "Figure",
            {
                "fields": ["figure_preview", "figure"],
                "description": "The picture drawn from the pose data below, as visitors see "
                "it; save to see a change. A joint outside its normal range is refused.",
            },
        ),
        ("Where and how", {"fields": ["areas", "muscles", "position", "equipment", "difficulty"]}),
        (
            "Dose",
            {
                "fields": [
                    "kind",
                    "is_strengthening",
                    "hold_seconds",
                    "rep_seconds",
                    "repetitions",
                    "per_side",
                    "rest_seconds",
                ]
            },
        ),
        ("Safety", {"fields": ["cautions", "stop_if"]}),
        ("Advice", {"fields": ["tips", "mistakes"]}),
        ("Demo video", {"fields": ["video_url", "video_start"]}),
        ("Review", {"fields": ["reviewed", "reviewed_by", "review_due", "created", "updated"]}),
    ]

    @admin.display(description="Dose")
    def dose(self, stretch: Stretch) -> str:
        return stretch.dose_label

    @admin.display(description="As drawn")
    def figure_preview(self, stretch: Stretch) -> str:
        if not stretch.figure:
            return "No figure yet."
        pose = unsaved_pose(stretch.figure)  # what the form holds, saved or not
        moving = figure_svg(pose, mirrored=False, still=False, thumbnail=False)
        other = figure_svg(pose, mirrored=True, still=True, thumbnail=False)
        return format_html(
            '<div class="upright-figure-preview">{}{}</div>',
            moving,
            other if stretch.per_side else "",
        )
