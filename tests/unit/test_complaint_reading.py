"""Complaints read as a person reads them (issue 16): clauses, negation, misspellings, context, the fallback."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from decision_engine import complaint_fallback, complaints, cues
from decision_engine.complaint_model import UNCATEGORIZED, Categorization
from decision_engine.complaints import STRESS_BONUS, categorize, normalise
from decision_engine.errors import MissingModelError
from decision_engine.guidance import GUIDANCE
from decision_engine.model import ScalingType
from decision_engine.reading import FINE, PLAIN, STRESSED, clauses, concedes, ranks_first, sums_up
from tests.support.complaint_aside import ASIDE
from tests.support.complaint_heldaside import ATTACK27_ROWS, ATTACK28_ROWS
from tests.support.complaint_heldout import HELD_OUT, LATE_PROBE
from tests.support.complaint_probe import PROBE
from tests.support.complaint_table import MORE, TABLE

T, P, U = ScalingType.TECHNICAL, ScalingType.PROCESS, ScalingType.USER


# ---------------------------------------------------------------------------------------------
# Clauses
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        ("Latency is not the problem, the on-call rota is", [(FINE, "not the problem"), (PLAIN, "")]),
        ("X is fine, but Y is killing us", [(FINE, "is fine"), (STRESSED, "but")]),
        ("No issues with SSO; the app is just painfully slow", [(FINE, "no issues"), (PLAIN, "")]),
        ("Honestly the problem is the rota", [(STRESSED, "the problem is")]),
        ("The problem isn't latency, it's the rota", [(FINE, "problem isnt"), (PLAIN, "")]),
        ("Root cause: nobody owns it", [(STRESSED, "root cause"), (STRESSED, "root cause")]),
        ("We don't need more servers", [(FINE, "dont need")]),
        ("We do not need SSO or audit logs for this one", [(FINE, "do not need")]),  # set 41 read
        ("The team does not need more servers", [(FINE, "does not need")]),
        ("Uptime has been great all quarter", [(FINE, "been great")]),
        ("SSO is fine and the dashboards are slow", [(FINE, "is fine"), (PLAIN, "")]),
        ("The dashboards are slow and SSO is fine", [(PLAIN, ""), (FINE, "is fine")]),
        ("SSO and audit logs are all sorted now", [(FINE, "are all sorted")]),
        ("Our admin console and SSO are fine", [(FINE, "are fine")]),
        ("Deploys break prod every Friday and SSO is fine", [(PLAIN, ""), (FINE, "is fine")]),
        ("Tests are green and CI is quick", [(FINE, "are green"), (FINE, "is quick")]),
        ("Uptime's fine and the team is burned out", [(FINE, "s fine"), (PLAIN, "")]),
        ("Latency is fine compared to our on-call rota", [(FINE, "is fine"), (PLAIN, "")]),
        ("The rota is in decent shape", [(FINE, "is in decent")]),
        ("The rota is in a good place", [(FINE, "is in a good")]),
        ("Their complaint is that exports are slow", [(STRESSED, "complaint is")]),
        ("My worry is the pager", [(STRESSED, "worry is")]),
        ("The thing killing renewals is the import", [(STRESSED, "thing killing renewals is")]),
        ("Their complaint is", [(PLAIN, "")]),
        ("What breaks every week is the import", [(STRESSED, "what breaks every week is")]),
        ("what isn't is the import", [(STRESSED, "what isnt is")]),
        ("What is the SLA for exports?", [(PLAIN, "")]),
        ("We've never had latency or uptime complaints", [(FINE, "never had latency or uptime complaints")]),
        ("Customers haven't heard any speed concerns", [(FINE, "havent heard any speed concerns")]),
        ("We don't have a latency problem, we have a rota one", [(FINE, "dont have a latency problem"), (PLAIN, "")]),
        ("Uptime, latency, cost: all sorted and green", [(FINE, "all sorted and green")] * 4),
        ("Latency? Solved.", [(FINE, "solved"), (FINE, "solved")]),
        ("Audit logs - fixed and in place", [(FINE, "fixed and in place"), (FINE, "fixed and in place")]),
    ],
)
def test_clause_roles(text: str, roles: list[tuple[str, str]]) -> None:
    """Each clause is plain, stressed (it carries the complaint) or fine (it rules its subject out)."""
    assert [(c.role, c.marker) for c in clauses(text)][: len(roles)] == roles


@pytest.mark.parametrize(
    "text",
    [
        "Nothing works after a deploy",
        "SSO would be great",
        "The API needs to be fast for big customers",
        "Nobody knows how billing works",
        "The deploy script only works on Dave's machine",
        "Tests do not catch issues before release",
        "The issue is no one owns the pager",
        "Not having runbooks hurts every incident",
        "We are not able to roll back quickly",
        "Customer support isn't fine at all",
        "Deploys break prod every week: all fixed by hand",
        "We never had a rota for incidents",
        "We have never had time to fix complaints about the rota",
        "The problem doesn't go away after a restart",
    ],
)
def test_complaints_that_only_look_like_fine_clauses_are_not_discounted(text: str) -> None:
    """A negated fine word, a wish, 'how it works', a negated action or an absence is a complaint, not 'fine'."""
    assert [c.role for c in clauses(text)].count(FINE) == 0, clauses(text)


def test_discounted_clause_is_explained_and_counts_nothing() -> None:
    """A cue in a clause that says it is not the problem counts 0, and the reason quotes the clause."""
    result = categorize("Latency is not the problem, the on-call rota is")
    assert result.type == "process"
    assert [(m.cue, m.counted, m.note) for m in result.discounted] == [
        ("latency", 0, "discounted: 'Latency is not the problem'")
    ]
    assert "discounted: 'Latency is not the problem' ('Latency')" in result.reason
    assert result.scores[0].score == 0


@pytest.mark.parametrize(
    ("text", "expected", "ruled_out"),
    [
        # A hedge between the negation and the noun phrase (a reader's review: "outage" counted).
        ("Not really an outage problem, it's that every release breaks something.", P, "outage"),
        ("It's not actually a latency issue; nobody reviews the migrations.", P, "latency"),
        # "not just" adds, it rules nothing out.
        ("It's not just a latency problem, the whole checkout times out.", T, None),
    ],
)
def test_a_hedged_negation_still_rules_its_problem_out(text: str, expected: ScalingType, ruled_out: str | None) -> None:
    """ "not really a", "not actually an": the problem word after them is ruled out as after "not a"."""
    result = categorize(text)
    assert result.type == expected.value, result.reason
    counted = {m.cue for m in result.cues}
    if ruled_out is None:
        assert "latency" in counted
    else:
        assert ruled_out not in counted
        assert ruled_out in {m.cue for m in result.discounted}


def test_negated_symptom_is_discounted_alone() -> None:
    """ "no outage, no errors" discounts the two symptoms, and only them; a missing capability still counts."""
    result = categorize("no outage, no errors, and no runbook for the failover")
    assert [(m.cue, m.note) for m in result.discounted] == [
        ("outage", "discounted: 'no outage'"),
        ("error", "discounted: 'no errors'"),
    ]
    assert [m.cue for m in result.cues if m.kind == "cue"] == ["runbook", "failover"]


def test_the_clause_that_carries_the_complaint_weighs_more() -> None:
    """Each cue after 'but' counts STRESS_BONUS more, and the reason says so."""
    result = categorize("Deploys are frequent but the database locks up under load")
    stressed = [m for m in result.cues if m.note and "carries the complaint" in m.note]
    assert [(m.cue, m.counted - m.weight) for m in stressed] == [
        ("database", STRESS_BONUS),
        ("lock", STRESS_BONUS),
        ("under load", STRESS_BONUS),
    ]
    assert result.type == "technical"
    assert "in the clause that carries the complaint (+1 each)" in result.reason


def test_a_verdict_rules_out_the_list_before_it_and_says_so() -> None:
    """ "A, B, C: all shipped and working" rules A, B and C out; the explanation quotes each with the verdict."""
    result = categorize("SSO, SCIM and audit logs: all shipped and working. The issue is the p99 on search.")
    assert result.type == "technical"
    assert [(m.cue, m.note) for m in result.discounted][:2] == [
        ("sso", "discounted: 'SSO', said to be 'all shipped and working'"),
        ("scim", "discounted: 'SCIM and audit logs', said to be 'all shipped and working'"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Deploys keep breaking prod. All sorted now, apparently.",  # a full stop between
        "Deploys keep breaking production, all green on staging",  # a statement, not a list item
        "Deploys: broken and failed",  # no fine state: a complaint
    ],
)
def test_a_verdict_speaks_only_of_a_list_or_a_question_just_before_it(text: str) -> None:
    """The first clause is never ruled out by what follows a full stop, by a verdict after a statement, or by
    words that say nothing is fine."""
    assert clauses(text)[0].role != FINE, clauses(text)


def test_a_fragment_before_a_contrast_is_conceded_with_its_list() -> None:
    """ "A, B - all sturdy. Yet C ...": the contrast says the fragment is not the pain, so A and B are ruled out; the
    same fragment without a contrast after it, or without a list before it, rules nothing out."""
    roles = [(c.role, c.text) for c in clauses("Deploys, reviews - all sturdy. Yet the p99 on search doubles")]
    assert roles == [
        (FINE, "Deploys"),
        (FINE, "reviews"),
        (FINE, "all sturdy"),
        (STRESSED, "Yet the p99 on search doubles"),
    ]
    assert categorize("Deploys, reviews - all sturdy. Yet the p99 on search doubles").type == "technical"
    assert FINE not in [c.role for c in clauses("Deploys, reviews - all sturdy. And the p99 on search doubles")]
    assert FINE not in [c.role for c in clauses("All sturdy. Yet the p99 on search doubles")]
    assert FINE not in [c.role for c in clauses("Deploys, reviews - we never test. Yet the p99 on search doubles")]


def test_a_plain_clause_before_the_one_that_carries_the_complaint_is_conceded() -> None:
    """ "A happened, but B hurts": when the clause after the contrast holds a cue, a plain clause before it that does
    not complain on its own (no symptom, no negation, no word for a problem) is what the complaint concedes."""
    result = categorize("Audit logs and SCIM went out in March, but the on-call rota is two people")
    assert result.type == "process"
    assert {m.cue: m.counted for m in result.discounted} == {"audit log": 0, "scim": 0}
    assert "conceded before 'but'" in result.reason
    # a clause with a symptom, a negation or a problem word complains on its own and keeps its cues
    for text in (
        "Checkout is slow for SSO users, but the worry is that nobody owns incidents",
        "We have no SSO yet, but the export endpoint takes 30 seconds",
        "SSO is a pain, but the export endpoint takes 30 seconds",
    ):
        assert "conceded" not in categorize(text).reason, text
    # with no cue in the clause that carries the complaint nothing is conceded
    assert categorize("Audit logs and SCIM went out in March, but nobody noticed").type == "user"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A load said of the people who do the work, or of their work items: the team's load.
        ("devs can't keep up with the review load", P),
        ("the data team's workload doubled and nothing ships on time", P),
        ("code reviewers are the bottleneck, PRs wait for days", P),
        ("the on-call engineers have no headroom left this quarter", P),
        ("support staff can't keep up with the ticket volume", P),
        ("two senior devs are the bottleneck for every design decision", P),
        # The same words with a system named near the load: the system's load.
        ("the team says the cluster is at capacity every evening", T),
        ("our SRE team reports the API has no headroom at peak traffic", T),
        ("the team can't keep up with traffic spikes on launch days", T),
        ("headcount is fine, the bottleneck is disk IO on the primary", T),
        # No people: the system's, as before.
        ("we are out of capacity on the payments service", T),
        ("the monolith can't keep up with the write volume", T),
        # Slowness said of people or their work (a reader's review: "Hiring is slow" read technical), and of a
        # system with people near it.
        ("Hiring is slow", P),
        ("the team is slow to ship anything", P),
        ("the dashboard is slow for the sales team", T),
    ],
)
def test_a_load_said_of_people_counts_for_process(text: str, expected: ScalingType) -> None:
    """A review found "the team has no capacity left" and "our reviewers can't keep up" read as the system's load
    (technical, medium). A load cue (cues.LOAD_CUES) near a word for people or their work items and near no word for
    a system counts for process, and says why."""
    result = categorize(text)
    assert result.type == expected.value, result.reason
    loads = [m for m in (*result.cues, *result.discounted) if m.cue in cues.LOAD_CUES]
    assert loads, "no load cue was found"
    assert {m.type for m in loads} == {expected}
    if expected is P:
        assert {m.example for m in loads} == {cues.PEOPLE_LOAD_EXAMPLE}
        assert any("said of people" in (m.note or "") for m in result.cues), "the reason is not said"


@pytest.mark.parametrize(
    "text",
    [
        "the task queue is saturated",
        "our staff portal is not fast",
        "people can't load the dashboard fast enough",
    ],
)
def test_speed_and_users_are_not_a_teams_load(text: str) -> None:
    """A review of the rule above: "fast" and "load" are speed, "people" are often the users, and a task queue is a
    system's; none of them makes a complaint the team's load."""
    result = categorize(text)
    assert result.type == T.value, result.reason
    assert not any("said of people" in (m.note or "") for m in (*result.cues, *result.discounted))


def test_a_symptom_decides_what_a_feature_named_with_it_is() -> None:
    """ "The SCIM endpoint is slow": the feature is where it hurts, the symptom is what hurts; the feature's cue only
    breaks a tie. Not when the sentence asks for it, not for who hurts, not for a failure word a deal may have."""
    result = categorize("The SCIM endpoint is slow at peak")
    assert (result.type, result.secondary) == ("technical", None)
    assert "the symptom 'slow' decides ('SCIM')" in result.reason
    assert "decides ('audit log')" in categorize("Our audit log page shows 5xx errors all day").reason
    assert categorize("They need SCIM and the export is slow").secondary == "user"  # a wish: it counts
    assert "decides" in categorize("Compliance reports need 5 minutes to render and the page is slow").reason  # no wish
    assert categorize("Every pilot dies at the SOC 2 audit").type == "user"  # "dies" is no system failure here
    # a symptom in another sentence decides nothing here
    assert "decides" not in categorize("The SCIM endpoint is missing. The export is slow").reason


def test_a_customer_a_symptom_hurts_counts_only_to_break_a_tie() -> None:
    """The exercise's own example of a symptom, "Search takes ten seconds for our largest customers", is technical: the
    customers are who it hurts, and the guide labels a complaint by its cause. A cue of enterprise adoption that names a
    customer (in it, or the word after it) counts only to break a tie next to a deciding symptom; one that names no
    customer keeps counting, and so does any of them in a sentence that asks for something."""
    result = categorize("Search takes ten seconds for our largest customers")
    assert (result.type, result.secondary, result.confidence_word) == ("technical", None, "medium")
    assert "it names the customer it hurts, and the symptom 'seconds' decides ('largest customers')" in result.reason
    assert categorize("Enterprise clients say the export is slow").secondary is None  # the customer word after it
    assert categorize("An enterprise admin says the export is slow").secondary == "user"  # no customer named
    assert categorize("The deal stalled because the export is slow").secondary == "user"  # what is at stake counts
    wish = categorize("Our largest customers need SCIM and the export is slow")
    assert "decides ('largest" not in wish.reason  # it asks for something: the customers count
    # A diff review: not a customer that is itself slow, one far from the symptom, or a customer word in the next
    # sentence.
    for text in (
        "Our biggest client is slow to pay invoices",
        "Large customers are really slow to adopt the product",
        "Onboarding a new enterprise customer takes 6 weeks and the admin page is slow",
        "The export is slow for enterprise. Customer success is swamped",
    ):
        assert "the customer it hurts" not in categorize(text).reason, text
    assert categorize("The export is slow. It hurts our largest customers").secondary == "user"  # another sentence


def test_a_symptom_said_of_a_review_does_not_decide() -> None:
    """A diff review: "Enterprise customers wait weeks for a slow security questionnaire" read technical, the
    questionnaire only where the slowness hurts. A review or a document a customer runs on the vendor
    (cues.PAPERWORK_CUES) is no part of the product: its slowness is how long trust takes, and its cue keeps counting.
    A page of the product that shows one is still the product's."""
    result = categorize("Enterprise customers wait weeks for a slow security questionnaire")
    assert result.type == "user", result.reason
    assert "decides ('security questionnaire')" not in result.reason
    assert categorize("Security reviews are slow and block every enterprise deal").type == "user"
    assert categorize("Procurement is slow at every bank we sell to").type == "user"
    assert categorize("The security review page is slow to load").type == "technical"
    assert categorize("The security review page in our app is slow").type == "technical"  # a diff review
    assert "decides ('SSO'" in categorize("SSO login is slow").reason  # a feature of the product: where it hurts


@pytest.mark.parametrize("phrase", cues.PAPERWORK_CUES)
def test_each_paperwork_cue_is_a_user_cue(phrase: str) -> None:
    assert any(cue.phrase == phrase and cue.type is U for cue in cues.CUES), phrase


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It's not our deploy pipeline that's slow, it's the API itself: a product page fires 140 queries", T),
        ("It isn't the reviews, it's that the database falls over at peak", T),
        ("Honestly it's not the servers; our releases break something every week", P),
        ("It's not the database, it's that every release goes out untested", P),
    ],
)
def test_a_clause_that_says_what_it_is_not_is_ruled_out(text: str, expected: ScalingType) -> None:
    """A tenth set's row read process: "It's not our deploy pipeline that's slow, it's the API itself" counted the
    pipeline. A clause that opens with "it's not" and a determiner rules out what it names."""
    result = categorize(text)
    assert result.type == expected.value, result.reason
    assert "discounted: 'It" in result.reason or "discounted: 'Honestly" in result.reason


@pytest.mark.parametrize(
    "text",
    [
        "It's not the first time the database went down this month",
        "It's not working for our biggest tenants since the release",
        "It's not any faster after the upgrade",
        # A diff review: "a"/"an" opens a judgement, not the thing ruled out.
        "It's not a good sign that deploys break prod every Friday",
        "It's not a surprise that the checkout API times out every Black Friday",
        "It was never a priority to fix the slow checkout API",
    ],
)
def test_it_is_not_that_complains_is_not_ruled_out(text: str) -> None:
    """ "it's not the first time", "it's not working", "it's not any faster", "it's not a good sign that ...": a
    complaint, not a ruling-out."""
    assert "discounted" not in categorize(text).reason


def test_what_someone_blamed_is_conceded_to_the_actual_cause() -> None:
    """ "The incident retro blamed on-call, but the actual cause was the database ...": the first clause has a
    symptom, so it complained on its own and was never conceded. A clause that says what someone believed or blamed
    is what the clause after it corrects."""
    result = categorize(
        "The incident retro blamed on-call, but the actual cause was the payments database hitting max connections"
    )
    assert result.type == "technical", result.reason
    assert "conceded before 'but'" in result.reason
    assert categorize("The outage was bad, but the real cause was nobody reviewing the config change").type == "process"
    # A diff review: only a clause that corrects the belief concedes it.
    blames = categorize(
        "Everyone blames the on-call engineer after each incident, but nothing changes and the API is slow"
    )
    assert blames.type == "process", blames.reason
    # without a belief, a clause with a symptom still complains on its own
    assert "conceded" not in categorize("The site went down for an hour, but the worry is SSO").reason


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Every Monday the lesson planner shows a blank screen for teachers", "lessons"),
        ("The imaging viewer cannot stream large scans to 200 clinicians at once", "viewer"),
    ],
)
def test_a_cue_in_another_sense_counts_for_nothing(text: str, cue: str) -> None:
    """A "lesson planner" is no lesson learned and an "imaging viewer" no role: without their words (incidents,
    learning; roles, access) these cues only break a tie, and make no combination."""
    result = categorize(text)
    assert result.type == "technical", result.reason
    assert not any(m.kind == "combination" and cue.rstrip("s") in m.matched for m in result.cues), result.reason
    assert categorize("We never write down the lessons from an incident").type == "process"
    assert categorize("Viewers can edit reports because roles are all-or-nothing").type == "user"
    assert categorize("No one shares lessons across teams, so every squad hits the same bugs").type == "process"
    assert categorize("Clients keep asking for a viewer tier for stakeholders").fallback is None


@pytest.mark.parametrize("said", ["was never torn down", "is spun down at night", "was scaled down last week"])
def test_something_taken_down_on_purpose_is_no_outage(said: str) -> None:
    result = categorize(f"The demo cluster {said}")
    assert not any(m.cue == "down" for m in (*result.cues, *result.discounted)), result.reason
    assert categorize("The demo cluster went down").type == "technical"
    assert categorize("A bad Terraform apply tore down prod").type == "technical"  # not on purpose: an outage


def test_a_cue_counted_in_a_combination_is_not_said_to_be_set_aside() -> None:
    """A reader's review: "Every Friday deploy breaks something ..." said 'deploy + breaks' counted and, in the same
    reason, that 'breaks' was set aside for want of a system near it; a later review, that a note "counted in 'deploy +
    breaks', not on its own", under "Set aside", still read as counted and set aside. It is not set aside: the
    combination that counts it says why."""
    result = categorize("Every Friday deploy breaks something that worked the week before")
    assert "deploy + breaks" in [m.matched for m in result.cues]
    assert "breaks" not in [m.cue for m in result.discounted], result.discounted
    assert "breaks" not in result.reason.replace("deploy + breaks", "")


def test_a_channels_word_in_the_label_makes_no_combination() -> None:
    """ "Pager note: ... 502s" made 'a failure and the team's response to it' of the label's "Pager", which the same
    reason said was only where the complaint was written."""
    result = categorize("Pager note: SAML login page returning 502s under load, the auth service runs on one instance")
    assert not [m for m in result.cues if m.kind == "combination" and "Pager" in m.matched], result.reason
    assert "counted in" not in result.reason


@pytest.mark.parametrize(
    "text",
    [
        "We don't have outages; our problem is that sales can't close without SSO",
        "We've never had a major outage; deals stall on SAML",
        "Haven't had any latency problems, it's the audit log nobody can export",
    ],
)
def test_a_symptom_the_team_does_not_have_is_not_mentioned(text: str) -> None:
    """A reader's review: "We don't have outages; ..." was user, and "also mentions technical scaling: outages". A
    negation and have/has/had (at most two determiners between) before a symptom rule it out."""
    result = categorize(text)
    assert (result.type, result.secondary) == ("user", None), result.reason
    assert "discounted: '" in result.reason


@pytest.mark.parametrize(
    "text",
    [
        "We never had outages until we passed 10k users",
        "We've never had an outage this bad: the site was down for nine hours",
        "We haven't seen the latency improve since the migration",
    ],
)
def test_a_symptom_had_now_or_seen_is_not_ruled_out(text: str) -> None:
    """A diff review: a limit after the symptom ("until", "this bad") says it is had now; "seen" is no having."""
    result = categorize(text)
    assert result.type == "technical", result.reason
    assert "discounted" not in result.reason


def test_a_change_of_a_user_feature_is_an_admins_task() -> None:
    """ "Customers keep asking us to change their settings for them" read as process: "change" is a release cue. A
    change whose object is a feature of the user type counts only to break a tie; a change the team ships keeps
    counting, and so does one whose object is only a generic cue ("an API contract")."""
    result = categorize("Customers keep asking us to change their settings for them")
    assert result.type == "user", result.reason
    assert "what it changes ('settings') is the user type's, an admin's task ('change')" in result.reason
    assert categorize("Every change needs three approvals").type == "process"
    assert categorize("Config changes break prod every week").type == "process"
    assert "what it changes" not in categorize("Team A changed an API contract and nobody told team B").reason
    # A diff review: a change shipped to a feature, one that breaks something, is the team's.
    assert categorize("Every change to the SSO login flow breaks production").type == "process"
    assert categorize("We changed the SSO provider and login broke for everyone").type == "process"
    assert "what it changes" not in categorize("A change to RBAC went out untested and locked out every admin").reason
    # Too far from the change, or in another clause, the feature is not what it changes.
    assert "what it changes" not in categorize("We change the release train often, and settings are a mess").reason


def test_a_label_that_names_the_channel_counts_only_to_break_a_tie() -> None:
    """ "Sales note:", "Ticket #12 -", "pager:": who writes, not what hurts. Other cues in a label count, and so
    does a channel word after the label."""
    result = categorize("Sales note: the workspace takes 20 seconds to open")
    assert result.type == "technical"
    assert "'Sales note' says where the complaint was written" in result.reason
    assert "written" in categorize("Ticket #12 - an org owner wants projects visible only to finance").reason
    assert "written" not in categorize("Customer onboarding: two weeks of manual setup per team").reason
    assert "written" not in categorize("The sales team promised SSO: we have none").reason  # no label: 5 words
    assert "written" not in categorize("Pager rota and runbooks").reason  # no colon or dash after it


def test_intensifiers_wh_clefts_and_wishes() -> None:
    """ "rock solid" is fine like "solid"; "where we struggle is ..." carries the complaint like "what hurts is ...";
    a wish before a contrast complains on its own and is not conceded."""
    found = clauses("Infra is rock solid. Where we struggle is the release process")
    assert [(c.role, c.marker) for c in found] == [(FINE, "is rock solid"), (STRESSED, "where we struggle is")]
    result = categorize("Customers want one invoice but separate billing per team")
    assert "conceded" not in result.reason
    assert [m.cue for m in result.cues] == ["invoice", "separate billing"]


def test_a_fine_word_in_a_clause_that_carries_the_complaint_or_limited_to_a_part_is_no_verdict() -> None:
    """ "the blocker is the works council": "works" is no verdict where a clause says it carries the complaint; "works
    for small teams" and "fine for most accounts" are fine only for a part, and complain about the rest."""
    assert [c.role for c in clauses("the blocker is the works council")] == [STRESSED]
    assert [c.role for c in clauses("the export works for small teams")] == [PLAIN]
    assert [c.role for c in clauses("latency is fine for most accounts")] == [PLAIN]
    assert [c.role for c in clauses("latency is fine for everyone")] == [FINE]
    assert FINE not in [c.role for c in clauses("managers cannot see what their reports are working on")]


def test_a_fine_word_in_a_relative_clause_describes_a_thing_and_is_no_verdict() -> None:
    """ "breaks something that worked": the fine word describes what broke, so the clause still complains (a fine
    state too: "that was working"). With a verb of the relative clause's own before it, as the clause's subject
    ("that works", "and that works"), or after "which" (a verdict on what came before), it is the clause's verdict."""
    for text in (
        "releases keep breaking pages that worked",
        "each deploy breaks a feature that had always worked",
        "every release breaks something that was working last week",
        "every deploy breaks something that has basically always worked",
    ):
        assert FINE not in [c.role for c in clauses(text)], text
        assert categorize(text).type == "process", text
    for text in ("the SSO that we built works fine", "that works fine", "SSO is done and that works great"):
        assert FINE in [c.role for c in clauses(text)], text
    assert (
        categorize("we added SSO and SCIM which worked well, the release process is the bottleneck").type == "process"
    )


def test_right_as_a_direction_or_an_adverb_is_not_access_rights() -> None:
    """ "rights" is stemmed to "right", which reads as access rights ("added to the right groups"); "right now", "all
    right" and "right-to-left" as written do not, while "rights now" and "all rights" still do."""
    for text in (
        "users lose their edit rights after a rename",
        "editing rights now take a week",
        "everyone has all rights",
    ):
        assert [m.cue for m in categorize(text).cues] == ["rights"], text
    for text in ("it fails right now for the admin", "text runs right-to-left in the editor", "all right, the admin"):
        assert "rights" not in [m.cue for m in categorize(text).cues], text
    # The same for "site" stemmed to "sit": an outage is "site down", a meeting "sit down".
    assert [m.cue for m in categorize("the site down page is all we show").cues][:1] == ["site down"]
    assert "site down" not in [m.cue for m in categorize("we sit down with each customer to set up SSO").cues]


def test_second_as_an_ordinal_is_not_a_duration() -> None:
    """A review: "the same incident happened a second time" read "second" as latency. After a determiner it is the
    ordinal; "a second" alone ("lags behind by a second"), "seconds" and "per second" are still durations."""
    for text in (
        "the same incident happened a second time",
        "our second on-call engineer quit this month",
        "the same incident hit us for the second time",
        "every second deploy breaks prod",
    ):
        assert "seconds" not in [m.cue for m in categorize(text).cues], text
    for text in ("typing lags behind by a second", "search takes 4 seconds", "the timeout is one second"):
        assert "seconds" in [m.cue for m in categorize(text).cues], text


def test_irregular_past_tenses_read_as_their_verbs() -> None:
    """A review: the guide's own "the service fell over twice last month" was uncategorized; "fell" is "fall"."""
    for text, cue in (("the service fell over twice last month", "fall over"), ("the page hung on save", "hang")):
        assert cue in [m.cue for m in categorize(text).cues], text
        assert categorize(text).type == "technical", text
    # A review: not "fell" alone ("fall behind" is a queue's lag), nor a call that "hung up".
    for text, kind in (
        ("the team fell behind on releases after the reorg", "process"),
        ("we have fallen behind on admin requests from customers", "user"),
        ("the customer hung up after waiting for an admin change", "user"),
    ):
        assert {"fall behind", "hang"}.isdisjoint(m.cue for m in categorize(text).cues), text
        assert categorize(text).type == kind, text


def test_a_step_nobody_took_counts_more() -> None:
    """ "nobody reviewed it", "we don't test", "without review": a missing safeguard weighs more than the step named
    alone; a symptom after the same words is still a negated symptom, not a missing step."""
    result = categorize("We merged a migration that locked a table, and nobody reviewed it")
    assert result.type == "process"
    (review,) = [m for m in result.cues if m.cue == "review"]
    assert review.counted == review.weight + cues.MISSING_STEP_BONUS
    assert review.note == "+1: a step not taken ('nobody reviewed')"
    assert "'no one tested': a step not taken, +1 each" in categorize("no one tested the release").reason
    assert "step not taken" not in categorize("no outage this week").reason


