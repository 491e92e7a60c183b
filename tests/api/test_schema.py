"""
Driven by the OpenAPI document: it is valid, and every operation it lists answers, with real
parameters from the shipped content, a body its own schema accepts, errors included.
"""

import pytest
from jsonschema import Draft202012Validator
from openapi_spec_validator import validate
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from imbalances.models import Cause
from stretches.models import Stretch

pytestmark = pytest.mark.django_db

BASE = "urn:upright-api"


def real_values() -> dict[str, dict[str, str]]:
    """Parameters taken from the content: a stretch's own area, muscle and words, so a list
    filtered by all of them still holds that stretch; a trigger point, whose detail has the
    most fields filled."""
    stretch = Stretch.objects.published().get(slug="chin-tuck")
    cause = Cause.objects.published().filter(kind=Cause.Kind.TRIGGER_POINT).first()
    query = {
        "area": stretch.areas.first().slug,
        "muscle": stretch.muscles.first().slug,
        "position": stretch.position,
        "equipment": stretch.equipment,
        "difficulty": stretch.difficulty,
        "q": stretch.name,
        "page": "1",
    }
    return {"stretches": {**query, "slug": stretch.slug}, "causes": {**query, "slug": cause.slug}}


def operations(document: dict):
    for path, methods in document["paths"].items():
        for method, operation in methods.items():
            yield path, method, operation


def request_for(path: str, operation: dict, values: dict[str, str]) -> tuple[str, dict]:
    values = values["causes" if "/causes" in path else "stretches"]
    query = {}
    for parameter in operation.get("parameters", []):
        name = parameter["name"]
        if parameter["in"] == "path":
            path = path.replace(f"{{{name}}}", values[name])
        else:
            query[name] = values[name]
    return path, query


def body_validator(document: dict, operation: dict, status: int) -> Draft202012Validator:
    """A validator for the body the document promises for this status."""
    resource = Resource.from_contents(document, default_specification=DRAFT202012)
    registry = Registry().with_resource(BASE, resource)
    schema = operation["responses"][str(status)]["content"]["application/json"]["schema"]
    return Draft202012Validator({"$ref": BASE + schema["$ref"]}, registry=registry)


def test_the_openapi_document_is_valid_and_lists_every_endpoint(document):
    validate(document)
    assert set(document["paths"]) == {
        "/api/v1/",
        "/api/v1/stretches",
        "/api/v1/stretches/{slug}",
        "/api/v1/causes",
        "/api/v1/causes/{slug}",
        "/api/v1/muscles",
        "/api/v1/areas",
        "/api/v1/red-flags",
    }
    assert {method for _, method, _ in operations(document)} == {"get"}


def test_every_operation_answers_with_a_body_its_schema_accepts(client, document):
    values = real_values()
    for path, method, operation in operations(document):
        url, query = request_for(path, operation, values)
        response = getattr(client, method)(url, query)
        assert response.status_code == 200, (url, query, response.content[:300])
        body = response.json()
        body_validator(document, operation, 200).validate(body)
        if "items" in body:
            assert body["items"], f"{url} with {query} found nothing"


def test_every_error_an_operation_declares_is_answered_in_its_declared_shape(client, document):
    """Each declared 400 and 404 is provoked: a page that is not a number or one past the
    end, a slug nothing has."""
    values = real_values()
    provoked = 0
    for path, method, operation in operations(document):
        url, query = request_for(path, operation, values)
        for status in (400, 404):
            if str(status) not in operation["responses"]:
                continue
            if "{slug}" in path:
                bad_url, bad_query = path.replace("{slug}", "no-such-item"), query
            elif status == 400:
                bad_url, bad_query = url, {**query, "page": "first"}
            else:
                bad_url, bad_query = url, {**query, "page": "999"}
            response = getattr(client, method)(bad_url, bad_query)
            assert response.status_code == status, (bad_url, bad_query)
            body_validator(document, operation, status).validate(response.json())
            assert response.json()["message"]
            provoked += 1
    assert provoked >= 6
