// The questionnaire page: mounting and events. The form is static HTML rendered at build time from the engine's
// questions, usable at once; this module starts the engine (Pyodide in a module worker, through
// engine-client.js) and shows the engine's recommendation as answers change (tool-view.js renders it).
// Only the questionnaire's markup loads this module (guide pages load none of the tool's scripts); Material's
// instant navigation runs it when it swaps the questionnaire in and keeps it alive afterwards, without running it
// again: this subscribes to document$ and acts only on pages with the tool's root element.

import * as engine from "./engine-client.js";
import { ROOT_ID, optionLabel, readContract } from "./contract.js";
import { byId } from "./dom.js";
import * as saved from "./saved-answers.js";
import { StorageNotices, forgetRefusedLink, leavingLoses } from "./storage-notices.js";
import { isShareHash, nearShareMessage } from "./share-link.js";
import { FollowUpWatch } from "./follow-up-watch.js";
import { ScrollReturn } from "./scroll-return.js";
import { copyLink, exportAs, forgetOutdatedLink } from "./keep-share.js";
import { checkedOption, clearAnswer, focusQuestion, readState } from "./form-state.js";
import {
  clearResult, highlightMapping, nameOptions, renderRecommendation, renderTriage, showAsked, showEngineState, updateCheck,
  updateKeepOptions, UNREAD_REFUSED,
} from "./tool-view.js";
import {
  ENGINE_UNAVAILABLE, goToResult, keepClearOfBars, keepInSight, paintLive, showDecidingError, watchSpot,
} from "./live-view.js";
import { yieldToBrowser } from "./yield-to-browser.js";
import { noteChoiceMade } from "./complaint-view.js";

/** @typedef {import("./state.js").State} State */
/** @typedef {import("./tool-view.js").View} View */
/** @typedef {import("../../../types/engine.js").Session} Session */

/** A complaint box's last text that was not blank, by the box's id. */
const lastWritten = new Map();
/** @type {Map<string, {text: string, choice: string}>} A category choice set aside when its box was emptied. */
const choicesAside = new Map();
/** How long a reader pauses in typing before a complaint's reading is said (ms). */
const TYPING_PAUSE_MS = 1000;

// Everything the reader entered survives leaving the page through the site's own links (one visit, one engine)
// and a reload: storage-notices.js keeps it (one storage model, answer-keeper.js).
const store = saved.browserStorage();
/** @type {StorageNotices | null} */
let storage = null;
/** @type {FollowUpWatch | null} */
let followUp = null;
/** The visit's keeper the watch belongs to: a new one (a new visit) has a new watch. */
/** @type {import("./answer-keeper.js").AnswerKeeper | null} */
let watchedKeeper = null;
/** @type {ScrollReturn | null} */
let scrollReturn = null;

/** @param {View} view */
const decidingAnswer = (view) => readState(view).answers[view.contract.deciding];

// One request per change, with one sequence counter: the page's whole state goes to the engine, whose reply
// carries everything the page shows (which questions are asked, each box's reading, the recommendation or why
// there is none). An answer to a question not asked now stays in the state; the engine reports it as kept.
let updateSeq = 0;
/**
 * The failure the follow-up's answer in `state` was given for, when the watch knows it: saved with the answers, so a
 * reload knows it (a reader's review), by every edit (a diff review: a complaint typed saved the answers without it).
 * @param {import("./state.js").State} state
 * @returns {string | null}
 */
function followUpFailure(state) {
  return followUp?.question && state.answers[followUp.question] ? followUp.answeredFor : null;
}

/**
 * @param {View} view
 * @param {{focusResult?: boolean, changedAt?: number, answered?: Element | null}} [options] ``changedAt``: the time
 * stamp of the answer's change event, for the reader's whole wait (below); ``answered``: the fieldset of the question
 * the reader has just answered
 */
