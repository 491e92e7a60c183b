"""The service worker's script, the web app manifest and the offline page."""

import json
import re

import pytest
from django.test import Client

from stretches.models import Stretch

pytestmark = pytest.mark.django_db


def worker_settings(response) -> dict:
    first_line = response.content.decode().split("\n", 1)[0]
    return json.loads(re.fullmatch(r"const UPRIGHT = (.*);", first_line).group(1))


def test_the_worker_is_served_at_the_root_as_javascript_checked_on_every_visit(client: Client):
    response = client.get("/sw.js")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/javascript; charset=utf-8"
    assert response["Cache-Control"] == "no-cache"
    # Served from the root, its scope is the whole site without a Service-Worker-Allowed.
    assert "Service-Worker-Allowed" not in response
    assert 'self.addEventListener("fetch"' in response.content.decode()


def test_the_worker_stores_the_fingerprinted_static_files_and_the_offline_page(client: Client):
    settings = worker_settings(client.get("/sw.js"))
    assert settings["offline"] == "/offline/"
    names = "\n".join(settings["precache"])
    for name in ("css/upright", "js/player", "js/offline", "js/outbox", "htmx-2.min"):
        assert re.search(rf"/static/.*{name}\.[0-9a-f]{{12}}\.(css|js)$", names, re.M), name
    for url in settings["precache"]:
        assert client.get(url).status_code == 200, url


def test_an_editors_change_gives_the_worker_a_new_version(client: Client):
    before = worker_settings(client.get("/sw.js"))["version"]
    stretch = Stretch.objects.get(slug="chin-tuck")
    stretch.name = "Chin tuck, sitting tall"
    stretch.save()
    after = worker_settings(client.get("/sw.js"))["version"]
    assert after != before
    assert client.get("/sw.js").content == client.get("/sw.js").content  # stable in between


def test_the_worker_never_keeps_posts_the_admin_or_the_api(client: Client):
    script = client.get("/sw.js").content.decode()
    assert 'request.method !== "GET"' in script
    assert "(admin|api)" in script


def test_the_manifest_describes_an_installable_app(client: Client):
    response = client.get("/manifest.webmanifest")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/manifest+json"
    manifest = json.loads(response.content)
    assert manifest["name"].startswith("Upright")
    assert (manifest["start_url"], manifest["scope"], manifest["display"]) == (
        "/",
        "/",
        "standalone",
    )
    assert (manifest["theme_color"], manifest["background_color"]) == ("#0b5d5b", "#fbfaf7")
    sizes = {
        (icon["sizes"], icon.get("purpose", "any"), icon["type"]) for icon in manifest["icons"]
    }
    assert sizes == {
        ("192x192", "any", "image/png"),
        ("512x512", "any", "image/png"),
        ("512x512", "maskable", "image/png"),
        ("any", "any", "image/svg+xml"),
    }
    for icon in manifest["icons"]:
        assert client.get(icon["src"]).status_code == 200, icon


def test_every_page_links_the_manifest_theme_colours_and_the_offline_script(client: Client):
    page = client.get("/").content.decode()
    assert '<link rel="manifest" href="/manifest.webmanifest">' in page
    assert 'name="theme-color" content="#0b5d5b" media="(prefers-color-scheme: light)"' in page
    assert 'name="theme-color" content="#0c3b3a" media="(prefers-color-scheme: dark)"' in page
    assert 'data-service-worker="/sw.js"' in page
    assert 'aria-live="polite" data-connection' in page


def test_the_offline_page_says_so(client: Client):
    response = client.get("/offline/")
    assert response.status_code == 200
    assert "<h1>You are offline</h1>" in response.content.decode()
