// One storage model for the questionnaire: what the form shows, the reader's own answers, and what this browser
// keeps. Pure logic over a Storage (saved-answers.js takes it as an argument), no DOM: node --test runs it.
//
// The rules, each one a promise to the reader:
// - The reader's own answers are never lost to a share link: opening one shows its answers and writes nothing
//   until the reader edits them or chooses to keep them; then the own answers are saved beside them (`previous`
//   in the saved document) until the reader picks one set ("Show my own answers" or "Keep these instead"). A reader
//   with no answers of their own has nothing set aside: the link's answers are shown as theirs to change or keep,
//   still unsaved (`linkUnsaved`). While a link's answers are shown and saved nowhere, over the reader's own answers
//   or not, the page leaves the link in its address (`linkHash`), so a reload or a bookmark keeps them.
// - Clearing can be undone: everything shown (answers, complaints, category choices) comes back. A clear while
//   a shared link's answers are shown clears those, never the reader's own.
// - Nothing the reader entered is replaced without an undo: "Keep these instead", "Show my own answers" and "Load
//   the other tab's answers" can be undone, and when a second link is opened over a first link's edited answers (saved beside the reader's own),
//   the first write that replaces those edits (an edit, a clear, a keep) offers their undo ("replaced"); that undo
//   lasts while the reader goes on editing, since every keystroke is an edit.
// - Another tab's change is never overwritten silently: this tab stops saving until the reader loads the other
//   tab's answers or keeps this tab's.
// - Saved text this page cannot read is kept aside, whole, until the reader deletes it (`aside`, `deleteAside`).

import { STORAGE_KEY, documentText, holdsEntry, load, remove, removeAside, restore, save } from "./saved-answers.js";
import { isShareHash, nearShareMessage, readShare } from "./share-link.js";
import { emptyState, hasComplaint, isEmpty, sameState } from "./state.js";

/** A share link holding exactly the answers saved in this browser. */
export const LINK_IS_YOURS = "The share link holds the same answers as those saved in this browser: they are shown as yours.";

/** @typedef {import("./contract.js").Contract} Contract */
/** @typedef {import("./state.js").State} State */
/** @typedef {import("./saved-answers.js").Store} Store */
/**
 * @typedef {{shown: State, own: State | null, lasting?: boolean, stored?: string | null, followUpFor?: string | null, ownFollowUpFor?: string | null}}
 *   Snapshot `lasting`: an edit does not end its undo; `stored`: the saved text before a clear removed it;
 *   `followUpFor`, `ownFollowUpFor`: the failure the follow-up answer shown, and the reader's own, was given for, as
 *   known then
 */