async function update(view, { focusResult = false, changedAt, answered = null } = {}) {
  const state = readState(view);
  formSeen = JSON.stringify(state);
  const deciding = view.contract.deciding;
  if (backShownWith !== null && backShownWith !== JSON.stringify(state)) {
    storage?.removeNotices(["follow-up-back"]);
    backShownWith = null;
  }
  const stale = followUp?.seen(state);
  view.followUpFor = followUp?.answeredFor ?? null;
  // Cleared at once, the engine ready or not: kept until it answers, it was saved (and shared) with the failure named
  // since, and a reload took it as given for that one (a diff review). Its notice keeps it on a press.
  if (stale) {
    clearStaleFollowUp(view, stale, answered ?? null);
    update(view, { focusResult, changedAt, answered }); // without it, before anything shows or saves the stale answer
    return;
  }
  storage?.edited(state, followUpFailure(state));
  forgetOutdatedLink(view);
  updateClearButtons(view);
  nameOptions(view, state);
  updateCheck(view, state);
  updateKeepOptions(view, state);
  // The mapping's row is the deciding answer alone: marked only while no result can say more (a reader's review: with
  // the blocked deals leading, the marked row said technical scaling leads, under a result for user scaling).
  highlightMapping(view, engine.current().stage === "ready" ? undefined : state.answers[deciding]);
  if (state.answers[deciding]) showDecidingError(view, false);
  const seq = ++updateSeq;
  if (state.answers[deciding] && engine.current().stage === "waiting") startEngine(view.root, true);
  const stage = engine.current().stage;
  if (stage !== "ready") {
    // The cleared answer comes back with the failure it was given for, the engine ready or not (an attack review: named
    // again while the engine started, it stayed cleared, saved so, and a reload lost it).
    if (restoredCleared(view, state, followUp?.askedIn(state) ? [followUp.question ?? ""] : [], answered ?? null)) {
      update(view, { focusResult, changedAt, answered });
      return;
    }
    view.leadPending = true;
    renderTriage(view, state, null);
    if (!state.answers[deciding]) clearResult(view, "Answer the deciding question to see a recommendation.");
    else {
      // A result for earlier answers would no longer match the form. Not "Your answers are kept": a share link's are
      // not saved until the reader changes one or keeps them, which the notice above says (a reader's review).
      clearResult(view, stage === "failed"
        ? ENGINE_UNAVAILABLE
        : "The recommendation for these answers appears as soon as the engine is ready.");
    }
    if (focusResult) goToResult(view); // the result says why there is none yet; the bar above it shows progress
    else if (stage === "failed" || stage === "waiting") scrollReturn?.settle(); // no reply is coming to wait for
    return;
  }
  const started = performance.now();
  const reply = await engine.request("session", { state });
  if (seq !== updateSeq) return; // a newer change is on its way
  if (!reply.ok) {
    if (reply.failure.code !== "engine-error") return; // the engine's failure is shown by its state
    view.leadPending = false;
    renderTriage(view, state, null, UNREAD_REFUSED);
    clearResult(view, engine.asSentence(reply.message));
    scrollReturn?.settle();
    return;
  }
  performance.measure("answer-to-result", { start: started, end: performance.now() });
  const session = /** @type {Session} */ (reply.result);
  if (restoredCleared(view, state, session.asked, answered ?? null)) {
    update(view, { focusResult, changedAt, answered }); // the answer is back: asked again with it
    return;
  }
  view.asked = session.asked;
  const shown = showAsked(view);
  view.leadPending = false;
  renderTriage(view, state, session); // and "Check your answers": a kept answer, a row asked, each category
  if (session.recommendation) renderRecommendation(view, session.recommendation);
  else clearResult(view, session.no_recommendation?.text ?? "");
  if (focusResult) goToResult(view);
  else {
    scrollReturn?.settle();
    keepInSight(view, answered, shown);
  }
  // "answer-to-result" (above) is the engine's round trip, as issue 15 measured it; this is the reader's whole
  // wait: from the answer's change event to just after the frame that draws the result (a task queued from that
  // frame's animation callback runs once it is painted). A change overtaken by a newer update is not measured.
  if (changedAt !== undefined) {
    requestAnimationFrame(() => setTimeout(() => {
      if (seq === updateSeq) performance.measure("change-to-result-drawn", { start: changedAt, end: performance.now() });
    }));
  }
}

/**
 * Clear the follow-up's answer given for another failure (follow-up-watch.js) and say so, with the words the
 * reader saw: the question's prompt and the two failures' labels.
 * @param {View} view
 * @param {import("./follow-up-watch.js").Stale} stale
 * @param {Element | null} answered the fieldset of the question whose answer brought this about, if one did
 */
function clearStaleFollowUp(view, stale, answered) {
  clearAnswer(view, stale.question);
  showCleared(view, stale, answered);
}

/**
 * The notice of a cleared follow-up answer goes where the reader is: right above the follow-up when another
 * question's answer brought the clear about (the deals question, which asks the follow-up again: under the deciding
 * question the notice was far above, off a phone's screen); else, the deciding question's answer changed or none
 * did (answers read back), under the deciding question, its place in the markup. Moved only when it is elsewhere:
 * a live region moved with its words may not be announced.
 * @param {View} view
 * @param {string} question the follow-up's id
 * @param {Element | null} answered
 */
function placeClearedNotice(view, question, answered) {
  const notice = view.followUpNotice;
  const deciding = view.contract.questions.get(view.contract.deciding)?.elementId;
  const followUpId = view.contract.questions.get(question)?.elementId;
  const followUp = answered && answered.id !== deciding && followUpId ? view.form.querySelector(`#${followUpId}`) : null;
  const home = byId(view.root, view.contract.elements.engine_status, HTMLElement).parentElement;
  if (followUp && followUp.previousElementSibling !== notice) followUp.before(notice);
  else if (!followUp && home && home.nextElementSibling !== notice) home.after(notice);
}

/**
 * The notice of a cleared follow-up answer, in the words the reader saw: the question's prompt and the two failures'
 * labels.
 * @param {View} view
 * @param {import("./follow-up-watch.js").Stale} cleared
 * @param {Element | null} answered
 */
function showCleared(view, cleared, answered) {
  placeClearedNotice(view, cleared.question, answered);
  const deciding = view.contract.questions.get(view.contract.deciding);
  storage?.followUpCleared({
    prompt: view.contract.questions.get(cleared.question)?.prompt ?? "",
    from: cleared.from === null ? null : deciding?.options.get(cleared.from) ?? cleared.from,
    to: deciding?.options.get(cleared.to) ?? cleared.to,
  });
  lastCleared = cleared;
  clearedShown = true;
}

