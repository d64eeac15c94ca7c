// menu-button.js: a real button takes the place of Material's menu label; it opens and closes the navigation drawer
// and says whether it is open, however the drawer changes (the button, Material's own click on the checkbox, Escape).
import assert from "node:assert/strict";
import { test } from "node:test";

import {
  BUTTON_CLASS,
  DRAWER_ID,
  MENU_LABEL,
  NAME,
  PANEL_TOGGLES,
  menuButton,
  panelsFollowFocus,
} from "../../docs/assets/javascripts/menu-button.js";

/** A checkbox: clicking it flips it and tells its change listeners. */
function checkbox(checked = false) {
  /** @type {(() => void)[]} */
  const listeners = [];
  return {
    checked,
    clicks: 0,
    click() {
      this.checked = !this.checked;
      this.clicks += 1;
      for (const listener of listeners) listener();
    },
    /** @param {"change"} _type @param {() => void} listener */
    addEventListener(_type, listener) {
      listeners.push(listener);
    },
  };
}

/** A page with Material's checkbox and menu label, as much of them as the module uses; "link" is in the drawer. */
function page({ withDrawer = true, withLabel = true } = {}) {
  /** @typedef {import("../../docs/assets/javascripts/menu-button.js").MenuEvent} MenuEvent */
  /** @typedef {(event: MenuEvent) => void} Listener */
  /** @type {{keydown: Listener[], focusin: Listener[]}} */
  const listeners = { keydown: [], focusin: [] };
  /** @type {Listener[]} */
  const clicks = [];
  /** @type {unknown[]} */
  const before = [];
  const drawer = checkbox();
  const icon = { cloneNode: () => "the icon, cloned" };
  const label = {
    className: "md-header__button md-icon",
    hidden: false,
    childNodes: [icon],
    /** @param {unknown} node */
    before(node) {
      before.push(node);
    },
  };
  /** @type {Record<string, string>} */
  const attributes = {};
  const button = {
    type: "",
    className: "",
    focused: 0,
    /** @type {unknown[]} */
    children: [],
    /** @param {string} name @param {string} value */
    setAttribute(name, value) {
      attributes[name] = value;
    },
    /** @param {unknown[]} nodes */
    append(...nodes) {
      this.children.push(...nodes);
    },
    focus() {
      this.focused += 1;
    },
    /** @param {"click" | "keydown"} type @param {Listener} listener */
    addEventListener(type, listener) {
      (type === "click" ? clicks : listeners.keydown).push(listener);
    },
  };
  const firstLink = {
    focused: 0,
    focus() {
      this.focused += 1;
    },
  };
  const doc = {
    /** @param {string} id */
    getElementById: (id) => (withDrawer && id === DRAWER_ID ? drawer : null),
    /** @param {string} selector */
    querySelector: (selector) => (withLabel && selector === MENU_LABEL ? label : null),
    /** @param {"button"} _tag */
    createElement: (_tag) => button,
    /** @param {"keydown" | "focusin"} type @param {Listener} listener */
    addEventListener(type, listener) {
      listeners[type].push(listener);
    },
    /** @param {unknown} node */
    inDrawer: (node) => node === "link",
    firstInDrawer: () => firstLink,
  };
  /** @param {string} key @param {{target?: unknown, shiftKey?: boolean}} [on] */
  const press = (key, on = {}) => {
    const event = { key, ...on, prevented: false, preventDefault() { this.prevented = true; } };
    listeners.keydown.forEach((listener) => listener(event));
    return event;
  };
  /** @param {unknown} target */
  const focusOn = (target) => listeners.focusin.forEach((listener) => listener({ target }));
  /** A click on the button: by a pointer (detail 1), or by Enter or Space (detail 0). */
  const click = (detail = 1) => clicks.forEach((listener) => listener({ detail }));
  return { doc, drawer, label, button, firstLink, attributes, before, press, focusOn, click };
}

test("a named button with Material's icon takes the label's place; the label is hidden", () => {
  const { doc, label, button, attributes, before } = page();
  assert.equal(menuButton(doc), button);
  assert.equal(button.type, "button");
  assert.equal(button.className, `md-header__button md-icon ${BUTTON_CLASS}`);
  assert.deepEqual(button.children, ["the icon, cloned"]);
  assert.deepEqual(attributes, { "aria-label": NAME, "aria-expanded": "false" });
  assert.deepEqual(before, [button]);
  assert.equal(label.hidden, true);
});

test("the button opens and closes the drawer, and says which; from the keyboard, the drawer takes the focus", () => {
  const { doc, drawer, firstLink, attributes, click } = page();
  menuButton(doc);
  click();
  assert.equal(drawer.checked, true);
  assert.equal(attributes["aria-expanded"], "true");
  assert.equal(firstLink.focused, 0, "a pointer's click leaves the focus alone");
  click();
  assert.equal(drawer.checked, false);
  assert.equal(attributes["aria-expanded"], "false");
  click(0);
  assert.equal(firstLink.focused, 1, "Enter or Space puts the focus at the drawer's top");
  click(0);
  assert.equal(firstLink.focused, 1);
});

test("in the open drawer Tab goes from the button into it, and Shift+Tab from its top back to the button", () => {
  const { doc, button, firstLink, press, click } = page();
  menuButton(doc);
  assert.equal(press("Tab", { target: button }).prevented, false, "closed: the page's own order");
  click();
  assert.equal(press("Tab", { target: button }).prevented, true);
  assert.equal(firstLink.focused, 1);
  assert.equal(press("Tab", { target: button, shiftKey: true }).prevented, false); // back to the skip link
  assert.equal(press("Tab", { target: firstLink }).prevented, false); // on down the drawer
  assert.equal(press("Tab", { target: firstLink, shiftKey: true }).prevented, true);
  assert.equal(button.focused, 1);
});

