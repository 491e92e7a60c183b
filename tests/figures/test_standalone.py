"""The figure engine is a package of its own: it draws from pose data without Django."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

DRAW_EVERY_FIGURE = """
import sys
from figures import parse_figure, render_figure
from figures.bodymap import area_map, muscle_map
from tests.figures.shipped import load_figures

for data in load_figures().values():
    render_figure(parse_figure(data), label="a figure")
muscle_map(["upper-trapezius"], label="a map")
area_map([("neck", "#neck", "My neck")], label="areas")
loaded = sorted(name for name in sys.modules if name.split(".")[0] == "django")
print(loaded)
"""


def test_the_engine_draws_every_shipped_figure_without_importing_django():
    # A fresh interpreter with no settings: anything that needed Django would fail here.
    result = subprocess.run(
        [sys.executable, "-c", DRAW_EVERY_FIGURE],
        cwd=ROOT,
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
