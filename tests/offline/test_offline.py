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


@pytest.mark.usefixtures("collected_static")
def test_the_worker_stores_the_fingerprinted_static_files_and_the_offline_pages(client: Client):
    settings = worker_settings(client.get("/sw.js"))
    # By the prefix of the pages each stands in for.
    assert settings["offline"] == {"": "/offline/", "/es": "/es/offline/"}
    names = "\n".join(settings["precache"])
    for name in ("css/upright", "js/player", "js/offline", "js/outbox", "htmx-2.min"):
        assert re.search(rf"/static/.*{name}\.[0-9a-f]{{12}}\.(css|js)$", names, re.M), name
    for url in settings["precache"]:
        assert client.get(url).status_code == 200, url


def test_an_editors_change_leaves_the_worker_as_it_is(client: Client):
    """A new worker would make every device download the static files and its kept pages
    again; pages are network first, so an editor's change reaches visitors without one."""
    before = client.get("/sw.js").content
    stretch = Stretch.objects.get(slug="chin-tuck")
    stretch.name = "Chin tuck, sitting tall"
    stretch.save()
    assert client.get("/sw.js").content == before


def test_the_worker_version_follows_the_static_files_names(client: Client, settings):
    before = worker_settings(client.get("/sw.js"))
    assert before["version"].endswith(before["static_version"])
    settings.STATIC_URL = "/static/next/"
    after = worker_settings(client.get("/sw.js"))
    assert after["static_version"] != before["static_version"]


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


def test_the_manifest_in_spanish_starts_the_app_in_spanish(client: Client):
    page = client.get("/es/").content.decode()
    assert '<link rel="manifest" href="/es/manifest.webmanifest">' in page
    manifest = json.loads(client.get("/es/manifest.webmanifest").content)
    assert (manifest["start_url"], manifest["scope"]) == ("/es/", "/")
    assert manifest["name"].startswith("Upright: ayuda para el dolor de cuello")
    assert manifest["description"].startswith("Por qué duelen el cuello")


@pytest.mark.parametrize(
    ("address", "heading"),
    [("/offline/", "You are offline"), ("/es/offline/", "No tiene conexión")],
)
def test_the_offline_page_says_so_in_its_language_and_is_not_indexed(
    client: Client, address, heading
):
    response = client.get(address)
    assert response.status_code == 200
    page = response.content.decode()
    assert f"<h1>{heading}</h1>" in page
    assert '<meta name="robots" content="noindex">' in page


def test_a_page_showing_a_one_time_message_is_not_to_be_stored(client: Client):
    """The service worker keeps no page marked no-store, so "added to your routine" is not
    shown again offline; the same page without the message may be kept."""
    added = client.post(
        "/routine/add/", {"stretch": "chin-tuck", "next": "/stretches/chin-tuck/"}, follow=True
    )
    assert "added to your routine" in added.content.decode()
    assert "no-store" in added["Cache-Control"]
    again = client.get("/stretches/chin-tuck/")
    assert "added to your routine" not in again.content.decode()
    assert "no-store" not in again.get("Cache-Control", "")