def test_a_duration_never_decides() -> None:
    """ "takes forever" says how long, not that a system is slow: the feature named with it still counts."""
    result = categorize("Setting up SAML for a new customer takes forever")
    assert (result.type, result.secondary) == ("user", "technical")
    assert "decides" not in result.reason


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The grid stutters and goes to a white screen on big boards", "technical"),
        ("The admin console is not responding after ten minutes", "technical"),
        ("Since the upgrade, saving a draft breaks something that used to work", "process"),
        ("The launch got pushed back twice while we dropped everything for escalations", "process"),
        ("Auditors asked which country the backups are kept in", "user"),
        ("The storefront buckles whenever a campaign email goes out", "technical"),
        ("We found out about the breach in a tweet, again", "process"),
        ("Customers ask how to export all their data before a contract ends", "user"),
        ("Knowledge of the billing system lives with one person who is leaving", "process"),
        ("A prospect asked for service credits if we miss the uptime SLA", "user"),
        ("Their HR system should put new staff in the right user groups", "user"),
        ("Several teams change the checkout flow and none of them talk to each other", "process"),
        ("The timeline chugs on any account older than a year", "technical"),
        ("The clinic will not sign until every chart view is logged", "user"),
        ("Bug fixes rot in the backlog because feature work always comes first", "process"),
    ],
)
def test_pain_described_rather_than_named(text: str, expected: str) -> None:
    """How each type's pain sounds when it is described: a screen that stutters or goes blank, a change that breaks
    what used to work, a plan pushed back, the country where data is kept."""
    assert categorize(text).type == expected


def test_a_country_is_about_data_only_next_to_data() -> None:
    """ "country" is a governance cue next to data or the law; alone it only breaks a tie."""
    result = categorize("Users in every country complain about the release notes")
    assert result.type == "process"
    assert [m.cue for m in result.discounted] == ["country"]


def test_a_heading_that_names_the_problem_passes_its_stress_on() -> None:
    """ "Biggest worry right now: ..." carries the clause after the colon, like "The real issue: ..."; a heading with
    more words after the problem word is a plain clause."""
    found = clauses("Biggest worry right now: the rota is a mess")
    assert [(c.role, c.marker) for c in found] == [(PLAIN, ""), (STRESSED, "worry right now")]
    # "about the release process and the rota" is one object (set 45 read: "and" after a preposition's object).
    assert [c.role for c in clauses("A worry about the release process and the rota: SSO")] == [PLAIN] * 2


def test_a_fine_clause_that_is_only_its_fine_words_is_a_verdict() -> None:
    """ "A, B: no complaints." rules A and B out, like "A, B: all fine."; "A, B: no complaints about C" does not."""
    assert [c.role for c in clauses("Deploys, reviews: no complaints. The p99 doubles")] == [FINE, FINE, FINE, PLAIN]
    assert [c.role for c in clauses("Deploys, reviews: no complaints about the rota")] == [PLAIN, PLAIN, FINE]


def test_a_contrast_word_that_closes_a_clause_stresses_it() -> None:
    """ "... though." and "..., however." at the end of a clause: that clause carries the complaint, and a fragment
    before it is conceded."""
    found = clauses("SSO, RBAC - all sturdy. The p99 on search doubles though.")
    assert [(c.role, c.marker) for c in found] == [
        (FINE, "all sturdy, then 'though'"),
        (FINE, "all sturdy, then 'though'"),
        (FINE, "all sturdy, then 'though'"),
        (STRESSED, "though"),
    ]
    assert [(c.role, c.marker) for c in clauses("Latency is fine. The rota is a mess, however.")] == [
        (FINE, "is fine"),
        (STRESSED, "however"),
    ]
    assert [c.role for c in clauses("Though. The rota is a mess")] == [PLAIN, PLAIN]


def test_a_short_number_glued_to_s_is_seconds() -> None:
    """ "takes 9s" is a duration (the cue "seconds"); "500s" stays a status code, never seconds."""
    assert [m.cue for m in categorize("the app takes 9s on every tap").cues] == ["seconds"]
    assert [m.cue for m in categorize("the app takes 9s to open").cues] == ["seconds to open"]
    assert "seconds" not in [m.cue for m in categorize("the API returns 500s").cues]
    # A label's plural after a hyphen is no duration (a reader's review: "4 sev-1s" counted one second); a range is.
    assert "seconds" not in [m.cue for m in categorize("we had 4 sev-1s and a dozen p-2s this month").cues]
    assert [m.cue for m in categorize("every search is a 2-9s wait").cues] == ["seconds"]


def test_words_that_steer_reading_are_never_misspellings() -> None:
    """ "complaint" is one swap from the cue "compliant", but it is a word of the reading data: never corrected."""
    result = categorize("Their complaint is about the checkout latency")
    assert all(m.correction is None for m in result.cues)
    assert result.type == "technical"


def test_a_complaint_that_is_all_fine_has_no_type() -> None:
    """When every cue is ruled out and nothing else is said, there is no category and no guess."""
    result = categorize("Latency is fine.")
    assert (result.type, result.cues, result.fallback) == ("uncategorized", (), None)
    assert result.reason.startswith("no cue counted")


# ---------------------------------------------------------------------------------------------
# Misspellings
# ---------------------------------------------------------------------------------------------


def test_a_misspelt_strong_cue_counts_one_less_and_says_so() -> None:
    """ "latancy" is read as "latency": technical, at a lower confidence than the right spelling."""
    wrong, right = categorize("latancy at checkout"), categorize("latency at checkout")
    assert (wrong.type, right.type) == ("technical", "technical")
    assert wrong.confidence < right.confidence
    (match,) = wrong.cues
    assert (match.cue, match.matched, match.correction, match.counted) == (
        "latency",
        "latancy",
        "latancy \u2192 latency",
        match.weight - cues.TYPO_PENALTY,
    )
    assert "misspelt, counted 1 less: latancy \u2192 latency" in wrong.reason


@pytest.mark.parametrize(
    ("text", "read_as"),
    [
        ("latnecy spikes", "latency"),  # two neighbours swapped
        ("outtages every week", "outage"),  # a letter too many, plural
        ("permisions are a mess", "permission"),  # a letter missing
        ("the rolback took an hour", "rollback"),  # an abbreviation's spelling ("roll back")
        # A letter dropped in an ending the stemmer strips (set 39 read: "keeps crashng when the season goes on sale").
        ("the site keeps crashng at 10am", "crash"),
        ("the scheduler crashd twice", "crash"),
        ("deployng takes all afternoon", "deploy"),
        ("the firefightin never ends", "firefight"),
    ],
)
def test_one_edit_is_read_as_the_cue_word(text: str, read_as: str) -> None:
    """Insertions, deletions, substitutions and swaps of neighbours are corrected, also in plurals."""
    corrections = [m.correction for m in categorize(text).cues if m.correction]
    assert len(corrections) == 1
    assert corrections[0] is not None
    assert corrections[0].endswith(f"\u2192 {read_as}")


@pytest.mark.parametrize(
    "text",
    [
        "Tests do not catch bugs",  # "catch" is two edits from "cache"
        "latnecyy spikes",  # two edits from "latency"
        "slpw",  # four letters: only two neighbours swapped are read ("slwo" is "slow")
        "lga",  # three letters: never corrected
        "fatency everywhere",  # another first letter
        "the propect is keen",  # one edit from "prospect" and from "project": ambiguous
        "nobody can tell who approved which refund",  # "rerund" is no form of "rerun"
        "a stampede of new signups",  # "stamped" plus a letter, but a word of its own
    ],
)
def test_what_is_not_a_misspelling_is_left_alone(text: str) -> None:
    """Known words, short words (but a swap in four letters), two edits, another first letter and ambiguous words are
    never corrected."""
    assert [m.correction for m in categorize(text).cues if m.correction] == []


def test_misspellings_of_strong_cues_are_categorised_at_lower_confidence() -> None:
    """Of every one-letter misspelling (swap, deletion, doubling) of each single-word cue of weight 2 or 3 with
    five letters or more, at least 97% get the cue's type at a lower confidence; none gets another type. Not a cue
    that names something else without its words ("lessons", "viewer": another_sense): alone, it counts for nothing."""
    right, wrong_type, total = 0, [], 0
    needing = {rule.cue for rule in cues.CONTEXT_RULES if rule.another_sense}
    ruled = {rule.cue for rule in cues.CONTEXT_RULES}
    for cue in cues.CUES:
        word = cue.phrase
        if cue.weight < 2 or not word.isalpha() or len(word) < 5 or word in needing:
            continue
        variants = {word[:2] + word[3] + word[2] + word[4:], word[:3] + word[4:], word[:3] + word[3] + word[3:]}
        for variant in sorted(variants - {word}):
            # A letter doubled where the cue has two already is a letter held for stress ("slugggish"): read as the
            # word, in full (test_a_letter_held_for_stress_is_read_as_the_word).
            if len(variant) < cues.TYPO_MIN_LETTERS or re.search(r"(.)\1\1", variant):
                continue
            total += 1
            result, base = categorize(variant), categorize(word)
            if result.type == cue.type.value and result.confidence < base.confidence:
                right += 1
            elif result.type != "uncategorized" and not (word in ruled and result.type == cue.type.value):
                # A cue of a context rule alone ("unreachable") counts only to break a tie: the fallback model guesses
                # it and its misspelling alike, at the same confidence; only another type is wrong for it.
                wrong_type.append((word, variant, result.type))
    print(f"\nmisspelt strong cues: {right}/{total} categorised at lower confidence")
    assert wrong_type == []
    assert right / total >= 0.97


# ---------------------------------------------------------------------------------------------
# Context for ambiguous cues
# ---------------------------------------------------------------------------------------------


def test_no_context_rule_reason_speaks_of_how_it_was_found() -> None:
    """The reasons are the reader's (how-it-decides lists them): where a rule came from (a review, a set read) is said
    in the code's comments, not to the reader (19 reasons said "(an attack review)", "(set 33 read)" ...)."""
    told = [rule.reason for rule in cues.CONTEXT_RULES if re.search(r"\breview\)|\bsets? \d+\b|\bread\)", rule.reason)]
    assert told == []


def test_every_context_rule_names_a_cue_and_says_why() -> None:
    """Each context rule belongs to a cue of the vocabulary, once, with supporting words and a reason."""
    phrases = {cue.phrase for cue in cues.CUES}
    rules = [rule.cue for rule in cues.CONTEXT_RULES]
    assert len(rules) == len(set(rules))
    for rule in cues.CONTEXT_RULES:
        assert rule.cue in phrases
        assert rule.needs
        assert all(normalise(word) for word in rule.needs)
        assert rule.about
        assert len(rule.reason) > 30


@pytest.mark.parametrize(
    ("supported", "alone", "cue"),
    [
        ("CI is red on main again", "the search cluster went red overnight", "red"),
        ("we spend a fortune on AWS", "we spend every evening on calls", "spend"),
        ("EU customers ask where their data is stored", "the EU edge nodes are slow", "eu"),
        ("the deploy broke production", "the launch broke our sprint plan", "break"),
    ],
)
def test_an_ambiguous_cue_needs_a_supporting_word(supported: str, alone: str, cue: str) -> None:
    """With a supporting word nearby the cue counts; without, it is set aside as a tie-breaker, and says so."""
    assert cue in [m.cue for m in categorize(supported).cues]
    result = categorize(alone)
    assert cue not in [m.cue for m in result.cues]
    (aside,) = [m for m in result.discounted if m.cue == cue]
    assert aside.note is not None
    assert aside.note.startswith("counted only to break a tie: it needs a word about")


def test_a_tie_breaker_breaks_a_tie() -> None:
    """Two types with equal scores: the one with a tie-breaker cue leads, not the default order."""
    assert categorize("the cache and SSO").type == "technical"  # a tie: the default sequence decides
    result = categorize("the cache and SSO for the EU office")
    assert {s.type: s.score for s in result.scores} == {T: 3, P: 0, U: 3}
    assert (result.type, [m.cue for m in result.discounted]) == ("user", ["eu"])


# ---------------------------------------------------------------------------------------------
# The fallback model
# ---------------------------------------------------------------------------------------------


def test_fallback_speaks_only_when_no_cue_counts_and_always_low() -> None:
    """With no cue the model guesses, at low confidence, and the reason says it is a guess and from which words."""
    result = categorize("Engineers keep pushing to master")
    assert result.cues == ()
    assert result.fallback is not None
    assert (result.type, result.confidence, result.confidence_word) == ("process", 0.2, "low")
    assert result.fallback.type is P
    assert result.fallback.words
    assert result.reason.startswith("process, a guess: no cue counted, and the fallback model")
    assert categorize("p99 latency spikes at peak").fallback is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Engineers keep pushing to master", P), ("Acme wants tenantwide administration", U)],
)
def test_the_browser_tests_guesses_are_still_guessed(text: str, expected: ScalingType) -> None:
    """The browser tests show a guess of the fallback model for these texts; the model is retrained whenever the cues
    change, so its guesses are checked here first (a CI run: "Support spends two days a week on Acme" stopped being
    guessed after a session's cues, and only a browser test said so)."""
    result = categorize(text)
    assert result.fallback is not None, result.reason
    assert result.type == expected


def test_fallback_stays_silent_without_a_word_it_recognises() -> None:
    """A complaint in none of the vocabulary's wording stays uncategorized: never a guess from nothing."""
    result = categorize("Morale is low after the reorg")
    assert (result.type, result.fallback, result.confidence) == ("uncategorized", None, 0.0)


def test_fallback_never_reads_what_a_clause_rules_out() -> None:
    """The model reads the text outside the discounted clauses and symptoms only."""
    assert complaint_fallback.read_unknown("") is None
    result = categorize("Latency is fine; deployments are fine too.")
    assert (result.type, result.fallback) == ("uncategorized", None)


def test_training_data_is_the_vocabulary_and_the_guidance_examples_only() -> None:
    """Every training text is a cue, an abbreviation's spelling, an example's label or a guidance example."""
    allowed = {cue.phrase for cue in cues.CUES}
    allowed |= {form for entry in cues.ABBREVIATIONS for form in entry.forms}
    allowed |= {example.label for example in cues.EXAMPLES}
    allowed |= {f"{e.name} {e.summary}" for g in GUIDANCE.values() for e in g.examples}
    documents = complaint_fallback.training_documents()
    assert {text for _, text, _ in documents} <= allowed
    measured = {text for text, _ in TABLE + MORE + HELD_OUT + LATE_PROBE + ASIDE} | {row.text for row in PROBE}
    assert not measured & {text for _, text, _ in documents}


def test_the_generated_model_is_current() -> None:
    """The model file the build generated is what training on today's data gives (else: `python hatch_build.py`)."""
    assert complaint_fallback.MODEL_PATH.read_text(encoding="utf-8") == complaint_fallback.model_text(
        complaint_fallback.train()
    ), "the complaint fallback model is stale: run `python hatch_build.py` (make does it when the data changed)"


def test_training_is_deterministic() -> None:
    """Two trainings give the same bytes; the values are integers, so scoring sums are exact everywhere."""
    first, second = complaint_fallback.train(), complaint_fallback.train()
    assert complaint_fallback.model_text(first) == complaint_fallback.model_text(second)
    index, values = complaint_fallback._model()
    assert len(values) == 4 * len(first["grams"].split("\n")) == 4 * len(index)
    assert all(isinstance(v, int) for v in values)


def test_a_missing_model_is_a_clear_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Without the generated file a complaint the model would read raises an error that says how to make it."""
    monkeypatch.setattr(complaint_fallback, "MODEL_PATH", tmp_path / "missing.json")
    complaint_fallback._model.cache_clear()
    try:
        with pytest.raises(MissingModelError, match=r"is missing: the build generates it.*pip install -e \."):
            categorize("Engineers keep pushing to master")
        assert categorize("p99 latency spikes at peak").type == "technical"  # cues do not need the model
        (tmp_path / "missing.json").write_text(json.dumps({"format": 1}), encoding="utf-8")
        complaint_fallback._model.cache_clear()
        with pytest.raises(MissingModelError, match="has format 1, not 3"):
            categorize("Engineers keep pushing to master")
    finally:
        monkeypatch.undo()
        complaint_fallback._model.cache_clear()


def test_model_values_must_fit_in_16_bits() -> None:
    """Training refuses a value the file cannot hold, rather than writing a wrong one."""
    with pytest.raises(ValueError, match="does not fit in 16 bits"):
        complaint_fallback._pack([0, 2**15])
    assert list(complaint_fallback._unpack(complaint_fallback._pack([-(2**15), 0, 7, 2**15 - 1]))) == [
        -(2**15),
        0,
        7,
        2**15 - 1,
    ]


def test_a_word_that_only_starts_a_problem_phrase_is_no_problem() -> None:
    """ "sticking" starts "sticking point" but alone rules nothing out."""
    assert [c.role for c in clauses("We are not sticking with the plan")] == [PLAIN]


def test_the_speller_forgets_when_its_memory_is_full(monkeypatch: pytest.MonkeyPatch) -> None:
    """The speller remembers at most _MEMO_SIZE words, then starts again; answers do not change."""
    from decision_engine import reading  # noqa: PLC0415

    speller = reading.Speller(["latency", "outage"], ["the"], lambda word: word)
    monkeypatch.setattr(reading, "_MEMO_SIZE", 2)
    assert [speller.correct(w) for w in ("latancy", "outtage", "latancy", "zzzzzz")] == [
        "latency",
        "outage",
        "latency",
        None,
    ]
    assert len(speller._memo) <= 2


def test_a_negated_symptom_may_have_a_determiner_between() -> None:
    """ "no major outage" rules the outage out; "never write down" keeps "down" (a verb between, not a determiner)."""
    assert [(m.cue, m.note) for m in categorize("no major outage this year, just slow pages").discounted] == [
        ("outage", "discounted: 'no major outage'")
    ]
    assert categorize("We never write down what went wrong").discounted == ()


@pytest.mark.parametrize(
    "text",
    [
        "Customer admins have no self-serve way to reset their team's access, so every request lands on us",
        "Our largest accounts keep asking for self service user management instead of emailing support",
    ],
)
def test_an_admins_self_serve_is_user_scaling(text: str) -> None:
    """The guide's word for what admin controls give a customer ("a self-service admin control"): a way for their
    admin to do it without asking. Its absence is a user-scaling complaint, however it reaches support."""
    result = categorize(text)
    assert result.type == "user", result.reason
    assert any(cue.cue in {"self serve", "self service"} for cue in result.cues), result.cues


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We need self-service onboarding for new engineers, it takes weeks", "process"),
        (
            "Our internal platform has no self serve way to spin up a database, so every team files a ticket",
            "technical",
        ),
    ],
)
def test_an_internal_platforms_self_service_is_not_a_customers(text: str, expected: str) -> None:
    """A diff review: in platform engineering, self-service is an internal platform's, for the team's own developers.
    With no customer's people or what they manage near it, "self serve" counts only to break a tie."""
    result = categorize(text)
    assert result.type == expected, result.reason
    assert not any(cue.cue in {"self serve", "self service"} for cue in result.cues), result.cues


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        # Ruled out by "neither ... nor ...", then a copula and a problem word (not a plain "neither" of a choice).
        (
            "Neither our processes nor our controls are at fault",
            [(FINE, "neither our processes nor our controls are at fault")],
        ),
        (
            "honestly neither the DB nor the queue is the bottleneck",
            [(FINE, "neither the db nor the queue is the bottleneck")],
        ),
        ("Neither the DB nor the queue is big, says ops", [(PLAIN, ""), (PLAIN, "")]),
        ("Neither SSO nor audit logs are ready", [(PLAIN, "")]),
        ("Neither SSO nor audit logs", [(PLAIN, "")]),
        # Any words of the noun phrase (a later diff review: "the core issue" was not ruled out).
        ("Neither SSO nor SCIM is the core issue", [(FINE, "neither sso nor scim is the core issue")]),
        ("Neither SSO nor RBAC was ever the problem", [(FINE, "neither sso nor rbac was ever the problem")]),
        # The first copula's own noun phrase only (a later attack review).
        ("Neither SSO nor RBAC is available which is the real problem", [(STRESSED, "real problem")]),
        # Nobody asks for it, or it is not what hurts: ruled out; "features nobody asked for" complains.
        ("Nobody's asking for SSO here", [(FINE, "nobody s asking for")]),
        ("Latency isn't what keeps me up at night", [(FINE, "isnt what")]),
        ("Performance is not what worries me", [(FINE, "is not what")]),
        ("Uptime isn't what's killing us", [(FINE, "isnt whats")]),
        # A diff review: here the subject falls short, a complaint.
        ("The latency isn't what it should be", [(PLAIN, "")]),
        ("Page load times aren't what our customers expect", [(PLAIN, "")]),
        ("this is not what", [(PLAIN, "")]),
        ("Latency's not what keeps me up at night", [(FINE, "s not what")]),
        ("Our uptime isn't what's being sold to customers", [(PLAIN, "")]),
        # A later attack review: "what's" and a participle is what was promised, and the subject falls short.
        ("Latency isn't what's promised in the SLA", [(PLAIN, "")]),
        ("We ship features nobody asked for", [(PLAIN, "")]),
        ("the roles work fine", [(FINE, "work fine")]),
        # Said to hurt most, or to outweigh the rest: the clause carries the complaint.
        ("it's the locking query that hurts us most", [(STRESSED, "hurts us most")]),
        ("neither comes close to the pain of the batch", [(STRESSED, "neither comes close")]),
        ("we feel the pain of manual deploys", [(STRESSED, "the pain of")]),
        ("neither compares with the bank's demand for keys", [(STRESSED, "neither compares")]),
    ],
)
def test_said_to_be_no_problem_or_the_worst(text: str, roles: list[tuple[str, str]]) -> None:
    assert [(c.role, c.marker) for c in clauses(text)] == roles


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A symptom conceded before the clause that carries the complaint does not decide for the feature there.
        ("CI is slow and annoying, but what blocks the renewal is that their admins can't restrict exports", U),
        # Without the contrast the symptom still decides: "SSO login is slow" is where it hurts.
        ("SSO login is slow for every admin", T),
        # "on calling this" names something: no on-call rota.
        (
            "I'd push back on calling this a permissions problem, the roles work fine; the sync job runs out of memory",
            T,
        ),
        ("the render farm doesn't have enough GPUs and our CPUs sit at 100%", T),
    ],
)
def test_readings_from_the_eighteenth_set(text: str, expected: ScalingType) -> None:
    assert categorize(text).type == expected


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        # A reader's review: "sloooow" had no category, "slow" had one. A letter held for stress is read as written
        # twice (as in "stalll") or once, whichever is a word, and counts as the word does: no misspelling (a diff
        # review: it counted less).
        ("search is sloooow", "search is slow"),
        ("outaaaages every week", "outages every week"),
        ("the db is dowwwn again", "the db is down again"),
        ("deploys stalll all week", "deploys stall all week"),
        ("our deploys are soooo painful", "our deploys are so painful"),
        # Neither way a word: as one letter, then read as any other word (a misspelling of one, counted less).
        ("our tests are flaaakyy", "our tests are flakyy"),
    ],
)
def test_a_letter_held_for_stress_is_read_as_the_word(text: str, plain: str) -> None:
    held, written = categorize(text), categorize(plain)
    assert (held.type, held.confidence, held.scores) == (written.type, written.confidence, written.scores)

    def read_as(result: Categorization) -> list[str]:
        return [m.correction.split(" → ")[1] for m in result.cues if m.correction]

    assert read_as(held) == read_as(written)


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        # A clause that opens a sentence with a set-aside opener, and ends at a comma, colon or dash: ruled out.
        ("Rather than a performance issue, this one is about trust", [(FINE, "rather than"), (PLAIN, "")]),
        ("Instead of more servers, we need clear ownership", [(FINE, "instead of"), (STRESSED, "we need")]),
        ("Forget the org charts: the page falls over", [(FINE, "forget"), (PLAIN, "")]),
        ("So never mind SSO - deploys break", [(FINE, "never mind"), (PLAIN, "")]),
        # Not a whole sentence ("instead" stays a contrast), not mid-sentence (no contrast there: what is done is
        # said before "instead of"), not "forget to".
        ("Instead of fixing flaky tests we rerun the pipeline", [(STRESSED, "instead")]),
        ("Payments sit pending for hours instead of seconds", [(PLAIN, "")]),
        ("Forget to rotate keys, and you fail the audit", [(PLAIN, ""), (PLAIN, "")]),
        # A fix said not to help, ending its statement (but for a few words): ruled out; "it won't help when ..." not.
        ("Scaling the database wouldn't help either", [(FINE, "wouldnt help")]),
        ("More nodes won't fix it at all", [(FINE, "wont fix it")]),
        ("It won't help when their security team rejects us", [(PLAIN, "")]),
        ("The runbooks don't help", [(PLAIN, "")]),
        # "... and neither is X", "nor would X": said of X too.
        (
            "Throughput isn't the constraint and neither is our release cadence",
            [(FINE, "isnt the constraint"), (FINE, "neither is")],
        ),
        ("Latency is fine, nor would a roles model help", [(FINE, "is fine"), (FINE, "nor would")]),
        # Only after a statement that was fine: "... is not acceptable, and neither is X" complains of X too (a diff
        # review).
        ("Neither is ready", [(PLAIN, "")]),
        ("Neither team owns it", [(PLAIN, "")]),
        ("Our p99 latency is not acceptable, and neither is the error rate", [(PLAIN, ""), (PLAIN, "")]),
        # A lesser complaint, said so where its statement ends: ruled out; not "can wait minutes for a report".
        ("Latency on the seat map is further down the list", [(FINE, "further down")]),
        ("the staging environment can wait for now", [(FINE, "can wait")]),
        ("the memory leak is a rounding error", [(FINE, "rounding error")]),
        ("build times and cache misses come well after", [(FINE, "come well after")]),
        ("Customers can wait minutes for a report", [(PLAIN, "")]),
        # More words for the problem, and a ranking said outright: the clause carries the complaint.
        ("The weak spot is how we work together", [(STRESSED, "weak spot is")]),
        ("Top of my list is the audit trail", [(STRESSED, "top of my list")]),
        ("Worst of all, nobody owns the pager", [(STRESSED, "worst of all"), (PLAIN, "")]),
        ("One cause is that nobody owns on-call", [(STRESSED, "cause is")]),
        # Not a ranking of complaints (a diff review): an adjective, a comparison, a trend, most of the customers.
        ("the outage hit our most expensive customer", [(PLAIN, "")]),
        ("our pages are slower than the competition by far", [(PLAIN, "")]),
        ("every rollback costs more", [(PLAIN, "")]),
        ("last week's outage hurt most of our customers", [(PLAIN, "")]),
        # Said of a fix only, never of a person; a lesser complaint never after a negation, nor "the secondary" (a
        # replica); "rather than" before what happens instead (a verb in "-ing", a number) sets nothing aside.
        ("Our SSO vendor won't help", [(PLAIN, "")]),
        ("Adding nodes won't help", [(FINE, "wont help")]),
        ("Downtime was not a rounding error", [(PLAIN, "")]),
        ("The cloud bill used to be a rounding error", [(PLAIN, "")]),
        ("Writes fail whenever Postgres fails over to the secondary", [(PLAIN, "")]),
        ("Reliability is not secondary", [(PLAIN, "")]),
        ("We ship fast, but the regressions come later", [(PLAIN, ""), (STRESSED, "but")]),
        ("Rather than waiting 9 seconds for search, users give up", [(PLAIN, ""), (PLAIN, "")]),
        # Another verb is the fix set aside (a later diff review).
        ("Rather than throwing more servers at it, fix the release process", [(FINE, "rather than"), (PLAIN, "")]),
        # A ranking after a copula; a bill that grows; a lesser complaint with "no" or "used to" that does not negate
        # it (a later diff review).
        ("Outages are by far the worst", [(STRESSED, "are by far")]),
        ("The costliest is SSO", [(STRESSED, "the costliest is")]),
        ("Datadog costs us more now", [(PLAIN, "")]),
        ("The spikes with no customer impact can wait", [(FINE, "can wait")]),
        ("The capacity work we used to prioritise can wait", [(FINE, "can wait")]),
        # Praise said without a verb, each item a praise word and at most two words more (set 40 read).
        ("Our process is fine, good reviews, good runbooks", [(FINE, "is fine"), (FINE, "good"), (FINE, "good")]),
        ("Solid reviews and decent tests", [(FINE, "solid")]),
        ("Great customers, terrible uptime", [(FINE, "great"), (PLAIN, "")]),
        ("Great, another outage", [(PLAIN, ""), (PLAIN, "")]),
        ("Good luck getting SSO past procurement", [(PLAIN, "")]),
        ("Quick fixes pile up", [(PLAIN, "")]),
        ("Goal for Q3: solid runbooks", [(PLAIN, ""), (PLAIN, "")]),
        # As meant to; a word that ends in "nt" is no negation, "can't" is (set 41 read).
        ("Tenant permissions work as designed", [(FINE, "work as designed")]),
        ("The deployment works fine", [(FINE, "works")]),
        ("The failover can't work as intended", [(PLAIN, "")]),
        # Finished where it ends the statement (set 41 read): not done by someone, nor "nothing is done".
        ("Permissions and SSO are done", [(FINE, "are done")]),
        ("The SSO work is already done", [(FINE, "is already done")]),
        ("Every deploy is done by hand", [(PLAIN, "")]),
        ("Nothing is done", [(PLAIN, "")]),
    ],
)
def test_set_aside_minor_or_ranked_first(text: str, roles: list[tuple[str, str]]) -> None:
    """Set 19, read as a development set: what a sentence sets aside, says is lesser or ranks first."""
    assert [(c.role, c.marker) for c in clauses(text)] == roles


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hardware is fine, tenants are fine: the weak spot is how we work together", P),
        (
            "Rather than a performance issue, this one is about trust: the league wants each club's data walled off",
            U,
        ),
        ("Adding servers won't help us, the deploys keep breaking prod", P),
        ("Forget the enterprise checklists for a moment: the donation page collapses when traffic spikes", T),
    ],
)
def test_readings_from_the_nineteenth_set(text: str, expected: ScalingType) -> None:
    assert categorize(text).type == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A letter held for stress in the words a clause is read by: "fiiiine" says it is fine, as "fine" does.
        ("SSO is fiiiine, deploys break prod weekly", P),
        ("Latency is fiiine but the admins can't restrict exports", U),
        ("Nooo, the database is not the problem: our reviews take a week", P),
    ],
)
def test_a_letter_held_for_stress_is_read_in_the_clauses_too(text: str, expected: ScalingType) -> None:
    result = categorize(text)
    assert result.type == expected, result.reason
    assert result.discounted, "the clause that says something is fine rules its cue out"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A clause that ranks its complaint above the rest concedes the clauses before it, complaint or not.
        ("Both slow pages and flaky releases, but the slow pages hurt most", T),
        ("Deploys cause outages and two deals are stuck waiting on SSO; the stuck deals hurt most", U),
        ("We have slow dashboards and missing audit logs, and the audit logs cost us more", U),
        # "costs us more than it earns" is a bill, not a ranking; so is one that grows, alone (a later diff review).
        ("Every hour of footage we transcode costs us more than it earns", T),
        ("Datadog costs us more now", T),
        ("Rather than throwing more servers at the latency problem, fix the release process", P),
        ("Regressions after every release and a burned-out on-call rota, and SSO requests. The costliest is SSO.", U),
        ("Deals stuck on SSO hurt most; the occasional slow page is secondary", U),
        # Words the reader's review found missing.
        ("Support spends 2 days a week adding/removing users for Acme", U),
        ("Not a performance problem - customers just can't control who sees what", U),
    ],
)
def test_readings_from_a_readers_review(text: str, expected: ScalingType) -> None:
    assert categorize(text).type == expected


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        ("the audit logs cost us more", [(STRESSED, "cost us more")]),
        ("footage costs us more than it earns", [(PLAIN, "")]),
        # "cause" is a word for the problem after a determiner only: here it is a verb, and "are" is the deals'.
        ("Deploys cause outages and two deals are stuck", [(PLAIN, "")]),
        ("The cause is that nobody owns the pager", [(STRESSED, "cause is")]),
    ],
)
def test_rankings_and_a_verb_that_is_a_problem_word(text: str, roles: list[tuple[str, str]]) -> None:
    assert [(c.role, c.marker) for c in clauses(text)] == roles


