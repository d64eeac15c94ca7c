// @ts-check
// When the reader switches the colour palette (light or dark), colours change at once rather than through each
// element's transition: this sets an attribute on <body> that turns every transition off (site.css) until two frames
// later, when the new colours are drawn. Material's palette does the same with its own attribute, but it also sets
// that one as it mounts on every page and takes it off a task later, each time restyling the whole page; the build
// takes Material's rule out (scale_what_build/site_files.py, drop_palette_switching_rule), and this sets the site's
// own attribute only on a switch: a change on one of the palette's inputs (a click, or Enter, which Material turns
// into a click), caught before Material's own listener applies the new colours. A change of the system's light or
// dark setting while a page is open, which Material also follows, may still fade its colours in.
// Loaded once per visit, after the page's load event (overrides/main.html); Material's instant navigation keeps it.

/** Set on <body> while the palette switches; site.css turns transitions off under it. */
export const ATTRIBUTE = "data-sw-palette-switching";
/** Material's palette form in the header, whose radio inputs switch the scheme. */
export const PALETTE = '[data-md-component="palette"]';

/** @typedef {{setAttribute(name: string, value: string): void, removeAttribute(name: string): void}} BodyLike */
/** @typedef {(callback: () => void) => unknown} Frame requestAnimationFrame, or a stand-in */

/**
 * Turn transitions off on ``body`` until two frames have run: the first draws the new colours with transitions off,
 * the second turns them back on with the colours settled.
 * @param {BodyLike} body
 * @param {Frame} frame
 */
export function holdTransitions(body, frame) {
  body.setAttribute(ATTRIBUTE, "");
  frame(() => frame(() => body.removeAttribute(ATTRIBUTE)));
}

/**
 * Listen on ``doc`` (capturing, so before Material's listener on the input) for a change inside the palette.
 * @param {{body: BodyLike, addEventListener(type: string, listener: (event: Event) => void, options?: AddEventListenerOptions): void}} doc
 * @param {Frame} frame
 */
export function install(doc, frame) {
  doc.addEventListener(
    "change",
    (event) => {
      const target = /** @type {{closest?: (selector: string) => unknown} | null} */ (event.target);
      if (typeof target?.closest === "function" && target.closest(PALETTE)) holdTransitions(doc.body, frame);
    },
    { capture: true },
  );
}

if (typeof document !== "undefined") install(document, (callback) => requestAnimationFrame(callback));
