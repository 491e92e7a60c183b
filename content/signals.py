"""A change to published content retires every stored page (sitewide/caching.py)."""

from django.db.models.signals import m2m_changed, post_delete, post_save

from sitewide.caching import content_changed as retire_stored_pages


def content_changed(sender, **kwargs) -> None:
    retire_stored_pages()


def watch(*models) -> None:
    """Move the content version whenever a row of these models (or their m2m links) changes."""
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
