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
