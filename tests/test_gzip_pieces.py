"""Pages compressed once around each visitor's CSRF token: always the right bytes, still small."""

import gzip
import string

import pytest
from django.utils.text import compress_string
from hypothesis import given
from hypothesis import strategies as st

from config.gzip_pieces import REACH, WINDOW, CompressedPage
from config.page_cache import serve_stored

TOKEN_LENGTH = 64
tokens = st.text(string.ascii_letters + string.digits, min_size=64, max_size=64).map(str.encode)
html = st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=300)


def served(pieces: list[bytes], token: bytes) -> bytes:
    return gzip.decompress(CompressedPage.of(pieces, TOKEN_LENGTH).gzip(token))


@given(pieces=st.lists(html.map(str.encode), min_size=1, max_size=8), token=tokens)
def test_the_joined_page_is_the_page_with_the_visitors_token_in_every_place(pieces, token):
    assert served(pieces, token) == token.join(pieces)


@pytest.mark.parametrize("gap", [0, REACH - 65, REACH - 64, REACH - 63, WINDOW - 64, WINDOW + 1])
def test_tokens_side_by_side_and_far_apart_join_correctly(gap):
    token = b"Xy0" * 21 + b"z"
    between = ("é" * gap).encode()[:gap]  # beyond deflate's reach at the far end
    pieces = [b'<input value="', between, b'">' + between, b'">']
    assert served(pieces, token) == token.join(pieces)


def test_a_page_with_many_forms_compresses_nearly_as_well_as_a_whole_page_compression():
    card = (
        '<li class="card"><h3><a href="/stretches/{slug}/">{name}</a></h3><p>Hold {hold} s</p>'
        '<form method="post" action="/routine/add/"><input type="hidden" value="TOKEN">'
        '<input type="hidden" name="stretch" value="{slug}"><button>Add to routine: {name}'
        "</button></form></li>"
    )
    names = [f"Stretch number {n}" for n in range(26)]
    text = "".join(card.format(slug=n.lower().replace(" ", "-"), name=n, hold=n[-1]) for n in names)
    pieces = f"<ul>{text}</ul>".encode().split(b"TOKEN")
    page = CompressedPage.of(pieces, TOKEN_LENGTH)
    token = b"0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_"
    whole = len(compress_string(token.join(pieces)))
    # Each later token costs a back-reference to the one before, not 64 bytes of its own.
    assert len(page.repeats) == 25 and all(page.repeats)
    assert len(page.gzip(token)) <= whole + 24 * len(pieces), (len(page.gzip(token)), whole)


def test_a_page_that_would_join_wrongly_is_left_to_the_gzip_middleware(rf):
    # Not UTF-8: its 0xFF bytes look like the room left for the token.
    page = CompressedPage.of([b"\xff" * 80, b"\xff" * 80], TOKEN_LENGTH)
    assert page.compressed == () and page.gzip(b"t" * 64) is None
    request = rf.get("/", headers={"Accept-Encoding": "gzip"})
    response = serve_stored(request, 200, page)
    assert not response.has_header("Content-Encoding")
    token = response.content[80:-80]
    assert response.content == page.text(token) and len(token) == 64
