import assert from "node:assert/strict";
import { test } from "node:test";

import { checkedShareUrl, fromBase64Url, isShareHash, nearShareMessage, readShare, shareUrl, toBase64Url } from "../../docs/assets/javascripts/share-link.js";
import { sampleContract } from "./fixtures.js";

const contract = sampleContract();
const PAGE = "https://example.test/tool/";
const state = { answers: { failure_mode: "outages" }, complaints: ["p99 «latency» ☃", "", "SSO", "", ""], overrides: { "2": "user" } };

/** @param {unknown} payload */
const hashOf = (payload) => `#answers=${toBase64Url(JSON.stringify(payload))}`;

test("a share link is the page's address without the query the reader came by, and the answers after #", () => {
  const came = "https://example.test/tool/?utm_source=news&subscriber=alice%40example.com#answers=old";
  const url = new URL(shareUrl(contract, state, false, came));
  assert.equal(url.origin + url.pathname, PAGE);
  assert.equal(url.search, "");
  assert.deepEqual(readShare(contract, url.hash), readShare(contract, new URL(shareUrl(contract, state, false, PAGE)).hash));
  const checked = checkedShareUrl(contract, state, true, came);
  assert.ok(checked.url !== null && !checked.url.includes("subscriber"), checked.url ?? checked.problem);
});

test("base64url round-trips UTF-8 without padding or URL-unsafe characters", () => {
  for (const text of ["", "a", "ab", "abc", "☃ «x» \u{1F600}", "?>>~~"]) {
    const encoded = toBase64Url(text);
    assert.match(encoded, /^[A-Za-z0-9_-]*$/);
    assert.equal(fromBase64Url(encoded), text);
  }
  assert.throws(() => fromBase64Url("_w"), "not UTF-8");
});

test("a link with complaints reads back as the same state, with no message", () => {
  const url = new URL(shareUrl(contract, state, true, PAGE));
  assert.equal(url.origin + url.pathname, PAGE);
  assert.ok(isShareHash(url.hash));
  const shared = readShare(contract, url.hash);
  assert.deepEqual(shared, { state: { ...state, complaints: ["p99 «latency» ☃", "", "SSO", "", ""] }, usable: true, message: "" });
});

test("a link without complaints holds the answers only", () => {
  const shared = readShare(contract, new URL(shareUrl(contract, state, false, PAGE)).hash);
  assert.deepEqual(shared.state, { answers: state.answers, complaints: ["", "", "", "", ""], overrides: {} });
});

test("a version 1 link of rubric 1 opens, says which rubric made it and what was kept", () => {
  const shared = readShare(contract, hashOf({ v: "1", a: { failure_mode: "regressions" }, c: ["deploys break"], o: { "0": "process" } }));
  assert.deepEqual(shared.state, { answers: { failure_mode: "regressions" }, complaints: ["deploys break", "", "", "", ""], overrides: { "0": "process" } });
  assert.ok(shared.usable);
  assert.ok(shared.message.startsWith(`This link was made with rubric version 1; this page uses version ${contract.rubric}.`));
  assert.match(shared.message, /Kept from the link: 1 answer and the complaints\.$/);
});

test("a link whose complaints alone are kept says so, and one with only blank complaints keeps nothing", () => {
  const complaintsOnly = readShare(contract, hashOf({ v: "1", a: { gone: "x" }, c: ["deploys break"] }));
  assert.ok(complaintsOnly.usable);
  assert.match(complaintsOnly.message, /Kept from the link: the complaints\.$/);
  const blank = readShare(contract, hashOf({ v: "1", a: { gone: "x" }, c: ["\ufeff", "\u200b "] }));
  assert.equal(blank.usable, false);
  assert.match(blank.message, /Nothing from the link could be kept\.$/);
});

test("a version 1 link of this page's rubric opens silently", () => {
  const shared = readShare(contract, hashOf({ v: contract.rubric, a: { failure_mode: "outages", deals_blocked: "yes" } }));
  assert.deepEqual(shared.state?.answers, { failure_mode: "outages", deals_blocked: "yes" });
  assert.equal(shared.message, "");
});

test("a link with answers that no longer fit names them", () => {
  const shared = readShare(contract, hashOf({ v: "2", a: { failure_mode: "outages", gone: "x" } }));
  assert.match(shared.message, /left out: an answer to an unknown question \(“gone”\)\./);
});

