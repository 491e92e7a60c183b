import pytest

from tests.routines.builder_helpers import add


@pytest.fixture
def built(client):
    for slug in ("chin-tuck", "upper-trapezius-stretch", "cat-cow"):
        add(client, slug)
    return client
