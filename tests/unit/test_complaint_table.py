"""The complaint table: realistic complaints and the type each points at, measured against categorize().

TABLE is the tuning set: complaints as people write them in Slack threads and retros, in words other than
the cues'. The cues were tuned against it. HELD_OUT (tests/unit/complaint_heldout.py) was written first, in
another style, and is only measured.
"""

from __future__ import annotations

from decision_engine.complaints import categorize
from tests.unit.complaint_heldout import HELD_OUT

TABLE: tuple[tuple[str, str], ...] = (
    # technical
    ("Checkout gets really sluggish every evening when traffic peaks", "technical"),
    ("p99 on the orders API went from 300ms to 2s this month", "technical"),
    ("our AWS bill doubled since January and finance is asking questions", "technical"),
    ("The reporting queries crawl now that the events table has 800 million rows", "technical"),
    ("Requests to the pricing service time out whenever the batch job runs", "technical"),
    ("we fall over every Black Friday", "technical"),
    ("The site was down for two hours on Tuesday and we still don't know why", "technical"),
    ("Background jobs pile up for hours and emails go out late", "technical"),
    ("Redis hit rate is terrible so every page goes to the database", "technical"),
    ("Kafka consumers lag way behind during the morning spike", "technical"),
    ("Our storage costs keep climbing as customer data grows", "technical"),
    ("Dashboards take 20 seconds to load for anyone with more than a year of history", "technical"),
    ("the search cluster runs out of memory a couple of times a week", "technical"),
    ("Third-party API flakes and our client hammers it with retries until it rate limits us", "technical"),
    ("we're paying for a fleet of idle instances overnight", "technical"),
    ("Error rates spike to 5% whenever a big customer runs an import", "technical"),
    ("Database CPU sits at 95% most of the day", "technical"),
    ("Connection pool exhaustion takes the API down a few times a month", "technical"),
    ("cold starts make the first request after idle painfully slow", "technical"),
    ("Nightly sync can't finish before morning anymore, the dataset is too big", "technical"),
    ("Replication lag means users see stale data after saving", "technical"),
    ("Every time traffic doubles we have to rearchitect something", "technical"),
    ("p99 latency spikes at peak", "technical"),
    # process
    ("deploys break prod every Friday", "process"),
    ("Nobody wants to ship on Fridays because half our releases get rolled back", "process"),
    ("Same bugs keep coming back after we fix them", "process"),
    ("Our test suite is so flaky people just rerun it until it goes green", "process"),
    ("The on-call rotation is two people and both are burning out", "process"),
    ("We get paged at 3am for alerts nobody can act on", "process"),
    ("When the payments service falls over, nobody knows how to restart it except Priya", "process"),
    ("Incident reviews turn into finger-pointing sessions", "process"),
    ("We never write down what went wrong after an outage, so it happens again", "process"),
    ("Code reviews sit for days before anyone looks at them", "process"),
    ("Every release is a big bang with 200 changes in it", "process"),
    ("Hotfixes go straight to production without any testing", "process"),
    ("Features are always late and nobody can say when they'll land", "process"),
    ("Merging to main is scary because CI takes an hour and is often red", "process"),
    ("Each squad deploys differently and there's no shared pipeline", "process"),
    ("Half the team spends the week firefighting instead of building", "process"),
    ("the last three outages were all caused by config changes", "process"),
    ("Deploys cause outages", "process"),
    ("New engineers take months to get productive because nothing is written down", "process"),
    ("We keep missing sprint goals because of unplanned work", "process"),
    ("Postmortems happen but the action items never get done", "process"),
    ("Bugs reach customers because QA only happens the day before release", "process"),
    # user
    ("enterprise customers want SSO and audit logs", "user"),
    ("Big prospects keep asking for SAML before they'll sign", "user"),
    ("We lost a deal because we couldn't show who changed what", "user"),
    ("Security questionnaires take our sales engineers weeks to fill out", "user"),
    ("Customers need to limit what their interns can see and edit", "user"),
    ("IT admins want to add and remove users automatically from Okta", "user"),
    ("Every account asks us to manually set up their team structure", "user"),
    ("Prospects ask if we're SOC 2 compliant and we aren't", "user"),
    ("Admins have no way to see what their users are doing", "user"),
    ("Large customers want to approve changes before they go live in their workspace", "user"),
    ("There's no admin console, so we do user provisioning by hand via support tickets", "user"),
    ("Big orgs want separate workspaces per department with shared billing", "user"),
    ("Legal at a big bank asked where our data is stored and for how long", "user"),
    ("Customers recreate the same project setup from scratch for every new team", "user"),
    ("A customer's ex-employee still had access three weeks after leaving", "user"),
    ("Our permissions model is just admin or member, which is not enough for a 5,000-person company", "user"),
    ("Enterprise deals stall at procurement because we lack role-based access", "user"),
    ("Customers want to export activity logs into their SIEM", "user"),
    ("We can't enforce MFA or password rules for a whole organisation", "user"),
    ("Every enterprise pilot needs custom onboarding because we have no standard setup", "user"),
    ("GDPR data deletion requests are handled manually by engineers", "user"),
    ("our largest customer is threatening to churn unless they get granular roles", "user"),
    # no cue: never a guess
    ("Morale is low after the reorg", "uncategorized"),
    ("Marketing wants a new logo", "uncategorized"),
    ("The coffee on the third floor is undrinkable", "uncategorized"),
)

