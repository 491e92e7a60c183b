from django.contrib import admin

from content.models import ContentVersion, LoadedContent


class PublishActions:
    """Bulk publish and hide, shared by every model with an is_published flag."""

    actions = ["publish", "hide"]

    @admin.action(description="Publish the selected items")
    def publish(self, request, queryset):
        updated = queryset.update(is_published=True)
        ContentVersion.bump()  # update() sends no signals; retire cached pages here
        self.message_user(request, f"Published {updated} item{'s' if updated != 1 else ''}.")

    @admin.action(description="Hide the selected items from the site")
    def hide(self, request, queryset):
        updated = queryset.update(is_published=False)
        ContentVersion.bump()
        self.message_user(request, f"Hid {updated} item{'s' if updated != 1 else ''}.")


@admin.register(LoadedContent)
class LoadedContentAdmin(admin.ModelAdmin):
    """Delete a record here to have `load_content` create that shipped item again."""

    list_display = ["key", "loaded"]
    search_fields = ["key"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
