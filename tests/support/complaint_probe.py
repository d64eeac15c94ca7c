"""The reading probe (issue 16): complaints that need reading, not word-spotting.

Written before the categoriser learnt clause scope, typo tolerance, context rules and the fallback, and
measured before and after (tests/unit/test_complaint_probe.py). Four ways a person reads that a word list
does not, in the voices the tool hears (support tickets, pager notes, sales notes, 1:1 notes):

- ``contrast`` / ``negation``: one clause rules a type out ("X is fine, but Y ..."); ``ruled_out`` is that type;
- ``typo``: a key word misspelt by one letter (an insertion, deletion, substitution or swap);
- ``ambiguous``: a short or many-sided word used in another sense than the cue's;
- ``symptom``: the pain described without any word of the vocabulary.

Never add a row's exact words to the vocabulary to make it pass: the fix must be a way of reading.
"""

from __future__ import annotations

from typing import NamedTuple


class ProbeRow(NamedTuple):
    """One probe complaint, the type a person reads in it, how it is tricky, the type it rules out, its voice."""

    text: str
    expected: str
    kind: str  # "contrast", "negation", "typo", "ambiguous" or "symptom"
    ruled_out: str | None  # contrast and negation rows: the type the complaint says is fine
    voice: str  # "ticket", "pager", "sales" or "1:1"


T, P, U = "technical", "process", "user"

