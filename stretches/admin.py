from django.contrib import admin

from .models import BodyArea, Muscle, Stretch, StretchSource, StretchStep


class PublishActions:
    """Bulk publish and hide, shared by every model with an is_published flag."""

    actions = ["publish", "hide"]

    @admin.action(description="Publish the selected items")
    def publish(self, request, queryset):
        updated = queryset.update(is_published=True)
        self.message_user(request, f"Published {updated} item{'s' if updated != 1 else ''}.")

    @admin.action(description="Hide the selected items from the site")
    def hide(self, request, queryset):
        updated = queryset.update(is_published=False)
        self.message_user(request, f"Hid {updated} item{'s' if updated != 1 else ''}.")


@admin.register(BodyArea)
class BodyAreaAdmin(admin.ModelAdmin):
    list_display = ["name", "question", "position"]
    list_editable = ["position"]
    prepopulated_fields = {"slug": ["name"]}
    search_fields = ["name", "question"]


@admin.register(Muscle)
class MuscleAdmin(admin.ModelAdmin):
    list_display = ["name", "region", "action"]
    list_filter = ["region"]
    prepopulated_fields = {"slug": ["name"]}
    search_fields = ["name", "action"]


class StretchStepInline(admin.TabularInline):
    model = StretchStep
    extra = 1
    fields = ["position", "text"]


class StretchSourceInline(admin.TabularInline):
    model = StretchSource
    extra = 1
    fields = ["position", "title", "url"]


@admin.register(Stretch)
class StretchAdmin(PublishActions, admin.ModelAdmin):
    list_display = [
        "name",
        "position",
        "equipment",
        "difficulty",
        "dose",
        "is_published",
        "reviewed",
        "updated",
    ]
    list_editable = ["is_published"]
    list_filter = ["is_published", "areas", "position", "equipment", "difficulty", "per_side"]
    search_fields = ["name", "slug", "summary", "muscles__name"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["areas", "muscles"]
    date_hierarchy = "updated"
    inlines = [StretchStepInline, StretchSourceInline]
    readonly_fields = ["created", "updated"]
    fieldsets = [
        (None, {"fields": ["name", "slug", "summary", "is_published"]}),
        ("Where and how", {"fields": ["areas", "muscles", "position", "equipment", "difficulty"]}),
        ("Dose", {"fields": ["hold_seconds", "repetitions", "per_side", "rest_seconds"]}),
        ("Safety", {"fields": ["cautions", "stop_if"]}),
        ("Advice", {"fields": ["tips", "mistakes"]}),
        ("Demo video", {"fields": ["video_url", "video_start"]}),
        ("Review", {"fields": ["reviewed", "created", "updated"]}),
    ]

    @admin.display(description="Dose")
    def dose(self, stretch: Stretch) -> str:
        sides = " each side" if stretch.per_side else ""
        return f"{stretch.hold_seconds} s × {stretch.repetitions}{sides}"
