"""Bench-only settings: Upright's own, plus a bare view to measure the ceiling against."""

from config.settings import *  # noqa: F403

ROOT_URLCONF = "bench.ceiling_urls"
