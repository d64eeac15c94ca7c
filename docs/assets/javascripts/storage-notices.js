// The answers this browser keeps, on the page: the form and the notices row around the answer keeper
// (answer-keeper.js). A shared link's banner ("Show my own answers", "Keep these instead"), the undo after a
// clear, a keep, "Show my own answers", a replace of a first link's edits or a load of another tab's answers,
// another tab's change, saved text that could not be read (kept aside: download it or delete it). The words are the
// page's own, in templates/tool/storage-notices.html.

import { byId, setText } from "./dom.js";
import { focusQuestion, readState, writeState } from "./form-state.js";
import { AnswerKeeper } from "./answer-keeper.js";
import { followUpQuestion } from "./follow-up-watch.js";
import { download } from "./keep-share.js";
import { isShareHash, nearShareMessage } from "./share-link.js";
import { isEmpty, laidOver, movedComplaints, sameState } from "./state.js";
import { NEWER_NOT_COPIED, NEWER_SAVED, NO_STORAGE } from "./saved-answers.js";
import { paintNoticeLeads } from "./live-view.js";

/** @typedef {import("./state.js").State} State */
/** @typedef {import("./tool-view.js").View} View */
/** @typedef {import("./saved-answers.js").Store} Store */
/** @typedef {"shared" | "shared-new" | "cleared" | "cleared-shared" | "cleared-pending" | "kept" | "kept-pending" | "kept-unsaved" | "own-back" | "replaced" | "undone" | "other-tab" | "unsaved-here" | "other-loaded" | "other-unread" | "aside" | "follow-up-cleared" | "follow-up-back" | "restored" | "note" | "given-back"} NoticeName */

/**
 * Write each of ``words`` into the notice's element of the same slot (a null leaves the slot as it is).
 * @param {HTMLElement} box
 * @param {Record<string, string | null>} words
 */
function fillSlots(box, words) {
  for (const [slot, text] of Object.entries(words)) {
    const span = box.querySelector(`[data-slot="${slot}"]`);
    if (span && text !== null) span.textContent = text;
  }
}

/** Said in a shared link's banner when the link holds no complaints. */
const LINK_NO_COMPLAINTS = "The link holds no complaints: its sender's, if any, are not in the result.";
/** The file name of the unreadable saved text, downloaded as it was stored. */
const ASIDE_FILE = "scale-what-unreadable-answers.txt";

/** The saving line while another tab's change waits for the reader's choice (the keeper writes nothing meanwhile). */
const WAITING = "Nothing is saved in this browser until you choose what to do with the other tab's change (above).";
// A shared link's answers are shown and nothing was saved since (a reader's review: the line said "saved as you go"
// under the notice that says nothing is saved).
const SHARED_UNSAVED = "The shared answers are not saved in this browser until you change one or keep them (above).";
const SHARED_BESIDE = "The shared answers are not saved in this browser until you change one or keep them; your own stay saved.";
/** "Keep these instead" over a link that carried no complaints: the reader's own stay. */
const COMPLAINTS_KEPT = "Your own complaints are kept: the link carried none.";
// Once changed, they are (a reader's review: the line still said they were not).
const SHARED_SAVED_BESIDE = "Your changes to the shared answers are saved in this browser, beside your own answers.";

/** A share link put in the address while the answers shown could not be saved: opening it would lose them. */
export const LINK_NOT_OPENED = "The share link in the address was not opened: the answers in this tab are not saved, and opening it would replace them. Keep them first (see the notices here), then open the link again.";
/** Said with "Your own answers are back" when the link's answers had been changed and saved beside them. */
const LINK_EDITS_SET_ASIDE = "The shared answers, with your changes to them, are no longer kept: Undo brings them back.";

