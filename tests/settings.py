"""
Upright's settings as production has them (config/settings.py), and what a test run changes.

A test run is one process, so its caches live in its memory and are emptied between tests
(tests/conftest.py); nothing a test stores reaches a server running beside it.
"""

import os

# Production settings refuse to start without these; a test run needs no real ones.
os.environ.setdefault("DJANGO_SECRET_KEY", "insecure-secret-key-for-tests-only")
os.environ.setdefault("DJANGO_SECURE_SSL_REDIRECT", "0")

from config.settings import *  # noqa: E402, F403

CACHES = {
    alias: {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": alias}
    for alias in ("default", "pages", "ratelimit")
}
# Passwords here guard nothing; the production hasher's deliberate slowness would cost half a
# second for every login a test makes.
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# Every test writes from 127.0.0.1: one test's counts would throttle the next. The tests of
# the limits turn them on.
RATELIMIT_ENABLE = False
# Static files by the names they are written under, served from where they are written: no
# collectstatic before every run. The tests of what production serves (fingerprinted,
# compressed, collected) ask for the `collected_static` fixture (tests/conftest.py).
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = True
