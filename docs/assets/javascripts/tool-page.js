// The questionnaire page. The form is static HTML rendered at build time from the engine's questions,
// usable at once; this script starts the engine (Pyodide in a module worker, through engine-client.js)
// and shows the engine's recommendation as answers change. Every value from the engine or the reader
// is written with textContent, never as HTML.
// Material's instant navigation does not re-run scripts: this subscribes to document$ and acts only
// on pages with the tool's root element.
(() => {
  "use strict";

  const TYPE_TITLES = { technical: "Technical scaling", process: "Process scaling", user: "User scaling" };
  const REPLY_TIMEOUT_MS = 5_000; // a bridge call takes well under a millisecond; silence means a dead worker

  // Everything the reader entered survives leaving the page through the site's own links (one visit,
  // one engine) and, through tool-state.js, a reload.
  let rememberedState = null;
  const keep = () => window.scaleWhatState;

  const el = (tag, props = {}, children = []) => {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(props)) {
      if (key === "text") node.textContent = value;
      else if (key === "class") node.className = value;
      else node.setAttribute(key, value);
    }
    for (const child of children) if (child) node.append(child);
    return node;
  };

  const typeTitle = (type) => TYPE_TITLES[type] ?? type;
  const mb = (bytes) => (bytes / 1_000_000).toFixed(1);
  const replyTimeoutMs = () => Number(window.__scaleWhatReplyTimeoutMs) || REPLY_TIMEOUT_MS;

  function readAnswers(form) {
    const answers = {};
    for (const input of form.querySelectorAll("input[type=radio]:checked")) answers[input.name] = input.value;
    return answers;
  }

  function writeAnswers(form, answers) {
    for (const input of form.querySelectorAll("input[type=radio]")) {
      input.checked = answers[input.name] === input.value;
    }
  }

  function readState(view) {
    const complaints = [...view.form.querySelectorAll(".sw-complaint textarea")].map((box) => box.value);
    const overrides = {};
    view.form.querySelectorAll(".sw-complaint select").forEach((select, i) => {
      if (select.value) overrides[String(i)] = select.value;
    });
    return { answers: readAnswers(view.form), complaints, overrides };
  }

  function writeState(view, state) {
    writeAnswers(view.form, state.answers);
    view.form.querySelectorAll(".sw-complaint textarea").forEach((box, i) => {
      box.value = state.complaints[i] ?? "";
    });
    view.form.querySelectorAll(".sw-complaint select").forEach((select, i) => {
      select.value = state.overrides[String(i)] ?? "";
    });
  }

  // ---------------------------------------------------------------------------------------------
  // The engine's state: progress, ready, failed
  // ---------------------------------------------------------------------------------------------

  function describeStage(state, root) {
    switch (state.stage) {
      case "ready":
        return `Engine ready (decision_engine ${state.version.engine}, Python ${state.version.python})`;
      case "failed":
        return "The decision engine could not start.";
      case "waiting":
        return "Data saver is on: the decision engine (about " +
          `${mb(Number(root.dataset.runtimeBytes))} MB) downloads when you answer the first question.`;
      case "downloading": {
        const total = Math.max(Number(root.dataset.runtimeBytes) || 0, state.total || 0);
        if (!state.loaded || !total) return "Downloading the decision engine…";
        // Whole tens: the status is announced to screen readers, the bar shows the fine progress.
        const percent = Math.min(100, 10 * Math.floor((10 * state.loaded) / total));
        return `Downloading the decision engine: ${percent}% of ${mb(total)} MB…`;
      }
      case "starting":
        return "Starting Python…";
      case "installing":
        return "Installing the decision engine…";
      default:
        return "The decision engine starts when this page opens.";
    }
  }

  function showState(view, state) {
    const { root, status, progress, problem, problemText, fallback } = view;
    root.dataset.engineStage = state.stage;
    const text = describeStage(state, root);
    if (status.textContent !== text) status.textContent = text; // announce changes only
    const total = Math.max(Number(root.dataset.runtimeBytes) || 0, state.total || 0);
    progress.hidden = !["downloading", "starting", "installing"].includes(state.stage);
    if (state.stage === "downloading" && state.loaded && total) {
      progress.max = total;
      progress.value = Math.min(state.loaded, total);
    } else if (!progress.hidden) {
      progress.removeAttribute("value"); // indeterminate while Python starts
    }
    const failed = state.stage === "failed";
    problem.hidden = !failed;
    fallback.hidden = !failed;
    if (failed) {
      problemText.textContent = `${explainFailure(state.reason)} (${state.reason}.)`;
      highlightMapping(view);
    }
  }

  function explainFailure(reason) {
    if (/WebAssembly/i.test(reason)) {
      return "This browser cannot run WebAssembly (it may be turned off by a setting or a policy), which the decision engine needs.";
    }
    if (/no progress/i.test(reason)) {
      return "The decision engine stopped loading. The connection may be very slow, or the server may send its files with the wrong type.";
    }
    if (/download|fetch|HTTP|network/i.test(reason)) {
      return "The decision engine's files could not be downloaded. Check your connection and try again.";
    }
    if (/stopped responding|crashed|terminated/i.test(reason)) {
      return "The decision engine stopped working.";
    }
    return "Something went wrong while starting the decision engine.";
  }

  function highlightMapping(view) {
    const answer = readAnswers(view.form).failure_mode;
    for (const row of view.fallback.querySelectorAll(".sw-mapping-row")) {
      const current = row.dataset.option === answer;
      row.classList.toggle("sw-mapping-row--current", current);
      if (current) row.setAttribute("aria-current", "true");
      else row.removeAttribute("aria-current");
    }
  }

  // ---------------------------------------------------------------------------------------------
  // The recommendation
  // ---------------------------------------------------------------------------------------------

  function guideLink(root, type) {
    const href = new URL(`${type}/`, new URL(root.dataset.siteRoot || "../", location.href)).href;
    return el("a", { href, text: `${typeTitle(type)} in the guide` });
  }

  // Each type's evidence points, in the order the engine sends them, with its place in words ("leads: you named
  // it", "2nd"): the deciding answer is not counted in the points, so a lead can have fewer than another type.
  function renderChart(evidence) {
    const points = evidence.map((e) => e.points);
    const low = Math.min(0, ...points);
    const span = Math.max(0, ...points) - low || 1;
    const chart = el("ul", { class: "sw-chart" });
    for (const { type, points: value, place, role } of evidence) {
      const bar = el("span", { class: "sw-chart__bar", "aria-hidden": "true" });
      bar.style.setProperty("--sw-from", `${(Math.min(0, value) - low) / span}`);
      bar.style.setProperty("--sw-share", `${Math.abs(value) / span}`);
      chart.append(
        el("li", { class: `sw-chart__row sw-chart__row--${type}${place === 1 ? " sw-chart__row--lead" : ""}` }, [
          el("span", { class: "sw-chart__label" }, [
            el("span", { class: "sw-chart__type", text: typeTitle(type) }),
            el("span", { class: "sw-chart__role", text: role }),
          ]),
          el("span", { class: "sw-chart__track" }, [bar]),
          el("span", { class: "sw-chart__value", text: `${value} ${Math.abs(value) === 1 ? "point" : "points"}` }),
        ]),
      );
    }
    return chart;
  }

  function section(title, ...content) {
    return el("section", { class: "sw-result__section" }, [el("h3", { text: title }), ...content]);
  }

  function list(items, tag = "ul") {
    return el(tag, {}, items.map((item) => (item instanceof Node ? el("li", {}, [item]) : el("li", { text: item }))));
  }

  // The result in the engine's words, each said once: the headline (in the summary above), the confidence
  // word and its reasons, one reason per place in the sequence, the evidence, the flags, what would change
  // the lead, the team's habit, and the one under-invested verdict.
  function renderRecommendation(view, rec) {
    const { root, body, summary } = view;
    const lead = rec.lead;
    const confidence = rec.confidence;
    summary.textContent = rec.headline;
    const parts = [
      el("div", { class: `sw-result__confidence sw-result__confidence--${confidence.level}` }, [
        el("p", {}, [el("strong", { text: `Confidence: ${confidence.level}` }), ` — ${confidence.text}`]),
        confidence.reasons.length ? list(confidence.reasons) : null,
      ]),
      section("The sequence", el("ol", { class: "sw-sequence" }, rec.sequence.order.map((type, i) =>
        el("li", { class: `sw-sequence__step sw-sequence__step--${type}`, text: rec.sequence.reasons[i] })))),
      section("Evidence per type", el("p", { class: "sw-help", text: root.dataset.evidenceNote }), renderChart(rec.evidence)),
      rec.flags.length
        ? el("section", { class: "sw-result__section sw-result__flags" }, [
          el("h3", { text: "Flags" }),
          list(rec.flags.map((flag) => flag.text)),
        ])
        : null,
      section(
        "What would change the lead",
        el("p", { text: rec.would_change.summary }),
        rec.would_change.changes.length ? list(rec.would_change.changes.map((change) => change.text)) : null,
      ),
      rec.comfort ? section("Your team's habit", el("p", { text: rec.comfort })) : null,
      rec.rationale.length
        ? section(
          "Because you answered…",
          list(rec.rationale.map((item) =>
            `${item.text} (${item.points > 0 ? "+" : ""}${item.points} for ${typeTitle(item.type).toLowerCase()})`)),
        )
        : null,
      section(
        "The trade-off to watch",
        el("p", { text: rec.trade_off.trade_off }),
        el("p", {}, [el("strong", { text: "Keep it in check: " }), rec.trade_off.keep_in_check]),
      ),
      section("First actions", list(rec.first_actions.map((action) => action.text))),
      section(
        "Watch for later",
        ...rec.watch.map((w) => el("div", {}, [el("p", { text: `${typeTitle(w.type)}:` }), list(w.failure_modes)])),
      ),
      el("section", { class: "sw-result__section", id: "sw-result-under-invested" }, [
        el("h3", { text: "Under-invested" }),
        el("p", { text: rec.under_invested.text }),
        rec.under_invested.other ? el("p", { text: rec.under_invested.other }) : null,
      ]),
      section(
        "Read more",
        list([guideLink(root, lead), ...rec.sequence.order.filter((t) => t !== lead).map((t) => guideLink(root, t))]),
      ),
      el("p", { class: "sw-result__meta", text: `Rubric version ${rec.rubric_version}.` }),
    ];
    body.replaceChildren(...parts.filter(Boolean));
    root.dataset.lead = lead;
    root.dataset.confidence = confidence.level;
  }

  function clearResult(view, text) {
    view.summary.textContent = text;
    view.body.replaceChildren();
    delete view.root.dataset.lead;
    delete view.root.dataset.confidence;
  }

  function renderUnanswered(view) {
    clearResult(view, "Answer the deciding question to see a recommendation.");
  }

  // A question asked only under conditions (the follow-up) shows, in place, when the engine lists it as asked;
  // hidden, its answer stays in the form (and the saved answers and share link), ready when it is asked again.
  function showAsked(view) {
    for (const fieldset of view.form.querySelectorAll("fieldset[data-asked-when]")) {
      const asked = Boolean(view.asked && view.asked.includes(fieldset.dataset.question));
      fieldset.hidden = !asked;
      const row = view.root.querySelector(`.sw-check__row[data-question="${fieldset.dataset.question}"]`);
      if (row) row.hidden = !asked;
    }
  }

  // Ask the engine; resolves with the parsed bridge reply, or rejects when the worker is gone.
  function ask(command, payload) {
    const engine = window.scaleWhatEngine;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        engine.fail("the engine stopped responding");
        reject(new Error("the engine stopped responding"));
      }, replyTimeoutMs());
      engine.request(command, payload).then(
        (json) => {
          clearTimeout(timer);
          resolve(JSON.parse(json));
        },
        (error) => {
          clearTimeout(timer);
          reject(error);
        },
      );
    });
  }

  // One request per change: the answers the engine asks now, the complaints and their categories, together;
  // the reply says which questions are asked and carries the recommendation and the complaints' readings.
  let updateSeq = 0;
  async function update(view, { focusResult = false } = {}) {
    const state = readState(view);
    rememberedState = state;
    persist(view, state);
    updateClearButtons(view);
    updateCheck(view, state);
    highlightMapping(view);
    const engine = window.scaleWhatEngine;
    const { boxes, payload } = engineRequest(view, state);
    const seq = ++updateSeq;
    if (state.answers.failure_mode && engine.state.stage === "waiting") startEngine(view.root, true);
    if (engine.state.stage !== "ready") {
      renderTriage(view, state, boxes, null);
      if (!state.answers.failure_mode) renderUnanswered(view);
      else {
        // A result for earlier answers would no longer match the form.
        clearResult(view, engine.state.stage === "failed"
          ? "The decision engine is not available: see the guide's mapping below."
          : "Your answers are kept: the recommendation appears as soon as the engine is ready.");
      }
      if (focusResult && !state.answers.failure_mode) focusQuestion(view, "failure_mode");
      return;
    }
    const started = performance.now();
    let reply;
    try {
      reply = await ask("evaluate", payload);
    } catch {
      return; // the engine's failure is shown by its state
    }
    if (seq !== updateSeq) return; // a newer change is on its way
    performance.measure("answer-to-result", { start: started, end: performance.now() });
    if (!reply.ok) {
      renderTriage(view, state, boxes, null);
      clearResult(view, reply.error.message);
      return;
    }
    const result = reply.result;
    view.asked = result.asked;
    showAsked(view);
    updateCheck(view, state);
    renderTriage(view, state, boxes, result.exercise, Boolean(result.recommendation));
    if (result.recommendation) renderRecommendation(view, result.recommendation);
    else renderUnanswered(view);
    if (!focusResult) return;
    if (result.recommendation) view.result.focus();
    else focusQuestion(view, "failure_mode");
  }

  // ---------------------------------------------------------------------------------------------
  // The complaints exercise: categories and cues as the reader types, the under-invested type
  // ---------------------------------------------------------------------------------------------

  // The request for the engine: the answers to the questions asked now (an answer to one that is not asked
  // stays in the page, unsent), and the complaints it can take (non-empty and within the limit, worst first)
  // with the box each came from, so each reading goes back to its box.
  function engineRequest(view, state) {
    const limit = Number(view.root.dataset.maxComplaintChars);
    const boxes = [];
    state.complaints.forEach((text, i) => {
      if (text.trim() && text.length <= limit) boxes.push(i);
    });
    const overrides = {};
    boxes.forEach((box, position) => {
      if (state.overrides[String(box)]) overrides[String(position)] = state.overrides[String(box)];
    });
    return {
      boxes,
      payload: {
        answers: keep().askedAnswers(view.schema, state.answers),
        complaints: boxes.map((i) => state.complaints[i]),
        overrides,
      },
    };
  }

  // How the engine read a complaint besides its cues: each cue as written (a misspelling with what it was
  // read as), the cues set aside (a clause that says it is fine, a negated symptom, an ambiguous word alone)
  // and the fallback model's guess. Reader text goes in <q> elements through textContent only.
  const cueWords = (cue) => [el("q", { text: cue.matched }), cue.correction ? ` read as ${cue.correction.split(" \u2192 ").pop()}` : ""];

  function readingLines(cat) {
    const lines = [];
    if (cat.discounted.length) {
      lines.push(el("p", { class: "sw-complaint__aside" }, [
        "Set aside: ",
        ...cat.discounted.flatMap((cue, i) => [i ? "; " : "", ...cueWords(cue), ` (${cue.note})`]),
      ]));
    }
    if (cat.fallback) {
      lines.push(el("p", { class: "sw-complaint__fallback" }, [
        "A guess: no known words counted; the wording is closest to the guide's words for this type in ",
        ...cat.fallback.words.flatMap((word, i) => [i ? ", " : "", el("q", { text: word })]),
        ". Check it, or choose a category below.",
      ]));
    }
    return lines;
  }

  function renderComplaintBox(view, index, text, item) {
    const out = view.root.querySelector(`#sw-complaint-${index + 1}-result`);
    const limit = Number(view.root.dataset.maxComplaintChars);
    if (!text.trim()) {
      out.replaceChildren();
      return;
    }
    if (text.length > limit) {
      out.replaceChildren(el("p", { class: "sw-complaint__error", text: `This complaint is ${text.length} characters long; the limit is ${limit}. Shorten it to have it categorised (your text is kept).` }));
      return;
    }
    if (!item) {
      out.replaceChildren(el("p", { text: "The category appears when the decision engine is ready." }));
      return;
    }
    const cat = item.categorization;
    const type = item.type;
    const label = type === "uncategorized" ? "No category" : typeTitle(type);
    const lines = [
      el("p", { class: "sw-complaint__category" }, [
        el("strong", { text: label }),
        item.overridden ? " (your choice)" : cat.type === "uncategorized" ? ` — no known words ${cat.discounted.length ? "counted" : "matched"}; choose a category below` : ` — ${cat.confidence_word} confidence${cat.fallback ? ", a guess" : ""}`,
        cat.secondary ? `, with ${typeTitle(cat.secondary).toLowerCase()} second` : "",
      ]),
    ];
    if (cat.cues.length) {
      lines.push(el("p", { class: "sw-complaint__cues" }, [
        "Because of: ",
        ...cat.cues.flatMap((cue, i) => [i ? ", " : "", ...cueWords(cue), ` (${cue.example_label.toLowerCase()})`]),
      ]));
    }
    lines.push(...readingLines(cat));
    out.replaceChildren(...lines);
  }

  // Each box's reading and the effort notes; the one under-invested verdict is the recommendation's.
  function renderTriage(view, state, boxes, result, withRecommendation = false) {
    const byBox = new Map();
    if (result) result.complaints.forEach((item, position) => byBox.set(boxes[position], item));
    state.complaints.forEach((text, i) => renderComplaintBox(view, i, text, byBox.get(i)));
    const summary = view.root.querySelector("#sw-triage-summary");
    if (!result || !result.complaints.length) {
      summary.textContent = "";
      return;
    }
    const parts = result.effort_flags.map((flag) => `Note: ${flag.message}.`);
    if (withRecommendation) parts.push("The under-invested verdict is in your recommendation.");
    summary.textContent = parts.join(" ");
  }

  // ---------------------------------------------------------------------------------------------
  // Check your answers, saved answers, notices
  // ---------------------------------------------------------------------------------------------

  function updateCheck(view, state) {
    for (const row of view.root.querySelectorAll(".sw-check__row")) {
      const qid = row.dataset.question;
      const answer = row.querySelector(".sw-check__answer");
      if (qid === "complaints") {
        const written = state.complaints.filter((c) => c.trim());
        if (written.length) answer.replaceChildren(list(written, "ol"));
        else answer.textContent = "None written";
        continue;
      }
      const question = view.schema.questions[qid];
      const option = state.answers[qid];
      answer.textContent = option ? question.options[option] : "Not answered";
      row.classList.toggle("sw-check__row--unanswered", !option);
    }
  }

  // Nothing entered, nothing stored: an empty form leaves no trace in the browser.
  function persist(view, state) {
    if (!view.saving) return;
    if (keep().isEmpty(state) && !view.previous) {
      keep().remove();
      return;
    }
    const problem = keep().save(view.schema, state, view.previous);
    view.root.querySelector("#sw-keep-status").textContent = problem;
  }

  function notice(view, text, actions = []) {
    const box = el("div", { class: "admonition info sw-notice" }, [el("p", { text }), ...actions]);
    view.notices.append(box);
    return box;
  }

  // On arrival: a share link wins over saved answers, and the reader's own are kept to restore.
  function restore(view) {
    const State = keep();
    const saved = State.load(view.schema);
    if (saved.problem) notice(view, saved.problem);
    view.previous = saved.previous;
    let state = rememberedState ?? saved.current ?? State.emptyState(view.schema);
    if (State.isShareHash(location.hash)) {
      const shared = State.readShare(view.schema, location.hash);
      history.replaceState(history.state, "", location.pathname + location.search); // applied once
      if (shared.message) notice(view, shared.message);
      if (shared.usable) {
        if (!State.isEmpty(state) && !State.sameState(state, shared.state)) view.previous = state;
        state = shared.state;
      }
    }
    if (view.previous && !State.sameState(view.previous, state)) offerRestore(view);
    else view.previous = null;
    writeState(view, state);
  }

  function offerRestore(view) {
    const button = el("button", { type: "button", class: "md-button md-button--primary", text: "Restore my own answers" });
    const box = notice(view, "You are looking at answers from a shared link. Your own answers are kept in this browser.", [el("p", {}, [button])]);
    button.addEventListener("click", () => {
      writeState(view, view.previous);
      view.previous = null;
      box.remove();
      notice(view, "Your own answers are back.");
      update(view);
      focusQuestion(view, "failure_mode");
    });
  }

  // ---------------------------------------------------------------------------------------------
  // Share, export, print
  // ---------------------------------------------------------------------------------------------

  async function copyLink(view) {
    const url = keep().shareUrl(view.schema, readState(view), view.root.querySelector("#sw-share-complaints").checked);
    const field = view.root.querySelector("#sw-share-url");
    const status = view.root.querySelector("#sw-keep-status");
    field.value = url;
    try {
      await navigator.clipboard.writeText(url);
      const complaints = view.root.querySelector("#sw-share-complaints").checked;
      status.textContent = `Link copied. It holds your answers${complaints ? " and your complaints." : " (not your complaints)."}`;
    } catch {
      field.focus();
      field.select();
      status.textContent = "The browser did not allow copying: the link is selected in the field, copy it from there.";
    }
  }

  function download(filename, type, text) {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const link = el("a", { href: url, download: filename });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  async function exportAs(view, format) {
    const status = view.root.querySelector("#sw-keep-status");
    const state = readState(view);
    if (!state.answers.failure_mode) {
      status.textContent = "Answer the deciding question first: there is no recommendation to download yet.";
      focusQuestion(view, "failure_mode");
      return;
    }
    if (window.scaleWhatEngine.state.stage !== "ready") {
      status.textContent = "The download needs the decision engine, which is not ready.";
      return;
    }
    // The download is strict: only the answers to the questions asked now, as in the last request.
    const { payload } = engineRequest(view, state);
    let reply;
    try {
      reply = await ask("report", { ...payload, format });
    } catch {
      return;
    }
    if (!reply.ok) {
      status.textContent = reply.error.message;
      return;
    }
    const name = `scale-what-recommendation.${format === "json" ? "json" : "md"}`;
    download(name, format === "json" ? "application/json" : "text/markdown", reply.result);
    status.textContent = `Downloaded ${name}.`;
  }

  function updateClearButtons(view) {
    for (const button of view.form.querySelectorAll("[data-clear]")) {
      button.hidden = !view.form.querySelector(`input[name="${button.dataset.clear}"]:checked`);
    }
  }

  function focusQuestion(view, questionId) {
    const first = view.form.querySelector(`input[name="${questionId}"]`);
    if (first) first.focus();
  }

  function startEngine(root, now) {
    const engine = window.scaleWhatEngine;
    const saveData = Boolean(navigator.connection && navigator.connection.saveData);
    if (saveData && !now && engine.state.stage === "idle") {
      engine.wait();
      return;
    }
    engine.start(root);
  }

  // ---------------------------------------------------------------------------------------------
  // Mounting on a page view
  // ---------------------------------------------------------------------------------------------

  function mount(root) {
    const view = {
      root,
      schema: keep().schemaFrom(root),
      form: root.querySelector("#sw-form"),
      notices: root.querySelector("#sw-notices"),
      status: root.querySelector("#sw-engine-status"),
      progress: root.querySelector("#sw-engine-progress"),
      problem: root.querySelector("#sw-engine-problem"),
      problemText: root.querySelector("#sw-engine-problem-text"),
      fallback: root.querySelector("#sw-fallback"),
      result: root.querySelector("#sw-result"),
      summary: root.querySelector("#sw-result-summary"),
      body: root.querySelector("#sw-result-body"),
      asked: null, // the questions the engine asks with the current answers (its last reply)
      previous: null, // the reader's own answers while a shared link's are shown
      saving: false, // nothing is written back before the saved answers have been read
    };
    restore(view);
    view.saving = true;
    updateClearButtons(view);
    performance.mark("form-usable");

    let complaintTimer = null;
    const complaintsChanged = () => {
      clearTimeout(complaintTimer);
      complaintTimer = setTimeout(() => update(view), 120);
    };
    view.form.addEventListener("change", (event) => {
      if (event.target.matches("input[type=radio], select")) update(view);
    });
    view.form.addEventListener("input", (event) => {
      if (!event.target.matches("textarea")) return;
      const state = readState(view);
      rememberedState = state;
      persist(view, state);
      updateCheck(view, state);
      complaintsChanged();
    });
    view.form.addEventListener("submit", (event) => {
      event.preventDefault();
      update(view, { focusResult: true });
    });
    view.form.addEventListener("click", (event) => {
      const button = event.target.closest("[data-clear]");
      if (!button) return;
      for (const input of view.form.querySelectorAll(`input[name="${button.dataset.clear}"]`)) input.checked = false;
      focusQuestion(view, button.dataset.clear);
      update(view);
    });
    root.querySelector("#sw-check").addEventListener("click", (event) => {
      const link = event.target.closest("[data-change]");
      if (!link) return;
      // Material's instant navigation would take the link over and leave the focus on <body>.
      event.preventDefault();
      event.stopPropagation();
      if (link.dataset.change === "complaints") root.querySelector("#sw-complaint-1").focus();
      else {
        const checked = view.form.querySelector(`input[name="${link.dataset.change}"]:checked`);
        (checked || view.form.querySelector(`input[name="${link.dataset.change}"]`)).focus();
      }
    });
    root.querySelector("#sw-clear-all").addEventListener("click", () => {
      writeState(view, keep().emptyState(view.schema));
      view.previous = null;
      view.notices.replaceChildren();
      update(view); // an empty form: persist() removes the saved answers
      root.querySelector("#sw-keep-status").textContent = "Your answers were cleared from this page and from this browser.";
      focusQuestion(view, "failure_mode");
    });
    root.querySelector("#sw-engine-retry").addEventListener("click", () => {
      window.scaleWhatEngine.retry();
      startEngine(root, true);
    });
    root.querySelector("#sw-copy-link").addEventListener("click", () => copyLink(view));
    root.querySelector("#sw-export-json").addEventListener("click", () => exportAs(view, "json"));
    root.querySelector("#sw-export-markdown").addEventListener("click", () => exportAs(view, "markdown"));
    root.querySelector("#sw-print").addEventListener("click", () => window.print());

    let wasReady = false;
    const unsubscribe = window.scaleWhatEngine.subscribe((state) => {
      showState(view, state);
      if (state.stage === "ready" && !wasReady) {
        wasReady = true;
        if (!performance.getEntriesByName("engine-ready").length) performance.mark("engine-ready");
        update(view);
      } else if (state.stage !== "ready") {
        wasReady = false;
        if (state.stage === "failed") update(view);
      }
    });
    startEngine(root, false);
    update(view);
    return () => {
      clearTimeout(complaintTimer);
      unsubscribe();
    };
  }

  let unmount = null;
  document$.subscribe(() => {
    if (unmount) unmount();
    unmount = null;
    const root = document.getElementById("sw-tool");
    if (root) unmount = mount(root);
  });
})();