export class AnswerKeeper {
  /**
   * @param {Store | null} store
   * @param {Contract} contract
   */
  constructor(store, contract) {
    this.store = store;
    this.contract = contract;
    /** What the form shows. */
    this.shown = emptyState(contract);
    /** The failure (a deciding answer) the follow-up's answer shown was given for, when known: saved with the answers,
     * so a reload knows it (follow-up-watch.js); null for a link's answers, or when nothing records it. */
    /** @type {string | null} */
    this.followUpFor = null;
    /** The reader's own answers while other answers (a shared link's) are shown; null when the form shows them. */
    /** @type {State | null} */
    this.own = null;
    /** The same as `followUpFor`, of the reader's own answers kept while a link's are shown: saved beside them, so
     * "Show my own answers" knows it (a storage attack: it was lost, and the follow-up's answer cleared). */
    /** @type {string | null} */
    this.ownFollowUpFor = null;
    /** What was there before the last clear, "keep these instead", "show my own answers", replace or load of another
     * tab's answers, for its undo. */
    /** @type {Snapshot | null} */
    this.undoable = null;
    /** A first link's edited answers (and the reader's own) saved when this page opened another link over them:
     * the first write replaces them, and then offers their undo. */
    /** @type {Snapshot | null} */
    this.replaceable = null;
    /** A write has just replaced them: the page offers the undo (`tookReplaced` reads it once). */
    this.replaced = false;
    /** The text this tab last read or wrote under the key: another tab's change differs from it. */
    /** @type {string | null} */
    this.known = null;
    /** Another tab changed the saved answers and the reader has not chosen yet: nothing is written meanwhile. */
    this.conflict = false;
    /** Whether the saved document holds a shared link's answers beside the reader's own. */
    this.storedBeside = false;
    /** The last "Keep these instead" kept the reader's own complaints (the link carried none). */
    this.complaintsKept = false;
    /** The link opened over the reader's own answers carried complaints: keeping it takes theirs, even if emptied. */
    this.linkHadComplaints = false;
    /** Whether the share link this keeper opened held complaints; null when it opened none (its banner says so). */
    /** @type {boolean | null} */
    this.linkHeldComplaints = null;
    /** The share link this keeper opened ("" if none): the page, back on that address within the visit, keeps this
     * keeper rather than opening the link again over what the reader did since. */
    this.openedLink = "";
    /** The saved text is a newer build's, left in place unread until this page writes (a copy aside, storage
     * permitting). */
    this.unreadStored = false;
    /** Saved text this page could not read, kept aside until the reader deletes it; null when there is none. */
    /** @type {string | null} */
    this.aside = null;
    /** A link's answers are shown to a reader who had none of their own, and nothing has been saved since. */
    this.linkUnsaved = false;
    /** The fragment of the link whose answers are shown and saved nowhere (over the reader's own answers or not), or
     * "": the page keeps it in its address, so a reload shows them again (a reader's review: over saved answers, the
     * link left the address at once and a reload dropped the shared answers). */
    this.linkHash = "";
    /** Why the last write failed (too long to save, the storage full or off), or "": the answers shown then live on
     * this page only. */
    this.unsavedWhy = "";
    /** Whether the saved text may be written again as this page writes it when the page opens (not when it was cut
     * down to fit and could not be kept aside). */
    this.rewritable = true;
    /** Whether the last read of the saved answers found text it could not read as answers at all. */
    this.unreadLast = false;
  }

  /** The last write failed: leaving the page would lose the answers shown. */
  get unsaved() {
    return this.unsavedWhy !== "";
  }

  /** Leaving the page now would lose the answers shown: the last write failed, or another tab's change waits while
   * this tab shows other answers (nothing is written meanwhile; an attack review: what was typed then, and this tab's
   * own answers, were gone after a reload, with no word). */
  get leavingLoses() {
    if (this.unsaved) return true;
    if (!this.conflict) return false;
    const [state, previous] = this.target();
    if (previous === null && isEmpty(state, this.contract)) return false; // nothing shown, nothing to lose
    return this.textOf(state, previous) !== this.known;
  }

  /** A shared link's answers (or answers other than the reader's own) are shown. */
  get sharing() {
    return this.own !== null;
  }

