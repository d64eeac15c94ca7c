"""The reading aside (issue 16): complaints written before the reading changes and never tuned against.

Written in the same session as the probe (tests/unit/complaint_probe.py), before any change to the
categoriser; measured once before and once after the last change, never looked at in between. Mixed on
purpose: plain complaints and the four ways of reading (contrast, negation, typos, words out of context),
in the voices of tickets, pager notes, sales notes and 1:1 notes. Each row: (complaint, expected type).
"""

from __future__ import annotations

ASIDE: tuple[tuple[str, str], ...] = (
    ("Bulk import of 50k contacts takes over an hour and sometimes just dies", "technical"),
    ("pager: api-gateway 5xx rate above 2% for 15 min, autoscaler not keeping up", "technical"),
    ("Finance flagged that our cloud spend per customer went up again", "technical"),
    ("Write-heavy tenants make the shared Postgres crawl for everyone else", "technical"),
    ("SSO is done and customers love it, but search is unusable on big workspaces", "technical"),
    ("Not a process thing: the job scheduler simply can't keep up with the number of jobs", "technical"),
    ("Custmer says the report builder times out every Monday morning", "technical"),
    ("The notification fan-out takes minutes when a big org posts an announcement", "technical"),
    ("Every incident gets handled differently depending on who is around", "process"),
    ("Reviews are fine, our problem is nobody knows what's in a release until it's out", "process"),
    ("We ship on Fridays with our fingers crossed", "process"),
    ("Performance isn't the issue: the same outage hit us three times because postmortems go nowhere", "process"),
    ("1:1 - she's the only one who knows how to rotate the certificates and she wants to go on leave", "process"),
    ("Estimates are off by a factor of three every single quarter", "process"),
    ("Half our PRs get merged without anyone actually reading them", "process"),
    ("Teh staging environment is always broken so people test in production", "process"),
    ("Alerts fire all night and most of them don't need anyone to do anything", "process"),
    ("Big customer wants to see who downloaded which file last month", "user"),
    ("Sales note: prospect requires that deleted users lose access immediately", "user"),
    ("The app is fast and stable; what the hospital wants is HIPAA paperwork and access reviews", "user"),
    ("Customer asked if workspace owners can block personal email domains from joining", "user"),
    ("Their IT team wants to push a default configuration to 40 teams at once", "user"),
    ("We keep building one-off permission flags for each big account", "user"),
    ("Prospect's procurement sent a 300-question vendor assessment", "user"),
    ("Customers can't restrict guests to a single project", "user"),
    ("No speed complaints from them at all, just a hard requirement for SCIM", "user"),
    ("Deal lost: they needed approval workflows before anything gets published", "user"),
    ("ticket: enterprise admin wants a report of inactive seats to reclaim licences", "user"),
    ("Onboarding a new team at a customer means two days of manual setup by our CSMs", "user"),
    ("The mobile app drains battery and feels janky on scroll", "technical"),
)
