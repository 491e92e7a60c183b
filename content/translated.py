"""
Queries over the fields written in each of the site's languages (django-modeltranslation keeps
a column per language: `name_en_gb`, `name_es`).

Left to itself, a query on `name` reads only the column of the page's language, which is
empty until someone translates the item. These say what a query means instead: the field as
the page shows it (its language, else English), in every language (search), or in English,
the language every item is written in first.
"""

from django.conf import settings
from django.db.models import F
from django.db.models.functions import Coalesce
from django.utils.translation import get_language
from modeltranslation.utils import build_localized_fieldname


def english(field: str) -> str:
    return build_localized_fieldname(field, settings.LANGUAGE_CODE)


def in_every_language(field: str) -> list[str]:
    return [build_localized_fieldname(field, code) for code, _name in settings.LANGUAGES]


def as_shown(field: str):
    """The field as the page shows it, to order by."""
    language = get_language() or settings.LANGUAGE_CODE
    shown = build_localized_fieldname(field, language)
    if shown == english(field):
        return F(shown)
    return Coalesce(F(shown), F(english(field)))