def test_second_line_is_no_duration() -> None:
    """A reader's review: "second line" (support, or a line of text) was read as a duration, a latency cue."""
    assert not any(cue.cue == "seconds" for cue in categorize("Second line support is swamped every release").cues)
    assert any(cue.cue == "seconds" for cue in categorize("Search lags by a second").cues)


@pytest.mark.parametrize(
    ("text", "expected", "set_aside"),
    [
        # A second reader's review: "cost" in a ranking names no bill; "Latency? Further down the list." sets its
        # subject aside as "Latency? Solved." does; "tbh" after "can wait"; "a rounding error" is no error.
        ("Between the hotfix merry-go-round and the SSO requests, the hotfixes cost us more.", P, "cost"),
        ("Our on-call is burning people out. Latency? Further down the list.", P, "Latency"),
        ("Perf can wait tbh. Customers keep asking for audit logs.", U, "Perf"),
        ("Page load times are a rounding error next to the deals we lose for lack of SAML.", U, None),
    ],
)
def test_readings_from_a_second_readers_review(text: str, expected: ScalingType, set_aside: str | None) -> None:
    result = categorize(text)
    assert result.type == expected, result.reason
    if "rounding error" in text:
        assert not any(cue.cue == "error" for cue in result.cues + result.discounted)
    if set_aside is not None:
        assert set_aside in [cue.matched for cue in result.discounted]


@pytest.mark.parametrize(
    ("text", "expected", "set_aside"),
    [
        # Put off, so not what hurts now (sets 40 and 41 read as development sets): a nice-to-have, a later problem,
        # next year's problem, not urgent; where the phrase ends its statement ("for next year", "yet" may follow).
        ("SSO is a nice-to-have for next year. The API times out every morning.", T, "SSO"),
        ("Data residency is a later problem; right now on-call is drowning", P, "Data residency"),
        ("Audit logs are next year's problem. This quarter every deploy breaks checkout.", P, "Audit logs"),
        ("The cache misses aren't urgent yet. Big customers want roles before they sign.", U, "cache misses"),
        # Not when the phrase does not end its statement, nor when it is past or negated; not "low priority", which
        # complains of neglect as often.
        ("It would be nice to have SSO; the API is fine", U, "API"),
        ("Audit logs used to be a nice to have. Now every bank asks for them", U, None),
        ("Fixing flaky tests is always low priority", P, None),
    ],
)
def test_what_is_put_off_is_set_aside(text: str, expected: ScalingType, set_aside: str | None) -> None:
    result = categorize(text)
    assert result.type == expected, result.reason
    if set_aside is None:
        assert not result.discounted, result.reason
    else:
        assert set_aside in [cue.matched for cue in result.discounted], result.reason


def reads_as(text: str, expected: ScalingType, set_aside: str | None) -> Categorization:
    """The complaint read as ``expected``, with ``set_aside`` (as written) among the cues it set aside, if given."""
    result = categorize(text)
    assert result.type == expected, result.reason
    if set_aside is not None:
        assert set_aside in [cue.matched for cue in result.discounted], result.reason
    return result


@pytest.mark.parametrize(
    ("text", "expected", "set_aside"),
    [
        # A closing quote ends its sentence: the quote and what follows it are clauses of their own.
        (
            'The CFO said, "we need the numbers faster." Latency has been fine; the approval flow costs us renewals.',
            U,
            "Latency",
        ),
        # "isn't a X thing" after a determiner leaves room for a compound.
        ("It isn't a customer-governance thing: the importer can't keep up with the uploads.", T, "governance"),
        # The writer's own shrug, and what nobody asks for.
        ("I don't care how fast it is; the auditors want to see who changed what.", U, "fast"),
        ("No one's asking us for SSO. They ask why the booking page hangs at noon.", T, "SSO"),
        # A cost whose object is no money is a loss of another kind, not a bill.
        ("The missing SCIM sync is costing us the big accounts", U, "costing"),
        # A comparison that ranks concedes the clauses before it, complaint or not.
        (
            "Yes, reports are sluggish at month end; the far bigger problem is that nobody owns the release checklist",
            P,
            "sluggish",
        ),
        # A clause that sums up the ones before it concedes all of them.
        (
            "Builds are slow and the tests flaky, both irritating, but the deal blocker is per-site permissions",
            U,
            "slow",
        ),
        # Who did what, asked after the fact, with any verb in the past.
        ("The hospital wants to see who printed which prescriptions", U, None),
        # Where data is kept, said without "residency".
        ("The ministry wants its files kept inside Germany and we host everything in Virginia", U, None),
        ("Their lawyers asked where our backups physically live", U, None),
        # Accounts made and removed by hand; signing in with the accounts an organisation runs.
        ("Support spends Fridays deactivating accounts for the franchise's departed staff", U, None),
        ("When a volunteer leaves, their account stays active for months", U, None),
        ("Staff want to sign in with their work accounts", U, None),
    ],
)
def test_readings_from_set_20(text: str, expected: ScalingType, set_aside: str | None) -> None:
    """Set 20, read as a development set (its rows are not repeated here: these are other complaints of each kind)."""
    reads_as(text, expected, set_aside)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Ownership is no audit question ("owns" is no past), and the others' indifference is the complaint.
        ("Nobody knows who owns what in the deploy scripts", P),
        ("Leadership doesn't care about flaky tests", P),
        # A cost with no object, or a bill's, is still a bill; a place without data is reach.
        ("Costs are out of control", T),
        ("The hosting cost keeps climbing as we add tenants", T),
        ("The data in the EU cluster is slow to query", T),
        ("Customers in Canada see slow pages every evening", T),
        # An attack review of these readings: an amount makes the cost a bill; no verb of keeping, no residency;
        # "asking why" is the complaint; "a bigger problem" that grows ranks nothing; "each week" sums nothing up; a
        # comma ends the carrier's reach; "our only performance problem" says it is one; "corporate account" is a bill.
        ("Our observability stack costs us $25k a month.", T),
        ("Running three copies of every environment costs us thousands a month.", T),
        ("Our backups in the EU region fail silently.", T),
        ("Every time support files a ticket, the offshore team takes three days to respond.", P),
        ("Data transfer between the UK and the US is our biggest line on the bill.", T),
        ("No one's asking why p99 latency doubled since March.", T),
        ("Nobody's asking who owns the on-call rotation, so pages go unanswered at night.", P),
        ("The database falls over every Monday at peak, and every outage is a bigger problem than the last.", T),
        ("Checkout goes down for an hour, each week, but at least the team handles the incident well.", T),
        ("Enterprise customers need SSO and audit logs. All of them, but we keep shipping features instead.", U),
        ("Queries take 30 seconds, but only on big accounts, when their admins open the user provisioning screen.", T),
        ("Slow queries aren't our only performance problem, but they're the one that wakes on-call up every night.", T),
        ("Our corporate account with the cloud provider caps us at 500 vCPUs and we hit it every launch.", T),
        ("Ops can't say who restarted which pods last night", T),
    ],
)
def test_set_20_readings_leave_these_alone(text: str, expected: ScalingType) -> None:
    result = categorize(text)
    assert result.type == expected, result.reason


def test_a_summing_clause_is_short() -> None:
    """ "both annoying" sums up what came before; "all our reports time out" is a complaint of its own."""
    assert sums_up(["both", "annoying"])
    assert sums_up(["all", "too", "real"])
    assert not sums_up(["all", "our", "reports", "time", "out"])
    assert not sums_up([])


@pytest.mark.parametrize(
    ("text", "expected", "set_aside"),
    [
        # A reader's review: what a comparison names after "than" hurts less, and "the worse of the two" ranks.
        ("The broken releases are worse than the missing audit trail for admin settings.", P, "audit trail"),
        ("Flaky deploys hurt more than the SSO gap", P, "SSO"),
        (
            "Checkout keeps timing out, and we have no SSO for the big banks. The timeouts are the worse of the two.",
            T,
            "SSO",
        ),
        # "overloaded" is a system's overload; a "billing page" is a page of the product, no bill.
        ("Our database gets overloaded every week", T, None),
        ("Releases keep breaking the billing page", P, None),
    ],
)
def test_readings_from_this_sessions_readers_review(text: str, expected: ScalingType, set_aside: str | None) -> None:
    result = reads_as(text, expected, set_aside)
    assert not any(cue.cue == "bill" for cue in result.cues), result.reason


def test_a_comparison_of_loads_names_nothing_lesser() -> None:
    """ "can't handle more than 40k players" compares loads; a team's overload is the people's load."""
    assert categorize("The matchmaking service can't handle more than 40k concurrent players").type == T
    assert categorize("The review team is overloaded and PRs wait for days").type == P


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A diff review of this session's readings: a longer cue at the noun keeps its reading, "keep" before an
        # "-ing" is no keeping; "nothing hurts more than" names the worst; a time after "than", or a reason after
        # it, is no lesser problem; "all day" says how often; a rate is a bill; the team's own indifference is the
        # complaint; an alert seen is on-call's; "whose" is read.
        ("We keep hitting data growth limits in the EU region", T),
        ("Ever since launch we keep losing data in the EU region", T),
        ("Nothing hurts more than the weekly outages", T),
        ("Everything is worse than last month because the API keeps timing out", T),
        ("The API times out, all day, but the worry is flaky tests", T),
        ("Datadog costs us more each month", T),
        ("As a team we don't care enough about flaky tests", P),
        ("We can't tell who saw which alerts last night", P),
        ("The hospital wants to know who printed whose letters", U),
    ],
)
def test_this_sessions_readings_after_a_diff_review(text: str, expected: ScalingType) -> None:
    result = categorize(text)
    assert result.type == expected, result.reason


@pytest.mark.parametrize(
    ("text", "expected", "set_aside"),
    [
        # The problem named real, actual or true ranks its clause above the ones before it.
        ("Customers want SAML one day; the real snag is that every deploy needs four sign-offs", P, "SAML"),
        (
            "Page loads are sluggish, and our actual headache is that nobody can see who exported the invoices",
            U,
            "sluggish",
        ),
        # "what actually ...", "... is where ..." carry the complaint.
        ("Slow builds annoy us; per-tenant data isolation is what actually stalls the bank deal", U, None),
        ("Latency is fine; incident handoffs are where we lose whole days", P, "Latency"),
        # What a comparison makes small is conceded; a comparison after it names the problem in its own clause.
        ("SSO requests are small by comparison; the search cluster melts every Monday", T, "SSO"),
        ("The release checklist drama feels minor compared with the checkout API falling over at lunch", T, "release"),
        ("More than any flaky test, it's the missing audit log that worries the hospitals", U, "flaky test"),
        (
            "Dashboards are slow and alerts noisy, but both pale next to the lack of roles for the franchise owners",
            U,
            None,
        ),
        # A pipeline that carries data; new developers are the team's.
        ("The event pipeline backs up for hours after each product drop", T, None),
        ("Onboarding new developers takes a month", P, None),
    ],
)
def test_readings_from_set_21(text: str, expected: ScalingType, set_aside: str | None) -> None:
    """Set 21, read as a development set once set 22 was measured blind (other complaints of each reading)."""
    reads_as(text, expected, set_aside)


def test_the_real_names_a_problem_only_before_a_noun_and_a_copula() -> None:
    """ "the real drag is" stresses its clause; "the real-time feed is" and "the real drag" with no copula do not."""
    assert clauses("Deploys are slow, and the real drag is the code review")[1].marker == "real drag is"
    assert clauses("The real-time feed is down every evening, but code reviews take a week")[0].role == PLAIN
    assert not ranks_first(["the", "real", "drag"])
    assert not ranks_first(["the", "real", "drag", "of", "our", "team", "every", "week", "now"])  # no copula
    assert not ranks_first(["the", "real"])
    assert ranks_first(["our", "actual", "headache", "is", "that"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Outages are not minor for us, they cost us renewals", T),
        ("The load is manageable until the Monday rush takes the API down", T),
        ("Our main database is slow every Monday", T),
    ],
)
def test_set_21_readings_leave_these_alone(text: str, expected: ScalingType) -> None:
    result = categorize(text)
    assert result.type == expected, result.reason


@pytest.mark.parametrize(
    ("text", "expected", "cue"),
    [
        # Said in other words: no roles at all; knowledge one person holds; "froze" is freeze's past.
        ("Anyone can edit anything in the tenant settings", U, "everyone can do everything"),
        ("everybody can see and delete everything", U, "everyone can do everything"),
        # "any" or "every" before a user and before what they reach (set 27 read as a development set).
        ("Any user can delete any invoice and we can't stop them", U, "everyone can do everything"),
        ("Every member can see all payouts", U, "everyone can do everything"),
        # A second diff review: a pronoun that narrows nothing, a denial in another sentence.
        ("Any user can delete any repo they find.", U, "everyone can do everything"),
        ("No. Every user can delete every project, we have no roles.", U, "everyone can do everything"),
        # A third: "they are" alone narrows nothing.
        ("Any user can delete any repo they are not a member of.", U, "everyone can do everything"),
        # A thing before a relative clause that ends at a verb of reaching it (set 30 read as a development set).
        ("Invoices live in a bucket which anyone can read.", U, "everyone can do everything"),
        (
            "Each tenant's orders sit in one table that any user can query, and nobody noticed.",
            U,
            "everyone can do everything",
        ),
        ("The pricing rules live in Priya's head", P, "in one persons head"),
        ("The release steps are in their heads", P, "in one persons head"),
        ("The kiosk app froze at every store at noon", T, "freeze"),
    ],
)
def test_cues_said_in_other_words(text: str, expected: ScalingType, cue: str) -> None:
    """A fallback model retrained on set 21's cues lost two guesses of set 7 and one of set 3: each was a reading
    that no cue said, now read (other complaints of each kind here)."""
    result = categorize(text)
    assert result.type == expected, result.reason
    assert cue in [match.cue for match in result.cues], result.reason


@pytest.mark.parametrize(
    "text",
    [
        "Everyone can log in but the export is slow",  # no "everything" within reach
        "Anyone cannot see anything",  # "cannot" is no "can"
        "Anyone can see and edit",  # nothing seen or edited named
        "Anyone can anything",  # no verb
        "Any user can break any build",  # no verb of access
        "Any user can delete",  # nothing named after the verb
        "We have a dashboard that anyone can create.",  # no verb of reaching a thing
        "The runbook that everyone can edit is out of date.",  # the relative clause goes on
        "Any release can delete any table",  # no person
        "Any user can create any number of dashboards",  # an amount, not what is reached (an attack review)
        # A diff review: one's own, a time, a denial.
        "Any user can see every project they are a member of, which is fine.",
        "Any user can edit any document of their own.",
        "Any user can see every project they're a member of.",
        "Every user can see every channel he made.",
        "Every user can export all their own data, as GDPR requires.",
        "Not every user can access every report.",
        "Any user can see all day which builds failed.",
        "The data lives in their head office",
        "The plan is in my head",  # the writer's own
        "They live in Dave head",  # no possessive
        "in the head",
    ],
)
def test_cues_said_in_other_words_need_all_their_words(text: str) -> None:
    cues_found = [match.cue for match in categorize(text).cues]
    assert "everyone can do everything" not in cues_found
    assert "in one persons head" not in cues_found


@pytest.mark.parametrize(
    ("text", "expected", "not_counted"),
    [
        # A reader's review (2026-12-05): "writes down" was an outage's "down"; a change made without telling the
        # other team read technical from "API"; users imported by hand had no cue.
        ("Nobody writes down what the last incident taught us", P, "down"),
        ("Two squads changed the same schema without telling each other", P, None),
        ("Support imports users by hand for each new customer", U, None),
    ],
)
def test_readings_from_a_readers_review_of_the_exercise(
    text: str, expected: ScalingType, not_counted: str | None
) -> None:
    result = categorize(text)
    assert result.type == expected, result.reason
    if not_counted is not None:
        assert not_counted not in [cue.cue for cue in result.cues], result.reason


@pytest.mark.parametrize(
    ("text", "expected", "not_counted"),
    [
        # An attack review of set 21's readings, each narrowed: "the real" before a noun that describes; "is where"
        # with no pain after it; "the fire is out"; a small state in the past; a verb that is no access; reckoning in
        # one's head; something frozen by someone; a pipeline of logs in CI.
        ("Checkout times out at lunch, and the real customers are hospitals with strict audit rules", T, None),
        ("Every deploy spikes latency, and the US region is where most of our SSO customers are", T, None),
        ("Reviews drag on for a week and the fire is out on the database side since the upgrade", P, None),
        ("Provisioning accounts was manageable at ten clinics; at two hundred it eats a person a week", U, None),
        (
            "Anybody can break anything in the staging cluster, so it is down half the week",
            T,
            "everyone can do everything",
        ),
        ("They do the capacity math in their heads and the cluster still runs out of disk", T, "in one persons head"),
        ("Finance froze the budget for the new database cluster", None, "freeze"),
        ("The log pipeline step in CI takes 40 minutes and nobody will approve removing it", P, None),
    ],
)
def test_set_21_readings_narrowed_after_an_attack_review(
    text: str, expected: ScalingType | None, not_counted: str | None
) -> None:
    result = categorize(text)
    if expected is not None:
        assert result.type == expected, result.reason
    if not_counted is not None:
        assert not_counted not in [cue.cue for cue in result.cues], result.reason


@pytest.mark.parametrize(
    ("text", "expected", "set_aside"),
    [
        # A diff review of this session's readings: what pales next to a problem hurts less, and "pale next to that"
        # points back; "the real problem is" ranks as "the real drag is" does; "froze" before punctuation or a
        # system is a freeze; a small state with no comparison in its sentence complains; "user data" imported is
        # an import's load; reckoning "all in their heads"; "that's where we lose"; an invisible character of
        # another kind inside a word.
        ("Audit exports and SSO setup pale next to the weekly regressions", P, "SSO"),
        ("The API times out daily, and the missing audit log pales next to that", T, "audit log"),
        ("Checkout is slow, but the real problem is who can approve refunds in each store", U, "slow"),
        ("The dashboard froze, then the export crashed", T, None),
        ("Our outages are minor but daily", T, None),
        ("Importing user data takes hours every night", T, None),
        ("We do the sizing numbers mostly in our heads and the disks still fill up", T, None),
        ("Deploys are fine. Reviews, that's where we lose whole days", P, "Deploys"),
        ("p99 lat\u2062ency spikes at noon", T, None),
    ],
)
def test_this_sessions_readings_after_a_diff_review_of_them(
    text: str, expected: ScalingType, set_aside: str | None
) -> None:
    reads_as(text, expected, set_aside)


@pytest.mark.parametrize(
    ("text", "expected", "set_aside"),
    [
        # A review of the diff review's mends: "the real X is" ranks wherever it stands, after another problem phrase;
        # "froze" before a plan, with an adjective between, is a plan held up, and the plan's own cue counts; "don't
        # pale next to" says the opposite; "this" before a noun names a problem; "more than twice a day" compares no
        # problems; a direction isolate inside a word is part of it.
        ("The big prospect will not sign without SSO. My worry is that the real bottleneck is search", T, "SSO"),
        ("Legal froze the new contract until we prove EU data residency", U, None),
        ("Flaky deploys and manual releases hurt every week. Both pale next to this search latency", T, "deploys"),
        ("The outages are minor but happen more than twice a day", T, None),
        ("lat\\u2066ency spikes at noon", T, None),
    ],
)
def test_this_sessions_readings_after_a_second_review(text: str, expected: ScalingType, set_aside: str | None) -> None:
    reads_as(text, expected, set_aside)


def test_what_does_not_pale_is_not_set_aside() -> None:
    result = categorize("SSO gaps don't pale next to the flaky deploys")
    assert "SSO" not in [cue.matched for cue in result.discounted], result.reason
    # A word in "-nt" is no negation: what stands before "pale" for one tenant pales.
    reads_as("Slow exports for one tenant pale next to the flaky deploys", P, "Slow")
    frozen = categorize("Finance froze all new hiring, and the API times out")
    assert "freeze" not in [cue.cue for cue in frozen.cues], frozen.reason
    assert "freeze" in [cue.cue for cue in categorize("the app froze").cues]


@pytest.mark.parametrize(
    ("text", "expected", "set_aside"),
    [
        # A state waited for is no state now.
        ("Our e2e suite is so flaky that folks just rerun it till its green", P, None),
        # "don't blame X" sets X aside, as "forget X" does.
        ("Don't blame the deploy pipeline: the bookings table has no index and every search scans it", T, "deploy"),
        # "slowing us down" says that what is named hurts, not that a system is slow or down.
        ("Code ownership is unclear, and that's what keeps slowing us down", P, None),
        # Audit questions with more verbs; hyphens are spaces.
        ("Vendors want a who-saw-what report for each patient file", U, None),
        # People who never told each other what they did.
        ("Dispatch and billing each changed the API and never told each other", P, None),
        # A page gone blank; a stream, call or connection dropped; kicked out; a reload hint.
        ("When the regatta starts the live results page goes blank", T, None),
        ("Video calls drop whenever more than fifty tutors join the evening session", T, None),
        ("Riders get kicked out of the booking flow at the payment step", T, None),
        ("Inventory counts look wrong until a clerk reloads the page", T, None),
        # A mild wish is conceded before the clause that carries the complaint.
        ("Page loads could be faster, but every hospital group asks for an audit trail we lack", U, "Page loads"),
        # A contrast corrects a belief before it.
        (
            "Support assumed the lockouts were a capacity problem, yet their policy needs a session setting we lack",
            U,
            "capacity",
        ),
    ],
)
def test_readings_from_set_22(text: str, expected: ScalingType, set_aside: str | None) -> None:
    """Set 22, read as a development set once set 23 was measured blind (other complaints of each reading)."""
    reads_as(text, expected, set_aside)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A mild wish alone still complains; "could be down" is no wish.
        ("Page loads could be faster", T),
        ("The API could be down for hours before anyone notices", T),
        # Ships that sail; numbers that fell; the verb "ship".
        ("We ship on Fridays and it breaks every time", P),
        ("Our sales calls dropped off after the price change, and SSO is the reason they give", U),
        # A wait until something is fine elsewhere in the clause.
        ("The build is green but deploys still need three manual sign-offs", P),
    ],
)
def test_set_22_readings_leave_these_alone(text: str, expected: ScalingType) -> None:
    result = categorize(text)
    assert result.type == expected, result.reason


def test_minutes_to_open_is_slowness() -> None:
    """ "takes minutes to open" is a cue of its own, a symptom, where the fallback model only guessed before."""
    result = categorize("The harvest dashboard takes minutes to open")
    assert [cue.cue for cue in result.cues] == ["minutes to open"]
    assert result.fallback is None


@pytest.mark.parametrize(
    ("text", "expected", "set_aside"),
    [
        # What customers tell each other is no team's coordination.
        ("Customers tell each other the booking page freezes on Mondays", T, None),
        # A system that slows people down is a slow system.
        ("The search slows us down every afternoon", T, None),
        # "who saw what" of a thing is on-call's.
        ("After every incident we argue about who saw what alert first", P, None),
        ("Leadership called a ship freeze and everything piles up in one giant release", P, None),
        ("When three ships dock at once the port's gate booking system times out", T, None),
        # A clause that says nobody minds carries nothing; the wish before it is the complaint.
        ("Latency could be better, but no enterprise deal has been lost over it", T, "deal"),
        ("Query latency could be better, but none of our enterprise accounts has raised it", T, "enterprise"),
        # A loss named before a negation is no one minding: it is the complaint.
        ("Some latency issues, but mostly we lose a week per sprint to three teams with no clear ownership", P, None),
    ],
)
def test_set_22_readings_narrowed_after_an_attack_review(
    text: str, expected: ScalingType, set_aside: str | None
) -> None:
    reads_as(text, expected, set_aside)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("It takes minutes to open a support case with the vendor", "minutes to open"),
        ("Reviewers take minutes to respond to a ping but days to approve anything", "minutes to respond"),
        ("The onboarding video dropped in March and nobody watched it", "video drop"),
    ],
)
def test_set_22_cues_not_read_in_another_sense(text: str, cue: str) -> None:
    assert cue not in [match.cue for match in categorize(text).cues]


def test_a_state_waited_for_a_few_words_after_until_is_not_fine() -> None:
    """ "until the test suite is green" is waited for, as "til its green" is (an attack review: three words between)."""
    assert FINE not in [clause.role for clause in clauses("People click rerun until the test suite is green")]
    assert FINE in [clause.role for clause in clauses("People click rerun, and the test suite is green")]


@pytest.mark.parametrize(
    ("text", "expected", "cue"),
    [
        # A status code said as a verb; new people on the team; data shown a day old.
        ("Portal was 503ing all weekend", T, "5xx"),
        ("Onboarding new devs takes forever, the docs are years old", P, "new devs"),
        ("The leaderboard still shows yesterday's scores until noon", T, "still show yesterday"),
        # What the team knew, gone with whoever left; setups done by hand from memory; a change nobody reviewed.
        ("Since our senior engineer left, nobody can release the mobile app", P, "left the team"),
        ("Every tenant migration is done by hand from memory", P, "done from memory"),
        ("Someone merged an unreviewed migration and checkout slowed to a crawl", P, "unreviewed change"),
        # Data kept in a country a buyer names; one customer reaching another's data.
        ("The hospital group walked because we can't store patient data in Sweden", U, "data residency"),
        ("A franchisee accidentally edited another franchisee's prices", U, "cross tenant access"),
    ],
)
def test_readings_from_set_23(text: str, expected: ScalingType, cue: str) -> None:
    """Set 23, read as a development set once set 24 was measured blind (other complaints of each reading)."""
    result = reads_as(text, expected, None)
    assert cue in [match.cue for match in result.cues], result.reason


def test_another_teams_work_is_no_other_customers_data() -> None:
    """ "edited another team's service" is the team's own coordination, not one customer reaching another's data."""
    result = categorize("An engineer edited another team's service config and broke prod")
    assert "cross tenant access" not in [match.cue for match in result.cues]


def test_the_ordinal_second_before_a_noun_of_no_time_is_no_duration() -> None:
    """An attack review: "(second para)" counted as a duration and outweighed the roles; "20-second page loads" and
    "a 2 second delay" are durations still."""
    assert categorize("users cannot set roles (second para)").type == "user"
    assert "seconds" not in [m.cue for m in categorize("search is down for the second week in a row").cues]
    assert "seconds" in [m.cue for m in categorize("a 2 second delay on every click").cues]
    assert "page load" in [m.cue for m in categorize("20-second page loads on big accounts").cues]


