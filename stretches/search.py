"""
Library search for words people actually type: "sore neck", "pecs", "chin tuk".

Filler words are dropped, plurals and a few everyday names are mapped onto the library's
vocabulary, a stretch matches if any word does, and stretches whose name matches come first.
A query that finds nothing gets a spelling suggestion from the library's own words.
"""

import difflib
import re

from django.db.models import Case, IntegerField, Q, Value, When

from content.translated import in_every_language

FILLER = {
    "a", "an", "and", "the", "my", "for", "in", "of", "on", "to", "with", "at", "it", "is",
    "pain", "painful", "sore", "ache", "aches", "aching", "hurt", "hurts", "hurting",
    "stiff", "stiffness", "tight", "tense", "stretch", "stretches", "stretching",
    "exercise", "exercises", "relief", "help", "easy", "gentle",
}  # fmt: skip
EVERYDAY = {
    "pecs": ["pectoralis", "chest"],
    "pec": ["pectoralis", "chest"],
    "traps": ["trapezius"],
    "trap": ["trapezius"],
    "lats": ["latissimus"],
    "headache": ["skull", "suboccipital", "trapezius"],
    "headaches": ["skull", "suboccipital", "trapezius"],
    "tech": ["neck"],
    "text": ["neck"],
    "desk": ["desk", "sitting", "screen"],
    "shoulders": ["shoulder"],
    "blades": ["shoulder blade"],
    "posture": ["posture", "chin", "chest"],
    "back": ["back"],
}
MAX_WORDS = 8


def words(query: str) -> list[str]:
    return re.findall(r"[a-z0-9]+(?:-[a-z0-9]+)*", query.lower())[:MAX_WORDS]


def word_spellings(query: str) -> list[list[str]]:
    """Each meaningful word with the spellings it may match."""
    result = []
    for word in words(query):
        if word in FILLER:
            continue
        alternatives = {word, *EVERYDAY.get(word, [])}
        if len(word) > 4 and word.endswith("s"):
            alternatives.add(word[:-1])
        result.append(sorted(alternatives))
    return result


def _any(field: str, alternatives) -> Q:
    """The field holds any of the alternatives, in any of the site's languages (a word a
    visitor knows in one language finds the stretch whatever the page's)."""
    *path, name = field.split("__")
    query = Q()
    for column in in_every_language(name):
        for alternative in alternatives:
            query |= Q(**{"__".join([*path, column, "icontains"]): alternative})
    return query


def matching(query: str) -> tuple[Q, list]:
    """A filter for stretches matching any word, and a relevance score to order them by."""
    found = word_spellings(query)
    condition, score = Q(), []
    for alternatives in found:
        condition |= (
            _any("name", alternatives)
            | _any("summary", alternatives)
            | _any("muscles__name", alternatives)
            | _any("areas__name", alternatives)
        )
        score.append(Case(When(_any("name", alternatives), then=Value(3)), default=Value(0)))
        score.append(Case(When(_any("summary", alternatives), then=Value(1)), default=Value(0)))
    return condition, score


def relevance(score: list):
    total = Value(0, output_field=IntegerField())
    for part in score:
        total = total + part
    return total


def spelling_suggestion(query: str, vocabulary: set[str]) -> str | None:
    """The query with unknown words swapped for the closest library word, if any changed."""
    corrected, changed = [], False
    for word in words(query):
        if word in vocabulary or word in FILLER or word in EVERYDAY:
            corrected.append(word)
            continue
        close = difflib.get_close_matches(word, vocabulary, n=1, cutoff=0.75)
        if close:
            corrected.append(close[0])
            changed = True
        else:
            corrected.append(word)
    return " ".join(corrected) if changed else None
