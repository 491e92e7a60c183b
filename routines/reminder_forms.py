"""
When a visitor wants a nudge to stretch: a few set times of day, or every so often between a
start and an end, on the days they choose, in their own time zone. Read from a query string
(the calendar file is a GET), so every value is checked here and refused with a message
beside its field.
"""

import datetime
import functools
import re
import zoneinfo

from django import forms
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext, ngettext_lazy

DEFAULT_ZONE = "Europe/London"
MAX_TIMES = 6  # typed times of day
MAX_PER_DAY = 20  # reminders a day, however they are chosen
GAPS = (30, 45, 60, 90, 120)  # minutes between reminders

# iCalendar's day names (RRULE BYDAY), in the order a week is shown.
DAYS = [
    ("MO", _("Monday")),
    ("TU", _("Tuesday")),
    ("WE", _("Wednesday")),
    ("TH", _("Thursday")),
    ("FR", _("Friday")),
    ("SA", _("Saturday")),
    ("SU", _("Sunday")),
]
WORKING_DAYS = ["MO", "TU", "WE", "TH", "FR"]

TIME_OF_DAY = re.compile(r"([01]?\d|2[0-3]):([0-5]\d)")
SEPARATORS = re.compile(r"[,;\s]+")
TIME_MESSAGE = _("Enter a time as hours and minutes on the 24-hour clock, like 09:00.")


@functools.cache
def known_zones() -> frozenset[str]:
    """The IANA zone names this server can convert times in. Only a name from this set is
    ever handed to zoneinfo, so a crafted one cannot reach the file system."""
    return frozenset(zoneinfo.available_timezones())


def every_label(minutes: int):
    # Lazy with its number, so the label is translated when a page is drawn.
    return ngettext_lazy("%(minutes)s minute", "%(minutes)s minutes", "minutes") % {
        "minutes": minutes
    }


def time_input() -> forms.TimeInput:
    return forms.TimeInput(attrs={"type": "time"}, format="%H:%M")


