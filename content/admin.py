import datetime

from django.contrib import admin
from django.core.exceptions import ValidationError
from django.forms.models import BaseInlineFormSet
from django.utils import timezone

from content.models import LoadedContent
from content.sources import validate_has_primary
from sitewide.caching import content_changed


class SourcesFormSet(BaseInlineFormSet):
    """A page's sources, which must include a primary one (content/sources.py)."""

    def clean(self):
        super().clean()
        urls = [
            form.cleaned_data["url"]
            for form in self.forms
            if form.cleaned_data.get("url") and not form.cleaned_data.get("DELETE")
        ]
        try:
            validate_has_primary(urls)
        except ValidationError as error:
            raise ValidationError(error.messages) from error


class SourceInline(admin.TabularInline):
    formset = SourcesFormSet
    extra = 1
    fields = ["position", "title", "url"]


class ReviewDue(admin.SimpleListFilter):
    title = "review"
    parameter_name = "review"

    def lookups(self, request, model_admin):
        return [("due", "Due for review"), ("soon", "Due within 30 days")]

    def queryset(self, request, queryset):
        today = timezone.localdate()
        if self.value() == "due":
            return queryset.filter(review_due__lte=today)
        if self.value() == "soon":
            return queryset.filter(review_due__lte=today + datetime.timedelta(days=30))
        return queryset


class PublishActions:
    """Bulk publish and hide, shared by every model with an is_published flag."""

    actions = ["publish", "hide"]

    @admin.action(description="Publish the selected items")
    def publish(self, request, queryset):
        updated = queryset.update(is_published=True)
        content_changed()  # update() sends no signals; retire stored pages here
        self.message_user(request, f"Published {updated} item{'s' if updated != 1 else ''}.")

    @admin.action(description="Hide the selected items from the site")
    def hide(self, request, queryset):
        updated = queryset.update(is_published=False)
        content_changed()
        self.message_user(request, f"Hid {updated} item{'s' if updated != 1 else ''}.")


@admin.register(LoadedContent)
class LoadedContentAdmin(admin.ModelAdmin):
    """Delete a record here to have `load_content` create that shipped item again."""

    list_display = ["key", "revision", "held_revision", "loaded"]
    list_filter = [("held_revision", admin.EmptyFieldListFilter)]
    search_fields = ["key"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