test("the focus leaving the open drawer closes it (it would go under the drawer's overlay); to the button, not", () => {
  const { doc, drawer, button, focusOn, click } = page();
  menuButton(doc);
  click();
  focusOn("link");
  assert.equal(drawer.checked, true);
  focusOn(button);
  assert.equal(drawer.checked, true);
  focusOn("the search box");
  assert.equal(drawer.checked, false);
  focusOn("the search box");
  assert.equal(drawer.checked, false); // closed, it stays closed
});

test("the state follows the drawer when Material opens or closes it", () => {
  const { doc, drawer, attributes } = page();
  menuButton(doc);
  drawer.click();
  assert.equal(attributes["aria-expanded"], "true");
  drawer.click();
  assert.equal(attributes["aria-expanded"], "false");
});

test("Escape closes an open drawer and gives the focus back to the button; otherwise nothing", () => {
  const { doc, drawer, button, press, click } = page();
  menuButton(doc);
  press("Escape");
  assert.equal(drawer.checked, false);
  assert.equal(button.focused, 0);
  click();
  press("Enter");
  assert.equal(drawer.checked, true);
  press("Escape");
  assert.equal(drawer.checked, false);
  assert.equal(button.focused, 1);
});

test("a page without Material's drawer or its label is left alone", () => {
  assert.equal(menuButton(page({ withDrawer: false }).doc), null);
  const { doc, label, before } = page({ withLabel: false });
  assert.equal(menuButton(doc), null);
  assert.deepEqual([label.hidden, before], [false, []]);
});

/**
 * The drawer with two panels: "The three types" (its links "technical", "process") and the page's contents (the
 * links "toc"), nested in it; "home" is in no panel.
 * @param {{sectionOpen?: boolean}} options
 */
function drawerPage({ sectionOpen = false } = {}) {
  const drawer = checkbox();
  const section = Object.assign(checkbox(sectionOpen), {
    panel: () => ({
      contains: (/** @type {unknown} */ node) => ["technical", "process", "toc"].includes(String(node)),
    }),
  });
  const contents = Object.assign(checkbox(), {
    panel: () => ({ contains: (/** @type {unknown} */ node) => node === "toc" }),
  });
  const noPanel = Object.assign(checkbox(), { panel: () => null });
  /** @type {((event: {target: unknown}) => void)[]} */
  const focus = [];
  /** @type {unknown[]} */
  const unscrolled = [];
  const doc = {
    /** @param {string} id */
    getElementById: (id) => (id === DRAWER_ID ? drawer : null),
    /** @param {string} selector */
    querySelectorAll: (selector) => (selector === PANEL_TOGGLES ? [section, contents, noPanel] : []),
    /** @param {"focusin"} _type @param {(event: {target: unknown}) => void} listener */
    addEventListener(_type, listener) {
      focus.push(listener);
    },
    /** @param {unknown} node */
    unscroll(node) {
      unscrolled.push(node);
    },
  };
  /** @param {string} target */
  const focusOn = (target) => focus.forEach((listener) => listener({ target }));
  panelsFollowFocus(doc);
  return { drawer, section, contents, noPanel, focusOn, unscrolled };
}

test("in the open drawer the panels holding the focused link slide in, the others out", () => {
  const { drawer, section, contents, noPanel, focusOn, unscrolled } = drawerPage();
  drawer.click();
  focusOn("home");
  assert.deepEqual([section.checked, contents.checked], [false, false]);
  focusOn("technical");
  assert.deepEqual([section.checked, contents.checked], [true, false]);
  assert.deepEqual(unscrolled, ["technical"]); // the browser's sideways scroll to the hidden link is put back
  focusOn("toc");
  assert.deepEqual([section.checked, contents.checked], [true, true]);
  focusOn("process");
  assert.deepEqual([section.checked, contents.checked], [true, false]);
  focusOn("home");
  assert.deepEqual([section.checked, contents.checked, noPanel.checked], [false, false, false]);
  assert.equal(noPanel.clicks, 0);
});

test("closing the drawer puts every panel back as it was, Material's open section too", () => {
  const { drawer, section, contents, focusOn } = drawerPage({ sectionOpen: true });
  drawer.click();
  focusOn("home");
  assert.equal(section.checked, false);
  focusOn("toc");
  assert.deepEqual([section.checked, contents.checked], [true, true]);
  focusOn("home");
  drawer.click();
  assert.deepEqual([section.checked, contents.checked], [true, false]);
  const clicks = section.clicks;
  drawer.click();
  drawer.click(); // nothing moved this time: nothing to put back
  assert.equal(section.clicks, clicks);
});

test("with the drawer closed (a wide screen's sidebar) the focus moves no panel; no drawer, nothing is watched", () => {
  const { section, contents, focusOn } = drawerPage();
  focusOn("toc");
  assert.deepEqual([section.checked, contents.checked], [false, false]);
  assert.doesNotThrow(() =>
    panelsFollowFocus({
      getElementById: () => null,
      querySelectorAll: () => [],
      addEventListener: () => assert.fail("watched a page without a drawer"),
      unscroll: () => {},
    })
  );
});
