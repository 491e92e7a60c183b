from django.db import connection, models


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


class ContentVersion(models.Model):
    """
    A counter that moves whenever published content changes, so cached pages made before the
    change are never served after it. One row; bumped by the signal handlers in signals.py.
    """

    number = models.PositiveBigIntegerField(default=0)

    def __str__(self) -> str:
        return f"content version {self.number}"

    @classmethod
    def current(cls) -> int:
        # Asked on every cached page view: plain SQL skips the ORM's query building.
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT number FROM {cls._meta.db_table} LIMIT 1")  # noqa: S608
            row = cursor.fetchone()
        return row[0] if row else 0

    @classmethod
    def bump(cls) -> None:
        if not cls.objects.update(number=models.F("number") + 1):
            cls.objects.create(number=1)