/** Said of a share link that came with "?answers=" (engine-early.js moved it to the fragment). */
export const LINK_WAS_SENT = "This share link came with “?answers=” where it should have “#answers=” (a mail or chat program, or a redirect, can change it), so your browser sent what it holds in its request for this page: the site's server can have seen its answers, and its complaints if it has any. The page reads it as a share link (anything it could not use is said here) and has taken it out of the address. Ask for a link that keeps its “#”: the part after it never leaves the browser.";
/** Said of a share link whose "#" became "%23" (the site's 404 page sent it here with its "#" back). */
export const LINK_SENT_IN_PATH = "This share link came with “%23answers=” where it should have “#answers=” (a mail or chat program can change it), so your browser sent what it holds in its request for a page: the site's server can have seen its answers, and its complaints if it has any. The page reads it as a share link (anything it could not use is said here). Ask for a link that keeps its “#”: the part after it never leaves the browser.";
/** Said of more than one share link after "?": the first is opened, the others left the address with it. */
export const LINK_SENT_MORE = `${LINK_WAS_SENT} It held more than one share link: only the first was read, and the others are out of the address too. To see another, open it from where you found it.`;
/** Said of answers after "?answers=" beside a share link's own (engine-early.js took them out of the address). */
export const LINK_SENT_BESIDE = "This address also held answers after “?answers=”, so your browser sent them in its request for this page: the site's server can have seen them. They are taken out of the address; the share link after “#answers=” is the one opened.";
/** Answers inside another value of the address's query (after "?"), which the page does not open (engine-early.js). */
export const LINK_SENT_UNREAD = "This address held a share link's answers after “?”, inside another part of the address, so your browser sent them in its request for this page: the site's server can have seen them, and their complaints if they had any. The page did not open them, as they were not where a share link puts them, and has taken them out of the address; the form shows what this browser had kept, if anything. Ask for a share link that keeps its “#”: the part after it never leaves the browser.";
/** The notices whose Undo an action ends. */
/** @type {NoticeName[]} */
const UNDO_NOTICES = ["cleared", "cleared-shared", "cleared-pending", "kept", "kept-pending", "kept-unsaved", "own-back", "replaced", "other-loaded", "other-unread"];

// One keeper per visit: leaving the page through the site's own links (instant navigation) and coming back
// finds the answers as they were, saved or not.
/** @type {AnswerKeeper | null} */
let visitKeeper = null;

// A share link refused on this page (linkNotOpened), until the next page view or the reader's next action: Material
// swaps the page in again for the paste, and the page view it mounts said nothing when the address was already put
// back (the flaky test of stop 43: under load, the swap came after it).
let refusedLink = "";

/** Another page is shown: a refusal said on the questionnaire is not said again when the reader comes back. */
export function forgetRefusedLink() {
  refusedLink = "";
  removeEventListener("click", forgetOnLink, { capture: true });
}

/** @param {MouseEvent} event a click: on a link, the reader goes elsewhere, and the refusal is not said there */
function forgetOnLink(event) {
  if (event.target instanceof Element && event.target.closest("a[href]")) forgetRefusedLink();
}

/**
 * Leaving (a reload, another site, the tab closed) while the answers could not be saved, or wait on the reader's
 * choice after another tab's change: the browser asks first (attack reviews: five long complaints, too long to save,
 * were gone after a reload with no word; so were a tab's answers that waited on that choice). Once per visit, as the
 * keeper: the site's own links keep the answers in the page, and leaving the site from a guide page lost them just
 * the same (another attack review).
 */
let leavingGuarded = false;
function guardLeaving() {
  if (leavingGuarded) return;
  leavingGuarded = true;
  addEventListener("beforeunload", (event) => {
    if (leavingLoses()) event.preventDefault();
  });
}

/** A complaint given back beside its box stands on the page, its text nowhere else (movedNote). */
const givenBack = () => document.querySelector('[data-sw-notice-shown="given-back"] .sw-displaced') !== null;

/** Whether leaving the page now would lose answers this visit could not save, or a complaint given back beside its box
 * (the browser would ask first). */
export const leavingLoses = () => Boolean(visitKeeper?.leavingLoses) || givenBack();

/** Whether this document came from a fresh load (not a reload, not history), where the browser restores no input. */
function freshLoad() {
  const entry = performance.getEntriesByType("navigation")[0];
  return !(entry instanceof PerformanceNavigationTiming) || entry.type === "navigate";
}

/**
 * What the reader put into the form before this script ran. On a fresh load, the whole form; on a reload or a step
 * back in history, only the controls the reader changed (the page's head script noted them: engine-early.js), since
 * the others may hold a browser's copy of the page's earlier input, older than what another tab has saved since.
 * @param {View} view
 * @returns {State | null}
 */
