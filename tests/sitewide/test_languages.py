"""English where it always was, Spanish under /es/: pages, switcher, alternates, sitemap."""

import pytest
from django.test import Client, override_settings
from django.utils import translation
from pytest_django.asserts import assertContains, assertNotContains

from sitewide.caching import content_version
from sitewide.catalog import catalogue_version
from stretches.models import Stretch

pytestmark = pytest.mark.django_db

NOTICE = "El contenido médico (estiramientos, causas y señales de alarma) está en inglés"
PAGES = [
    "/",
    "/stretches/",
    "/stretches/chin-tuck/",
    "/imbalances/",
    "/imbalances/upper-crossed-syndrome/",
    "/when-to-see-a-doctor/",
    "/disclaimer/",
    "/self-care/",
    "/routine/",
    "/routine/history/",
]


@pytest.mark.parametrize("url", PAGES)
def test_english_pages_keep_their_addresses_and_their_words(client, url):
    response = client.get(url, headers={"Accept-Language": "es"})
    assertContains(response, '<html lang="en-GB">')
    assertContains(response, ">Stretches</a>")
    assertContains(response, "Not medical advice.")
    assertNotContains(response, NOTICE)
    assert response["Content-Language"] == "en-gb"


@pytest.mark.parametrize("url", PAGES)
def test_the_same_pages_are_in_spanish_under_es(client, url):
    response = client.get(f"/es{url}")
    assertContains(response, '<html lang="es">')
    assertContains(response, ">Estiramientos</a>")
    assertContains(response, ">Cuándo ir al médico</a>")
    assertContains(response, "No es consejo médico.")
    assertContains(response, NOTICE)
    assertNotContains(response, ">When to see a doctor</a>")


def test_every_page_names_its_alternates_in_both_languages(client):
    for url in ("/stretches/chin-tuck/", "/es/stretches/chin-tuck/"):
        response = client.get(url)
        assertContains(
            response,
            '<link rel="alternate" hreflang="en-GB" href="http://testserver/stretches/chin-tuck/">',
        )
        assertContains(
            response,
            '<link rel="alternate" hreflang="es" href="http://testserver/es/stretches/chin-tuck/">',
        )
        assertContains(
            response,
            '<link rel="alternate" hreflang="x-default" '
            'href="http://testserver/stretches/chin-tuck/">',
        )


def test_the_switcher_leads_to_the_same_page_in_the_other_language(client):
    english = client.get("/stretches/?area=neck")
    assertContains(
        english, '<a href="/es/stretches/?area=neck" hreflang="es" lang="es">Español</a>'
    )
    spanish = client.get("/es/stretches/?area=neck")
    assertContains(
        spanish, '<a href="/stretches/?area=neck" hreflang="en-GB" lang="en-GB">English</a>'
    )
    assertNotContains(spanish, ">Español</a>")


def test_english_content_on_a_spanish_page_says_it_is_english(client):
    response = client.get("/es/stretches/chin-tuck/")
    assertContains(response, '<h1 lang="en">Chin tuck</h1>')
    assertContains(response, '<ol class="steps" aria-labelledby="steps-heading" lang="en">')
    assertContains(response, '<h2 id="steps-heading">Cómo hacerlo</h2>')
    assertNotContains(client.get("/stretches/chin-tuck/"), 'lang="en"')
    assertContains(client.get("/es/stretches/"), '<option value="neck" lang="en">')


def test_a_visitors_changes_answer_in_the_language_of_the_page(client):
    response = client.post("/es/routine/add/", {"stretch": "chin-tuck"}, follow=True)
    assertContains(response, "«Chin tuck» se ha añadido a su rutina.")
    heading = response.content.decode().split('id="routine-heading"')[1].split("</h2>")[0]
    assert heading.endswith(">Mi rutina")
    assertContains(response, "Mantener 5 s, 10 veces")
    assert response.redirect_chain[-1][0].startswith("/es/")
    english = client.get("/routine/")
    assertContains(english, "My routine")
    assertContains(english, "Hold 5 s, 10 times")


def test_a_missing_page_is_a_spanish_404_with_a_way_home(client):
    response = client.get("/es/no-such-page/")
    assertContains(response, "Página no encontrada", status_code=404)
    assertContains(response, '<html lang="es">', status_code=404)
    assertContains(response, '<a href="/" hreflang="en-GB"', status_code=404)


def test_a_refused_write_from_a_spanish_page_is_explained_in_spanish():
    response = Client(enforce_csrf_checks=True, headers={"Sec-Fetch-Site": "cross-site"}).post(
        "/es/routine/clear/"
    )
    assertContains(response, "Vuelva a intentarlo", status_code=403)
    assertContains(response, '<html lang="es">', status_code=403)


