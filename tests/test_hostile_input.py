"""
Property-based: malformed paths, query strings, form bodies, headers, huge values, wrong
methods and wrong content types, thrown at every URL. Every answer is 2xx/3xx/4xx with a
body, and a refused request (4xx) changes nothing in the database.
"""

from collections import Counter

import pytest
from django import forms as django_forms
from django.core.cache import caches
from django.urls import URLResolver, get_resolver
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from routines.models import Routine, RoutineRun, RoutineStep
from tests.factories import visitor_routine

pytestmark = pytest.mark.django_db

STATUSES: Counter = Counter()


def form_fields() -> list[str]:
    """Every field of every form a view reads, and the few parameters views read directly."""
    from routines import forms as routine_forms
    from routines import reminder_forms
    from stretches import forms as library_forms

    names = {"next", "page", "done", "username", "password", "csrfmiddlewaretoken", "step", "run"}
    for module in (library_forms, routine_forms, reminder_forms):
        for form in vars(module).values():
            if isinstance(form, type) and issubclass(form, django_forms.BaseForm):
                names |= set(getattr(form, "base_fields", {}))
    return sorted(names)


def site_paths() -> list[str]:
    """Every route of the site, read from its URLconf, with placeholders for real objects."""
    routes: list[str] = []

    def walk(patterns, prefix: str) -> None:
        for pattern in patterns:
            route = prefix + str(pattern.pattern)
            if isinstance(pattern, URLResolver):
                if route.startswith("admin/"):
                    routes.append("admin/login/")  # the admin's one public page
                else:
                    walk(pattern.url_patterns, route)
            else:
                routes.append(route)

    walk(get_resolver().url_patterns, "")
    placeholders = [
        ("steps/<int:pk>", "steps/{step}"),
        ("runs/<int:pk>", "runs/{run}"),
        ("<str:token>", "{token}"),
        ("stretches/<slug:slug>", "stretches/{slug}"),
        ("imbalances/<slug:slug>", "imbalances/{cause}"),
        ("causes/<slug:slug>", "causes/{cause}"),
    ]
    paths = []
    for route in routes:
        for pattern, placeholder in placeholders:
            route = route.replace(pattern, placeholder)
        assert "<" not in route, f"no placeholder for {route}: add one above"
        paths.append("/" + route)
    return sorted(set(paths))


PARAMS = form_fields()
PATHS = site_paths()

nasty_text = st.one_of(
    st.text(max_size=40),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=200),
    st.sampled_from(
        [
            "",
            "0",
            "-1",
            "1e9",
            "99999999999999999999",
            "null",
            "[]",
            "{}",
            "chin-tuck",
            "up",
            "down",
            "left",
            "replace",
            "append",
            "10",
            "10:30",
            "interval",
            "MO",
            "Europe/London",
            "\x00",
            "%00",
            "../../etc/passwd",
            "<script>alert(1)</script>",
            "' OR 1=1 --",
            "https://evil.example/",
            "//evil.example",
            "x" * 5000,
        ]
    ),  # fmt: skip
)
values = st.one_of(nasty_text, st.lists(nasty_text, max_size=3))
fields = st.dictionaries(
    st.one_of(st.sampled_from(PARAMS), st.text(max_size=10)), values, max_size=6
)
segment = st.one_of(
    st.sampled_from(["{slug}", "{cause}", "{step}", "{run}", "{token}"]),
    st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789-_.%~", min_size=1, max_size=30),
    st.sampled_from(["0", "-1", "99999999999999999999", "..", "%2e%2e", "%00", "x" * 300]),
)
request = st.fixed_dictionaries(
    {
        "method": st.sampled_from(
            ["get", "post"] * 4 + ["put", "patch", "delete", "head", "options"]
        ),
        "path": st.one_of(
            st.sampled_from(PATHS),
            st.sampled_from(PATHS),
            st.builds(
                lambda a, b: f"/{a}/{b}/",
                st.sampled_from(
                    [
                        "stretches",
                        "imbalances",
                        "routine",
                        "r",
                        "routine/steps",
                        "api/v1/stretches",
                        "api/v1/causes",
                    ]
                ),
                segment,
            ),
        ),
        "query": fields,
        "body": fields,
        "content_type": st.sampled_from(
            [
                "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=BoUnDaRy",
                "multipart/form-data",
                "application/json",
                "text/plain",
                "",
                "garbage/\x7f",
            ]
        ),  # fmt: skip
        "htmx": st.sampled_from([None, "true", "false", "\u00e9"]),
        "extra": st.dictionaries(
            st.sampled_from(
                [
                    "HTTP_ACCEPT",
                    "HTTP_HX_TARGET",
                    "HTTP_HX_CURRENT_URL",
                    "HTTP_REFERER",
                    "HTTP_X_FORWARDED_FOR",
                    "HTTP_HX_HISTORY_RESTORE_REQUEST",
                    "HTTP_ACCEPT_ENCODING",
                    "HTTP_COOKIE",
                ]
            ),  # fmt: skip
            nasty_text.filter(lambda v: "\n" not in v and "\r" not in v),
            max_size=3,
        ),
    }
)


