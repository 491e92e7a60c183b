import os

# Playwright's sync API runs an event loop in the test thread; Django would otherwise refuse
# database access from it. Must be set before Django touches the database.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

import pytest  # noqa: E402
from django.core.management import call_command  # noqa: E402
from hypothesis import settings as hypothesis_settings  # noqa: E402

# Property tests check behaviour, not speed: no per-example deadline on a loaded machine. CI
# replays the same examples every run, so a red run always means a change broke something;
# local runs keep exploring new ones.
hypothesis_settings.register_profile("upright", deadline=None)
hypothesis_settings.register_profile("ci", deadline=None, derandomize=True)
hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "upright"))


@pytest.fixture(scope="session", autouse=True)
def collected_static(tmp_path_factory):
    """Serve static files as production does: collected, fingerprinted and compressed."""
    from django.conf import settings

    settings.STATIC_ROOT = tmp_path_factory.mktemp("static")
    call_command("collectstatic", interactive=False, verbosity=0)


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Every test database starts with the shipped content, as a fresh install does."""
    with django_db_blocker.unblock():
        call_command("load_content", verbosity=0)


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


@pytest.fixture
def content(db):
    """The shipped content, reloaded if a transactional test has flushed it."""
    call_command("load_content", verbosity=0)


def pytest_terminal_summary(terminalreporter):
    """After the run, say what the hostile-input property test received, by status."""
    from tests.test_hostile_input import STATUSES

    if STATUSES:
        terminalreporter.write_line(f"hostile requests by status: {dict(sorted(STATUSES.items()))}")


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    """Tests against a live server or a transactional database run last. Each empties the
    database when it ends, and the tests that roll back expect the shipped content that
    `django_db_setup` loaded. pytest-django orders tests this way, but pytest then regroups
    tests by their session-scoped parameters (the browser's name), which can pull browser
    tests forward. This runs after both."""

    def flushes(item) -> bool:
        marker = item.get_closest_marker("django_db")
        if marker and marker.kwargs.get("transaction"):
            return True
        return bool({"live_server", "transactional_db"} & set(getattr(item, "fixturenames", ())))

    items.sort(key=flushes)