/** The follow-up answer cleared last, for its "Keep my answer" and its return, until the reader answers again. */
/** @type {import("./follow-up-watch.js").Stale | null} */
let lastCleared = null;
/** Whether its notice is shown (it is hidden while the follow-up is not asked). */
let clearedShown = false;

/** The form's state as `update` last read it (JSON): the state a fill of the form (a clear, an undo) replaced. */
let formSeen = "";
/** What the page knew of a follow-up answer when a fill replaced the form (`formSeen` then): a fill that puts that
 * form back (the undo of a clear) brings it back with it. */
/** @type {{state: string, cleared: import("./follow-up-watch.js").Stale | null, watch: import("./follow-up-watch.js").Memory | null} | null} */
let beforeFill = null;

/** The form's state when a cleared answer was put back and said: its notice goes with the next change, a complaint's
 * too (a later attack review). */
/** @type {string | null} */
let backShownWith = null;

function forgetCleared() {
  lastCleared = null;
  clearedShown = false;
  storage?.removeNotices(["follow-up-cleared"]);
}

/**
 * Check the cleared answer's option again, as the reader left it.
 * @param {View} view
 * @param {import("./follow-up-watch.js").Stale} cleared
 */
function putBack(view, cleared) {
  const input = view.form.querySelector(`input[name="${cleared.question}"][value="${cleared.answer}"]`);
  if (!(input instanceof HTMLInputElement)) return null;
  input.checked = true;
  return input;
}

/**
 * A cleared follow-up answer forgotten once the follow-up is answered again, or put back when the failure it was given
 * for is named again (`followCleared`): true when it is back, and the form to be read again.
 * @param {View} view
 * @param {State} state
 * @param {readonly string[]} asked the questions asked for `state`
 * @param {Element | null} answered
 */
function restoredCleared(view, state, asked, answered) {
  if (followUp?.question && state.answers[followUp.question]) {
    forgetCleared(); // answered again
    return false;
  }
  return followCleared(view, state, asked, answered);
}

/**
 * Keep the notice of a cleared follow-up answer true to the form as the deciding answer changes again (a reader
 * review: it went on naming the failure named when it was cleared, and its button put the answer into a question
 * no longer asked, taking the keyboard's focus with it). While the follow-up is not asked, the notice is hidden (its
 * answer compared a failure no longer named) but the answer is kept: when the reader names again the failure it was
 * given for, it is back as they left it (another review: Outages, Regressions, Governance, then Outages again lost
 * it, as arrow keys through the options do); another failure the follow-up is asked for shows the notice, naming
 * it. With no deciding answer (cleared), the answer is forgotten. True when the form changed, to be asked again.
 * @param {View} view
 * @param {State} state
 * @param {readonly string[]} asked
 * @param {Element | null} answered
 */
function followCleared(view, state, asked, answered) {
  const cleared = lastCleared;
  if (!cleared) return false;
  const deciding = state.answers[view.contract.deciding] ?? null;
  if (deciding === null) {
    forgetCleared();
    return false;
  }
  if (!asked.includes(cleared.question)) {
    storage?.removeNotices(["follow-up-cleared"]);
    clearedShown = false;
    return false;
  }
  if (deciding === cleared.from) {
    forgetCleared();
    const input = putBack(view, cleared);
    if (input === null) return false;
    placeClearedNotice(view, cleared.question, answered);
    const question = view.contract.questions.get(cleared.question);
    const answers = readState(view).answers;
    storage?.followUpBack({
      prompt: question?.prompt ?? "",
      answer: question ? optionLabel(question, cleared.answer, answers) : cleared.answer,
      failure: view.contract.questions.get(view.contract.deciding)?.options.get(deciding) ?? deciding,
    });
    backShownWith = JSON.stringify(readState(view));
    return true;
  }
  if (deciding !== cleared.to || !clearedShown) showCleared(view, { ...cleared, to: deciding }, answered);
  return false;
}

/**
 * A double click whose first half moves the page ("Clear my answers" puts the focus on its Undo, at the top) lands
 * its second half on whatever is under the pointer then: an option, checked, and with that edit the Undo of the
 * clear was gone (an attack review). The second half of a double click (a click count of 2 or more) is dropped on an
 * option when the first was elsewhere and the page has moved since; single clicks and keys are never dropped.
 * @returns {() => void} removes the guard
 */
function guardSecondClicks() {
  /** @type {{target: EventTarget | null, y: number} | null} */
  let first = null;
  /** @param {MouseEvent} event */
  const secondHalf = (event) => {
    const option = event.target instanceof Element ? event.target.closest(".sw-option") : null;
    if (!option || !first || event.detail < 2) return false;
    return !(first.target instanceof Node && option.contains(first.target)) && first.y !== scrollY;
  };
  /** @param {MouseEvent} event */
  const onPress = (event) => {
    if (secondHalf(event)) event.preventDefault(); // the focus stays where the first click put it (the Undo)
  };
  /** @param {MouseEvent} event */
  const onClick = (event) => {
    if (secondHalf(event)) {
      event.preventDefault();
      event.stopPropagation();
    } else if (event.detail === 1) first = { target: event.target, y: scrollY };
  };
  addEventListener("mousedown", onPress, true);
  addEventListener("click", onClick, true);
  return () => {
    removeEventListener("mousedown", onPress, true);
    removeEventListener("click", onClick, true);
  };
}

