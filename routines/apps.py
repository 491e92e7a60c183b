from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save


def ready_made_routine_changed(sender, instance, **kwargs) -> None:
    # Visitors' own routines are never in a page shared by everyone; ready-made ones are (the
    # home page offers them). Their steps are edited inline in admin, which saves the routine.
    if instance.is_ready_made:
        from sitewide.caching import content_changed

        content_changed()


class RoutinesConfig(AppConfig):
    name = "routines"
    verbose_name = "Routines"
    # Read by the content app: what load_content runs, and whose changes retire cached pages.
    content_loaders = ["routines.content_loader.load_routines"]
    content_models = ["Suggestion"]

    def ready(self):
        from routines.models import Routine

        for signal in (post_save, post_delete):
            signal.connect(ready_made_routine_changed, sender=Routine, dispatch_uid=f"{signal}")