  /**
   * Arrival: the saved answers, then a share link's over them. The link's answers are shown, the reader's own
   * kept aside; nothing is written. Returns the sentences to show (what could not be read, what was left out).
   * @param {string} hash the address's fragment
   * @returns {string[]}
   */
  open(hash) {
    this.openedLink = isShareHash(hash) ? hash : "";
    const notes = this.reload();
    const near = nearShareMessage(hash);
    if (near) notes.push(near);
    if (!isShareHash(hash)) {
      // Saved answers of an older version or rubric are written again as this page writes them (once).
      const [state, previous] = this.target();
      const empty = previous === null && isEmpty(state, this.contract);
      const differs = this.known !== this.textOf(state, previous);
      if (this.known !== null && !empty && this.rewritable && differs) this.persist();
    } else {
      const shared = readShare(this.contract, hash);
      // A link that gives nothing: what is shown instead is the reader's own answers, or an empty questionnaire.
      const nothingSaved = this.known === null && this.aside === null;
      const instead = !isEmpty(this.shown, this.contract)
        ? this.own === null ? "Your own answers are shown instead." : "The answers you had open before are shown instead."
        : nothingSaved ? "The questionnaire starts empty: no answers of yours are saved in this browser." : "The questionnaire starts empty.";
      if (shared.message) notes.push(shared.usable ? shared.message : `${shared.message} ${instead}`);
      if (shared.usable && shared.state) this.linkHeldComplaints = hasComplaint(shared.state, this.contract);
      if (shared.usable && shared.state && this.own === null && isEmpty(this.shown, this.contract)) {
        // Nothing of the reader's own to set aside, and nothing to restore: the link's answers are shown as theirs.
        this.shown = shared.state;
        this.followUpFor = null; // a link says nothing of it
        this.linkUnsaved = !isEmpty(shared.state, this.contract);
        this.linkHash = this.linkUnsaved ? hash : "";
      } else if (shared.usable && shared.state && !shared.message && this.own === null
        && sameState(this.shown, shared.state)) {
        // The reader's own saved answers, exactly, nothing of the link left out (an attack review: shown as someone
        // else's, to set aside): theirs.
        notes.push(LINK_IS_YOURS);
      } else if (shared.usable && shared.state) {
        this.linkHadComplaints = hasComplaint(shared.state, this.contract);
        if (this.own !== null && !sameState(this.shown, shared.state)) {
          this.replaceable = { ...this.snapshot(), lasting: true };
        }
        if (this.own === null) this.ownFollowUpFor = this.followUpFor;
        this.own = this.own ?? this.shown;
        this.shown = shared.state;
        this.followUpFor = null; // a link says nothing of it
        this.linkHash = isEmpty(shared.state, this.contract) ? "" : hash;
      }
    }
    return notes;
  }

  /**
   * Read the saved answers into the keeper (a document with `previous` holds edited shared answers beside the
   * reader's own). Returns the sentences about what could not be read.
   * @returns {string[]}
   */
  reload() {
    const text = this.readText();
    const loaded = load(this.store, this.contract);
    // The saved text could not be read as answers: set aside, or a newer build's left in place (said so, not "shown").
    this.unreadLast = loaded.unread || (text !== null && loaded.current === null);
    this.rewritable = loaded.rewrite;
    this.known = this.readText();
    this.shown = loaded.current ?? emptyState(this.contract);
    this.followUpFor = loaded.followUpFor;
    this.own = loaded.previous && !sameState(loaded.previous, this.shown) ? loaded.previous : null;
    this.ownFollowUpFor = this.own === null ? null : loaded.previousFollowUpFor;
    this.storedBeside = loaded.previous !== null;
    this.linkUnsaved = false;
    this.linkHash = "";
    this.linkHadComplaints = false;
    this.conflict = false;
    this.replaceable = null;
    this.replaced = false;
    this.aside = loaded.aside;
    this.unreadStored = loaded.unread;
    return loaded.problem ? [loaded.problem] : [];
  }

  /**
   * The reader changed the form: the change is saved (beside the own answers while shared ones are shown), and
   * the last clear can no longer be undone (a replace's undo lasts: see `replaceable`).
   * @param {State} state
   * @param {string | null} [followUpFor] the failure its follow-up answer was given for, when known
   * @returns {string} "" or why the answers could not be saved
   */
  edit(state, followUpFor = null) {
    this.shown = state;
    this.followUpFor = followUpFor;
    if (!this.undoable?.lasting) this.undoable = null; // an undo now would throw away what the reader just entered
    return this.persist();
  }

  /**
   * Clear the form; `undo` brings everything back. While shared answers are shown, only they are cleared.
   * @returns {string} "" or why the change could not be saved
   */
  clear() {
    this.undoable = { ...this.snapshot(), stored: this.readText() };
    this.shown = emptyState(this.contract);
    this.followUpFor = null;
    return this.persist();
  }

