from django.db import models


class LoadedContent(models.Model):
    """
    A record that one shipped item (a stretch, a cause, a red flag) was loaded once.

    The loader creates an item only if its key has never been loaded, so an item that an editor
    renamed, re-slugged or deleted stays the way the editor left it.
    """

    key = models.CharField(max_length=200, unique=True)
    loaded = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["key"]
        verbose_name_plural = "loaded content"

    def __str__(self) -> str:
        return self.key
