import datetime

from django.contrib import admin
from django.contrib.contenttypes.admin import GenericTabularInline
from django.contrib.contenttypes.forms import BaseGenericInlineFormSet
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.forms.models import BaseInlineFormSet
from django.utils import timezone

from content.models import LoadedContent, Translation
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


class TranslationFormSet(BaseGenericInlineFormSet):
    """Each row knows its item's model before it is validated, so Translation.clean() can
    check the field against that model's `translatable_fields`, on a new row too."""

    def _construct_form(self, i, **kwargs):
        form = super()._construct_form(i, **kwargs)
        form.instance.content_type = ContentType.objects.get_for_model(
            self.instance, for_concrete_model=self.for_concrete_model
        )
        return form


class TranslationInline(GenericTabularInline):
    """This item's fields in other languages, kept for a later release that shows them."""

    model = Translation
    formset = TranslationFormSet
    extra = 0
    fields = ["language", "field", "text"]
    # The section's heading, so no editor expects a saved translation to appear on the site.
    verbose_name_plural = "Translations (stored for a later release; not yet shown on the site)"


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
