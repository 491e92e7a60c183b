from django.contrib import admin
from django.db.models import Count
from django.utils.html import format_html
from modeltranslation.admin import TranslationAdmin, TranslationTabularInline

from content.admin import PublishActions, ReviewDue, SourceInline
from imbalances.models import Cause, CauseSource, CorrectiveStretch, RedFlag, RedFlagSource
from imbalances.templatetags.maps import pain_map


class CorrectiveStretchInline(TranslationTabularInline):
    model = CorrectiveStretch
    extra = 1
    autocomplete_fields = ["stretch"]
    fields = ["position", "stretch", "why"]


class CauseSourceInline(SourceInline):
    model = CauseSource


@admin.register(Cause)
class CauseAdmin(PublishActions, TranslationAdmin):
    list_display = ["name", "kind", "stretch_count", "is_published", "reviewed", "review_due"]
    list_editable = ["is_published"]
    list_filter = [ReviewDue, "is_published", "kind", "areas"]
    search_fields = ["name", "slug", "summary", "explanation"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["tight_muscles", "weak_muscles", "areas"]
    inlines = [CorrectiveStretchInline, CauseSourceInline]
    readonly_fields = ["pain_map_preview", "created", "updated"]
    fieldsets = [
        (None, {"fields": ["name", "slug", "kind", "summary", "is_published"]}),
        ("Explanation", {"fields": ["explanation", "symptoms", "areas"]}),
        ("Muscles", {"fields": ["tight_muscles", "weak_muscles"]}),
        (
            "Trigger point",
            {
                "fields": ["trigger_site", "referral", "pain_map_preview", "pain_map"],
                "description": "Only for causes of the trigger point kind. The map is drawn "
                "from its data as visitors see it; save to see a change.",
            },
        ),
        ("Care", {"fields": ["strengthening", "see_a_professional"]}),
        ("Review", {"fields": ["reviewed", "reviewed_by", "review_due", "created", "updated"]}),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(stretch_total=Count("corrective_stretches"))

    @admin.display(description="Map as drawn")
    def pain_map_preview(self, cause: Cause) -> str:
        return format_html('<div class="upright-figure-preview">{}</div>', pain_map(cause))

    @admin.display(description="Stretches", ordering="stretch_total")
    def stretch_count(self, cause: Cause) -> int:
        return cause.stretch_total


class RedFlagSourceInline(SourceInline):
    model = RedFlagSource


@admin.register(RedFlag)
class RedFlagAdmin(PublishActions, TranslationAdmin):
    list_display = ["title", "tier", "position", "is_published", "reviewed", "review_due"]
    list_editable = ["position", "is_published"]
    list_filter = [ReviewDue, "tier", "is_published"]
    search_fields = ["title", "detail"]
    inlines = [RedFlagSourceInline]
