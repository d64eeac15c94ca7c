// Keep and share: the share link copied, the recommendation downloaded as JSON or Markdown.

import * as engine from "./engine-client.js";
import { byId, el } from "./dom.js";
import { focusQuestion, readState } from "./form-state.js";
import { checkedShareUrl } from "./share-link.js";
import { hasComplaint } from "./state.js";

/** @typedef {import("./tool-view.js").View} View */

/** @param {View} view */
export async function copyLink(view) {
  const withComplaints = byId(view.root, view.contract.elements.share_complaints, HTMLInputElement).checked;
  const made = checkedShareUrl(view.contract, readState(view), withComplaints, location.href);
  const field = byId(view.root, view.contract.elements.share_url, HTMLInputElement);
  const status = byId(view.root, view.contract.elements.keep_status, HTMLElement);
  if (made.url === null) {
    // Nothing is cut to make a link fit: the reason, and the link without complaints when that one fits. No empty
    // field beside it (a reader's review).
    field.value = "";
    showField(field, false);
    status.replaceChildren(made.problem);
    if (made.withoutComplaints) {
      const button = el("button", { type: "button", class: "md-button", text: "Copy a link without my complaints" });
      // The link of the answers as they are when it is pressed (a diff review: made at the refusal, it copied the
      // answers of then after a change).
      button.addEventListener("click", () => {
        const answersOnly = checkedShareUrl(view.contract, readState(view), false, location.href);
        if (answersOnly.url) copy(view, answersOnly.url, false);
        else status.replaceChildren(answersOnly.problem);
      });
      status.append(" ", button);
    }
    return;
  }
  await copy(view, made.url, withComplaints);
}

/**
 * @param {View} view
 * @param {string} url
 * @param {boolean} withComplaints
 */
async function copy(view, url, withComplaints) {
  const field = byId(view.root, view.contract.elements.share_url, HTMLInputElement);
  const status = byId(view.root, view.contract.elements.keep_status, HTMLElement);
  field.value = url;
  field.dataset.withComplaints = String(withComplaints); // what it holds, for forgetOutdatedLink
  showField(field, true); // to copy by hand where the browser refuses
  // "Copy a link without my complaints" is in the status line, which the outcome replaces: its focus goes to the link.
  const fromStatus = status.contains(document.activeElement);
  try {
    await navigator.clipboard.writeText(url);
    status.textContent = `Link copied. It holds ${linkHolds(view, withComplaints)}.`;
    if (fromStatus) field.focus();
  } catch {
    field.focus();
    field.select();
    status.textContent = "The browser did not allow copying: the link is selected in the field, copy it from there.";
  }
}

/**
 * @param {HTMLInputElement} field the share link's field
 * @param {boolean} shown
 */
function showField(field, shown) {
  if (field.parentElement) field.parentElement.hidden = !shown;
}

/** Said once a link copied before no longer holds what the page shows. */
export const LINK_OUTDATED = "Your answers or the link's options changed since the link was copied: copy a new link to share them.";

/**
 * After a change (an answer, a complaint, "Include my complaints in the link" ticked or not): a link copied before
 * that no longer holds what the page shows, with the complaints or without them as it was made, is taken out of its
 * field, and the status says why (a reader's review: it went on saying what the old link held, beside it). A link
 * made without the complaints while the box is ticked ("Copy a link without my complaints") stays until a change.
 * @param {View} view
 * @param {{optionChanged?: boolean}} [options] optionChanged: the box was just ticked or cleared
 */
export function forgetOutdatedLink(view, { optionChanged = false } = {}) {
  const ids = view.contract.elements;
  const field = byId(view.root, ids.share_url, HTMLInputElement);
  if (!field.value) return; // none copied (a refusal's "Copy a link without my complaints" makes its link when pressed)
  const withComplaints = optionChanged
    ? byId(view.root, ids.share_complaints, HTMLInputElement).checked
    : field.dataset.withComplaints === "true";
  if (checkedShareUrl(view.contract, readState(view), withComplaints, location.href).url === field.value) return;
  // The field is hidden: a focus in it goes to the button that makes a new link.
  const focused = document.activeElement === field;
  field.value = "";
  showField(field, false);
  byId(view.root, ids.keep_status, HTMLElement).textContent = LINK_OUTDATED;
  if (focused) byId(view.root, ids.copy_link, HTMLElement).focus();
}

/**
 * What a link made now holds, in words (a review: a link of complaints alone said it held "your answers").
 * @param {View} view
 * @param {boolean} withComplaints
 */
function linkHolds(view, withComplaints) {
  const state = readState(view);
  const answered = Object.keys(state.answers).length > 0;
  const written = hasComplaint(state, view.contract);
  // A reader's review: its reader saw another under-invested type than the sender, the complaints left out.
  if (!withComplaints) return written ? "your answers, not your complaints: the result it shows goes by your answers alone" : "your answers (not your complaints)";
  if (!answered) return "your complaints (no answers yet)";
  return written ? "your answers and your complaints" : "your answers (you have written no complaint)";
}

/**
 * @param {string} filename
 * @param {string} type
 * @param {string} text
 */
export function download(filename, type, text) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = el("a", { href: url, download: filename });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * @param {View} view
 * @param {"json" | "markdown"} format
 */
export async function exportAs(view, format) {
  const status = byId(view.root, view.contract.elements.keep_status, HTMLElement);
  const state = readState(view);
  if (!state.answers[view.contract.deciding]) {
    status.textContent = "Answer the deciding question first: there is no recommendation to download yet.";
    focusQuestion(view, view.contract.deciding);
    return;
  }
  if (engine.current().stage !== "ready") {
    status.textContent = "The download needs the decision engine, which is not ready.";
    return;
  }
  // The download holds the state as the page keeps it (an answer kept but not asked included) and the result.
  // The Markdown carries the reader's own date and the way back to this page (its address without query or fragment).
  const now = new Date();
  const date = [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((n) => String(n).padStart(2, "0")).join("-");
  // The Markdown also carries a link that opens the answers again (a reader's review: it had none). The answers only:
  // the complaints are in the download in full, and with them a link can grow past what a request takes.
  const link = location.origin + location.pathname;
  const reopen = format === "markdown" ? checkedShareUrl(view.contract, state, false, link).url : null;
  const reply = await engine.request("report", { state, format, date, link, ...(reopen ? { reopen } : {}) });
  if (!reply.ok) {
    // Said beside the buttons, as the result of this press: the result above may give the same reason, and a
    // stopped engine has its own message in the engine's status.
    status.textContent = reply.failure.code === "engine-error"
      ? `Not downloaded. ${engine.asSentence(reply.message)}`
      : "Not downloaded: the decision engine stopped before it answered.";
    return;
  }
  const name = `scale-what-recommendation.${format === "json" ? "json" : "md"}`;
  download(name, format === "json" ? "application/json" : "text/markdown", String(reply.result));
  status.textContent = `Downloaded ${name}.`;
}