@pytest.mark.parametrize(
    ("text", "expected", "cue"),
    [
        # Someone else's leaver; "left" something behind.
        (
            "Whenever one of their engineers left, his dashboards were orphaned and their admins want to reassign them",
            U,
            "left the team",
        ),
        ("When a client's developer quit, their admins could not reassign the workspace", U, "left the team"),
        ("An engineer left a debug flag on and tripled the logging bill", T, "left the team"),
        # A system's memory.
        ("We serve feeds from memory on one box and it's maxed", T, "done from memory"),
        # A customer's content waiting for approval, not a change.
        (
            "Law firms need to block unreviewed contracts from being sent without an approver role",
            U,
            "unreviewed change",
        ),
        # What a page shows of yesterday.
        ("Git history shows yesterday someone force-pushed to main", P, "still show yesterday"),
        # A place the team names its own things after.
        ("We keep all the data in the Finland datacenter and its disks are 95% full", T, "data residency"),
        # Another system's or the team's own things.
        ("One job can delete another job's temp files mid-run", T, "cross tenant access"),
        ("We keep having to edit another service's code to ship anything", P, "cross tenant access"),
    ],
)
def test_set_23_readings_narrowed_after_an_attack_review(text: str, expected: ScalingType, cue: str) -> None:
    result = reads_as(text, expected, None)  # the type: the cues were named otherwise before they were narrowed
    assert cue not in [match.cue for match in result.cues], result.reason


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A negated cause is no one minding ("not having SSO lost us the deal"); "never noticed until" they did.
        ("Performance is fine, but not having SSO lost us the Acme deal", U),
        ("Search is fast enough, but no SSO means we lost two enterprise deals", U),
        ("Our API is fine, but the deploy that broke billing was never noticed until customers complained", P),
        # "region" and "data" after a place are residency still; a labelled place past the window is not.
        ("customers require we keep their data in the EU region", U),
        # A system's memory named after "from memory"; a sales lead; "left" before no time.
        ("The node never recovers from memory pressure after a deploy", T),
        ("Our biggest lead left us for a competitor because we lack SSO", U),
        ("An engineer left in a debug flag that took prod down", T),
        ("The developer left for the day and the build broke overnight", T),
        # "could be more than": no mild wish; "which slows us down" is a system's.
        ("Latency could be more than ten seconds on bad days, but we also lack SSO", T),
        ("The search API which slows us down every afternoon", T),
    ],
)
def test_readings_after_a_diff_review_of_the_session(text: str, expected: ScalingType) -> None:
    result = categorize(text)
    assert result.type == expected, result.reason


def test_a_place_named_as_a_label_past_the_window_is_no_residency() -> None:
    """A diff review: the label after the place was read only inside the window the place is looked for in."""
    cues = [m.cue for m in categorize("their data must be stored in the Finland datacenter, not the US one").cues]
    assert "data residency" not in cues
    assert "data residency" in [m.cue for m in categorize("their data must be stored in Finland, not the US").cues]


@pytest.mark.parametrize(
    ("text", "expected", "cue"),
    [
        ("Our best engineer quit in June and search has been frozen ever since", P, "left the team"),
        ("When our DBA left, nobody knew how the backups worked", P, "left the team"),
        ("Staff at one dealership are viewing another dealership's leads", U, "cross tenant access"),
        ("Our Seoul customers want data stored in Korea", U, "data residency"),
    ],
)
def test_set_23_readings_as_widened_after_an_attack_review(text: str, expected: ScalingType, cue: str) -> None:
    result = reads_as(text, expected, None)
    assert cue in [match.cue for match in result.cues], result.reason


@pytest.mark.parametrize(
    ("text", "residency"),
    [
        # Sets 40 and 41 read as development sets: more of what a customer keeps, its owner a word further; "the" and
        # one word before the place; the cloud's regions by their state.
        ("The deal is stuck because patient photos must stay on servers inside Brazil", True),
        ("Their camera footage was kept on servers in Oregon", True),
        ("Their contract requires that children's data never leaves the Nordic region", True),
        # Not footage without a verb that keeps it there, nor data that moves.
        ("Their footage in Virginia loads slowly", False),
        ("Our data in Virginia replicates slowly to Oregon", False),
    ],
)
def test_where_more_of_a_customers_data_is_kept(text: str, residency: bool) -> None:
    result = categorize(text)
    assert ("data residency" in [match.cue for match in result.cues]) is residency, result.reason
    assert (result.type == U) is residency, result.reason


@pytest.mark.parametrize(
    ("text", "expected", "cue"),
    [
        # Set 41 read as a development set: only one person can change the work; knowledge in one person's memory.
        (
            "The scheduling module was written by one contractor and nobody else can change it",
            P,
            "nobody else can change it",
        ),
        ("How the catalogue import works lives only in the memory of one volunteer", P, "in one persons head"),
        # Set 40 read: a system that stopped answering is down.
        ("The booking page just stopped answering the morning sales opened", T, "stop answering"),
    ],
)
def test_one_person_holds_the_work_or_a_system_stopped_answering(text: str, expected: ScalingType, cue: str) -> None:
    result = reads_as(text, expected, None)
    assert cue in [match.cue for match in result.cues], result.reason


@pytest.mark.parametrize(
    "text",
    [
        # An attack review of the session's readings: put off again and again is neglect; praise asked of its list is
        # none; a fine phrase said of nothing, its subject however long.
        "Sharding the database keeps being a later problem",
        "Writing tests is always a nice-to-have, so every release breaks something",
        "Good tests, good reviews? Not here: every release breaks checkout",
        "Nothing in our environment works as intended after a deploy; every release needs a day of manual fixes",
        # A diff review: a wish; praise with a verb after it; put off in someone's view, a part only, or a wish.
        "We want search to work fine at peak",
        "I want the API to work as expected under load",
        "Good engineers quit",
        "Good tests needed.",
        "Leadership thinks the database latency is not urgent",
        "Management says flaky tests are a later problem",
        "Only half the SSO rollout is done",
        "SSO would be nice to have",
    ],
)
def test_neglect_a_question_or_nothing_sets_nothing_aside(text: str) -> None:
    """Nothing said to be fine, put off or finished: no cue set aside but as a tie-breaker."""
    result = categorize(text)
    assert all((m.note or "").startswith("counted only to break a tie") for m in result.discounted), result.reason


def test_a_set_aside_opener_sets_aside_a_list_joined_by_and() -> None:
    """A reader's review: "Setting aside the slow dashboards and the timeouts, admins cannot manage roles" was read as
    technical, at high confidence: the "and" cut the list, and its first part stood apart from the comma."""
    result = categorize("Setting aside the slow dashboards and the timeouts, admins cannot manage roles")
    assert result.type == U, result.reason
    assert {"slow", "timeouts"} <= {match.matched for match in result.discounted}, result.reason


def test_not_a_customers_settings_nor_a_team_that_stopped_answering() -> None:
    """Said of "it", the work, not of a customer's settings; a team that stopped answering is no system down."""
    settings = categorize("Admins say nobody else can change their password policy")
    assert not any(match.cue.endswith("else can change it") for match in settings.cues), settings.reason
    support = categorize("Support stopped answering emails after the layoffs")
    assert "stop answering" not in [match.cue for match in support.cues], support.reason


@pytest.mark.parametrize(
    ("text", "reached"),
    [
        # Sets 40 and 41 read as development sets: a customer who finds another's data reaches it; an owner written
        # without its apostrophe after "another", which names one owner.
        ("A dance school logged in and found another school's student names on their screen", True),
        ("a district saw another districts student records", True),
        ("The admin edited another users settings", True),
        # Not found by the team, nor an owner that ends its clause, nor a word whose own ending is an "s" (a diff
        # review), nor the team's own.
        ("Support found another customer's bug report about the same crash", False),
        ("We saw another spikes", False),
        ("On Monday we saw another crisis in the payment service", False),
        ("Users saw another bonus popup", False),
        ("The intern edited another teams config file", False),
    ],
)
def test_another_customers_data_found_or_said_without_an_apostrophe(text: str, reached: bool) -> None:
    found = "cross tenant access" in [match.cue for match in categorize(text).cues]
    assert found is reached, categorize(text).reason


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The word that opens the leaver's noun phrase decides: "a month" before "our best engineer" is no customer's.
        ("Within a month our best engineer left, and the search has been frozen since", P),
        ("Our team\u2019s only DBA resigned last month", P),
        ("Two of our devs left last month", P),
        # A place's label only in its clause: "Germany. Team leads ..." is residency.
        ("Banks require their data stored in Germany. Team leads keep asking for more", U),
        # "unreviewed" of another thing; "from memory" before what it names.
        ("Moderators see unreviewed posts change order when they refresh", T),
        ("We restore the database from memory dumps every night", T),
    ],
)
def test_readings_after_a_review_of_the_last_commits(text: str, expected: ScalingType) -> None:
    result = categorize(text)
    assert result.type == expected, result.reason


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A fine phrase in a question asked of it, however long its subject, is no verdict.
        ("Only Tomas knows how the whole nightly reconciliation export works, and he's leaving in May", P),
        # Knowledge no one had; work two teams did twice without knowing; whose a thing is; people new to the team.
        ("The payroll sync died on Friday and nobody knew how to bring it back", P),
        ("The search team and the data team both built the same importer this year. Neither knew.", P),
        ("Checkout was down for six hours because nobody could agree whose service it was", P),
        ("Devs who joined in spring still can't find anything", P),
        # A comparison said as much more, or without "than" after what it is compared with, or opening the sentence.
        ("The API latency worries me far more than our flaky test suite and our release process", T),
        ("Next to our flaky tests, missing SSO hurts much more", U),
        ("More than our flaky tests, the lack of SSO is the worry", U),
        # A small state with the state denied to what hurts.
        ("Flaky tests and slow deploys are tolerable; what isn't tolerable is search latency", T),
        # No customer asking.
        ("No client has asked for SAML or SCIM. Our on-call rotation is burning people out", P),
        # What a complaint says was first mistaken for another problem.
        ("What looked like a capacity outage turned out to be our SAML certificate expiring for every tenant", U),
    ],
)
def test_set_24_readings(text: str, expected: ScalingType) -> None:
    """Set 24 read (each seen failing without its reading)."""
    result = categorize(text)
    assert result.type == expected, result.reason


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # Access kept by a leaver, or asked away one person at a time.
        ("Former staff still log in", "still log in"),
        ("People who left our customers can still get into the workspace", "still get into"),
        ("Please remove this person's access, says every other ticket", "persons access"),
    ],
)
def test_set_24_access_kept_or_asked_away(text: str, cue: str) -> None:
    result = reads_as(text, U, None)
    assert cue in [match.cue for match in result.cues], result.reason


def test_set_24_nobody_complaining_rules_out_what_it_names() -> None:
    reads_as("No customer is complaining about permissions; the dashboards crawl", T, "permissions")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Features nobody asked for are the complaint; "more than" a number is a load; a plan is a plan.
        ("We keep building features nobody asked for because planning is chaos", P),
        ("More than 40k players hit the lobby at once, and it falls over", T),
        ("Our release plan slips every quarter", P),
        # "how" asked in another clause leaves a verdict in its own.
        ("The SSO setup works. How the search index copes at peak is the question: it times out", T),
    ],
)
def test_set_24_readings_leave_these_alone(text: str, expected: ScalingType) -> None:
    result = categorize(text)
    assert result.type == expected, result.reason


def test_a_plane_is_no_plan() -> None:
    """Set 24 read: by stems "plane" was "planning" ("the one person who understood failover was on a plane")."""
    assert "planning" not in [m.cue for m in categorize("Checkout went down while our only DBA was on a plane").cues]
    assert "planning" in [m.cue for m in categorize("Our planning is chaos").cues]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "how" only in a question someone knows or asks; "why" and "whether" too.
        ("I like how the new cache cluster works at peak load. Every release still needs Marco.", P),
        ("Only Anika knows why the release pipeline works at all, and she leaves in May", P),
        # "nobody knew" only of how; "whose service" only as a question of whose it was.
        ("Until last week nobody knew that admins could see every tenant", U),
        ("We host a bank whose service desk opens 200 tickets a week because statements time out", T),
        # "Few things" hurt more than what follows; a cost compared is the cost after "than"; an opinion reported.
        ("Few things hurt much more than losing a bank deal over missing SAML", U),
        # Not "a few" (a diff review).
        ("A few slow pages hurt more than the missing audit logs", T),
        ("It costs us way more than the license fee to run the on-call rota for the old ERP", P),
        ("The board thinks latency matters more; meanwhile releases break prod weekly", P),
        # What "turned out to be" named only when it was quoted or said to look like something else.
        ("The latency spike turned out to be the reason we lost the Initech renewal", T),
        # Verbs of worry compared; a sentence opened with "more than a".
        ("The missing audit trail scares me far more than the occasional latency spike", U),
        ("More than a slow dashboard, brokers complain they cannot restrict which agents see which policies", U),
        # The one engineer who knows.
        ("Everything waits on the one engineer who understands the billing engine", P),
    ],
)
def test_set_24_readings_as_narrowed_after_an_attack_review(text: str, expected: ScalingType) -> None:
    """An attack review of set 24's readings (tests/support/complaint_attack25.tsv), in other words."""
    result = categorize(text)
    assert result.type == expected, result.reason


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A negated verb of asking, whoever asks and in any tense.
        ("Our hospital clients haven't asked for SSO or audit logs; the nightly import is slow", T),
        ("Enterprise buyers aren't asking us about SAML. Our releases break something every week", P),
        # A copula before "that", farther from the problem word than a pseudo-cleft's few words.
        (
            "Deploys are a bit messy. Still, the biggest headache for the support desk on weekday evenings is that "
            "search times out",
            T,
        ),
    ],
)
def test_set_25_readings(text: str, expected: ScalingType) -> None:
    """Set 25 read as a development set (each seen failing without its reading)."""
    result = categorize(text)
    assert result.type == expected, result.reason


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Which squad owns the pricing engine is anyone's guess", "guess"),
        ("The police department asked who viewed each case file", "police"),
    ],
)
def test_real_words_are_not_misspellings(text: str, word: str) -> None:
    """Set 25 read: "anyone's guess" was read as "guest" (an English word one edit from a cue word); cues.REAL_WORDS
    lists the common ones, never read as another word."""
    result = categorize(text)
    assert not [m.correction for m in result.cues if m.correction and m.correction.lower().startswith(word)]


def test_a_misspelling_is_still_read() -> None:
    result = categorize("The checkout latancy doubles at peak")
    assert "latancy → latency" in [m.correction for m in result.cues]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A ruling-out clause that goes on says why, or says more: what follows is the complaint.
        ("Clients haven't asked for anything new because the portal is down every other day", T),
        ("Nobody complains about pricing anymore because checkout times out before they reach it", T),
        ("Our customers don't ask about new features since the app crashes every evening under load", T),
        # The far copula before "that" only in the present, and not after "thing".
        (
            "A common worry of the hospital customers in the pilot was that there were no audit logs, which shipped "
            "in May. Now the search API falls over every evening at peak",
            T,
        ),
        (
            "One thing I like about the roles and permissions screen is that it is simple. Checkout times out under "
            "load",
            T,
        ),
    ],
)
def test_set_25_readings_as_narrowed_after_an_attack_review(text: str, expected: ScalingType) -> None:
    """An attack review of set 25's readings (tests/support/complaint_attack26.tsv), in other words."""
    result = categorize(text)
    assert result.type == expected, result.reason


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Support adds and removes their users by hand for every new school", "add and remove users"),
        ("Account managers manage their users by email for every hospital", "manage users"),
    ],
)
def test_a_cue_said_with_an_owners_word_before_its_last_word(text: str, cue: str) -> None:
    """A reader's review: "add and remove their users" had no cue ("their" broke "add and remove users")."""
    result = reads_as(text, U, None)
    assert cue in [match.cue for match in result.cues], result.reason


@pytest.mark.parametrize(
    "text",
    [
        "The county clerk asked who looked at a voter record in March and we could not tell her",
        "Insurers want to know who opened the claim record",
    ],
)
def test_who_reached_one_record_is_an_audit_question(text: str) -> None:
    """Set 25 read: "who looked at a shipment record last tuesday" had no cue (only "who opened which records")."""
    result = reads_as(text, U, None)
    assert "who did what" in [match.cue for match in result.cues], result.reason


def test_who_looked_at_a_screen_is_no_audit_question() -> None:
    assert "who did what" not in [m.cue for m in categorize("Nobody knows who looked at the dashboard first").cues]


@pytest.mark.parametrize(
    "text",
    [
        "Every clinic manager must only see their own patients and we can't do that",
        "Teachers should see only their own classes",
    ],
)
def test_access_scoped_to_ones_own(text: str) -> None:
    """Set 25 read: "each site manager to only see their own dogs" had no cue."""
    result = reads_as(text, U, None)
    assert {"only see their own", "see only their own"} & {m.cue for m in result.cues}, result.reason


def test_which_team_owns() -> None:
    """Set 25 read: "which team owns the payments code" had no cue ("who owns" only)."""
    reads_as("Nobody can tell us which team owns the export service", P, None)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # An owner's word only before what a customer's admin manages.
        ("Reviewers are drowning under their load of pull requests", "under load"),
        ("On her call the SRE lead said the site went down twice", "on call"),
        # Who reached a record only when asked, and not of the team's own work.
        ("Nurses who opened a patient record saw a blank screen", "who did what"),
        ("We need to know who printed the release record", "who did what"),
    ],
)
def test_readings_as_narrowed_after_a_second_attack_review(text: str, cue: str) -> None:
    """An attack review of the owner's word, the record asked about and the new cues (complaint_attack27.tsv), in
    other words."""
    assert cue not in [match.cue for match in categorize(text).cues]


def test_what_a_ruling_out_names_stays_ruled_out_before_the_reason() -> None:
    """A diff review: a ruling-out clause that went on with a reason was no longer ruled out, so "SSO" counted in "We
    don't need SSO because our customers are all small teams". What the phrase names stays ruled out; what follows
    the reason's word is read as a statement of its own."""
    result = categorize("We don't need SSO because our customers are all small teams")
    assert "SSO" in [cue.matched for cue in result.discounted], result.reason
    assert result.type == "uncategorized", result.reason


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Not asking, said of the team or of users, is no ruling-out (a diff review).
        ("New hires don't ask about the deploy process because nobody has written it down", P),
        ("Users aren't asking about the search page anymore because it times out every evening", T),
    ],
)
def test_not_asking_rules_out_only_of_customers(text: str, expected: ScalingType) -> None:
    result = categorize(text)
    assert result.type == expected, result.reason


def test_written_down_is_no_outage() -> None:
    """A diff review: "nobody has written it down" was read as something down."""
    assert "down" not in [m.cue for m in categorize("Nobody has written it down, so every deploy is guesswork").cues]


@pytest.mark.parametrize(
    ("text", "expected", "cue"),
    [
        # Knowledge in one person's head, said with "one", "a single" or "the" before the name's "'s" (set 26 read).
        ("It's all in a single contractor's head", P, "in one persons head"),
        ("Nobody but Ana knows it: it is in one postdoc's head", P, "in one persons head"),
    ],
)
def test_set_26_readings(text: str, expected: str, cue: str) -> None:
    result = categorize(text)
    assert result.type == expected
    assert cue in [m.cue for m in result.cues]
    assert not [m for m in result.cues if m.type != expected]


def test_whats_in_a_customers_head_is_no_ones_knowledge() -> None:
    """A diff review: "the" or "a" before the name's "'s" read anyone's head as one person's knowledge."""
    result = categorize("We never know what is in the customer's head when they ask for audit logs")
    assert result.type == U
    assert "in one persons head" not in [m.cue for m in result.cues]


@pytest.mark.parametrize(
    ("text", "set_aside"),
    [
        # A reader's review: the infra counted beside the complaint that ruled it out.
        ("Onboarding big customers is painful, not the infra", "infrastructure"),
        ("The admin console is the pain. Not our performance work.", "performance"),
    ],
)
def test_a_piece_that_is_only_not_and_a_noun_phrase_rules_it_out(text: str, set_aside: str) -> None:
    result = categorize(text)
    assert result.type == U
    assert set_aside not in [m.cue for m in result.cues]
    assert set_aside in [m.cue for m in result.discounted]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # "not a single runbook", "not enough reviewers": no determiner of the ruling-out reading.
        ("Deploys fail, not a single runbook exists", "runbook"),
        # A diff review: a count is no thing ruled out, nor a list that goes on.
        ("Customers are furious again, not the first outage", "outage"),
        ("On-call is chaos: not our runbooks, not our escalation, nothing is written", "runbook"),
    ],
)
def test_a_lack_or_a_count_said_with_not_is_still_complained_of(text: str, cue: str) -> None:
    assert cue in [m.cue for m in categorize(text).cues]


@pytest.mark.parametrize(
    ("text", "correction"),
    [
        # A reader's review on a phone: short words with two letters swapped were dropped without a word.
        ("Our dashboard is slwo every morning", "slwo → slow"),
        ("The booking page takes ages to laod", "laod → load"),
        ("The app is dwon again", "dwon → down"),
    ],
)
def test_a_short_word_with_two_letters_swapped_is_read(text: str, correction: str) -> None:
    result = categorize(text)
    assert result.type == T
    assert correction in [m.correction for m in result.cues]


def test_a_short_common_word_is_not_read_as_a_swap() -> None:
    """ "lots" is no "lost", "form" no "from" (cues.REAL_WORDS: a diff review found the texts alone could not fail
    without them); a name or an acronym is no slip; a swap of the first letter is no slip read."""
    speller = complaints._speller()
    assert [speller.correct(word) for word in ("lots", "form", "dose", "pref")] == [None] * 4
    texts = [
        "Lots of customers want SSO",
        "The signup form asks for SSO",
        "The app is odwn",
        "Our CIOs want SSO",
        "Roel can't find the runbook",
    ]
    for text in texts:
        assert not [m.correction for m in categorize(text).cues if m.correction]


@pytest.mark.parametrize(
    ("text", "expected", "cue"),
    [
        # A later diff review: not a name at a sentence's start ("Leka" was "leak", "Roel" "role").
        ("Leka says the admin panel is confusing", U, "admin panel"),
        # A verb of hurting is a verdict too, and "2.5" ends no sentence.
        ("Onboarding hurts, not the infra.", U, "onboarding"),
        ("Onboarding big customers is 2.5 weeks of pain, not the infra.", U, "onboarding"),
        # The founder's head is the team's knowledge; the customer's is not.
        ("How billing works is in the founder's head and nobody else's", P, "in one persons head"),
        ("Our infra setup is all in a single admin's head", P, "in one persons head"),
    ],
)
def test_second_diff_review_readings(text: str, expected: str, cue: str) -> None:
    result = categorize(text)
    assert result.type == expected
    assert cue in [m.cue for m in result.cues]
    if "not the infra" in text:
        assert "infrastructure" in [m.cue for m in result.discounted]


def test_no_prefix_of_a_complaint_breaks_the_reading() -> None:
    """A diff review: a complaint ending "in one" or "in a single" (typed on the way to "in one person's head") raised
    IndexError, and the page lost every reading. Every word-prefix of the attack tables' complaints is read."""
    texts = [text for _, _, text in (*ATTACK27_ROWS, *ATTACK28_ROWS)]
    texts += ["We run everything in one", "in a single", "It lives in just one", "in the"]
    for text in texts:
        words = text.split()
        for n in range(1, len(words) + 1):
            categorize(" ".join(words[:n]))


@pytest.mark.parametrize(
    ("text", "expected", "cue"),
    [
        # Attack 28: a customer's head is not the team's knowledge.
        ("The deal is stuck and the pricing lives in one customer's head", U, None),
        # A name or an acronym is no slip ("Seta" was "seat", "DoDs" "ddos").
        ("Seta and Reda are the only reviewers and PRs wait a week", P, None),
        ("Our DoDs are a mess, every squad has its own", None, None),
        # "not the X" after a verb and its object leaves X counted.
        ("We log API calls, not the admin actions.", U, "admin"),
        # A burnout said in a question or after "that's not" still counts.
        ("If that's not burnout I don't know what is, half the team quit", P, "burnout"),
    ],
)
def test_attack_28_narrowings(text: str, expected: str | None, cue: str | None) -> None:
    result = categorize(text)
    if expected is not None:
        assert result.type == expected
    assert not [m.correction for m in result.cues if m.correction]
    assert "in one persons head" not in [m.cue for m in result.cues]
    if cue is not None:
        assert cue in [m.cue for m in result.cues]


def test_a_concession_tag_is_only_the_tag() -> None:
    """ "I'll admit", "granted", "fair enough" concede the clause before them; a clause with more words is its own."""
    assert concedes(["ill", "admit"])
    assert concedes(["fair", "enough"])
    assert not concedes(["granted", "the", "database", "is", "slow"])
    assert not concedes([])
    assert concedes(["admittedly"], leading=True)
    assert not concedes(["ill", "admit"], leading=True)  # "I'll admit, ..." opens no concession


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Set 27 read as a development set: a tag after a clause concedes it, complaint or not.
        ("Code review is slow, granted. What hurts is the missing SSO.", U),
        ("Deploys need three people, I'll admit. What's killing us is that any user can delete any project.", U),
        # Without the tag, the slow review complains on its own (as before).
        ("Code review is slow. What hurts is the missing SSO.", P),
        # Alone, a conceded clause still complains: nothing carries another complaint.
        ("Code review is slow, I'll admit.", P),
    ],
)
def test_a_clause_a_tag_concedes_is_conceded_before_the_complaint(text: str, expected: ScalingType) -> None:
    result = categorize(text)
    assert result.type == expected, result.reason


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # What the carrier says may be the conceded complaint's cost (an attack review: it read uncategorized) ...
        ("The app takes twelve seconds to load, true. What hurts is that shoppers simply leave.", T),
        # ... or another complaint in words the engine does not know (it read process at high confidence).
        ("Code review is slow, I'll admit. What's costing us subscribers is the player stalling during premieres.", P),
    ],
)
def test_a_clause_conceded_before_words_that_name_nothing_counts_unsure(text: str, expected: ScalingType) -> None:
    """When nothing else would count, the conceded clause counts, and the reading is low: the page asks the reader."""
    result = categorize(text)
    assert (result.type, result.confidence_word) == (expected, "low"), result.reason
    assert all("the reading is unsure" in (m.note or "") for m in result.cues if m.kind == "cue")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Set 27 read: a small state before a clause that carries another complaint is the comparison made.
        ("Page loads and search are tolerable. What costs us is the missing data residency.", U),
        # "that" opening what the copula says refers to nothing before (an attack review).
        ("Page loads and search are tolerable. What costs us is that we have no data residency.", U),
        # Not when that clause speaks of the same thing: the small state complains.
        ("The outages are minor. What hurts is that they happen daily.", T),
    ],
)
def test_a_small_state_before_another_complaint_is_fine(text: str, expected: ScalingType) -> None:
    result = categorize(text)
    assert result.type == expected, result.reason


def test_a_small_state_outweighed_counts_nothing() -> None:
    """ "manageable" before a clause that carries another complaint sets the latency aside: the residency question is
    all there is (it was user at medium confidence, the latency counted for technical)."""
    result = categorize("The latency is manageable. What worries me is the data residency question from the banks.")
    assert (result.type, result.confidence_word) == (U, "high"), result.reason


@pytest.mark.parametrize(
    ("text", "note"),
    [
        ("We don't have outages, we have angry enterprise buyers", "discounted: 'don't have outages'"),
        ("We never had a major outage but SSO is missing", "discounted: 'never had a major outage'"),
        ("No latency alarms fire, but admins can't see roles", "discounted: 'No latency'"),
    ],
)
def test_a_negated_symptom_is_quoted_as_written(text: str, note: str) -> None:
    """The note quotes the reader's words, apostrophes and all ("dont have outages" was shown: a reader's review)."""
    assert note in [match.note for match in categorize(text).discounted]


@pytest.mark.parametrize(
    ("text", "expected", "set_aside"),
    [
        # A reader's review: "slow" counted, and made "slow + releases" a slow step of delivery.
        ("Nothing is slow; the issue is releases break stuff", P, "discounted: 'Nothing is slow'"),
        ("Nothing's slow, but the enterprise admins can't set roles.", U, "discounted: 'Nothing's slow'"),
        # A limit or an exception after it: the symptom is there.
        ("Nothing is slow except checkout.", T, None),
        ("Nothing is slow until Black Friday.", T, None),
    ],
)
def test_a_symptom_denied_of_everything_is_set_aside(text: str, expected: ScalingType, set_aside: str | None) -> None:
    result = categorize(text)
    assert result.type == expected, result.reason
    notes = [match.note for match in result.discounted]
    assert set_aside in notes if set_aside is not None else not any("Nothing" in (n or "") for n in notes)


@pytest.mark.parametrize("text", ["nothing is slow", "Nothing is broken.", "We don't have outages."])
def test_a_denied_symptom_alone_is_no_complaint_at_all(text: str) -> None:
    """A guide review: "nothing is slow" was a guess of the fallback model, process "mostly in 'nothing'": the
    negation is read with its symptom, and nothing is left to guess from."""
    result = categorize(text)
    assert (result.type, result.fallback) == ("uncategorized", None), result.reason


@pytest.mark.parametrize(
    "text",
    [
        # A guide review: a tag opening the sentence conceded nothing, nor did "I admit it".
        "Admittedly, search is slow, but nobody owns incidents at night.",
        "Deploys work. Granted, the API is slow, but what hurts is the missing SSO.",
        "Search is slow, I admit it. But what hurts is that nobody owns incidents at night.",
    ],
)
def test_a_tag_before_its_clause_or_in_other_words_concedes_it_too(text: str) -> None:
    result = categorize(text)
    assert "slow" in [match.cue for match in result.discounted], result.reason
    assert result.type != T, result.reason


@pytest.mark.parametrize(
    "text",
    [
        # An attack review: "Yes", "Sure", "OK" open a complaint made worse as often as a concession.
        "Yes, our search is slow, but customers can't even log in.",
        "Sure, page loads take 8 seconds, but that's for the 12,000-seat tenant.",
    ],
)
def test_an_interjection_opening_a_sentence_concedes_nothing(text: str) -> None:
    result = categorize(text)
    assert result.type == T, result.reason
    assert not any("conceded" in (match.note or "") for match in result.discounted), result.reason


