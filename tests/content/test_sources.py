"""Every page cites a primary source, over https, from a source we accept; the rule holds in
the admin too, so a bad link cannot come back."""

import pytest
from django.core.exceptions import ValidationError

from content.sources import PRIMARY, SECONDARY, domain_of, is_primary, validate_source_url
from imbalances.models import Cause, RedFlag
from stretches.models import Stretch, StretchSource
from tests.stretches.test_admin import stretch_form

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "url",
    [
        "https://www.nhs.uk/conditions/neck-pain/",
        "https://www.mpft.nhs.uk/services/physiotherapy/neck-pain",
        "https://cks.nice.org.uk/topics/neck-pain-non-specific/",
        "https://www.csp.org.uk/conditions/neck-pain",
        "https://doi.org/10.1016/j.jbmt.2023.01.001",
        "https://pubmed.ncbi.nlm.nih.gov/12345678/",
    ],
)
def test_primary_sources_are_accepted(url):
    validate_source_url(url)
    assert is_primary(url)


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("http://www.nhs.uk/conditions/neck-pain/", "https"),
        ("https://www.scribd.com/document/486735418/4-neck-pain-pdf", "Copies, mirrors"),
        ("https://www.healthline.com/health/neck-pain", "Copies, mirrors"),
        ("https://nhs.uk.evil.example/neck", "Copies, mirrors"),
        ("https://fakenhs.uk/neck", "Copies, mirrors"),
    ],
)
def test_other_sources_are_refused_with_a_reason(url, reason):
    with pytest.raises(ValidationError, match=reason):
        validate_source_url(url)


def test_secondary_sources_back_up_but_do_not_count_as_primary():
    url = "https://www.physio-pedia.com/Upper_Crossed_Syndrome"
    validate_source_url(url)
    assert domain_of(url) in SECONDARY and not is_primary(url)
    assert not set(PRIMARY) & set(SECONDARY)


@pytest.mark.parametrize("model", [Stretch, Cause, RedFlag])
def test_every_shipped_item_cites_a_primary_https_source(model):
    items = model.objects.published().prefetch_related("sources")
    assert items
    for item in items:
        urls = [source.url for source in item.sources.all()]
        assert any(is_primary(url) for url in urls), (str(item), urls)
        for url in urls:
            validate_source_url(url)


@pytest.mark.parametrize("model", [Stretch, Cause, RedFlag])
def test_every_shipped_item_says_who_reviewed_it_and_when_it_is_due(model):
    for item in model.objects.published():
        assert item.reviewed and item.reviewed_by.strip() and item.review_due > item.reviewed


def test_the_admin_refuses_a_page_left_without_a_primary_source(admin_client):
    stretch = Stretch.objects.get(slug="chin-tuck")
    url = f"/admin/stretches/stretch/{stretch.pk}/change/"
    # Every primary source deleted, a reference site left.
    data = stretch_form(stretch)
    count = data["sources-TOTAL_FORMS"]
    data |= {f"sources-{i}-DELETE": "on" for i in range(count)}
    data |= {
        "sources-TOTAL_FORMS": count + 1,
        f"sources-{count}-position": 9,
        f"sources-{count}-title": "A reference site",
        f"sources-{count}-url": "https://www.physio-pedia.com/Chin_tuck",
    }
    response = admin_client.post(url, data)
    assert response.status_code == 200
    assert "Cite at least one primary source" in response.content.decode()
    data[f"sources-{count}-url"] = "https://www.scribd.com/a-copy-of-an-nhs-leaflet"
    response = admin_client.post(url, data)
    assert "Copies, mirrors and other sites are not accepted" in response.content.decode()
    assert StretchSource.objects.filter(url__contains="scribd").count() == 0