/** @param {View} view */
function updateClearButtons(view) {
  for (const button of view.form.querySelectorAll("[data-clear]")) {
    if (button instanceof HTMLElement) {
      button.hidden = !view.form.querySelector(`input[name="${button.dataset.clear}"]:checked`);
    }
  }
}

/**
 * @param {HTMLElement} root
 * @param {boolean} now
 */
function startEngine(root, now) {
  if (engine.saveData() && !now && engine.current().stage === "idle") engine.wait();
  else engine.start(engine.urlsFrom(root));
}

/** @param {HTMLElement} root */
function createView(root) {
  const contract = readContract(root);
  const ids = contract.elements;
  /** @param {string} id */
  const part = (id) => byId(root, id, HTMLElement);
  return {
    root,
    contract,
    form: part(ids.form),
    notices: part(ids.notices),
    followUpNotice: part(ids.follow_up_notice),
    status: part(ids.engine_status),
    progress: byId(root, ids.engine_progress, HTMLProgressElement),
    problem: part(ids.engine_problem),
    problemText: part(ids.engine_problem_text),
    fallback: part(ids.fallback),
    result: part(ids.result),
    summary: part(ids.result_summary),
    confidence: part(ids.result_confidence),
    body: part(ids.result_body),
    triageSummary: part(ids.triage_summary),
    runtimeBytes: Number(root.dataset.runtimeBytes) || 0,
    runtimeSentBytes: Number(root.dataset.runtimeSentBytes) || 0,
    asked: null, // the questions the engine asks with the current answers (its last reply)
    followUpFor: null, // the failure the follow-up's answer compared, when known (follow-up-watch.js)
    readings: new Map(), // each complaint box's category as the engine last read it (renderTriage)
    previous: null, // the reader's own answers while a shared link's are shown
    saving: false, // nothing is written back before the saved answers have been read
    stage: engine.current().stage,
    lead: "", // what the spot under the deciding question and the bar say once the engine answers
    leadShort: "", // the lead and its confidence word alone, the bar's on a phone ("" without a result)
    leadPending: true, // `lead` is the page's own word until the engine answers these answers
    hasResult: false,
  };
}

/**
 * Mount on a page view; returns the unmount function. The work runs in two short steps, each in a task of its own
 * after Material's start-up (which calls this) and with a turn for the browser between them, so that none holds the
 * main thread for long: first the reader's saved answers into the form and the form's events (the form is usable),
 * then the engine's state and the live result.
 * @param {HTMLElement} root
 */
function mount(root) {
  let stopped = false;
  /** @type {Array<() => void>} */
  const stops = [];
  void (async () => {
    await yieldToBrowser();
    if (stopped) return;
    const view = restore(root, stops);
    markMounted(view);
    await yieldToBrowser();
    if (stopped) return;
    stops.push(goLive(view));
  })();
  return () => {
    stopped = true;
    for (const stop of stops.splice(0)) stop();
  };
}

/**
 * Say that the questionnaire is mounted, for the watch written after its notice (mount-watch.js): a notice it
 * showed because the page's modules had not run yet (a slow device) goes again.
 * @param {View} view
 */
function markMounted({ root, contract }) {
  root.setAttribute("data-mounted", "");
  if (root.getAttribute("data-scripts") !== "failed") return;
  root.removeAttribute("data-scripts");
  const notice = root.ownerDocument.getElementById(contract.elements.scripts_failed);
  if (notice) notice.hidden = true;
}

/**
 * The form as the reader left it (saved answers, a share link's), and its events; `stops` gets what undoes them.
 * @param {HTMLElement} root
 * @param {Array<() => void>} stops
 * @returns {View}
 */
