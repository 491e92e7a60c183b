import pytest
from pytest_django.asserts import assertContains, assertNotContains

from imbalances.models import Cause, RedFlag
from stretches.models import Stretch
from tests.factories import make_cause, make_stretch

pytestmark = pytest.mark.django_db


def test_home_asks_where_it_hurts_with_likely_causes(client):
    response = client.get("/")
    assertContains(response, "Where does it hurt?")
    for question in ("My neck", "Between my shoulder blades", "The tops of my shoulders"):
        assertContains(response, question)
    assertContains(response, 'href="/stretches/?area=upper-back"')
    assertContains(response, 'href="/imbalances/upper-crossed-syndrome/"')


def test_causes_are_grouped_by_kind_in_a_fixed_order(client):
    response = client.get("/imbalances/")
    labels = [label for _kind, label, _causes in response.context["groups"]]
    order = [Cause.Kind(kind).label for kind in Cause.Kind.common_first()]
    assert labels == [label for label in order if label in labels]
    assert labels[0] == "Muscle imbalance" and "Trigger point" in labels


def test_unpublished_causes_are_hidden_everywhere(client):
    hidden = make_cause(name="Hidden cause", is_published=False)
    assertNotContains(client.get("/imbalances/"), "Hidden cause")
    assertNotContains(client.get("/"), "Hidden cause")
    assert client.get(hidden.get_absolute_url()).status_code == 404


def test_cause_page_lists_corrective_stretches_in_order_with_why(client):
    first, second = make_stretch(name="Zeta stretch"), make_stretch(name="Alpha stretch")
    cause = make_cause(stretches=[first, second])
    response = client.get(cause.get_absolute_url())
    html = response.content.decode()
    assert html.index("Zeta stretch") < html.index("Alpha stretch")
    assertContains(response, "Because 1.")
    assertContains(response, "First paragraph.")
    assertContains(response, "When to see a professional")


def test_cause_page_skips_unpublished_stretches(client):
    hidden = make_stretch(name="Hidden stretch", is_published=False)
    cause = make_cause(stretches=[hidden])
    response = client.get(cause.get_absolute_url())
    assertNotContains(response, "Hidden stretch")
    assertContains(response, "We do not suggest stretches to do on your own")


def test_trigger_point_page_shows_site_and_referral(client):
    cause = Cause.objects.get(slug="trigger-point-levator-scapulae")
    response = client.get(cause.get_absolute_url())
    assertContains(response, "Where the trigger point sits")
    assertContains(response, cause.referral)
    assertContains(response, Stretch.objects.get(slug="levator-scapulae-stretch").name)


def test_red_flags_page_has_three_tiers_with_emergency_first(client):
    response = client.get("/when-to-see-a-doctor/")
    html = response.content.decode()
    emergency = html.index('id="tier-emergency"')
    assert (
        emergency
        < html.index('id="tier-urgent"')
        < html.index('id="tier-soon"')
        < html.index('id="tier-stop"')
    )
    for flag in RedFlag.objects.all():
        assert flag.title in html


def test_unknown_cause_is_404(client):
    assert client.get("/imbalances/no-such-cause/").status_code == 404
