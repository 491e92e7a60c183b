"""Causes and red flags in each language of the site (see stretches/translation.py)."""

from modeltranslation.translator import TranslationOptions, register

from imbalances.models import Cause, CorrectiveStretch, RedFlag
from stretches.translation import ENGLISH


@register(Cause)
class CauseTranslation(TranslationOptions):
    fields = (
        "name",
        "summary",
        "explanation",
        "symptoms",
        "trigger_site",
        "referral",
        "strengthening",
        "see_a_professional",
        "picker_label",
    )
    required_languages = ENGLISH


@register(CorrectiveStretch)
class CorrectiveStretchTranslation(TranslationOptions):
    fields = ("why",)
    required_languages = ENGLISH


@register(RedFlag)
class RedFlagTranslation(TranslationOptions):
    fields = ("title", "detail")
    required_languages = ENGLISH