function restore(root, stops) {
  /** @type {View} */
  const view = createView(root);
  const ids = view.contract.elements;
  clearedShown = false; // a cleared follow-up answer's notice went with the page view it was shown in: shown again
  // The form filled with other answers (the reader's own, another tab's, an undo, a clear): a follow-up answer cleared
  // from the answers shown before is theirs, never put into these (a review: "Show my own answers" then took it).
  // Its follow-up answer, if any, was given for a failure the watch of the answers shown before knows nothing of (an
  // attack review: it was cleared as given for that one): the watch takes it as read back.
  // The form put back as it was before the last fill (the undo of a clear) is theirs: what the page knew of its
  // follow-up answer holds again (a reader's review: after "Clear my answers" and Undo, naming the failure a cleared
  // answer was given for no longer brought it back).
  beforeFill = null;
  storage = new StorageNotices(view, store, () => {
    const back = beforeFill?.state === JSON.stringify(readState(view)) ? beforeFill : null;
    beforeFill = { state: formSeen, cleared: lastCleared, watch: followUp?.memory() ?? null };
    forgetCleared();
    // Not over what the answers read back say of it (a diff review: another tab's answers, the same as those shown
    // before the last fill, took this tab's memory of their follow-up answer).
    const saidNow = storage?.keeper.followUpFor ?? null;
    if (back?.watch && (saidNow === null || saidNow === back.watch.answeredFor)) followUp?.recall(back.watch);
    else followUp?.readBack(saidNow);
    lastCleared = back?.cleared ?? null;
    update(view);
  });
  // A jump within the page replaces the address's fragment: a link's answers kept nowhere else go back in it. The
  // jump is a hashchange, or with Material's instant navigation a pushState followed by a popstate. A share link put
  // there (pasted into the address bar of this tab, or followed from a link on the page) changes the fragment alone,
  // which Material does not take for a new page: the page loads the address again, which opens the link as any load
  // of it does (the form on screen holds the answers shown until now, and the page's listeners are on it). Back to
  // the link this page view opened is a jump like any other.
  const onJump = () => {
    const current = storage;
    if (!current) return;
    const hash = location.hash;
    if (location.pathname === current.path && isShareHash(hash) && !current.opened(hash)) {
      // Loading the address again would lose answers this tab could not save: said instead (an attack review).
      if (leavingLoses()) current.linkNotOpened(hash);
      else reloadToOpenLink();
    } else {
      // A share link mistyped, pasted into this tab's address bar: said, as on a load (a diff review).
      const near = location.pathname === current.path ? nearShareMessage(hash) : "";
      if (near) current.nearNote(near);
      current.afterJump();
    }
  };
  for (const type of ["hashchange", "popstate"]) {
    addEventListener(type, onJump);
    stops.push(() => removeEventListener(type, onJump));
  }
  // One watch per visit, as the keeper (a diff review: back on the page through the site's links, a new watch took
  // an answer it had known as given for outages as read back, not known). The answers the form is filled with come
  // first: a failure the reader picked before this script ran is a change of them (an attack review: a follow-up
  // answer given for outages was taken as given for the failure picked meanwhile).
  if (!followUp || watchedKeeper !== storage.keeper) {
    followUp = new FollowUpWatch(view.contract);
    followUp.readBack(storage.keeper.followUpFor); // what the saved answers say of their follow-up answer
  }
  watchedKeeper = storage.keeper;
  followUp.seen(storage.filledWith);
  // "Keep my answer" on a cleared follow-up: the answer back, checked as the reader left it (the focus on it before its
  // notice goes), and taken as given for the failure named now.
  view.followUpNotice.addEventListener("click", (event) => {
    const button = event.target instanceof Element ? event.target.closest('[data-sw-action="restore-follow-up"]') : null;
    if (!button || !lastCleared) return;
    const input = putBack(view, lastCleared);
    // On the answer; while its question is not shown (the engine not answering yet), on the failure named, whose
    // change cleared it (a diff review: the focus went to a hidden input, then to the page's body).
    const failure = checkedOption(view, view.contract.deciding);
    const shown = input?.closest("fieldset")?.hidden === false ? input : failure;
    if (shown instanceof HTMLElement) shown.focus();
    forgetCleared();
    update(view);
  });
  updateClearButtons(view);
  performance.mark("form-usable");

  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let complaintTimer;
  stops.push(() => {
    clearTimeout(complaintTimer);
    storage?.unmount();
  });
  /** @param {Event} event */
  const target = (event) => (event.target instanceof Element ? event.target : null);
  stops.push(guardSecondClicks());
  view.form.addEventListener("change", (event) => {
    const input = target(event);
    const box = input instanceof HTMLSelectElement ? view.contract.boxes.find((ids) => ids.override === input.id) : undefined;
    if (box && input instanceof HTMLSelectElement) noteChoiceMade(input, byId(root, box.text, HTMLTextAreaElement).value);
    if (input?.matches("input[type=radio], select")) {
      update(view, { changedAt: event.timeStamp, answered: input.closest("fieldset") });
    }
  });
  // A field reached with Tab half under the bar: the browser's own scroll on focus moves it only until part of it
  // shows (scroll-padding notwithstanding).
  view.form.addEventListener("focusin", (event) => {
    const field = target(event);
    if (field) requestAnimationFrame(() => keepClearOfBars(view, field));
  });
  // A box's text before each edit: what a choice set aside on emptying it was made for, wherever the text came from
  // (typed, saved, a link).
  view.form.addEventListener("beforeinput", (event) => {
    const box = target(event);
    if (box instanceof HTMLTextAreaElement && !view.contract.isBlank(box.value)) lastWritten.set(box.id, box.value);
  });
  // What a complaint box's reading says is read out once the reader pauses in typing, in a live region of its own:
  // the reading changes as words are completed (a reader's review heard it 8 times for one complaint, its confidence
  // see-sawing). Not aria-busy on the reading: screen readers that honour it drop what changed meanwhile, others
  // ignore it (a diff review). A reading said already is not said again.
  // A reading still to come when the reader pauses (the engine starting, or a slow reply) is said when it comes (a diff
  // review: the waiting line was said, and the reading drawn later never).
  const said = view.root.querySelector('[data-live="complaint-said"]');
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let pause;
  /** @type {MutationObserver | undefined} */
  let awaited;
  /**
   * @param {HTMLTextAreaElement} box
   * @param {Element} reading
   * @param {HTMLElement | null} choice the box's category list, whose data-read-for is the text the reading is of
   * @param {number} number the box's number, which the words said start with
   */
  const sayAfterPause = (box, reading, choice, number) => {
    clearTimeout(pause);
    awaited?.disconnect();
    // The reading of the text now in the box: not one drawn for the text before the edit, which stays on screen
    // until the reply comes (a diff review: it was said again, and the new one never), nor a wait. Over the limit,
    // its error is the reading.
    const current = () =>
      reading.querySelector(".sw-complaint__error") !== null
      || (reading.querySelector(".sw-complaint__category") !== null && choice?.dataset.readFor === box.value);
    const say = () => {
      const first = reading.querySelector("p")?.textContent?.trim() ?? "";
      const text = first && `Complaint ${number}: ${first}`;
      if (said && text && said.textContent !== text) said.textContent = text;
    };
    pause = setTimeout(() => {
      if (view.contract.isBlank(box.value)) return; // nothing to say of an emptied box
      if (current()) {
        say();
        return;
      }
      awaited = new MutationObserver(() => {
        if (!current()) return;
        say();
        awaited?.disconnect();
      });
      // A reply that draws the same reading changes only the list's data-read-for (renderComplaintBox).
      awaited.observe(reading, { childList: true, subtree: true, characterData: true });
      if (choice) awaited.observe(choice, { attributes: true, attributeFilter: ["data-read-for"] });
    }, TYPING_PAUSE_MS);
  };
  // Nothing said, or awaited, for a page view that has ended.
  stops.push(() => {
    clearTimeout(pause);
    awaited?.disconnect();
  });
  view.form.addEventListener("input", (event) => {
    const box = target(event);
    if (!(box instanceof HTMLTextAreaElement)) return;
    if (!growsItself) { // the box grows with its text where CSS field-sizing cannot do it
      box.style.height = "auto";
      box.style.height = `${box.scrollHeight + box.offsetHeight - box.clientHeight}px`;
    }
    // A complaint emptied takes its category choice with it: the next complaint written in the box is another one
    // (a reader review: the choice stayed, and applied to it). The choice is set aside with the text it was made
    // for, and comes back with that text (the browser's undo after a select-all and delete: an attack review found
    // the choice lost without a word).
    const ids = view.contract.boxes.find((candidate) => candidate.text === box.id);
    const reading = ids ? view.root.querySelector(`#${ids.result}`) : null;
    const choice = ids ? view.root.querySelector(`#${ids.override}`) : null;
    if (reading && ids) {
      sayAfterPause(box, reading, choice instanceof HTMLElement ? choice : null, view.contract.boxes.indexOf(ids) + 1);
    }
    if (choice instanceof HTMLSelectElement) {
      const blank = view.contract.isBlank(box.value);
      const aside = choicesAside.get(box.id);
      if (blank && choice.value) choicesAside.set(box.id, { text: lastWritten.get(box.id) ?? "", choice: choice.value });
      if (blank) choice.value = "";
      else if (aside) {
        // Back only through the browser's undo or redo, or the whole text pasted back (an attack review: cut and
        // pasted back, the choice was dropped without a word): a new complaint typed that starts or ends as the old one
        // did is another complaint (a diff review: deleted a key at a time, the old text's first letter brought it back).
        const undone = event instanceof InputEvent && ["historyUndo", "historyRedo", "insertFromPaste"].includes(event.inputType);
        if (undone && aside.text === box.value && !choice.value) choice.value = aside.choice;
        if (!undone || aside.text === box.value) choicesAside.delete(box.id);
      }
      if (!blank) lastWritten.set(box.id, box.value);
    }
    const state = readState(view);
    storage?.edited(state, followUpFailure(state));
    updateCheck(view, state);
    clearTimeout(complaintTimer);
    // A reply on its way read the boxes before this edit: drawn before the update below asks again, it took Check
    // your answers back to the complaints then (a CI run saw four complaints listed, then one).
    updateSeq += 1;
    complaintTimer = setTimeout(() => update(view), 120);
  });
  // No form to submit: the button asks for the result, and an unanswered deciding question gets the GOV.UK
  // error summary and message instead.
  byId(root, ids.show_result, HTMLElement).addEventListener("click", () => {
    if (!decidingAnswer(view)) showDecidingError(view, true); // a complaint's pending update still runs
    else {
      // This update reads every complaint: a pending one, overtaking it, would drop its focus on the result.
      clearTimeout(complaintTimer);
      update(view, { focusResult: true });
    }
  });
  // The error summary's link, and the bar's while the deciding question is unanswered (a reader's review: the bar said
  // to answer it, screens below it, with no way there).
  root.addEventListener("click", (event) => {
    const link = target(event)?.closest("a[data-question]");
    if (!(link instanceof HTMLElement)) return;
    // Material's instant navigation would take the link over and scroll the radio button under the header.
    event.preventDefault();
    event.stopPropagation();
    const question = view.contract.questions.get(link.dataset.question ?? "");
    const first = view.form.querySelector(`input[name="${link.dataset.question}"]`);
    if (first instanceof HTMLElement) first.focus({ preventScroll: true });
    byId(root, question?.elementId ?? "", HTMLElement).scrollIntoView({ block: "start" }); // its heading in view
  });
  root.addEventListener("click", (event) => {
    const link = target(event)?.closest("[data-live=link]");
    if (!(link instanceof HTMLElement)) return;
    event.preventDefault();
    event.stopPropagation();
    goToResult(view);
  });
  view.form.addEventListener("click", (event) => {
    const confirm = target(event)?.closest("[data-confirm-box]");
    if (confirm instanceof HTMLElement) { // a reading confirmed: the box's category choice holds it
      const ids = view.contract.boxes[Number(confirm.dataset.confirmBox)];
      if (ids) {
        const select = byId(root, ids.override, HTMLSelectElement);
        select.value = confirm.dataset.confirmType ?? "";
        noteChoiceMade(select, byId(root, ids.text, HTMLTextAreaElement).value);
        select.focus();
        update(view);
      }
      return;
    }
    const pick = target(event)?.closest("[data-pick]");
    if (pick instanceof HTMLElement) { // the list opened, where the browser can open it (the click allows it)
      const select = byId(root, pick.dataset.pick ?? "", HTMLSelectElement);
      select.focus();
      try {
        select.showPicker();
      } catch {
        // Not offered here (an older browser): the focused list opens with a tap, Space or Alt+Down.
      }
      return;
    }
    const button = target(event)?.closest("[data-clear]");
    if (!(button instanceof HTMLElement)) return;
    const qid = button.dataset.clear ?? "";
    clearAnswer(view, qid);
    focusQuestion(view, qid);
    update(view);
  });
  byId(root, ids.check, HTMLElement).addEventListener("click", (event) => {
    const kept = target(event)?.closest("[data-clear-kept]");
    if (kept instanceof HTMLElement) {
      // An answer kept for a question not asked now, cleared: its row goes, and the focus to the list's next Change.
      const row = kept.closest(".sw-check__row");
      clearAnswer(view, kept.dataset.clearKept ?? "");
      update(view);
      let next = row?.nextElementSibling;
      while (next instanceof HTMLElement && next.hidden) next = next.nextElementSibling;
      const change = next?.querySelector(".sw-check__change");
      if (change instanceof HTMLElement) change.focus();
      return;
    }
    const link = target(event)?.closest("[data-change]");
    if (!(link instanceof HTMLElement)) return;
    // Material's instant navigation would take the link over and leave the focus on <body>.
    event.preventDefault();
    event.stopPropagation();
    const question = view.contract.questions.get(link.dataset.change ?? "");
    if (!question) byId(root, view.contract.boxes[0]?.text ?? "", HTMLElement).focus(); // the complaints' row
    else {
      const checked = view.form.querySelector(`input[name="${link.dataset.change}"]:checked`);
      const first = checked ?? view.form.querySelector(`input[name="${link.dataset.change}"]`);
      if (first instanceof HTMLElement) first.focus();
    }
  });
  byId(root, ids.clear_all, HTMLElement).addEventListener("click", () => {
    clearTimeout(complaintTimer);
    clearResult(view, "Answer the deciding question to see a recommendation."); // never the cleared answers' result
    storage?.clear();
  });
  byId(root, ids.engine_retry, HTMLElement).addEventListener("click", () => {
    // The button hides with the problem it offers to mend: the keyboard's focus goes to the line that says how the
    // new attempt goes, not to the page's top.
    byId(root, ids.engine_status, HTMLElement).focus();
    engine.retry();
    startEngine(root, true);
  });
  byId(root, ids.copy_link, HTMLElement).addEventListener("click", () => copyLink(view));
  byId(root, ids.share_complaints, HTMLElement).addEventListener("change", () => forgetOutdatedLink(view, { optionChanged: true }));
  byId(root, ids.export_json, HTMLElement).addEventListener("click", () => exportAs(view, "json"));
  byId(root, ids.export_markdown, HTMLElement).addEventListener("click", () => exportAs(view, "markdown"));
  byId(root, ids.print, HTMLElement).addEventListener("click", () => print());
  return view;
}

