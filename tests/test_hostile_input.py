"""
Property-based: malformed paths, query strings, form bodies, headers, huge values, wrong
methods and wrong content types, thrown at every URL. Every answer is 2xx/3xx/4xx with a
body, and a refused request (4xx) changes nothing in the database.
"""

from collections import Counter

import pytest
from django.core.cache import cache
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from stretches.routines.models import Routine, RoutineRun, RoutineStep
from tests.factories import visitor_routine

pytestmark = pytest.mark.django_db

STATUSES: Counter = Counter()
PARAMS = ["q", "area", "muscle", "position", "equipment", "difficulty", "page", "step", "run",
          "stretch", "direction", "hold_seconds", "repetitions", "sides", "name", "mode", "pain",
          "next", "from", "csrfmiddlewaretoken", "username", "password"]  # fmt: skip
PATHS = [
    "/", "/stretches/", "/stretches/{slug}/", "/stretches/{slug}/video/", "/imbalances/",
    "/imbalances/{cause}/", "/when-to-see-a-doctor/", "/disclaimer/", "/healthz",
    "/sitemap.xml", "/robots.txt", "/routine/", "/routine/add/", "/routine/load/",
    "/routine/rename/", "/routine/clear/", "/routine/steps/{step}/remove/",
    "/routine/steps/{step}/move/", "/routine/steps/{step}/edit/", "/routine/follow/",
    "/routine/history/", "/routine/print/", "/routine/runs/{run}/finish/", "/r/{token}/",
    "/r/{token}/follow/", "/r/{token}/start/", "/r/{token}/copy/", "/r/{token}/print/",
    "/admin/login/",
]  # fmt: skip

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
                st.sampled_from(["stretches", "imbalances", "routine", "r", "routine/steps"]),
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


@settings(
    max_examples=1500,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(spec=request)
def test_no_input_causes_a_server_error_or_a_change_when_refused(owner, spec):
    client, names = owner
    cache.clear()  # rate limits would otherwise turn most later writes into 429s
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