function typedBeforeMount(view) {
  const form = readState(view);
  const touched = /** @type {{scaleWhatTouched?: Set<string>}} */ (/** @type {unknown} */ (window)).scaleWhatTouched;
  const before = touched ? new Set(touched) : null;
  touched?.clear(); // read once, at the first mount: a later one (instant navigation) has no such gap
  if (freshLoad()) return form;
  if (!before?.size) return null;
  const { boxes } = view.contract;
  return {
    answers: Object.fromEntries(Object.entries(form.answers).filter(([question]) => before.has(question))),
    complaints: form.complaints.map((text, i) => (before.has(boxes[i]?.text ?? "") ? text : "")),
    overrides: Object.fromEntries(Object.entries(form.overrides).filter(([i]) => before.has(boxes[Number(i)]?.override ?? ""))),
  };
}

export class StorageNotices {
  /**
   * Reads the saved answers and a share link's (then takes the link off the address, once its answers are kept
   * elsewhere: showBanner), fills the form and shows what the reader needs to know. `refresh` asks the engine again
   * after the form changed.
   * @param {View} view
   * @param {Store | null} store
   * @param {() => void} refresh
   */
  constructor(view, store, refresh) {
    this.view = view;
    this.refresh = refresh;
    /** Whether this browser allows saving at all: where it does not, the saving line says so whatever is done. */
    this.canSave = store !== null;
    /** The questionnaire's path: the address is this page's only while it has it (afterJump). */
    this.path = location.pathname;
    /** The share link this page view opened ("" if none): a jump back to it is not a new link (tool-page.js). */
    this.openedHash = isShareHash(location.hash) ? location.hash : "";
    /** A share link this page view refused (its answers could not be saved): said once per paste. */
    this.refusedHash = "";
    // The form is on screen before this script runs: what the reader did there meanwhile is theirs, not overwritten.
    const typed = typedBeforeMount(view);
    /** @type {string[]} */
    let notes = [];
    const hash = location.hash;
    // A share link in the address opens as a load does, unless it is the one this visit opened already (back on it
    // through the site's links), or the answers shown could not be saved: opening it then would lose them (an attack
    // review: text too long to save, or typed while another tab's change waited, was gone without a word).
    const newLink = isShareHash(hash) && hash !== visitKeeper?.openedLink;
    const refused = refusedLink;
    forgetRefusedLink();
    let firstView = false;
    if (!visitKeeper || (newLink && !visitKeeper.leavingLoses)) {
      visitKeeper = new AnswerKeeper(store, view.contract);
      notes = visitKeeper.open(hash);
      firstView = true;
    } else if (newLink) {
      notes = [LINK_NOT_OPENED];
      // Not opened: neither a link of this page view (a paste of it once the answers are kept opens it) nor in the
      // address after showBanner (a diff review: it was taken as opened, and a second paste did nothing).
      this.openedHash = "";
      this.refusedHash = hash;
    } else if (refused && visitKeeper.leavingLoses) {
      notes = [LINK_NOT_OPENED]; // the page swapped in for a paste refused, the address already put back
      this.refusedHash = refused;
    }
    this.keeper = visitKeeper;
    // Back on the page after a visit elsewhere on the site: another tab may have saved meanwhile.
    const changedMeanwhile = this.keeper.otherTabChanged(null, this.keeper.readText());
    const global = /** @type {{scaleWhatLinkInQuery?: string}} */ (/** @type {unknown} */ (window));
    // Once, and only on the page view whose address holds the link moved (an attack review: left before the page's
    // script ran, and back through the site's links, it was said of no link).
    const sent = global.scaleWhatLinkInQuery;
    const said =
      { beside: LINK_SENT_BESIDE, path: LINK_SENT_IN_PATH, unread: LINK_SENT_UNREAD, "moved-more": LINK_SENT_MORE }[
        sent ?? ""
      ] ?? LINK_WAS_SENT;
    // Answers not opened are said with no link in the address (there is none to open).
    if (sent === "unread" || (sent && isShareHash(hash))) notes.unshift(said);
    delete global.scaleWhatLinkInQuery;
    // A mistyped link is said on every page view whose address holds it: Material swaps in a new page view when one
    // is pasted into the address bar, which opens no link (an attack review: the first paste was said nowhere).
    const near = nearShareMessage(hash);
    for (const text of notes) if (text !== near) this.note(text);
    if (near) this.nearNote(near);
    this.showBanner();
    // A link in the address that was not read is said above the banner of the answers still shown (a reader's
    // review: "This share link is damaged" was off a phone's first screen, under "These answers were shared").
    const banner = this.view.notices.querySelector('[data-sw-notice-shown="shared"]');
    if (banner && notes.length > 0 && isShareHash(hash) && this.keeper.linkHash !== hash) this.view.notices.append(banner);
    this.showAside();
    if (changedMeanwhile || this.keeper.conflict) this.showOtherTab();
    this.fill();
    // The reader's own saved answers filled in on a visit's first view, with no link over them: said at the top, with
    // the way to start over (a reader's review on a phone: they came back without a word, and "Clear my answers" was
    // 21 screens down). Not on a reload nor a step back in history, which come back where the reader was: the notice
    // above would move it (a CI run: 119 px) and say "last visit" of this one.
    // Not under a shared link's banner, which says what is shown: "your answers" would say the opposite (a reader's
    // review, back after editing a link's answers).
    const ownShown = !isShareHash(hash) && !this.keeper.sharing;
    if (firstView && freshLoad() && ownShown && !isEmpty(this.keeper.shown, view.contract)) {
      this.view.notices.append(this.make("restored"));
    }
    /** The answers the form was filled with, before what the reader changed meanwhile is laid over them. */
    this.filledWith = this.keeper.shown;
    // Back on the page within the visit: still not saved, still said; and where the browser allows no saving at all,
    // the line says so from the start (an attack review: it said "saved as you go" until the first edit).
    this.status(this.keeper.unsavedWhy);
    if (typed && !isEmpty(typed, this.view.contract)) {
      const laid = laidOver(this.keeper.shown, typed, this.view.contract);
      writeState(view, laid);
      for (const moved of movedComplaints(this.keeper.shown, laid, this.view.contract)) this.movedNote(moved);
      // Saved by the keeper's rules, as any edit (over a link's answers: told, with an undo), with what the saved
      // answers say of their follow-up answer, unless the reader answered that question meanwhile.
      const followUp = followUpQuestion(view.contract)?.id;
      const kept = followUp !== undefined && Object.hasOwn(typed.answers, followUp) ? null : this.keeper.followUpFor;
      this.edited(readState(view), kept);
    }
    /** @param {StorageEvent} event */
    this.onStorage = (event) => {
      if (event.storageArea !== null && event.storageArea !== store) return;
      if (this.keeper.otherTabChanged(event.key, event.newValue)) this.showOtherTab();
    };
    addEventListener("storage", this.onStorage);
    guardLeaving();
    view.notices.addEventListener("click", (event) => this.act(event));
  }