class ReminderForm(forms.Form):
    schedule = forms.ChoiceField(
        label=_("Remind me"),
        choices=[("times", _("At set times")), ("interval", _("Every so often"))],
        initial="times",
        widget=forms.RadioSelect,
        error_messages=dict.fromkeys(
            ("required", "invalid_choice"), _("Choose set times or every so often.")
        ),
    )
    times = forms.CharField(
        label=_("Times of day"),
        required=False,
        max_length=80,
        initial="10:30, 15:00",
        help_text=_("Up to 6 times on the 24-hour clock, with commas between them."),
        error_messages={"max_length": _("That is too long: enter up to 6 times, like 10:30.")},
    )
    every = forms.TypedChoiceField(
        label=_("Every"),
        choices=[(str(minutes), every_label(minutes)) for minutes in GAPS],
        coerce=int,
        initial="60",
        error_messages=dict.fromkeys(
            ("required", "invalid_choice"), _("Choose how often from the list.")
        ),
    )
    start = forms.TimeField(
        label=_("From"),
        initial=datetime.time(9, 0),
        widget=time_input(),
        error_messages=dict.fromkeys(("required", "invalid"), TIME_MESSAGE),
    )
    end = forms.TimeField(
        label=_("Until"),
        initial=datetime.time(17, 0),
        widget=time_input(),
        error_messages=dict.fromkeys(("required", "invalid"), TIME_MESSAGE),
    )
    days = forms.MultipleChoiceField(
        label=_("On these days"),
        choices=DAYS,
        initial=WORKING_DAYS,
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "required": _("Choose at least one day."),
            "invalid_choice": _("Choose days from the list."),
        },
    )
    # Filled in by the page's script from the browser's own setting; without a script, the
    # default stands and the page says which zone the times are in.
    tz = forms.CharField(required=False, max_length=64, widget=forms.HiddenInput)

    # For the page: the zone named without a script, and the limits its script checks too.
    default_zone = DEFAULT_ZONE
    max_times = MAX_TIMES
    max_per_day = MAX_PER_DAY

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("auto_id", "reminder-%s")
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        self.fields["tz"].initial = DEFAULT_ZONE
        # The interval's own fields matter only when it is chosen: a visitor picking set times
        # is not asked to fix an interval they never looked at.
        if self.data.get("schedule") != "interval":
            for name in ("every", "start", "end"):
                self.fields[name].required = False

    def clean_times(self) -> list[datetime.time]:
        text = self.cleaned_data["times"]
        found = []
        for word in filter(None, SEPARATORS.split(text.strip())):
            match = TIME_OF_DAY.fullmatch(word)
            if match is None:
                raise forms.ValidationError(
                    _("“%(word)s” is not a time. %(how)s")
                    % {"word": word[:12], "how": TIME_MESSAGE}
                )
            found.append(datetime.time(int(match[1]), int(match[2])))
        return sorted(set(found))

    def clean_tz(self) -> str:
        zone = self.cleaned_data["tz"] or DEFAULT_ZONE
        if zone not in known_zones():
            raise forms.ValidationError(
                _("We do not recognise the time zone “%(zone)s”, so no times were set.")
                % {"zone": zone[:64]}
            )
        return zone

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("schedule") == "interval":
            cleaned["clock_times"] = self.interval_times(cleaned)
        elif cleaned.get("schedule") == "times" and "times" in cleaned:
            cleaned["clock_times"] = self.typed_times(cleaned["times"])
        return cleaned

    def typed_times(self, times: list[datetime.time]) -> list[datetime.time]:
        if not times:
            self.add_error("times", _("Enter at least one time, like 10:30."))
        elif len(times) > MAX_TIMES:
            self.add_error(
                "times",
                _("That is %(count)s times: enter up to %(most)s.")
                % {"count": len(times), "most": MAX_TIMES},
            )
        return times

    def interval_times(self, cleaned: dict) -> list[datetime.time]:
        start, end, every = cleaned.get("start"), cleaned.get("end"), cleaned.get("every")
        if start is None or end is None or every is None:
            return []  # each missing field already has its own message
        if end <= start:
            self.add_error("end", _("Choose an end time later than the start time."))
            return []
        first = start.hour * 60 + start.minute
        last = end.hour * 60 + end.minute
        times = [datetime.time(*divmod(minute, 60)) for minute in range(first, last + 1, every)]
        if len(times) > MAX_PER_DAY:
            message = ngettext(
                "That makes %(count)s reminder a day; the most is %(most)s.",
                "That makes %(count)s reminders a day; the most is %(most)s.",
                len(times),
            ) % {"count": len(times), "most": MAX_PER_DAY}
            self.add_error("every", f"{message} {_('Choose a longer gap or a shorter day.')}")
        return times

    @property
    def zone_error(self) -> str:
        """The time zone's message, shown beside the sentence naming the zone (its field is
        hidden, so it has no place of its own)."""
        return " ".join(self.errors.get("tz", []))

    def focus_first_error(self) -> None:
        """After a refusal the page opens on the first field to fix. Only a single input can
        take focus this way: the days' boxes and the zone (hidden; its message sits beside
        the sentence naming the zone) are found by their messages."""
        for name, field in self.fields.items():
            if name in self.errors:
                if not field.widget.is_hidden and not isinstance(field.widget, forms.RadioSelect):
                    field.widget.attrs["autofocus"] = True
                return


def reminder_context(form: ReminderForm | None = None, *, token: str | None = None) -> dict:
    """What the "Remind me" section needs: its form, and the calendar file it asks for (the
    visitor's own routine's, or a shared one's)."""
    if token is None:
        action = reverse("routines:reminders")
    else:
        action = reverse("routines:reminders_shared", args=[token])
    return {"reminder_form": form or ReminderForm(), "reminder_action": action}
