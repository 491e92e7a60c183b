"""Routines made before the owner's secret had a value of its own were owned by the session key
(the routine's owner_hash is the hash of that key). Each such session now holds its key as its
secret, as the code used to do when it met one, so the visitor keeps their routine and history
and the code needs no fallback."""

import hashlib
from importlib import import_module
from itertools import batched

from django.conf import settings
from django.db import migrations
from django.utils import timezone

OWNER_SECRET = "routine_owner"  # routines.ownership.OWNER_SECRET
BATCH = 500


def key_hash(session_key: str) -> str:
    return hashlib.sha256(session_key.encode()).hexdigest()


def secret_into_sessions(apps, schema_editor):
    Session = apps.get_model("sessions", "Session")
    Routine = apps.get_model("routines", "Routine")
    RoutineRun = apps.get_model("routines", "RoutineRun")
    # The site's own session store, so a copy kept in the cache (cached_db) is rewritten too.
    store = import_module(settings.SESSION_ENGINE).SessionStore
    live = Session.objects.filter(expire_date__gt=timezone.now()).values_list(
        "session_key", flat=True
    )
    for keys in batched(live.iterator(chunk_size=BATCH), BATCH):
        batch = {key_hash(key): key for key in keys}
        owners = set(Routine.objects.filter(owner_hash__in=batch).values_list("owner_hash", flat=True))
        owners |= set(
            RoutineRun.objects.filter(device_hash__in=batch).values_list("device_hash", flat=True)
        )
        for owner in owners:
            session = store(session_key=batch[owner])
            if OWNER_SECRET not in session:
                session[OWNER_SECRET] = batch[owner]
                session.save()


class Migration(migrations.Migration):
    dependencies = [
        ("routines", "0003_own_tables"),
        ("sessions", "0001_initial"),
    ]

    operations = [
        # Going back needs nothing: the code before this read the secret first as well.
        migrations.RunPython(secret_into_sessions, migrations.RunPython.noop),
    ]
