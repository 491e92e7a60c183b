"""Content changes move the content version, which retires every cached page at once."""

from django.db.models.signals import m2m_changed, post_delete, post_save

from stretches.models import ContentVersion, Routine


def content_changed(sender, **kwargs) -> None:
    ContentVersion.bump()


def routine_changed(sender, instance: Routine, **kwargs) -> None:
    # Visitors' own routines are never in a shared cached page; ready-made ones are. Their
    # steps are edited inline in admin, which saves the routine too.
    if instance.is_ready_made:
        ContentVersion.bump()


def watch(*models) -> None:
    for model in models:
        post_save.connect(
            content_changed, sender=model, dispatch_uid=f"version-{model._meta.label}"
        )
        post_delete.connect(
            content_changed, sender=model, dispatch_uid=f"version-del-{model._meta.label}"
        )
        for field in model._meta.many_to_many:
            m2m_changed.connect(
                content_changed,
                sender=field.remote_field.through,
                dispatch_uid=f"version-m2m-{field.remote_field.through._meta.label}",
            )


def connect() -> None:
    from stretches.models import BodyArea, Muscle, Stretch, StretchSource, StretchStep

    watch(BodyArea, Muscle, Stretch, StretchSource, StretchStep)
    post_save.connect(routine_changed, sender=Routine, dispatch_uid="version-routine")
    post_delete.connect(routine_changed, sender=Routine, dispatch_uid="version-del-routine")
