from django.contrib import admin
from django.db.models import Count

from routines.models import Routine, RoutineRun, RoutineStep, Suggestion


class SuggestionInline(admin.TabularInline):
    """The body areas whose people the home page offers this routine to (ready-made only)."""

    model = Suggestion
    extra = 0
    verbose_name = "body area"
    verbose_name_plural = "Offered on the home page to people who hurt in these areas"


class RoutineStepInline(admin.TabularInline):
    model = RoutineStep
    extra = 1
    autocomplete_fields = ["stretch"]
    fields = ["position", "stretch", "hold_seconds", "repetitions", "sides"]


@admin.register(Routine)
class RoutineAdmin(admin.ModelAdmin):
    """Editors curate the ready-made routines; visitors' own routines are shown for support."""

    list_display = ["name", "is_ready_made", "step_count", "updated"]
    list_filter = ["is_ready_made"]
    search_fields = ["name", "slug", "token"]
    prepopulated_fields = {"slug": ["name"]}
    readonly_fields = ["token", "created", "updated", "copied_from"]
    fields = [
        "name",
        "slug",
        "summary",
        "is_ready_made",
        "token",
        "copied_from",
        "created",
        "updated",
    ]
    inlines = [RoutineStepInline, SuggestionInline]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(step_total=Count("steps"))

    @admin.display(description="Stretches", ordering="step_total")
    def step_count(self, routine: Routine) -> int:
        return routine.step_total


@admin.register(RoutineRun)
class RoutineRunAdmin(admin.ModelAdmin):
    list_display = ["routine_name", "started", "finished", "pain_before", "pain_after"]
    list_filter = ["finished"]
    date_hierarchy = "started"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
