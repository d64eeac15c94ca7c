// Material's menu on a narrow screen is a <label> for a hidden checkbox (#__drawer): a pointer opens the navigation
// drawer with it, a keyboard cannot reach it. site.css hides the closed drawer, whose links were Tab stops off the
// screen. This module puts a real button in the label's place (a label may not take a button's role): a Tab stop that
// Enter and Space work, which says whether the drawer is open. Opened from the keyboard, the drawer takes the focus
// at its top; Tab from the button goes into the open drawer and Shift+Tab from its top back to the button; the focus
// leaving it otherwise (past its last link, or to the header, both under its overlay) closes it, and Escape closes
// it and gives the focus back to the button. Opened with a pointer, the focus stays where it was, as Material had it.
// Without JavaScript the label stays, for a pointer, and the drawer's own checkbox takes the keyboard (site.css). In
// the open drawer a section's links ("The three types") and the page's contents sit in panels that slide in when
// their label is tapped; a keyboard reaches their links without the labels, so the panels that hold the focused link
// slide in, and out again when the focus leaves them.

/**
 * @typedef {object} MenuDrawer the checkbox that opens the drawer
 * @property {boolean} checked
 * @property {() => void} click
 * @property {(type: "change", listener: () => void) => void} addEventListener
 */
/**
 * @typedef {object} MenuLabel Material's label for the checkbox
 * @property {string} className
 * @property {boolean} hidden
 * @property {ArrayLike<{cloneNode(deep: boolean): unknown}>} childNodes
 * @property {(node: unknown) => void} before
 */
/**
 * @typedef {object} MenuButton
 * @property {string} type
 * @property {string} className
 * @property {(name: string, value: string) => void} setAttribute
 * @property {(...nodes: unknown[]) => void} append
 * @property {() => void} focus
 * @property {(type: "click" | "keydown", listener: (event: MenuEvent) => void) => void} addEventListener
 */
/**
 * @typedef {object} MenuDocument
 * @property {(id: string) => MenuDrawer | null} getElementById
 * @property {(selector: string) => MenuLabel | null} querySelector
 * @property {(tag: "button") => MenuButton} createElement
 * @property {(type: "keydown" | "focusin", listener: (event: MenuEvent) => void) => void} addEventListener
 * @property {(node: unknown) => boolean} inDrawer whether a node is in the drawer
 * @property {() => {focus(): void} | null} firstInDrawer the drawer's first link (at its top, in the page's order)
 */
/**
 * @typedef {object} MenuEvent a key pressed (on a target), a click (detail 0 from the keyboard), or the focus moved
 * @property {string} [key]
 * @property {boolean} [shiftKey]
 * @property {number} [detail]
 * @property {unknown} [target]
 * @property {() => void} [preventDefault]
 */
/**
 * @typedef {object} PanelDocument
 * @property {(id: string) => MenuDrawer | null} getElementById
 * @property {(selector: string) => Iterable<PanelToggle>} querySelectorAll
 * @property {(type: "focusin", listener: (event: MenuEvent) => void) => void} addEventListener
 * @property {(node: unknown) => void} unscroll put back the sideways scroll the browser made to show a link in a
 *   panel that had not slid in yet (the link would stay a panel's width off the screen)
 */
/**
 * @typedef {MenuDrawer & {panel(): {contains(node: unknown): boolean} | null}} PanelToggle a panel's checkbox, and
 *   the panel it slides in
 */

export const DRAWER_ID = "__drawer";
export const MENU_LABEL = `.md-header label[for="${DRAWER_ID}"]`;
/** The button's own class: site.css hides it on a wide screen, as Material hides its label. */
export const BUTTON_CLASS = "sw-menu-button";
export const NAME = "Site navigation";

/**
 * Put a keyboard button for the drawer in the place of Material's menu label; null when the page has none.
 * @param {MenuDocument} doc
 * @returns {MenuButton | null}
 */
