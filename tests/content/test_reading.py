"""Plain English, measured: what people in pain read is short and easy, as the NHS writes."""

import re
import statistics

import pytest

from imbalances.models import Cause, RedFlag
from stretches.models import Stretch

pytestmark = pytest.mark.django_db

SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9“\"'(])")
WORD = re.compile(r"[A-Za-z]+(?:['’-][A-Za-z]+)*|\d+")


def sentences(text: str) -> list[str]:
    return [s for s in SENTENCE_END.split(" ".join(text.split())) if WORD.search(s)]


def syllables(word: str) -> int:
    """An estimate good enough for a reading grade: vowel groups, less a silent final e."""
    word = word.lower()
    if word.isdigit():
        return 1
    count = len(re.findall(r"[aeiouy]+", word))
    if word.endswith("e") and not word.endswith(("le", "ee")) and count > 1:
        count -= 1
    return max(count, 1)


def reading_grade(text: str) -> float:
    """Flesch–Kincaid grade level."""
    parts = sentences(text)
    words = [w for s in parts for w in WORD.findall(s)]
    return (
        0.39 * len(words) / len(parts)
        + 11.8 * sum(syllables(w) for w in words) / len(words)
        - 15.59
    )


def test_the_grade_measure_reads_plain_and_hard_text_apart():
    assert reading_grade("Sit tall. Drop your chin. Hold it for five seconds.") < 4
    hard = (
        "Cervicogenic headache is characterised by unilateral pain originating from "
        "musculoskeletal structures of the upper cervical spine, frequently exacerbated "
        "by sustained postures."
    )
    assert reading_grade(hard) > 14


def stretch_text(stretch: Stretch) -> str:
    parts = [stretch.summary, stretch.stop_if, *(step.text for step in stretch.steps.all())]
    return " ".join([*parts, *stretch.caution_list, *stretch.tip_list, *stretch.mistake_list])


def cause_text(cause: Cause) -> str:
    parts = [cause.summary, cause.explanation, cause.see_a_professional]
    return " ".join([*parts, *cause.symptom_list, *cause.strengthening_list])


def test_guides_and_causes_read_at_about_grade_six_and_none_above_eight():
    pages = {s.get_absolute_url(): stretch_text(s) for s in Stretch.objects.published()}
    pages |= {c.get_absolute_url(): cause_text(c) for c in Cause.objects.published()}
    grades = {url: round(reading_grade(text), 1) for url, text in pages.items()}
    assert statistics.median(grades.values()) <= 6, sorted(grades.items(), key=lambda g: -g[1])
    assert max(grades.values()) <= 8, {url: g for url, g in grades.items() if g > 8}


def test_no_safety_sentence_runs_over_25_words():
    texts = [flag.detail for flag in RedFlag.objects.published()]
    for stretch in Stretch.objects.published():
        texts += [stretch.stop_if, *stretch.caution_list]
    long = [s for text in texts for s in sentences(text) if len(WORD.findall(s)) > 25]
    assert not long, long
