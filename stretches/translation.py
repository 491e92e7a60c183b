"""The library's words in each language of the site (django-modeltranslation): every field a
visitor reads gets a column per language, `name_en_gb`, `name_es`; the page's language picks
one, falling back to English where nobody has translated it yet."""

from modeltranslation.translator import TranslationOptions, register

from stretches.models import BodyArea, Muscle, Stretch, StretchStep

ENGLISH = ("en-gb",)  # the language every item is written in first, required as before


@register(BodyArea)
class BodyAreaTranslation(TranslationOptions):
    fields = ("name", "question", "description")
    required_languages = ENGLISH


@register(Muscle)
class MuscleTranslation(TranslationOptions):
    fields = ("name", "action")
    required_languages = ENGLISH


@register(Stretch)
class StretchTranslation(TranslationOptions):
    fields = ("name", "summary", "side_label", "tips", "mistakes", "cautions", "stop_if")
    required_languages = ENGLISH


@register(StretchStep)
class StretchStepTranslation(TranslationOptions):
    fields = ("text",)
    required_languages = ENGLISH