  /** Stop listening (the page view is left). */
  unmount() {
    removeEventListener("storage", this.onStorage);
  }

  /**
   * The form changed: the keeper saves it by its rules; a sentence when it could not.
   * @param {State} state
   * @param {string | null} [followUpFor] the failure its follow-up answer was given for, when known
   */
  edited(state, followUpFor = null) {
    if (sameState(state, this.keeper.shown)) {
      // Only what the page knows of the follow-up's answer changed: saved with the answers, no edit of the reader's
      // (a CI run: "Show my own answers" lost its Undo to it).
      this.keeper.noteFollowUpFor(followUpFor);
      return;
    }
    const unread = this.keeper.unreadStored;
    this.status(this.keeper.edit(state, followUpFor));
    if (unread && !this.keeper.unreadStored) this.dropNewerNotes(); // replaced now: no longer "they stay saved"
    if (this.keeper.conflict) this.unsavedHere();
    this.showBanner(); // a link's answers, edited, are the reader's own now
    if (this.keeper.tookReplaced()) {
      this.removeNotices(UNDO_NOTICES);
      this.show("replaced"); // the reader is typing: told, not moved
    } else if (!this.keeper.undoable?.lasting) {
      this.removeNotices(UNDO_NOTICES); // their undo would throw the edit away
    }
  }

