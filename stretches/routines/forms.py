from django import forms

from stretches.models import Stretch
from stretches.routines.models import (
    MAX_STEPS,
    Routine,
    RoutineStep,
    hold_bounds,
    repetition_bounds,
)


class AddStretchForm(forms.Form):
    stretch = forms.ModelChoiceField(
        queryset=Stretch.objects.published(),
        to_field_name="slug",
        error_messages={"invalid_choice": "That stretch is not in the library."},
    )


class RenameForm(forms.Form):
    name = forms.CharField(label="Routine name", max_length=80, strip=True)


class OwnedStepForm(forms.Form):
    """One step of the visitor's own routine, named by its id: any other id (a step since
    removed, another visitor's, nonsense) is simply not a choice."""

    step = forms.ModelChoiceField(
        queryset=RoutineStep.objects.none(),
        error_messages={
            "invalid_choice": "That stretch is no longer in your routine. "
            "Here is your routine as it is now."
        },
    )

    def __init__(self, data, *, routine: Routine | None):
        super().__init__(data)
        if routine is not None:
            self.fields["step"].queryset = routine.steps.select_related("stretch", "routine")


class MoveForm(OwnedStepForm):
    direction = forms.ChoiceField(
        choices=[("up", "Up"), ("down", "Down")],
        error_messages={
            "required": "Choose whether to move the stretch up or down.",
            "invalid_choice": "Choose whether to move the stretch up or down.",
        },
    )


class ReplaceOrAppendForm(forms.Form):
    mode = forms.ChoiceField(
        choices=[("replace", "Replace my routine"), ("append", "Add to the end")],
        required=False,
    )

    @property
    def replace(self) -> bool:
        return self.cleaned_data.get("mode") == "replace"


class LoadStretchesForm(ReplaceOrAppendForm):
    """Stretch ids in order, as a cause page or the home page hands them over."""

    stretch = forms.ModelMultipleChoiceField(
        queryset=Stretch.objects.published(),
        error_messages={
            "invalid_choice": "One of those stretches is not in the library.",
            "invalid_pk_value": "One of those stretches is not in the library.",
        },
    )
    name = forms.CharField(max_length=80, required=False, strip=True)

    def __init__(self, data=None, **kwargs):
        super().__init__(data, **kwargs)
        self.ordered_ids = data.getlist("stretch") if data is not None else []

    def clean_stretch(self):
        chosen = {str(stretch.pk): stretch for stretch in self.cleaned_data["stretch"]}
        if len(self.ordered_ids) > MAX_STEPS:
            raise forms.ValidationError(f"A routine holds at most {MAX_STEPS} stretches.")
        # Keep the order the stretches were given in (a cause lists them in a meaningful order).
        return [chosen[pk] for pk in self.ordered_ids if pk in chosen]


class StepForm(forms.ModelForm):
    """A visitor's own dose for one step, kept within bounds set by the stretch's guide."""

    class Meta:
        model = RoutineStep
        fields = ["hold_seconds", "repetitions", "sides"]
        labels = {"hold_seconds": "Hold (seconds)", "repetitions": "Repetitions"}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        stretch = self.instance.stretch
        self.hold_range = hold_bounds(stretch)
        self.rep_range = repetition_bounds(stretch)
        self.fields["hold_seconds"].widget.attrs.update(
            min=self.hold_range[0], max=self.hold_range[1], inputmode="numeric"
        )
        self.fields["repetitions"].widget.attrs.update(
            min=self.rep_range[0], max=self.rep_range[1], inputmode="numeric"
        )
        self.fields[
            "hold_seconds"
        ].help_text = (
            f"{self.hold_range[0]} to {self.hold_range[1]}; the guide says {stretch.hold_seconds}."
        )
        self.fields[
            "repetitions"
        ].help_text = (
            f"{self.rep_range[0]} to {self.rep_range[1]}; the guide says {stretch.repetitions}."
        )
        if not stretch.per_side:
            del self.fields["sides"]

    def _in_range(self, field: str, bounds: tuple[int, int], what: str) -> int | None:
        value = self.cleaned_data.get(field)
        if value is not None and not bounds[0] <= value <= bounds[1]:
            raise forms.ValidationError(
                f"{what} must be between {bounds[0]} and {bounds[1]} for this stretch."
            )
        return value

    def clean_hold_seconds(self):
        return self._in_range("hold_seconds", self.hold_range, "Hold")

    def clean_repetitions(self):
        return self._in_range("repetitions", self.rep_range, "Repetitions")
