// @ts-check
// When the colour palette switches (light or dark), colours change at once rather than through each element's
// transition: an attribute on <html> turns every transition off (site.css) until two frames after the switch, when the
// new colours have been drawn. Material's palette does this with its own attribute on <body>, but it also sets that
// one as it mounts (once per page load: instant navigation keeps it) and takes it off a task later, each time
// restyling the whole page; the build takes Material's rule out (scale_what_build/site_files.py,
// drop_palette_switching_rule). The site's attribute is set only when the palette switches:
// - by the reader: a change on one of the palette's inputs (a click, or Enter, which Material turns into a click),
//   caught here before Material's own listener applies the new colours;
// - by Material as it mounts (on a first visit it picks the palette for the system's light or dark setting):
//   overrides/main.html sets the attribute from the page's <head> on every page load, before anything is styled, and
//   takes it off two frames after DOMContentLoaded.
// Loaded once per visit, after the page's load event (overrides/main.html); Material's instant navigation keeps it.

/** Set on <html> while the palette switches; site.css turns transitions off under it. */
export const ATTRIBUTE = "data-sw-palette-switching";
/** Material's palette form in the header, whose radio inputs switch the scheme. */
export const PALETTE = '[data-md-component="palette"]';

/** @typedef {{setAttribute(name: string, value: string): void, removeAttribute(name: string): void}} ElementLike */
/** @typedef {(callback: () => void) => unknown} Frame requestAnimationFrame, or a stand-in */

/**
 * Returns ``hold``: turn transitions off on ``root`` until two frames have run after the latest call (the first frame
 * draws the new colours with transitions off, the second turns them back on with the colours settled). A second
 * switch within those frames keeps them off for its own two frames.
 * @param {ElementLike} root
 * @param {Frame} frame
 */
export function transitionHolder(root, frame) {
  let latest = 0;
  return function hold() {
    const switchNumber = ++latest;
    root.setAttribute(ATTRIBUTE, "");
    frame(() =>
      frame(() => {
        if (switchNumber === latest) root.removeAttribute(ATTRIBUTE);
      }),
    );
  };
}

/**
 * Listen on ``doc`` (capturing, so before Material's listener on the input) for a change inside the palette.
 * @param {{documentElement: ElementLike, addEventListener(type: string, listener: (event: Event) => void, options?: AddEventListenerOptions): void}} doc
 * @param {Frame} frame
 */
export function install(doc, frame) {
  const hold = transitionHolder(doc.documentElement, frame);
  doc.addEventListener(
    "change",
    (event) => {
      const target = /** @type {{closest?: (selector: string) => unknown} | null} */ (event.target);
      if (typeof target?.closest === "function" && target.closest(PALETTE)) hold();
    },
    { capture: true },
  );
}

if (typeof document !== "undefined") install(document, (callback) => requestAnimationFrame(callback));