# Complaints that point at two types: (complaint, type, secondary).
TWO_TYPES: tuple[tuple[str, str, str], ...] = (
    ("Deploys cause outages", "process", "technical"),
    ("the last three outages were all caused by config changes", "process", "technical"),
    ("Every release takes the API down for a few minutes", "process", "technical"),
    ("Enterprise customers complain the dashboard is slow", "technical", "user"),
)


def _misses(rows: tuple[tuple[str, str], ...]) -> list[tuple[str, str, str, str]]:
    """The rows categorize() gets wrong: (complaint, expected, got, confidence word)."""
    misses = []
    for text, expected in rows:
        result = categorize(text)
        if result.type != expected:
            misses.append((text, expected, result.type, result.confidence_word))
    return misses


def _report(name: str, rows: tuple[tuple[str, str], ...], misses: list[tuple[str, str, str, str]]) -> float:
    accuracy = 1 - len(misses) / len(rows)
    print(f"\n{name}: {len(rows) - len(misses)}/{len(rows)} right ({accuracy:.1%})")
    for text, expected, got, word in misses:
        print(f"  MISS {text!r}: expected {expected}, got {got} ({word} confidence)")
    return accuracy


def test_table_is_large_and_covers_every_type() -> None:
    """The tuning table has at least 60 complaints, at least 15 for each type."""
    counts = {t: sum(1 for _, expected in TABLE if expected == t) for t in ("technical", "process", "user")}
    assert len(TABLE) >= 60
    assert min(counts.values()) >= 15, counts


def test_table_accuracy_at_least_90_percent() -> None:
    """At least 90% of the tuning table is categorised as expected."""
    misses = _misses(TABLE)
    assert _report("tuning table", TABLE, misses) >= 0.90, misses


def test_no_wrong_answer_with_high_confidence() -> None:
    """No complaint in either table is categorised wrongly with high confidence."""
    confident_misses = [m for m in _misses(TABLE) + _misses(HELD_OUT) if m[3] == "high"]
    assert confident_misses == []


def test_held_out_accuracy_at_least_85_percent() -> None:
    """At least 85% of the held-out complaints (never tuned against) are categorised as expected."""
    misses = _misses(HELD_OUT)
    assert len(HELD_OUT) == 30
    assert _report("held-out set", HELD_OUT, misses) >= 0.85, misses


def test_two_type_complaints_name_the_second_type() -> None:
    """A complaint that points at two types names both: a change causing a failure is process, then technical."""
    got = [(text, categorize(text).type, categorize(text).secondary) for text, _, _ in TWO_TYPES]
    assert got == list(TWO_TYPES)
