from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save


def ready_made_routine_changed(sender, instance, **kwargs) -> None:
    # Visitors' own routines are never in a page shared by everyone; ready-made ones are (the
    # home page offers them). Their steps are edited inline in admin, which saves the routine.
    if instance.is_ready_made:
        from content.models import ContentVersion

        ContentVersion.bump()


class StretchesConfig(AppConfig):
    name = "stretches"
    verbose_name = "Stretch library"
    content_loaders = [
        "stretches.content_loader.load_stretches",
        "stretches.content_loader.load_routines",
    ]

    def ready(self):
        from content.signals import watch
        from stretches.models import BodyArea, Muscle, Stretch, StretchSource, StretchStep
        from stretches.routines.models import Routine

        watch(BodyArea, Muscle, Stretch, StretchSource, StretchStep)
        for signal in (post_save, post_delete):
            signal.connect(ready_made_routine_changed, sender=Routine, dispatch_uid=f"{signal}")