  /** "Clear my answers": the form emptied, with an undo; while a link's answers are shown, only they go. */
  clear() {
    const sharing = this.keeper.sharing;
    this.status(this.keeper.clear());
    this.removeNotices([...UNDO_NOTICES, "undone", "note", "restored"]);
    this.showBanner();
    this.fill();
    this.refresh();
    // While another tab's change waits, nothing was written: the notice says so (the keeper's `conflict`).
    const name = this.keeper.tookReplaced()
      ? "replaced"
      : sharing ? "cleared-shared" : this.keeper.conflict ? "cleared-pending" : "cleared";
    this.show(name).querySelector("button")?.focus();
  }

  /** @param {Event} event */
  act(event) {
    const button = event.target instanceof Element ? event.target.closest("[data-sw-action]") : null;
    if (!(button instanceof HTMLElement)) return;
    const notice = button.closest("[data-sw-notice-shown]");
    const action = button.dataset.swAction;
    if (action === "download-aside") {
      if (this.keeper.aside !== null) download(ASIDE_FILE, "text/plain", this.keeper.aside); // the notice stays
      return;
    }
    notice?.remove();
    if (action === "clear") { // the restored notice's: the page's own "Clear my answers", with its undo
      const clearAll = this.view.root.querySelector(`#${this.view.contract.elements.clear_all}`);
      if (clearAll instanceof HTMLElement) clearAll.click();
    } else if (action === "own") {
      const edited = this.keeper.storedBeside; // the link's answers, changed, were saved beside the reader's own
      this.status(this.keeper.showOwn());
      // The link left for the reader's own answers is no longer one this page shows: pasted again, it opens again (an
      // attack review: taken for a jump back to it, it was ignored without a word, and the Undo went with it).
      this.openedHash = "";
      this.keeper.openedLink = "";
      this.changed(this.keeper.tookReplaced() ? "replaced" : "own-back");
      // What became of the changes made to the link's answers, which the notice said were saved (a reader's review).
      const said = this.view.notices.querySelector('[data-sw-notice-shown="own-back"] p');
      if (said && edited) said.append(` ${LINK_EDITS_SET_ASIDE}`);
    } else if (action === "keep") {
      this.status(this.keeper.keepShown());
      const kept = this.keeper.conflict ? "kept-pending" : this.keeper.unsaved || !this.canSave ? "kept-unsaved" : "kept";
      const shown = this.keeper.tookReplaced() ? "replaced" : kept;
      this.changed(shown);
      // Said in whichever notice the keep brought (a diff review: the "replaced" one left it out).
      const said = this.view.notices.querySelector(`[data-sw-notice-shown="${shown}"] p`);
      if (said && this.keeper.complaintsKept) said.append(` ${COMPLAINTS_KEPT}`);
    } else if (action === "undo") {
      this.status(this.keeper.undo());
      this.changed("undone");
    } else if (action === "delete-aside") {
      this.keeper.deleteAside();
      this.dropNewerNotes(); // deleted with the copy aside
      focusQuestion(this.view, this.view.contract.deciding);
    } else if (action === "load") {
      this.removeNotices(["unsaved-here"]);
      const notes = this.keeper.loadOther();
      this.status(this.keeper.unsavedWhy);
      // What the other tab saved could not be read (set aside now, or a newer build's left in place): not "shown"
      // (read in part, it is shown, and what was left out is said in a note).
      this.changed(this.keeper.undoable ? (this.keeper.unreadLast ? "other-unread" : "other-loaded") : null);
      for (const text of notes) this.note(text);
      this.showAside();
    } else if (action === "mine") {
      this.removeNotices(["unsaved-here"]);
      this.status(this.keeper.keepMine());
      this.showBanner(); // saved now: a link kept in the address while they were not goes (a diff review)
      if (this.keeper.tookReplaced()) this.show("replaced").querySelector("button")?.focus();
      // The notice and its button are gone: the focus goes where "changed" (below) puts it.
      if (!this.view.notices.contains(document.activeElement)) focusQuestion(this.view, this.view.contract.deciding);
    }
  }