def wire(value: str) -> str:
    return value.encode("utf-8").decode("latin-1")


def snapshot() -> tuple:
    return (
        list(
            RoutineStep.objects.order_by("pk").values_list(
                "pk", "position", "hold_seconds", "repetitions", "sides"
            )
        ),
        list(Routine.objects.order_by("pk").values_list("pk", "name")),
        list(RoutineRun.objects.order_by("pk").values_list("pk", "finished", "pain_after")),
    )


@pytest.fixture
def owner(client):
    for slug in ("chin-tuck", "upper-trapezius-stretch"):
        client.post("/routine/add/", {"stretch": slug})
    routine = visitor_routine(client)
    client.post(f"/r/{routine.token}/start/", {"pain": "5"})
    return client, {
        "slug": "chin-tuck",
        "cause": "wry-neck",
        "step": str(routine.steps.first().pk),
        "run": str(RoutineRun.objects.latest("pk").pk),
        "token": routine.token,
    }


def test_every_route_and_every_form_field_is_in_the_generated_requests():
    assert {"/routine/last-time/", "/self-care/", "/routine/steps/{step}/edit/"} <= set(PATHS)
    assert len(PATHS) >= 30
    assert {"hold_seconds", "repetitions", "sides", "pain", "q", "area", "mode"} <= set(PARAMS)
    assert {"schedule", "times", "every", "start", "end", "days", "tz"} <= set(PARAMS)


@pytest.mark.slow
@settings(
    max_examples=1500,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(spec=request)
def test_no_input_causes_a_server_error_or_a_change_when_refused(owner, spec):
    client, names = owner
    caches["ratelimit"].clear()  # rate limits would otherwise turn most later writes into 429s
    path = spec["path"].format(**names)
    before = snapshot()
    # A WSGI server hands header bytes over as latin-1 text; send them as one would.
    headers = {key: wire(value) for key, value in spec["extra"].items()}
    if spec["htmx"] is not None:
        headers["HTTP_HX_REQUEST"] = wire(spec["htmx"])
    method = getattr(client, spec["method"])
    if spec["method"] in ("get", "head", "options"):
        response = method(path, spec["query"], **headers)
    else:
        body = spec["body"]
        if not spec["content_type"].startswith("multipart/form-data; boundary="):
            body = "&".join(f"{k}={v}" for k, v in body.items())
        response = method(path, body, content_type=spec["content_type"], **headers)
    STATUSES[response.status_code] += 1
    assert response.status_code < 500, (path, spec)
    if 400 <= response.status_code < 500:
        assert snapshot() == before, (path, spec)
        if spec["method"] != "head" and response.status_code != 405:
            assert response.content, (path, spec)
