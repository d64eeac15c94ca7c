// Building DOM nodes. Every value from the engine or the reader is written with textContent, never as HTML.

/**
 * @template {keyof HTMLElementTagNameMap} K
 * @param {K} tag
 * @param {Record<string, string>} [props] "text" sets textContent, "class" the class name, the rest attributes
 * @param {Array<Node | string | null | false>} [children]
 * @returns {HTMLElementTagNameMap[K]}
 */
export function el(tag, props = {}, children = []) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key === "text") node.textContent = value;
    else if (key === "class") node.className = value;
    else node.setAttribute(key, value);
  }
  for (const child of children) if (child) node.append(child);
  return node;
}

/**
 * @param {ReadonlyArray<Node | string>} items
 * @param {"ul" | "ol"} [tag]
 */
export const list = (items, tag = "ul") =>
  el(tag, {}, items.map((item) => (typeof item === "string" ? el("li", { text: item }) : el("li", {}, [item]))));

/**
 * The element with this id inside root, of the expected class; a page built without it is a build error.
 * @template {typeof HTMLElement} T
 * @param {ParentNode} root
 * @param {string} id
 * @param {T} type
 * @returns {InstanceType<T>}
 */
export function byId(root, id, type) {
  const node = root.querySelector(`#${id}`);
  if (!(node instanceof type)) throw new Error(`the tool's markup has no ${type.name} #${id}`);
  return /** @type {InstanceType<T>} */ (node);
}

/**
 * Write `text` into `node` only when it differs: an unchanged text is not laid out again, and a live region rewritten
 * with the same words is not announced again.
 * @param {Node} node
 * @param {string} text
 */
export function setText(node, text) {
  if (node.textContent !== text) node.textContent = text;
}

/**
 * `text` in parts: the plain runs, and each abbreviation of `abbreviations` with what it stands for.
 * @param {string} text
 * @param {import("./contract.js").Abbreviations} abbreviations
 * @returns {Array<{text: string, title?: string}>}
 */
export function abbreviationParts(text, { pattern, titles }) {
  /** @type {Array<{text: string, title?: string}>} */
  const parts = [];
  let at = 0;
  pattern.lastIndex = 0; // matchAll() starts where the pattern was last left
  for (const match of text.matchAll(pattern)) {
    const start = match.index ?? 0;
    if (start > at) parts.push({ text: text.slice(at, start) });
    parts.push({ text: match[0], title: titles.get(match[0]) ?? "" });
    at = start + match[0].length;
  }
  if (at < text.length || !parts.length) parts.push({ text: text.slice(at) });
  return parts;
}

/**
 * Every abbreviation in the text under `root` marked as the guide marks it, an `<abbr>` with what it stands for (the
 * guide's pages and the pages without JavaScript define them so; a reader's review found "p99" and "SLO" unexplained
 * in the result drawn here). Only text nodes are read and written: the engine's words stay text.
 * @param {Node} root
 * @param {import("./contract.js").Abbreviations} abbreviations
 */
export function abbreviate(root, abbreviations) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  /** @type {Text[]} */
  const found = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    // search(), not test(): a global pattern's test() moves its lastIndex, where matchAll() would then start.
    if (node instanceof Text && !node.parentElement?.closest("abbr") && node.data.search(abbreviations.pattern) >= 0) found.push(node);
  }
  // The first of each term is marked: a touch screen, which shows no title, spells it out there (site.css; a reader's
  // review: "p99" and "SLO" were explained only in a tooltip a phone never shows).
  const seen = new Set();
  /** @param {{text: string, title: string}} part */
  const abbr = ({ text, title }) => {
    const node = el("abbr", { title, text });
    if (!seen.has(text)) node.classList.add("sw-abbr-first");
    seen.add(text);
    return node;
  };
  for (const node of found) {
    node.replaceWith(...abbreviationParts(node.data, abbreviations).map((part) =>
      (part.title === undefined ? part.text : abbr({ text: part.text, title: part.title }))));
  }
}