  /**
   * The keeper's answers into the form, the banner as the keeper says, a notice, the engine asked again.
   * @param {NoticeName | null} name
   */
  changed(name) {
    this.removeNotices([...UNDO_NOTICES, "undone", "restored"]);
    // Other answers in the form: a complaint given back stays to copy, but no longer swaps into these (a diff review).
    for (const swap of this.view.root.querySelectorAll("[data-sw-swap]")) swap.closest("p")?.remove();
    this.fill();
    this.showBanner();
    if (name) this.show(name).querySelector("button")?.focus();
    if (!name || !this.view.notices.contains(document.activeElement)) focusQuestion(this.view, this.view.contract.deciding);
    this.refresh();
  }

  /**
   * The keeper's answers into the form, and back as the form holds them (a text box turns "\r\n" into "\n"), so
   * showing answers is never mistaken for an edit.
   */
  fill() {
    writeState(this.view, this.keeper.shown);
    this.keeper.shown = readState(this.view);
  }

  /**
   * The shared link's banner while the keeper shows answers other than the reader's own (or, to a reader who had
   * none, a link's answers not saved yet), and the link in the page's address only while its answers are shown and
   * saved nowhere else: a reload or a bookmark keeps them. Once they are saved (an edit, a keep) or set aside, it goes:
   * a reload then shows what was saved, not the link over it again.
   */
  showBanner() {
    /** @type {[NoticeName, boolean][]} */
    const banners = [["shared", this.keeper.sharing], ["shared-new", this.keeper.linkUnsaved && !this.keeper.sharing]];
    for (const [name, wanted] of banners) {
      const banner = this.view.notices.querySelector(`[data-sw-notice-shown="${name}"]`);
      if (wanted && !banner) {
        const box = this.make(name);
        // A reader's review: a link made without its sender's complaints showed another under-invested type, and
        // nothing on the page said complaints were left out. Said of the link as it came, whatever the reader changed
        // since (a later attack review).
        if (this.keeper.linkHeldComplaints === false) box.querySelector("p")?.append(` ${LINK_NO_COMPLAINTS}`);
        this.view.notices.prepend(box);
        paintNoticeLeads(this.view); // the recommendation for the link's answers, when the engine has one
      }
      else if (!wanted) banner?.remove();
    }
    if (isShareHash(location.hash) && !this.keeper.linkHash) {
      history.replaceState(history.state, "", location.pathname + location.search);
    } else if (this.keeper.linkHash && location.hash !== this.keeper.linkHash) {
      // Back on the questionnaire through the site's own links (one visit, one keeper), or a jump within the page
      // (a heading's link, "Skip to content", a Change link) that took the link's place: the link again.
      history.replaceState(history.state, "", location.pathname + location.search + this.keeper.linkHash);
    }
  }

  /**
   * The address's fragment changed on this page (a jump within it, Back or Forward): a link's answers kept nowhere
   * else go back in the address (showBanner). A new share link there is the page's to open (tool-page.js loads the
   * address again).
   */
  afterJump() {
    // Back or Forward to another page fires popstate here too, before that page is swapped in: its address is not
    // this page's to change.
    if (location.pathname === this.path && (!isShareHash(location.hash) || this.opened(location.hash))) this.showBanner();
  }

  /**
   * Whether `hash` is a share link this visit opened already (this page view, or an earlier one of the same visit
   * through the site's links): back on it is a jump, not a new link.
   * @param {string} hash
   */
  opened(hash) {
    return hash === this.openedHash || hash === this.keeper.openedLink;
  }

  /**
   * A share link put in this tab's address while its answers could not be saved: not opened (opening it loads the
   * page again, which would lose them), and said; the address goes back to what it held.
   * @param {string} hash
   */
  linkNotOpened(hash) {
    if (hash !== this.refusedHash) this.note(LINK_NOT_OPENED); // the hashchange and the popstate of one paste: once
    this.refusedHash = hash;
    // Said again by the page view Material swaps in for the paste; not by one a link leads to (a diff review: the
    // questionnaire reached by its menu entry said it again), nor once the reader follows any link.
    refusedLink = hash;
    addEventListener("click", forgetOnLink, { capture: true });
    // The address goes back to what it held, so the same link pasted again, once the answers are kept, is a change of
    // the address the page hears (a diff review: it stayed, and a second paste did nothing). After this event's other
    // listeners: Material's instant navigation, reading an address changed beyond the fragment, loads the page anew.
    setTimeout(() => {
      if (location.hash === hash) history.replaceState(history.state, "", location.pathname + location.search + this.keeper.linkHash);
    }, 0);
  }