export function menuButton(doc) {
  const drawer = doc.getElementById(DRAWER_ID);
  const label = doc.querySelector(MENU_LABEL);
  if (!drawer || !label) return null;
  const button = doc.createElement("button");
  button.type = "button";
  button.className = `${label.className} ${BUTTON_CLASS}`;
  button.setAttribute("aria-label", NAME);
  button.append(...Array.from(label.childNodes, (node) => node.cloneNode(true))); // Material's icon
  const said = () => button.setAttribute("aria-expanded", String(drawer.checked));
  said();
  // Material opens and closes the drawer with a click on the checkbox (on instant navigation too), which fires change.
  drawer.addEventListener("change", said);
  button.addEventListener("click", ({ detail }) => {
    drawer.click();
    if (drawer.checked && detail === 0) doc.firstInDrawer()?.focus(); // Enter or Space: no pointer
  });
  doc.addEventListener("keydown", (event) => {
    if (!drawer.checked) return;
    const first = doc.firstInDrawer();
    if (event.key === "Escape") {
      drawer.click();
      button.focus();
    } else if (event.key === "Tab" && !event.shiftKey && event.target === button && first) {
      event.preventDefault?.(); // into the drawer, not to the header's controls under its overlay
      first.focus();
    } else if (event.key === "Tab" && event.shiftKey && event.target === first) {
      event.preventDefault?.();
      button.focus();
    }
  });
  doc.addEventListener("focusin", ({ target }) => {
    if (drawer.checked && target !== button && !doc.inDrawer(target)) drawer.click();
  });
  label.before(button);
  label.hidden = true;
  return button;
}

/**
 * In the open drawer, slide in the panels that hold the focused link and out the others, Material's own (the page's
 * section, open when the drawer opens) included. Closing the drawer puts every panel back as it was, so the drawer
 * opens again where a tap would.
 * @param {PanelDocument} doc
 */
export function panelsFollowFocus(doc) {
  const drawer = doc.getElementById(DRAWER_ID);
  if (!drawer) return;
  /** @type {Map<PanelToggle, boolean>} each panel this moved, and whether it was open before */
  const moved = new Map();
  drawer.addEventListener("change", () => {
    if (drawer.checked) return;
    for (const [toggle, was] of moved) if (toggle.checked !== was) toggle.click();
    moved.clear();
  });
  doc.addEventListener("focusin", ({ target }) => {
    if (!drawer.checked) return; // a wide screen's sidebar, or the drawer closed: no panels
    for (const toggle of doc.querySelectorAll(PANEL_TOGGLES)) {
      const holds = toggle.panel()?.contains(target) ?? false;
      if (holds === toggle.checked) continue;
      if (!moved.has(toggle)) moved.set(toggle, toggle.checked);
      toggle.click(); // as a tap on its label: Material's change listeners run
      if (holds) doc.unscroll(target);
    }
  });
}

/** The checkboxes of the drawer's panels (a section's, the page's contents). */
export const PANEL_TOGGLES = ".md-nav--primary .md-nav__toggle";

if (typeof document !== "undefined") {
  const drawerElement = () => document.querySelector(".md-sidebar--primary");
  /** @type {MenuDocument & PanelDocument} */
  const page = {
    getElementById: (id) => /** @type {MenuDrawer | null} */ (/** @type {unknown} */ (document.getElementById(id))),
    querySelector: (selector) =>
      /** @type {MenuLabel | null} */ (/** @type {unknown} */ (document.querySelector(selector))),
    createElement: (tag) => /** @type {MenuButton} */ (/** @type {unknown} */ (document.createElement(tag))),
    // Each checkbox carries its panel (a property of this module's): the same object every time, as the map of the
    // panels moved needs.
    querySelectorAll: (selector) =>
      Array.from(document.querySelectorAll(/** @type {"input"} */ (selector)), (toggle) =>
        Object.assign(toggle, { panel: () => toggle.parentElement?.querySelector(":scope > nav.md-nav") ?? null })
      ),
    addEventListener: (type, listener) => document.addEventListener(type, listener),
    inDrawer: (node) => node instanceof Node && (drawerElement()?.contains(node) ?? false),
    firstInDrawer: () => drawerElement()?.querySelector(/** @type {"a"} */ ("a[href]")) ?? null,
    unscroll: (node) => {
      for (let box = node instanceof Element ? node.parentElement : null; box; box = box.parentElement) {
        box.scrollLeft = 0;
      }
    },
  };
  menuButton(page);
  panelsFollowFocus(page);
}
