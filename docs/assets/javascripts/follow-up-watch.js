// The follow-up asks which costs more: "the failure I named" or the blocked deals. Its answer compares the failure
// named when it was given: after the reader names another failure, it would say something they never said (the
// result read "you said regressions and firefighting cost more" of an answer given for outages). So when the
// deciding answer changes under an answered follow-up that is asked, the page clears that answer and says so, with
// a button that puts it back (nothing the reader entered is dropped silently). An answer read back (saved answers, a
// link) while the follow-up is not asked was given for a failure nothing records, so the first failure that asks it
// again clears it the same way, saying so (an attack review: after a reload it was taken as given for that failure,
// and the result said something the reader never said), unless the saved answers say which failure it was given for
// (`readBack`'s `knownFor`: a reader's review). Whether the follow-up is asked is read from the contract's
// conditions (as the engine asks it), so every state the form holds is seen, the engine ready or not (an attack
// review: a failure named while the engine started was taken as the one the answer was given for). Pure logic, no
// DOM: node --test runs it; tool-page.js keeps one watch per visit, calls `seen` with each state of the form, and
// `readBack` when the form is filled with other answers.

/** @typedef {import("./contract.js").Contract} Contract */
/** @typedef {import("./state.js").State} State */
/** @typedef {{question: string, answer: string, from: string | null, to: string}} Stale an answer given for `from` (null: not known), now `to` */
/** @typedef {{lastAnswer: string | null | undefined, answeredFor: string | null}} Memory what the watch knows of the answer */

/**
 * The contract's follow-up question (of kind "follow_up"), if the rubric has one.
 * @param {Contract} contract
 */
export const followUpQuestion = (contract) => [...contract.questions.values()].find((q) => q.kind === "follow_up");

export class FollowUpWatch {
  /** @param {Contract} contract */
  constructor(contract) {
    this.deciding = contract.deciding;
    /** The follow-up's id (the question of kind "follow_up"), or null when the rubric has none. */
    const followUp = followUpQuestion(contract);
    this.question = followUp?.id ?? null;
    /** The conditions on which the engine asks it. */
    this.askedWhen = followUp?.askedWhen ?? [];
    /** The follow-up's answer when last seen; undefined before the first state. */
    /** @type {string | null | undefined} */
    this.lastAnswer = undefined;
    /** The deciding answer the follow-up's answer was given under; null when none is known (read back unasked). */
    /** @type {string | null} */
    this.answeredFor = null;
    /** What the answers read back next say of it (saved with them), for the next state only. */
    /** @type {string | null} */
    this.knownFor = null;
  }

  /**
   * The form is filled with other answers (the reader's own, another tab's, an undo): the next state is read back.
   * @param {string | null} [knownFor] the failure its follow-up answer was given for, as saved with it, when known
   */
  readBack(knownFor = null) {
    this.lastAnswer = undefined;
    this.knownFor = knownFor;
  }

  /** @returns {Memory} what the watch knows now, for `recall` when the form is back as it is (an undo) */
  memory() {
    return { lastAnswer: this.lastAnswer, answeredFor: this.answeredFor };
  }

  /**
   * The form is back as it was when `memory` was taken: what the watch knew then holds again (a later review: after
   * "Clear my answers" and its undo, a follow-up answer given for outages was read back as given for no failure).
   * @param {Memory} memory
   */
  recall(memory) {
    this.lastAnswer = memory.lastAnswer;
    this.answeredFor = memory.answeredFor;
  }

  /**
   * Whether the engine asks the follow-up for `state` (its conditions, read from the contract).
   * @param {State} state
   */
  askedIn(state) {
    return this.question !== null
      && this.askedWhen.every((condition) => condition.options.includes(state.answers[condition.question] ?? ""));
  }

  /**
   * A state of the form: the follow-up's answer when it has gone stale (to be cleared by the page), else null. The
   * first state seen (saved answers, a link, the answers the form is filled with) is taken as it is.
   * @param {State} state
   * @returns {Stale | null}
   */
  seen(state) {
    if (this.question === null) return null;
    const answer = state.answers[this.question] ?? null;
    const deciding = state.answers[this.deciding] ?? null;
    const askedNow = this.askedIn(state);
    if (answer !== this.lastAnswer) {
      // Answered (or cleared, or put back) now: under the failure named now. Read back (saved answers, a link) while
      // not asked, it was given for a failure not known here (a reader's review: after a reload on Governance, Outages
      // cleared it as "compared Governance with the blocked deals", a failure it was never asked for).
      this.lastAnswer = answer;
      this.answeredFor = askedNow ? deciding : this.knownFor;
      this.knownFor = null;
      return null;
    }
    if (answer === null || deciding === null || deciding === this.answeredFor || !askedNow) return null;
    return { question: this.question, answer, from: this.answeredFor, to: deciding };
  }
}