  /** The notice about unreadable saved text kept aside, while there is some. */
  showAside() {
    // Gone with the text aside (a diff review: left on the page, its "Delete it" deleted another tab's copy).
    if (this.keeper.aside === null) this.removeNotices(["aside"]);
    else if (!this.view.notices.querySelector('[data-sw-notice-shown="aside"]')) this.show("aside");
  }

  showOtherTab() {
    this.removeNotices(["other-tab"]);
    this.show("other-tab");
    this.status(this.keeper.unsavedWhy); // the saving line: nothing is saved meanwhile
  }

  /**
   * The follow-up's answer was cleared (follow-up-watch.js): what it compared (null: not known, the answer read back),
   * what is named now, and a button that puts it back (the page's own listener does). One such notice at a time.
   * @param {{prompt: string, from: string | null, to: string}} words
   */
  followUpCleared(words) {
    this.removeNotices(["follow-up-cleared", "follow-up-back"]);
    const box = this.make("follow-up-cleared");
    box.querySelector(words.from === null ? "[data-sw-known-from]" : "[data-sw-unknown-from]")?.remove();
    fillSlots(box, words);
    this.view.followUpNotice.append(box); // where the reader has just made a change (tool-page.js places it)
  }

  /**
   * A cleared follow-up answer put back, the failure it compared named again (a reader's review: it came back without
   * a word, after the page had said it was cleared). Where the cleared notice was.
   * @param {{prompt: string, answer: string, failure: string}} words
   */
  followUpBack(words) {
    this.removeNotices(["follow-up-cleared", "follow-up-back"]);
    const box = this.make("follow-up-back");
    fillSlots(box, words);
    this.view.followUpNotice.append(box);
  }

  /**
   * Under the question being changed while another tab's change waits: not saved, and a way to the choice (the
   * other-tab notice's first button). Moved only when the reader is at another question: a live region written
   * again at each key would be announced again.
   */
  unsavedHere() {
    const field = document.activeElement?.closest("fieldset");
    if (!field || !this.view.form.contains(field)) return;
    if (field.nextElementSibling?.matches('[data-sw-notice-shown="unsaved-here"]')) return;
    this.removeNotices(["unsaved-here"]);
    const box = this.make("unsaved-here");
    box.querySelector('[data-sw-action="go-to-choice"]')?.addEventListener("click", () => {
      const choice = this.view.notices.querySelector('[data-sw-notice-shown="other-tab"] button');
      if (choice instanceof HTMLElement) choice.focus(); // the browser scrolls it into view
    });
    field.after(box);
  }

  /**
   * A note in the notices, its box returned.
   * @param {string} text
   */
  note(text) {
    const box = this.make("note");
    const paragraph = box.querySelector("p");
    if (paragraph) paragraph.textContent = text;
    this.view.notices.append(box);
    return box;
  }

  /**
   * Beside a complaint box the reader typed into before the script ran, where a complaint they could not see yet was
   * (a reader's review: said only at the top of the page, screens away, and "every box was full" of boxes they saw
   * empty): where that complaint went, or, no box being free, its text to copy, with a button that puts it back in the
   * box (what the box holds then takes its place in the note). Kept from a page translator, as every complaint shown.
   * The text given back is nowhere else: its note stays through a clear, the browser asks before the page is left
   * while it stands (`givenBack`), and its button goes once the form shows other answers (a diff review: it then
   * swapped a link's complaint into the reader's own).
   * @param {{box: number, to: number | null, text: string}} moved
   */
  movedNote({ box, to, text }) {
    const field = document.getElementById(this.view.contract.boxes[box]?.text ?? "");
    const place = field?.closest(".sw-complaint");
    if (!(field instanceof HTMLTextAreaElement) || !place) return;
    const whose = this.keeper.sharing || this.keeper.linkUnsaved ? "a complaint from the shared link" : "a saved complaint";
    const held = `Complaint ${box + 1} held ${whose} you could not see yet (the page was still loading)`;
    if (to !== null) {
      place.after(this.note(`${held}: what you typed there stays, and that one is now complaint ${to + 1}.`));
      return;
    }
    const note = this.note(
      `${held}, and no box was free, so what you typed there took its place. The other one is here, to copy, or to ` +
        "put back in the box (what the box holds then comes here): ",
    );
    note.dataset.swNoticeShown = "given-back"; // not a note the next clear takes away
    note.setAttribute("role", "status"); // said where the reader is typing, as the note under a question is
    const quote = document.createElement("q");
    quote.translate = false;
    quote.className = "sw-displaced";
    quote.textContent = text;
    note.querySelector("p")?.append(quote);
    const swap = document.createElement("button");
    swap.type = "button";
    swap.className = "md-button";
    swap.dataset.swSwap = "";
    swap.textContent = `Put this one in complaint ${box + 1}`;
    swap.addEventListener("click", () => {
      const inBox = field.value;
      field.value = quote.textContent ?? "";
      quote.textContent = inBox;
      field.dispatchEvent(new Event("input", { bubbles: true })); // read and saved as the reader's own edit
    });
    const actions = document.createElement("p");
    actions.className = "sw-notice__actions";
    actions.append(swap);
    note.append(actions);
    place.after(note);
  }

