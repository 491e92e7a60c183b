from django import forms
from django.utils.translation import gettext_lazy as _

from sitewide.languages import CONTENT_LANGUAGE, content_is_foreign

from .models import BodyArea, Muscle, Stretch


class ContentSelect(forms.Select):
    """A choice among the library's own names (areas, muscles), which are English content: on
    a page in another language each of those options carries `lang="en"`."""

    def create_option(self, name, value, label, selected, index, subindex=None, attrs=None):
        option = super().create_option(name, value, label, selected, index, subindex, attrs)
        if value and content_is_foreign():
            option["attrs"]["lang"] = CONTENT_LANGUAGE
        return option


def term_choice(label: str, model, empty_label: str) -> forms.ModelChoiceField:
    """An optional choice of a muscle or an area, named in the address by its slug."""
    return forms.ModelChoiceField(
        label=label,
        queryset=model.objects.all(),
        widget=ContentSelect,
        to_field_name="slug",
        required=False,
        empty_label=empty_label,
    )


class StretchFilterForm(forms.Form):
    """The library's filters. Every field is optional; a bad value is a form error, not a crash."""

    q = forms.CharField(label=_("Search"), required=False, max_length=100)
    area = term_choice(_("Body area"), BodyArea, _("Any area"))
    muscle = term_choice(_("Muscle"), Muscle, _("Any muscle"))
    position = forms.ChoiceField(
        label=_("Position"),
        required=False,
        choices=[("", _("Any position")), *Stretch.Position.choices],
    )
    equipment = forms.ChoiceField(
        label=_("Equipment"),
        required=False,
        choices=[("", _("Any equipment")), *Stretch.Equipment.choices],
    )
    difficulty = forms.ChoiceField(
        label=_("Difficulty"),
        required=False,
        choices=[("", _("Any level")), *Stretch.Difficulty.choices],
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Offer only the positions and equipment that some published stretch uses.
        used = set(Stretch.objects.published().values_list("position", "equipment").distinct())
        for field, column in (("position", 0), ("equipment", 1)):
            values = {row[column] for row in used}
            choices = self.fields[field].choices
            self.fields[field].choices = [
                (v, label) for v, label in choices if not v or v in values
            ]

    @property
    def has_filters(self) -> bool:
        return any(self.data.get(name) for name in self.fields if name != "q")

    def filter(self, stretches):
        data = self.cleaned_data
        if data.get("q"):
            stretches = stretches.search(data["q"])
        if data.get("area"):
            stretches = stretches.in_area(data["area"].slug)
        if data.get("muscle"):
            stretches = stretches.targeting(data["muscle"].slug)
        for field in ("position", "equipment", "difficulty"):
            if data.get(field):
                stretches = stretches.filter(**{field: data[field]})
        return stretches