/**
 * The engine started (or waiting, with Save-Data), its state shown, and the result for the form's answers; returns
 * the function that stops following it.
 * @param {View} view
 */
function goLive(view) {
  const root = view.root;
  let wasReady = false;
  const unwatch = watchSpot(view);
  paintLive(view);
  /** @type {import("./engine-client.js").EngineState | null} */
  let last = null;
  const unsubscribe = engine.subscribe((state) => {
    last = state;
    showEngineState(view, state, decidingAnswer(view));
    if (state.stage === "ready" && !wasReady) {
      wasReady = true;
      aboutEngine(view, state.version);
      if (!performance.getEntriesByName("engine-ready").length) performance.mark("engine-ready");
      update(view);
    } else if (state.stage !== "ready") {
      wasReady = false;
      if (state.stage === "failed") update(view);
    }
  });
  startEngine(root, false);
  update(view);
  // A failure's words say whether the browser is offline (failures.js): said again when that changes (a diff review:
  // "This browser is offline" stayed after the connection came back).
  const reshow = () => {
    if (last) showEngineState(view, last, decidingAnswer(view));
  };
  addEventListener("online", reshow);
  addEventListener("offline", reshow);
  return () => {
    unsubscribe();
    unwatch();
    removeEventListener("online", reshow);
    removeEventListener("offline", reshow);
  };
}

