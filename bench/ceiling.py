"""Bench-only settings: Upright's own, plus the views in ceiling_urls.py to measure against: a
bare view (the ceiling) and two floors of a per-visitor page."""

from config.settings import *  # noqa: F403

ROOT_URLCONF = "bench.ceiling_urls"