  /**
   * Back to what was there before the last clear or "keep these instead".
   * @returns {string} "" or why the answers could not be saved
   */
  undo() {
    if (!this.undoable) return "";
    const { stored } = this.undoable;
    ({ shown: this.shown, own: this.own } = this.undoable);
    this.followUpFor = this.undoable.followUpFor ?? null;
    this.ownFollowUpFor = this.undoable.ownFollowUpFor ?? null;
    this.undoable = null;
    const message = this.persist();
    // A clear removed the saved text. Where the answers brought back cannot be saved (the storage is full), that text
    // goes back: a reload then finds what it found before the clear, not an empty form.
    if (message && stored && this.readText() === null && restore(this.store, stored)) this.known = stored;
    return message;
  }

  /**
   * "Show my own answers": the shared answers are set aside, the reader's own shown (and saved alone again if the
   * shared ones had been saved beside them); `undo` shows the shared ones again, saved beside the reader's own.
   * @returns {string}
   */
  showOwn() {
    if (!this.own) return "";
    // Undoable even when the link's answers were never edited: they would come back with the link, but a reader
    // who tapped this by mistake may no longer have the link (a reader's review).
    this.undoable = this.snapshot();
    this.shown = this.own;
    this.own = null;
    this.followUpFor = this.ownFollowUpFor;
    this.ownFollowUpFor = null;
    this.linkHash = ""; // the reader's own answers are shown: a reload shows them (undo saves the link's)
    return this.storedBeside ? this.persist() : "";
  }

  /** Whether a write has just replaced a first link's edited answers (true once): the page offers their undo. */
  tookReplaced() {
    const replaced = this.replaced;
    this.replaced = false;
    return replaced;
  }

  /**
   * "Keep these instead": the shown answers become the reader's own and are saved; `undo` brings the earlier own
   * answers back.
   * @returns {string}
   */
  keepShown() {
    // Keeping a link's answers replaces nothing when the reader had none of their own: nothing to undo.
    this.undoable = this.own === null ? null : this.snapshot();
    // A link that carried no complaints (left out of it, or none written) takes none of the reader's: theirs stay,
    // with their category choices (a reader's review: "Keep these instead" emptied them, for good after a reload).
    this.complaintsKept = this.own !== null && !this.linkHadComplaints && !hasComplaint(this.shown, this.contract) && hasComplaint(this.own, this.contract);
    if (this.own !== null && this.complaintsKept) {
      this.shown = { ...this.shown, complaints: this.own.complaints, overrides: this.own.overrides };
    }
    this.own = null;
    this.ownFollowUpFor = null;
    return this.persist();
  }

  /**
   * A `storage` event: true when another tab changed the saved answers to something this tab did not write.
   * From then on this tab saves nothing until `loadOther` or `keepMine`.
   * @param {string | null} key the event's key (null when the whole storage was cleared)
   * @param {string | null} newValue
   */
  otherTabChanged(key, newValue) {
    if (key !== null && key !== STORAGE_KEY) return false;
    if (newValue === this.known) return false;
    this.known = newValue;
    this.conflict = true;
    return true;
  }

  /**
   * The other tab's answers, shown and kept; `undo` brings this tab's back and saves them over the other tab's (as
   * "Keep this tab's answers" would have). Returns the sentences about what could not be read.
   */
  loadOther() {
    const mine = this.snapshot();
    const notes = this.reload();
    // What is shown now is what the other tab saved: nothing is left unsaved (an attack review: "too long to save"
    // stayed, and the browser asked before the page was left).
    this.unsavedWhy = "";
    const sameOwn = mine.own === null || this.own === null ? mine.own === this.own : sameState(mine.own, this.own);
    this.undoable = sameState(mine.shown, this.shown) && sameOwn ? null : mine;
    return notes;
  }

  /** This tab's answers, saved over the other tab's (the reader chose). */
  keepMine() {
    this.conflict = false;
    return this.persist();
  }

