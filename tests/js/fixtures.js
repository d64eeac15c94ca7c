// A small contract in the shape contract.js gives the page, for the unit tests of the pure modules.

/** @typedef {import("../../docs/assets/javascripts/contract.js").Contract} Contract */

/** @returns {Contract} */
export function sampleContract() {
  /** @param {string} id @param {string} kind @param {string} prompt @param {Record<string, string>} options @param {import("../../docs/assets/javascripts/contract.js").Condition[]} [askedWhen] */
  const question = (id, kind, prompt, options, askedWhen = []) =>
    /** @type {const} */ ([id, { id, kind, prompt, options: new Map(Object.entries(options)), askedWhen }]);
  return {
    rubric: "2",
    questions: new Map([
      question("failure_mode", "deciding", "What fails first?", { outages: "Outages", regressions: "Regressions" }),
      question("deals_blocked", "context", "Are deals blocked?", { yes: "Yes", no: "No" }),
      question("costs_more", "follow_up", "Which costs more?", { blocked_deals: "The blocked deals", outages: "The outages" }, [
        { question: "deals_blocked", options: ["yes"] },
      ]),
    ]),
    deciding: "failure_mode",
    typeTitles: new Map([["technical", "Technical scaling"], ["process", "Process scaling"], ["user", "User scaling"]]),
    overrideTypes: ["technical", "process", "user", "uncategorized"],
    limits: { maxComplaints: 5, maxComplaintChars: 500, maxShareChars: 20_000 },
    runtimeBytes: 12_000_000,
  };
}
