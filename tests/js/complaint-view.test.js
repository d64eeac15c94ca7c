// The cues set aside, grouped by their note (complaint-view.js's byNote), as the engine's by_note groups them for the
// reason and the Markdown download: one note said once for all its cues, in the order first met.
import assert from "node:assert/strict";
import { test } from "node:test";

import { byNote, emptyFirstNote } from "../../docs/assets/javascripts/complaint-view.js";

/** @typedef {import("../../types/engine.js").CueMatch} Cue */

/**
 * A cue set aside, with the fields the grouping reads; the rest as the engine sends them.
 * @param {string} matched
 * @param {string | null} note
 * @returns {Cue}
 */
const setAside = (matched, note) => /** @type {Cue} */ (/** @type {unknown} */ ({ matched, note, counted: 0 }));

test("cues under one note are listed together, the notes in the order first met", () => {
  const paging = "it is where 'falls over' hurts the team, and the failure decides";
  const fine = "discounted: 'SSO is fine'";
  const cues = [setAside("on-call", paging), setAside("SSO", fine), setAside("gets paged", paging), setAside("3am", paging)];
  const grouped = byNote(cues);
  assert.deepEqual(grouped.map(([note]) => note), [paging, fine]);
  assert.deepEqual(grouped.map(([, group]) => group.map((cue) => cue.matched)), [["on-call", "gets paged", "3am"], ["SSO"]]);
});

test("a cue without a note is grouped under an empty note, and no cue gives no group", () => {
  assert.deepEqual(byNote([setAside("roles", null)]).map(([note, group]) => [note, group.length]), [["", 1]]);
  assert.deepEqual(byNote([]), []);
});

test("a blank first box says which complaint weighs most once a later box holds one", () => {
  const isBlank = (/** @type {string} */ text) => !text.trim();
  assert.equal(emptyFirstNote(["", "", "Deploys break prod", ""], isBlank), "Empty, so complaint 3, the first you wrote, weighs most.");
  assert.equal(emptyFirstNote([" \n", "SSO"], isBlank), "Empty, so complaint 2, the first you wrote, weighs most.");
  // The first box written, or none written: nothing to say.
  assert.equal(emptyFirstNote(["Deploys break prod", "", "SSO"], isBlank), "");
  assert.equal(emptyFirstNote(["", "", ""], isBlank), "");
  assert.equal(emptyFirstNote([], isBlank), "");
});