  /** The reader deleted the unreadable text kept aside (after downloading it, or not). */
  deleteAside() {
    if (this.aside === null) return; // nothing this page shows aside (a diff review: another tab's copy went)
    const copied = this.known !== null && holdsEntry(this.aside, this.known);
    removeAside(this.store, this.aside);
    this.aside = null;
    // Saved text still as it was (a newer build's, read here in part or not at all) would be set aside again on the
    // next visit: a newer build's is deleted too, and answers cut down to fit are saved as this page shows them (a
    // diff review: the notice came back on every visit).
    if (!this.conflict && this.readText() === this.known) {
      if (this.unreadStored) {
        remove(this.store);
        this.known = null;
      } else if (!this.rewritable && copied) {
        this.rewritable = true;
        this.persist();
      }
    }
    this.unreadStored = false;
  }

  /**
   * What the page knows of the shown follow-up answer's failure changed, the answers shown did not: saved with them
   * where they are saved as shown, and nothing else done (no undo ended, never a first write: a link's answers stay
   * unsaved until the reader edits or keeps them; nothing while another tab's change waits).
   * @param {string | null} followUpFor
   */
  noteFollowUpFor(followUpFor) {
    if (followUpFor === this.followUpFor) return;
    const [state, previous] = this.target();
    const saved = this.known !== null && this.known === this.textOf(state, previous);
    this.followUpFor = followUpFor;
    if (this.conflict || !saved || state !== this.shown) return;
    const message = save(this.store, this.contract, state, previous, followUpFor, this.followUpOf(previous));
    if (!message) this.known = this.textOf(state, previous);
  }

  /**
   * The failure the follow-up answer of `state` was given for, as saved with it: known of the answers shown and of the
   * reader's own kept beside them (saved in their place while a link's shown answers are empty); null for none.
   * @param {State | null} state
   */
  followUpOf(state) {
    if (state === null) return null;
    return state === this.shown ? this.followUpFor : state === this.own ? this.ownFollowUpFor : null;
  }

  /** @returns {Snapshot} what is shown and kept now, for an undo */
  snapshot() {
    return { shown: this.shown, own: this.own, followUpFor: this.followUpFor, ownFollowUpFor: this.ownFollowUpFor };
  }

  /**
   * The text saved for these answers, as `write` saves it.
   * @param {State} state
   * @param {State | null} previous
   */
  textOf(state, previous) {
    return documentText(this.contract, state, previous, this.followUpOf(state), this.followUpOf(previous));
  }

  /** @returns {string | null} */
  readText() {
    try {
      return this.store?.getItem(STORAGE_KEY) ?? null;
    } catch {
      return null;
    }
  }

  /**
   * Save by the rules above: the shown answers alone, or beside the reader's own while shared ones are shown;
   * nothing stored when there is nothing to keep. Nothing is written while another tab's change waits.
   * @returns {string}
   */
  persist() {
    if (this.conflict) return "";
    this.linkUnsaved = false;
    if (this.replaceable) {
      // This write replaces a first link's edited answers: their undo is offered instead of the action's own.
      this.undoable = this.replaceable;
      this.replaceable = null;
      this.replaced = true;
    }
    const [state, previous] = this.target();
    const message = this.write(state, previous);
    // Saved, the link's answers no longer need the address; not saved (the storage full), a reload still needs it.
    if (!message) this.linkHash = "";
    return message;
  }

  /**
   * What the rules keep: the shown answers alone, the reader's own alone while the shared ones shown are empty,
   * or the shown beside the reader's own.
   * @returns {[State, State | null]}
   */
  target() {
    if (this.own === null) return [this.shown, null];
    if (isEmpty(this.shown, this.contract)) return [this.own, null];
    return [this.shown, this.own];
  }

  /**
   * @param {State} state
   * @param {State | null} previous
   */
  write(state, previous) {
    this.storedBeside = previous !== null;
    this.unreadStored = false;
    if (!previous && isEmpty(state, this.contract)) {
      remove(this.store);
      this.known = null;
      this.unsavedWhy = "";
      return "";
    }
    const message = save(this.store, this.contract, state, previous, this.followUpOf(state), this.followUpOf(previous));
    if (!message) this.known = this.textOf(state, previous);
    this.unsavedWhy = message;
    return message;
  }
}