@pytest.mark.parametrize(
    ("text", "expected", "denied"),
    [
        # A cue that opens with its copula: "is down" (an attack review: "Nothing was down" counted).
        ("Nothing was down all week; the problem is nobody reviews the migrations.", P, True),
        ("Nothing is down.", "uncategorized", True),
        # The limits are read to the sentence's end, not past it, and only words that limit (a diff review: "yet"
        # and "since" opened the next clause or sentence, and the denial counted).
        ("Nothing is slow, yet deploys fail every week.", P, True),
        ("Nothing is slow. Since the migration, deploys break daily.", P, True),
        ("Nothing is slow unless it's Monday morning, and then everything is.", T, False),
        # A second diff review: the clause, or the next after a comma, and no further.
        ("Nothing is slow; when a release breaks, nobody owns the rollback.", P, True),
        ("Nothing is down on staging, only in production, when a thousand people are on.", T, False),
        # A third diff review: a bracket or a dash before the limit; a clause of its own after "and" or "but"; a
        # negation of the sentence before.
        ("Nothing is slow (except checkout).", T, False),
        ("Nothing is down — until it is.", T, False),
        ("Nothing is slow, but when a release breaks, we roll back by hand.", P, True),
        ("Nothing is slow and the team ships only on Fridays.", P, True),
        # Said by someone else, it is theirs to deny (an attack review).
        ("Our SRE says nothing is slow. Our customers say otherwise.", T, False),
    ],
)
def test_a_symptom_denied_of_everything_as_an_attack_read_it(text: str, expected: str, denied: bool) -> None:
    result = categorize(text)
    assert result.type == expected, result.reason
    assert any((m.note or "").lower().startswith("discounted: 'nothing") for m in result.discounted) is denied


def test_a_limit_of_a_denied_having_is_read_in_its_sentence_only() -> None:
    """A second diff review: "Since March" in the next sentence kept "never had an outage" counted."""
    result = categorize("We never had an outage. Since March, reviews take a week.")
    assert "discounted: 'never had an outage'" in [m.note for m in result.discounted], result.reason
    assert result.type == P, result.reason


@pytest.mark.parametrize(
    "text", ["Is it stable? No. Outages hit us every week.", "It's not that. Outages happen every week."]
)
def test_a_negation_of_the_sentence_before_denies_nothing(text: str) -> None:
    """A third diff review: "No." or "not that." ending a sentence set aside the symptom opening the next."""
    result = categorize(text)
    assert result.type == T, result.reason
    assert "outage" not in [m.cue for m in result.discounted]


@pytest.mark.parametrize(
    ("text", "expected", "stress"),
    [
        # Sets 28 and 29 read as development sets: "what's" before "actually", "really"; "crushing us".
        (
            "Sure, the build takes ages. What's really stopping us in the Nordic tenders is that we can't prove who "
            "changed a record.",
            U,
            "whats really",
        ),
        (
            "Search is sluggish at times. The thing crushing us is that every release needs a weekend and three "
            "people.",
            P,
            "crushing us",
        ),
    ],
)
def test_what_is_really_hurting_carries_the_complaint(text: str, expected: str, stress: str) -> None:
    result = categorize(text)
    assert result.type == expected, result.reason
    assert any(f"('{stress}" in (m.note or "") for m in result.cues), result.reason


@pytest.mark.parametrize(
    ("text", "expected", "aside"),
    [
        # "less about X than (about) Y" sets X aside up to "than" (sets 28 and 29 read as development sets).
        ("It's less about server capacity than about who can see the payroll exports.", U, "capacity"),
        ("We worry less about latency than we used to; outages still hit every week.", T, "latency"),
        # "Forget X." in a sentence of its own; other openers only before a comma or the like.
        ("Forget the flaky tests. Enterprise buyers need SSO before they sign.", U, "flaky test"),
        # "... we can live with" is a lesser complaint; "cannot live with" is none.
        (
            "The nightly batch overrunning is something we can live with. Auditors asking for access logs, not so "
            "much.",
            U,
            "nightly",
        ),
        # A fine clause whose subject is only "that" or "which" speaks of the clause or sentence before.
        ("The CI is slow. But that isn't what hurts; our checkout times out at peak.", T, "ci"),
        ("Search is slow, which isn't the problem: nobody owns incidents.", P, "slow"),
        # A clause already fine before it stays as it was, named by its own verdict.
        ("Uptime is fine, search takes 9 seconds. That's not what hurts; deploys break every week.", P, "seconds"),
        ("Ticket scans lag, sales asked about an admin console, but that can wait.", T, "admin console"),
    ],
)
def test_what_a_comparison_an_imperative_or_a_pointer_sets_aside(text: str, expected: str, aside: str) -> None:
    result = categorize(text)
    assert result.type == expected, result.reason
    assert aside in [m.cue for m in result.discounted], result.reason


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        # Not after an opener that is no imperative: the sentence says what the team does instead.
        ("Instead of fixing flaky tests we keep rerunning the pipeline. Nothing else matters.", "flaky test"),
        ("We cannot live with these outages.", "outage"),
        # Only the clause right before a pointer within its sentence ("that" is the console, not the scans).
        ("Ticket scans lag, sales asked about an admin console, but that can wait.", "lag"),
        # More said of "that" limits it: not pointed back.
        ("Our search takes 9 seconds. That's not a problem for customers who browse, but buyers leave.", "second"),
    ],
)
def test_what_stays_counted_beside_those_readings(text: str, counted: str) -> None:
    result = categorize(text)
    assert any(m.cue.startswith(counted) for m in result.cues), result.reason


@pytest.mark.parametrize(
    ("text", "expected", "counted"),
    [
        # An attack review of those readings: a stress phrase in what someone supposed stresses nothing.
        (
            "We thought the release process was sinking us, but it turned out the database simply can't handle the "
            "write volume.",
            T,
            "database",
        ),
        # "can live with" negated from anywhere before it.
        ("Two outages a week is not a rate we can live with.", T, "outage"),
        ("The missing audit log is not something the auditors can live with.", U, "audit log"),
        # A pointer's verdict limited after a comma, or of the past, points back to nothing; nor does "this".
        ("Nobody reviews the migrations, which is fine, until it isn't.", P, "review"),
        ("Our p99 latency is nine seconds, but that's fine, apparently.", T, "p99"),
        ("Our single Postgres box hits 90 percent CPU at noon, which was fine last year.", T, "cpu"),
        ("The pager went off eleven times last night. This is fine.", P, "pager"),
        # Opening its sentence, it speaks of the clause right before it only.
        (
            "The login service falls over every Monday morning, and sales keeps asking about SSO. That can wait.",
            T,
            "fall",
        ),
    ],
)
def test_what_those_readings_leave_counted_as_an_attack_read_them(text: str, expected: str, counted: str) -> None:
    result = categorize(text)
    assert result.type == expected, result.reason
    assert any(m.cue.startswith(counted) for m in result.cues), result.reason


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # Sets 28 and 29 read as development sets: who must not see what.
        ("Supervisors must not see drivers' shift notes.", "must not see"),
        ("Junior staff should not see the salary exports.", "should not see"),
    ],
)
def test_who_must_not_see_what_is_user_scaling(text: str, cue: str) -> None:
    result = categorize(text)
    assert result.type == U, result.reason
    assert cue in [m.cue for m in result.cues], result.reason


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Set 28 read as a development set: a system that collapses.
        ("The real problem is that the webcam stream collapses whenever 20,000 people tune in.", T),
        # No change causing a failure: the cache is what collapsed.
        ("The cache hit rate collapsed after the migration, and that's where on-call spends every night now.", T),
    ],
)
def test_a_system_that_collapses_is_technical(text: str, expected: str) -> None:
    result = categorize(text)
    assert result.type == expected, result.reason
    assert "collapse" in [m.cue for m in result.cues], result.reason


@pytest.mark.parametrize(
    ("text", "expected", "aside"),
    [
        # A reader's review: what matters or hurts less than another is set aside, as what pales next to it.
        ("The outages matter less than the permissions mess", U, "outage"),
        ("Latency is less important than the audit gaps our buyers keep raising.", U, "latency"),
        ("Outages hurt less than the weekly regressions.", P, "outage"),
    ],
)
def test_what_matters_less_than_another_is_set_aside(text: str, expected: str, aside: str) -> None:
    result = categorize(text)
    assert result.type == expected, result.reason
    assert aside in [m.cue for m in result.discounted], result.reason


@pytest.mark.parametrize(
    ("text", "combined"),
    [
        # A reader's review: a change of long ago caused no failure said in another sentence.
        ("We shipped RBAC last year. Now the nightly import falls over every night.", False),
        (
            "SSO was the big ask last year and we shipped it. Now it's the database melting under month-end reports.",
            False,
        ),
        # Within the sentence of long ago, or across sentences of now, it still did.
        ("Last year a deploy took the site down for a day.", True),
        ("We shipped v2 last week. Now everything breaks.", True),
        # A diff review: a cue said now too is of now; "log back in" and "since last year" are no time long ago.
        ("Deploys were rare last year. Now we deploy daily and every one breaks checkout.", True),
        ("We deploy every Friday. Afterwards nobody can log back in because the auth service breaks.", True),
        ("We ship a release every Friday. Since last year, prod breaks after each one.", True),
    ],
)
def test_a_change_of_long_ago_causes_no_failure_said_later(text: str, combined: bool) -> None:
    result = categorize(text)
    made = [m.matched for m in result.cues if m.cue == "a change causing a failure"]
    assert bool(made) is combined, result.reason


@pytest.mark.parametrize(
    ("text", "expected", "aside"),
    [
        # A CLI review: "nothing is wrong" was a guess of the fallback model; what nothing is wrong with is fine.
        ("nothing is wrong", "uncategorized", None),
        ("Nothing's wrong with the servers; deploys break every week.", P, "server"),
        # Not what "never happens": a practice missing is the complaint (a diff review).
        ("Postmortems never happen.", P, None),
    ],
)
def test_what_is_said_not_to_be_wrong_or_to_happen(text: str, expected: str, aside: str | None) -> None:
    result = categorize(text)
    assert result.type == expected, result.reason
    assert result.fallback is None, result.reason
    if aside is not None:
        assert aside in [m.cue for m in result.discounted], result.reason


@pytest.mark.parametrize(
    ("text", "expected", "counted"),
    [
        # A diff review of the session's readings: a pointer carries back only what sets aside ("not what hurts",
        # "not the problem", "can wait"), not a size, a state or praise.
        ("Checkout times out at peak. That's not a small problem.", T, "time out"),
        ("Checkout went down three times this week. That's just great.", T, "went down"),
        ("Deploys break checkout, which is fine on staging but not in production.", P, "deploy"),
        # A verdict of the past points back to nothing now.
        ("Search is slow, which wasn't the problem last year; deploys break weekly.", P, "slow"),
        # "can live with" negated from its copula on, not by its subject's "never".
        ("Queries that never use the index are something we can live with. Nobody can see audit logs.", U, "can see"),
        # "more or less about" is no comparison.
        ("Most tickets are more or less about slow search.", T, "slow"),
        # A deal that collapses is no system failing.
        ("The Acme deal collapsed.", U, "deal"),
        # "figured out" is found, not supposed: the stress holds.
        ("We figured out what's really killing us: nobody owns incidents", P, "nobody owns"),
    ],
)
def test_what_the_readings_leave_as_a_diff_review_read_them(text: str, expected: str, counted: str) -> None:
    result = categorize(text)
    assert result.type == expected, result.reason
    assert any(m.cue.startswith(counted) for m in result.cues), result.reason


def test_what_is_found_out_is_stressed() -> None:
    result = categorize("We figured out what's really killing us: nobody owns incidents")
    assert any("+1 in the clause" in (m.note or "") for m in result.cues), result.reason


@pytest.mark.parametrize(
    ("text", "expected", "aside", "counted"),
    [
        # A second diff review: "can live with" negated from anywhere before it, but in a relative clause.
        ("Checkout timing out at peak will never be something we can live with.", T, None, "time out"),
        # A pointer's verdict: a state ("fine") or a problem denied sets aside; sarcasm, a size, a limit or another
        # time does not.
        ("The database falls over every night. Sales keeps asking about SSO, but that's fine.", T, "sso", "fall over"),
        (
            "Sales keeps asking about SSO, but that's not our problem. The database falls over every night.",
            T,
            "sso",
            "fall over",
        ),
        (
            "Sales kept asking about SSO, but that wasn't the problem. The database fell over every night.",
            T,
            "sso",
            "fall over",
        ),
        # A cue ruled out now says nothing of now: the release of last year caused no crash.
        (
            "We did a big release last year. We don't need another release. Now checkout crashes every night.",
            T,
            None,
            "crash",
        ),
        # "collapse" said of a store a team names.
        ("Kafka collapses every Monday and sales keeps asking for SSO.", T, None, "collapse"),
    ],
)
def test_a_second_diff_reviews_readings(text: str, expected: str, aside: str | None, counted: str) -> None:
    result = categorize(text)
    assert result.type == expected, result.reason
    assert any(m.cue.startswith(counted) for m in result.cues), result.reason
    if aside is not None:
        assert aside in [m.cue for m in result.discounted], result.reason


@pytest.mark.parametrize(
    ("text", "combined"),
    [
        # "back in" before a year is long ago; "since early last year", "over the last year" run to now.
        ("Back in 2022 we shipped SSO. Now the database melts every night.", False),
        ("We ship a release every Friday. Since early last year, prod breaks after each one.", True),
        ("We ship a release every Friday. Over the last year, prod broke after each one.", True),
    ],
)
def test_when_long_ago_is_as_a_second_diff_review_read_it(text: str, combined: bool) -> None:
    result = categorize(text)
    assert any(m.cue == "a change causing a failure" for m in result.cues) is combined, result.reason


@pytest.mark.parametrize(
    ("text", "expected", "counted"),
    [
        # A third diff review: "great" of a crash is sarcasm; a kind denied ("not a rare problem") or a state of back
        # then points back to nothing; a negation inside the subject's relative clause, or "no customer", as said.
        ("Checkout crashes every day, which is great.", T, "crash"),
        ("Checkout fails for EU users. That's not a rare problem.", T, "fail"),
        ("Search takes ten seconds now, which was fine back then.", T, "seconds"),
        ("The timeouts are something no customer can live with.", T, "timeout"),
        # A team's collapse is no system's: "platform" names a team here.
        ("Sprint planning collapsed after the platform team reorg.", P, "sprint"),
    ],
)
def test_a_third_diff_reviews_readings(text: str, expected: str, counted: str) -> None:
    result = categorize(text)
    assert result.type == expected, result.reason
    assert any(m.cue.startswith(counted) or m.matched.lower().startswith(counted) for m in result.cues), result.reason


def test_a_negation_in_the_subjects_relative_clause_leaves_can_live_with_a_lesser_complaint() -> None:
    result = categorize("Queries that we never index are something we can live with.")
    assert result.type == "uncategorized", result.reason


def test_over_a_weekend_last_year_is_long_ago() -> None:
    result = categorize("We shipped SSO over a weekend last year. Now the database melts every day.")
    assert not any(m.cue == "a change causing a failure" for m in result.cues), result.reason


@pytest.mark.parametrize(
    ("text", "expected", "aside"),
    [
        # Who rules a thing out may be placed before the verb (set 30 read as a development set).
        (
            "Nobody on the night shift complains about latency; they complain that anyone can edit the rota.",
            U,
            "latency",
        ),
        ("Clients in the Nordic region don't care about uptime; they need data residency.", U, "uptime"),
        # Not struggling with a thing, now.
        ("We aren't struggling with capacity; every release breaks something.", P, "capacity"),
        ("Our team doesn't struggle with deploys. Enterprise buyers need SSO before they sign.", U, "deploy"),
        # What was never the hard part.
        ("Latency was never the hard part; the hard part is that new hires take months to ship.", P, "latency"),
    ],
)
def test_what_nobody_placed_complains_of_or_struggles_with_is_set_aside(text: str, expected: str, aside: str) -> None:
    result = categorize(text)
    assert result.type == expected, result.reason
    assert any(m.cue.startswith(aside) for m in result.discounted), result.reason


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        # Not caring is the complaint when it is not the customers'.
        ("Nobody cares about flaky tests.", "flaky test"),
        ("Leadership doesn't care about the outages.", "outage"),
        # A placed who without a verb of ruling out.
        ("Nobody at the company knows why the database falls over.", "fall over"),
        ("Customers in Spain keep asking for SSO.", "sso"),
        ("The hard part is the outages.", "outage"),
    ],
)
def test_what_stays_counted_beside_a_placed_who(text: str, counted: str) -> None:
    result = categorize(text)
    assert any(m.cue.lower().startswith(counted) for m in result.cues), result.reason


@pytest.mark.parametrize(
    ("text", "expected", "aside", "note"),
    [
        # A sentence that opens with "though" or "although" is carried after its comma (set 30 read as a development
        # set); the conceded clause is set aside as one before "but" is.
        (
            "Although our deploys could be smoother, the search cluster runs out of memory every night.",
            T,
            "deploy",
            "conceded by 'although'",
        ),
        # "Less the/our X, more Y" sets X aside; what nothing compares to ranks first.
        ("Less our on-call rota, more the fact that the checkout API times out at lunch.", T, "on call", "discounted"),
        (
            "Code review is slow, though nothing compares to the checkout timing out at lunch.",
            T,
            "code review",
            "conceded before 'nothing compares to'",
        ),
    ],
)
def test_a_leading_concession_a_lesser_opener_and_nothing_compared(
    text: str, expected: str, aside: str, note: str
) -> None:
    result = categorize(text)
    assert result.type == expected, result.reason
    set_aside = [m for m in result.discounted if m.cue.startswith(aside)]
    assert set_aside, result.reason
    assert note in (set_aside[0].note or ""), result.reason


def test_the_clause_after_a_leading_concession_says_why_it_weighs_more() -> None:
    result = categorize("Though the dashboards could be quicker, buyers walk away because we have no audit log.")
    assert result.type == U
    assert all("(after the 'though' clause)" in (m.note or "") for m in result.cues), result.reason


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("We ship weekly, although releases break.", "release"),  # not opening its sentence
        ("Less than half our deploys succeed, and nobody knows why.", "deploy"),  # a rate, not an opener
    ],
)
def test_what_a_concession_or_less_leaves_counted(text: str, counted: str) -> None:
    result = categorize(text)
    assert any(m.cue.startswith(counted) and m.counted > 0 for m in result.cues), result.reason


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # A reader's and an attack review: what a business loses collapses, with a system's word near or not.
        ("Mobile app engagement collapsed after the redesign.", "engagement"),
        ("Our revenue stream collapsed when the biggest client left the platform.", "revenue"),
        ("Trial signups have completely collapsed since the pricing change on the app.", "signups"),
    ],
)
def test_what_collapses_as_a_business_does_is_no_outage(text: str, subject: str) -> None:
    result = categorize(text)
    assert "collapse" not in [m.cue for m in result.cues], result.reason
    collapsed = [m for m in result.discounted if m.cue == "collapse"]
    assert collapsed, result.reason
    assert f"said of '{subject}'" in (collapsed[0].note or ""), result.reason


@pytest.mark.parametrize(
    "text",
    [
        "The sales database collapsed at noon.",
        "The webcam stream collapses whenever it snows.",
        "Kafka collapses daily.",
    ],
)
def test_a_system_said_before_collapse_keeps_it_counted(text: str) -> None:
    assert "collapse" in [m.cue for m in categorize(text).cues]


@pytest.mark.parametrize(
    ("text", "expected", "counted"),
    [
        # An attack review of set 30's readings: not caring or struggling, limited or asked, rules nothing out.
        ("Customers never care about SSO until their first audit, and then it blocks the deal.", U, "sso"),
        ("Nobody struggles with permissions more than our support team.", U, "permission"),
        ("Who doesn't struggle with flaky tests?", P, "flaky test"),
        # "Less" as "minus" sets nothing aside.
        ("Less the time we lose to flaky tests, our CI would take ten minutes.", P, "flaky test"),
        # What everyone reaches is a thing holding data, with or without "that", a preposition after the verb or not.
        ("Customer PII sits in a table anybody can query.", U, "everyone can do everything"),
        ("Exports go to a shared drive that anyone can download from.", U, "everyone can do everything"),
    ],
)
def test_what_an_attack_on_set_30s_readings_keeps_counted(text: str, expected: str, counted: str) -> None:
    result = categorize(text)
    assert result.type == expected, result.reason
    assert any(m.cue.startswith(counted) and m.counted > 0 for m in result.cues), result.reason


@pytest.mark.parametrize(
    ("text", "expected", "aside"),
    [
        # Caring less rules out up to the comparison.
        ("Clients don't care about uptime as much as they care about who can see payroll.", U, "uptime"),
        ("The outages are bad, but nothing compares with the review queue.", P, "outage"),
        ("Even though deploys could be smoother, customers can see each other's invoices.", U, "deploy"),
        ("Nobody asks about uptime; customers ask who can export patient records.", U, "uptime"),
    ],
)
def test_what_an_attack_on_set_30s_readings_sets_aside(text: str, expected: str, aside: str) -> None:
    result = categorize(text)
    assert result.type == expected, result.reason
    assert any(m.cue.startswith(aside) for m in result.discounted), result.reason


def test_a_page_anyone_can_open_is_open_by_design() -> None:
    result = categorize("The build logs go to a page that any user can open.")
    assert "everyone can do everything" not in [m.cue for m in result.cues], result.reason


def test_the_clause_after_less_x_opens_with_more_and_carries_the_complaint() -> None:
    result = categorize("Less the latency, more the fact that nobody owns the release process.")
    assert result.type == P, result.reason
    assert any("('more')" in (m.note or "") for m in result.cues), result.reason


@pytest.mark.parametrize(
    ("text", "expected", "aside"),
    [
        # A reader's review: more ways of setting a thing aside, and an exception before what complains.
        ("Ignoring the audit log asks for now, our deploy pipeline takes hours.", P, "audit log"),
        ("Putting the SSO requests to one side, our release process is a mess.", P, "sso"),
        ("Setting the slow dashboards aside, our deploys break every week.", P, "slow"),
        ("Other than the odd outage, our worst pain is hotfixes that break checkout.", P, "outage"),
        ("Except for a slow page or two, we mostly lose deals over missing SSO.", U, "slow"),
        ("Apart from the occasional outage, releases break every Friday.", P, "outage"),
    ],
)
def test_what_is_ignored_put_to_one_side_or_excepted_is_set_aside(text: str, expected: str, aside: str) -> None:
    result = categorize(text)
    assert result.type == expected, result.reason
    assert any(m.cue.startswith(aside) for m in result.discounted), result.reason


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        # An exception before what says the rest is fine, or denies it, is the complaint.
        ("Except for checkout, everything is fast; the checkout API times out.", "time out"),
        ("Other than the outages, nothing bothers us.", "outage"),
    ],
)
def test_an_exception_before_the_rest_is_fine_stays_counted(text: str, counted: str) -> None:
    result = categorize(text)
    assert any(m.cue.startswith(counted) and m.counted > 0 for m in result.cues), result.reason


def test_the_opener_of_what_is_set_aside_is_no_cue() -> None:
    """A reader's review: "Setting aside ..." listed "Setting" as the settings cue, set aside."""
    result = categorize("Setting aside the slow dashboards, our deploys break every week.")
    assert "settings" not in [m.cue for m in (*result.cues, *result.discounted)], result.reason


@pytest.mark.parametrize(
    ("text", "expected", "denied"),
    [
        # A failure denied in the perfect (set 30 read as a development set).
        ("The site hasn't crashed in a year; code review takes a week.", P, "hasn't crashed"),
        ("Checkout hasn't gone down since March, but customers can see each other's invoices.", U, "hasn't gone down"),
        ("The API has never been down; deploys are manual and break every week.", P, "never been down"),
    ],
)
def test_a_failure_denied_in_the_perfect_is_set_aside(text: str, expected: str, denied: str) -> None:
    result = categorize(text)
    assert result.type == expected, result.reason
    assert any(denied in (m.note or "") for m in result.discounted), result.reason


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("It hasn't been a week since the last outage.", "outage"),  # the week denied, not the outage
        ("Our store still hasn't recovered from the outage.", "outage"),
    ],
)
def test_what_has_not_happened_yet_is_no_denied_failure(text: str, counted: str) -> None:
    result = categorize(text)
    assert any(m.cue.startswith(counted) and m.counted > 0 for m in result.cues), result.reason


def test_the_trouble_is_carries_the_complaint() -> None:
    result = categorize("Our deploys are automated and boring. The trouble is the nightly import running out of space.")
    assert result.type == T, result.reason
    assert any("('the trouble is')" in (m.note or "") for m in result.cues), result.reason


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        # A diff review of this session's readings. An exception's clause after it is the next one that is no relative
        # clause; what follows it denies the rest only as its subject.
        ("Except for deploys, which take hours, nothing else is a problem.", "deploy"),
        ("Other than SSO, which every prospect asks for, nothing is missing.", "sso"),
        # A relative clause after a leading concession's comma is the concession's: no clause is carried.
        ("Although SSO, which enterprise buyers want, is missing, the database falls over daily.", "fall over"),
        # "like" limits not caring only as a comparison with others who do; asking is limited too.
        ("No one struggles with SSO like our hospital customers do.", "sso"),
        ("Nobody asks about SSO until the deal is on the table.", "sso"),
        # A "collapse" that takes an object: its subject ("demand") is the cause, what collapsed comes after it.
        ("Customer demand collapsed the cluster.", "collapse"),
    ],
)
def test_what_a_diff_review_of_this_sessions_readings_keeps_counted(text: str, counted: str) -> None:
    result = categorize(text)
    assert any(m.cue.startswith(counted) and m.counted > 0 for m in result.cues), result.reason


@pytest.mark.parametrize(
    ("text", "aside"),
    [
        ("Other than the odd outage, our problem is that we have no SSO.", "outage"),
        ("Customers don't care about features like SSO; they care that checkout times out.", "sso"),
        ("No customer at that size complains about latency; they complain about missing audit logs.", "latency"),
    ],
)
def test_what_a_diff_review_of_this_sessions_readings_sets_aside(text: str, aside: str) -> None:
    result = categorize(text)
    assert any(m.cue.startswith(aside) for m in result.discounted), result.reason


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # A closing "though" is no leading concession: its clause is carried by the word, as before.
        ("Deploys are fine. The dashboards take 20 seconds though.", "('though')"),
        ("Though deploys could be smoother, customers can see each other's invoices.", "(after the 'though' clause)"),
    ],
)
def test_a_closing_and_a_leading_though_are_said_apart(text: str, said: str) -> None:
    result = categorize(text)
    assert any(said in (m.note or "") for m in result.cues), result.reason


def test_a_public_dump_anyone_can_download_is_open_by_design() -> None:
    result = categorize("We publish a public data dump that anyone can download, and building it takes all night.")
    assert "everyone can do everything" not in [m.cue for m in result.cues], result.reason


def test_what_collapses_is_quoted_as_the_deal() -> None:
    result = categorize("The deals collapsed because we lack SSO.")
    assert any("said of 'deal'" in (m.note or "") for m in result.discounted), result.reason


def test_setting_a_thing_aside_is_no_settings_cue() -> None:
    result = categorize("Setting the slow dashboards aside, our deploys break every week.")
    assert "settings" not in [m.cue for m in (*result.cues, *result.discounted)], result.reason


# ---------------------------------------------------------------------------------------------
# Set 31 read as a development set
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Our canoe and rowing league signs up hundreds of clubs a week.",
        "She nodded through the demo; then the spine of the printed manual broke.",
        "The motion was seconded at the charity's branch office.",
    ],
)
def test_words_that_only_stem_like_a_cue_word_are_no_cue(text: str) -> None:
    """An audit of common English words against the single-word cues: "rowing" stemmed to "rows", "nodded" to "nodes",
    "seconded" to "seconds", "spine" to "spin", a "branch office" read as a git branch."""
    result = categorize(text)
    found = [m.cue for m in (*result.cues, *result.discounted)]
    assert not {"rows", "nodes", "seconds", "spin", "branch"} & set(found), result.reason


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ticketing site went dark on opening night.", T),
        ("Every Friday the booking app goes dark for an hour.", T),
        ("The archive portal was unreachable all morning.", T),
    ],
)
def test_a_system_that_goes_dark_is_down(text: str, expected: str) -> None:
    result = categorize(text)
    assert result.type == expected, result.reason
    assert result.fallback is None, result.reason


@pytest.mark.parametrize(
    "text",
    ["The hall's lights went dark during the recital.", "Our supplier went dark on us after the invoice."],
)
def test_what_goes_dark_without_a_system_counts_only_to_break_a_tie(text: str) -> None:
    result = categorize(text)
    assert all(m.cue != "went dark" for m in result.cues), result.reason


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A leak beside memory or a system is a system's; a leak between tenants is a breach of trust.
        ("The render service leaks memory until it restarts.", T),
        ("Leak in the family archive: one tenant's volunteers could open another tenant's scans.", U),
    ],
)
def test_a_leak_is_read_by_what_leaks(text: str, expected: str) -> None:
    result = categorize(text)
    assert result.type == expected, result.reason