  /**
   * What a mistyped share link in the address is: one note, in place of one said of an earlier address (an attack
   * review: each paste added three, as every jump event said it again).
   * @param {string} text
   */
  nearNote(text) {
    const shown = this.view.notices.querySelector("[data-sw-near]");
    if (shown?.textContent?.trim() === text) return;
    shown?.remove();
    this.note(text).dataset.swNear = "";
  }

  /** Take away the note about a newer build's saved answers, once it is no longer true. */
  dropNewerNotes() {
    for (const box of this.view.notices.querySelectorAll('[data-sw-notice-shown="note"]')) {
      const text = box.textContent?.trim();
      if (text === NEWER_SAVED || text === NEWER_NOT_COPIED) box.remove();
    }
  }

  /**
   * @param {NoticeName} name
   * @returns {HTMLElement}
   */
  show(name) {
    const box = this.make(name);
    // An Undo only while the keeper has something to bring back ("Show my own answers" over an unedited link).
    if (!this.keeper.undoable) box.querySelector('[data-sw-action="undo"]')?.closest("p")?.remove();
    this.view.notices.append(box);
    return box;
  }

  /**
   * A copy of the notice's template, marked with its name.
   * @param {NoticeName} name
   * @returns {HTMLElement}
   */
  make(name) {
    const template = this.view.root.querySelector(`template[data-sw-notice="${name}"]`);
    const box = template instanceof HTMLTemplateElement ? template.content.firstElementChild?.cloneNode(true) : null;
    if (!(box instanceof HTMLElement)) throw new Error(`the tool's markup has no notice template "${name}"`);
    box.dataset.swNoticeShown = name;
    return box;
  }

  /** @param {NoticeName[]} names */
  removeNotices(names) {
    for (const box of this.view.root.querySelectorAll("[data-sw-notice-shown]")) {
      if (box instanceof HTMLElement && names.includes(/** @type {NoticeName} */ (box.dataset.swNoticeShown))) box.remove();
    }
  }

  /**
   * The saving line under the share and download buttons: why the answers shown could not be saved, that a shared
   * link's answers are not saved yet, or (no message) the template's own sentence that they are saved as the reader
   * goes. A copy or a download writes its
   * own status beside it, and leaves this line alone.
   * @param {string} message
   */
  status(message) {
    const line = byId(this.view.root, this.view.contract.elements.save_status, HTMLElement);
    // No message is "saved as you go" only where something was written: not where the browser allows no saving, nor
    // while another tab's change waits (a review: the line said "saved" beside "This tab saves nothing").
    const why = message || (!this.canSave ? NO_STORAGE : this.keeper.conflict ? WAITING : "");
    const beside = this.keeper.storedBeside && !this.keeper.linkHash ? SHARED_SAVED_BESIDE : SHARED_BESIDE;
    const shared = this.keeper.sharing ? beside : this.keeper.linkUnsaved ? SHARED_UNSAVED : "";
    const text = why || shared || (line.dataset.swSaved ?? "");
    setText(line, text); // a line rewritten with the same words is announced again
    line.classList.toggle("sw-keep__saving--refused", why !== "");
  }
}