const growsItself = typeof CSS !== "undefined" && CSS.supports("field-sizing", "content");

// The engine's and Python's versions are for developers: the console, and the "About this result" details.
let versionsLogged = false;
/**
 * @param {View} view
 * @param {{engine: string, python: string}} version
 */
function aboutEngine(view, version) {
  const about = view.root.querySelector("[data-about]");
  if (about) about.textContent = `Computed in your browser by the decision engine, version ${version.engine}, on Python ${version.python} (Pyodide, WebAssembly).`;
  if (versionsLogged) return;
  versionsLogged = true;
  console.info(`Scale What? decision engine ${version.engine} ready on Python ${version.python}`);
}

/** @type {(() => void) | null} */
let unmount = null;
/** @type {{subscribe(next: () => void): unknown} | undefined} Material's observable of page views (its bundle defines it) */
const documents = /** @type {{document$?: {subscribe(next: () => void): unknown}}} */ (/** @type {unknown} */ (globalThis)).document$;
// The history entry's state when a page view began, for ScrollReturn (above): as the page was first loaded, or as
// the Back or Forward button found it (popstate). By the time Material hands the view over (document$), its own
// tracking of the reader's scroll and of the heading in view may have replaced that state.
// On a load, the questionnaire's head script (engine-early.js) read it before Material's bundle ran.
const loaded = /** @type {{scaleWhatEntryState?: unknown}} */ (/** @type {unknown} */ (globalThis));
/** @type {{path: string, state: unknown} | null} */
let entry = { path: location.pathname, state: "scaleWhatEntryState" in loaded ? loaded.scaleWhatEntryState : history.state };
addEventListener("popstate", () => {
  entry = { path: location.pathname, state: history.state };
});
// Material writes the offset into the entry 100 ms after the page last moved: a reload sooner than that (say, just
// after going back to the top) would find an older offset there. So the page writes its offset as it unloads
// (a state written on "pagehide" is not kept by Chromium; on "beforeunload" it is).
addEventListener("beforeunload", () => {
  if (!document.getElementById(ROOT_ID)) return;
  const [x, y] = openingLink ? [0, 0] : [scrollX, scrollY];
  history.replaceState(ScrollReturn.entryState(history.state, x, y), "");
  // Material's own listener, which ran before this one, hands the reload's scroll back to the browser.
  if (openingLink) history.scrollRestoration = "manual";
});
/** Whether the page is loading its address again to open a share link put there (reloadToOpenLink). */
let openingLink = false;

