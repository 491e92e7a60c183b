"""A session followed without a connection, as the device sends it once it is back online."""

import datetime

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from routines.forms import PainForm
from routines.models import Routine

# A device's clock may run a little ahead of ours.
CLOCK_SLACK = datetime.timedelta(minutes=10)
# A rating kept on a device longer than this is not added to the history any more.
OLDEST = datetime.timedelta(days=30)


class OfflineRunForm(forms.Form):
    """What the device kept: its own id for the session and the pain after it; then either
    the run the server started (`run`), or, when the start was offline too, what it takes to
    create one: the routine's share token, when it started and the pain before."""

    device_id = forms.UUIDField(
        error_messages={
            "required": _("This session has no id from the device, so it cannot be saved."),
            "invalid": _("This session's id from the device is not valid."),
        }
    )
    run = forms.IntegerField(
        required=False,
        min_value=1,
        max_value=2**62,
        error_messages=dict.fromkeys(("invalid", "min_value", "max_value"), _("No such session.")),
    )
    token = forms.CharField(required=False, max_length=43)
    started = forms.DateTimeField(
        required=False, error_messages={"invalid": _("When the session started is not a time.")}
    )
    finished = forms.DateTimeField(
        error_messages={
            "required": _("Say when the session finished."),
            "invalid": _("When the session finished is not a time."),
        }
    )
    # The player's own pain field, so both refuse the same way (each form copies its fields).
    pain_before = PainForm.base_fields["pain"]
    pain_after = PainForm.base_fields["pain"]

    def clean_token(self) -> Routine | None:
        token = self.cleaned_data["token"]
        if not token:
            return None
        routine = Routine.objects.shared_by(token).first()
        if routine is None:
            raise forms.ValidationError(
                _("That routine is no longer on the site, so this session cannot be saved.")
            )
        return routine

    def clean(self):
        cleaned = super().clean()
        now = timezone.now()
        started, finished = cleaned.get("started"), cleaned.get("finished")
        for name, moment in (("started", started), ("finished", finished)):
            if moment and moment > now + CLOCK_SLACK:
                self.add_error(name, _("That time is still to come: check the device's clock."))
            elif moment and moment < now - OLDEST:
                self.add_error(name, _("That session is more than 30 days old."))
        if started and finished and started > finished:
            self.add_error("started", _("A session cannot finish before it starts."))
        if not cleaned.get("run") and "token" in cleaned and cleaned["token"] is None:
            self.add_error("token", _("Say which routine this session followed."))
        return cleaned

    def first_error(self) -> str:
        return next(iter(self.errors.values()))[0]
