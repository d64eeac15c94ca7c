// Coming back to the questionnaire (the browser's Back button, or a reload) lands where the reader was. Material's
// instant navigation scrolls to the offset it kept in the history entry (`history.state.y`) as soon as it has swapped
// the page in, and the browser does the same on a reload; but the result and the questions the engine asks are drawn
// only once the engine has replied. So at that moment the page is shorter than the reader left it, the offset is cut
// to the page's end, and as the result is drawn above, the browser's scroll anchoring carries the reader further
// down: left at 5,592 px, back at 7,242 (the page's end) in a 1280 px window. ScrollReturn keeps the entry's offset
// and goes there once the page is drawn with the engine's reply, unless the reader has scrolled, typed or tapped
// first. Pure logic over a window-like object: node --test runs it with a stand-in window.

/**
 * @typedef {{
 *   readonly scrollY: number,
 *   scrollTo(x: number, y: number): void,
 *   addEventListener(type: string, listener: () => void, options: {capture: boolean, passive: boolean}): void,
 *   removeEventListener(type: string, listener: () => void, options: {capture: boolean}): void,
 * }} ScrollWindow the part of `window` this needs (the tests pass their own)
 */

/** What the reader does to move the page themselves (a drag of the scroll bar starts with a mousedown). */
export const READER_MOVES = Object.freeze(["wheel", "touchstart", "keydown", "mousedown"]);

/**
 * The vertical offset a history entry's state holds (Material keeps the viewport's `{x, y}` there), or null.
 * @param {unknown} state
 * @returns {number | null}
 */
export function offsetOf(state) {
  if (typeof state !== "object" || state === null || !("y" in state)) return null;
  const y = state.y;
  return typeof y === "number" && Number.isFinite(y) && y > 0 ? y : null;
}

export class ScrollReturn {
  /**
   * A history entry's state with the page's offset in it, the way Material keeps it (its other keys kept).
   * @param {unknown} state
   * @param {number} x
   * @param {number} y
   * @returns {object}
   */
  static entryState(state, x, y) {
    return { ...(typeof state === "object" && state !== null ? state : {}), x, y };
  }

  /**
   * @param {unknown} entryState the history entry's state when the page was shown, before anything replaced it
   * @param {ScrollWindow} win
   */
  constructor(entryState, win) {
    this.win = win;
    /** Where the reader was; null once there, or once nothing is to be done. */
    this.wanted = offsetOf(entryState);
    this.onReaderMove = () => this.stop();
    if (this.wanted === null) return;
    for (const type of READER_MOVES) win.addEventListener(type, this.onReaderMove, { capture: true, passive: true });
  }

  /** The page is drawn with the engine's reply (or says why there is none): back to the kept offset, once. */
  settle() {
    if (this.wanted === null) return;
    const y = this.wanted;
    this.stop();
    if (Math.abs(this.win.scrollY - y) >= 1) this.win.scrollTo(0, y);
  }

  /** Nothing more to do: the reader moved the page, or left it. */
  stop() {
    if (this.wanted === null) return;
    this.wanted = null;
    for (const type of READER_MOVES) this.win.removeEventListener(type, this.onReaderMove, { capture: true });
  }
}