test("a link that carries what a page knew of a follow-up answer names it as left out (a diff review)", () => {
  const state = { answers: { failure_mode: "outages" }, complaints: [], overrides: {} };
  const shared = readShare(contract, hashOf({ version: 2, rubric: contract.rubric, state, previous: null, followUpFor: "outages" }));
  assert.deepEqual(shared.state?.answers, { failure_mode: "outages" });
  assert.match(shared.message, /left out: a part this page does not know \(“followUpFor”\)\./);
  const beside = readShare(contract, hashOf({ version: 2, rubric: contract.rubric, state, previous: null, previousFollowUpFor: "outages" }));
  assert.match(beside.message, /left out: a part this page does not know \(“previousFollowUpFor”\)\./);
});

test("a link's parts nothing here reads, and own answers kept beside the shared ones, are named as left out", () => {
  const state = { answers: { failure_mode: "outages" }, complaints: [], overrides: {}, effort_notes: "three sprints" };
  const shared = readShare(contract, hashOf({ version: 2, rubric: contract.rubric, state, previous: { answers: {} }, title: "Q3" }));
  assert.deepEqual(shared.state?.answers, { failure_mode: "outages" });
  assert.match(shared.message, /left out: a part this page does not know \(“title”\); the sharer's own answers kept beside the shared ones; a part this page does not know \(“effort_notes”\)\./);
  const ours = readShare(contract, hashOf({ version: 2, rubric: contract.rubric, state: { answers: { failure_mode: "outages" } }, previous: null }));
  assert.equal(ours.message, "", "a link this site makes opens silently");
});

test("a damaged, over-long or foreign link is reported and nothing is used", () => {
  for (const hash of ["#answers=%%%", "#answers=_w", hashOf([1, 2]), hashOf({ other: 1 }), `#answers=${toBase64Url("[".repeat(5000) + "]".repeat(5000))}`]) {
    const shared = readShare(contract, hash);
    assert.equal(shared.state, null, hash);
    assert.equal(shared.usable, false);
    assert.match(shared.message, /^This share link is damaged/);
  }
});

test("a link that gives a key twice names it, and nothing is used (the engine refuses it too)", () => {
  const text = `{"version": 2, "rubric": "${contract.rubric}", "state": {"answers": {"failure_mode": "outages", "failure_mode": "governance"}}}`;
  const shared = readShare(contract, `#answers=${toBase64Url(text)}`);
  assert.equal(shared.state, null);
  assert.equal(shared.usable, false);
  assert.match(shared.message, /^This share link gives “failure_mode” twice, so nothing was read from it/);
});

test("a link longer than a page reads says so, and nothing is used", () => {
  const long = hashOf({ v: "2", a: { failure_mode: "x".repeat(contract.limits.maxShareChars) } });
  const shared = readShare(contract, long);
  assert.equal(shared.state, null);
  assert.match(shared.message, /^This share link is longer than this page reads \(a link holds at most \d+,\d{3} characters of answers\)/);
  assert.match(readShare(contract, "#answers=" + "A".repeat(4 * contract.limits.maxShareChars + 8)).message, /longer than this page reads/);
});

test("over-long complaints travel whole in a link", () => {
  const long = "Our p99 latency ☃ ".repeat(contract.limits.maxComplaintChars / 10);
  const mine = { ...state, complaints: [long, "", "", "", ""] };
  const made = checkedShareUrl(contract, mine, true, PAGE);
  assert.equal(made.problem, "");
  assert.deepEqual(readShare(contract, new URL(String(made.url)).hash).state?.complaints[0], long);
});

test("a link too long is refused when it is made, with the reason, and the answers-only link offered", () => {
  const long = "x".repeat(contract.limits.maxShareChars);
  const made = checkedShareUrl(contract, { ...state, complaints: [long, "", "", "", ""] }, true, PAGE);
  assert.equal(made.url, null);
  assert.match(made.problem, /^No link was made: with your complaints it would hold \d+,\d{3} characters, and a share link holds at most \d+,\d{3}\. Your complaints are kept here in full; you can copy a link with your answers only\.$/);
  assert.ok("withoutComplaints" in made && made.withoutComplaints);
  assert.deepEqual(readShare(contract, new URL(made.withoutComplaints).hash).state?.answers, state.answers);
  const alone = checkedShareUrl(contract, { ...state, complaints: [long, "", "", "", ""] }, false, PAGE);
  assert.equal(alone.problem, "");
});

test("a link whose prefix a mail or chat program changed is read as the link that was made", () => {
  const hash = new URL(shareUrl(contract, state, true, PAGE)).hash;
  const data = hash.slice("#answers=".length);
  for (const passedOn of [`#answers%3D${data}`, `#answers%3d${data}`, `#Answers=${data}`, `#ANSWERS%3D${data}`, `#answers%253D${data}`]) {
    assert.ok(isShareHash(passedOn), passedOn);
    assert.deepEqual(readShare(contract, passedOn), readShare(contract, hash));
  }
  for (const other of ["#answer=x", "#answersx", "#top", ""]) assert.equal(isShareHash(other), false, other);
});

test("a second link after the first is said: only the first is read", () => {
  const hash = new URL(shareUrl(contract, state, true, PAGE)).hash;
  const data = hash.slice("#answers=".length);
  for (const tail of [`#answers=${data}`, `&answers=${data}`, `?answers%3D${data}`]) {
    const read = readShare(contract, hash + tail);
    assert.deepEqual(read.state, readShare(contract, hash).state, tail);
    assert.match(read.message, /^This address holds a second share link after the first: only the first was read\./, tail);
  }
  // A parameter whose value says "answers=" is no second link (a diff review).
  assert.equal(readShare(contract, `${hash}&utm_campaign=answers=q2`).message, "");
});

test("a link that took the punctuation or space after it is read as the link that was made", () => {
  const hash = new URL(shareUrl(contract, state, true, PAGE)).hash;
  for (const tail of [".", ").", "%20", " ", "%22", "\u201d.", "%3E", ",%0A", "?utm_source=newsletter", "&ref=chat", "#sw-result-title"]) {
    assert.deepEqual(readShare(contract, hash + tail), readShare(contract, hash), JSON.stringify(tail));
  }
  assert.match(readShare(contract, hash.slice(0, -3) + ".").message, /^This share link is damaged/); // cut short
});

// A hang guard, not a performance target (a diff review found the crafted link froze the tab).
test("a crafted link whose data ends in a long run of punctuation is read at once", () => {
  // 200,000 characters a regular expression would backtrack over are read (and refused as damaged): the loop takes
  // milliseconds, the expression took 50 s. The bound is a thousand times the loop's time, so no machine's noise.
  const started = performance.now();
  assert.match(readShare(contract, `#answers=eyJ2Ijo${".".repeat(200_000)}x`).message, /^This share link is damaged/);
  assert.ok(isShareHash(`#answers=eyJ2Ijo${".%2E".repeat(50_000)}`));
  assert.ok(performance.now() - started < 10_000, "a crafted share link froze the page");
});

test("a link from a newer version of the site says so, not that it is damaged", () => {
  const shared = readShare(contract, hashOf({ version: 3, rubric: contract.rubric, state: { answers: {} } }));
  assert.equal(shared.usable, false);
  assert.equal(shared.message, "This share link was made by a newer version of this site than this page, so nothing was read from it. Reload the page to get the newer version.");
  for (const version of ["3", 1, 0, -1]) {
    assert.match(readShare(contract, hashOf({ version, state: {} })).message, /^This share link is damaged/, String(version));
  }
});

test("no link is made that carries nothing, and a link that holds nothing says so", () => {
  const none = { answers: {}, complaints: ["", "", "", "", ""], overrides: {} };
  assert.deepEqual(checkedShareUrl(contract, none, true, PAGE), {
    url: null,
    problem: "No link was made: there is nothing to share yet. Answer a question or write a complaint first.",
    withoutComplaints: null,
  });
  const complaintsOnly = { ...none, complaints: ["deploys break prod", "", "", "", ""] };
  assert.match(checkedShareUrl(contract, complaintsOnly, false, PAGE).problem, /your complaints are left out of links\. Tick/);
  assert.equal(checkedShareUrl(contract, complaintsOnly, true, PAGE).problem, "");
  const empty = readShare(contract, hashOf({ version: 2, rubric: contract.rubric, state: { answers: {}, complaints: [], overrides: {} }, previous: null }));
  assert.deepEqual(empty, { state: null, usable: false, message: "This share link holds no answers and no complaints, so there was nothing to read from it." });
});

test("only a whole version number above this page's is called newer", () => {
  for (const version of [2.5, 1e308, 100]) {
    assert.match(readShare(contract, hashOf({ version, state: {} })).message, /^This share link is damaged/, String(version));
  }
});

test("a fragment that reads as a share link mistyped is said, not ignored; a heading's or a share link's is not", () => {
  for (const hash of ["#answerz=eyJ2ZXJzaW9uIjoyfQ", "#answer=eyJ2", "#Answers:eyJ2", "#ANSWER%3DeyJ2", "#answerz=", "#/answers=eyJ2", "#!answers=eyJ2"]) {
    const message = nearShareMessage(hash);
    assert.match(message, /^This address ends with “#[/!]?answ[a-z]*(=|%3d|:)…”, which is not how a share link's answers start \(“#answers=”\), so nothing was read from it\. Check the link you were sent\.$/i, hash);
  }
  // The "=" lost: the data's first characters are quoted, not all of it.
  assert.match(nearShareMessage("#answerseyJ2ZXJzaW9uIjoyfQ"), /^This address ends with “#answerseyJ2ZXJz…”, which is not how/);
  const long = `#answer${"z".repeat(500)}=eyJ2`;
  assert.ok(nearShareMessage(long).length < 250, "the fragment is quoted clipped");
  assert.ok(!nearShareMessage(long).includes("……"), "one ellipsis where it is cut");
  for (const hash of ["", "#answers=eyJ2", "#ANSWERS%3DeyJ2", "#answer-the-questions", "#sw-complaints", "#caf%C3%A9"]) {
    assert.equal(nearShareMessage(hash), "", hash);
  }
});

test("a share link cut right after its name, or with invisible characters where its answers start, is said", () => {
  // An attack review: each was ignored without a word.
  assert.match(nearShareMessage("#answers"), /^This address ends with “#answers”, the start of a share link with no answers after it/);
  assert.match(nearShareMessage("#ANSWERS"), /cut short/);
  for (const hash of ["#answers%C2%AD=eyJ2", "#%C2%A0answers=eyJ2", "#answers\u200b=eyJ2", "#answers%20=eyJ2", "#%20answerz=eyJ2"]) {
    assert.match(nearShareMessage(hash), /^This share link holds spaces or invisible characters .* so nothing was read from it\. Check the link you were sent\.$/, hash);
  }
  // A stray "%" or an escape cut in two further on leaves the rest decoded; cut short behind an invisible character
  // (a diff review: each was ignored).
  for (const hash of ["#answers%C2%AD=eyJ2%", `#answers%C2%AD=eyJ2${"x".repeat(340)}%E2%80%8B`, "#answers%E2%80%8B", "#answers%20"]) {
    assert.match(nearShareMessage(hash), /^This share link holds spaces or invisible characters/, hash);
  }
  // Right after "#answers=", the link is read and found to hold them: said so, not as damage (a reader's review).
  for (const hash of ["#answers=%C2%ADeyJ2ZXJzaW9uIjoyfQ", "#answers=%E2%80%8BeyJ2ZXJzaW9uIjoyfQ", "#answers=%C2%A0eyJ2"]) {
    assert.match(readShare(contract, hash).message, /^This share link holds spaces or invisible characters/, hash);
  }
  assert.match(readShare(contract, "#answers=eyJ2ZX!!").message, /^This share link is damaged/);
  // Inside a link's answers, where a chat program wraps a line (a storage attack: said to be where they start, and
  // nothing read): left out, the rest read, and said.
  const link = hashOf({ version: 2, rubric: contract.rubric, state: { answers: { failure_mode: "outages" }, complaints: [], overrides: {} }, previous: null });
  const middle = Math.floor(link.length / 2);
  for (const invisible of ["%E2%80%8B", "%C2%AD", "%20", "\u200b"]) {
    const read = readShare(contract, link.slice(0, middle) + invisible + link.slice(middle));
    assert.deepEqual(read.state?.answers, { failure_mode: "outages" }, invisible);
    assert.match(read.message, /^This share link held spaces or invisible characters, .*they were left out, and the rest was read\./);
  }
  assert.match(readShare(contract, "#answers=eyJ2%E2%80%8BZX!!").message, /^This share link holds spaces or invisible characters .* in its answers/);
  // Another reason than damage, found once they are left out, is said as it is (a diff review).
  const newer = hashOf({ version: 9, rubric: contract.rubric, state: { answers: {} } });
  assert.match(readShare(contract, `${newer.slice(0, 20)}%E2%80%8B${newer.slice(20)}`).message, /made by a newer version of this site/);
  // Not a heading's id with a space in it, nor a link read as written.
  for (const hash of ["#a%20b", "#answers=eyJ2%20"]) assert.equal(nearShareMessage(hash), "", hash);
});
