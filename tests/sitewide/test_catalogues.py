"""The Spanish catalogues: complete, current, compiled, and never a Spanish page in English."""

import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import polib
import pytest
from django.conf import settings

from routines.models import Routine
from stretches.models import Stretch
from tests.processes import production_env

CATALOGUES = Path(settings.BASE_DIR) / "locale" / "es" / "LC_MESSAGES"
DOMAINS = ("django", "djangojs")
# What the project's own `make messages` leaves out of the catalogues.
NOT_SCANNED = (".git", ".venv", "node_modules", "staticfiles", "tests", "bench", "docs")


def catalogue(domain: str) -> polib.POFile:
    return polib.pofile(str(CATALOGUES / f"{domain}.po"))


def key(entry) -> tuple:
    return (entry.msgctxt, entry.msgid, entry.msgid_plural)


@pytest.mark.parametrize("domain", DOMAINS)
def test_every_entry_is_translated_and_none_is_fuzzy(domain):
    po = catalogue(domain)
    assert len(po) > (300 if domain == "django" else 30)
    assert not po.metadata_is_fuzzy
    assert [e.msgid for e in po.untranslated_entries()] == []
    assert [e.msgid for e in po.fuzzy_entries()] == []
    assert [e.msgid for e in po.obsolete_entries()] == []


@pytest.mark.parametrize("domain", DOMAINS)
def test_every_translation_keeps_its_placeholders(domain):
    """msgfmt --check refuses a translation whose %(name)s placeholders differ."""
    result = subprocess.run(
        ["msgfmt", "--check", "-o", "/dev/null", str(CATALOGUES / f"{domain}.po")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("domain", DOMAINS)
def test_plurals_have_every_form_spanish_needs(domain):
    po = catalogue(domain)
    forms = int(re.search(r"nplurals=(\d)", po.metadata["Plural-Forms"])[1])
    for entry in po:
        if entry.msgid_plural:
            assert sorted(entry.msgstr_plural) == list(range(forms)), entry.msgid
            assert all(entry.msgstr_plural.values()), entry.msgid


@pytest.mark.parametrize("domain", DOMAINS)
def test_the_compiled_catalogue_matches_its_source(domain):
    source = {key(e): (e.msgstr, e.msgstr_plural) for e in catalogue(domain)}
    compiled = polib.mofile(str(CATALOGUES / f"{domain}.mo"))
    assert {key(e): (e.msgstr, e.msgstr_plural) for e in compiled if e.msgid} == source


def test_no_string_marked_for_translation_is_missing_from_the_catalogues(tmp_path):
    """Gathers the strings afresh from a copy of the code: an English string added without a
    translation fails here."""
    copy = tmp_path / "site"
    shutil.copytree(
        settings.BASE_DIR, copy, ignore=shutil.ignore_patterns(*NOT_SCANNED, "*.sqlite3*")
    )
    ignore = [f"--ignore={name}" for name in NOT_SCANNED]
    for domain in DOMAINS:
        subprocess.run(
            [sys.executable, "manage.py", "makemessages", "-l", "es", "-d", domain, *ignore],
            cwd=copy,
            env=production_env(DJANGO_DEBUG="1"),
            check=True,
            capture_output=True,
        )
        fresh = polib.pofile(str(copy / "locale" / "es" / "LC_MESSAGES" / f"{domain}.po"))
        committed = {key(e) for e in catalogue(domain)}
        missing = [e.msgid for e in fresh if key(e) not in committed]
        untranslated = [e.msgid for e in fresh.untranslated_entries()]
        assert missing == untranslated == [], f"{domain}: run `make messages` and translate"


class VisibleText(HTMLParser):
    """Text nodes a visitor sees, each with the language of its nearest `lang`."""

    HIDDEN = {"script", "style", "template", "noscript"}
    VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source"}

    def __init__(self):
        super().__init__()
        self.stack: list[tuple[str, str]] = []
        self.texts: list[tuple[str, str]] = []

    def handle_starttag(self, tag, attrs):
        if tag in self.VOID:
            return
        inherited = self.stack[-1][1] if self.stack else ""
        self.stack.append((tag, dict(attrs).get("lang", inherited)))

    def handle_endtag(self, tag):
        while self.stack and self.stack.pop()[0] != tag:
            pass

    def handle_data(self, data):
        hidden = any(tag in self.HIDDEN for tag, _ in self.stack)
        if self.stack and not hidden and (text := " ".join(data.split())):
            self.texts.append((text, self.stack[-1][1]))


def english_strings() -> set[str]:
    """Whole interface strings whose Spanish differs, as they would appear on a page."""
    strings = set()
    for domain in DOMAINS:
        for entry in catalogue(domain):
            if not re.search(r"[<%]|&amp;", entry.msgid) and entry.msgstr != entry.msgid:
                strings.add(entry.msgid)
    return strings


@pytest.mark.django_db
def test_spanish_pages_show_no_interface_text_in_english(client):
    client.post("/es/routine/add/", {"stretch": "chin-tuck"})
    client.post("/es/routine/add/", {"stretch": "upper-trapezius-stretch"})
    token = client.get("/es/routine/").context["routine"].token
    ready = Routine.objects.filter(is_ready_made=True).first()
    stretch = Stretch.objects.published().filter(per_side=True).first()
    pages = [
        "/es/",
        "/es/stretches/",
        "/es/stretches/?q=zzzz",
        f"/es/stretches/{stretch.slug}/",
        "/es/imbalances/",
        "/es/imbalances/upper-crossed-syndrome/",
        "/es/when-to-see-a-doctor/",
        "/es/disclaimer/",
        "/es/self-care/",
        "/es/routine/",
        "/es/routine/follow/",
        "/es/routine/follow/?step=1",
        "/es/routine/follow/?step=done",
        "/es/routine/history/",
        "/es/routine/print/",
        f"/es/r/{token}/",
        f"/es/r/{ready.token}/",
        "/es/no-such-page/",
    ]
    english = english_strings()
    found = []
    for url in pages:
        response = client.get(url)
        assert response.status_code in (200, 404), url
        parser = VisibleText()
        parser.feed(response.content.decode())
        found += [
            f"{url}: {text}"
            for text, lang in parser.texts
            if text in english and not lang.startswith("en")
        ]
    assert found == []