@override_settings(ROOT_URLCONF="tests.error_urls")
def test_a_server_error_on_a_spanish_page_is_explained_in_spanish():
    response = Client(raise_request_exception=False).get("/es/broken/")
    assert response.status_code == 500
    html = response.content.decode()
    assert '<html lang="es">' in html
    assert "Lo sentimos, algo ha salido mal" in html
    assert 'href="/es/disclaimer/"' in html


def test_the_scripts_strings_come_in_the_pages_language_at_the_address_of_their_wording(client):
    page = client.get("/es/routine/").content.decode()
    address = f"/es/jsi18n/?v={catalogue_version('es')}"
    assert page.index(f'src="{address}"') < page.index("<script src=")
    spanish = client.get(address)
    assert spanish["Content-Type"].startswith("text/javascript")
    assert "Prep\\u00e1rese" in spanish.content.decode() or "Prepárese" in spanish.content.decode()
    english = client.get(f"/jsi18n/?v={catalogue_version('en-gb')}").content.decode()
    assert "Prepárese" not in english
    # This address names one wording for good; any other may change at a deploy.
    assert "max-age=31536000" in spanish["Cache-Control"]
    assert "immutable" in spanish["Cache-Control"]
    for other in ("/es/jsi18n/", "/es/jsi18n/?v=0123456789abcdef"):
        answer = client.get(other)
        assert answer.status_code == 200 and answer.content == spanish.content
        assert (
            "max-age=300" in answer["Cache-Control"] and "immutable" not in answer["Cache-Control"]
        )


@pytest.mark.parametrize("url", ["/stretches/", "/es/stretches/", "/api/v1/stretches", "/sw.js"])
def test_no_answer_varies_by_the_browsers_language(client, url):
    """The language comes from the address alone, so shared caches keep one copy of each."""
    response = client.get(url, headers={"Accept-Language": "es"})
    assert response.status_code == 200
    assert "accept-language" not in response.get("Vary", "").lower()


def test_the_sitemap_lists_every_page_in_both_languages(client):
    xml = client.get("/sitemap.xml").content.decode()
    assert "<loc>http://testserver/stretches/chin-tuck/</loc>" in xml
    assert "<loc>http://testserver/es/stretches/chin-tuck/</loc>" in xml
    assert 'hreflang="es" href="http://testserver/es/imbalances/upper-crossed-syndrome/"' in xml
    assert 'hreflang="x-default" href="http://testserver/disclaimer/"' in xml


def test_english_and_spanish_pages_are_stored_apart_and_english_ignores_accept_language():
    first = Client().get("/stretches/", headers={"Accept-Language": "es"})
    spanish = Client().get("/es/stretches/")
    again = Client().get("/stretches/", headers={"Accept-Language": "en"})
    assert first.content == again.content
    assert "Stretch library" in first.content.decode()
    assert "Biblioteca de estiramientos" in spanish.content.decode()


def test_a_new_compiled_catalogue_is_a_new_address(tmp_path, settings):
    catalogue = tmp_path / "es" / "LC_MESSAGES" / "djangojs.mo"
    catalogue.parent.mkdir(parents=True)
    catalogue.write_bytes(b"first wording")
    settings.LOCALE_PATHS = [tmp_path]
    before = catalogue_version.__wrapped__("es")
    catalogue.write_bytes(b"better wording")
    assert catalogue_version.__wrapped__("es") != before
    assert catalogue_version.__wrapped__("en-gb") != before


def test_a_field_reads_in_the_pages_language_and_falls_back_to_english(
    client, django_capture_on_commit_callbacks
):
    stretch = Stretch.objects.get(slug="chin-tuck")
    version = content_version()
    stretch.name_es = "Retracción de mentón"
    with django_capture_on_commit_callbacks(execute=True):
        stretch.save()
    assert content_version() != version  # no stored page outlives the new wording
    stretch = Stretch.objects.get(slug="chin-tuck")
    with translation.override("es"):
        assert stretch.name == "Retracción de mentón"
        assert stretch.summary == stretch.summary_en_gb != ""
    with translation.override("en-gb"):
        assert stretch.name == "Chin tuck"
    assertContains(client.get("/es/stretches/chin-tuck/"), "Retracción de mentón")
    assertNotContains(client.get("/stretches/chin-tuck/"), "Retracción de mentón")


def test_an_editor_writes_each_language_in_a_field_of_its_own(admin_client):
    stretch = Stretch.objects.get(slug="chin-tuck")
    address = f"/admin/stretches/stretch/{stretch.pk}/change/"
    page = admin_client.get(address)
    assertContains(page, 'name="name_en_gb"')
    assertContains(page, 'name="name_es"')
    assertNotContains(page, 'name="name"')
    form = page.context["adminform"].form
    assert form.fields["name_en_gb"].required  # English is what every page falls back to
    assert not form.fields["name_es"].required
    assert form.initial["name_en_gb"] == "Chin tuck"
