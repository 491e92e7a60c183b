"""
The API's browsable documentation: one server-drawn page read from the OpenAPI document.

Swagger UI would need django-ninja's static folder collected: 8 MB of scripts and source maps
(Redoc's too), whose compression adds most of a minute to every `collectstatic`. This page
needs no script at all: each list endpoint has a plain GET form, each endpoint an example
link, and every field of every answer is listed with its type and meaning.
"""

import json

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from ninja.responses import NinjaJSONEncoder

from imbalances.models import Cause
from stretches.models import Stretch

MAX_DEPTH = 4


def resolve(schema: dict, components: dict) -> dict:
    while "$ref" in schema:
        schema = components[schema["$ref"].rsplit("/", 1)[-1]]
    return schema


def type_label(schema: dict, components: dict) -> str:
    if "$ref" in schema:
        return schema["$ref"].rsplit("/", 1)[-1]
    if "anyOf" in schema:
        return " or ".join(type_label(option, components) for option in schema["anyOf"])
    if "enum" in schema:
        return "one of " + ", ".join(f"“{value}”" for value in schema["enum"])
    if schema.get("type") == "array":
        return "list of " + type_label(schema.get("items", {}), components)
    if schema.get("format") in ("date", "date-time"):
        return schema["format"]
    return schema.get("type", "any")


def object_inside(schema: dict, components: dict) -> dict | None:
    """The object a field holds (itself, its list's items, or the one non-null option)."""
    schema = resolve(schema, components)
    if schema.get("type") == "array":
        return object_inside(schema.get("items", {}), components)
    if "anyOf" in schema:
        options = [option for option in schema["anyOf"] if option.get("type") != "null"]
        return object_inside(options[0], components) if len(options) == 1 else None
    return schema if "properties" in schema else None


def field_rows(schema: dict, components: dict, prefix: str = "", depth: int = 0) -> list[dict]:
    """Every field of an answer, nested ones named by their path (`items[].dose.label`)."""
    rows: list[dict] = []
    schema = resolve(schema, components)
    for name, field in schema.get("properties", {}).items():
        path = f"{prefix}{name}"
        described = resolve(field, components)
        rows.append(
            {
                "name": path,
                "type": type_label(field, components),
                "description": field.get("description") or described.get("description", ""),
            }
        )
        inner = object_inside(field, components)
        if inner and depth < MAX_DEPTH and "properties" in inner:
            suffix = "[]." if resolve(field, components).get("type") == "array" else "."
            rows += field_rows(inner, components, f"{path}{suffix}", depth + 1)
    return rows


def parameter_row(parameter: dict, components: dict) -> dict:
    schema = parameter.get("schema", {})
    options = [o for o in schema.get("anyOf", [schema]) if o.get("type") != "null"]
    choices = options[0].get("enum", []) if options else []
    return {
        "name": parameter["name"],
        "where": parameter["in"],
        "type": type_label(options[0] if options else schema, components),
        "choices": choices,
        "default": schema.get("default"),
        "description": parameter.get("description", ""),
    }


def example(path: str, slugs: dict[str, str]) -> str:
    """The path with a real published item in place of `{slug}`, so the link answers 200."""
    if "{slug}" not in path:
        return path
    return path.replace("{slug}", slugs["causes" if "/causes/" in path else "stretches"])


def operations(document: dict, slugs: dict[str, str]) -> list[dict]:
    components = document.get("components", {}).get("schemas", {})
    found = []
    for path, methods in document["paths"].items():
        for method, operation in methods.items():
            success = operation["responses"].get("200", {})
            body = success.get("content", {}).get("application/json", {}).get("schema", {})
            parameters = [parameter_row(p, components) for p in operation.get("parameters", [])]
            found.append(
                {
                    "id": operation["operationId"],
                    "method": method.upper(),
                    "path": path,
                    "summary": operation.get("summary", ""),
                    "description": operation.get("description", ""),
                    "parameters": parameters,
                    "query": [p for p in parameters if p["where"] == "query"],
                    "example": example(path, slugs),
                    "answers": sorted(operation["responses"]),
                    "fields": field_rows(body, components),
                }
            )
    return found


def openapi_document(api) -> dict:
    """The document as /openapi.json serves it (JSON keys are strings; ninja's are not all)."""
    return json.loads(json.dumps(api.get_openapi_schema(), cls=NinjaJSONEncoder))


def docs(request: HttpRequest, api) -> HttpResponse:
    slugs = {
        "stretches": Stretch.objects.published().values_list("slug", flat=True).first() or "-",
        "causes": Cause.objects.published().values_list("slug", flat=True).first() or "-",
    }
    context = {
        "api": api,
        "operations": operations(openapi_document(api), slugs),
        "openapi_url": reverse("api:openapi-json"),
    }
    return render(request, "api/docs.html", context)
