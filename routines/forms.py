from django import forms
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from routines.models import MAX_STEPS, Routine, RoutineStep, stored_name
from stretches.doses import HOLD_SECONDS, REPETITIONS
from stretches.models import Stretch


class AddStretchForm(forms.Form):
    stretch = forms.ModelChoiceField(
        queryset=Stretch.objects.published(),
        to_field_name="slug",
        error_messages={"invalid_choice": gettext_lazy("That stretch is not in the library.")},
    )


class RenameForm(forms.Form):
    name = forms.CharField(label=gettext_lazy("Name your routine"), max_length=80, strip=True)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, auto_id="routine-%s", label_suffix="", **kwargs)

    def clean_name(self) -> str:
        return stored_name(self.cleaned_data["name"])


class OwnedStepForm(forms.Form):
    """One step of the visitor's own routine, named by its id: any other id (a step since
    removed, another visitor's, nonsense) is simply not a choice."""

    step = forms.ModelChoiceField(
        queryset=RoutineStep.objects.none(),
        error_messages={
            "invalid_choice": gettext_lazy(
                "That stretch is no longer in your routine. Here is your routine as it is now."
            )
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
            "required": gettext_lazy("Choose whether to move the stretch up or down."),
            "invalid_choice": gettext_lazy("Choose whether to move the stretch up or down."),
        },
    )


class ReplaceOrAppendForm(forms.Form):
    mode = forms.ChoiceField(
        choices=[
            ("replace", gettext_lazy("Replace my routine")),
            ("append", gettext_lazy("Add to the end")),
        ],
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
            "invalid_choice": gettext_lazy("One of those stretches is not in the library."),
            "invalid_pk_value": gettext_lazy("One of those stretches is not in the library."),
        },
    )
    name = forms.CharField(max_length=80, required=False, strip=True)

    def __init__(self, data=None, **kwargs):
        super().__init__(data, **kwargs)
        self.ordered_ids = data.getlist("stretch") if data is not None else []

    def clean_stretch(self):
        chosen = {str(stretch.pk): stretch for stretch in self.cleaned_data["stretch"]}
        if len(self.ordered_ids) > MAX_STEPS:
            raise forms.ValidationError(
                _("A routine holds at most %(max)d stretches.") % {"max": MAX_STEPS}
            )
        # Keep the order the stretches were given in (a cause lists them in a meaningful order).
        return [chosen[pk] for pk in self.ordered_ids if pk in chosen]


def hold_bounds(stretch: Stretch) -> tuple[int, int]:
    """A visitor may shorten a hold to 5 s, or lengthen it to twice the guide's (120 s at most)."""
    return HOLD_SECONDS[0], min(HOLD_SECONDS[1], max(stretch.hold_seconds * 2, 10))


def repetition_bounds(stretch: Stretch) -> tuple[int, int]:
    """From one repetition up to twice the guide's (20 at most)."""
    return REPETITIONS[0], min(REPETITIONS[1], max(stretch.repetitions * 2, 2))


class StepForm(forms.ModelForm):
    """A visitor's own dose for one step, kept within bounds set by the stretch's guide.
    The fields show the dose in force; anything outside the bounds (blank, zero, negative,
    too big, not a number) gets the same plain message, and nothing changes."""

    class Meta:
        model = RoutineStep
        fields = ["hold_seconds", "repetitions", "sides"]
        labels = {
            "hold_seconds": gettext_lazy("Hold (seconds)"),
            "repetitions": gettext_lazy("Repetitions"),
        }

    def __init__(self, *args, autofocus: bool = False, **kwargs):
        instance = kwargs["instance"]
        # Several steps' forms can share the builder page: ids carry the step.
        kwargs.setdefault("auto_id", f"step-{instance.pk}-%s")
        kwargs.setdefault("label_suffix", "")
        kwargs.setdefault("initial", {"hold_seconds": instance.hold, "repetitions": instance.reps})
        super().__init__(*args, **kwargs)
        stretch = instance.stretch
        self.bounds = {
            "hold_seconds": (
                hold_bounds(stretch),
                stretch.hold_seconds,
                _("Hold between %(low)d and %(high)d seconds: the guide suggests %(guide)d."),
            ),
            "repetitions": (
                repetition_bounds(stretch),
                stretch.repetitions,
                _("Repeat between %(low)d and %(high)d times: the guide suggests %(guide)d."),
            ),
        }
        for name, ((low, high), guide, refusal) in self.bounds.items():
            numbers = {"low": low, "high": high, "guide": guide}
            message = refusal % numbers
            self.fields[name] = forms.IntegerField(
                label=self.fields[name].label,
                min_value=low,
                max_value=high,
                help_text=_("%(low)d to %(high)d; the guide suggests %(guide)d.") % numbers,
                error_messages=dict.fromkeys(
                    ("required", "invalid", "min_value", "max_value"), message
                ),
            )
            self.fields[name].widget.attrs["inputmode"] = "numeric"
        if not stretch.per_side:
            del self.fields["sides"]
        if stretch.is_movement:  # done at its own easy pace: only the count changes
            del self.fields["hold_seconds"]
        if autofocus:  # a form the visitor has just opened
            self.focus(next(iter(self.fields)))

    def focus(self, name: str) -> None:
        for field in self.fields.values():
            field.widget.attrs.pop("autofocus", None)
        self.fields[name].widget.attrs["autofocus"] = True

    def full_clean(self):
        super().full_clean()
        # After a refused change, focus goes to the first field in error.
        if errors := [name for name in self.fields if name in self.errors]:
            self.focus(errors[0])

    def clean(self):
        cleaned = super().clean()
        # The guide's own dose is kept as "the guide's", so an editor's later change to the
        # guide reaches routines that never changed it.
        for name, (_bounds, guide, _refusal) in self.bounds.items():
            if cleaned.get(name) == guide:
                cleaned[name] = None
        return cleaned


class PainForm(forms.Form):
    pain = forms.TypedChoiceField(
        choices=[(str(n), str(n)) for n in range(11)],
        coerce=int,
        required=False,
        empty_value=None,
        error_messages={
            "invalid_choice": gettext_lazy("Pain is a number from 0 (none) to 10 (worst).")
        },
    )


class PlaceForm(forms.Form):
    """Where a player page is in a session: `step` is a stretch's number or "done" (none: the
    safety check before the first), `run` the follow-through it belongs to."""

    step = forms.CharField(required=False, max_length=4)
    # A run number that is not one is ignored: the page still works, unsaved.
    run = forms.CharField(required=False)

    def __init__(self, data, *, steps: int):
        super().__init__(data)
        self.steps = steps

    def clean_step(self) -> int | None:
        """The 0-based index of the stretch to show; len(steps) for the finish."""
        value = self.cleaned_data["step"]
        if value == "":
            return None
        if value == "done":
            return self.steps
        if value.isascii() and value.isdigit() and 1 <= int(value) <= self.steps:
            return int(value) - 1
        raise forms.ValidationError(
            _("A step is a number from 1 to %(count)d.") % {"count": self.steps}
        )

    def clean_run(self) -> int | None:
        value = self.cleaned_data["run"]
        return int(value) if value.isascii() and value.isdigit() and len(value) < 19 else None