@pytest.mark.parametrize(
    ("text", "expected", "cue"),
    [
        ("Merge requests sit for days waiting on a second pair of eyes.", P, "second pair of eyes"),
        ("Ward clerks can't be stopped from editing discharge notes.", U, "be stopped from"),
        ("Interns cannot be prevented from exporting donor lists.", U, "be prevented from"),
        ("The county archive still won't sign, and nobody has said why.", U, "won't sign"),
        ("The mill's two teams built the same stock report without knowing.", P, "built the same"),
        ("There is so much duplicated work between the two studios.", P, "duplicated work"),
    ],
)
def test_set_31_phrases_name_their_type(text: str, expected: str, cue: str) -> None:
    result = categorize(text)
    assert result.type == expected, result.reason
    assert cue in [m.cue for m in result.cues], result.reason


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # An attack review of set 31's readings: each new phrase only in the sense it was added for.
        ("Our payments team went dark for a week after the reorg.", "went dark"),
        ("The release manager is unreachable on Fridays.", "unreachable"),
        ("The signing service won't sign new certificates after midnight.", "won't sign"),
        ("A second pair of eyes on the dashboards would help.", "second pair of eyes"),
        ("The runaway batch can't be stopped from eating the disk.", "be stopped from"),
        ("Each region is built the same way, by hand.", "built the same"),
        # A diff review: a subject past a copula, with a system word near; signing in; an operator is no role.
        ("The API team is unreachable whenever the site is down.", "unreachable"),
        ("Customers won't sign in anymore; the login page hangs.", "won't sign"),
        ("The autoscaler can't be stopped from adding pods, and the operator has no kill switch.", "be stopped from"),
        ("We still need a nod from the architecture board before every release.", "nodes"),
    ],
)
def test_a_new_phrase_out_of_its_sense_counts_for_nothing(text: str, phrase: str) -> None:
    result = categorize(text)
    assert phrase not in [m.cue for m in result.cues], result.reason


def test_wont_sign_off_is_a_teams_step_not_a_deal() -> None:
    result = categorize("QA won't sign off on the release until the regression suite is green.")
    assert "won't sign off" in [m.cue for m in result.cues], result.reason
    assert "won't sign" not in [m.cue for m in result.cues], result.reason
    assert result.type == P, result.reason


@pytest.mark.parametrize(
    "text", ["A goroutine leak means we redeploy every night.", "The JVM leaks and we reboot the hosts weekly."]
)
def test_a_leak_beside_a_runtimes_words_is_a_systems(text: str) -> None:
    result = categorize(text)
    assert any(m.cue == "leak" and m.counted > 0 for m in result.cues), result.reason


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A convergence review's misses, in other words: web pages somewhere are no on-call pages; who may merge is
        # the team's gate; everyone placed in the organisation, or holding a way in, is still everyone.
        ("Slow pages at the booking step lose us customers.", T),
        ("Only the lead has permission to merge, so the queue of pull requests grows all week.", P),
        ("Anyone at the firm can open every client's case file.", U),
        ("Anyone with a login can download all the payroll exports.", U),
        ("The donor table that anyone in the company can query holds home addresses.", U),
    ],
)
def test_a_convergence_reviews_misses_are_read(text: str, expected: str) -> None:
    result = categorize(text)
    assert result.type == expected, result.reason


@pytest.mark.parametrize(
    "text",
    ["I get pages at 3am every week.", "Anyone on the internet can download the public dataset, as intended."],
)
def test_what_the_new_readings_leave_as_it_was(text: str) -> None:
    result = categorize(text)
    assert "everyone can do everything" not in [m.cue for m in result.cues], result.reason
    if "pages" in text:
        assert result.type == P, result.reason


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An attack review of those readings: a customer's records merged, results released, are a product's roles;
        # everyone reaching the team's own work items is the team's way of working.
        ("Hospital customers want permission to release lab reports to each patient themselves.", U),
        ("Anyone can open any pull request against any repo, and the reviewers are drowning.", P),
        ("Anybody in the company can edit every runbook, so the steps contradict each other.", P),
        ("Too many pages at night for the two people on call.", P),
    ],
)
def test_the_attack_on_the_convergence_readings_is_met(text: str, expected: str) -> None:
    result = categorize(text)
    assert result.type == expected, result.reason


@pytest.mark.parametrize(
    ("text", "expected", "cue"),
    [
        # Sets 32 and 33 read as development sets: each reading in other words than the set's.
        ("The ferry timetable page doesn't stay up when the summer schedule goes live.", T, "doesn't stay up"),
        ("Our kiosk backend cannot handle more than three hundred requests a minute.", T, "cannot handle more than"),
        ("The ticket scanner service tops out at forty scans a second.", T, "tops out at"),
        ("Gallery managers ring us weekly to add or remove their volunteers.", U, "add or remove"),
        ("Our teams keep their knowledge in separate silos, so handoffs drop things.", P, "silos"),
    ],
)
def test_the_development_sets_readings(text: str, expected: str, cue: str) -> None:
    result = categorize(text)
    assert cue in [m.matched for m in result.cues], result.reason
    assert result.type == expected, result.reason


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # Each new phrase only in the sense it was added for.
        ("The night nurse can't stay up past two any more.", "can't stay up"),
        ("The release team can't handle more than two releases a week.", "can't handle more than"),
        ("We add or remove nodes by hand every morning.", "add or remove"),
        ("Visitors who viewed the new wing crashed the booking page.", "who viewed"),
        ("The engineer who changed the config broke production for an hour.", "who changed"),
        ("The grain silo sensor feed crashes at every harvest.", "silo"),
    ],
)
def test_the_development_sets_phrases_out_of_their_sense(text: str, phrase: str) -> None:
    result = categorize(text)
    assert phrase not in [m.cue for m in result.cues], result.reason


@pytest.mark.parametrize(
    "text",
    [
        "The clinic asked who had opened a patient's chart, and we had no answer.",
        "Auditors want to know who has looked at a child's adoption file this year.",
    ],
)
def test_who_had_reached_a_persons_notes_file_or_chart_is_an_audit_question(text: str) -> None:
    result = categorize(text)
    assert "who did what" in [m.cue for m in result.cues], result.reason
    assert result.type == U, result.reason


def test_the_teams_own_files_are_no_audit_question() -> None:
    result = categorize("Nobody knows who opened the config file and changed the timeout.")
    assert "who did what" not in [m.cue for m in result.cues], result.reason


@pytest.mark.parametrize(
    "text",
    [
        # Where any failure shows, not one of them: what the tickets ask decides.
        "Our support queue is full of requests to change who can see which project.",
        "Every support ticket this month asks for a way to remove a leaver's access.",
    ],
)
def test_the_support_desk_is_where_a_failure_shows(text: str) -> None:
    result = categorize(text)
    assert result.type == U, result.reason
    assert all(m.cue not in ("queue", "ticket") for m in result.cues), result.reason


def test_a_bare_noun_joined_to_a_determiners_phrase_after_a_cleft_opener_is_denied() -> None:
    result = categorize("It isn't flaky tests or the deploy pipeline, it's the database timing out under load.")
    assert result.type == T, result.reason
    assert {m.cue for m in result.discounted} >= {"flaky test", "deploy"}, result.reason
    # A bare word alone is no cleft: "it isn't reliable" complains.
    assert categorize("It isn't reliable and the outages cost us customers.").type == T


@pytest.mark.parametrize(
    ("text", "expected", "lower"),
    [
        ("Ranked by pain: the SSO gaps first, slow builds second, query timeouts a distant third.", U, "slow"),
        ("Worst first: 1) deploys break prod every week, 2) the API is slow, 3) no audit log.", P, "audit log"),
        ("Most expensive first: the checkout outage, then review delays, then missing SAML.", T, "saml"),
    ],
)
def test_a_ranked_lists_first_item_carries_the_complaint(text: str, expected: str, lower: str) -> None:
    result = categorize(text)
    assert result.type == expected, result.reason
    notes = [m.note or "" for m in result.discounted if m.cue == lower]
    assert notes, result.reason
    assert all(note.endswith("ranked lower") for note in notes), result.reason


def test_a_list_without_a_ranking_is_read_whole() -> None:
    result = categorize("Search ranking is off: results are stale, then the API times out at peak.")
    assert all("ranked" not in (m.note or "") for m in (*result.cues, *result.discounted)), result.reason


@pytest.mark.parametrize("word", ["firefightin", "deployin", "crashin"])
def test_a_dropped_g_is_read_as_its_word(word: str) -> None:
    result = categorize(f"we keep {word} every week and nobody knows why")
    assert any(m.matched == word for m in result.cues), result.reason


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # An attack review of the development sets' readings: each phrase only in its sense.
        ("I can't stay up every night watching the dashboard, nobody else is on the rota.", "can't stay up"),
        ("The help desk can't handle more than 200 calls a day with two agents.", "can't handle more than"),
        ("Every time we add or remove servers, user sessions drop.", "add or remove"),
        ("Shoppers who logged in when the sale opened took down checkout.", "who logged in"),
        ("The wiki page doesn't stay up to date with the API.", "doesn't stay up"),
    ],
)
def test_the_attack_on_the_development_sets_readings_is_met(text: str, phrase: str) -> None:
    result = categorize(text)
    assert phrase not in [m.cue for m in result.cues], result.reason


def test_an_internal_record_is_no_audit_question() -> None:
    result = categorize("The auditor asked who had opened the onboarding checklist file, and nobody had.")
    assert "who did what" not in [m.cue for m in result.cues], result.reason


def test_a_state_or_a_clause_after_a_cleft_opener_is_no_denial() -> None:
    result = categorize("It wasn't tested or the release would not have broken checkout.")
    assert all("It wasn't" not in (m.note or "") for m in result.discounted), result.reason


@pytest.mark.parametrize(
    "text",
    [
        "Ranked by how often they come up, not by cost: SSO requests, flaky tests, and the checkout outage.",
        "In order of appearance: database timeouts, the review backlog, then the missing audit log.",
        "The work is sorted by priority: flaky tests whenever, while the checkout API times out under load.",
        "Ranked by cost, cheapest first: SSO requests, flaky tests, then the checkout outage.",
        # A diff review: an order, a search ranking, what came first are no ranking.
        "Issues with order sync: SAML is missing, the database times out under load, the database falls over nightly.",
        "Search ranking problems: customers want SAML, the search index times out, the database falls over nightly.",
        "Problems we saw first after launch: SAML is missing, the database times out under load.",
    ],
)
def test_a_list_not_ranked_by_its_cost_is_read_whole(text: str) -> None:
    result = categorize(text)
    assert all("ranked" not in (m.note or "") for m in (*result.cues, *result.discounted)), result.reason


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A denied item ranks nothing; a filler is no item.
        ("Priority order: not the servers, they're fine; it's release regressions, then the SAML asks.", P),
        ("Worst first: honestly, the checkout outage every sale, then the review backlog.", T),
    ],
)
def test_a_ranked_lists_first_item_is_a_complaint(text: str, expected: str) -> None:
    result = categorize(text)
    assert result.type == expected, result.reason
    assert any((m.note or "").endswith("ranked lower") for m in result.discounted), result.reason


def test_the_fallback_model_reads_no_modal() -> None:
    """Cue phrases such as "couldn't stay up" taught the model that "couldn't" is technical."""
    from decision_engine import complaint_fallback  # noqa: PLC0415

    read = [word for word, _ in complaint_fallback._words("we couldn't promise they won't, and never can")]
    assert read == ["promise"]


def test_a_list_numbered_across_sentences_is_ranked() -> None:
    result = categorize("Ranked by pain: 1. The checkout service falls over on sale days. 2. Code review takes a week.")
    assert result.type == T, result.reason
    assert any((m.note or "").endswith("ranked lower") for m in result.discounted), result.reason
    notes = " ".join(m.note or "" for m in result.cues)
    assert "(first in a ranked list)" in notes, result.reason  # no words of the complaint's quoted
    assert "'ranked first'" not in notes + result.reason


def test_a_cleft_joined_to_a_clause_denies_nothing() -> None:
    """A diff review: "It's not stable or the database keeps timing out under load" was uncategorized."""
    assert categorize("It's not stable or the database keeps timing out under load.").type == T


@pytest.mark.parametrize(
    "text",
    [
        "The lead asked who had opened the file before the build broke.",
        "Our manager asked who had looked at the notes from the retro.",
    ],
)
def test_a_file_or_notes_of_nobody_is_no_audit_record(text: str) -> None:
    result = categorize(text)
    assert "who did what" not in [m.cue for m in result.cues], result.reason


def test_a_question_the_audit_cue_opens_is_asked() -> None:
    """A diff review: "Who deleted the customer's invoices? We have no idea." lost its audit cue."""
    result = categorize("Who deleted the customer's invoices? We have no idea.")
    assert "who deleted" in [m.cue for m in result.cues], result.reason


def test_a_question_about_the_teams_own_things_is_no_audit() -> None:
    """An attack review: "Who changed the deploy script?" counted as an audit question."""
    result = categorize("Who changed the deploy script? The release broke twice this week.")
    assert "who changed" not in [m.cue for m in result.cues], result.reason


def test_a_list_from_the_lowest_is_no_ranking_from_the_worst() -> None:
    result = categorize("Ranked by cost, lowest first: flaky tests, slow exports, and at the top the missing SAML.")
    assert all("ranked" not in (m.note or "") for m in (*result.cues, *result.discounted)), result.reason


def test_not_just_adds_what_it_names() -> None:
    result = categorize("It's not just the audit log or the role editor that banks want; they want SCIM too.")
    assert result.type == U, result.reason
    assert all("not just" not in (m.note or "") for m in result.discounted), result.reason


def test_the_most_expensive_one_is_a_bill() -> None:
    result = categorize("The most expensive one is the logging pipeline at 40k a month.")
    assert "expensive" in [m.cue for m in result.cues], result.reason


@pytest.mark.parametrize(
    "text",
    [
        "Half our members can't use the booking form with a screen reader.",
        "The council's tender requires WCAG 2.1 AA and we've never had an a11y review.",
        "Our rollout to the Lisbon office is stuck: the interface is English only.",
        "Nothing is translated, so the Portuguese-speaking depots ring support for everything.",
        "i18n was never done, every label is hard-coded in the templates of the web app.",
        "The Hebrew edition needs right-to-left layouts we never built.",
        "keyboard navigation is broken across the whole admin and the colour contrast fails their checks",
    ],
)
def test_accessibility_and_localisation_are_user_scaling(text: str) -> None:
    """The guide's "everyone in the organisation" (user.md#everyone): a product a whole organisation adopts must work
    for people who use assistive technology and in the organisation's languages (sets 34 and 35 read: their writers
    label these user; no cue of the guide's five examples read them)."""
    result = categorize(text)
    assert result.type == "user", result.reason
    assert "accessibility_localisation" in [m.example for m in result.cues]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A consequence, not a language: "translated into" two outages.
        ("Every config typo translated into two outages last month.", "technical"),
        # A customer's trade: the translation agency's invoicing service.
        ("Nobody owns the translation agency invoicing service, so its bugs bounce between teams.", "process"),
        # Meeting a requirement or demand is no meeting.
        ("We can't meet demand at peak: the checkout times out.", "technical"),
    ],
)
def test_a_translation_that_is_no_language_and_a_demand_met_are_not_user(text: str, expected: str) -> None:
    """A translation counts only beside a language, a product's text or its absence; "meet" and "meets" as written are
    no meeting (by stems "meets WCAG" was the process cue "meeting")."""
    result = categorize(text)
    assert result.type == expected, result.reason
    assert [m.cue for m in result.cues if m.cue in ("translation", "translated", "meeting")] == []


@pytest.mark.parametrize(
    ("text", "expected", "set_aside"),
    [
        (
            "Sure, the big hospital groups want audit logs eventually, but right now the booking database locks up "
            "every Monday.",
            "technical",
            "audit logs",
        ),
        (
            "Permissions for the depot managers need work at some point; the immediate fire is the release that "
            "breaks something every week.",
            "process",
            "Permissions",
        ),
        ("Enterprise buyers will want SCIM someday. Today the checkout times out at peak.", "technical", "SCIM"),
        (
            "The regional councils would like data residency down the road, and for now flaky tests block every merge.",
            "process",
            "data residency",
        ),
    ],
)
def test_a_want_put_off_is_conceded_before_the_complaint(text: str, expected: str, set_aside: str) -> None:
    """Set 34 read: a want put off ("want audit logs eventually") is not this quarter's problem before a clause that
    carries the complaint, in its sentence or the next, or one that opens with "right now", "today" ..."""
    result = categorize(text)
    assert result.type == expected, result.reason
    assert set_aside in [m.matched for m in result.discounted], result.reason


@pytest.mark.parametrize(
    "text",
    [
        "We'll need SSO eventually.",
        # Said of what happened, with no wish: no want put off.
        "The audit log table grows until eventually the admin console times out, but nobody owns it.",
        # No clause after it carries the complaint.
        "Customers want audit logs eventually and the export is slow.",
    ],
)
def test_a_deferral_alone_or_without_a_wish_concedes_nothing(text: str) -> None:
    assert [c.marker for c in clauses(text) if c.marker in cues.DEFERRALS] == []


def test_meanwhile_carries_the_complaint() -> None:
    """Set 35 read: "Audit logs came up once; meanwhile ..." puts the clause after "meanwhile" first, as "but" does."""
    result = categorize(
        "Data residency came up once with a Norwegian client; meanwhile onboarding new engineers takes a whole quarter."
    )
    assert result.type == "process", result.reason
    assert any("'meanwhile'" in (m.note or "") for m in result.cues), result.reason


@pytest.mark.parametrize(
    ("text", "expected", "cue"),
    [
        # A system's reach, not the guide's accessibility.
        ("The accessibility of the payments API from the EU region drops every evening.", "technical", "accessibility"),
        # A translation of machinery is no language's.
        ("Binary translation under Rosetta makes our x86 images run at half speed.", "uncategorized", "translation"),
        (
            "There is no translation cache, so every request to the pricing API is recomputed.",
            "technical",
            "translation",
        ),
        # A customer's rollout is their adoption, not the team's release.
        ("The bank won't roll out beyond one branch until their admins can set roles.", "user", "roll out"),
    ],
)
def test_accessibility_translation_and_rollout_in_other_senses(text: str, expected: str, cue: str) -> None:
    """An attack review of accessibility and localisation: neither cue counts for its type in another sense."""
    result = categorize(text)
    assert result.type == expected, result.reason
    assert cue not in [m.cue for m in result.cues], result.reason


@pytest.mark.parametrize(
    "text",
    [
        "Deaf staff at the council need captions on every training video.",
        "Colour-blind users can't tell the red and green status badges apart.",
        "Our rollouts of the Quebec edition stall: nothing in the French menus is translated.",
    ],
)
def test_who_needs_accessibility_said_as_themselves_is_user(text: str) -> None:
    assert categorize(text).type == "user", categorize(text).reason


def test_a_team_rollout_with_its_release_is_process() -> None:
    result = categorize("Our rollouts take 2 hours and half of them get rolled back.")
    assert result.type == "process"
    assert "rollouts + rolled back" in [m.matched for m in result.cues], result.reason


@pytest.mark.parametrize(
    ("text", "marker"),
    [
        (
            "We thought it was a release process problem but no, the inventory service can't handle the throughput.",
            "but",
        ),
        ("We assumed it was the release process. It wasn't: the inventory service can't handle the throughput.", "It"),
    ],
)
def test_a_bare_denial_after_a_supposition_passes_the_complaint_on(text: str, marker: str) -> None:
    """Set 34 read: "but no," and "It wasn't:" deny what was supposed; the clause after them carries the complaint."""
    result = categorize(text)
    assert result.type == "technical", result.reason
    assert [m.matched for m in result.discounted] == ["release process"], result.reason
    assert f"('{marker}" in (next(m.note for m in result.cues if m.cue == "throughput") or ""), result.reason


def test_a_bare_no_that_answers_a_question_concedes_nothing() -> None:
    result = categorize("Do we have runbooks? No, and on-call is burning out.")
    assert "runbooks" in [m.matched for m in result.cues], result.reason


@pytest.mark.parametrize(
    ("text", "expected", "ruled_out", "kept"),
    [
        (
            "The release process isn't why the ferry line walked away; it was the missing localisation.",
            "user",
            "release process",
            None,
        ),
        ("Latency wasn't the reason we lost them; missing SSO was.", "user", "Latency", None),
        # What the cause denied caused still complains.
        ("The database is not the cause of every regression we ship.", "process", "database", "regression"),
    ],
)
def test_a_cause_denied_is_ruled_out(text: str, expected: str, ruled_out: str, kept: str | None) -> None:
    """Set 34 read: "X isn't why ...", "X wasn't the reason ..." rule X out, as "X isn't what keeps me up" does."""
    result = categorize(text)
    assert result.type == expected, result.reason
    assert ruled_out in [m.matched for m in result.discounted], result.reason
    assert kept is None or kept in [m.matched for m in result.cues], result.reason


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A time of day, not a change shipped.
        ("The tracking page times out at shift change.", "technical"),
        # People's coordination broke down, no system.
        ("Coordination between the forecast team and the label team has completely broken down.", "process"),
        # A system that broke down still fails.
        ("The payment server broke down twice during the sale.", "technical"),
        # Load carried easily is fine.
        (
            "The servers are barely breaking a sweat; what's failing is how we hand off work to the field team.",
            "process",
        ),
        # A minor annoyance beside a comparison is set aside.
        (
            "Compared to the query latency on the irrigation logs, our slow code reviews are a minor annoyance.",
            "technical",
        ),
    ],
)
def test_idioms_of_time_people_and_ease(text: str, expected: str) -> None:
    """Set 35 read: "shift change", "broken down" said of coordination, "barely breaking a sweat", "a minor
    annoyance"."""
    result = categorize(text)
    assert result.type == expected, result.reason


@pytest.mark.parametrize(
    "text",
    [
        "We don't need bigger machines. We need people to stop pushing straight to main.",
        "Hotfixes go directly to prod.",
    ],
)
def test_a_change_straight_to_main_or_prod_is_process(text: str) -> None:
    """A change past every gate (set 13's row was a guess of the fallback model)."""
    result = categorize(text)
    assert result.type == "process", result.reason
    assert result.fallback is None, result.reason


@pytest.mark.parametrize(
    ("text", "expected", "counted"),
    [
        # The clause after the deferral speaks of the thing put off: no concession.
        (
            "The legal team keeps asking when we will eventually support data residency in the EU, and right now two "
            "German customers are threatening to leave over it.",
            "user",
            "data residency",
        ),
        # A denial of a step supposed done says it was not done: nothing conceded (the type, technical by the locked
        # table, is left: a missing step said so is not read).
        (
            "Each team assumed the other had reviewed the migration. Nope. It went out and locked the orders table.",
            None,
            "reviewed",
        ),
        # A carried stress passes over a fine clause.
        (
            "Product thought the slow dashboards were a database problem. Nope: the query was fine, the team just "
            "never got around to reviewing the caching PR for three weeks.",
            "process",
            "reviewing",
        ),
        # Fine once is no verdict now.
        (
            "The database used to handle ten thousand writes a second without breaking a sweat; since the upgrade it "
            "stalls at two thousand.",
            "technical",
            "database",
        ),
    ],
)
def test_the_new_readings_hold_back_where_an_attack_found_them_wrong(
    text: str, expected: str | None, counted: str
) -> None:
    """Attack 38: a want put off is not conceded before a clause that speaks of it; a bare denial corrects only a
    belief of what something was; "Nope:" passes the complaint over a fine clause; "used to ... without breaking a
    sweat" is fine no longer."""
    result = categorize(text)
    assert counted in [m.matched for m in result.cues], result.reason
    assert expected is None or result.type == expected, result.reason
    assert "breaking" not in [m.matched for m in result.cues], result.reason


@pytest.mark.parametrize(
    ("text", "expected", "counted"),
    [
        # Of what happened, no want put off: a lack is no wish, and "one day" is a day.
        (
            "One day last month checkout went down with no warning, and now customers are churning.",
            "technical",
            "went down",
        ),
        ("The export eventually times out with no error, and today support tickets pile up.", "technical", "times out"),
        # A thing said after "now" still speaks of what was put off.
        (
            "Banks want audit logs eventually. It now takes our on-call engineers a day per request.",
            "user",
            "audit logs",
        ),
        # A machine translation is a language's.
        ("The machine translation of our German UI is so bad that the Munich office refuses to use it.", "user", None),
        # A state believed, then denied, is the complaint: the release is no diagnosis set aside.
        ("We thought the release was safe. It wasn't: it took checkout down for three hours", "process", "release"),
        # A customer's rollout to its wards is no release.
        ("The hospital paused the rollout to its other wards.", "user", None),
        # A minor version is no minor annoyance; deaf ears are no disability.
        ("Compared to last year, each release is a minor version that breaks checkout", "process", "release"),
        ("Our complaints about flaky CI fall on deaf ears", "process", "flaky"),
    ],
)
def test_a_diff_reviews_examples_of_the_new_readings(text: str, expected: str, counted: str | None) -> None:
    """A diff review of sets 34 and 35's readings and accessibility and localisation: each was read wrong."""
    result = categorize(text)
    assert result.type == expected, result.reason
    assert counted is None or counted in [m.matched for m in result.cues], result.reason
    assert "deaf" not in [m.cue for m in (*result.cues, *result.discounted)], result.reason


@pytest.mark.parametrize(
    ("text", "expected", "matched"),
    [
        # A load said of people only in its own sentence: the team is fine, the queue is a system's.
        ("Our team is well organised. The order queue backs up every evening and the API crashes.", "technical", None),
        # Who is ruled out with a word between: "here", "else".
        (
            "Nobody here is asking for SAML or audit trails. The invoice export times out every night.",
            "technical",
            None,
        ),
        ("No one else is asking for SSO; the search API keeps timing out.", "technical", None),
        # One customer reaching another's data, said without a noun for the owner.
        (
            "Yesterday one clinic's receptionist cancelled another's appointments by mistake.",
            "user",
            "cancelled another",
        ),
        ("At the co-op, the growers can browse each other's contract prices.", "user", "browse each other"),
        ("Any branch can now view the others' payroll files.", "user", None),
    ],
)
def test_set_36_and_37_readings(text: str, expected: str, matched: str | None) -> None:
    """Sets 36 and 37 read as development sets (new words, not theirs)."""
    result = categorize(text)
    assert result.type == expected, result.reason
    assert matched is None or any(m.matched.startswith(matched) for m in result.cues), result.reason


@pytest.mark.parametrize(
    "text",
    [
        "Two developers overwrote each other's migrations last week.",
        "People edit each other's Terraform all the time.",
        "The two on-call engineers on different shifts keep editing each other's runbooks.",
    ],
)
def test_the_teams_own_people_reach_no_customers_data(text: str) -> None:
    """An owner said without a noun is the team's own people, or the team's own things: no customer's data."""
    assert categorize(text).type != "user", categorize(text).reason