PROBE: tuple[ProbeRow, ...] = (
    # ---- contrast: one clause is fine, another carries the complaint -----------------------------
    ProbeRow(
        "Honestly the API speed is fine; what's killing us is that nobody owns incidents at night",
        P,
        "contrast",
        T,
        "1:1",
    ),
    ProbeRow(
        "They had no complaints about uptime, but the deal is stuck because we lack SSO", U, "contrast", T, "sales"
    ),
    ProbeRow(
        "DB looks healthy, no latency alarms. Real issue: the runbook for failover is out of date",
        P,
        "contrast",
        T,
        "pager",
    ),
    ProbeRow(
        "SSO and audit logs are all sorted now; the app itself is just painfully slow for big accounts",
        T,
        "contrast",
        U,
        "1:1",
    ),
    ProbeRow("Permissions are fine. Dashboard load time is 30s for this tenant.", T, "contrast", U, "ticket"),
    ProbeRow(
        "Our release process is OK, the problem is the database falls over every time traffic spikes",
        T,
        "contrast",
        P,
        "1:1",
    ),
    ProbeRow(
        "Security review went smoothly; they dropped us because the demo kept timing out", T, "contrast", U, "sales"
    ),
    ProbeRow("Costs aren't the worry this quarter. Releases slipping every sprint is.", P, "contrast", T, "1:1"),
    ProbeRow(
        "Compliance isn't blocking them, they're happy with our SOC 2. "
        "They're worried the API can't handle their volume",
        T,
        "contrast",
        U,
        "sales",
    ),
    ProbeRow(
        "Paging worked and the runbook was followed; root cause is the cache stampede when keys expire",
        T,
        "contrast",
        P,
        "pager",
    ),
    ProbeRow(
        "Tests are green and CI is quick, yet customers keep asking for role-based permissions we don't have",
        U,
        "contrast",
        P,
        "1:1",
    ),
    ProbeRow(
        "Login itself works (SSO is fine). Search results take 12 seconds to come back.", T, "contrast", U, "ticket"
    ),
    ProbeRow(
        "Price and performance were never the sticking point; procurement needs SCIM and data residency",
        U,
        "contrast",
        T,
        "sales",
    ),
    ProbeRow(
        "the infra is solid, what hurts is shipping: every release needs a week of manual QA", P, "contrast", T, "1:1"
    ),
    ProbeRow(
        "Scaling the servers was the easy part. The hard part is hotfixes going out without review",
        P,
        "contrast",
        T,
        "1:1",
    ),
    ProbeRow(
        "Their CTO loved the speed. Their CISO blocked it: no audit logs, no SSO enforcement", U, "contrast", T, "sales"
    ),
    ProbeRow("Uptime has been great all quarter but postmortem action items never get done", P, "contrast", T, "1:1"),
    ProbeRow(
        "Rollback was clean and the deploy process held up. The queue workers are stuck at 100% CPU though",
        T,
        "contrast",
        P,
        "pager",
    ),
    ProbeRow(
        "Performance is great for everyone; the blocker for the bank is that admins cannot restrict exports",
        U,
        "contrast",
        T,
        "sales",
    ),
    ProbeRow(
        "We can handle the load just fine. What we can't handle is three teams deploying the same service "
        "with no coordination",
        P,
        "contrast",
        T,
        "1:1",
    ),
    # ---- negation: a type named only to be ruled out -------------------------------------------
    ProbeRow(
        "Not a performance issue. Customer's admin can't restrict which members export data.",
        U,
        "negation",
        T,
        "ticket",
    ),
    ProbeRow(
        "not a deploy issue - no changes went out today. disk filled up on the primary", T, "negation", P, "pager"
    ),
    ProbeRow("We don't need more servers, we need code review to stop taking three days", P, "negation", T, "1:1"),
    ProbeRow(
        "No problem with performance here, the customer wants an audit trail of role changes",
        U,
        "negation",
        T,
        "ticket",
    ),
    ProbeRow(
        "It's not that on-call is hard, it's that the queue backs up and messages get dropped", T, "negation", P, "1:1"
    ),
    ProbeRow("no outage, no errors, just nobody picked up the page for 40 minutes", P, "negation", T, "pager"),
    ProbeRow(
        "Not asking for new admin features; the export endpoint returns 504s for big workspaces",
        T,
        "negation",
        U,
        "ticket",
    ),
    ProbeRow("Not worried about audit findings; worried that p95 doubled since the migration", T, "negation", U, "1:1"),
    ProbeRow(
        "Nothing wrong with the database. The incident dragged on because nobody knew who was in charge",
        P,
        "negation",
        T,
        "pager",
    ),
    ProbeRow("The outage was not the problem for them; losing a deal over missing SAML was", U, "negation", T, "sales"),
    # ---- typos: a key word misspelt by one letter ----------------------------------------------------
    ProbeRow("Checkout latnecy through the roof since this morning", T, "typo", None, "ticket"),
    ProbeRow("Customer reports intermittent timeuots on the upload endpoint", T, "typo", None, "ticket"),
    ProbeRow("Their security team wants an audit trial of everything admins do", U, "typo", None, "sales"),
    ProbeRow("postmortms keep getting skipped when the week is busy", P, "typo", None, "1:1"),
    ProbeRow("rolback failed halfway, had to restore by hand", P, "typo", None, "pager"),
    ProbeRow("Deal on hold until our complaince story is clearer", U, "typo", None, "sales"),
    ProbeRow("Admin wants to enforce pasword rules across the whole company", U, "typo", None, "ticket"),
    ProbeRow("thruoghput dropped by half after noon", T, "typo", None, "pager"),
    ProbeRow("Flakey tests mean every mrege is a gamble", P, "typo", None, "1:1"),
    ProbeRow("They need automatic user provisoning for 3,000 seats", U, "typo", None, "sales"),
    ProbeRow("Nobody could find the runbok, so the fix took two hours", P, "typo", None, "pager"),
    ProbeRow("Peformance of the reports page is awful for large tenants", T, "typo", None, "ticket"),
    ProbeRow("Deploymnets slip every week and nobody knows when features land", P, "typo", None, "1:1"),
    ProbeRow("Customer asks for persmissions per project for their contractors", U, "typo", None, "ticket"),
    ProbeRow("replicaiton falls minutes behind at peak", T, "typo", None, "pager"),
    ProbeRow("The prospect wants to see our goverance controls before the pilot", U, "typo", None, "sales"),
    # ---- ambiguous words: a cue's word in another sense ------------------------------------------------
    ProbeRow("CDN edge in the EU region serves stale assets for hours", T, "ambiguous", None, "ticket"),
    ProbeRow("Elasticsearch health went red after a node ran out of disk", T, "ambiguous", None, "pager"),
    ProbeRow(
        "After every launch we spend a week firefighting and nothing planned gets done", P, "ambiguous", None, "1:1"
    ),
    ProbeRow("Launch broke our sprint plan again; the team is permanently reactive", P, "ambiguous", None, "1:1"),
    ProbeRow("Another Sev1 on the payments DB and no one knew who was on point", P, "ambiguous", None, "pager"),
    ProbeRow("Prospect in the DE region wants their data to stay in-country", U, "ambiguous", None, "sales"),
    ProbeRow("CI is red on main again, third time today because of a flaky test", P, "ambiguous", None, "pager"),
    ProbeRow("We spend too much on AWS for what the product does", T, "ambiguous", None, "1:1"),
    ProbeRow(
        "The dashboard went red during the incident and nobody knew who should respond", P, "ambiguous", None, "1:1"
    ),
    ProbeRow("Customer in the UK wants separate admins per department", U, "ambiguous", None, "ticket"),
    ProbeRow(
        "The DB migration script has no checklist and nobody reviews it before it runs", P, "ambiguous", None, "1:1"
    ),
    ProbeRow("US customers see 2s page loads, EU ones see 200ms", T, "ambiguous", None, "ticket"),
    ProbeRow("Budget is fine; we broke the sprint three times with surprise launches", P, "ambiguous", None, "1:1"),
    # ---- symptoms without a listed word -------------------------------------------------------------
    ProbeRow("The spinner never stops on the projects page for large accounts", T, "symptom", None, "ticket"),
    ProbeRow("Video keeps stuttering and rebuffering on the customer's network", T, "symptom", None, "ticket"),
    ProbeRow("Their questionnaire asks about least privilege and separation of duties", U, "symptom", None, "sales"),
    ProbeRow("Uploads hang at 99% for files over a gigabyte", T, "symptom", None, "ticket"),
    ProbeRow("Whoever is holding the phone that week basically doesn't sleep", P, "symptom", None, "1:1"),
    ProbeRow(
        "They need to know where the data physically lives and who at our company can see it",
        U,
        "symptom",
        None,
        "sales",
    ),
    ProbeRow("Nobody can tell me when the feature will actually be done", P, "symptom", None, "1:1"),
)
