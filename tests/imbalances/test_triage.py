"""Triage in the NHS's three tiers, said the same way on every page."""

import re

import pytest
from django.test import Client
from pytest_django.asserts import assertContains

from imbalances.models import Cause, RedFlag
from routines.models import Suggestion
from stretches.models import Stretch

pytestmark = pytest.mark.django_db

# The three tiers of medical help (the stop cues are not one), most urgent first.
TRIAGE = [RedFlag.Tier.EMERGENCY, RedFlag.Tier.URGENT, RedFlag.Tier.SOON]

TIER_WORDS = {
    RedFlag.Tier.EMERGENCY: re.compile(r"999|A&E"),
    RedFlag.Tier.URGENT: re.compile(r"111|urgent|same day|today"),
    RedFlag.Tier.SOON: re.compile(r"GP|physio"),
}


def all_text() -> list[str]:
    texts = [f"{f.title} {f.detail}" for f in RedFlag.objects.all()]
    for stretch in Stretch.objects.all():
        texts += [stretch.summary, stretch.stop_if, stretch.cautions, stretch.tips]
    for cause in Cause.objects.all():
        texts += [cause.summary, cause.explanation, cause.symptoms, cause.see_a_professional]
    return texts


def test_every_red_flag_sits_in_one_of_the_three_tiers_or_is_a_stop_cue():
    tiers = set(RedFlag.objects.values_list("tier", flat=True))
    assert tiers <= {*TRIAGE, RedFlag.Tier.STOP}
    assert set(TRIAGE) <= tiers


@pytest.mark.parametrize("tier", TRIAGE)
def test_each_tier_says_what_to_do_in_its_own_words(tier):
    for flag in RedFlag.objects.filter(tier=tier):
        assert TIER_WORDS[tier].search(flag.detail), (flag.title, flag.detail)


@pytest.mark.parametrize(
    ("title_words", "tier"),
    [
        ("bladder", RedFlag.Tier.EMERGENCY),
        ("tearing", RedFlag.Tier.EMERGENCY),
        ("headache", RedFlag.Tier.EMERGENCY),
        ("rash", RedFlag.Tier.EMERGENCY),
        ("clumsy", RedFlag.Tier.URGENT),
    ],
)
def test_the_signs_that_were_mis_tiered_now_sit_where_the_nhs_puts_them(title_words, tier):
    flags = RedFlag.objects.filter(title__icontains=title_words) | RedFlag.objects.filter(
        detail__icontains=title_words, tier=tier
    )
    assert flags.filter(tier=tier).exists(), title_words


def test_a_and_e_is_spelt_one_way_everywhere():
    for text in all_text():
        assert not re.search(r"\bA and E\b|\bA & E\b|\bA\+E\b", text), text


def test_the_red_flags_page_shows_the_three_tiers_in_order_and_its_review_dates():
    response = Client().get("/when-to-see-a-doctor/")
    html = response.content.decode()
    positions = [html.index(f'id="tier-{tier}"') for tier in TRIAGE]
    assert positions == sorted(positions)
    assertContains(response, "Page last reviewed")
    assertContains(response, "Next review due")


def test_the_safety_check_before_a_timed_routine_lists_the_signs_to_call_999_for(client):
    area = "upper-back"
    routine = Suggestion.objects.get(area__slug=area).routine
    response = client.get(f"/r/{routine.token}/follow/")
    assertContains(response, "Before you start")
    assertContains(response, "tearing pain between your shoulder blades")
    assertContains(response, "call 999 or go to A&amp;E now")
    assert "data-player" not in response.content.decode()  # no timer before it is read