@pytest.mark.parametrize(
    ("text", "expected", "matched", "discounted"),
    [
        # What a system receives, dropped.
        ("The payment gateway started dropping requests once the sale opened.", "technical", "dropping requests", None),
        ("Our radio link drops packets whenever it rains.", "technical", "drops packets", None),
        # A need denied by a belief.
        (
            "I don't think we need SSO or audit logs yet. The booking API keeps timing out at lunch.",
            "technical",
            None,
            "SSO",
        ),
        # Which of some people reached one person's record, asked.
        (
            "The regulator asked which nurses opened one resident's care history, and we had nothing to show.",
            "user",
            "which nurses opened",
            None,
        ),
        # A claim denied by a verdict of its type.
        (
            "Everyone says our code review is too slow, but reviews are fine; the search cluster falls over nightly.",
            "technical",
            None,
            "code review",
        ),
        (
            "The county says the portal is sluggish, but performance is fine; they need per-school admin roles.",
            "user",
            None,
            "sluggish",
        ),
    ],
)
def test_set_36_and_37_readings_more(text: str, expected: str, matched: str | None, discounted: str | None) -> None:
    """Sets 36 and 37 read as development sets, continued (new words, not theirs)."""
    result = categorize(text)
    assert result.type == expected, result.reason
    assert matched is None or any(m.matched.startswith(matched) for m in result.cues), result.reason
    assert discounted is None or discounted in [m.matched for m in result.discounted], result.reason


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A claim of one type is not denied by a verdict of another.
        ("Customers say the export is slow, but the release process is fine.", "technical"),
        # Nor across sentences.
        ("People blame our deploys. But deploys are fine now, and the real issue is staffing.", None),
        # Asked of a team's own record, no audit.
        ("We need to know which engineers opened the deploy record before it broke.", "process"),
    ],
)
def test_set_36_and_37_readings_hold_back(text: str, expected: str | None) -> None:
    """Where the new readings do not reach."""
    result = categorize(text)
    assert expected is None or result.type == expected, result.reason
    assert not any("denied by" in (m.note or "") for m in result.discounted if m.matched.lower() == "deploys")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A load's people said in an earlier sentence, and a system named there, still count; after it they do not.
        ("We lost two engineers in May. Since then our throughput has halved.", "process"),
        ("Traffic doubled again. The team says capacity is maxed.", "technical"),
        ("Why is throughput so bad? The team has no idea.", "technical"),
        # Nor in a clause said to be fine.
        ("This isn't a people problem, our engineers are great. The nightly batch throughput collapses.", "technical"),
        ("Nothing is wrong with the servers. The bottleneck is our two reviewers.", "process"),
        # "Nobody else" names an exception.
        ("Nobody else is complaining about the slow dashboard except our largest client.", "technical"),
        # Who reaches another's data: the team's own people and workers do not; denied, nobody does.
        ("Our interns keep editing each other's notebooks without telling anyone.", "process"),
        ("The two leads overwrote each other's roadmap slides twice this month.", "process"),
        ("Workers keep reading each other's partial results from the shared volume.", "technical"),
        ("Tenants can view each other's tickets in the help center.", "user"),
        ("Customers can no longer see each other's invoices; reports take 40 seconds to load.", "technical"),
    ],
)
def test_set_36_and_37_readings_where_an_attack_found_them_wrong(text: str, expected: str) -> None:
    """Attack 39: each was read wrong by the first form of the readings."""
    result = categorize(text)
    assert result.type == expected, result.reason


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # What drops requests is a system, not people.
        ("Reviewers silently drop requests for review when they are busy, so PRs sit for a week.", "process"),
        ("We dropped reading groups for new engineers, and now onboarding takes three months.", "process"),
        # A need denied names a thing, not an act or a proof.
        ("I don't think we need more proof that the search cluster cannot keep up with traffic.", "technical"),
        # A person's results, not a build's.
        ("Finance asked which engineers opened the AWS bill's details last month.", "technical"),
        ("We need to know which of our support agents viewed a customer's payment details.", "user"),
        # A claim is denied by a verdict on what it names, not on another part.
        ("Our biggest customer says the dashboard takes 30 seconds to load, but the API is fine.", "technical"),
        ("Our on-call engineer said the database ran out of connections, but the cache is fine.", "technical"),
        # A want put off, said before the wish; onboarding of the team's own new people.
        (
            "At some point we need better onboarding docs for new engineers, but right now the search cluster runs "
            "out of memory every afternoon.",
            "technical",
        ),
        ("Internally we can't onboard an engineer in under two months.", "process"),
        (
            "Onboarding engineers is slow, whereas onboarding a whole university onto the platform needs bulk account "
            "setup we lack.",
            "user",
        ),
        # Knowledge in the heads of the team's people; a verdict said without a verb.
        ("Everything lives in the heads of the two original contractors.", "process"),
        ("Deploys okay. Checkout not okay: it times out.", "technical"),
        ("Roles and SSO all good, the API not so much.", "technical"),
        ("CI flaky again, rerunning till green", "process"),
    ],
)
def test_set_36_and_37_readings_after_a_second_attack(text: str, expected: str) -> None:
    """Attack 40, and the readings after it: each was read wrong before."""
    result = categorize(text)
    assert result.type == expected, result.reason


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A claim is denied only by a verdict on its own theme; "calls" is a noun, "I think" the speaker's own.
        ("Users say the app crashes every day, but latency is fine.", "technical"),
        ("API calls time out constantly, but latency is fine.", "technical"),
        ("I think our deploys are far too slow, but CI is fine.", "process"),
        # The type a cue is read as, not its own: the reviewers' load is the team's.
        ("Managers say our reviewers can't keep up, but latency is fine.", "process"),
        # A multi-word supporting phrase at a context rule's window edge still supports it.
        ("The translation is wrong in half the user interface", "user"),
        # The older "don't need to" keeps ruling out what follows; the belief's need to explain affirms it.
        ("We don't need to buy more servers, nobody owns incidents.", "process"),
        ("I don't think we need to explain how bad the outages are: checkout was down all weekend.", "technical"),
        # Hedged, asked or wished-for verdicts are no verdicts.
        ("Tests rarely green, releases keep breaking prod.", "process"),
        ("Capacity okay? Not even close, the cluster falls over at peak.", "technical"),
        ("Top ask from the hospital group: SSO working. They will not sign without it.", "user"),
        # A person's record, with "his", a curly apostrophe or a plural's.
        ("The family asked which nurses viewed his results last week.", "user"),
        ("The inspector asked who opened one patient\u2019s results.", "user"),
        ("The auditors asked which clerks opened the patients' results.", "user"),
        ("We asked which services had opened the order records.", None),
        # Onboarding someone else's people; the team's engineers doing it.
        ("Onboarding new merchants takes our engineers a week each.", "user"),
        # In the heads of a customer's people, or a belief there.
        ("Which clinicians may see which records lives in the heads of the hospital's admin people.", "user"),
        (
            "It's in the heads of our engineers that Kafka is the problem, but the database is what falls over.",
            "technical",
        ),
    ],
)
def test_set_36_and_37_readings_after_a_diff_review(text: str, expected: str | None) -> None:
    """A diff review and attack 41 of the readings of sets 36 and 37: each was read wrong at 5359f04."""
    result = categorize(text)
    if expected is None:
        assert "asked which" not in " ".join(m.matched for m in result.cues), result.reason
    else:
        assert result.type == expected, result.reason


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The words that rank a complaint name no type: "the expensive failure ... is", "the expensive part is that",
        # "costs us is".
        (
            "Heap usage creeps up on the ledger service, but the expensive failure right now is the council needing "
            "per-ward roles",
            U,
        ),
        (
            "The search index lags now and then, but the expensive part is that each release needs four teams to "
            "coordinate",
            P,
        ),
        ("We had one laggy afternoon last spring, but what really costs us is hand-run deploys that go wrong", P),
        # "really", "actually", "truly" in a pseudo-cleft rank its complaint first: the clause before is conceded,
        # complaint or not.
        ("Every deploy breaks prod, but what truly worries us is the lack of roles", U),
        # A crowd arriving together is load.
        ("The results page goes grey when all the clubs submit at once", T),
        ("When every crew logs a callout after a storm, half of them get a blank white page", T),
        # What was fixed, broken again; a change that breaks what it did not touch.
        ("Things we patched in March are broken again by May", P),
        ("Whenever we touch the invoicing code, something unrelated stops working", P),
        # "the X startup" is where the writer works, not a system starting.
        ("Features sit half-finished at the kayak startup because ownrship is unclear", P),
    ],
)
def test_sets_38_and_39_readings(text: str, expected: ScalingType) -> None:
    """Sets 38 and 39 read as development sets (each seen failing without its reading)."""
    result = categorize(text)
    assert result.type == expected, result.reason


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Every release breaks prod and nobody reviews anything, but what actually hurts is tenants seeing each "
            "other's files",
            U,
        ),
        ("The kiosk app takes a minute on startup", T),  # a system starting is still one
        # A hint only: outweighed by what the team does ("everyone talks at once" in an incident).
        ("Incidents drag on for hours because there is no commander and everyone talks at once", P),
        ("Yes, code reviews drag on the drone project, but what actually costs us is the stitcher falling over", T),
    ],
)
def test_what_sets_38_and_39_readings_keep(text: str, expected: ScalingType) -> None:
    result = categorize(text)
    assert result.type == expected, result.reason


def test_the_real_fire_names_no_incident() -> None:
    """ "the real fire" stresses its clause; its "fire" counts for no on-call."""
    result = categorize("the map lagging is the real fire")
    assert result.type == "technical"
    assert [m.matched for m in result.cues] == ["lagging"]


def test_a_cost_before_a_copula_is_no_bill() -> None:
    """ "what really costs us is ..." names what it costs after the copula: "costs" counts for no cost optimisation."""
    result = categorize("Deploys are clunky, but what really costs us is that code review takes a week")
    assert result.type == "process"
    assert [m.matched for m in result.discounted if m.matched == "costs"] == ["costs"]
    assert "'costs us is' is a loss of another kind" in result.reason


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Being paged is where a system's failure hurts the team: the failure decides (a reader's review).
        ("The database falls over every time we get a traffic spike and on-call gets paged at 3am", T),
        ("outages every week and the pager never stops", T),
        ("The on-call engineer for the ferry app got paged nine times, each time the broker running out of disk", T),
        # A question of who did what is asked for, not where a symptom hurts.
        ("Reports lag for our hospital customers and they cannot see who accessed a record", U),
    ],
)
def test_the_readers_review_readings(text: str, expected: ScalingType) -> None:
    """A reader's review of the questionnaire (each seen failing without its reading)."""
    result = categorize(text)
    assert result.type == expected, result.reason


@pytest.mark.parametrize(
    "text",
    [
        "Nobody knew who was on call when the pager went off at 2am, so the outage ran for three hours",
        "The API times out at peak and the on-call engineers are burned out",
        "Every outage wakes three people and nobody knows who leads",
        # A filler between "Less X," and "more" ("Less our outages, honestly, more ...") sets the outages aside.
        "Less the outages, honestly, more the on-call: two people carry every night",
    ],
)
def test_paging_with_the_teams_own_failing_stays_process(text: str) -> None:
    """Whose turn it is asked, or a failing of the team's said with it, keeps the paging the team's."""
    assert categorize(text).type == "process"


def test_paging_set_aside_says_what_decides() -> None:
    result = categorize("The export times out nightly and someone gets paged at 3am")
    assert result.type == "technical"
    notes = {m.matched: m.note for m in result.discounted}
    assert notes["gets paged"] == (
        "counted only to break a tie: it is where 'times out' hurts the team, and the failure decides"
    )
    assert not [m for m in result.cues if m.kind == "combination"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A ranking pseudo-cleft after "and" says more of the same: the clause before it is not conceded.
        ("Every deploy breaks the checkout, and what actually breaks is the card step", P),
        # Whose turn it is, asked anywhere before the paging cue in its clause.
        ("When the API throws 502s nobody can work out who exactly is supposed to be on call", P),
        # A who-question a feature answers is where the symptom hurts.
        ("The audit report that lists who accessed each record takes 20 minutes and times out for big clinics", T),
        ("The scanner service's startup takes four minutes", T),
    ],
)
def test_attack_42_narrowings(text: str, expected: ScalingType) -> None:
    """An attack review of sets 38 and 39's readings and the reader's review's (each seen failing before its mend)."""
    result = categorize(text)
    assert result.type == expected, result.reason


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Paging ranked above a failure conceded before it is the team's: the failure decides nothing.
        ("The database falls over now and then, but the real problem is that on-call gets paged at 3am", P),
        # Nobody on call is the team's failing.
        ("Nobody is on call when the database falls over", P),
        # A "who" of a relative clause asks nothing: the failure decides.
        ("The API times out at peak and the engineer who is on call gets paged at 3am", T),
        # A question inside a clause ranks nothing: the failures before the contrast are not conceded.
        ("Checkout times out at peak and the API throws 502s, but admins can't see what actually is happening", T),
        # An amount after "costs us is" is a bill.
        ("What the idle staging cluster costs us is about $40k a month", T),
        # "something unrelated to" names no side effect of a change.
        ("The real issue is something unrelated to infra: enterprise buyers need SAML", U),
    ],
)
def test_the_diff_reviews_mends(text: str, expected: ScalingType) -> None:
    """A diff review of this session's readings (each seen failing before its mend)."""
    result = categorize(text)
    assert result.type == expected, result.reason


def test_an_amount_after_costs_us_is_keeps_the_bill() -> None:
    result = categorize("What the idle staging cluster costs us is about $40k a month")
    assert "loss of another kind" not in result.reason
    assert [m.matched for m in result.cues if m.cue == "cost"] == ["costs"]


@pytest.mark.parametrize(
    ("text", "expected", "said"),
    [
        # A comparison before a word for the problem ranks it first: what came before is conceded, complaint or not.
        ("We keep missing runbooks and postmortems, sure, but the bigger fire is the ledger API", T, "conceded"),
        ("Runbooks are missing and on-call is rough, but the costliest gap is per-ward roles", U, "conceded"),
        # What is said to be minor or nothing next to another problem.
        ("The CI is flaky, which is nothing compared to the checkout timing out", T, "said to be 'which is nothing'"),
        ("Our deploys are manual, but that is minor compared to the API", T, "said to be 'but that is minor'"),
        # What is costing or losing "us" carries the complaint and ranks it first, either way round.
        (
            "Runbooks are missing and on-call pages all night, though what is losing us money is the SSO gap",
            U,
            "what is",
        ),
        (
            "Enterprise buyers want SSO and audit logs, though what is losing us customers is the search timing out",
            T,
            "",
        ),
        (
            "Runbooks are missing and on-call pages all night, but the SSO gap is what is costing us deals",
            U,
            "conceded",
        ),
        # What few people know, however they are named.
        ("Only two contractors understand the tariff engine", P, "Only two contractors understand"),
        ("Only Magda knows the payroll batch", P, "Only Magda knows"),
        ("Only our founder remembers how the tariff engine works", P, "Only our founder remembers"),
        ("No one else understands the scheduler", P, "No one else understands"),
        # Another customer's data, "the other" one's too.
        ("A teacher at one school could open the other school's pupil records", U, "open the other school's"),
        # The product in a language, and dates as a country writes them.
        ("Our clinics will not renew until the patient app is available in French", U, "in French"),
        ("The distributor wants invoices in local date format", U, "date format"),
        # Speed that was, a screen that does nothing, a stream that stalls.
        ("The sample lookup used to be instant", T, "used to be instant"),
        ("Cashiers press pay and the till just sits there", T, "just sits there"),
        ("Everyone complains about the buffering", T, "buffering"),
        # Changes waiting to land are the team's.
        ("Our merge queue is backed up all day", P, "merge queue"),
        # Done with no trouble, said at the end of its clause: fine.
        ("Compliance passed without issues, but the nightly billing job now runs for six hours", T, "without issues"),
    ],
)
def test_sets_42_and_43_readings(text: str, expected: ScalingType, said: str) -> None:
    """Sets 42 and 43 read as development sets (each seen failing without its reading: the type, or the reason's
    words for a row whose type was right on other cues)."""
    result = categorize(text)
    assert result.type == expected, result.reason
    assert said in result.reason


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "without" a problem that is not the end of its clause, or after a negation, complains.
        ("We cannot ship without problems appearing in prod", P),
        ("Our releases never go out without issues", P),
        # "only" with no one between, or a condition: no knowledge held by few.
        ("It only knows about one region", T),
        ("Only if someone knows the load can we plan capacity", T),
        # "not nothing" is no small state.
        ("Our CI is slow, which is not nothing compared to SSO missing", P),
        # "and what is costing us" opens no clause of its own: it ranks nothing.
        ("Deploys are slow and what is costing us is the missing audit log", P),
    ],
)
def test_what_sets_42_and_43_readings_keep(text: str, expected: ScalingType) -> None:
    """What the readings of sets 42 and 43 leave as it was."""
    result = categorize(text)
    assert result.type == expected, result.reason


@pytest.mark.parametrize(
    "text",
    ["Only the customer knows the admin password", "Not only the team understands it", "It only knows one region"],
)
def test_an_outsider_or_no_one_named_holds_no_knowledge(text: str) -> None:
    assert all(m.cue != cues.KNOWN_BY_FEW_CUE for m in categorize(text).cues)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Someone's hours are no verdict that something works.
        ("Nobody can deploy the portal because the only person with the keys works part time", P),
        # People retrying a build by hand.
        ("The integration tests fail at random and we hit retry until they pass", P),
        # A buyer who refuses.
        ("The hospital group will not buy until we pass their review", U),
        # "blind" before people.
        ("Blind students cannot finish the enrolment form", U),
        # A team that grew faster than what it knows.
        ("Our headcount doubled this year", P),
    ],
)
def test_sets_42_and_43_readings_more(text: str, expected: ScalingType) -> None:
    """Sets 42 and 43 read as development sets, more (each seen failing without its reading)."""
    result = categorize(text)
    assert result.type == expected, result.reason


def test_a_body_that_signs_up_is_onboarded_as_a_customer() -> None:
    result = categorize("Onboarding engineers is slow, but onboarding new rowing federations is worse")
    assert [m.type for m in result.cues if m.matched == "onboarding"] == [U]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Users click retry and the upload fails again", T),  # a user's retry meets a failing system
        ("We went blind customers-wise after the analytics outage", T),  # going on without seeing
        ("The export works from Monday to Friday", None),  # "from" names no hours of someone's
    ],
)
def test_what_sets_42_and_43_readings_keep_more(text: str, expected: ScalingType | None) -> None:
    result = categorize(text)
    assert (result.type if result.cues else None) == expected, result.reason


def test_a_second_complaint_after_also_is_not_where_the_symptom_hurts() -> None:
    """A reader's review: the permissions were set aside as where the timeouts hurt, and the reading lost them."""
    result = categorize(
        "The nightly export times out for our largest tenants, and they also can't restrict who sees what"
    )
    assert result.type == T
    assert result.secondary == U.value, result.reason
    assert [m.counted > 0 for m in result.cues if m.matched == "restrict who"] == [True]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A feature a change breaks is where the change hurts: the guide labels by the cause (a reader's review).
        ("Every release breaks SAML login for our enterprise customers", P),
        # A want put off after another complaint, in its sentence or the next, with "also".
        ("Checkout takes 9 seconds. They also want SSO eventually.", T),
    ],
)
def test_the_readers_review_readings_of_causes(text: str, expected: ScalingType) -> None:
    """A reader's review (each seen failing without its mend)."""
    result = categorize(text)
    assert result.type == expected, result.reason


def test_a_database_that_fails_outright_counts() -> None:
    """A reader's review: 'database' was set aside as wanting a symptom, with 'falls over' right there."""
    result = categorize("Deploys are fine, it's the database that falls over every monday morning")
    assert "needs a word about a symptom" not in result.reason
    assert [m.counted > 0 for m in result.cues if m.matched == "database"] == [True]


@pytest.mark.parametrize(
    ("text", "expected", "said"),
    [
        # Earlier sets' rows read again: customers kept apart, a record no one can change, access kept after leaving,
        # and a problem named the real one at the end of its clause.
        ("Each franchise must only see its own orders, and today they see everyone's", U, "see its own"),
        ("Tenant isolation in our shared database is a single WHERE clause", U, "Tenant isolation"),
        ("The regulator wants an immutable record of who viewed each file", U, "immutable record"),
        ("A contractor who left in May can still log into the portal", U, "still log into"),
        ("Deploys are slow, but the missing audit log is the real problem.", U, "conceded before 'but'"),
    ],
)
def test_earlier_sets_read_again(text: str, expected: ScalingType, said: str) -> None:
    """Rows of sets 38 to 41 read again this session (each seen failing without its reading)."""
    result = categorize(text)
    assert result.type == expected, result.reason
    assert said in result.reason


def test_the_real_problem_denied_ranks_nothing() -> None:
    result = categorize("Deploys are slow, and that isn't the real problem.")
    assert "conceded" not in result.reason


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The SSO request just sat there on our roadmap for a year and we lost two banks over it.", U),
        (
            "Management won't buy the argument that we need a platform team, so every squad runs its own deploy "
            "scripts",
            P,
        ),
        ("Checkout is slow and additionally the SSO callback times out for Okta tenants.", T),
        ("The legacy billing service has comments in Dutch and only one contractor can maintain it.", P),
        ("Every firmware change has to go through Lars, and his queue is three weeks long.", P),
    ],
)
def test_the_attack_on_sets_42_and_43_readings(text: str, expected: ScalingType) -> None:
    """An attack review of this session's readings (tests/support/complaint_attack44.tsv), each row seen failing
    before its narrowing."""
    result = categorize(text)
    assert result.type == expected, result.reason


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Only the tenant admin knows who should see payroll", cues.KNOWN_BY_FEW_CUE),
        ("Only enterprise admins understand our permissions screen", cues.KNOWN_BY_FEW_CUE),
        ("Only one region knows real traffic", cues.KNOWN_BY_FEW_CUE),
        ("Only Okta knows the users", cues.KNOWN_BY_FEW_CUE),
        ("The code comments are in Dutch and the new team cannot read them", cues.IN_A_LANGUAGE_CUE),
        ("Load spikes in Korean evenings", cues.IN_A_LANGUAGE_CUE),
        ("Double-blind customer trials are impossible with our current setup", cues.BLIND_USERS_CUE),
    ],
)
def test_what_the_attack_found_misread_is_no_cue(text: str, cue: str) -> None:
    assert all(m.cue != cue for m in categorize(text).cues)


@pytest.mark.parametrize(
    "text",
    [
        "Customers can't get through a single checkout without a hiccup",
        "Not one checkout goes through without a hiccup",
    ],
)
def test_without_a_hiccup_after_a_negation_is_no_verdict(text: str) -> None:
    assert "discounted" not in categorize(text).reason


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Deploys are slow, but I don't think SSO is the real problem.", P),
        (
            "Searches take 30 seconds at peak. Customers also need SSO eventually, and it's blocking two deals right "
            "now.",
            U,
        ),
        ("Permissions and roles are a mess for our enterprise admins and the last deploy broke checkout.", U),
        ("We moved to Kubernetes only because the old cluster kept crashing, and now deploys take an hour.", P),
        ("The checkout crashes, only because nobody load tests releases.", P),
        ("Checkout is slow, what is not costing us much is SSO.", T),
        ("Requests pile up in the queue when a customer runs his monthly report.", T),
        ("Engineers can still log into production boxes directly and make changes by hand.", P),
        ("Onboarding used to be quick, now new hires take months.", P),
        ("Support used to be snappy, now tickets wait days.", P),
    ],
)
def test_the_diff_review_of_sets_42_and_43_readings(text: str, expected: ScalingType) -> None:
    """A diff review of this session's readings: each of these changed type with them, and is back as it was."""
    result = categorize(text)
    assert result.type == expected, result.reason


@pytest.mark.parametrize(
    "text",
    [
        "Only a few people understand the deploy scripts",
        "Only 2 people know the scheduler",
        "Only one or two engineers understand billing",
        "Only our two senior engineers understand the scheduler",
    ],
)
def test_few_people_said_in_more_ways(text: str) -> None:
    assert [m.cue for m in categorize(text).cues if m.cue == cues.KNOWN_BY_FEW_CUE] == [cues.KNOWN_BY_FEW_CUE]


@pytest.mark.parametrize(
    "text",
    ["Only Finance understands the AWS bill.", "ONLY THE CLINIC MANAGER KNOWS WHICH NURSES SHOULD SEE THE CHARTS"],
)
def test_a_department_or_capitals_name_no_person(text: str) -> None:
    assert all(m.cue != cues.KNOWN_BY_FEW_CUE for m in categorize(text).cues)


def test_a_blind_study_names_no_reader() -> None:
    assert all(m.cue != cues.BLIND_USERS_CUE for m in categorize("We ran a blind customer study.").cues)


@pytest.mark.parametrize(
    ("text", "expected", "counted"),
    [
        # A language or an accessibility gap is what is missing, not where a symptom hurts.
        ("The app is unusable in French: half the labels are still in English and dates are MM/DD", U, "in French"),
        # A feature after a lack in a clause of its own is a second complaint.
        ("Login is slow and customers can't restrict who sees what", U, "restrict who"),
    ],
)
def test_the_second_readers_review_readings(text: str, expected: ScalingType, counted: str) -> None:
    """A second reader's review (each seen failing without its mend)."""
    result = categorize(text)
    assert result.type == expected, result.reason
    assert [m.counted > 0 for m in result.cues if m.matched == counted] == [True]


@pytest.mark.parametrize(
    ("text", "expected", "said"),
    [
        # What few people know is not what hurts: the object of the knowing counts only to break a tie.
        ("Only one engineer understands the data pipeline", P, "what few people know"),
        ("The only contractor who knows the Kafka cluster leaves in May", P, "only contractor who knows"),
        ("The only one that understands our Kafka setup is on leave", P, "what few people know"),
        # Work that waits while one person is away.
        ("Whenever Ana is on leave, the billing work stalls", P, "Whenever Ana is on leave"),
        ("If our DBA is off sick, nobody can touch the ledger service", P, "If our DBA is off sick"),
        # Who fixes or owns a thing, disputed; work thrown over the wall.
        ("Support and product cannot agree on who fixes escalated bugs", P, "agree on who"),
        ("Design throws mock-ups over the wall and engineering guesses", P, "over the wall"),
        # Load carried well after a verb and its object: fine.
        ("The cluster handles the Black Friday peak well. Releases break weekly.", P, "handles the"),
        # Decisions nobody keeps; written down is no outage.
        ("Every sprint we have the same argument about the API style", P, "same argument"),
        ("We never write anything down, so the same questions come back", P, "same questions"),
        # Asked where data is kept; storage kept apart by place.
        ("Clinics want to know where their files live", U, "where their files live"),
        ("The ministry wants in-country storage before it signs", U, "in-country storage"),
    ],
)
def test_sets_44_and_45_readings(text: str, expected: ScalingType, said: str) -> None:
    """Sets 44 and 45 read as development sets (each seen failing without its reading: the type, or the reason's
    words for a row whose type was right on other cues)."""
    result = categorize(text)
    assert result.type == expected, result.reason
    assert said in result.reason


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A symptom of what few people know counts: it is said to fail.
        ("Only one engineer knows why the database is slow, and it is slow every day", T),
        # A people, not a person; a product, not a person.
        ("Only Europeans understand why GDPR exports matter; EU customers churn", U),
        ("When Okta is down the users cannot log in", U),
        # Not fine after "nobody", "rarely" or a negation.
        ("Nobody handles the pager well", P),
        ("The API can't handle the load well", T),
        # A pipeline's config asked where, no customer's data.
        ("Nobody knows where the build pipeline config lives", P),
        # Admin rights disputed are the user type's: the dispute is weaker than what it is about.
        ("We can't agree who should get admin rights", U),
    ],
)
def test_sets_44_and_45_readings_stop_where_they_should(text: str, expected: ScalingType) -> None:
    """Where this session's readings must not read (each a case they once misread or a near one)."""
    result = categorize(text)
    assert result.type == expected, result.reason


@pytest.mark.parametrize(
    ("text", "expected", "said"),
    [
        # "Not X but Y" opening a sentence rules X out.
        ("Not performance but ownership.", P, "discounted: 'Not performance'"),
        ("Not the cloud bill but the on-call rota is killing us.", P, "discounted: 'Not the cloud bill'"),
        # Work items that pile up are the team's load.
        ("PRs pile up for days", P, "predictable delivery ('pile up')"),
    ],
)
def test_left_items_read(text: str, expected: ScalingType, said: str) -> None:
    """Items left in earlier notes (an attack's "not the cloud bill but ...", a diff review's piled-up tickets)."""
    result = categorize(text)
    assert result.type == expected, result.reason
    assert said in result.reason


@pytest.mark.parametrize(
    "text",
    [
        "Not enough reviewers but lots of outages.",  # a lack, complained of
        "Not sure but the database is slow.",  # a hedge
        "Not the first outage but the worst one this year.",  # a count
        "We moved fast. Not everything but most of it is on Kubernetes now, and the pods keep crashing.",
    ],
)
def test_not_then_but_rules_out_no_lack_hedge_or_count(text: str) -> None:
    """A lack, a hedge or a count after "Not" is no thing ruled out: the rest of the complaint is read as it was."""
    result = categorize(text)
    assert "discounted: 'Not" not in result.reason, result.reason
    assert result.type == T, result.reason


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A vendor or a region "unavailable" is an outage, not a person away.
        ("When Braintree is unavailable, payments quietly fail", T),
        ("If Oregon is unreachable, every dashboard times out", T),
        # What few people know ends at the verb's object: what follows says something else.
        ("Only one contractor understands why hospitals insist on an audit trail for every record", U),
        # Headroom is no verdict of fine: today's load, or a figure.
        ("It copes with the current traffic fine, but we expect 20x next spring", T),
        ("Each pod serves about 300 sessions comfortably and sign-ups double monthly", T),
        # "where" of the team's own data, or after "the point".
        ("New joiners cannot find where the sample data lives", P),
        # A name, not a people.
        ("Only Therese knows the Kafka setup", P),
    ],
)
def test_attack_46_narrowings(text: str, expected: ScalingType) -> None:
    """An attack review of sets 44 and 45's readings: where they misfired, narrowed (each seen failing before)."""
    result = categorize(text)
    assert result.type == expected, result.reason


def test_what_few_know_of_the_user_type_is_not_set_aside() -> None:
    """What only one engineer understands of the user type may be the complaint itself (an attack review)."""
    result = categorize(
        "The only engineer who understands the tenant model says enterprise buyers need SAML and audit logs"
    )
    assert result.type == U
    assert result.confidence_word == "high", result.reason


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("When Marta's away, nothing in invoicing ships", "When Marta's away"),
        ("Every time Jonas takes leave the pricing work stops", "time Jonas takes leave"),
        ("When our DBA is OOO, nobody touches the replicas", "When our DBA is OOO"),
        ("Only a couple of senior engineers understand the ledger", "Only a couple of senior engineers understand"),
        ("The servers deal with the traffic fine; deploys take a whole day", "deal with the traffic fine"),
        ("Architecture choices get lost in Slack threads and we relitigate them", "relitigate"),
    ],
)
def test_attack_46_more_ways(text: str, said: str) -> None:
    """The same readings said in more ways (an attack review): each reads process, with its words."""
    result = categorize(text)
    assert result.type == P, result.reason
    assert said in result.reason


@pytest.mark.parametrize(
    "text",
    [
        "Customers ask where their data is",
        "where the data will",
        "I don't know where the data is",
        "where their data is?",
    ],
)
def test_a_question_of_where_ending_the_text_is_read(text: str) -> None:
    """A diff review: "where ... data" and a word of DATA_WHERE_BETWEEN at the text's end raised IndexError, which
    broke the page's whole result. A customer's data asked where is residency; the team's own is nothing."""
    result = categorize(text)
    assert ("where their data is" in result.reason) == ("their" in text), result.reason


@pytest.mark.parametrize(
    ("text", "expected", "not_said"),
    [
        # A tool "off" after its name is no person away; "got off the call" is no absence.
        ("If Datadog is off, we get no alerts and outages go unnoticed", T, "If Datadog is off"),
        ("When Priya got off the call with the bank, they wanted SSO and audit logs", U, "got off"),
        # A doubt or a question is no verdict of fine.
        ("I doubt the database handles peak load well", T, "discounted"),
        ("Can the database handle the load well?", T, "discounted"),
        # A symptom's word in what few know, or in its sentence, keeps it counting.
        ("Only one person knows the Kafka cluster and it keeps falling over", T, "what few people know"),
        ("Only one engineer understands the slow queries", T, "what few people know"),
        # Storage per region is weaker than a bill; a place in a system is no customer's.
        ("Storage per region doubled our AWS bill", T, "ties with"),
        ("Nobody knows where the data lives in our warehouse", P, "where the data lives"),
        # A bare state after "Not" is the complaint, not a thing ruled out.
        ("Not translated but our German users cope.", U, "discounted"),
    ],
)
def test_the_diff_review_of_sets_44_and_45_readings(text: str, expected: ScalingType, not_said: str) -> None:
    """Where a diff review found this session's readings misfiring (each seen failing before its mend)."""
    result = categorize(text)
    assert result.type == expected, result.reason
    assert not_said not in result.reason


