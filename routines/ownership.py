"""
Whose routine is whose. A visitor's own routine is found through their session; a shared one
through its link's token.

The owner's secret is a random value kept in the visitor's session (the database keeps only
its hash), so it survives a login, which gives the session a new key but keeps its data. At
most one routine belongs to each secret: two requests racing to create a visitor's first
routine (a double click, two tabs) end up sharing it instead of one overwriting the other.
"""

import secrets
from collections.abc import Sequence

from django.shortcuts import get_object_or_404

from routines.models import Routine, RoutineRun, secret_hash

OWNER_SECRET = "routine_owner"


def owner_secret(session, *, create: bool = False) -> str | None:
    secret = session.get(OWNER_SECRET)
    if secret is None and create:
        secret = session[OWNER_SECRET] = secrets.token_urlsafe(32)
    return secret


def owned_routine(session) -> Routine | None:
    secret = owner_secret(session)
    if secret is None:
        return None
    return Routine.objects.filter(owner_hash=secret_hash(secret)).first()


def create_owned_routine(session) -> Routine:
    """The visitor's routine, made empty if they have none yet."""
    routine, _ = Routine.objects.get_or_create(
        owner_hash=secret_hash(owner_secret(session, create=True))
    )
    return routine


def device_hash(session) -> str:
    """Runs are kept under the hash of the owner's secret: "this device's" history."""
    return secret_hash(owner_secret(session, create=True))


def runs_on_this_device(session) -> Sequence[RoutineRun]:
    secret = owner_secret(session)
    if secret is None:
        return []
    return RoutineRun.objects.filter(device_hash=secret_hash(secret))


def shared_routine(token: str) -> Routine:
    """The routine a share link names, or a 404."""
    return get_object_or_404(Routine.objects.shared_by(token))
