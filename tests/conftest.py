import os

# Playwright's sync API runs an event loop in the test thread; Django would otherwise refuse
# database access from it. Must be set before Django touches the database.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

import pytest  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db.models.signals import post_migrate  # noqa: E402
from hypothesis import settings as hypothesis_settings  # noqa: E402

# Property tests check behaviour, not speed: no per-example deadline on a loaded machine. CI
# replays the same examples every run, so a red run always means a change broke something;
# local runs keep exploring new ones.
hypothesis_settings.register_profile("upright", deadline=None)
hypothesis_settings.register_profile("ci", deadline=None, derandomize=True)
hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "upright"))


@pytest.fixture(scope="session")
def collected_static(tmp_path_factory):
    """Static files as production serves them: collected, fingerprinted and compressed, for
    the tests that look at those names or serve pages to a browser."""
    from django.test import override_settings

    from config import settings as production

    root = tmp_path_factory.mktemp("static")
    with override_settings(STATIC_ROOT=root, STORAGES=production.STORAGES):
        call_command("collectstatic", interactive=False, verbosity=0)
        yield root


def load_shipped_content(sender, **kwargs):
    if sender.label == "content":  # once, though every app sends it
        call_command("load_content", verbosity=0)


# Every test starts with the shipped content, as a fresh install does, whatever ran before it
# and on whichever worker. The test database is made by `migrate`, and the tests that use real
# transactions (a live server, concurrency) end by emptying it with `flush`: both send
# post_migrate, as Django's own apps use it to recreate content types and permissions.
post_migrate.connect(load_shipped_content)


@pytest.fixture(autouse=True)
def _fresh_caches():
    """Each test starts with no stored pages and no rate-limit counts. (Each test's database
    changes are rolled back, content version included, so a page stored in one test could
    otherwise be served in another under the same version.)"""
    from django.core.cache import caches

    for cache in caches.all(initialized_only=True):
        cache.clear()


@pytest.fixture(autouse=True)
def _english_outside_requests():
    """A request to /es/ leaves Spanish active in the thread it ran in; each test starts in the
    site's language, as each request does, so a field it sets lands in the English column."""
    from django.conf import settings
    from django.utils import translation

    with translation.override(settings.LANGUAGE_CODE):
        yield


def pytest_terminal_summary(terminalreporter):
    """After the run, say what the hostile-input property test received, by status."""
    from tests.test_hostile_input import STATUSES

    if STATUSES:
        terminalreporter.write_line(f"hostile requests by status: {dict(sorted(STATUSES.items()))}")
