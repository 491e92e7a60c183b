"""Share cards: the picture a chat or social site shows for a link to one of our pages."""

import struct
from urllib.parse import urlsplit

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from stretches.cards import card_url
from stretches.models import Stretch
from tests.factories import make_stretch
from tests.seo.head import read_head

pytestmark = pytest.mark.django_db

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height from a PNG's header chunk, which comes first."""
    assert data[:8] == PNG_SIGNATURE and data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


def image_of(client, page: str) -> str:
    image = read_head(client.get(page).text).one("og:image")
    parts = urlsplit(image)
    return f"{parts.path}?{parts.query}" if parts.query else parts.path


def fetch(client, url: str, **headers):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, headers=headers)
    return response, [q["sql"] for q in queries]


@pytest.mark.parametrize(
    "url",
    [
        "/",
        "/stretches/",
        "/stretches/neck-side-tilt/",
        "/stretches/thoracic-extension-over-chair/",
        "/imbalances/upper-crossed-syndrome/",
        "/when-to-see-a-doctor/",
        "/es/stretches/chin-tuck/",
    ],
)
def test_every_pages_card_is_a_1200_by_630_png(client, url):
    response = client.get(image_of(client, url))
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert png_size(response.content) == (1200, 630)
    assert "max-age=" in response["Cache-Control"] and "public" in response["Cache-Control"]
    assert response["ETag"].startswith('"')


@pytest.mark.slow
def test_every_published_stretch_has_its_own_card(client):
    seen = set()
    for stretch in Stretch.objects.published().exclude(figure={}):
        response = client.get(card_url(stretch))
        assert response.status_code == 200, stretch.slug
        assert png_size(response.content) == (1200, 630)
        seen.add(response["ETag"])
    assert len(seen) == Stretch.objects.published().exclude(figure={}).count()


def test_a_card_is_drawn_once_and_then_served_from_the_cache(client):
    url = image_of(client, "/stretches/chin-tuck/")
    first, first_queries = fetch(client, url)
    again, again_queries = fetch(client, url)
    assert first.status_code == again.status_code == 200
    assert any("stretches_stretch" in sql for sql in first_queries)
    assert again_queries == []  # not looked up, not drawn again
    assert again.content == first.content and again["ETag"] == first["ETag"]


def test_a_card_at_an_address_no_page_gives_is_drawn_but_never_kept(client):
    for made_up in ("", "?v=0", "?v=an-old-version"):
        response = client.get(f"/stretches/chin-tuck/card.png{made_up}")
        assert response.status_code == 200
        assert "private" in response["Cache-Control"]


def test_a_browser_holding_the_card_is_told_it_is_unchanged(client):
    url = image_of(client, "/")
    first = client.get(url)
    assert first.status_code == 200 and png_size(first.content) == (1200, 630)
    again = client.get(url, headers={"If-None-Match": first["ETag"]})
    assert again.status_code == 304
    assert again.content == b""


def test_an_edit_draws_a_new_card_at_a_new_address(client, django_capture_on_commit_callbacks):
    before_url = image_of(client, "/stretches/chin-tuck/")
    before = client.get(before_url).content
    stretch = Stretch.objects.get(slug="chin-tuck")
    stretch.name = "Gentle chin tuck"
    with django_capture_on_commit_callbacks(execute=True):
        stretch.save()
    after_url = image_of(client, "/stretches/chin-tuck/")
    assert after_url != before_url
    assert client.get(after_url).content != before


def test_no_card_for_a_stretch_that_is_not_there(client):
    assert client.get("/stretches/no-such-stretch/card.png").status_code == 404
    hidden = Stretch.objects.get(slug="chin-tuck")
    hidden.is_published = False
    hidden.save()
    assert client.get("/stretches/chin-tuck/card.png").status_code == 404


def test_a_stretch_without_a_figure_is_shared_with_the_sites_card(client):
    stretch = make_stretch()
    assert not stretch.figure
    assert image_of(client, stretch.get_absolute_url()).startswith("/card.png?v=")
    assert client.get(f"/stretches/{stretch.slug}/card.png").status_code == 404


def test_cards_answer_only_reads(client):
    assert client.post("/stretches/chin-tuck/card.png").status_code == 405
    head = client.head("/card.png")
    assert head.status_code == 200 and head["Content-Type"] == "image/png"
