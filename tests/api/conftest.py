import pytest

# The limits' own tests hold django-ratelimit's clock still the same way.
from tests.test_security import one_rate_window  # noqa: F401

API = "/api/v1"


@pytest.fixture
def document(client) -> dict:
    """The OpenAPI document, as a client reads it."""
    response = client.get(f"{API}/openapi.json")
    assert response.status_code == 200
    return response.json()
