"""The environment for a process a test starts (manage.py, bin/start): production's settings,
not the test run's, and none of the test run's own switches."""

import os

TEST_RUN_ONLY = {"DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE"}


def production_env(**env: str) -> dict[str, str]:
    base = {key: value for key, value in os.environ.items() if key not in TEST_RUN_ONLY}
    return {**base, "DJANGO_SETTINGS_MODULE": "config.settings", **env}