/**
 * Loads the address again to open the share link put in it, at the page's top where the link's notice is, as the
 * link opens in a new tab (a reader's review: pasted into this tab far down the form, it opened at the offset left
 * there, its notice and buttons out of sight). Neither the entry's offset nor the browser's restoration keeps it.
 */
function reloadToOpenLink() {
  openingLink = true;
  location.reload();
}
/** The key, in this tab's session storage, of the build a reload was last asked for (a loop would ask twice). */
const RELOADED_FOR = "scale-what:reloaded-for";

/**
 * A page of another build than the scripts and the engine running in this tab (a deploy, met by instant navigation)
 * is loaded again in full, so that page, scripts and engine are one build: true when the reload is under way. Not
 * when leaving would lose answers this visit could not save (a diff review: the browser asked "Leave site?", and the
 * page stayed without its listeners); then it runs as it is. Once per build in a tab: a page whose own script's
 * address never matches (a redirected asset) would otherwise load again and again.
 * @param {HTMLElement} root
 */
function reloadForItsBuild(root) {
  const urls = engine.urlsFrom(root);
  const ownScripts = [...document.scripts].some((script) => script.src === import.meta.url);
  if (ownScripts && !engine.runsAnotherBuild(urls)) return false;
  const build = `${import.meta.url} ${urls.wheel}`;
  try {
    if (leavingLoses() || sessionStorage.getItem(RELOADED_FOR) === build) return false;
    sessionStorage.setItem(RELOADED_FOR, build);
  } catch {
    return false; // no session storage: no guard against a loop, so no reload
  }
  location.reload();
  return true;
}

/** A page view: the questionnaire mounted when the page has one, what the last view mounted undone first. */
function showPage() {
  unmount?.();
  unmount = null;
  scrollReturn?.stop();
  scrollReturn = null;
  const entryState = entry?.path === location.pathname ? entry.state : null; // null: a link was followed
  entry = null;
  const root = document.getElementById(ROOT_ID);
  if (!root) {
    forgetRefusedLink();
    return;
  }
  if (reloadForItsBuild(root)) return;
  scrollReturn = new ScrollReturn(entryState, window);
  unmount = mount(root);
}

// Without Material's bundle (blocked, a deploy half done: an attack review saw this script throw), this load is the
// page's only view: the questionnaire is mounted once, without the instant navigation the bundle would bring.
if (documents) documents.subscribe(showPage);
else showPage();