@pytest.mark.parametrize(
    ("text", "expected", "said"),
    [
        # "and" joins one more item to a preposition's object: one statement, all of it fine.
        (
            "Hospital admins are happy with roles and permissions; what drags is six sign-offs per release.",
            P,
            "'Hospital admins are happy with roles and permissions'",
        ),
        # What keeps someone awake ranks above what came before.
        ("Our biggest customers want SAML and SCIM, but what keeps me up at night is the pager.", P, "conceded"),
    ],
)
def test_a_list_after_a_preposition_and_what_keeps_one_up_at_night(text: str, expected: ScalingType, said: str) -> None:
    """Set 45 read as a development set: "happy with roles and permissions" counted "permissions" apart."""
    result = categorize(text)
    assert result.type == expected, result.reason
    assert said in result.reason


@pytest.mark.parametrize(
    ("text", "expected", "fine"),
    [
        ("The API is fine and SSO missing", U, "'The API is fine'"),  # a verbless complaint after "and"
        ("We are happy with the uptime and the latency is awful", T, "'We are happy with the uptime'"),
    ],
)
def test_and_after_a_preposition_still_cuts_before_a_statement(text: str, expected: ScalingType, fine: str) -> None:
    """Where "and" starts a statement of its own, the fine clause before it stays apart, and the rest counts."""
    result = categorize(text)
    assert result.type == expected, result.reason
    assert f"discounted: {fine}" in result.reason


@pytest.mark.parametrize(
    ("text", "expected", "said"),
    [
        ("Brazilian shoppers see prices with a dollar sign and dates as month/day", U, "dollar sign"),
        ("Receipts for Swiss clients show the wrong currency", U, "wrong currency"),
        ("Fixes sit for days waiting on a reviewer", P, "reviewer"),
    ],
)
def test_dates_currencies_and_reviewers(text: str, expected: ScalingType, said: str) -> None:
    """Set 45 read as a development set: dates and prices as a country writes them; a reviewer waited for."""
    result = categorize(text)
    assert result.type == expected, result.reason
    assert said in result.reason


@pytest.mark.parametrize(
    ("text", "expected", "said"),
    [
        # What nobody owns, or whose owner is asked, is not what hurts.
        ("Nobody owns the ETL jobs.", P, "it is what nobody owns"),
        ("Which team owns the Kafka topics? Nobody replies.", P, "it is whose owner is asked"),
        # Whose job it is, now; who is meant to act.
        ("People keep asking whose job it is to rotate the keys", P, "whose job it is"),
        ("No idea who is supposed to handle failed payouts", P, "who is supposed to handle"),
        # Storage that fills up fails; a pager that rings for it is where it hurts.
        ("We get paged every weekend because the metrics volume fills up", T, "fills up"),
        # A service that keeps dying; a flash sale is a peak.
        ("The cart API keeps dying under every flash sale", T, "dying"),
        # Worry is no pager: what it is over decides.
        ("Docs are thin, but mostly I lose sleep because the importer cannot ingest the nightly files", T, "ingest"),
        # Used without a mouse.
        ("The booking form is unusable with a keyboard", U, "with a keyboard"),
        # Written down how: a question answered for others, not a verdict of "works".
        ("Nobody has written down how all of it works", P, "written down"),
        # Those still here; a team that quit.
        ("Nobody left understands the tax module", P, "Nobody left understands"),
        ("Most of the staff resigned in spring", P, "staff resigned"),
        # A crisis, a painful part, the worst part: the clause carries the complaint.
        ("Latency is meh, but our real crisis is SCIM for the bank.", U, "conceded before"),
        ("Tests are flaky; the worst part is that no tenant can restrict exports.", U, "conceded before"),
        # Where exactly data is kept, asked.
        ("Buyers keep asking where exactly the patients' records will be kept", U, "where exactly the patients'"),
    ],
)
def test_sets_46_and_47_readings(text: str, expected: ScalingType, said: str) -> None:
    """Sets 46 and 47 read as development sets (each seen failing without its reading: the type, or the reason's
    words for a row whose type was right on other cues)."""
    result = categorize(text)
    assert result.type == expected, result.reason
    assert said in result.reason, result.reason


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Who owns a system said to fail: the failure counts.
        ("Who owns the database that keeps falling over?", T),
        # A backlog or a calendar that fills up is the team's load; a dying project is no system.
        ("The backlog keeps filling up", P),
        ("Our calendars fill up with meetings and nothing ships", P),
        ("The migration project is dying a slow death in review", P),
        # A Friday beside a release is still a release train's.
        ("We never deploy on Fridays", P),
        # A data warehouse named by its data or its queries.
        ("The warehouse queries take minutes", T),
        # On-call engineers losing sleep are on-call's.
        ("The on-call engineers are losing sleep every week", P),
        # An alert that fired is still the pager's.
        ("The disk alert fired at 3am again and woke the on-call engineer", P),
        # A team that left a place, or quit a tool.
        ("The team quit using Jira last year and nobody tracks work now", P),
    ],
)
def test_sets_46_and_47_readings_stop_where_they_should(text: str, expected: ScalingType) -> None:
    """Where this session's readings must not read (each a case they could misread or a near one)."""
    result = categorize(text)
    assert result.type == expected, result.reason


@pytest.mark.parametrize(
    ("text", "expected", "said"),
    [
        # Storage is what fills up, said before the verb.
        ("The backup volume on the reporting box fills up every Sunday night", T, "fills up"),
        # What nobody understands is not what hurts, as what few know is.
        ("Nobody understands the sharding", P, "what few people know"),
        # Documentation nobody wrote.
        ("Nobody has documented the retry settings of the importer", P, "what nobody documented"),
        # Whose problem; who was supposed to act.
        ("Teams argue for days about whose problem it is", P, "whose problem it is"),
        ("Nobody knew who was supposed to handle the certificate renewal", P, "who was supposed to handle"),
        # "Nobody but Priya" says "only Priya", and is no contrast.
        ("Nobody but Priya understands the billing service", P, "'Nobody but Priya understands'"),
        ("No one but our DBA knows the replication setup", P, "'No one but our DBA knows'"),
        # A change rolled back because a system fails: the failure decides (a blind set's row wrong at high
        # confidence, and set 46's).
        (
            "Hotfixes get reverted since the API falls over under the new load",
            T,
            "failure decides ('Hotfixes', 'reverted')",
        ),
        ("Our deploys are rolled back as the new build cannot cope with peak traffic", T, "cannot cope with"),
        # Storage that fills up, named after the verb.
        ("Verbose tracing fills up the root volume by Thursday", T, "fills up"),
        # What waits while one person is away, in the clause it is said in (an item the last attack left).
        ("Whenever Omar is on leave, the Postgres replicas go unpatched", P, "what waits while one person is away"),
    ],
)
def test_an_attack_on_sets_46_and_47s_readings_mended(text: str, expected: ScalingType, said: str) -> None:
    """An attack review of sets 46 and 47's readings, and an item left by the one before ("Nobody but Sam"): each seen
    failing without its mend."""
    result = categorize(text)
    assert result.type == expected, result.reason
    assert said in result.reason, result.reason


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # What a channel or a board fills up with is not what fills up.
        ("Our alerts channel fills up with disk warnings and real incidents drown in the noise", P),
        ("Every sprint the board fills up with log cleanup tickets", P),
        # "knows how" after "nobody left" keeps its step not taken.
        ("Nobody left knows how the sharding works", P),
        # A bill nobody understands is the bill's.
        ("Nobody understands the AWS bill any more; it doubled with the same traffic", T),
        # A team dying on its feet is no system.
        ("Our mobile team is dying on its feet", UNCATEGORIZED),
        # The clause that carries the complaint after one person away is not what waits (a diff review).
        (
            "When Ahmed is on leave we cope, but honestly the real problem is that the Postgres cluster needs sharding",
            T,
        ),
        # A board, a calendar, a room that fills up holds no storage.
        ("Our Jira board for the database team fills up with tickets nobody picks up", P),
        # What nobody understands may be a screen; what is "not documented" may be the customers' docs.
        ("Nobody understands the onboarding wizard, so trial users churn", U),
        ("Our public API is not documented, so partners give up on the integration", U),
        # A rollback whose cause is the change itself; a failure or a bill while one person is away; logs that fill
        # up with errors (an attack review of this session's later readings).
        ("Last week we reverted the billing release because it introduced a memory leak in the workers", P),
        ("When Priya was on leave we hit the connection limit on Postgres twice", T),
        ("Our logs fill up with SSO login failures from customers whose certificates expired", U),
        # A rollback for the team's own cause is the team's; a desk that cannot cope is people.
        ("Deploys keep getting rolled back because reviews miss obvious bugs", P),
        ("The support desk cannot cope with the volume of tickets", P),
        # A system that fails while one person is away: the failure counts.
        ("When Omar is on leave, the Postgres replicas fall over every night", T),
    ],
)
def test_an_attack_on_sets_46_and_47s_readings_stops_where_it_should(text: str, expected: ScalingType | str) -> None:
    """Where the attack found the readings reached too far (each read wrong before its mend)."""
    result = categorize(text)
    assert result.type == expected, result.reason


def test_but_after_nobody_is_no_contrast() -> None:
    """ "Nobody but Priya understands it": one clause, nothing conceded before "but". After "everybody", "all" or
    "everything" a clause of its own may follow: a contrast still (a diff review)."""
    assert [c.role for c in clauses("Nobody but Priya understands the billing service")] == [PLAIN]
    assert [c.role for c in clauses("Search is fine but nobody owns the pager")][-1] == STRESSED
    assert [c.role for c in clauses("Our SSO works for everybody but enterprise admins cannot remove users")] == [
        FINE,
        STRESSED,
    ]


@pytest.mark.parametrize(
    ("text", "expected", "said"),
    [
        # What is done, said before "instead of" in the middle of a sentence, is no concession.
        ("Our DBAs spend every week restarting the overloaded replicas instead of shipping features.", T, "restarting"),
        # A manager's branches are places, no git branches.
        ("Regional managers need access to only the branches they run.", U, "access"),
        # Invites to meetings take the team's time; no product's invitations.
        ("Most of my week vanishes into meeting invites.", P, "meeting invites"),
        # Buyers waiting in a sales pipeline.
        (
            "Two hospitals in our pipeline are waiting on a HIPAA report before they sign.",
            U,
            "hospitals in our pipeline",
        ),
        # Someone's hours worked, counted: no verdict that something works.
        ("Our one SRE has worked every weekend since June.", P, "weekend"),
        # One after another, no table's rows; a build that fails is a quality gate's.
        ("The nightly build failed six times in a row.", P, "said of 'build'"),
        ("The build keeps failing.", P, "said of 'build'"),
        # What someone could see, as what they can.
        ("A temp could see every employee's payslip.", U, "could see"),
        # Safeguarding is a duty to people, no release's safeguard.
        ("Safeguarding staff at each care home must not see the other homes' residents.", U, "must not see"),
        # Languages named as a class; the money a country pays in; accounts under a parent.
        ("Our app only knows English, and nothing was ever built for languages other than it.", U, "other than"),
        ("Non-English speakers give up at the sign-up form.", U, "Non-English"),
        ("Invoices can only be issued in one currency.", U, "currency"),
        ("The franchise needs each store's data walled off under one parent account.", U, "parent account"),
        # Asked for long ago, not out yet; the team's own access waited for; a payment taken twice.
        ("The export fix was promised in May and it still isn't live.", P, "still isn't live"),
        ("New engineers wait three weeks for GitHub access and a laptop.", P, "GitHub access"),
        ("Fans tapped Buy twice and were charged twice.", T, "charged twice"),
    ],
)
def test_sets_48_and_49_readings(text: str, expected: ScalingType, said: str) -> None:
    """Sets 48 and 49 read as development sets (each seen failing without its reading: the type, or the reason's
    words for a row whose type was right on other cues)."""
    result = categorize(text)
    assert result.type == expected, result.reason
    assert said in result.reason, result.reason


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Feature branches live for weeks before anyone merges them", P),
        ("Our branching strategy is a mess", P),
        ("The build server keeps failing", T),
        ("Deploys sit in the pipeline for an hour", P),
        ("We have no safeguards against bad deploys", P),
        ("Customers cannot invite their colleagues", U),
        ("Queries scan a billion rows in a single table", T),
        ("Instead of fixing flaky tests we rerun the pipeline", P),
    ],
)
def test_sets_48_and_49_readings_stop_where_they_should(text: str, expected: ScalingType) -> None:
    """Where this session's readings must not read: a branch of code, a delivery pipeline, a release's safeguards,
    a product's invitations, a build server, a table's rows, "Instead of" opening a sentence."""
    result = categorize(text)
    assert result.type == expected, result.reason


@pytest.mark.parametrize(
    ("text", "expected", "said"),
    [
        # Hours worked: a day's length, a night through.
        ("Our DevOps lead works 14-hour days keeping the CI runners alive.", P, "CI"),
        ("Our SRE worked overnight again because the queue backed up.", T, "queue"),
        # Able to see, as "can see"; the law's officer named.
        ("A temp was able to see every client's payroll.", U, "able to see"),
        ("The DPO at the clinic group refused to sign off on our data flows.", U, "DPO"),
    ],
)
def test_an_attack_on_sets_48_and_49s_readings_mended(text: str, expected: ScalingType, said: str) -> None:
    """Near cases the attack on this session's readings found missed (each failing before its mend)."""
    result = categorize(text)
    assert result.type == expected, result.reason
    assert said in result.reason, result.reason


@pytest.mark.parametrize(
    ("text", "expected", "not_said"),
    [
        # A customer's records in a data pipeline; a soak test that fails on memory; invites a product sends.
        (
            "Documents for each customer in the pipeline are re-indexed every night, so the ETL runs for 12 hours.",
            T,
            "customer in the pipeline",
        ),
        ("The soak test fails after four hours when the API nodes run out of memory.", T, "said of 'test'"),
        (
            "Calendar invites our booking app sends go out through a US mail server, which the German hospital's DPO"
            " rejected.",
            U,
            "predictable delivery",
        ),
    ],
)
def test_an_attack_on_sets_48_and_49s_readings_stops_where_it_should(
    text: str, expected: ScalingType, not_said: str
) -> None:
    """Where the attack found the readings reached too far (each read so before its mend)."""
    result = categorize(text)
    assert result.type == expected, result.reason
    assert not_said not in result.reason, result.reason


@pytest.mark.parametrize(
    ("text", "expected", "not_said"),
    [
        # A customer's roles over the team's tools are a customer's; the team's own access is its people's.
        ("Our customers want to limit repo access for their contractors", U, "delivery ('repo access')"),
        (
            "Enterprise customers ask who at our company has production access to their data",
            U,
            "delivery ('production access')",
        ),
        # Sight denied is no access given.
        ("Product managers are never able to see what engineering is working on", P, "able to see"),
        ("Nobody could see the alerts because they went to an old Slack channel", P, "could see"),
        # A second branch is no word of code; invites a product sends are no meeting of the team's.
        ("Staff at each branch see the branch patients", UNCATEGORIZED, "release trains"),
        ("My customers say the calendar invites our app sends arrive a day late", P, "delivery ('calendar invites')"),
    ],
)
def test_a_diff_review_of_sets_48_and_49s_readings(text: str, expected: str, not_said: str) -> None:
    """Where a diff review found this session's readings reached too far (each read so before its mend)."""
    result = categorize(text)
    assert result.type == expected, result.reason
    assert not_said not in result.reason, result.reason


@pytest.mark.parametrize(
    ("text", "expected", "said"),
    [
        # A service or a team a cue's words name: what is said of it decides.
        ("The SSO service falls over every Monday at nine.", T, "it names a service ('SSO service')"),
        ("Our audit trail service drops events whenever the queue backs up.", T, "it names a service"),
        ("The sprint planning falls apart whenever a second squad depends on our API.", P, "it names a team"),
        # A ceiling said without a figure, of a system.
        ("The booking API cannot handle the Monday-morning rush of 5,000 clinics.", T, "cannot handle"),
        # What a system shows late.
        ("Bank transfers don't appear in the ledger until the next morning.", T, "queueing ('don't appear')"),
        ("Sensor readings from the barns don't sync until the gateway reconnects.", T, "queueing ('don't sync')"),
    ],
)
def test_sets_50_and_51s_readings(text: str, expected: ScalingType, said: str) -> None:
    """Sets 50 and 51 read as development sets: near cases of their misses (each failing before its reading)."""
    result = categorize(text)
    assert result.type == expected, result.reason
    assert said in result.reason, result.reason


@pytest.mark.parametrize(
    ("text", "expected", "not_said"),
    [
        # A team a user cue names is a customer's as often as not: its cue counts.
        ("Each customer's IT team wants SCIM before rollout.", U, "it names a team"),
        # A cue that ends on a determiner or a possessive names no team or service: it acts on one.
        ("Changes go out without telling the team on call.", P, "it names a team"),
        ("One tenant's admin edited another's service settings.", U, "it names a service"),
        # People who can't handle something are the team's load.
        ("Our reviewers can't handle the number of PRs.", P, "reliability"),
        # Shipping of goods is no release.
        ("Shipping rates for the new markets aren't shown in local currency.", U, "release trains"),
        # A person late, or a change that waited for a release, is no system's lag.
        ("The new designer doesn't show up until ten.", UNCATEGORIZED, "queueing"),
        ("The fix didn't show up until the next release.", P, "queueing"),
        # A wait said with "takes ... to appear" counts its own duration, not a lag.
        ("Shoppers in Perth say it takes ten seconds for anything to appear after they tap.", T, "queueing"),
    ],
)
def test_sets_50_and_51s_readings_stop_where_they_should(text: str, expected: str, not_said: str) -> None:
    """Where this session's readings must not reach."""
    result = categorize(text)
    assert result.type == expected, result.reason
    assert not_said not in result.reason, result.reason


@pytest.mark.parametrize(
    ("text", "expected", "said"),
    [
        # A lag said with "till", "aren't showing up", of a change that propagates.
        ("Scores aren't showing up on the league table till the next morning.", T, "queueing ('aren't showing up')"),
        ("Feature flags don't propagate to the edge nodes until twenty minutes later.", T, "don't propagate"),
        # A load not handled, said with "won't".
        ("The booking engine won't handle the January sales rush.", T, "won't handle"),
    ],
)
def test_an_attack_on_sets_50_and_51s_readings_mended(text: str, expected: ScalingType, said: str) -> None:
    """Near cases the attack on this session's readings found missed (each failing before its mend, but the flags that
    propagate: a guard on the changes no longer taken for a release waited for)."""
    result = categorize(text)
    assert result.type == expected, result.reason
    assert said in result.reason, result.reason


@pytest.mark.parametrize(
    ("text", "expected", "not_said"),
    [
        # A format a system cannot handle is a feature it lacks; people who can't handle a load are the team's.
        ("The kiosk app can't handle Welsh place names with accents.", UNCATEGORIZED, "reliability"),
        ("Our two reviewers can't handle the PR volume.", P, "reliability"),
        # Access waited for is no system's lag.
        ("VPN credentials don't arrive until a new engineer's second week.", P, "queueing"),
        # A service wanted, or a list that holds the word "service", names no service.
        ("We won't pass the audit until we have an audit log service.", U, "it names a service"),
        ("Admins need SSO, service accounts and SCIM.", U, "it names a service"),
    ],
)
def test_an_attack_on_sets_50_and_51s_readings_stops_where_it_should(text: str, expected: str, not_said: str) -> None:
    """Where the attack found this session's readings reached too far: the kiosk, the audit log service wanted and the
    list read so before their mends; the reviewers and the credentials are near cases kept as they were."""
    result = categorize(text)
    assert result.type == expected, result.reason
    assert not_said not in result.reason, result.reason


@pytest.mark.parametrize(
    ("text", "expected", "not_said"),
    [
        # A hospital's triage sorts patients; a time of the week is no lateness.
        ("Since the update, A&E triage vanished from the booking screen twice on Sunday.", UNCATEGORIZED, "on-call"),
        ("Paramedics say the ambulance triage tablet freezes every time they tap save.", T, "on-call"),
        ("The shift planner takes 40 seconds to open, so rotas go out late Friday.", T, "delivery ('late')"),
    ],
)
def test_a_readers_review_of_words_of_two_senses(text: str, expected: str, not_said: str) -> None:
    """A reader's review of the exercise on a hospital's complaints: read for reasons that were not (hospital triage
    as on-call, "late Friday" as late delivery). The booking screen's row says nothing a cue knows: no category."""
    result = categorize(text)
    assert result.type == expected, result.reason
    assert not_said not in result.reason, result.reason


def test_the_teams_triage_and_late_work_still_count() -> None:
    """The same words in the team's work count as before."""
    assert "on-call ('triage')" in categorize("Every Monday triage takes the whole morning.").reason
    assert "delivery ('late')" in categorize("The release is late again.").reason


def test_a_rollback_for_a_load_not_handled_is_the_loads() -> None:
    """A rollback because a system cannot handle a load is where the load hurts the team, as with "can't cope with"
    (a blind set's row read right once "can't handle" was a ceiling went wrong again when its forms got a list of
    their own, unknown to the rollback's reading)."""
    result = categorize("Every deploy gets rolled back because the new version can't handle peak-hour traffic.")
    assert result.type == T, result.reason


@pytest.mark.parametrize(
    ("text", "expected", "not_said"),
    [
        # A team named by the team's own work, a service wanted after an adjective.
        ("The on-call team is exhausted and two people quit", P, "it names a team"),
        ("We need a new audit log service", U, "it names a service"),
        ("Customers want a central audit log service", U, "it names a service"),
        # Another determiner ends the search for a service wanted (a second diff review).
        ("once a week the audit log service crashes", T, "audit logs"),
        # A feature shown late, goods that arrive late, a support desk's triage.
        ("The checkout doesn't show the price until the last step", P, "queueing"),
        ("Our shipments don't arrive until Thursday", T, "queueing ('don't arrive')"),
        ("Triage slots fill up every morning", P, "no cue"),
    ],
)
def test_a_diff_review_of_sets_50_and_51s_readings(text: str, expected: str, not_said: str) -> None:
    """Where a diff review found this session's readings reached too far (each read so before its mend; the
    shipments are a guess of the fallback's, with the lag's cue only a tie-breaker)."""
    result = categorize(text)
    assert result.type == expected, result.reason
    assert not_said not in result.reason, result.reason


@pytest.mark.parametrize(
    ("text", "expected", "said"),
    [
        # A negation reaches past "or" to the symptom after it.
        ("It's not downtime or an outage: enterprise buyers want SAML and audit trails.", U, "not downtime or an"),
        ("No crashes or outages this year; the pain is customers asking for role-based access.", U, "No crashes or"),
        ("Not a single bug or outage since March, but every tenant wants its own SSO setup.", U, "single bug or"),
        # A failure said of a measure that falls, not of a system.
        ("We doubled the platform team and productivity went down.", P, "said of 'productivity', a measure"),
        ("Since the reorg our velocity is down by a third.", P, "said of 'velocity', a measure"),
        # Slowness said of people's work: what the work is for decides.
        (
            "Customer onboarding is our biggest bottleneck: every hospital needs three weeks of setup calls.",
            U,
            "said of 'onboarding', people's work",
        ),
        ("Slow onboarding of new developers is costing us a month per hire.", P, "said of 'onboarding'"),
        # What customers cannot set up themselves, or must ask us to set up.
        ("Clients can't work out how to set up their own reporting groups.", U, "work out how to set up"),
        ("Each new school has to phone us to set up teachers for the term.", U, "phone us to set up"),
        # A load a system "can't take", as one it "can't handle".
        ("The ticketing API couldn't take the presale traffic and fell over twice.", T, "couldn't take"),
    ],
)
def test_sets_52_and_53s_readings(text: str, expected: ScalingType, said: str) -> None:
    """Sets 52 and 53 read as development sets (and set 55's one row read): near cases of their misses."""
    result = categorize(text)
    assert result.type == expected, result.reason
    assert said in result.reason, result.reason


@pytest.mark.parametrize(
    ("text", "expected", "not_said"),
    [
        # "or" in another clause, or "no one" (a person, not a denial), denies nothing.
        ("No one tests the failover or outages would be shorter.", T, "discounted"),
        ("We have no canary, or an outage would have been caught.", T, "discounted: 'no canary"),
        # A system's fall counts: throughput and traffic are no measures of people.
        ("Throughput went down by half after the database upgrade.", T, "a measure"),
        ("The sales database went down during the launch.", T, "a measure"),
        # A product's onboarding screen is slow as a system is.
        ("The onboarding page is slow to load on phones.", T, "people's work"),
        # An engineer working out how to set something up is the team's.
        ("New engineers can't figure out how to set up the local environment.", P, "admin controls"),
        # People who can't take more are the team's load.
        ("The on-call team can't take another week of pages.", P, "reliability"),
    ],
)
def test_sets_52_and_53s_readings_stop_where_they_should(text: str, expected: str, not_said: str) -> None:
    """Where this session's readings must not reach."""
    result = categorize(text)
    assert result.type == expected, result.reason
    assert not_said not in result.reason, result.reason


@pytest.mark.parametrize(
    ("text", "expected", "not_said"),
    [
        # "or" lists like with like only: not a thing and a symptom, not "either ... or", not "or ... would".
        ("Reports show no rows or a 504 once more than fifty managers open them.", T, "discounted"),
        ("Big exports either finish with no warning or hang for an hour.", T, "discounted"),
        ("We had no tracing or the outage would have been found in minutes.", T, "discounted"),
        # A system's measures fall as a system does; a failure that takes an object is the object's.
        ("Audio quality goes down whenever more than 300 people join the town hall.", T, "a measure"),
        ("Our Lighthouse score went down across every product page.", T, "a measure"),
        ("The revenue feed is down every morning at six.", T, "a measure"),
        ("Black Friday sales crash the storefront every year.", T, "a measure"),
        # The work of a thing, or a part of the product, is slow as a system is.
        ("Sensor onboarding is slow: each gateway takes two minutes to register.", T, "people's work"),
        ("Slow onboarding flow on Android: the first screen takes eight seconds.", T, "people's work"),
        # A team's member or a system set up is no customer's setting up.
        ("Every new developer has to call us to set up their laptop before they can ship anything.", P, "admin"),
        (
            "Our largest clients ask us to set up a dedicated database because the shared cluster crawls at peak.",
            T,
            "admin controls",
        ),
        # One thing more, an organisation or harm is no load.
        ("The council won't take one more password for its staff portal.", U, "reliability"),
        ("The release team can't take another weekend of hotfixes.", P, "reliability"),
    ],
)
def test_an_attack_on_sets_52_and_53s_readings_stops_where_it_should(text: str, expected: str, not_said: str) -> None:
    """An attack review of this session's readings (tests/support/complaint_attack55.tsv): where they reached too far,
    near cases of its rows (each read so before its mend)."""
    result = categorize(text)
    assert result.type == expected, result.reason
    assert not_said not in result.reason, result.reason


@pytest.mark.parametrize(
    ("text", "expected", "said"),
    [
        ("Our main bottleneck is recruitment of senior SREs.", P, "said of 'recruitment'"),
        ("Slow customer onboarding is costing us renewals: each account needs three calls.", U, "people's work"),
        ("Tenants keep phoning us to set up their new branches.", U, "phoning us to set up"),
        ("The websocket gateway wouldn't take the evening traffic spike.", T, "wouldn't take"),
    ],
)
def test_an_attack_on_sets_52_and_53s_readings_mended(text: str, expected: ScalingType, said: str) -> None:
    """Where the attack found the readings too narrow: a degree word and a copula between the slowness and the work,
    the work after a customer, a customer as the subject, "wouldn't"."""
    result = categorize(text)
    assert result.type == expected, result.reason
    assert said in result.reason, result.reason


@pytest.mark.parametrize(
    ("text", "expected", "not_said"),
    [
        # Slowness is of people's work in its own clause only, and not where a system follows it.
        ("Search is slow. Onboarding went well though.", T, "people's work"),
        ("We sorted out the onboarding. Slow invoices export is what hurts now.", T, "people's work"),
        # A measure that is no subject of the failure: in a relative clause, after a preposition.
        ("The payroll system that tracks morale went down twice last week.", T, "a measure"),
        ("The shop during peak sales is down for hours.", T, "a measure"),
        # "our" customers are customers; a multi-word customer phrase is no single word ("sign" of "sign off").
        ("Our clients have to phone us to set up new users.", U, "it needs a customer"),
        ("Engineers sign off on every release but cannot work out how to set up feature flags.", P, "admin controls"),
        # "or" with "will" says nothing otherwise; a negation of something else reaches no symptom after "or".
        ("We get no alerts for crashes or outages on the payments cluster.", T, "discounted"),
        # "one more", stemmed as the complaint is, and a time, say no load.
        ("The ticket desk won't take one more request this week.", P, "reliability"),
        ("It won't take long before traffic doubles and we need SSO for every tenant.", U, "reliability"),
    ],
)
def test_a_diff_review_of_sets_52_and_53s_readings(text: str, expected: str, not_said: str) -> None:
    """Where a diff review found this session's readings reached too far or missed (each read so before its mend)."""
    result = categorize(text)
    assert result.type == expected, result.reason
    assert not_said not in result.reason, result.reason


def test_a_negation_past_or_is_not_undone_by_will() -> None:
    """A diff review: "will" after the symptom in the next clause undid the denial ("No crashes or outages, but we
    will need SSO")."""
    result = categorize("No crashes or outages, but we will need SSO for every tenant.")
    assert result.type == "user", result.reason
    assert "discounted: 'No crashes or outages'" in result.reason, result.reason


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A hospital tender wants proof the portal works with a screen reader.", U),
        ("The insurer needs evidence that the product works with their SAML setup.", U),
    ],
)
def test_what_is_to_be_proved_is_not_said_to_be_fine(text: str, expected: ScalingType) -> None:
    """A reader's review: "proof the app works with a screen reader" was discounted as a clause saying the app works,
    and the user page's own signal (a tender asking for an accessibility report) read as nothing."""
    result = categorize(text)
    assert result.type == expected, result.reason
    assert "discounted" not in result.reason, result.reason
