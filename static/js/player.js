// Upright's guided player. It turns a stretch page of a routine into a timed session:
// get ready, hold (left then right where a stretch is done per side), rest, repeat, next.
// No framework and no third-party requests. Without JavaScript the page still works as a
// plain step-by-step guide with previous and next links.
//
// Timing follows the clock, not the count of ticks: each phase ends at a fixed moment
// measured with performance.now(), and every tick recomputes what is left, so late or
// throttled timers never add up to drift.
(() => {
  "use strict";

  // Words in the page's language, from Django's JavaScript catalogue (loaded first by
  // base.html); without it, the English originals.
  const gettext = window.gettext || ((text) => text);
  const ngettext = window.ngettext || ((one, many, count) => (count === 1 ? one : many));
  const pgettext = window.pgettext || ((context, text) => text);
  const fill = (text, values) =>
    window.interpolate
      ? window.interpolate(text, values, true)
      : text.replace(/%\((\w+)\)s/g, (match, key) => String(values[key]));
  const sideName = (side) => (side === "left" ? pgettext("side", "left") : pgettext("side", "right"));

  // A session left part-way is remembered on this device, so the routine's safety-check
  // page can offer to continue it: {url (no query), stretch index, run, done, time}.
  const SESSION_KEY = "upright-session";
  const HALF_DAY = 12 * 60 * 60 * 1000;
  function storedSession() {
    try {
      const saved = JSON.parse(window.localStorage.getItem(SESSION_KEY));
      const fresh = saved && Date.now() - saved.time < HALF_DAY && saved.time <= Date.now();
      return fresh && saved.url === window.location.pathname ? saved : null;
    } catch {
      return null; // storage refused or garbled: nothing to continue
    }
  }
  function store(saved) {
    try {
      if (saved) window.localStorage.setItem(SESSION_KEY, JSON.stringify(saved));
      else window.localStorage.removeItem(SESSION_KEY);
    } catch {
      // private browsing may refuse storage: the session still runs
    }
  }

  const resume = document.querySelector("[data-resume]");
  if (resume) {
    const saved = storedSession();
    const number = saved ? Number(saved.stretch) + 1 : 0;
    if (Number.isInteger(number) && number >= 1 && number <= Number(resume.dataset.steps)) {
      const link = resume.querySelector("a");
      const run = Number.isInteger(saved.run) ? `&run=${saved.run}` : "";
      link.href = `?step=${number}${run}`;
      link.textContent = fill(gettext("Continue from stretch %(number)s"), { number });
      resume.hidden = false;
    }
  }

  const root = document.querySelector("[data-player]");
  const data = document.getElementById("routine-timeline");
  if (!root || !data) return;

  const stretches = JSON.parse(data.textContent);
  const find = (selector) => root.querySelector(selector);
  const ui = {
    timer: find("[data-timer]"),
    phase: find("[data-phase]"),
    cue: find("[data-cue]"),
    countdown: find("[data-countdown]"),
    rep: find("[data-rep]"),
    announce: find("[data-announce]"),
    name: find("[data-name]"),
    dose: find("[data-dose]"),
    instructions: find("[data-instructions]"),
    stopIf: find("[data-stop-if]"),
    number: find("[data-number]"),
    timeLeft: find("[data-time-left]"),
    progress: find("[data-progress]"),
    guide: find("[data-guide-link]"),
    figure: find("[data-figure]"),
    start: find('[data-action="start"]'),
    pause: find('[data-action="pause"]'),
  };
  const options = {
    sound: find('[data-option="sound"]'),
    voice: find('[data-option="voice"]'),
  };
  const SWITCH_SECONDS = 3;

  // The whole session as a list of timed phases. Each carries a one-line cue: the side in
  // the steps' own words ("Right ear toward your right shoulder: ..."), or the step that
  // describes the stretch position.
  const phases = [];
  stretches.forEach((stretch, index) => {
    const cue = (side) => (side && stretch.side_labels[side]) || stretch.cue;
    const sideWords = (side) => (stretch.side_labels[side] ? `: ${stretch.side_labels[side]}` : "");
    phases.push({
      kind: "ready",
      stretch: index,
      side: stretch.sides[0], // the figure shows the side about to be stretched
      cue: cue(stretch.sides[0]),
      seconds: stretch.ready,
      label: index === 0 ? gettext("Get ready") : gettext("Rest, then get ready"),
      say:
        index === 0
          ? fill(gettext("Get ready: %(name)s"), { name: stretch.name })
          : fill(gettext("Next: %(name)s. Get ready."), { name: stretch.name }),
    });
    if (stretch.kind === "movement") {
      // A movement flows: one phase a side, counted out in repetitions at its easy pace.
      stretch.sides.forEach((side, i) => {
        if (i > 0) {
          phases.push({
            kind: "rest",
            stretch: index,
            side,
            cue: cue(side),
            seconds: Math.max(stretch.rest, SWITCH_SECONDS),
            label: fill(gettext("Rest, then your %(side)s side"), { side: sideName(side) }),
            say: fill(gettext("Rest. Then your %(side)s side%(words)s."), {
              side: sideName(side),
              words: sideWords(side),
            }),
          });
        }
        phases.push({
          kind: "move",
          stretch: index,
          side,
          cue: cue(side),
          seconds: stretch.reps * stretch.rep_seconds,
          label: side
            ? fill(gettext("Slowly, %(side)s side"), { side: sideName(side) })
            : gettext("Slowly, at an easy pace"),
          say: side
            ? fill(
                ngettext(
                  "%(reps)s slow repetition on your %(side)s side%(words)s. Go at your own pace.",
                  "%(reps)s slow repetitions on your %(side)s side%(words)s. Go at your own pace.",
                  stretch.reps,
                ),
                { reps: stretch.reps, side: sideName(side), words: sideWords(side) },
              )
            : fill(
                ngettext(
                  "%(reps)s slow repetition. Go at your own pace.",
                  "%(reps)s slow repetitions. Go at your own pace.",
                  stretch.reps,
                ),
                { reps: stretch.reps },
              ),
        });
      });
    } else {
      let first = true;
      for (let rep = 1; rep <= stretch.reps; rep += 1) {
        stretch.sides.forEach((side) => {
          if (!first) {
            const switching = stretch.sides.length > 1;
            const seconds = Math.max(stretch.rest, switching ? SWITCH_SECONDS : 0);
            if (seconds > 0) {
              phases.push({
                kind: "rest",
                stretch: index,
                side,
                cue: cue(side),
                seconds,
                label: side
                  ? fill(gettext("Rest, then your %(side)s side"), { side: sideName(side) })
                  : gettext("Rest"),
                say: side
                  ? fill(gettext("Rest. Then your %(side)s side%(words)s."), {
                      side: sideName(side),
                      words: sideWords(side),
                    })
                  : gettext("Rest."),
              });
            }
          }
          first = false;
          phases.push({
            kind: "hold",
            stretch: index,
            rep,
            side,
            cue: cue(side),
            seconds: stretch.hold,
            label: side
              ? fill(gettext("Hold: %(side)s side"), { side: sideName(side) })
              : pgettext("dose", "Hold"),
            say: holdWords(stretch, side),
          });
        });
      }
    }
  });
  function holdWords(stretch, side) {
    const values = { seconds: stretch.hold, side: side && sideName(side), words: stretch.side_labels[side] };
    if (stretch.side_labels[side]) return fill(gettext("Hold: %(words)s. %(seconds)s seconds."), values);
    if (side) return fill(gettext("Hold on your %(side)s side for %(seconds)s seconds."), values);
    return fill(gettext("Hold for %(seconds)s seconds."), values);
  }
  const firstPhaseOf = (stretchIndex) => phases.findIndex((p) => p.stretch === stretchIndex);

  const run = Number(new URLSearchParams(window.location.search).get("run")) || null;
  const earlier = storedSession();
  const state = {
    current: firstPhaseOf(Number(root.dataset.index) || 0),
    // The stretches held or moved for at least half a phase, this session (kept across a
    // reload or a return to the same run on this device).
    done: new Set(
      earlier && earlier.run === run && Array.isArray(earlier.done)
        ? earlier.done.filter(Number.isInteger)
        : [],
    ),
    shown: -1, // the stretch whose text is on screen
    endAt: 0,
    remaining: 0,
    running: false,
    started: false,
    timeout: null,
  };

  // Screen text for one stretch, from the embedded JSON.
  function showStretch(index) {
    if (state.shown === index) return;
    state.shown = index;
    const stretch = stretches[index];
    ui.name.textContent = stretch.name;
    ui.dose.textContent = stretch.dose;
    ui.stopIf.textContent = stretch.stop_if;
    ui.number.textContent = String(index + 1);
    ui.guide.href = stretch.url;
    ui.instructions.replaceChildren(
      ...stretch.instructions.map((text) => {
        const item = document.createElement("li");
        item.textContent = text;
        return item;
      }),
    );
    document.title = document.title.replace(/^[^(]*\(\d+/, `${stretch.name} (${index + 1}`);
    // Reloading the page resumes at this stretch.
    const url = root.dataset.stepUrl.replace("NUMBER", String(index + 1));
    history.replaceState(null, "", url);
  }

  // The figure beside the timer: the move while getting ready, the stretch pose held during
  // a hold, mirrored when the side is the other one than the figure draws.
  function showFigure(phase) {
    const stretch = stretches[phase.stretch];
    const mirrored = Boolean(phase.side) && phase.side !== stretch.figure_side;
    const key = `${phase.stretch}:${mirrored}`;
    if (ui.figure.dataset.showing !== key) {
      const selector = `template[data-figure-for="${phase.stretch}"]${mirrored ? "[data-mirrored]" : ":not([data-mirrored])"}`;
      const source = root.querySelector(selector);
      ui.figure.replaceChildren(...(source ? [source.content.cloneNode(true)] : []));
      ui.figure.dataset.showing = key;
    }
    ui.figure.classList.toggle("is-holding", phase.kind === "hold");
  }

  function secondsLeftInSession() {
    const phaseLeft = state.running ? state.endAt - performance.now() : state.remaining;
    let total = Math.max(0, phaseLeft) / 1000;
    for (let i = state.current + 1; i < phases.length; i += 1) total += phases[i].seconds;
    return total;
  }

  function render(msLeft) {
    const phase = phases[state.current];
    const stretch = stretches[phase.stretch];
    if (phase.kind === "move") {
      // A count of repetitions, not seconds: "3 of 8".
      const done = (phase.seconds * 1000 - msLeft) / (stretch.rep_seconds * 1000);
      const rep = Math.min(stretch.reps, Math.floor(done) + 1);
      ui.countdown.textContent = fill(gettext("%(rep)s of %(reps)s"), { rep, reps: stretch.reps });
      if (state.running && rep !== state.beat && rep > 1) beep(660, 90); // a calm beat
      state.beat = rep;
    } else {
      ui.countdown.textContent = String(Math.max(0, Math.ceil(msLeft / 1000)));
    }
    const left = secondsLeftInSession();
    const minutes = Math.round(left / 60);
    ui.timeLeft.textContent =
      minutes < 1
        ? gettext("under a minute")
        : fill(ngettext("about %(count)s minute", "about %(count)s minutes", minutes), { count: minutes });
    ui.progress.max = phases.reduce((sum, p) => sum + p.seconds, 0);
    ui.progress.value = ui.progress.max - left;
    ui.rep.textContent =
      phase.kind === "hold"
        ? fill(gettext("Repetition %(rep)s of %(reps)s"), { rep: phase.rep, reps: stretch.reps })
        : "";
    root.dataset.currentPhase = phase.kind;
    root.dataset.currentSide = phase.side || "";
  }

  function announce(text) {
    // Clearing first makes screen readers repeat a message even when it is unchanged.
    ui.announce.textContent = "";
    window.setTimeout(() => {
      ui.announce.textContent = text;
    }, 50);
  }

  // Optional cues. Both need a user gesture first, which the Start button provides.
  let audio = null;
  function beep(frequency, ms) {
    if (!options.sound.checked) return;
    const AudioContext = window.AudioContext || window.webkitAudioContext;
    if (!AudioContext) return;
    audio = audio || new AudioContext();
    const now = audio.currentTime;
    const oscillator = audio.createOscillator();
    const gain = audio.createGain();
    oscillator.frequency.value = frequency;
    gain.gain.setValueAtTime(0.2, now);
    gain.gain.exponentialRampToValueAtTime(0.001, now + ms / 1000);
    oscillator.connect(gain).connect(audio.destination);
    oscillator.start(now);
    oscillator.stop(now + ms / 1000);
  }

  function speak(text) {
    if (!options.voice.checked || !("speechSynthesis" in window)) return;
    window.speechSynthesis.cancel();
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = document.documentElement.lang; // the voice of the page's language
    window.speechSynthesis.speak(utterance);
  }

  // Keep the screen on while the timer runs, where the browser allows it.
  let wakeLock = null;
  async function keepAwake() {
    if (!("wakeLock" in navigator) || wakeLock || document.visibilityState !== "visible") return;
    try {
      wakeLock = await navigator.wakeLock.request("screen");
      wakeLock.addEventListener("release", () => {
        wakeLock = null;
      });
    } catch {
      wakeLock = null; // refused (battery saver, permissions policy): the timer still works
    }
  }
  function letSleep() {
    if (wakeLock) wakeLock.release();
  }
  document.addEventListener("visibilitychange", () => {
    if (state.running) keepAwake();
  });

  function tick() {
    window.clearTimeout(state.timeout);
    if (!state.running) return;
    const left = state.endAt - performance.now();
    if (left <= 0) {
      begin(state.current + 1);
      return;
    }
    render(left);
    // Wake again when the displayed second changes, or when the phase ends.
    state.timeout = window.setTimeout(tick, Math.min(left, left % 1000 || 1000));
  }

  // Count the stretch as done once a hold or movement has run for at least half its time.
  function credit() {
    const phase = phases[state.current];
    if (!state.started || (phase.kind !== "hold" && phase.kind !== "move")) return;
    const left = state.running ? state.endAt - performance.now() : state.remaining;
    if (left <= phase.seconds * 500) state.done.add(phase.stretch);
  }

  function remember() {
    const url = window.location.pathname;
    const stretch = phases[state.current].stretch;
    store({ url, stretch, run, done: [...state.done], time: Date.now() });
  }

  // fresh: the first phase since the timer started, so there was nothing to rest from.
  function begin(index, fresh = false) {
    credit();
    if (index >= phases.length) {
      finish();
      return;
    }
    state.current = index;
    const phase = phases[index];
    const stretch = stretches[phase.stretch];
    const label = fresh && phase.kind === "ready" ? gettext("Get ready") : phase.label;
    const say =
      fresh && phase.kind === "ready" ? fill(gettext("Get ready: %(name)s"), { name: stretch.name }) : phase.say;
    showStretch(phase.stretch);
    showFigure(phase);
    ui.phase.textContent = label;
    ui.cue.textContent = phase.cue;
    state.endAt = performance.now() + phase.seconds * 1000;
    state.remaining = phase.seconds * 1000;
    if (state.started) remember();
    announce(say);
    speak(say);
    state.beat = 1;
    if (phase.kind === "hold" || phase.kind === "move") beep(880, 180);
    else if (index > 0) beep(520, 180);
    if (state.running) tick();
    else render(state.remaining);
  }

  function start() {
    state.started = true;
    state.running = true;
    ui.start.hidden = true;
    ui.pause.hidden = false;
    root.dataset.state = "running";
    // Focus mode: the session has the screen (static/css/player.css).
    document.body.classList.add("player-focus");
    root.scrollIntoView({ block: "start" });
    keepAwake();
    begin(state.current, true);
    ui.pause.focus();
  }

  function setPaused(paused) {
    if (!state.started || paused === !state.running) return;
    if (paused) {
      state.remaining = Math.max(0, state.endAt - performance.now());
      state.running = false;
      window.clearTimeout(state.timeout);
      letSleep();
      announce(gettext("Paused."));
    } else {
      state.endAt = performance.now() + state.remaining;
      state.running = true;
      keepAwake();
      announce(gettext("Resumed."));
      tick();
    }
    root.dataset.state = paused ? "paused" : "running";
    ui.pause.textContent = paused ? gettext("Resume") : gettext("Pause");
    ui.pause.setAttribute("aria-pressed", String(paused));
    render(paused ? state.remaining : state.endAt - performance.now());
  }

  function goToStretch(index) {
    if (index < 0) index = 0;
    if (index >= stretches.length) {
      finish();
      return;
    }
    begin(firstPhaseOf(index));
    ui.name.focus({ preventScroll: false });
  }

  function finish() {
    credit();
    state.running = false;
    window.clearTimeout(state.timeout);
    letSleep();
    root.dataset.state = "finished";
    store(null);
    beep(660, 400);
    const all = state.done.size === stretches.length;
    speak(all ? gettext("Routine complete. Well done.") : gettext("That is the end of the routine."));
    // The finish page says "Well done" only when every stretch was done.
    window.location.assign(`${root.dataset.doneUrl}&done=${state.done.size}`);
  }

  const actions = {
    start,
    pause: () => setPaused(state.running),
    previous: () => goToStretch(phases[state.current].stretch - 1),
    next: () => goToStretch(phases[state.current].stretch + 1),
    skip: () => (state.started ? begin(state.current + 1) : start()),
  };
  root.querySelectorAll("[data-action]").forEach((button) => {
    button.addEventListener("click", () => actions[button.dataset.action]());
  });

  for (const [name, box] of Object.entries(options)) {
    box.checked = window.localStorage.getItem(`upright-${name}`) === "on";
    box.addEventListener("change", () => {
      window.localStorage.setItem(`upright-${name}`, box.checked ? "on" : "off");
    });
  }

  document.addEventListener("keydown", (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.target.closest("input, select, textarea, [contenteditable]")) return;
    if (event.key === " ") {
      // A focused button or link already answers Space itself.
      if (event.target.closest("button, a, summary")) return;
      event.preventDefault();
      if (state.started) setPaused(state.running);
      else start();
    } else if (event.key === "ArrowRight") {
      event.preventDefault();
      actions.next();
    } else if (event.key === "ArrowLeft") {
      event.preventDefault();
      actions.previous();
    }
  });

  // Take over from the plain page.
  ui.name.tabIndex = -1;
  root.dataset.state = "ready";
  showStretch(phases[state.current].stretch);
  showFigure(phases[state.current]);
  ui.cue.textContent = phases[state.current].cue;
  render(phases[state.current].seconds * 1000);
  ui.countdown.textContent = ""; // no number until the timer starts
})();
