"""No Docker engine runs in CI, so the image's recipe is checked for the properties it promises."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCKERFILE = (ROOT / "Dockerfile").read_text()


def instructions() -> list[tuple[str, str]]:
    joined = DOCKERFILE.replace("\\\n", " ")
    lines = [line.strip() for line in joined.splitlines()]
    return [tuple(line.split(maxsplit=1)) for line in lines if line and not line.startswith("#")]


def test_multi_stage_build_on_slim_python_313():
    bases = [arg for op, arg in instructions() if op == "FROM"]
    assert len(bases) == 2
    assert all(base.startswith("python:3.13-slim") for base in bases)


def test_runs_as_a_non_root_user_and_collects_static_at_build():
    ops = instructions()
    user = [arg for op, arg in ops if op == "USER"]
    assert user and user[-1] not in ("root", "0")
    assert any(op == "RUN" and "collectstatic" in arg for op, arg in ops)


def test_starts_with_the_script_that_ci_exercises_and_checks_health():
    ops = dict(instructions())
    assert ops["CMD"] == '["bin/start"]'
    assert "/healthz" in ops["HEALTHCHECK"]
    start = (ROOT / "bin" / "start").read_text()
    assert "migrate" in start and "gunicorn" in start
