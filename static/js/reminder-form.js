// The "Remind me" section: fills in the browser's time zone, shows only the chosen kind of
// schedule, and turns reminders in this browser on and off. Asks for permission to notify
// only when the visitor presses the button. reminders.js (on every page) does the reminding.
(() => {
  // Words in the page's language, from Django's JavaScript catalogue (loaded first by
  // base.html); without it, the English originals.
  const gettext = window.gettext || ((text) => text);
  const interpolate =
    window.interpolate ||
    ((text, values) => text.replace(/%\((\w+)\)s/g, (match, key) => String(values[key])));
  const reminders = window.uprightReminders;
  const supported = "Notification" in window;

  function minutesOf(text) {
    const match = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(String(text || "").trim());
    return match ? Number(match[1]) * 60 + Number(match[2]) : null;
  }

  // The schedule the form shows now, checked as the server checks it (its limits come from
  // the form's data-max-times and data-max-per-day), or why it cannot be.
  function planFrom(form) {
    const data = new FormData(form);
    const maxTimes = Number(form.dataset.maxTimes);
    const maxPerDay = Number(form.dataset.maxPerDay);
    const days = data.getAll("days").filter((day) => reminders.DAYS.includes(day));
    let times = [];
    if (data.get("schedule") === "interval") {
      const start = minutesOf(data.get("start"));
      const end = minutesOf(data.get("end"));
      const every = Number(data.get("every"));
      if (start === null || end === null || end <= start || !(every > 0)) {
        return { error: gettext("Check the start and end times first: the end must be later.") };
      }
      for (let minutes = start; minutes <= end; minutes += every) times.push(minutes);
      if (times.length > maxPerDay) {
        return { error: gettext("That is too many reminders a day: choose a longer gap.") };
      }
    } else {
      const words = String(data.get("times") || "").split(/[,;\s]+/).filter(Boolean);
      times = words.map(minutesOf);
      if (!times.length || times.includes(null) || new Set(times).size > maxTimes) {
        const text = gettext("Check the times first: up to %(most)s, like 10:30.");
        return { error: interpolate(text, { most: maxTimes }, true) };
      }
    }
    if (!days.length) return { error: gettext("Choose at least one day first.") };
    return { times: [...new Set(times)].sort((a, b) => a - b), days };
  }

  function onAt(at) {
    const when = at.toLocaleString(document.documentElement.lang || undefined, {
      weekday: "long",
      hour: "2-digit",
      minute: "2-digit",
    });
    const text = gettext("Reminders are on in this browser. The next one is on %(when)s.");
    return interpolate(text, { when }, true);
  }

  // The routine's name as the page shows it.
  function routineName(section) {
    return section.querySelector("[data-routine-name]").dataset.routineName;
  }

  function wire(section) {
    const form = section.querySelector("form");
    const start = section.querySelector("[data-reminders-start]");
    const stop = section.querySelector("[data-reminders-stop]");
    const status = section.querySelector("[data-reminders-status]");
    const say = (text) => {
      status.textContent = text;
    };
    const showRunning = (on) => {
      stop.hidden = !on;
      start.textContent = on
        ? gettext("Update reminders in this browser")
        : gettext("Also remind me in this browser");
    };

    // The calendar's times are in this browser's zone, when it says which.
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (zone && form.elements.tz) {
      // A zone refused before is replaced by this one, and its message with it.
      if (form.elements.tz.value !== zone) section.querySelector("#reminder-tz_error")?.remove();
      form.elements.tz.value = zone;
      section.querySelector("[data-reminder-zone]").textContent = zone;
    }

    // Only the chosen kind of schedule is shown (without a script, both are).
    const showMode = () => {
      const chosen = form.elements.schedule.value || "times";
      section.querySelectorAll("[data-reminder-mode]").forEach((block) => {
        block.hidden = block.dataset.reminderMode !== chosen;
      });
    };
    form.addEventListener("change", showMode);
    showMode();

    section.querySelector("[data-browser-reminders]").hidden = false;
    if (!supported || !reminders) {
      start.hidden = true;
      say(gettext("This browser cannot show notifications. The calendar file above will still remind you."));
      return;
    }
    const running = reminders.stored();
    showRunning(running !== null);
    const upcoming = running && Notification.permission === "granted" && reminders.next(running, new Date());
    if (upcoming) say(onAt(upcoming));

    start.addEventListener("click", async () => {
      const plan = planFrom(form);
      if (plan.error) {
        say(plan.error);
        return;
      }
      const permission =
        Notification.permission === "default"
          ? await Notification.requestPermission()
          : Notification.permission;
      if (permission !== "granted") {
        say(gettext("Notifications are blocked for this site, so this browser cannot remind you. You can allow them in the browser's settings for this site, or use the calendar file instead."));
        return;
      }
      plan.url = section.dataset.followUrl;
      plan.name = routineName(section);
      localStorage.setItem(reminders.KEY, JSON.stringify(plan));
      const at = reminders.schedule();
      showRunning(true);
      say(at ? onAt(at) : gettext("Reminders are on in this browser."));
    });

    stop.addEventListener("click", () => {
      localStorage.removeItem(reminders.KEY);
      reminders.schedule();
      showRunning(false);
      start.focus();
      say(gettext("Reminders in this browser are off. A calendar file you added is not changed."));
    });
  }

  document.querySelectorAll("[data-reminders]").forEach(wire);
})();
