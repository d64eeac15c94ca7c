// The questionnaire's state outside the page: saved answers (localStorage) and share links (the URL
// fragment, which browsers never send to a server). Plain functions, no DOM: tool-page.js wires them.
//
// A state is {answers: {questionId: optionId}, complaints: [text x5], overrides: {"0": type}}.
// Everything read back (storage, links) is untrusted: it is checked against the questionnaire the page
// was built with, and what cannot be used is reported, never silently dropped or allowed to crash.
(() => {
  "use strict";

  const STORAGE_KEY = "scale-what:v1";
  const SHARE_PREFIX = "#answers=";
  const OVERRIDE_TYPES = ["technical", "process", "user", "uncategorized"];

  // The schema comes from the form itself (rendered from the engine's questions at build time).
  function schemaFrom(root) {
    const questions = {};
    for (const fieldset of root.querySelectorAll("fieldset[data-question]")) {
      const id = fieldset.dataset.question;
      questions[id] = {
        prompt: fieldset.querySelector("legend").firstChild.textContent.trim(),
        // [{question, options}]: asked only when every condition holds (the engine's data, rendered at build time)
        askedWhen: fieldset.dataset.askedWhen ? JSON.parse(fieldset.dataset.askedWhen) : [],
        options: Object.fromEntries(
          [...fieldset.querySelectorAll("input[type=radio]")].map((input) => [
            input.value,
            input.closest("label").textContent.trim(),
          ]),
        ),
      };
    }
    return {
      rubric: root.dataset.rubricVersion,
      questions,
      maxComplaints: Number(root.dataset.maxComplaints),
      maxChars: Number(root.dataset.maxComplaintChars),
    };
  }

  function emptyState(schema) {
    return { answers: {}, complaints: Array(schema.maxComplaints).fill(""), overrides: {} };
  }

  const isObject = (value) => value !== null && typeof value === "object" && !Array.isArray(value);

  // Keep what fits the schema; list in `dropped` (plain words) what did not.
  function sanitize(raw, schema) {
    const state = emptyState(schema);
    const dropped = [];
    if (!isObject(raw)) return { state, dropped: ["the data is not a set of answers"] };

    const answers = isObject(raw.answers) ? raw.answers : {};
    if (raw.answers !== undefined && !isObject(raw.answers)) dropped.push("the answers were not readable");
    for (const [qid, oid] of Object.entries(answers)) {
      const question = schema.questions[qid];
      if (!question) dropped.push(`an answer to an unknown question (“${String(qid).slice(0, 40)}”)`);
      else if (typeof oid !== "string" || !(oid in question.options)) {
        dropped.push(`the answer to “${question.prompt}” (“${String(oid).slice(0, 40)}” is not one of its options)`);
      } else state.answers[qid] = oid;
    }

    if (raw.complaints !== undefined) {
      if (!Array.isArray(raw.complaints)) dropped.push("the complaints were not readable");
      else {
        raw.complaints.forEach((text, i) => {
          if (i >= schema.maxComplaints) dropped.push(`complaint ${i + 1} (at most ${schema.maxComplaints})`);
          else if (typeof text !== "string") dropped.push(`complaint ${i + 1} (not text)`);
          // Over-long text is kept: the page shows the limit next to it, and the reader decides.
          else state.complaints[i] = text.slice(0, 5000);
        });
      }
    }

    if (raw.overrides !== undefined) {
      if (!isObject(raw.overrides)) dropped.push("the category choices were not readable");
      else {
        for (const [index, type] of Object.entries(raw.overrides)) {
          const i = Number(index);
          if (!Number.isInteger(i) || i < 0 || i >= schema.maxComplaints || !OVERRIDE_TYPES.includes(type)) {
            dropped.push(`a category choice (“${String(type).slice(0, 40)}” for complaint “${String(index).slice(0, 10)}”)`);
          } else state.overrides[String(i)] = type;
        }
      }
    }
    return { state, dropped };
  }

  // The answers to the questions asked with them, as the engine sets aside the others: a question is asked when
  // each of its conditions (data from the engine) holds, and an answer set aside can make another not asked.
  // The page sends only these; the others stay in the page's state, the saved answers and the share link.
  function askedAnswers(schema, answers) {
    const kept = { ...answers };
    const holds = (qid) =>
      (schema.questions[qid]?.askedWhen ?? []).every((c) => c.options.includes(kept[c.question]));
    for (;;) {
      const notAsked = Object.keys(kept).filter((qid) => !holds(qid));
      if (!notAsked.length) return kept;
      for (const qid of notAsked) delete kept[qid];
    }
  }

  function sameState(a, b) {
    return JSON.stringify(normalise(a)) === JSON.stringify(normalise(b));
  }

  function normalise(state) {
    const sortKeys = (obj) => Object.fromEntries(Object.entries(obj).sort(([x], [y]) => (x < y ? -1 : 1)));
    return { answers: sortKeys(state.answers), complaints: state.complaints, overrides: sortKeys(state.overrides) };
  }

  const isEmpty = (state) =>
    Object.keys(state.answers).length === 0 && state.complaints.every((c) => !c.trim());

  // ---------------------------------------------------------------------------------------------
  // Saved answers: {version: 1, rubric, current, previous}. `previous` holds the reader's own answers
  // while a shared link's answers are shown, so one click brings them back.
  // ---------------------------------------------------------------------------------------------

  function storage() {
    try {
      return window.localStorage; // throws where storage is disabled
    } catch {
      return null;
    }
  }

  // Returns {current, previous, problem}: problem is a sentence for the reader, or "".
  function load(schema) {
    const store = storage();
    if (!store) return { current: null, previous: null, problem: "This browser does not allow saving answers: they will be lost on reload." };
    let text;
    try {
      text = store.getItem(STORAGE_KEY);
    } catch {
      return { current: null, previous: null, problem: "Saved answers could not be read from this browser's storage." };
    }
    if (text === null) return { current: null, previous: null, problem: "" };
    let raw;
    try {
      raw = JSON.parse(text);
    } catch {
      remove();
      return { current: null, previous: null, problem: "Your saved answers were damaged and could not be read, so they were cleared. Please answer again." };
    }
    if (!isObject(raw) || raw.version !== 1 || !isObject(raw.current)) {
      remove();
      return { current: null, previous: null, problem: "Your saved answers were in a format this page does not know, so they were cleared. Please answer again." };
    }
    const current = sanitize(raw.current, schema);
    const previous = raw.previous ? sanitize(raw.previous, schema) : null;
    const problems = [];
    if (raw.rubric !== schema.rubric) {
      problems.push(`Your saved answers were made with rubric version ${String(raw.rubric).slice(0, 12)}; this page uses version ${schema.rubric}, so the recommendation may differ.`);
    }
    if (current.dropped.length) {
      problems.push(`Some saved answers no longer fit the questionnaire and were left out: ${current.dropped.join("; ")}.`);
    }
    return { current: current.state, previous: previous ? previous.state : null, problem: problems.join(" ") };
  }

  // Returns "" or a sentence saying why the answers could not be saved.
  function save(schema, current, previous) {
    const store = storage();
    if (!store) return "This browser does not allow saving answers: they will be lost on reload.";
    try {
      store.setItem(STORAGE_KEY, JSON.stringify({ version: 1, rubric: schema.rubric, current, previous: previous || null }));
      return "";
    } catch {
      return "Your answers could not be saved in this browser (its storage is full or disabled).";
    }
  }

  function remove() {
    try {
      storage()?.removeItem(STORAGE_KEY);
    } catch {
      // nothing to clear where storage is disabled
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Share links: #answers=<base64url of UTF-8 JSON {v: rubric, a: answers, c?: complaints, o?: overrides}>
  // ---------------------------------------------------------------------------------------------

  function toBase64Url(text) {
    const bytes = new TextEncoder().encode(text);
    let binary = "";
    for (const byte of bytes) binary += String.fromCharCode(byte);
    return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  }

  function fromBase64Url(text) {
    const base64 = text.replace(/-/g, "+").replace(/_/g, "/");
    const binary = atob(base64 + "=".repeat((4 - (base64.length % 4)) % 4));
    const bytes = Uint8Array.from(binary, (ch) => ch.charCodeAt(0));
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  }

  function shareUrl(schema, state, withComplaints) {
    const payload = { v: schema.rubric, a: state.answers };
    if (withComplaints) {
      const last = state.complaints.reduce((end, text, i) => (text.trim() ? i + 1 : end), 0);
      if (last) payload.c = state.complaints.slice(0, last);
      if (Object.keys(state.overrides).length) payload.o = state.overrides;
    }
    const url = new URL(location.href);
    url.hash = SHARE_PREFIX.slice(1) + toBase64Url(JSON.stringify(payload));
    return url.href;
  }

  const isShareHash = (hash) => hash.startsWith(SHARE_PREFIX);

  // Returns {state, message, usable}: message is "" when the link was read in full.
  function readShare(schema, hash) {
    const damaged = {
      state: null,
      usable: false,
      message: "This share link is damaged (it may have been cut short or changed by hand): nothing could be read from it. Your own answers are shown instead.",
    };
    let raw;
    try {
      const text = fromBase64Url(hash.slice(SHARE_PREFIX.length));
      if (text.length > 20_000) return damaged;
      raw = JSON.parse(text);
    } catch {
      return damaged;
    }
    if (!isObject(raw) || !isObject(raw.a)) return damaged;
    const { state, dropped } = sanitize({ answers: raw.a, complaints: raw.c, overrides: raw.o }, schema);
    const notes = [];
    if (raw.v !== schema.rubric) {
      notes.push(`This link was made with rubric version ${String(raw.v).slice(0, 12)}; this page uses version ${schema.rubric}. The answers that still fit the questionnaire were kept, and the recommendation may differ from the one that was shared.`);
    }
    if (dropped.length) notes.push(`Some of the link's contents could not be used and were left out: ${dropped.join("; ")}.`);
    const kept = Object.keys(state.answers).length;
    notes.push(kept ? `Kept from the link: ${kept} ${kept === 1 ? "answer" : "answers"}${state.complaints.some((c) => c.trim()) ? " and the complaints" : ""}.` : "Nothing from the link could be kept.");
    return { state, usable: kept > 0 || state.complaints.some((c) => c.trim()), message: notes.length > 1 || raw.v !== schema.rubric || dropped.length ? notes.join(" ") : "" };
  }

  window.scaleWhatState = Object.freeze({
    STORAGE_KEY,
    schemaFrom,
    emptyState,
    sanitize,
    askedAnswers,
    sameState,
    isEmpty,
    load,
    save,
    remove,
    shareUrl,
    isShareHash,
    readShare,
  });
})();
