"""The complaint vocabulary: data only (examples, cues, abbreviations, combinations), no logic.

Cues are written as people write them; ``decision_engine.complaints`` normalises cue phrases and complaint
text with the same rules, so a cue matches its plurals, verb endings, other cases and hyphenations.
Weights: 1 a weak hint, 2 a clear pointer, 3 a decisive one. Where two cues start at the same word the
longer one wins ("data pipeline" over "pipeline", "session timeout" over "timeout").
"""

from __future__ import annotations

from decision_engine.complaint_model import Abbreviation, Combination, ContextRule, Cue, Example
from decision_engine.model import ScalingType

T = ScalingType.TECHNICAL
P = ScalingType.PROCESS
U = ScalingType.USER

# Roles that combinations look for.
CHANGE = "change"  # something the team changed: a deploy, a release, a merge, a config change
FAILURE = "failure"  # something that went wrong in production: an outage, errors, a crash
RESPONSE = "response"  # how the team responds to a failure: on-call, runbooks, postmortems
SLOWNESS = "slowness"  # something is slow
WORKFLOW = "workflow"  # a step of the team's delivery workflow: CI, builds, tests, reviews, deploys

STILL_LOG_VERBS: tuple[str, ...] = ("log into", "sign in", "sign into")  # "can still log into the portal"
USED_TO_BE_FAST: tuple[str, ...] = ("instant", "fast", "quick", "snappy")  # "the lookup used to be instant"
# An idiom of worry: no night's page (NEUTRAL_PHRASES), and what it is over ranks first (RANKING_PHRASES).
LOSING_SLEEP: tuple[str, ...] = tuple(f"{lose} sleep" for lose in ("lose", "loses", "losing", "lost"))
# Someone dismissed, said so: "a fired nurse's access" is no fire to fight (NEUTRAL_PHRASES).
FIRED_PEOPLE: tuple[str, ...] = (
    *("employee", "employees", "staff", "contractor", "contractors", "worker", "workers", "nurse", "nurses"),
    *("doctor", "doctors", "teacher", "teachers", "driver", "drivers", "agent", "agents", "user", "users", "engineer"),
    *("engineers", "member", "members", "clerk"),
)
# Documentation nobody wrote; what it is of is not what hurts (KNOWN_OBJECT_REACH): "Nobody has documented the retry
# settings of the importer" (an attack review).
# Said of the team by "nobody": "not documented" is as often a product's docs for customers ("Our public API is not
# documented, so partners give up": a diff review).
DOCUMENTING_CUES: tuple[str, ...] = tuple(f"{who} documented" for who in ("nobody", "nobody has", "nobody ever"))

# Languages a product may need besides English (the cues "in French", "in Japanese", and what a translation is of).
LANGUAGES: tuple[str, ...] = (
    *("spanish", "french", "german", "portuguese", "italian", "dutch", "polish", "czech", "greek"),
    *("swedish", "norwegian", "danish", "finnish", "icelandic", "welsh", "irish", "catalan", "basque", "turkish"),
    *("arabic", "hebrew", "farsi", "persian", "urdu", "hindi", "bengali", "tamil", "chinese", "mandarin"),
    *("cantonese", "japanese", "korean", "vietnamese", "thai", "indonesian", "malay", "russian", "ukrainian"),
    *("romanian", "hungarian", "swahili", "tagalog", "filipino", "quebecois", "flemish"),
)

EXAMPLES: tuple[Example, ...] = (
    # technical: systems performance and reliability
    Example("caching", T, "Caching"),
    Example("indexing", T, "Indexing and data growth"),
    Example("queueing", T, "Queueing"),
    Example("retries", T, "Timeouts, retries and backoff"),  # as the guide's example says: timeouts first
    Example("cost_optimisation", T, "Cost optimisation"),
    Example("performance", T, "Performance and latency", generic=True),
    Example("reliability", T, "Reliability and capacity", generic=True),
    # process: predictable delivery and incident response
    Example("release_trains", P, "Release trains"),
    Example("quality_gates", P, "Quality gates"),
    Example("on_call", P, "On-call"),
    Example("runbooks", P, "Runbooks"),
    Example("postmortems", P, "Postmortems"),
    Example("delivery", P, "Predictable delivery", generic=True),
    # user: adoption in larger organisations
    Example("rbac", U, "Role-based access control"),
    Example("audit_logs", U, "Audit logs"),
    Example("governance", U, "Governance and compliance"),
    Example("templates", U, "Templates"),
    Example("admin_controls", U, "Admin controls and identity"),
    Example("accessibility_localisation", U, "Accessibility and localisation"),
    Example("enterprise_adoption", U, "Enterprise adoption", generic=True),
)

# What is ranked by its cost, not billed: "the most expensive problem", "our most expensive failure".
# Not "one", "thing" nor "part": "the most expensive one is the logging pipeline at 40k a month" is a bill (an
# attack review).
EXPENSIVE_RANKED: tuple[str, ...] = (
    *("problem", "problems", "issue", "issues", "failure", "failures", "failure mode", "pain", "mistake"),
    *("bottleneck", "complaint", "gap", "risk", "blocker"),
)
# Before those, what ranks by cost: "the most expensive problem", and without "most" ("the expensive failure right now
# is ...", set 38 read).
EXPENSIVE_LEADS: tuple[str, ...] = ("most", "the", "our", "my")
# "The expensive part is that each release needs four teams": a part ranked by a clause, not a bill (set 38 read).
EXPENSIVE_PARTS: tuple[str, ...] = ("part", "bit", "thing")
# What is on fire stresses its clause and names no incident: "the real fire is the API timing out at peak" (set 21
# read); "fire" counted for on-call in it ("... is the real fire", set 38 read).
FIRE_STRESS_PHRASES: tuple[str, ...] = (
    "right now the fire",
    "the fire right now",
    "the real fire",
    "the biggest fire",
    "our biggest fire",
)
# When pages come ("the broker pages at night"): cues of on-call, and where a failure hurts the team (PAGING_CUES).
PAGED_WHEN: tuple[str, ...] = ("night", "midnight", "all hours", "weekends")
# Verbs before "stay up" that say a system does not (cues of the reliability example, said of a system only).
STAY_UP_VERBS: tuple[str, ...] = (
    *("won't", "doesn't", "don't", "can't", "cannot", "couldn't", "didn't", "wouldn't", "never"),
    # Not "would not": "would" would become a cue word, and "world" its misspelling.
    *("will not", "does not", "do not", "did not", "could not"),  # an attack review
)
CEILING_PHRASES: tuple[str, ...] = (
    *("can't handle more than", "cannot handle more than", "couldn't handle more than", "could not handle more than"),
    *("can't cope with more than", "cannot cope with more than", "can't take more than", "cannot take more than"),
    *("can only handle", "tops out at"),
    # A load a system does not bear, said without a figure: "the new version can't cope with production traffic
    # volumes" (a blind set's row wrong at high confidence); of a system only, as the rest (CONTEXT_RULES).
    *("can't cope with", "cannot cope with", "couldn't cope with", "could not cope with"),
)
# "handle" (and "take") so, without a figure, of a load only (CONTEXT_RULES, right after it): "the identity service
# can't handle everyone signing in at 9am" (set 50 read as a development set); not a format, "the checkout can't handle
# Japanese addresses" (an attack review).
NOT_ABLE_TO: tuple[str, ...] = ("can't", "cannot", "couldn't", "could not", "won't", "wouldn't")
LOADS_NOT_HANDLED: tuple[str, ...] = tuple(f"{no} handle" for no in NOT_ABLE_TO)
# "take" so too (set 55's row wrong at high confidence: "the orders DB simply couldn't take the flash sale traffic");
# not said of people or of an organisation ("the team can't take another incident", "the district won't take one more
# login"), nor of one thing more or a time (LOADS_NOT_TAKEN_AFTER: an attack and a diff review).
LOADS_NOT_TAKEN: tuple[str, ...] = tuple(f"{no} take" for no in NOT_ABLE_TO)
LOADS_NOT_TAKEN_AFTER: tuple[str, ...] = (
    *("another", "one more", "yet another"),  # one thing more: "won't take one more login"
    *("long", "much", "ages", "forever", "a while"),  # a time: "it won't take long before traffic doubles"
)

# What a system shows late, read as SHOWS_UP_LATE_CUE (set 50 read as a development set): something that does not
# appear until later ("orders placed at noon don't show up in the shipping screen until mid-afternoon": one of
# LATE_NEGATIONS, one of LATE_VERBS, and "until" within LATE_REACH words in its clause); of a system's things only
# (CONTEXT_RULES: "the contractor doesn't show up until noon" is a person, "the fix didn't show up until the next
# release" a change waiting). Not "take hours to show up" nor "reach" or "land": "a one-line change took eleven days to
# reach production" is lead time, and "it takes ten seconds for anything to show up" counts its seconds. Nor "come
# through", which access and approvals do (an attack review: "Access to production doesn't come through until a new
# hire's third week").
SHOWS_UP_LATE_CUE = "shows up late"
LATE_NEGATIONS: tuple[str, ...] = (*STAY_UP_VERBS, "not", "aren't", "isn't", "wasn't", "weren't")
LATE_VERBS: tuple[str, ...] = (
    *("show up", "shows up", "showed up", "showing up"),
    *("appear", "appears", "appeared", "appearing", "arrive", "arrives", "arrived", "arriving"),
    *("sync", "syncs", "synced", "syncing", "propagate", "propagates", "propagated", "propagating"),
)
LATE_UNTIL: tuple[str, ...] = ("until", "till", "til")
# "show" without "up", only with "until" right after it: "photos won't show until the page is reloaded"; not "doesn't
# show the price until the last step", a feature (a diff review).
LATE_SHOW: tuple[str, ...] = ("show", "shows", "showing")
LATE_REACH = 8

# Abbreviations, spellings and synonyms. A form matches whole words, case and punctuation ignored
# ("CI/CD" is the words "ci cd"); its last word may also carry a plural "s" ("SLOs", "PRs", "500s").
ABBREVIATIONS: tuple[Abbreviation, ...] = (
    Abbreviation("p99", ("p50", "p75", "p90", "p95", "p99", "p999", "p9999", "99th percentile", "95th percentile")),
    Abbreviation("slo", ("service level objective",)),
    Abbreviation("sla", ("service level agreement",)),
    Abbreviation("sso", ("single sign on", "single signon")),
    Abbreviation("saml", ("saml2", "saml 2", "saml 2 0")),
    Abbreviation("scim", ("system for cross domain identity management",)),
    Abbreviation(
        "rbac",
        (
            "role based access control",
            "role based access",
            "role based permission",
            "abac",
            "attribute based access control",
        ),
    ),
    Abbreviation("soc2", ("soc 2", "soc ii", "soc2 type 2", "soc 2 type 2", "soc 2 type ii")),
    Abbreviation("iso27001", ("iso 27001", "iso iec 27001")),
    Abbreviation(
        "mttr",
        ("mean time to recovery", "mean time to recover", "mean time to restore", "mean time to repair"),
    ),
    Abbreviation("mttd", ("mean time to detect", "mean time to detection")),
    Abbreviation(
        "ci",
        ("ci cd", "cicd", "continuous integration", "continuous delivery", "continuous deployment"),
    ),
    Abbreviation("kubernetes", ("k8s", "kube")),
    Abbreviation("database", ("db", "rdbms")),
    Abbreviation("oom", ("out of memory", "oomkilled", "oom killed", "oomkill", "oom killer")),
    Abbreviation(
        "5xx",
        (
            "50x",
            "500s",
            "502s",
            "503s",
            "504s",
            "http 500",
            "http 502",
            "http 503",
            "http 504",
            "500 error",
            "502 error",
            "503 error",
            "504 error",
            "502",
            "503",
            "504",
            # Said as a verb: "the portal is 504ing again" (set 23 read).
            "500ing",
            "502ing",
            "503ing",
            "504ing",
            "internal server error",
            "bad gateway",
            "gateway timeout",
        ),
    ),
    Abbreviation("rate limit", ("429", "429s", "ratelimit", "rate limiting", "rate limited")),
    Abbreviation("qa", ("quality assurance",)),
    Abbreviation("pr", ("pull request", "merge request")),
    Abbreviation("on call", ("oncall", "on call rotation")),
    Abbreviation("postmortem", ("post mortem", "post incident review", "pir")),
    Abbreviation("retro", ("retrospective",)),
    Abbreviation("runbook", ("run book",)),
    Abbreviation("playbook", ("play book",)),
    Abbreviation("time out", ("timeout", "timeouts", "timedout")),
    Abbreviation("roll back", ("rollback", "revert", "reverted", "reverting")),
    Abbreviation("roll out", ("rollout",)),
    Abbreviation("hotfix", ("hot fix", "hot fixes", "hotfixes")),
    Abbreviation(
        "firefight",
        ("fire fighting", "fire fight", "fighting fires", "fight fires", "putting out fires", "put out fires"),
    ),
    Abbreviation("burnout", ("burned out", "burnt out", "burn out", "burning out", "burns out")),
    Abbreviation("admin", ("administrator", "sysadmin")),
    Abbreviation("permission", ("perms", "perm", "permissioning")),
    Abbreviation("mfa", ("2fa", "two factor", "multi factor", "multifactor")),
    Abbreviation("production", ("prod",)),
    Abbreviation("legal", ("lawyer", "attorney", "counsel")),
    Abbreviation("on premise", ("on prem", "onprem")),
    Abbreviation("self host", ("self hosted", "selfhosted", "self hosting")),
    Abbreviation("acknowledge", ("ack", "acked", "acking", "acks")),
    # "People who joined the pension team last quarter are still asking where things live" (a row set 24's cues tipped).
    Abbreviation(
        "new hire",
        ("new joiner", "new starter", "new recruit", "people who joined", "engineers who joined", "devs who joined"),
    ),
    Abbreviation("environment", ("env",)),
    Abbreviation("performance", ("perf",)),
    Abbreviation("infrastructure", ("infra",)),
    Abbreviation("configuration", ("config", "configs")),
    Abbreviation("deploy", ("deployment", "redeploy")),
    Abbreviation("large", ("larger", "largest", "big", "bigger", "biggest", "huge")),
    Abbreviation("slow", ("slower", "slowest", "slowness", "slowdown", "slow down", "slowly")),
    Abbreviation("documentation", ("docs", "doc")),
    Abbreviation("upmarket", ("up market", "move upmarket", "moving upmarket")),
    Abbreviation("organisation", ("organization", "org")),
    Abbreviation("standardise", ("standardize", "standardisation", "standardization", "standardised")),
    # The guide's accessibility and localisation (user.md#everyone). Not "localised": "the outage was localised to
    # one region" is a place.
    Abbreviation("accessibility", ("a11y",)),
    Abbreviation("screen reader", ("screenreader",)),
    Abbreviation("colour", ("color",)),
    Abbreviation("localisation", ("localization", "l10n")),
    Abbreviation("internationalisation", ("internationalization", "i18n")),
    Abbreviation("right to left", ("rtl",)),
    Abbreviation("optimise", ("optimize", "optimisation", "optimization", "optimising", "optimizing")),
    Abbreviation("licence", ("license", "licensing", "licencing")),
    Abbreviation("neighbour", ("neighbor",)),
    Abbreviation("aws", ("amazon web services",)),
    Abbreviation("active directory", ("azure ad", "entra", "entra id", "azure active directory")),
    Abbreviation("idp", ("identity provider",)),
    Abbreviation("sev1", ("sev 1", "sev0", "sev 0", "sev2", "sev 2", "severity 1", "severity one")),
    Abbreviation("e2e", ("end to end",)),
    Abbreviation("3am", ("1am", "2am", "4am", "5am", "2 am", "3 am", "4 am", "3 a m", "2 a m")),
    Abbreviation("throughput", ("rps", "qps", "tps", "requests per second", "queries per second")),
    Abbreviation("dead letter", ("dlq",)),
    Abbreviation("cdn", ("content delivery network",)),
    Abbreviation("garbage collection", ("gc",)),
    Abbreviation("index", ("indices", "indexes", "indexing", "indexed")),
    Abbreviation("cost", ("costly",)),
    Abbreviation("break", ("broke", "broken", "breaks", "breaking", "breakage")),
    Abbreviation("fail", ("failure", "failures", "failing", "failed")),
    Abbreviation("grow", ("grew", "grown", "growth")),
    # Irregular past tenses of the verbs in cues ("the service fell over": "falls over"; "the page hung": "hang"). Not
    # "fell" alone: "the team fell behind on releases" is no queue's lag (a review).
    Abbreviation("fall over", ("fell over", "fallen over")),
    Abbreviation("hang", ("hung",)),
    Abbreviation("offboard", ("off board", "off boarding", "offboarding", "deprovision", "deprovisioning")),
    Abbreviation("ex employee", ("former employee", "ex staff", "leaver")),
    Abbreviation("allowlist", ("whitelist", "allow list", "white list")),
    Abbreviation("pci", ("pci dss",)),
    Abbreviation("customer", ("client",)),
    Abbreviation("megabytes", ("mb", "megabyte", "gigabytes", "gigabyte", "gb")),
    Abbreviation("follow up", ("followup", "follow ups", "followups")),
    Abbreviation("failover", ("fail over", "failing over", "fails over", "failed over")),
    Abbreviation("preferences", ("settings", "setting")),
    Abbreviation("fan out", ("fans out", "fanout", "fanning out")),
    Abbreviation("ddos", ("dos attack", "denial of service")),
    Abbreviation("cost centre", ("cost center", "cost centres", "cost centers")),
    Abbreviation("dpa", ("data processing agreement", "data processing addendum")),
    Abbreviation("synchronous", ("synchronously", "sync call", "sync calls")),
    Abbreviation("utilisation", ("utilization", "utilised", "utilized", "underutilised", "underutilized")),
    Abbreviation("fast", ("faster", "fastest")),
    Abbreviation("right size", ("rightsizing", "right sizing", "rightsize")),
    Abbreviation("work in progress", ("wip",)),
    Abbreviation("byok", ("bring your own key",)),
    Abbreviation("large company", ("enterprise company",)),
    Abbreviation("staging environment", ("staging", "staging env", "staging server")),
    Abbreviation("milliseconds", ("ms", "millisecond", "msec")),
    Abbreviation("terabytes", ("tb", "pb", "terabyte", "petabyte", "petabytes")),
    Abbreviation("doesnt scale", ("does not scale", "didnt scale", "did not scale")),
    Abbreviation("cant scale", ("cannot scale", "can not scale")),
    Abbreviation("wont scale", ("will not scale",)),
    Abbreviation("burn through", ("burned through", "burnt through", "burning through", "burns through")),
    Abbreviation("nobody", ("no one", "noone")),
    Abbreviation(
        "lose messages", ("losing messages", "loses messages", "drop messages", "dropping messages", "dropped messages")
    ),
    Abbreviation("handoff", ("handover", "hand off", "hand over", "handovers")),
    # A reader's review: "nobody writes down what happened" read "down" as an outage.
    Abbreviation("written down", ("write down", "writes down", "wrote down", "writing down")),
    Abbreviation("rubber stamp", ("rubberstamp", "rubber stamping")),
)

# Tools and systems of the team's whose access is the team's own only beside _TEAM_ACCESS_WORDS (CONTEXT_RULES).
TEAM_TOOLS: tuple[str, ...] = ("repo", "github", "gitlab", "production", "aws")
TOOL_ACCESS: tuple[str, ...] = ("access", "permissions")  # what is given of a tool: "repo access", "GitHub permissions"
# Invites that ask for the team's time ("calendar invites"), a cue and a context rule alike.
TEAM_INVITE_KINDS: tuple[str, ...] = ("calendar", "meeting")
# Who waits "in the pipeline" of sales, not of builds: "three banks in the pipeline are blocked until we hand over a
# SOC 2 report", "half the deals in our pipeline" (CUES reads each as "sales pipeline" does).
SALES_PIPELINE_BUYERS: tuple[str, ...] = (
    *("deal", "prospect", "buyer", "logo", "opportunity", "enterprise", "bank", "hospital", "insurer", "school"),
    *("university", "council", "agency", "airline"),
)
# What a "<kind> pipeline" carries when it is data, not builds (CUES reads each as "data pipeline" does). Not "log" nor
# "metrics": "the log pipeline step in CI" is a build's (an attack review).
DATA_PIPELINE_KINDS: tuple[str, ...] = (
    "telemetry",
    "ingest",
    "event",
    "etl",
    "streaming",
    "sensor",
    "analytics",
)

DROPPED_THINGS: tuple[str, ...] = ("request", "packet", "reading", "frame")

# A customer's setting up that the product leaves to guesswork or to the vendor: "can't work out how to add classes",
# "has to email us to set them up", "to remove" a leaver (counted as admin controls, said of a customer only).
SELF_SETUP_ASKS: tuple[str, ...] = tuple(
    f"{know} how to {verb}" for know in ("figure out", "work out") for verb in ("set up", "add")
)
# Not "support" for "us": its words, common in every type's complaints, moved the fallback model's guesses (a blind
# set lost one when "message support to set up" was tried).
SETUP_BY_PROXY: tuple[str, ...] = tuple(
    f"{ask} us to {task}"
    for ask in ("email", "phone", "call", "ask", "message")
    for task in ("set up", "set them up", "remove")
)
# Said of a customer only: one of SETTING_UP_WHO before it in its sentence, within SETTING_UP_REACH words, not a
# team's member ("Every team member has to ask us to set up their VPN access"), and no system within SETUP_OBJECT_REACH
# words after it ("ask us to set up a dedicated instance"; an attack review: a customer word after it, "work out how
# to set up the accounts service", counted). Not "add": what customers ask us to add is as often a feature.
SETTING_UP_REACH = 12
SETUP_OBJECT_REACH = 4
SETUP_NOT_AFTER: tuple[str, ...] = ("team", "staff")
CUES: tuple[Cue, ...] = (
    # ---- technical: performance and latency --------------------------------------------------
    Cue("latency", T, 3, "performance"),
    Cue("p99", T, 3, "performance"),
    Cue("tail latency", T, 3, "performance"),
    Cue("response time", T, 3, "performance"),
    Cue("slow", T, 2, "performance", (SLOWNESS,)),
    Cue("sluggish", T, 2, "performance", (SLOWNESS,)),
    Cue("laggy", T, 2, "performance"),
    Cue("crawl", T, 2, "performance", (SLOWNESS,)),
    Cue("takes forever", T, 2, "performance", (SLOWNESS,)),
    Cue("takes ages", T, 2, "performance", (SLOWNESS,)),
    Cue("unusable", T, 1, "performance"),
    Cue("hang", T, 2, "performance", (SLOWNESS,)),
    Cue("freeze", T, 2, "performance", (SLOWNESS,)),
    Cue("load time", T, 3, "performance"),
    Cue("page load", T, 3, "performance"),
    Cue("to load", T, 2, "performance"),
    Cue("seconds to load", T, 3, "performance"),
    # "the avalanche alert page takes minutes to open" (set 22 read).
    # Not "minutes to respond" (people's: "reviewers take minutes to respond to a ping") nor "minutes to open a ticket"
    # (an action's: NEUTRAL_PHRASES), both from an attack review.
    *(Cue(f"{unit} to open", T, 3, "performance") for unit in ("seconds", "minutes")),
    Cue("minutes to load", T, 3, "performance"),
    Cue("cold start", T, 3, "performance"),
    Cue("seconds", T, 2, "performance"),
    Cue("milliseconds", T, 2, "performance"),
    Cue("spinner", T, 2, "performance"),
    # A stream that stalls to load (set 43 read as a development set: "the streaming server buffering during every live
    # match").
    Cue("buffering", T, 2, "performance"),
    # Speed that was, said against what is now: "the sample lookup used to be instant" (set 43 read as a development
    # set); of a system or what it serves, not of onboarding or support (CONTEXT_RULES).
    *(Cue(f"used to be {fast}", T, 2, "performance", (SLOWNESS,)) for fast in USED_TO_BE_FAST),
    # A screen that does nothing after a tap: "drivers tap confirm and the app just sits there" (set 43 read). Of a
    # screen or a device only (CONTEXT_RULES): "the SSO request just sat there on our roadmap" is a plan put off.
    *(Cue(f"just {sits} there", T, 2, "performance", (SLOWNESS,)) for sits in ("sits", "sat")),
    Cue("time to first byte", T, 3, "performance"),
    Cue("ttfb", T, 3, "performance"),
    Cue("web vitals", T, 2, "performance"),
    Cue("memory usage", T, 3, "performance"),
    Cue("cpu usage", T, 3, "performance"),
    Cue("headroom", T, 2, "performance"),
    Cue("jank", T, 2, "performance"),
    Cue("janky", T, 2, "performance"),
    Cue("fast", T, 1, "performance"),
    Cue("render", T, 1, "performance"),
    Cue("starve", T, 2, "performance"),
    Cue("hog", T, 2, "performance"),
    Cue("contention", T, 2, "performance"),
    Cue("startup time", T, 3, "performance"),
    # A system starting, not a company: "the X startup" is how the tables' writers name where they work ("at our
    # wine-export paperwork startup", set 39 read: 15 of them), so "startup" alone is no cue.
    # Not "during" nor "after": cue words are read as misspellings' targets ("daring" would be "during").
    *(Cue(f"{when} startup", T, 1, "performance") for when in ("on", "at", "slow", "cold", "app")),
    Cue("startup takes", T, 1, "performance"),  # "the service's startup takes four minutes" (an attack review)
    Cue("startup crash", T, 2, "performance"),
    Cue("bundle size", T, 2, "performance"),
    Cue("load", T, 1, "performance"),
    Cue("workload", T, 1, "performance"),
    Cue("concurrency", T, 2, "performance"),
    Cue("heap", T, 2, "performance"),
    Cue("fan out", T, 2, "performance"),
    Cue("tail", T, 1, "performance"),
    Cue("bandwidth", T, 2, "performance"),
    Cue("saturate", T, 2, "performance"),
    Cue("saturation", T, 2, "performance"),
    Cue("payload", T, 2, "performance"),
    Cue("megabytes", T, 1, "performance"),
    Cue("json", T, 1, "performance"),
    Cue("response", T, 1, "performance"),
    Cue("endpoint", T, 1, "performance"),
    Cue("api", T, 1, "performance"),
    Cue("backend", T, 1, "performance"),
    Cue("ram", T, 2, "performance"),
    Cue("leak", T, 2, "performance"),
    Cue("thread", T, 1, "performance"),
    Cue("battery", T, 1, "performance"),
    Cue("at scale", T, 2, "reliability"),
    Cue("scaling issues", T, 1, "reliability"),
    Cue("scaling problems", T, 1, "reliability"),
    Cue("lambda", T, 1, "performance"),
    Cue("serverless", T, 1, "performance"),
    Cue("performance", T, 2, "performance"),
    Cue("bottleneck", T, 1, "performance"),
    Cue("hot path", T, 2, "performance"),
    Cue("cpu", T, 2, "performance"),
    Cue("cpus", T, 2, "performance"),  # the stem keeps a final "us" ("status"): the plural is a cue of its own
    Cue("memory", T, 2, "performance"),
    Cue("memory leak", T, 3, "performance"),
    Cue("oom", T, 3, "performance", (FAILURE,)),
    Cue("garbage collection", T, 2, "performance"),
    Cue("throughput", T, 2, "performance"),
    Cue("under load", T, 3, "performance"),
    Cue("peak", T, 2, "performance"),
    Cue("spike", T, 1, "performance"),
    Cue("lag", T, 1, "performance"),
    # ---- technical: reliability and capacity -----------------------------------------------
    Cue("outage", T, 3, "reliability", (FAILURE,)),
    Cue("downtime", T, 3, "reliability", (FAILURE,)),
    Cue("went down", T, 3, "reliability", (FAILURE,)),
    Cue("goes down", T, 3, "reliability", (FAILURE,)),
    Cue("was down", T, 3, "reliability", (FAILURE,)),
    Cue("is down", T, 2, "reliability", (FAILURE,)),
    Cue("site down", T, 3, "reliability", (FAILURE,)),
    Cue("fall over", T, 3, "reliability", (FAILURE,)),
    # A reader's review: "our database gets overloaded every week" had no technical cue (a team's overload is the
    # people's load: LOAD_CUES).
    Cue("overloaded", T, 2, "reliability"),
    Cue("knock over", T, 3, "reliability", (FAILURE,)),
    Cue("backup", T, 1, "reliability"),
    Cue("crash", T, 2, "reliability", (FAILURE,)),
    Cue("5xx", T, 3, "reliability", (FAILURE,)),
    Cue("error rate", T, 3, "reliability", (FAILURE,)),
    Cue("error", T, 1, "reliability", (FAILURE,)),
    Cue("down", T, 2, "reliability", (FAILURE,)),
    Cue("break", T, 1, "reliability", (FAILURE,)),
    # Said of a system only, as "break" (CONTEXT_RULES): "coordination between the two teams has broken down" is no
    # outage (set 35 read: "down" alone counted).
    Cue("break down", T, 2, "reliability", (FAILURE,)),
    Cue("fail", T, 1, "reliability", (FAILURE,)),
    Cue("unavailable", T, 2, "reliability", (FAILURE,)),
    Cue("unresponsive", T, 2, "reliability", (FAILURE,)),
    # Set 31 read: "the society's site went dark for two hours, nobody could reach it" had no technical cue (each
    # counts only said of a system: CONTEXT_RULES).
    Cue("unreachable", T, 2, "reliability", (FAILURE,)),
    Cue("went dark", T, 2, "reliability", (FAILURE,)),
    Cue("goes dark", T, 2, "reliability", (FAILURE,)),
    # Set 33 read: "the results page won't stay up on draw night" had no cue (each counts only said of a system:
    # CONTEXT_RULES; "the on-call engineer can't stay up all night" is a person).
    *(Cue(f"{verb} stay up", T, 3, "reliability", (FAILURE,)) for verb in STAY_UP_VERBS),
    # A ceiling on how much a system takes: "the gateway can't handle more than a few thousand devices" (set 33 read).
    *(Cue(phrase, T, 2, "reliability") for phrase in (*CEILING_PHRASES, *LOADS_NOT_HANDLED, *LOADS_NOT_TAKEN)),
    Cue("degrade", T, 2, "reliability", (FAILURE,)),
    Cue("brownout", T, 3, "reliability", (FAILURE,)),
    Cue("sev1", T, 2, "reliability", (FAILURE,)),
    Cue("availability", T, 2, "reliability"),
    Cue("uptime", T, 2, "reliability"),
    Cue("slo", T, 2, "reliability"),
    Cue("sla", T, 2, "reliability"),
    Cue("capacity", T, 2, "reliability"),
    Cue("scalability", T, 2, "reliability"),
    Cue("traffic", T, 1, "reliability"),
    Cue("black friday", T, 2, "reliability"),
    # A peak of orders, as Black Friday is; not a sale lost or won (sets 46 and 47 read as development sets).
    Cue("flash sale", T, 2, "reliability"),
    Cue("single point of failure", T, 3, "reliability"),
    Cue("failover", T, 2, "reliability", (FAILURE,)),
    Cue("disaster recovery", T, 2, "reliability"),
    Cue("load balancer", T, 2, "reliability"),
    Cue("kubernetes", T, 1, "reliability"),
    Cue("pod", T, 1, "reliability"),
    Cue("crashloop", T, 3, "reliability", (FAILURE,)),
    Cue("deadlock", T, 3, "reliability"),
    Cue("race condition", T, 2, "reliability"),
    Cue("connection pool", T, 3, "reliability"),
    # A resource exhausted, as "out of memory" is (an attack review: "Our API gateway ran out of connections"). Not
    # "out of capacity": a team is out of capacity too ("capacity" is a load cue, read of people or of a system).
    Cue("out of connections", T, 3, "reliability", (FAILURE,)),
    Cue("out of disk", T, 3, "reliability", (FAILURE,)),
    # Storage running out as it happens: "paged 14 times, all for the same disk filling up on the log servers" (sets
    # 46 and 47 read as development sets); read as FILLS_UP_CUE of storage only (FILLING_STORAGE).
    Cue("storage fills up", T, 3, "reliability", (FAILURE,)),
    Cue("exhaustion", T, 2, "reliability"),
    Cue("noisy neighbour", T, 2, "reliability"),
    Cue("infrastructure", T, 1, "reliability"),
    Cue("server", T, 1, "reliability"),
    Cue("cluster", T, 1, "reliability"),
    Cue("concurrent", T, 2, "reliability"),
    Cue("keep up", T, 2, "reliability"),
    Cue("melt", T, 2, "reliability", (FAILURE,)),
    Cue("restart", T, 1, "reliability"),
    Cue("data loss", T, 3, "reliability", (FAILURE,)),
    Cue("lost data", T, 3, "reliability", (FAILURE,)),
    Cue("doesnt scale", T, 2, "reliability"),
    Cue("cant scale", T, 2, "reliability"),
    Cue("wont scale", T, 2, "reliability"),
    Cue("not scale", T, 2, "reliability"),
    Cue("connection limit", T, 3, "reliability"),
    Cue("quota", T, 1, "reliability"),
    Cue("die", T, 2, "reliability", (FAILURE,)),
    Cue("died", T, 2, "reliability", (FAILURE,)),
    # "the order service dying every flash sale" (sets 46 and 47 read as development sets): of a system only
    # (CONTEXT_RULES), not "a dying project".
    Cue("dying", T, 2, "reliability", (FAILURE,)),
    Cue("single box", T, 2, "reliability"),
    Cue("single server", T, 2, "reliability"),
    Cue("single node", T, 2, "reliability"),
    Cue("single instance", T, 2, "reliability"),
    Cue("reliability", T, 2, "reliability"),
    Cue("unreliable", T, 2, "reliability"),
    Cue("stability", T, 2, "reliability"),
    Cue("unstable", T, 2, "reliability"),
    Cue("resilience", T, 2, "reliability"),
    Cue("redundancy", T, 2, "reliability"),
    Cue("multi region", T, 2, "reliability"),
    Cue("region", T, 1, "reliability"),
    Cue("ddos", T, 3, "reliability", (FAILURE,)),
    Cue("surge", T, 1, "reliability"),
    # A crowd arriving together is load ("when 8,000 people hit it at once", "all the lofts clock in at once": sets 38
    # and 39 read; 76 of the tables' 85 complaints with it are technical). A hint only: "everyone talks at once" in an
    # incident, "revoke access across all 14 workspaces at once" are said too.
    Cue("at once", T, 1, "reliability"),
    Cue("websocket", T, 1, "reliability"),
    Cue("connections", T, 1, "reliability"),
    Cue("microservices", T, 1, "reliability"),
    Cue("nodes", T, 1, "reliability"),
    Cue("monolith", T, 2, "reliability"),
    Cue("architecture", T, 1, "reliability"),
    Cue("hosts", T, 1, "reliability"),
    Cue("container", T, 1, "reliability"),
    Cue("network", T, 1, "reliability"),
    Cue("dns", T, 2, "reliability", (FAILURE,)),
    Cue("certificate", T, 2, "reliability", (FAILURE,)),
    Cue("resources", T, 1, "reliability"),
    Cue("rearchitect", T, 2, "reliability"),
    Cue("re architect", T, 2, "reliability"),
    # ---- technical: caching ------------------------------------------------------------------
    Cue("cache", T, 3, "caching"),
    Cue("cache miss", T, 3, "caching"),
    Cue("hit rate", T, 3, "caching"),
    Cue("cache invalidation", T, 3, "caching"),
    Cue("cdn", T, 3, "caching"),
    Cue("redis", T, 2, "caching"),
    Cue("memcached", T, 2, "caching"),
    Cue("stale data", T, 2, "caching"),
    Cue("thundering herd", T, 3, "caching"),
    Cue("hours old", T, 2, "caching"),
    Cue("minutes old", T, 2, "caching"),
    Cue("every request", T, 2, "caching"),
    Cue("regenerate", T, 2, "caching"),
    Cue("recompute", T, 2, "caching"),
    Cue("recalculate", T, 2, "caching"),
    Cue("every page view", T, 2, "caching"),
    Cue("stale", T, 2, "caching"),
    Cue("old data", T, 2, "caching"),
    # "attendance reports still show yesterday until lunchtime" (set 23 read): data not refreshed; not what a page
    # shows of yesterday ("git history shows yesterday someone force-pushed", an attack review).
    Cue("still show yesterday", T, 2, "caching"),  # "still shows yesterday's numbers" too
    Cue("keep show yesterday", T, 2, "caching"),  # "keeps showing yesterday's numbers"
    # Yesterday's results shown "until someone reloads" (set 22 read): a hint only.
    Cue("reload", T, 1, "caching"),
    # ---- technical: indexing and data growth ---------------------------------------------------
    Cue("index", T, 3, "indexing"),
    Cue("slow query", T, 3, "indexing"),
    Cue("query", T, 2, "indexing"),
    Cue("full table scan", T, 3, "indexing"),
    Cue("table scan", T, 3, "indexing"),
    Cue("query plan", T, 3, "indexing"),
    Cue("n+1", T, 3, "indexing"),
    Cue("database", T, 2, "indexing"),
    Cue("postgres", T, 2, "indexing"),
    Cue("mysql", T, 2, "indexing"),
    Cue("mongo", T, 2, "indexing"),
    Cue("elasticsearch", T, 2, "indexing"),
    Cue("table", T, 1, "indexing"),
    Cue("rows", T, 2, "indexing"),
    Cue("replica", T, 2, "indexing"),
    Cue("replication lag", T, 3, "indexing"),
    Cue("shard", T, 3, "indexing"),
    Cue("partition", T, 2, "indexing"),
    Cue("data growth", T, 3, "indexing"),
    Cue("growing data", T, 3, "indexing"),
    Cue("data volume", T, 3, "indexing"),
    Cue("dataset", T, 2, "indexing"),
    Cue("terabytes", T, 2, "indexing"),
    Cue("storage", T, 2, "indexing"),
    Cue("disk", T, 2, "indexing"),
    Cue("out of space", T, 2, "indexing"),  # set 30 read: "the waveform store running out of space every month"
    Cue("lock", T, 2, "indexing"),
    Cue("table lock", T, 3, "indexing"),
    Cue("lock contention", T, 3, "indexing"),
    Cue("reindex", T, 3, "indexing"),
    Cue("search index", T, 3, "indexing"),
    Cue("opensearch", T, 2, "indexing"),
    Cue("schema", T, 1, "indexing"),
    Cue("data warehouse", T, 2, "indexing"),
    Cue("warehouse", T, 1, "indexing"),
    Cue("scan", T, 1, "indexing"),
    # ---- technical: queueing -------------------------------------------------------------------
    Cue("queue", T, 3, "queueing"),
    Cue("consumer lag", T, 3, "queueing"),
    Cue("kafka", T, 2, "queueing"),
    Cue("rabbitmq", T, 2, "queueing"),
    Cue("sqs", T, 2, "queueing"),
    Cue("dead letter", T, 3, "queueing"),
    Cue("backpressure", T, 3, "queueing"),
    Cue("back pressure", T, 3, "queueing"),
    Cue("background job", T, 3, "queueing"),
    Cue("batch job", T, 3, "queueing"),
    Cue("async job", T, 3, "queueing"),
    Cue("worker", T, 1, "queueing"),
    Cue("pile up", T, 2, "queueing"),
    Cue("data pipeline", T, 3, "queueing"),
    # Pipelines that carry data, not a delivery pipeline's builds (set 21 read: "the telemetry pipeline dropping data").
    *(Cue(f"{kind} pipeline", T, 3, "queueing") for kind in DATA_PIPELINE_KINDS),
    Cue("nightly job", T, 3, "queueing"),
    Cue("cron", T, 1, "queueing"),
    Cue("broker", T, 2, "queueing"),
    Cue("message broker", T, 3, "queueing"),
    Cue("lose messages", T, 3, "queueing", (FAILURE,)),
    Cue("lost messages", T, 3, "queueing", (FAILURE,)),
    Cue("synchronous", T, 2, "queueing"),
    Cue("async", T, 2, "queueing"),
    Cue("job", T, 1, "queueing"),
    Cue("import", T, 1, "queueing"),
    Cue("batch import", T, 3, "queueing"),
    Cue("bulk import", T, 3, "queueing"),
    Cue("event bus", T, 2, "queueing"),
    Cue("pub sub", T, 2, "queueing"),
    Cue("celery", T, 2, "queueing"),
    Cue("sidekiq", T, 2, "queueing"),
    Cue("arrive late", T, 3, "queueing"),
    Cue("minutes late", T, 2, "queueing"),
    Cue("hours late", T, 2, "queueing"),
    Cue("push notification", T, 1, "queueing"),
    Cue("refresh", T, 1, "queueing"),
    Cue("never finish", T, 2, "queueing"),
    Cue("behind", T, 1, "queueing"),
    Cue(SHOWS_UP_LATE_CUE, T, 2, "queueing"),
    Cue("sync", T, 1, "queueing"),
    Cue("export", T, 1, "queueing"),
    Cue("nightly", T, 1, "queueing"),
    Cue("ingestion", T, 2, "queueing"),
    # As a verb: "the telemetry store can't ingest data from the 2,000 new sensors" (sets 46 and 47 read).
    Cue("ingest", T, 2, "queueing"),
    Cue("ingestion pipeline", T, 3, "queueing"),
    Cue("etl", T, 2, "queueing"),
    Cue("fall behind", T, 2, "queueing"),
    Cue("webhook", T, 1, "queueing"),
    Cue("dropped events", T, 2, "queueing"),
    Cue("sync job", T, 2, "queueing"),
    # ---- technical: timeouts, retries and backoff --------------------------------------------------------
    Cue("retry", T, 3, "retries"),
    Cue("retry storm", T, 3, "retries"),
    Cue("backoff", T, 3, "retries"),
    # A payment taken twice, the mark of a retry the system did not make safe (every row of the tables that says it is
    # technical: "pressed the button again and got charged twice").
    Cue("charged twice", T, 2, "retries"),
    Cue("circuit breaker", T, 3, "retries"),
    Cue("idempotent", T, 2, "retries"),
    Cue("idempotency", T, 2, "retries"),
    Cue("transient", T, 2, "retries"),
    Cue("rate limit", T, 2, "retries"),
    Cue("throttle", T, 2, "retries"),
    Cue("time out", T, 3, "retries", (FAILURE,)),
    Cue("flaky network", T, 3, "retries"),
    Cue("third party api", T, 2, "retries"),
    Cue("upstream", T, 1, "retries"),
    Cue("hiccup", T, 1, "retries"),
    Cue("downstream", T, 1, "retries"),
    Cue("duplicate", T, 1, "retries"),
    Cue("double charged", T, 2, "retries"),
    Cue("double send", T, 2, "retries"),
    Cue("jitter", T, 2, "retries"),
    Cue("reconnect", T, 2, "retries"),
    # ---- technical: cost optimisation ------------------------------------------------------------
    Cue("cloud cost", T, 3, "cost_optimisation"),
    Cue("cloud bill", T, 3, "cost_optimisation"),
    Cue("aws bill", T, 3, "cost_optimisation"),
    Cue("infrastructure cost", T, 3, "cost_optimisation"),
    Cue("cost", T, 2, "cost_optimisation"),
    Cue("bill", T, 1, "cost_optimisation"),
    Cue("compute", T, 1, "cost_optimisation"),
    Cue("aws invoice", T, 3, "cost_optimisation"),
    Cue("cloud invoice", T, 3, "cost_optimisation"),
    Cue("spend", T, 1, "cost_optimisation"),
    Cue("cloud spend", T, 3, "cost_optimisation"),
    Cue("expensive", T, 1, "cost_optimisation"),
    Cue("aws", T, 1, "cost_optimisation"),
    Cue("gcp", T, 1, "cost_optimisation"),
    Cue("azure", T, 1, "cost_optimisation"),
    Cue("cloud", T, 1, "cost_optimisation"),
    Cue("s3", T, 1, "cost_optimisation"),
    Cue("idle instance", T, 3, "cost_optimisation"),
    Cue("overprovisioned", T, 3, "cost_optimisation"),
    Cue("over provisioned", T, 3, "cost_optimisation"),
    Cue("autoscaling", T, 2, "cost_optimisation"),
    Cue("egress", T, 3, "cost_optimisation"),
    Cue("finops", T, 3, "cost_optimisation"),
    Cue("budget", T, 1, "cost_optimisation"),
    Cue("burn through", T, 2, "cost_optimisation"),
    Cue("snowflake", T, 1, "cost_optimisation"),
    Cue("utilisation", T, 2, "cost_optimisation"),
    Cue("pay for", T, 1, "cost_optimisation"),
    Cue("gross margin", T, 2, "cost_optimisation"),
    Cue("margin", T, 1, "cost_optimisation"),
    Cue("cogs", T, 3, "cost_optimisation"),
    Cue("unit cost", T, 3, "cost_optimisation"),
    Cue("cheaper", T, 1, "cost_optimisation"),
    Cue("right size", T, 3, "cost_optimisation"),
    Cue("savings", T, 1, "cost_optimisation"),
    Cue("gpu", T, 1, "cost_optimisation"),
    Cue("gpus", T, 1, "cost_optimisation"),
    Cue("idle", T, 2, "cost_optimisation"),
    Cue("overpay", T, 2, "cost_optimisation"),
    Cue("reserved instance", T, 3, "cost_optimisation"),
    Cue("instance", T, 1, "cost_optimisation"),
    # ---- process: release trains ---------------------------------------------------------------
    Cue("release", P, 2, "release_trains", (CHANGE, WORKFLOW)),
    Cue("release train", P, 3, "release_trains", (CHANGE,)),
    Cue("release cadence", P, 3, "release_trains", (CHANGE,)),
    Cue("release schedule", P, 3, "release_trains", (CHANGE,)),
    Cue("release manager", P, 3, "release_trains", (CHANGE,)),
    Cue("big bang", P, 3, "release_trains", (CHANGE,)),
    Cue("deploy", P, 2, "release_trains", (CHANGE, WORKFLOW)),
    Cue("ship", P, 1, "release_trains", (CHANGE, WORKFLOW)),
    Cue("roll out", P, 2, "release_trains", (CHANGE,)),
    Cue("go live", P, 1, "release_trains", (CHANGE,)),
    Cue("push to production", P, 2, "release_trains", (CHANGE,)),
    # A change past every gate: "hotfixes go straight to prod", "we merge directly to main" (all 29 rows of the tables
    # that say it are process; set 13's "stop pushing straight to main" was a guess of the fallback model).
    *(
        Cue(f"{how} to {where}", P, 2, "quality_gates", (CHANGE,))
        for how in ("straight", "directly")
        for where in ("main", "master", "trunk", "production")  # "prod" is "production" (ABBREVIATIONS)
    ),
    Cue("code freeze", P, 3, "release_trains"),
    Cue("change freeze", P, 3, "release_trains"),
    Cue("main branch", P, 2, "release_trains"),
    Cue("trunk", P, 2, "release_trains"),
    Cue("manual deploy", P, 3, "release_trains", (CHANGE, WORKFLOW)),
    Cue("manual release", P, 3, "release_trains", (CHANGE, WORKFLOW)),
    Cue("release window", P, 3, "release_trains"),
    Cue("backport", P, 2, "release_trains"),
    Cue("babysit", P, 2, "release_trains"),
    Cue("release notes", P, 2, "release_trains"),
    Cue("changelog", P, 2, "release_trains"),
    Cue("branch", P, 1, "release_trains"),
    Cue("commit", P, 1, "release_trains"),
    Cue("git", P, 1, "release_trains"),
    Cue("repo", P, 1, "release_trains"),
    Cue("release process", P, 3, "release_trains", (CHANGE, WORKFLOW)),
    Cue("cadence", P, 2, "release_trains"),
    Cue("feature branch", P, 2, "release_trains"),
    Cue("merge hell", P, 3, "release_trains"),
    Cue("integration hell", P, 3, "release_trains"),
    Cue("deploy freeze", P, 3, "release_trains"),
    Cue("friday", P, 1, "release_trains"),
    Cue("merge", P, 1, "release_trains", (CHANGE, WORKFLOW)),
    Cue("merge conflict", P, 3, "release_trains"),
    # Changes waiting to land, not a system's queue: "the merge queue has 38 open branches" (set 43 read as a
    # development set).
    Cue("merge queue", P, 3, "release_trains", (WORKFLOW,)),
    Cue("long lived branch", P, 3, "release_trains"),
    Cue("feature flag", P, 2, "release_trains"),
    Cue("cherry pick", P, 2, "release_trains"),
    Cue("change", P, 1, "release_trains", (CHANGE,)),
    Cue("config change", P, 2, "release_trains", (CHANGE,)),
    Cue("schema change", P, 2, "release_trains", (CHANGE,)),
    Cue("upgrade", P, 1, "release_trains", (CHANGE,)),
    Cue("migration", P, 1, "release_trains", (CHANGE,)),
    # ---- process: quality gates ----------------------------------------------------------------
    Cue("regression", P, 3, "quality_gates", (FAILURE,)),
    Cue("regressed", P, 3, "quality_gates", (FAILURE,)),
    Cue("bug", P, 2, "quality_gates", (FAILURE,)),
    Cue("defect", P, 2, "quality_gates", (FAILURE,)),
    Cue("flaky", P, 2, "quality_gates"),
    Cue("flaky test", P, 3, "quality_gates"),
    Cue("test", P, 2, "quality_gates", (WORKFLOW,)),
    Cue("load test", T, 2, "performance"),
    Cue("test suite", P, 3, "quality_gates", (WORKFLOW,)),
    Cue("test coverage", P, 3, "quality_gates"),
    Cue("unit test", P, 3, "quality_gates"),
    Cue("integration test", P, 3, "quality_gates"),
    Cue("e2e", P, 3, "quality_gates", (WORKFLOW,)),
    Cue("smoke test", P, 3, "quality_gates"),
    Cue("qa", P, 3, "quality_gates", (WORKFLOW,)),
    Cue("code review", P, 3, "quality_gates", (WORKFLOW,)),
    Cue("review", P, 1, "quality_gates", (WORKFLOW,)),
    # Who reviews, waited for: "the hard part is the three-day wait for a reviewer on the fix" (attack 32's row, a guess
    # of the fallback model until the cues of sets 44 and 45 retrained it).
    Cue("reviewer", P, 1, "quality_gates", (WORKFLOW,)),
    # Set 31 read: "changes wait a week for a second pair of eyes" is a review queue.
    Cue("second pair of eyes", P, 2, "quality_gates", (WORKFLOW,)),
    # Who may merge or ship is the team's gate, not a product's roles ("only two people have permission to merge":
    # a convergence review; it tied with user).
    Cue("permission to merge", P, 3, "quality_gates", (WORKFLOW,)),  # beside code only (CONTEXT_RULES)
    Cue("permission to release", P, 3, "quality_gates", (WORKFLOW,)),
    Cue("merge rights", P, 3, "quality_gates", (WORKFLOW,)),
    Cue("pr", P, 2, "quality_gates", (WORKFLOW,)),
    Cue("ci", P, 2, "quality_gates", (WORKFLOW,)),
    Cue("pipeline", P, 2, "quality_gates", (WORKFLOW,)),
    Cue("build", P, 1, "quality_gates", (WORKFLOW,)),
    Cue("red build", P, 3, "quality_gates"),
    Cue("build time", P, 3, "quality_gates"),
    Cue("rubber stamp", P, 3, "quality_gates"),
    Cue("definition of done", P, 3, "quality_gates"),
    Cue("buggy", P, 2, "quality_gates"),
    Cue("guardrail", P, 3, "quality_gates"),
    Cue("safeguard", P, 2, "quality_gates"),
    Cue("nothing stopped", P, 2, "quality_gates"),
    Cue("accidentally", P, 1, "quality_gates"),
    Cue("human error", P, 3, "quality_gates"),
    Cue("config mistake", P, 2, "quality_gates"),
    Cue("mistake", P, 1, "postmortems", (RESPONSE,)),
    Cue("static analysis", P, 3, "quality_gates"),
    Cue("coverage", P, 2, "quality_gates"),
    Cue("red", P, 2, "quality_gates"),
    Cue("spec", P, 1, "quality_gates"),
    Cue("requirements", P, 1, "quality_gates"),
    Cue("nightly build", P, 2, "quality_gates"),
    Cue("quality gate", P, 3, "quality_gates"),
    Cue("lint", P, 2, "quality_gates"),
    Cue("canary", P, 2, "quality_gates"),
    Cue("staging environment", P, 2, "quality_gates"),
    Cue("hotfix", P, 2, "quality_gates", (CHANGE,)),
    Cue("roll back", P, 2, "quality_gates", (FAILURE,)),
    Cue("rerun", P, 2, "quality_gates"),
    # People retrying a build by hand (CONTEXT_RULES: "CI fails 1 in 3 runs, everyone just hits retry", set 43 read
    # as a development set); not a system's retries, nor a user's ("users hit retry and checkout fails again").
    *(Cue(f"{hit} retry", P, 2, "quality_gates") for hit in ("hit", "press")),
    Cue("re run", P, 2, "quality_gates"),
    Cue("goes green", P, 2, "quality_gates"),
    Cue("keeps coming back", P, 2, "quality_gates"),
    Cue("change failure rate", P, 3, "quality_gates"),
    # ---- process: on-call -------------------------------------------------------------------------
    Cue("on call", P, 3, "on_call", (RESPONSE,)),
    Cue("pager", P, 3, "on_call", (RESPONSE,)),
    Cue("pagerduty", P, 3, "on_call", (RESPONSE,)),
    Cue("paged at", P, 3, "on_call", (RESPONSE,)),
    *(Cue(f"pages at {when}", P, 3, "on_call", (RESPONSE,)) for when in PAGED_WHEN),
    Cue("paged me", P, 3, "on_call", (RESPONSE,)),
    Cue("paged us", P, 3, "on_call", (RESPONSE,)),
    Cue("being paged", P, 3, "on_call", (RESPONSE,)),
    Cue("paged again", P, 3, "on_call", (RESPONSE,)),
    Cue("got paged", P, 3, "on_call", (RESPONSE,)),
    Cue("get paged", P, 3, "on_call", (RESPONSE,)),
    Cue("alert", P, 2, "on_call"),
    Cue("alert fatigue", P, 3, "on_call", (RESPONSE,)),
    Cue("noisy alert", P, 3, "on_call"),
    Cue("3am", P, 2, "on_call", (RESPONSE,)),
    Cue("woken up", P, 3, "on_call", (RESPONSE,)),
    Cue("woke up", P, 3, "on_call", (RESPONSE,)),
    Cue("scramble", P, 2, "on_call", (RESPONSE,)),
    Cue("in charge", P, 2, "on_call", (RESPONSE,)),
    Cue("interrupt", P, 2, "on_call"),
    Cue("alert noise", P, 3, "on_call", (RESPONSE,)),
    Cue("middle of the night", P, 2, "on_call", (RESPONSE,)),
    Cue("weekend", P, 1, "on_call"),
    Cue("burnout", P, 3, "on_call"),
    Cue("firefight", P, 3, "on_call", (RESPONSE,)),
    Cue("fire", P, 1, "on_call"),
    Cue("escalation", P, 2, "on_call"),
    Cue("escalate", P, 2, "on_call"),
    Cue("rotation", P, 2, "on_call"),
    Cue("incident", P, 1, "on_call", (FAILURE,)),
    Cue("incident response", P, 3, "on_call", (RESPONSE,)),
    Cue("incident commander", P, 3, "on_call", (RESPONSE,)),
    Cue("war room", P, 3, "on_call", (RESPONSE,)),
    Cue("mttr", P, 3, "on_call", (RESPONSE,)),
    Cue("mttd", P, 3, "on_call", (RESPONSE,)),
    Cue("toil", P, 3, "on_call"),
    Cue("ownership", P, 2, "on_call"),
    Cue("who owns", P, 3, "on_call"),
    # Who fixes or owns a thing, disputed: "nobody agrees who fixes things after launch", "no two teams agree on who
    # fixes the shared auth library" (sets 44 and 45 read as development sets, one writer each).
    Cue("agree who", P, 2, "on_call"),
    Cue("agree on who", P, 2, "on_call"),
    # Work handed on unchecked: "art and engineering throwing builds over the wall at each other" (set 45 read).
    Cue("over the wall", P, 2, "delivery"),  # weaker: "we throw data over the wall to the warehouse" (an attack)
    # Of a team: "we can't figure out which team owns the payments code" (set 25 read).
    # Weaker than "who owns": a security questionnaire asks "what team owns their data" (an attack review).
    Cue("which team owns", P, 2, "on_call"),
    Cue("what team owns", P, 2, "on_call"),
    Cue("sleep", P, 2, "on_call"),
    Cue("heroics", P, 2, "on_call"),
    Cue("nobody owns", P, 3, "on_call", (RESPONSE,)),
    Cue("no owner", P, 3, "on_call", (RESPONSE,)),
    Cue("overtime", P, 2, "on_call"),
    Cue("status page", P, 2, "on_call", (RESPONSE,)),
    Cue("commander", P, 2, "on_call", (RESPONSE,)),
    Cue("chaos", P, 1, "on_call"),
    Cue("tired", P, 1, "on_call"),
    Cue("triage", P, 2, "on_call", (RESPONSE,)),
    Cue("pulled into", P, 2, "on_call"),
    Cue("every outage", P, 2, "on_call", (RESPONSE,)),
    Cue("every incident", P, 2, "on_call", (RESPONSE,)),
    Cue("incident process", P, 3, "on_call", (RESPONSE,)),
    Cue("same engineers", P, 2, "on_call"),
    Cue("same people", P, 2, "on_call"),
    Cue("whoever", P, 1, "on_call"),
    Cue("monitoring", P, 1, "on_call", (RESPONSE,)),
    Cue("owner", P, 1, "on_call"),
    Cue("owns it", P, 2, "on_call"),
    Cue("owns them", P, 2, "on_call"),
    Cue("are paged", P, 3, "on_call", (RESPONSE,)),
    Cue("is paged", P, 3, "on_call", (RESPONSE,)),
    Cue("were paged", P, 3, "on_call", (RESPONSE,)),
    Cue("was paged", P, 3, "on_call", (RESPONSE,)),
    Cue("find out from customers", P, 3, "on_call", (RESPONSE,)),
    Cue("hear from customers", P, 3, "on_call", (RESPONSE,)),
    # ---- process: runbooks ----------------------------------------------------------------------------
    Cue("runbook", P, 3, "runbooks", (RESPONSE,)),
    Cue("playbook", P, 3, "runbooks", (RESPONSE,)),
    Cue("wiki", P, 2, "runbooks"),
    Cue("documentation", P, 1, "runbooks"),
    Cue("undocumented", P, 3, "runbooks", (RESPONSE,)),
    Cue("unreviewed change", P, 3, "quality_gates", (CHANGE,)),  # UNREVIEWED_CUE: "an unreviewed N+1 query change"
    Cue("written down", P, 3, "runbooks", (RESPONSE,)),
    Cue("tribal knowledge", P, 3, "runbooks", (RESPONSE,)),
    Cue("bus factor", P, 3, "runbooks", (RESPONSE,)),
    Cue("in one persons head", P, 3, "runbooks", (RESPONSE,)),  # ONES_HEAD_CUE: "lives in Dave's head"
    Cue("knows how", P, 3, "runbooks", (RESPONSE,)),
    Cue("checklist", P, 2, "runbooks"),
    Cue("manual step", P, 3, "runbooks"),
    Cue("procedure", P, 2, "runbooks"),
    Cue("step by step", P, 2, "runbooks"),
    Cue("silo", P, 2, "runbooks"),
    Cue("knowledge silo", P, 3, "runbooks"),
    Cue("nobody remembers", P, 3, "runbooks", (RESPONSE,)),
    Cue("recovery steps", P, 3, "runbooks", (RESPONSE,)),
    Cue("written process", P, 3, "runbooks", (RESPONSE,)),
    Cue("nobody knows", P, 3, "runbooks", (RESPONSE,)),
    # What only one person knows: "the same two people take every page because nobody else knows the system" (set 42
    # read as a development set; "no one else" reads as "nobody else"), and KNOWN_BY_FEW_CUE.
    *(Cue(f"nobody else {knows}", P, 3, "runbooks", (RESPONSE,)) for knows in ("knows", "understands")),
    # And of those still here: "half the team quit and nobody left understands the pricing engine" (sets 46 and 47
    # read as development sets).
    # A weak hint: what nobody understands may be a screen or a bill ("Nobody understands the onboarding wizard, so
    # trial users churn": a diff review); nobody left who does is knowledge lost (below).
    Cue("nobody understands", P, 1, "runbooks", (RESPONSE,)),
    # Not "knows": "Nobody left knows how the sharding works" is read by "knows how", a step not taken after
    # "nobody" (an attack review).
    *(Cue(f"nobody {who} understands", P, 3, "runbooks", (RESPONSE,)) for who in ("left", "here", "still")),
    # Documentation nobody wrote: "Nobody has documented how the failover works" (an attack review).
    *(Cue(phrase, P, 3, "runbooks", (RESPONSE,)) for phrase in DOCUMENTING_CUES),
    # Only one person can change it (set 41 read as a development set: "written by one contractor and nobody else can
    # change it"); said of "it", the work, not of a customer's settings ("nobody else can change their password").
    *(Cue(f"nobody else can {verb} it", P, 3, "runbooks", (RESPONSE,)) for verb in ("change", "maintain", "fix")),
    # "nobody knew how to restart it" (set 24 read); not "nobody knew that any admin could read every record" (an
    # attack review: a discovery).
    Cue("nobody knew how", P, 3, "runbooks", (RESPONSE,)),
    Cue("steps", P, 1, "runbooks"),
    Cue("restore", P, 1, "runbooks", (RESPONSE,)),
    # ---- process: postmortems ----------------------------------------------------------------------
    Cue("postmortem", P, 3, "postmortems", (RESPONSE,)),
    Cue("incident review", P, 3, "postmortems", (RESPONSE,)),
    Cue("retro", P, 2, "postmortems"),
    Cue("root cause", P, 3, "postmortems", (RESPONSE,)),
    Cue("rca", P, 3, "postmortems", (RESPONSE,)),
    Cue("blame", P, 3, "postmortems", (RESPONSE,)),
    Cue("blameless", P, 3, "postmortems"),
    Cue("finger pointing", P, 3, "postmortems"),
    Cue("lessons learned", P, 3, "postmortems", (RESPONSE,)),
    Cue("action item", P, 3, "postmortems"),
    Cue("what went wrong", P, 3, "postmortems", (RESPONSE,)),
    Cue("happens again", P, 2, "postmortems", (RESPONSE,)),
    Cue("recurring", P, 2, "postmortems"),
    Cue("five whys", P, 3, "postmortems"),
    Cue("lessons", P, 2, "postmortems", (RESPONSE,)),
    Cue("same mistake", P, 3, "postmortems", (RESPONSE,)),
    Cue("relearn", P, 2, "postmortems", (RESPONSE,)),
    Cue("re learn", P, 2, "postmortems", (RESPONSE,)),
    Cue("repeat", P, 2, "postmortems", (RESPONSE,)),
    Cue("same incident", P, 2, "postmortems", (RESPONSE,)),
    Cue("same outage", P, 2, "postmortems", (RESPONSE,)),
    Cue("again and again", P, 2, "postmortems", (RESPONSE,)),
    Cue("keeps happening", P, 2, "postmortems", (RESPONSE,)),
    Cue("who pushed", P, 2, "postmortems"),
    Cue("whose fault", P, 3, "postmortems"),
    # Whose a thing is, asked: "nobody could agree whose service it was" (set 24 read); not "a bank whose service desk"
    # (an attack review).
    Cue("whose service it was", P, 3, "on_call", (RESPONSE,)),
    # And now: "Engineers keep asking in the channel whose job it is to fix things" (sets 46 and 47 read as development
    # sets); a job, not a queue's.
    *(
        Cue(f"whose {duty} {order}", P, 3, "on_call", (RESPONSE,))
        for duty in ("job", "responsibility", "problem")
        for order in ("it is", "is it", "it was", "was it")
    ),
    # Who should act, not known: "no idea who's meant to fix anything when it breaks" (sets 46 and 47 read).
    *(
        Cue(f"who {be}{meant} to {act}", P, 3, "on_call", (RESPONSE,))
        for be in ("", "is ", "was ")
        for meant in ("meant", "supposed")
        for act in ("fix", "own", "handle", "respond", "deal with", "look after")
    ),
    Cue("fault", P, 2, "postmortems"),
    Cue("scapegoat", P, 3, "postmortems"),
    Cue("write up", P, 3, "postmortems", (RESPONSE,)),
    Cue("what happened", P, 2, "postmortems", (RESPONSE,)),
    Cue("follow up", P, 2, "postmortems", (RESPONSE,)),
    # ---- process: predictable delivery -----------------------------------------------------------
    Cue("sprint", P, 2, "delivery"),
    Cue("deadline", P, 2, "delivery"),
    Cue("estimate", P, 2, "delivery"),
    Cue("velocity", P, 2, "delivery"),
    Cue("predictable", P, 2, "delivery"),
    Cue("unpredictable", P, 2, "delivery"),
    Cue("always late", P, 3, "delivery"),
    Cue("roadmap", P, 1, "delivery"),
    Cue("slip", P, 2, "delivery"),
    Cue("handoff", P, 2, "delivery"),
    Cue("into production", P, 2, "delivery", (CHANGE,)),
    Cue("priorities", P, 1, "delivery"),
    Cue("step on each other", P, 2, "delivery"),
    # "two teams changed the same API without telling each other"; lighter alone: "the service restarts without
    # telling anyone" is a system's (an attack review).
    Cue("without telling each other", P, 3, "delivery"),
    Cue("without telling the", P, 2, "delivery"),
    Cue("without telling", P, 1, "delivery"),
    # "four people fixed it separately and nobody told each other" (set 22 read); not what customers tell each other
    # ("parents tell each other to avoid the portal at 8am", an attack review).
    # Few phrases: each is training text of the fallback model too, which a dozen of them tipped (set 11's row).
    Cue("nobody told each other", P, 3, "delivery"),
    Cue("neither knew", P, 3, "delivery"),  # "two teams both built a calendar sync. Neither knew" (set 24 read)
    Cue("never told each other", P, 3, "delivery"),
    Cue("didnt tell each other", P, 3, "delivery"),
    Cue("without letting each other know", P, 3, "delivery"),
    Cue("lead time", P, 3, "delivery"),
    Cue("cycle time", P, 3, "delivery"),
    Cue("dora", P, 3, "delivery"),
    Cue("unplanned work", P, 3, "delivery"),
    Cue("context switching", P, 2, "delivery"),
    Cue("coordinate", P, 2, "delivery"),
    Cue("coordination", P, 2, "delivery"),
    # Set 31 read: two teams that "built the same export" did one piece of work twice, for want of talking. Not
    # "rebuilt the same": a word of a cue is never read as a slip of another, and "rebuilt" is one of "rebuild".
    Cue("built the same", P, 2, "delivery"),
    Cue("duplicated work", P, 2, "delivery"),
    Cue("duplicated effort", P, 2, "delivery"),
    Cue("sign off", P, 2, "delivery"),
    Cue("new engineers", P, 2, "delivery"),
    Cue("new hire", P, 2, "delivery"),
    # A team that grew faster than what it knows: "the team doubled and half of them don't know the conventions or where
    # anything lives" (set 42 read as a development set).
    *(Cue(f"{team} {grew}", P, 2, "delivery") for team in ("team", "headcount") for grew in ("doubled", "tripled")),
    # Not "where things live": "our EU customers need to decide where things live" is their data (an attack row).
    Cue("where anything lives", P, 2, "runbooks"),
    Cue("new developers", P, 2, "delivery"),  # "onboarding new developers is where we're stuck" (set 21 read)
    Cue("new devs", P, 2, "delivery"),  # "onboarding new devs takes forever" (set 23 read)
    Cue("developer onboarding", P, 3, "delivery"),
    # The team's own access to its tools and systems, waited for or held by few (set 48 read as a development set: "new
    # starters wait a month for laptop access, repo permissions and a buddy"; "finding someone with production access").
    # But a laptop's, only beside the team's people (CONTEXT_RULES: customers limit repo access for their contractors).
    *(Cue(f"{tool} {what}", P, 2, "delivery") for tool in ("laptop", *TEAM_TOOLS) for what in TOOL_ACCESS),
    Cue("engineer onboarding", P, 3, "delivery"),
    # Growing the team (a reader's review: "Hiring is slow" read technical, "slow" the only cue).
    Cue("hiring", P, 1, "delivery"),
    Cue("productive", P, 2, "delivery"),
    Cue("commitment", P, 2, "delivery"),
    Cue("scope creep", P, 3, "delivery"),
    # Asked for long ago and not out yet (set 49 read as a development set: "asked for a date-format fix in March and it
    # still isn't live in September").
    *(Cue(f"still {no} live", P, 2, "delivery") for no in ("not", "isnt", "is not")),
    Cue("meeting", P, 1, "delivery"),
    # The team's time asked for in meetings, not a product's invitations to its users: "calendar invites".
    *(Cue(f"{kind} invite", P, 2, "delivery") for kind in TEAM_INVITE_KINDS),
    Cue("sprint planning", P, 2, "delivery"),
    Cue("planning", P, 1, "delivery"),
    Cue("jira", P, 1, "delivery"),
    Cue("standup", P, 1, "delivery"),
    Cue("work in progress", P, 2, "delivery"),
    Cue("another team", P, 2, "delivery"),
    Cue("waiting on", P, 1, "delivery"),
    Cue("approval", P, 1, "delivery"),
    Cue("late", P, 1, "delivery"),
    Cue("crunch", P, 2, "delivery"),
    Cue("death march", P, 3, "delivery"),
    Cue("miscommunication", P, 2, "delivery"),
    # How the team works together, said as such (set 19, read as a development set: "the weak spot is how we work
    # together" had no cue).
    Cue("communication", P, 1, "delivery"),
    Cue("how we work", P, 2, "delivery"),
    Cue("way we work", P, 2, "delivery"),
    Cue("ways of working", P, 2, "delivery"),
    Cue("work together", P, 2, "delivery"),
    Cue("cross team", P, 2, "delivery"),
    Cue("between teams", P, 2, "delivery"),
    Cue("ticket", P, 1, "delivery"),
    Cue("blocked on", P, 1, "delivery"),
    Cue("delivery date", P, 3, "delivery"),
    Cue("due date", P, 2, "delivery"),
    Cue("behind schedule", P, 3, "delivery"),
    Cue("on schedule", P, 2, "delivery"),
    Cue("milestone", P, 2, "delivery"),
    Cue("delivery", P, 1, "delivery"),
    # ---- user: role-based access control ------------------------------------------------------------
    Cue("rbac", U, 3, "rbac"),
    Cue("permission", U, 3, "rbac"),
    Cue("role", U, 2, "rbac"),
    Cue("granular role", U, 3, "rbac"),
    Cue("custom role", U, 3, "rbac"),
    Cue("access control", U, 3, "rbac"),
    Cue("least privilege", U, 3, "rbac"),
    Cue("privilege", U, 2, "rbac"),
    Cue("read only", U, 3, "rbac"),
    Cue("access level", U, 3, "rbac"),
    Cue("restrict access", U, 3, "rbac"),
    Cue("restrict who", U, 3, "rbac"),
    Cue("who can", U, 2, "rbac"),
    # A reader's review: "customers can't control who sees what" had no cue.
    Cue("who sees what", U, 3, "rbac"),
    Cue("everyone can do everything", U, 3, "rbac"),  # OPEN_TO_ALL_CUE: any verb between
    Cue("cross tenant access", U, 3, "rbac"),  # OTHERS_DATA_CUE: "opened another museum's valuations"
    # Customers kept apart (sets 39 and 40, read again: "the transit authority requires each city operator to only ever
    # see its own riders"; "their field data sits in the same tables with nothing separating them").
    *(Cue(f"{what} isolation", U, 3, "rbac") for what in ("tenant", "data", "customer")),
    *(Cue(f"{what} segregation", U, 3, "rbac") for what in ("tenant", "data", "customer")),
    *(Cue(f"see {whose} own", U, 2, "rbac") for whose in ("its", "their")),
    Cue("who sees", U, 2, "rbac"),
    Cue("can see", U, 2, "rbac"),
    # In the past as now: "a supply teacher could see every pupil's notes", "was able to see" (an attack review).
    Cue("could see", U, 2, "rbac"),
    Cue("able to see", U, 2, "rbac"),
    # Sets 28 and 29 read as development sets: who must not see what. Not "walled off": "Ops is walled off from the
    # developers" is a team's (a diff review).
    Cue("must not see", U, 2, "rbac"),
    Cue("should not see", U, 2, "rbac"),
    Cue("can edit", U, 2, "rbac"),
    # Set 31 read: who cannot be held back from an action ("box office staff can't be stopped from issuing refunds")
    # is a want of roles; said of people only (a context rule: an attack review, "a runaway job can't be stopped
    # from ...").
    Cue("be stopped from", U, 2, "rbac"),
    Cue("be prevented from", U, 2, "rbac"),
    Cue("limit who", U, 2, "rbac"),
    Cue("limit what", U, 2, "rbac"),
    Cue("access", U, 1, "rbac"),
    Cue("viewer", U, 2, "rbac"),
    Cue("guest", U, 2, "rbac"),
    Cue("admin rights", U, 3, "rbac"),
    Cue("access rights", U, 3, "rbac"),
    Cue("rights", U, 1, "rbac"),
    Cue("access request", U, 2, "rbac"),
    Cue("private project", U, 2, "rbac"),
    Cue("visibility", U, 1, "rbac"),
    Cue("who had access", U, 3, "audit_logs"),
    Cue("restrict", U, 2, "rbac"),
    Cue("private", U, 1, "rbac"),
    Cue("member", U, 1, "rbac"),
    Cue("share", U, 1, "rbac"),
    Cue("external users", U, 2, "rbac"),
    Cue("contractor", U, 2, "rbac"),
    # ---- user: audit logs ------------------------------------------------------------------------------
    Cue("audit log", U, 3, "audit_logs"),
    Cue("audit trail", U, 3, "audit_logs"),
    # A record no one can change, kept of every access (set 39's row, read again: "The forensic lab wants an immutable
    # record of every view and edit of evidence files").
    *(Cue(f"immutable {record}", U, 3, "audit_logs") for record in ("record", "log", "history")),
    *(Cue(f"tamper {proof}", U, 2, "audit_logs") for proof in ("proof", "evident")),
    Cue("activity log", U, 3, "audit_logs"),
    Cue("access log", U, 3, "audit_logs"),
    Cue("who changed", U, 3, "audit_logs"),
    Cue("who deleted", U, 3, "audit_logs"),
    Cue("who exported", U, 3, "audit_logs"),
    Cue("who accessed", U, 3, "audit_logs"),
    Cue("who viewed", U, 3, "audit_logs"),
    Cue("who edited", U, 3, "audit_logs"),
    Cue("who modified", U, 3, "audit_logs"),
    Cue("who removed", U, 3, "audit_logs"),
    Cue("who did what", U, 3, "audit_logs"),
    Cue("who downloaded", U, 3, "audit_logs"),
    Cue("who shared", U, 3, "audit_logs"),
    Cue("who logged in", U, 3, "audit_logs"),
    Cue("who invited", U, 3, "audit_logs"),
    Cue("who created", U, 3, "audit_logs"),
    Cue("login attempt", U, 2, "audit_logs"),
    Cue("login history", U, 3, "audit_logs"),
    Cue("which user", U, 2, "audit_logs"),
    Cue("which of their users", U, 3, "audit_logs"),
    Cue("login", U, 1, "admin_controls"),
    Cue("log in", U, 1, "admin_controls"),
    # Signing in with the accounts an organisation already runs is single sign-on, said without the word.
    # Not "company/corporate account": "our corporate account with the cloud provider" is a bill (an attack review).
    Cue("work account", U, 2, "admin_controls"),
    Cue("company login", U, 3, "admin_controls"),
    Cue("corporate login", U, 3, "admin_controls"),
    Cue("inactive users", U, 3, "admin_controls"),
    Cue("own users", U, 2, "admin_controls"),
    Cue("usage report", U, 2, "audit_logs"),
    Cue("which admin", U, 3, "audit_logs"),
    Cue("change history", U, 3, "audit_logs"),
    Cue("siem", U, 3, "audit_logs"),
    Cue("log export", U, 3, "audit_logs"),
    Cue("traceability", U, 2, "audit_logs"),
    # ---- user: governance and compliance -----------------------------------------------------------
    Cue("governance", U, 3, "governance"),
    Cue("compliance", U, 3, "governance"),
    Cue("compliant", U, 3, "governance"),
    Cue("soc2", U, 3, "governance"),
    Cue("iso27001", U, 3, "governance"),
    Cue("hipaa", U, 3, "governance"),
    Cue("gdpr", U, 3, "governance"),
    # The law's and its officer's name said out ("the hospital's data protection officer rejected it": an attack).
    Cue("data protection", U, 3, "governance"),
    Cue("dpo", U, 3, "governance"),
    Cue("fedramp", U, 3, "governance"),
    Cue("pci", U, 3, "governance"),
    Cue("security questionnaire", U, 3, "governance"),
    Cue("questionnaire", U, 2, "governance"),
    Cue("security review", U, 3, "governance"),
    Cue("vendor assessment", U, 3, "governance"),
    Cue("pen test", U, 2, "governance"),
    Cue("data residency", U, 3, "governance"),
    # Storage kept apart by place: "Without separate data storage per region, we can't sell to the public sector in
    # Canada" (set 44 read as a development set). Weaker than "data residency": "Our in-region storage is nearly full"
    # is capacity (a diff review).
    *(
        Cue(f"{what} per {place}", U, 2, "governance")
        for what in ("storage", "data")
        for place in ("region", "country")
    ),
    *(Cue(f"in {place} storage", U, 2, "governance") for place in ("region", "country")),
    Cue("data retention", U, 3, "governance"),
    Cue("retention", U, 2, "governance"),
    Cue("data deletion", U, 3, "governance"),
    Cue("policy", U, 2, "governance"),
    Cue("audit", U, 2, "governance"),
    Cue("approval flow", U, 3, "governance"),
    Cue("approval workflow", U, 3, "governance"),
    Cue("approval step", U, 3, "governance"),
    Cue("approve changes", U, 3, "governance"),
    Cue("legal", U, 1, "governance"),
    Cue("data is stored", U, 2, "governance"),
    Cue("regulated", U, 2, "governance"),
    Cue("baa", U, 3, "governance"),
    Cue("eu", U, 1, "governance"),
    Cue("auditor", U, 3, "governance"),
    Cue("security", U, 1, "governance"),
    Cue("privacy", U, 1, "governance"),
    Cue("externally", U, 2, "governance"),
    Cue("external sharing", U, 3, "governance"),
    Cue("data loss prevention", U, 3, "governance"),
    Cue("dlp", U, 3, "governance"),
    Cue("dpa", U, 2, "governance"),
    Cue("msa", U, 2, "enterprise_adoption"),
    Cue("legal review", U, 2, "governance"),
    Cue("approved apps", U, 3, "governance"),
    Cue("approved integrations", U, 3, "governance"),
    Cue("encryption key", U, 3, "governance"),
    Cue("byok", U, 3, "governance"),
    Cue("legal hold", U, 3, "governance"),
    Cue("ediscovery", U, 3, "governance"),
    Cue("data classification", U, 3, "governance"),
    Cue("sovereignty", U, 3, "governance"),
    Cue("regulator", U, 3, "governance"),
    Cue("how long we keep", U, 2, "governance"),
    Cue("data hosted", U, 3, "governance"),
    Cue("data location", U, 3, "governance"),
    Cue("risk assessment", U, 2, "governance"),
    Cue("attestation", U, 2, "governance"),
    Cue("certification", U, 2, "governance"),
    Cue("integration", U, 1, "governance"),
    Cue("encryption", U, 2, "governance"),
    Cue("customer managed key", U, 3, "governance"),
    Cue("trust", U, 1, "governance"),
    # ---- user: accessibility and localisation (the guide's "everyone in the organisation") ----------------------
    Cue("accessibility", U, 3, "accessibility_localisation"),
    Cue("screen reader", U, 3, "accessibility_localisation"),
    Cue("wcag", U, 3, "accessibility_localisation"),
    Cue("section 508", U, 3, "accessibility_localisation"),
    Cue("en 301 549", U, 3, "accessibility_localisation"),
    Cue("vpat", U, 3, "accessibility_localisation"),
    Cue("assistive", U, 3, "accessibility_localisation"),
    Cue("keyboard navigation", U, 2, "accessibility_localisation"),
    Cue("keyboard only", U, 2, "accessibility_localisation"),
    # Used without a mouse: "the platform is unusable with a keyboard, which kills public-sector bids" (sets 46 and 47
    # read as development sets).
    *(Cue(f"{by} a keyboard", U, 2, "accessibility_localisation") for by in ("with", "by", "using", "from")),
    *(
        Cue(phrase, U, 2, "accessibility_localisation")
        for phrase in ("keyboard users", "keyboard alone", "without a mouse")
    ),
    Cue("colour contrast", U, 2, "accessibility_localisation"),
    Cue("alt text", U, 2, "accessibility_localisation"),
    Cue("visually impaired", U, 2, "accessibility_localisation"),
    Cue("partially sighted", U, 2, "accessibility_localisation"),
    Cue("low vision", U, 2, "accessibility_localisation"),
    # Who needs it, said as themselves (an attack review); not "blind" alone: "a blind spot", "flying blind".
    Cue("colour blind", U, 3, "accessibility_localisation"),
    Cue("blind users", U, 3, "accessibility_localisation"),  # BLIND_USERS_CUE: "blind volunteers" (BLIND_PEOPLE)
    Cue("blind people", U, 3, "accessibility_localisation"),
    Cue("deaf", U, 2, "accessibility_localisation"),
    Cue("hard of hearing", U, 3, "accessibility_localisation"),
    Cue("dyslexia", U, 2, "accessibility_localisation"),
    Cue("dyslexic", U, 2, "accessibility_localisation"),
    Cue("disabilities", U, 2, "accessibility_localisation"),
    Cue("captions", U, 2, "accessibility_localisation"),
    Cue("subtitles", U, 2, "accessibility_localisation"),
    Cue("high contrast", U, 2, "accessibility_localisation"),
    Cue("localisation", U, 3, "accessibility_localisation"),
    Cue("internationalisation", U, 3, "accessibility_localisation"),
    Cue("untranslated", U, 3, "accessibility_localisation"),
    Cue("translation", U, 2, "accessibility_localisation"),  # CONTEXT_RULES: a language or a screen's text
    Cue("translated", U, 2, "accessibility_localisation"),  # CONTEXT_RULES: not "translated into downtime"
    Cue("right to left", U, 3, "accessibility_localisation"),
    Cue("language support", U, 3, "accessibility_localisation"),
    Cue("english only", U, 3, "accessibility_localisation"),
    Cue("only in english", U, 3, "accessibility_localisation"),
    # The product in a language its customers read: "will not adopt the tool until it is fully in French" (set 43 read
    # as a development set); as "English-only", of any other language (IN_A_LANGUAGE_CUE).
    Cue("in another language", U, 2, "accessibility_localisation"),
    # Dates, numbers and addresses as a customer's country writes them: "needs dates in local format, our UI shows US
    # format" (set 42 read as a development set).
    *(Cue(f"{what} format", U, 2, "accessibility_localisation") for what in ("date", "local", "number", "address")),
    # Dates in a country's order and prices in its currency, by their names (set 45 read as a development set: "dates
    # as month/day and prices with a dollar sign").
    *(Cue(order, U, 2, "accessibility_localisation") for order in ("month day", "day month", "mm dd", "dd mm")),
    *(Cue(f"{sign} sign", U, 2, "accessibility_localisation") for sign in ("dollar", "euro", "pound", "yen")),
    Cue("currency symbol", U, 2, "accessibility_localisation"),
    Cue("wrong currency", U, 2, "accessibility_localisation"),
    Cue("local currency", U, 2, "accessibility_localisation"),
    Cue("other languages", U, 2, "accessibility_localisation"),
    # Languages named as a class, and the money a country pays in (sets 48 and 49 read as development sets: "never built
    # to handle languages other than English", "prices in anything but US dollars").
    Cue("languages other than", U, 2, "accessibility_localisation"),
    Cue("non english", U, 3, "accessibility_localisation"),
    *(Cue(word, U, 2, "accessibility_localisation") for word in ("currency", "multi currency")),
    Cue("multilingual", U, 2, "accessibility_localisation"),
    # ---- user: templates ---------------------------------------------------------------------------------
    Cue("template", U, 3, "templates"),
    Cue("preset", U, 3, "templates"),
    Cue("blueprint", U, 2, "templates"),
    Cue("standardise", U, 2, "templates"),
    Cue("standard setup", U, 3, "templates"),
    Cue("from scratch", U, 2, "templates"),
    Cue("from zero", U, 2, "templates"),
    Cue("same setup", U, 3, "templates"),
    Cue("project setup", U, 3, "templates"),
    Cue("default settings", U, 3, "templates"),
    Cue("recreate", U, 2, "templates"),
    Cue("copy settings", U, 3, "templates"),
    Cue("guided setup", U, 2, "templates"),
    Cue("default", U, 1, "templates"),
    Cue("starter", U, 2, "templates"),
    Cue("recommended settings", U, 2, "templates"),
    Cue("onboarding", U, 1, "templates"),
    Cue("customer onboarding", U, 3, "templates"),
    Cue("onboarding checklist", U, 3, "templates"),
    Cue("reuse", U, 2, "templates"),
    Cue("reusable", U, 2, "templates"),
    Cue("one off", U, 2, "templates"),
    Cue("bespoke", U, 2, "templates"),
    Cue("custom setup", U, 2, "templates"),
    Cue("rebuild", U, 1, "templates"),
    # ---- user: admin controls and identity -----------------------------------------------------------
    Cue("admin", U, 2, "admin_controls"),
    Cue("admin console", U, 3, "admin_controls"),
    Cue("admin panel", U, 3, "admin_controls"),
    Cue("it admin", U, 3, "admin_controls"),
    Cue("sso", U, 3, "admin_controls"),
    Cue("saml", U, 3, "admin_controls"),
    Cue("scim", U, 3, "admin_controls"),
    Cue("okta", U, 3, "admin_controls"),
    Cue("active directory", U, 3, "admin_controls"),
    Cue("ldap", U, 3, "admin_controls"),
    Cue("idp", U, 3, "admin_controls"),
    Cue("mfa", U, 2, "admin_controls"),
    Cue("password policy", U, 3, "admin_controls"),
    Cue("password rules", U, 3, "admin_controls"),
    Cue("session timeout", U, 3, "admin_controls"),
    Cue("user provisioning", U, 3, "admin_controls"),
    Cue("provision users", U, 3, "admin_controls"),
    # Accounts made and removed one at a time for a customer's people: provisioning, done by hand.
    Cue("create account", U, 2, "admin_controls"),
    Cue("delete account", U, 2, "admin_controls"),
    Cue("disable account", U, 2, "admin_controls"),
    Cue("deactivate account", U, 3, "admin_controls"),
    Cue("accounts by hand", U, 3, "admin_controls"),
    # "we import users by hand for every new customer"; "importing user data takes hours" is an import's load, as
    # "import" alone is (a diff review: it read user).
    Cue("import user", U, 3, "admin_controls"),
    Cue("import user data", T, 1, "queueing"),
    Cue("account stays active", U, 3, "admin_controls"),
    Cue("account stays live", U, 3, "admin_controls"),
    Cue("account stays open", U, 3, "admin_controls"),
    # Access kept by someone who should have lost it, or asked away for one person: "when someone leaves a customer
    # company they can still get into our app", "please remove this person's access" (set 24 read).
    Cue("still get into", U, 2, "admin_controls"),
    Cue("still log in", U, 2, "admin_controls"),
    # "she can still log into our portal months later because the firm has no way to switch her off" (set 39's row,
    # read again); of a leaver or a customer's account, not of the team's own people (CONTEXT_RULES).
    *(Cue(f"still {verb}", U, 2, "admin_controls") for verb in STILL_LOG_VERBS),
    Cue("persons access", U, 2, "admin_controls"),
    Cue("provisioning", U, 2, "admin_controls"),
    Cue("offboard", U, 3, "admin_controls"),
    Cue("ex employee", U, 3, "admin_controls"),
    Cue("user management", U, 3, "admin_controls"),
    Cue("manage users", U, 3, "admin_controls"),
    Cue("add and remove users", U, 3, "admin_controls"),
    # Access scoped to one's own: "each site manager should only see their own dogs" (set 25 read).
    # Weight 2: "each squad can only see their own dashboards" is a team's view, not customers' access (a diff review).
    Cue("only see their own", U, 2, "rbac"),
    Cue("see only their own", U, 2, "rbac"),
    Cue("seat", U, 2, "admin_controls"),
    Cue("licence", U, 2, "admin_controls"),
    Cue("invite", U, 2, "admin_controls"),
    Cue("allowlist", U, 2, "admin_controls"),
    Cue("enforce", U, 2, "admin_controls"),
    Cue("lock down", U, 2, "admin_controls"),
    Cue("organisation wide", U, 3, "admin_controls"),
    Cue("whole organisation", U, 3, "admin_controls"),
    Cue("workspace", U, 1, "admin_controls"),
    Cue("tenant", U, 1, "admin_controls"),
    Cue("department", U, 2, "admin_controls"),
    Cue("team structure", U, 2, "admin_controls"),
    Cue("organisation structure", U, 2, "admin_controls"),
    Cue("org chart", U, 2, "admin_controls"),
    Cue("hierarchy", U, 2, "admin_controls"),
    Cue("shared billing", U, 2, "admin_controls"),
    Cue("consolidated billing", U, 2, "admin_controls"),
    Cue("business unit", U, 3, "admin_controls"),
    Cue("delegated admin", U, 3, "admin_controls"),
    Cue("cost centre", U, 3, "admin_controls"),
    Cue("invoice", U, 1, "enterprise_adoption"),
    Cue("company wide", U, 3, "admin_controls"),
    Cue("whole company", U, 2, "admin_controls"),
    Cue("bulk", U, 2, "admin_controls"),
    Cue("add users", U, 2, "admin_controls"),
    # A reader's review: "adding/removing users for Acme" had no cue ("add users" needs the two words together).
    Cue("remove users", U, 2, "admin_controls"),
    # Set 33 read: "branch directors keep phoning us to add or remove their own staff" (said of people only).
    Cue("add or remove", U, 2, "admin_controls"),
    Cue("settings", U, 1, "admin_controls"),
    # What the guide's admin controls are for: a customer's admin doing it without asking ("a self-service admin
    # control", guidance.py).
    Cue("self serve", U, 2, "admin_controls"),
    # What customers cannot set up by themselves, or must ask the vendor to (sets 52 and 53 read as development sets:
    # "new schools sign up and can't work out how to add classes", "their office manager has to email us to set them
    # up"); said of a customer only (SETTING_UP_WHO).
    *(Cue(phrase, U, 2, "admin_controls") for phrase in (*SELF_SETUP_ASKS, *SETUP_BY_PROXY)),
    Cue("self service", U, 2, "admin_controls"),
    Cue("transfer ownership", U, 3, "admin_controls"),
    Cue("handoff ownership", U, 3, "admin_controls"),
    Cue("workspace owner", U, 3, "admin_controls"),
    Cue("team management", U, 3, "admin_controls"),
    Cue("chargeback", U, 2, "admin_controls"),
    Cue("billing admin", U, 3, "admin_controls"),
    Cue("purchase order", U, 2, "enterprise_adoption"),
    Cue("account owner", U, 2, "admin_controls"),
    Cue("leaves the company", U, 2, "admin_controls"),
    Cue("sandbox", U, 2, "admin_controls"),
    Cue("manage accounts", U, 2, "admin_controls"),
    Cue("sub account", U, 2, "admin_controls"),
    # Accounts held under another, as a customer's organisation is built (set 48 read as a development set: "walled off
    # from the others under one parent account").
    *(Cue(f"{kind} account", U, 2, "admin_controls") for kind in ("parent", "master")),
    Cue("account hierarchy", U, 3, "admin_controls"),
    Cue("verified domain", U, 3, "admin_controls"),
    Cue("domain verification", U, 3, "admin_controls"),
    Cue("locked out", U, 1, "admin_controls"),
    Cue("organisation", U, 1, "admin_controls"),
    Cue("directory sync", U, 3, "admin_controls"),
    Cue("deactivate users", U, 3, "admin_controls"),
    Cue("suspend users", U, 2, "admin_controls"),
    Cue("ip restriction", U, 3, "admin_controls"),
    Cue("device management", U, 2, "admin_controls"),
    Cue("mdm", U, 2, "admin_controls"),
    # ---- user: enterprise adoption ---------------------------------------------------------------------
    Cue("enterprise", U, 2, "enterprise_adoption"),
    Cue("upmarket", U, 3, "enterprise_adoption"),
    Cue("large customer", U, 2, "enterprise_adoption"),
    Cue("large account", U, 2, "enterprise_adoption"),
    Cue("fortune 500", U, 3, "enterprise_adoption"),
    Cue("deal", U, 2, "enterprise_adoption"),
    Cue("lost a deal", U, 3, "enterprise_adoption"),
    Cue("prospect", U, 2, "enterprise_adoption"),
    Cue("procurement", U, 3, "enterprise_adoption"),
    Cue("rfp", U, 3, "enterprise_adoption"),
    Cue("renewal", U, 2, "enterprise_adoption"),
    Cue("churn", U, 1, "enterprise_adoption"),
    Cue("security team", U, 2, "enterprise_adoption"),
    Cue("ciso", U, 3, "enterprise_adoption"),
    Cue("it team", U, 2, "enterprise_adoption"),
    Cue("it department", U, 3, "enterprise_adoption"),
    Cue("adoption", U, 2, "enterprise_adoption"),
    Cue("employees", U, 1, "enterprise_adoption"),
    Cue("sales", U, 1, "enterprise_adoption"),
    Cue("sales pipeline", U, 2, "enterprise_adoption"),
    *(
        Cue(f"{buyer} in {whose} pipeline", U, 2, "enterprise_adoption")
        for buyer in SALES_PIPELINE_BUYERS
        for whose in ("the", "our")
    ),
    Cue("pilot", U, 1, "enterprise_adoption"),
    Cue("bank", U, 1, "enterprise_adoption"),
    Cue("hospital", U, 1, "enterprise_adoption"),
    Cue("government", U, 1, "enterprise_adoption"),
    Cue("public sector", U, 2, "enterprise_adoption"),
    Cue("white label", U, 2, "enterprise_adoption"),
    Cue("branding", U, 1, "enterprise_adoption"),
    Cue("reseller", U, 2, "enterprise_adoption"),
    Cue("contract", U, 1, "enterprise_adoption"),
    Cue("partner", U, 1, "enterprise_adoption"),
    Cue("large organisation", U, 2, "enterprise_adoption"),
    Cue("large company", U, 2, "enterprise_adoption"),
    Cue("expansion", U, 1, "enterprise_adoption"),
    Cue("subsidiaries", U, 2, "enterprise_adoption"),
    Cue("before they sign", U, 3, "enterprise_adoption"),
    Cue("before signing", U, 3, "enterprise_adoption"),
    # Set 31 read: a buyer who "still won't sign" is a deal held up; beside a buyer or their data only (a context rule:
    # an attack review, "the HSM won't sign new certificates"). Not "won't sign off", a step of a team's.
    Cue("won't sign", U, 2, "enterprise_adoption"),
    Cue("will not sign", U, 2, "enterprise_adoption"),
    Cue("won't sign off", P, 2, "delivery"),
    Cue("will not sign off", P, 2, "delivery"),
    # How each type's pain sounds when it is described rather than named (general engineering language, not any
    # one complaint): a screen that spins, stalls or goes blank, a host maxed out; a change that breaks
    # what used to work, a plan pushed back while the team drops everything; where a customer's data may live.
    Cue("spin", T, 1, "performance", (SLOWNESS,)),
    Cue("forever", T, 1, "performance"),
    Cue("frozen", T, 2, "performance", (SLOWNESS,)),
    Cue("stall", T, 2, "performance", (SLOWNESS,)),
    Cue("stuck loading", T, 3, "performance", (SLOWNESS,)),
    Cue("grind to a halt", T, 3, "performance", (SLOWNESS,)),
    Cue("choke", T, 2, "performance", (SLOWNESS,)),
    Cue("stutter", T, 2, "performance", (SLOWNESS,)),
    Cue("choppy", T, 2, "performance", (SLOWNESS,)),
    Cue("maxed out", T, 3, "performance"),
    Cue("thrash", T, 2, "performance"),
    Cue("evict", T, 2, "caching"),
    Cue("not responding", T, 3, "reliability", (FAILURE,)),
    Cue("stop responding", T, 3, "reliability", (FAILURE,)),
    Cue("stop answering", T, 2, "reliability", (FAILURE,)),  # "it just stopped answering" (set 40 read)
    Cue("blank page", T, 2, "reliability", (FAILURE,)),
    Cue("blank screen", T, 2, "reliability", (FAILURE,)),
    Cue("white screen", T, 2, "reliability", (FAILURE,)),
    # "a blank white page", "a blank white screen" (sets 38 and 39 read: the colour kept "blank page" from matching).
    Cue("blank white", T, 2, "reliability", (FAILURE,)),
    # "buyers were kicked out of checkout mid-payment" (set 22 read).
    Cue("kicked out", T, 2, "reliability", (FAILURE,)),
    # A live stream, call or connection cut off ("streams dropping when 2,000 mourners join", set 22 read); not a
    # number that fell ("sales calls dropped off a cliff" is neutral).
    # Not a video: "the onboarding video dropped in March" was released (an attack review).
    *(Cue(f"{what} drop", T, 2, "reliability", (FAILURE,)) for what in ("stream", "call", "connection")),
    *(Cue(f"dropped {what}", T, 2, "reliability", (FAILURE,)) for what in ("stream", "call", "connection")),
    # What a system receives, dropped ("the load balancer starts dropping requests", "the broker drops packets at
    # peak", "the ingest is dropping readings"; the tables' writers say it 40 times).
    # Said of a system only (CONTEXT_RULES): not "reviewers drop requests for review" (an attack review).
    *(Cue(f"drop {what}", T, 3, "reliability", (FAILURE,)) for what in DROPPED_THINGS),
    # "the shore excursion page goes blank" (set 22 read).
    *(Cue(f"{go} blank", T, 2, "reliability", (FAILURE,)) for go in ("go", "goes", "went", "going")),
    Cue("used to work", P, 2, "quality_gates", (FAILURE,)),
    # What was fixed, broken again: "things we fixed in spring are broken again by summer", "a feature they fixed last
    # month is broken again", "quietly stopped working again" (sets 38 and 39 read; every such complaint of the tables
    # is process). "break" is read with its forms (broke, broken, breaks).
    Cue("break again", P, 2, "quality_gates", (FAILURE,)),
    Cue("stop working again", P, 2, "quality_gates", (FAILURE,)),  # "stops", "stopped" are read as it
    # A change that breaks what it did not touch: "something unrelated quietly stops working" (set 39 read).
    Cue("something unrelated", P, 2, "quality_gates", (FAILURE,)),
    Cue("side effect", P, 2, "quality_gates", (FAILURE,)),
    Cue("pushed back", P, 2, "delivery"),
    Cue("got pushed", P, 2, "delivery"),
    Cue("dropped everything", P, 2, "on_call", (RESPONSE,)),
    Cue("country", U, 2, "governance"),
    Cue("in country", U, 3, "governance"),
    Cue("jurisdiction", U, 3, "governance"),
    Cue("ages", T, 1, "performance"),
    Cue("resolve", P, 2, "on_call", (RESPONSE,)),
    Cue("mitigate", P, 2, "on_call", (RESPONSE,)),
    Cue("who to call", P, 3, "on_call", (RESPONSE,)),
    Cue("visible to", U, 2, "rbac"),
    Cue("visible only to", U, 3, "rbac"),
    Cue("organisation owner", U, 3, "admin_controls"),
    Cue("too long", T, 2, "performance", (SLOWNESS,)),
    Cue("so long", T, 2, "performance", (SLOWNESS,)),
    Cue("acknowledge", P, 2, "on_call", (RESPONSE,)),
    Cue("pick up the page", P, 3, "on_call", (RESPONSE,)),
    Cue("write amplification", T, 3, "indexing"),
    Cue("iops", T, 3, "indexing"),
    Cue("io wait", T, 3, "performance"),
    Cue("data store", T, 2, "indexing"),
    Cue("event store", T, 2, "indexing"),
    Cue("idea to production", P, 3, "delivery"),
    Cue("talk to each other", P, 2, "delivery"),
    Cue("other teams", P, 2, "delivery"),
    Cue("buyer", U, 2, "enterprise_adoption"),
    Cue("on premise", U, 3, "enterprise_adoption"),
    Cue("self host", U, 3, "enterprise_adoption"),
    Cue("single tenant", U, 3, "enterprise_adoption"),
    Cue("private cloud", U, 3, "enterprise_adoption"),
    Cue("own cloud", U, 3, "enterprise_adoption"),
    Cue("own aws", U, 3, "enterprise_adoption"),
    Cue("separate billing", U, 3, "admin_controls"),
    Cue("buckle", T, 2, "reliability", (FAILURE,)),
    # Set 28 read: "the webcam stream collapses whenever it snows". No failure tag: "The cache hit rate collapsed after
    # the migration" is no change causing a failure.
    Cue("collapse", T, 2, "reliability"),
    Cue("tip over", T, 3, "reliability", (FAILURE,)),
    Cue("found out about", P, 2, "on_call", (RESPONSE,)),
    Cue("same questions", P, 2, "runbooks"),
    # Decisions nobody keeps: "We don't record decisions anywhere, so the same architecture debate comes back every
    # quarter" (set 45 read as a development set).
    Cue("same debate", P, 2, "runbooks"),
    Cue("same argument", P, 2, "runbooks"),
    Cue("same discussion", P, 2, "runbooks"),
    Cue("record decisions", P, 2, "runbooks"),
    Cue("document decisions", P, 2, "runbooks"),
    Cue("decision record", P, 3, "runbooks"),
    Cue("decision log", P, 3, "runbooks"),
    # Decisions made again (an attack review: "Decisions get lost in Slack threads and we rehash them every month").
    Cue("rehash", P, 2, "runbooks"),
    Cue("relitigate", P, 2, "runbooks"),
    Cue("data portability", U, 3, "governance"),
    Cue("export their data", U, 3, "governance"),
    Cue("export all their data", U, 3, "governance"),
    Cue("one person", P, 2, "runbooks", (RESPONSE,)),
    Cue("left the team", P, 3, "runbooks"),  # LEFT_US_CUE: "our best engineer quit in June"
    Cue("done from memory", P, 2, "runbooks"),  # FROM_MEMORY_CUE: "done by one engineer from memory"
    Cue("one guy", P, 2, "runbooks", (RESPONSE,)),
    Cue("only person", P, 3, "runbooks", (RESPONSE,)),
    Cue("only one who", P, 3, "runbooks", (RESPONSE,)),
    # "our single point of failure, the one engineer who understands the billing engine" (an attack review).
    Cue("one engineer who", P, 3, "runbooks", (RESPONSE,)),
    Cue("only one knows", P, 3, "runbooks", (RESPONSE,)),  # KNOWN_BY_FEW_CUE: "only one engineer understands it"
    Cue("own logo", U, 3, "enterprise_adoption"),
    Cue("own branding", U, 3, "enterprise_adoption"),
    Cue("pre built", U, 2, "templates"),
    Cue("ready made", U, 2, "templates"),
    Cue("out of the box", U, 2, "templates"),
    Cue("to render", T, 2, "performance", (SLOWNESS,)),
    Cue("different teams", P, 1, "delivery"),
    Cue("multiple teams", P, 1, "delivery"),
    Cue("several teams", P, 1, "delivery"),
    Cue("chug", T, 2, "performance", (SLOWNESS,)),
    Cue("backlog", P, 1, "delivery"),
    Cue("feature work", P, 2, "delivery"),
    Cue("is logged", U, 2, "audit_logs"),
    Cue("are logged", U, 2, "audit_logs"),
    Cue("be logged", U, 2, "audit_logs"),
    Cue("retention rule", U, 3, "governance"),
    Cue("retention policy", U, 3, "governance"),
    Cue("two person approval", U, 3, "governance"),
    Cue("four eyes", U, 3, "governance"),
    Cue("dual control", U, 3, "governance"),
    Cue("maker checker", U, 3, "governance"),
    Cue("hr system", U, 3, "admin_controls"),
    Cue("hris", U, 3, "admin_controls"),
    Cue("hr team", U, 2, "admin_controls"),
    Cue("user group", U, 2, "rbac"),
    Cue("group membership", U, 3, "rbac"),
    Cue("own domain", U, 3, "enterprise_adoption"),
    Cue("custom domain", U, 3, "enterprise_adoption"),
    Cue("service credit", U, 3, "enterprise_adoption"),
    Cue("indemnity", U, 3, "enterprise_adoption"),
    Cue("liability cap", U, 3, "enterprise_adoption"),
    Cue("redline", U, 2, "enterprise_adoption"),
    # A buyer who refuses (set 43 read as a development set: "the council simply will not buy because ...").
    *(Cue(f"{refuses} buy", U, 2, "enterprise_adoption") for refuses in ("won't", "will not")),  # CONTEXT_RULES
)

# Being paged, woken or on call is where a system's failure hurts the team, not a way of working: in a sentence where a
# system's delay or strong failure counts ("The database falls over every time traffic spikes and on-call gets paged
# at 3am"), these count only to break a tie and make no combination with it: the guide labels a complaint by its cause
# (a reader's review: the tool said process, the exercise page says technical). A failure of the response is still
# the team's: another cue of process in the sentence ("no runbook", "burned out"), or PAGING_LACKS before the paging
# cue in its clause ("nobody knows who is on call").
PAGING_CUES: tuple[str, ...] = (
    *("on call", "pager", "pagerduty", "paged at", "paged me", "paged us", "being paged", "paged again"),
    *(f"pages at {when}" for when in PAGED_WHEN),
    *("got paged", "get paged", "are paged", "is paged", "were paged", "was paged", "3am", "woken up", "woke up"),
    "middle of the night",
)
# A question of who did what, asked after a lack within this many words ("nobody can tell who changed"): asked for.
ASKED_WHO_REACH = 5
# Nobody on call, or not knowing who is: "nobody knew who was on call", "no idea who is on call", "not sure who". Not
# "no" or "not" alone: "no failover, and on-call gets paged at 3am" names the failure's cause.
PAGING_LACKS: tuple[str, ...] = ("nobody", "noone", "never", "unclear", "idea", "sure")

# Where data is kept, said without "residency": "wants all their data stored in the EU", "we can't keep Canadian
# customers' data in Canada", "where does our clients' data physically sit". One of DATA_NOUNS, then within
# DATA_PLACE_REACH words one of DATA_PLACES after one of DATA_PLACE_LEADS (or "the" after one: "in the EU"), or
# "physically" before one of DATA_PLACE_VERBS; and one of DATA_PLACE_VERBS in those words or in the DATA_VERB_REACH
# words before the noun ("keep ... data in Canada"). Read as the cue DATA_PLACE_CUE; written as the complaint writes
# them. Without a verb of keeping, "backups in the EU region fail" and "data transfer between the UK and the US" are
# systems (an attack review).
DATA_PLACE_CUE = "data residency"
DATA_NOUNS: tuple[str, ...] = ("data", "record", "records")
# Nouns only after one of DATA_OWNERS ("their files physically sit"): "support files a ticket" is a verb.
# Sets 40 and 41 read as development sets: what else a customer keeps ("patient photos must stay on servers inside
# Brazil", "their camera footage was kept on servers in Oregon"), its owner right before it or one word before that.
DATA_OWNED_NOUNS: tuple[str, ...] = (
    *("files", "backups", "documents", "photos", "footage", "images", "recordings", "videos"),
)
DATA_OWNERS: frozenset[str] = frozenset(
    (
        *("the", "our", "their", "your", "its", "all", "customer", "customers", "clients", "client", "patient"),
        *("patients", "student", "students"),
    )
)
DATA_PLACE_REACH = 6
# Or asked where: "German customers are asking where their data lives" (set 44 read as a development set): "where", at
# most DATA_WHERE_GAP words, the noun, at most DATA_WHERE_GAP words, one of DATA_PLACE_VERBS.
DATA_WHERE_GAP = 2
# Read as this cue, weaker than DATA_PLACE_CUE: a question of where names no place a customer requires (an attack
# review: "Nobody documented where the records are kept after the migration" may be the team's own gap).
DATA_WHERE_CUE = "data is stored"
# Nor "where" after a word it tells of ("we are at the point where the data is stored in three databases": an attack
# review).
DATA_WHERE_NOT_AFTER: tuple[str, ...] = ("point", "stage", "place", "situation", "case", "state", "part", "level")
# Nor a place in a system right after the verb: "where the data lives in our warehouse" (a diff review).
DATA_WHERE_SYSTEMS: tuple[str, ...] = (
    *("warehouse", "lake", "database", "databases", "db", "cache", "bucket", "buckets", "cluster", "table", "tables"),
    *("schema", "repo", "repository", "service", "microservice", "codebase", "spreadsheet", "drive", "folder"),
)
DATA_WHERE_NOT: tuple[str, ...] = (
    *("test", "testing", "staging", "dev", "sample", "seed", "fixture", "mock", "demo", "training", "build", "log"),
    *("logs", "config", "source", "debug", "internal", "our"),
)
# Ending its clause, of a customer's data only: "where their data is" (not "I don't know where the data is").
DATA_WHERE_IS: tuple[str, ...] = ("is", "are", "was", "were")
DATA_WHERE_OWNERS: tuple[str, ...] = (
    *("their", "customer", "customers", "client", "clients", "patient", "patients", "tenant", "tenants", "user"),
    "users",
)
# Right after "where", before the gap counts: "asking where exactly their viewers' data would be stored" (sets 46 and
# 47 read as development sets).
DATA_WHERE_ADVERBS: tuple[str, ...] = ("exactly", "precisely", "physically", "actually", "really")
DATA_WHERE_BETWEEN: tuple[str, ...] = (
    *("is", "are", "was", "were", "be", "been", "s", "will", "would", "should", "must", "can", "has", "have", "to"),
    *("actually", "physically", "really", "currently", "ever", "even", "all"),
)
DATA_VERB_REACH = 4
DATA_PLACE_LEADS: tuple[str, ...] = ("in", "inside", "outside", "within", "leave", "leaves", "leaving")
DATA_PLACE_VERBS: tuple[str, ...] = (
    "stored",
    "store",
    "kept",
    "keep",
    "keeps",
    "held",
    "hold",
    "hosted",
    "host",
    "sit",
    "sits",
    "live",
    "lives",
    "reside",
    "resides",
    "stay",
    "stays",
    "located",
    "leave",
    "leaves",
    "leaving",
)
DATA_PLACES: tuple[str, ...] = (
    "eu",
    "europe",
    "uk",
    "usa",
    "canada",
    "australia",
    "germany",
    "france",
    "switzerland",
    "india",
    "japan",
    "brazil",
    # More places a buyer may name (set 23 read: "we can't keep their data in Norway").
    "norway",
    "sweden",
    "denmark",
    "finland",
    "netherlands",
    "ireland",
    "spain",
    "italy",
    "poland",
    "austria",
    "singapore",
    # The cloud's regions by their state ("footage was kept on servers in Oregon": set 41 read as a development set).
    *("virginia", "oregon", "ohio", "california"),
    "korea",
    "china",
    "mexico",
    "province",
    "country",
    "region",
    "jurisdiction",
)
# A place named as a label of the team's own ("the data in the Finland datacenter", "our Sweden office"): no residency.
# Not "region" nor "data": "keep their data in the EU region", "stored in Germany data centers" are residency (a diff
# review).
DATA_PLACE_LABELS: tuple[str, ...] = ("datacenter", "datacentre", "office", "cluster", "site", "team")
DATA_PLACE_ALONE = "physically"
# Before the noun, only a verb whose object it is ("keep ... data in Canada"), not one before a verb in "-ing" ("we
# keep hitting data growth limits in the EU region": a diff review), and never across a sentence's end.
DATA_VERBS_BEFORE: tuple[str, ...] = (
    "keep",
    "keeps",
    "kept",
    "store",
    "stores",
    "stored",
    "host",
    "hosts",
    "hosted",
    "hold",
)
# A cue at the noun that the place overrides: "data stored in the EU" is no data store, "our backups physically live"
# in Virginia no backup failing. Any other ("data growth", "data loss") keeps its reading.
DATA_PLACE_OVERRIDES: tuple[str, ...] = ("data store", "backup")

# "who opened which records", "who printed whose letters": who reached which data, after the fact, is an audit trail's
# question; read as the cue AUDIT_QUESTION_CUE. Only with a verb of AUDIT_VERBS, as written: "who owns what", "who
# inherited which service", "who restarted which pods" are ownership and operations (an attack review).
AUDIT_QUESTION_CUE = "who did what"
# "it all lives in Dave's head", "the setup is in their heads": knowledge one person holds, read as the cue
# ONES_HEAD_CUE. "in", one of ONES_HEAD_OWNERS (or a name and its "'s"), then "head" or "heads"; not "in their head
# office".
ONES_HEAD_CUE = "in one persons head"
ONES_HEAD_OWNERS: tuple[str, ...] = ("his", "her", "their", "someones", "somebodys")
# Before a name's "'s", at most two of these: "in one postdoc's head", "in a single contractor's head" (set 26 read),
# "in the founder's head"; but not the head of someone outside the team ("in the customer's head", "the pricing lives
# in one customer's head": a diff review and an attack review).
ONES_HEAD_SINGLE: tuple[str, ...] = ("one", "a", "single", "the", "just", "only")
ONES_HEAD_OUTSIDERS: tuple[str, ...] = (
    "customer",
    "client",
    "buyer",
    "user",
    "partner",
    "investor",
    "auditor",
    "prospect",
    "ciso",
    "vendor",
    "regulator",
    "lawyer",
)
ONES_HEAD_NOT: tuple[str, ...] = ("office", "offices", "count", "quarters")
# Or "in the head(s) of" and, within ONES_HEAD_OF_REACH words, one of ONES_HEAD_PEOPLE: "everything lives in the heads
# of the two original contractors" (set 37 read); not of an outsider ("in the heads of our customers").
ONES_HEAD_OF = ("the", "head", "of")
# "lives only in the memory of one volunteer" (set 41 read as a development set): the same, said of memory.
ONES_MEMORY_OF = ("the", "memory", "of")
ONES_HEAD_OF_REACH = 4
ONES_HEAD_OF_BELIEF = (
    "that"  # "It's in the heads of our engineers that Kafka is the problem": a belief (an attack review)
)
ONES_HEAD_PEOPLE: tuple[str, ...] = (
    *("engineer", "developer", "dev", "contractor", "founder", "architect", "sre", "dba", "lead", "consultant"),
    *("postdoc", "intern", "colleague", "person", "people", "guy", "guys", "cto", "admin", "maintainer", "staff"),
    "volunteer",
)
# Reckoning done in one's head is no knowledge kept there: "the capacity math in their heads" (an attack review).
ONES_HEAD_NOT_AFTER: tuple[str, ...] = ("math", "maths", "numbers", "arithmetic", "calculations", "sums")
ONES_HEAD_NOT_REACH = 3  # words before "in": "the capacity math all in their heads"
# "anyone can edit anything", "everybody can see and delete everything": no roles at all, read as the cue
# OPEN_TO_ALL_CUE. One of OPEN_TO_ALL_WHO, "can", then one of OPEN_TO_ALL_WHAT within OPEN_TO_ALL_REACH words.
OPEN_TO_ALL_CUE = "everyone can do everything"
# "a consortium member opened another museum's loan valuations", "a manager deleted another studio's bookings": one
# customer reached another's data, read as the cue OTHERS_DATA_CUE (set 23 read). A verb of OTHERS_VERBS, then
# "another" and a possessive ("museum's"), not of the team's own people (OTHERS_NOT: "edited another team's service").
OTHERS_DATA_CUE = "cross tenant access"
# Verbs of finding count only when a customer (one of OTHERS_CUSTOMERS) finds: "A dance school logged in and found
# another school's student names" (set 41 read as a development set), not "Support found another customer's bug report".
OTHERS_VERBS: tuple[str, ...] = (
    *("refund", "refunded", "refunding", "cancel", "cancelled", "canceled", "modify", "modified", "overwrote"),
    *("browse", "browsed", "browsing"),
    "opened",
    "saw",
    *(OTHERS_FOUND_VERBS := ("found", "received")),
    "viewed",
    "accessed",
    "read",
    "edited",
    "changed",
    "deleted",
    "exported",
    "downloaded",
    "see",
    "view",
    "access",
    "edit",
    "delete",
    "export",
    "open",
    "viewing",
    "seeing",
    "accessing",
    "editing",
    "deleting",
    "opening",
    "reading",
    "exporting",
    "downloading",
    "changing",
)
# Owners of the team's own or of a system's (an attack review: "edit another service's code", "delete another job's
# temp files" are no customer's data).
OTHERS_NOT: tuple[str, ...] = (
    "team",
    "teams",
    "squad",
    "engineer",
    "developer",
    "dev",
    "persons",
    "person",
    "service",
    "job",
    "project",
    "repo",
    "app",
    "pod",
    "node",
    "region",
    "shard",
    "thread",
    "queue",
    "group",
    "department",
    "crew",
    "worker",
    "process",
    "container",
    "function",
    "branch",
    "module",
    "system",
    "vendor",
)
# Owners said without a noun, after a verb of OTHERS_VERBS: "edited another's service alerts", "can see the others'
# cargo manifests", "see each other's patients" (set 36 read). Who does it is read in the words before the verb, back
# to its sentence's start or at most OTHERS_REACH words: a customer (one of OTHERS_CUSTOMERS: "Tenants can view each
# other's tickets") reaches another's data; else not the team's own people or things (one of OTHERS_TEAM_PEOPLE, of
# OTHERS_NOT or OTHERS_OURS: "Our interns keep editing each other's notebooks", "Workers keep reading each other's
# partial results"; an attack review), nor before one of OTHERS_TEAM_THINGS ("People edit each other's Terraform");
# never denied right before the verb ("can no longer see each other's invoices").
OTHERS_UNNAMED: tuple[str, ...] = ("another", "the other", "each other", "one another")
OTHERS_NOT_OWNER_ENDINGS: tuple[str, ...] = ("ss", "is", "us", "ies", "ous")
OTHERS_BARE_OWNER_LETTERS = 3  # "another districts records": an owner without its apostrophe, longer than "ads"
OTHERS_UNNAMED_WORDS = 2  # the owner's words right after the verb: "another's", "each other's"
OTHERS_DENIAL_REACH = 2  # a denial right before the verb: "can no longer see", "cannot view"
OTHERS_REACH = 12
OTHERS_TEAM_PEOPLE: tuple[str, ...] = (
    *("team", "squad", "engineer", "developer", "dev", "sre", "reviewer", "programmer", "intern", "lead"),
    *("colleague", "coworker", "scientist", "analyst", "designer", "pm", "contractor", "ops", "folk"),
)
OTHERS_OURS: tuple[str, ...] = ("our", "we", "my", "i")
# Customers and the organisations a customer is, as both readings of them name them (OTHERS_CUSTOMERS,
# ONBOARDED_CUSTOMERS).
CUSTOMER_ORGANISATIONS: tuple[str, ...] = (
    *("tenant", "user", "member", "franchise", "agency", "partner", "school", "clinic", "hospital", "practice"),
    *("store", "shop", "account", "seller", "supplier", "council", "firm"),
)
OTHERS_CUSTOMERS: tuple[str, ...] = (
    *CUSTOMER_ORGANISATIONS,
    *("customer", "client", "franchisee", "branch", "company", "buyer", "bidder", "distributor", "promoter"),
    *("association", "club", "parish", "office"),
)
OTHERS_DENIALS: tuple[str, ...] = ("cant", "cannot", "longer", "never", "not", "no", "couldnt", "wont")
# "only one engineer understands the shipment pipeline", "only Priya knows the billing engine", "only two people
# remember how": what few people know, read as the cue KNOWN_BY_FEW_CUE (set 43 read as a development set). "only",
# then one to KNOWN_BY_FEW_REACH words in its clause that name who knows (a name as written, capitalised, or words of
# KNOWN_BY_FEW_WHO, with a name or a person among them), then one of KNOWN_BY_FEW_VERBS. Not "not only"; nothing else
# between: not an outsider ("only the customer knows the password", "only the tenant admin knows who should see
# payroll", "only one region knows real traffic": an attack review), a condition or a time ("only if someone knows"),
# nor "we" or "you" ("only we know how to configure it" may say the customers cannot).
KNOWN_BY_FEW_CUE = "only one knows"
KNOWN_BY_FEW_REACH = 5  # "only our two senior engineers understand", "only a couple of senior engineers understand"
KNOWN_BY_FEW_VERBS: tuple[str, ...] = (
    *("know", "knows", "knew", "understand", "understands", "understood", "remember", "remembers", "remembered"),
)
# The cues that say few people hold some knowledge; what they know, after one of KNOWN_BY_FEW_VERBS at most
# KNOWING_VERB_REACH words after the cue's first word, counts only to break a tie (set 45 read as a development set).
KNOWING_PEOPLE_CUES: tuple[str, ...] = (
    *("only person", "only one who", "one engineer who", KNOWN_BY_FEW_CUE),
    # What nobody knows is not what hurts either: "Nobody understands the sharding" (an attack review).
    *("nobody knows", "nobody understands", "nobody else knows", "nobody else understands", "nobody remembers"),
    *("nobody left understands", "nobody here understands", "nobody still understands"),
)
KNOWING_VERB_REACH = 3  # "the only person who understands", "only one engineer understands"
# Ownership asked or lacking, read as what few people know is: the technical object of "owns" counts only to break a
# tie ("who owns the ETL jobs?? noone answered", "Nobody owns the ETL jobs": sets 46 and 47 read as development sets).
OWNING_CUES: tuple[str, ...] = ("who owns", "nobody owns", "which team owns", "what team owns")
# What is known is the verb's object: at most KNOWN_OBJECT_REACH words after it, before any word that goes on to say
# something else (an attack review: "The only engineer who understands the data residency rules says we cannot host
# German customers ...", "... understand our UI because it has never been translated").
KNOWN_OBJECT_REACH = 4
KNOWN_OBJECT_STOPS: tuple[str, ...] = (
    *("because", "why", "so", "and", "but", "says", "said", "is", "are", "was", "were", "which", "that", "who"),
    *("while", "when", "since", "whereas", "though", "although", "yet", "until", "unless", "if"),
)
# "but" after one of these is "except", no contrast: "Nobody but Sam understands the billing service" (an attack's row
# the clause reader cut at "but"). Not after "everything", "all" or "everybody", which a clause of its own may follow
# ("Our SSO works for everybody but enterprise admins still can't remove users": a diff review). It says few people
# know, as "only" does.
BUT_AS_EXCEPT_AFTER: tuple[str, ...] = ("nobody", "no one", "no-one", "noone", "none")
# Storage that fills up, read as FILLS_UP_CUE: "fill(s|ing|ed) up" whose subject's head, in the FILLING_REACH words
# before it in its clause, is one of FILLING_STORAGE ("the disk on the metrics box fills up", "the storage array
# filling up every fortnight"): what fills up, not what it fills up with ("the alerts channel fills up with disk
# warnings", "the board fills up with log cleanup tickets": an attack review), nor a backlog, an inbox or a calendar.
FILLS_UP_CUE = "storage fills up"
FILLING_VERBS: tuple[str, ...] = ("fill", "fills", "filling", "filled")
# The subject's head: the last of the words before the verb ("the same disk filling up"), or the word before the first
# of FILLING_PREPOSITIONS among them ("the disk on the metrics box"); not "our Jira board for the database team" nor
# "the server room" (a diff review). Or what is filled, right after "up": "Debug logging fills up the disk".
FILLING_PREPOSITIONS: tuple[str, ...] = ("on", "of", "for", "in", "at", "from", "behind", "under", "inside")
# Before "with", only what holds bytes: "the disk fills up with core dumps", not "our logs fill up with errors".
FILLING_CAPACITY: tuple[str, ...] = (
    *("disk", "disks", "drive", "drives", "volume", "volumes", "partition", "partitions", "storage", "array"),
    *("quota", "ssd", "ssds", "heap", "tmp", "bucket"),
)
FILLING_STORAGE: tuple[str, ...] = (
    *FILLING_CAPACITY,
    *("san", "nas", "database", "db", "table", "tables", "log", "logs", "wal", "inode", "inodes", "server"),
    *("servers", "node", "nodes", "index", "indices", "indexes", "vm", "host", "hosts", "cluster", "instance"),
    "instances",
)
FILLING_REACH = 5
# Not a bill, which hurts by being what nobody understands: "Nobody understands the AWS bill any more; it went from 40k
# to 95k a month" (an attack review).
KNOWN_OBJECT_HURTS: tuple[str, ...] = ("cost_optimisation",)
# A change rolled back, and why: after one of ROLLBACK_CUES, one of CAUSE_WORDS and a system's failure in its sentence,
# the failure decides ("We roll back every release because the service falls over under peak traffic").
ROLLBACK_CUES: tuple[str, ...] = ("roll back",)
CAUSE_WORDS: tuple[str, ...] = ("because", "since", "as", "due", "cause", "after", "when", "whenever", "cos")
# Words after the cause word that say the change caused the failure: "because it introduced a memory leak" (an attack
# review); so does a process cue there ("due to regressions that cause timeouts").
CHANGE_CAUSED_IT: tuple[str, ...] = (
    *("it", "they", "each", "this", "that", "these", "those", "introduced", "introduces", "caused", "causes"),
    *("broke", "breaks", "triggered", "triggers", "took", "takes", "brought", "shipped", "contained", "had"),
)
# A relative pronoun right before the verb: "the only engineer who knows the billing service is leaving".
KNOWN_BY_FEW_RELATIVES: tuple[str, ...] = ("who", "that")
# Work that waits while one person is away, read as KNOWN_BY_FEW_CUE: "When Tom is on holiday, nothing in the payments
# area moves", "When Priya is on holiday nothing touching the pricing engine moves" (sets 44 and 45 read as development
# sets, one writer each). One of AWAY_WHEN, who (as in KNOWN_BY_FEW_WHO), one of AWAY_VERBS, one of AWAY_STATES.
# After a name (not a role: "our DBA is off"), states a tool has as often as a person: "If Datadog is off, we get no
# alerts", "When Grafana is off we are blind" (a diff review).
AWAY_NAMED_NOT: tuple[str, ...] = ("off",)
AWAY_WHEN: tuple[str, ...] = ("when", "whenever", "if", "while", "once", "time")  # "every time Priya takes leave"
AWAY_VERBS: tuple[str, ...] = ("is", "s", "goes", "went", "was", "are", "were", "gets", "got", "takes", "took")
AWAY_STATES: tuple[str, ...] = (
    *("on holiday", "on holidays", "on vacation", "on leave", "on pto", "on sabbatical", "on annual leave"),
    *("on parental leave", "on maternity leave", "on paternity leave", "on sick leave", "on a break", "on honeymoon"),
    # Not "out", "unavailable" nor "unreachable", said of a vendor or a region as often ("When Stripe is unavailable,
    # checkout drops orders", "If Dublin is unavailable", "Once Heroku is out of dynos": an attack review).
    *("off sick", "out sick", "off", "away", "sick", "ill", "ooo", "on hols", "out of office", "on a course"),
    *("a day off", "a week off", "time off", "leave", "a holiday", "a vacation", "holiday", "vacation"),
)
# Or "can" and one of these: "only one contractor can maintain it" (an attack review).
KNOWN_BY_FEW_ABLE: tuple[str, ...] = (
    *("maintain", "fix", "change", "deploy", "release", "restart", "operate", "run", "configure", "debug", "touch"),
)
KNOWN_BY_FEW_PEOPLE: tuple[str, ...] = (
    *("person", "people", "engineer", "developer", "dev", "contractor", "consultant", "sre", "dba", "guy"),
    *("founder", "architect", "lead", "colleague", "volunteer", "postdoc", "intern", "maintainer", "veteran"),
    *("he", "she"),  # "only he can configure their data residency" (an attack's row)
)
# Parts of an organisation, capitalised as names are: "Only Finance understands the AWS bill" (a diff review).
ORGANISATION_PARTS: tuple[str, ...] = (
    *("finance", "legal", "sales", "marketing", "support", "ops", "security", "hr", "procurement", "it", "compliance"),
    *("management", "manager", "leadership", "engineering", "product", "design", "infra", "platform", "accounting"),
)
# A people, not a person: "Only Europeans understand ..." (an attack's row, once what few people know was set aside);
# a list, not endings ("Therese" and "Hermans" are names: an attack review).
PEOPLES: tuple[str, ...] = (
    *("europeans", "americans", "canadians", "mexicans", "brazilians", "argentinians", "germans", "brits", "britons"),
    *("scots", "irish", "french", "dutch", "belgians", "swiss", "austrians", "italians", "spaniards", "portuguese"),
    *("poles", "czechs", "hungarians", "romanians", "greeks", "turks", "swedes", "norwegians", "danes", "finns"),
    *("icelanders", "russians", "ukrainians", "israelis", "arabs", "indians", "pakistanis", "chinese", "japanese"),
    *("koreans", "vietnamese", "thais", "filipinos", "indonesians", "australians", "kiwis", "africans", "nigerians"),
    *("kenyans", "egyptians", "asians", "latinos", "locals", "natives", "foreigners", "westerners", "easterners"),
    *("northerners", "southerners", "londoners", "parisians", "berliners", "americas", "emea", "apac", "latam"),
)
KNOWN_BY_FEW_WHO: tuple[str, ...] = (
    *("one", "two", "three", "a", "single", "our", "the", "my", "original", "senior", "same"),
    *("few", "handful", "of", "or", "couple"),  # "only a few people", "only one or two engineers" (a diff review)
    *("really", "truly", "fully", "actually", "properly"),  # "only our original architect really understands"
    *KNOWN_BY_FEW_PEOPLE,
)
# "Blind volunteers at the charity gave up halfway through the registration form" (sets 42 and 43 read as development
# sets): "blind" right before one of BLIND_PEOPLE, read as the cue "blind users" (not "a blind spot", "flying blind").
BLIND_USERS_CUE = "blind users"
BLIND_PEOPLE: tuple[str, ...] = (
    *("volunteer", "customer", "client", "staff", "student", "pupil", "patient", "reader", "member", "employee"),
    *("visitor", "shopper", "player", "citizen", "resident", "colleague", "worker", "learner", "listener", "guest"),
    *("person", "man", "woman", "men", "women", "children", "child", "kid", "teacher", "user", "applicant", "voter"),
    *("passenger", "traveller", "traveler", "donor", "subscriber", "viewer", "fan", "athlete", "candidate"),
)
# Not "blind" of a study or a review ("a blind customer study", "blind candidate reviews": a diff review): one of these
# right after the person.
BLIND_NOT_BEFORE: tuple[str, ...] = (
    *("study", "studies", "trial", "trials", "review", "reviews", "test", "tests", "testing", "interview"),
    *("interviews", "survey", "surveys", "audition", "auditions", "tasting", "evaluation", "evaluations", "panel"),
)
# Nor after a verb of going on without seeing: "we are flying blind customers-wise".
BLIND_NOT_AFTER: tuple[str, ...] = (
    "flying",
    "fly",
    "flew",
    "running",
    "run",
    "ran",
    "going",
    "go",
    "went",
    "operating",
    # "double-blind customer trials" (an attack review)
    "double",
    "single",
    "triple",
)
# "in French", "in Japanese": "in" and one of LANGUAGES as written, read as the cue IN_A_LANGUAGE_CUE (the languages
# are no cue words: "ditch" is never "Dutch").
IN_A_LANGUAGE_CUE = "in another language"
# The language ends its clause or goes on with one of these, not a noun ("in Korean evenings", "in Spanish time zones":
# an attack review); and what is in it is no text of the team's own (IN_A_LANGUAGE_OWN within IN_A_LANGUAGE_REACH
# words before "in": "the code comments are in Dutch", "our design doc in Polish").
IN_A_LANGUAGE_AFTER: tuple[str, ...] = (
    *("and", "or", "for", "before", "until", "by", "so", "too", "yet", "only", "either", "anymore", "as", "but"),
    *("because", "which", "when", "please", "first", "soon", "now", "at", "the", "with", "from", "is", "are"),
)
IN_A_LANGUAGE_OWN: tuple[str, ...] = (
    *("comment", "comments", "doc", "docs", "documentation", "runbook", "runbooks", "code", "standup", "standups"),
    *("commit", "commits", "wiki", "notes", "spec", "specs", "design", "meeting", "meetings", "chat", "slack"),
)
IN_A_LANGUAGE_REACH = 4
# "our best engineer quit in June", "since our senior developer left,": one of LEFT_WHO, then one of LEFT_VERBS that
# ends its clause or goes on with LEFT_AFTER (the team's knowledge walked out), read as the cue LEFT_US_CUE (set 23
# read). Not "an engineer left a debug flag on", nor someone else's leaver (one of LEFT_CUSTOMERS or a possessive
# within LEFT_REACH words before: "whenever one of their engineers left", "a client's developer quit", an attack
# review).
LEFT_US_CUE = "left the team"
LEFT_WHO: tuple[str, ...] = ("engineer", "developer", "dev", "dba", "architect", "sre", "lead")
LEFT_VERBS: tuple[str, ...] = ("left", "quit", "resigned")
# A whole group that quits, not one that left a place or a thing: "half the team quit and nobody left understands the
# pricing engine" (sets 46 and 47 read as development sets), not "the team left the office at six".
LEFT_GROUPS: tuple[str, ...] = ("team", "staff")
LEFT_GROUP_VERBS: tuple[str, ...] = ("quit", "resigned")
LEFT_AFTER: tuple[str, ...] = ("us", "last", "recently", "and", "so", "after", "this", "months", "weeks")
# "in" only before a time ("quit in June"), not "left in a debug flag" (a diff review).
LEFT_IN_TIMES: tuple[str, ...] = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "spring",
    "summer",
    "autumn",
    "fall",
    "winter",
    "q1",
    "q2",
    "q3",
    "q4",
)
LEFT_CUSTOMERS: tuple[str, ...] = ("their", "client", "clients", "customer", "customers", "his", "her", "a", "an")
# The team's own, before the leaver: "our best engineer", "the team's only DBA" (a review).
LEFT_OURS: tuple[str, ...] = ("our", "my", "we", "team's", "company's", "teams", "companys")
# "lead" only as one of these ("our tech lead quit"), not a sales lead ("our biggest lead left us": a diff review).
LEFT_LEADS: tuple[str, ...] = ("tech", "team", "engineering", "dev")
LEFT_REACH = 4
# "someone merged an unreviewed N+1 query change": "unreviewed" with one of REVIEWED_CHANGES within REVIEWED_REACH
# words after it, read as the cue UNREVIEWED_CUE (set 23 read); not a customer's content waiting for approval ("block
# unreviewed payment files", an attack review).
UNREVIEWED_CUE = "unreviewed change"
REVIEWED_CHANGES: tuple[str, ...] = (
    "change",
    "changes",
    "pr",
    "prs",
    "code",
    "migration",
    "migrations",
    "commit",
    "commits",
    "merge",
    "deploy",
    "patch",
    "config",
    "query",
)
REVIEWED_REACH = 3
# "done by one engineer from memory": no runbook, read as the cue FROM_MEMORY_CUE (set 23 read); not a system's
# ("we serve feeds from memory", "sessions vanish from memory": one of MEMORY_SYSTEM_VERBS within MEMORY_REACH words
# before, an attack review), where "memory" is the technical cue.
FROM_MEMORY_CUE = "done from memory"
MEMORY_SYSTEM_VERBS: tuple[str, ...] = (
    "serve",
    "served",
    "serves",
    "serving",
    "load",
    "loads",
    "loaded",
    "loading",
    "read",
    "reads",
    "evict",
    "evicts",
    "evicted",
    "vanish",
    "vanishes",
    "fetch",
    "fetches",
    "run",
    "runs",
    "stream",
    "streams",
    "cache",
    "caches",
    "cached",
    "disappear",
    "disappears",
    "drop",
    "dropped",
    "lost",
    "purged",
)
MEMORY_REACH = 4
# And only ending its clause or before one of MEMORY_TAILS: not a system's memory named after it ("never recovers from
# memory pressure", "restore the database from memory dumps": reviews).
MEMORY_TAILS: tuple[str, ...] = (
    "by",
    "because",
    "every",
    "each",
    "and",
    "so",
    "since",
    "again",
    "alone",
    "only",
    "too",
)
OPEN_TO_ALL_WHO: tuple[str, ...] = ("everyone", "anyone", "everybody", "anybody")
# Everyone placed inside the organisation, or holding a way in, before "can": "anyone in the company can query",
# "everybody at the firm can open", "anyone with a login can export" (a convergence review). Not "anyone on the
# internet": what is public is open by design (OPEN_TO_ALL_PUBLIC).
OPEN_TO_ALL_PLACED_BY: tuple[str, ...] = ("in", "at", "across", "with")
# The team's own work items, which anyone may open or edit by the team's choice: "anyone can open any pull request",
# "anybody at the firm can edit every runbook" are the team's way of working, not a product's roles (an attack review).
OPEN_TO_ALL_TEAM_THINGS: tuple[str, ...] = (
    *("ticket", "runbook", "pipeline", "branch", "incident", "pr", "prs", "pull", "merge", "issue", "build"),
    *("release", "deploy", "feature", "flag", "change", "config", "alert", "jira", "sprint", "story", "task"),
)
# The team's own things, which one of its people may change in another's (OTHERS_UNNAMED).
OTHERS_TEAM_THINGS: tuple[str, ...] = (
    *OPEN_TO_ALL_TEAM_THINGS,
    *("code", "commit", "migration", "terraform", "test", "work", "schema", "script", "query", "doc"),
)
# What the holder does after its relative clause, which then ends there: "a table that anyone can query holds customer
# PII" (a convergence review).
# Not "has", "keeps" or "lists": "a db that anyone can query has a single disk" speaks of the store (an attack review).
OPEN_TO_ALL_HOLDING_VERBS: tuple[str, ...] = ("holds", "contains", "stores", "includes")
OPEN_TO_ALL_PLACE_DETERMINERS: tuple[str, ...] = ("the", "our", "this", "a", "an", "their")
OPEN_TO_ALL_PLACES: tuple[str, ...] = (
    *("company", "org", "organisation", "organization", "business", "office", "building", "firm", "department"),
    *("agency", "council", "school", "hospital", "login", "account", "badge", "password", "link"),
)
OPEN_TO_ALL_WHAT: tuple[str, ...] = ("everything", "anything")
# Or one of OPEN_TO_ALL_ANY before one of OPEN_TO_ALL_PEOPLE, and before any word after the verbs: "any user can
# delete any project", "every member can see every record" (set 27 read as a development set).
OPEN_TO_ALL_ANY: tuple[str, ...] = ("any", "every", "all")
# Not before one of these, which counts what is done, not what is reached: "any user can create any number of
# dashboards" (an attack review).
# Nor before a time ("any user can see all day which builds failed") or one's own ("all their own data"), nor with
# what is reached narrowed after it to one's own ("every project they are a member of", "any report they created"),
# within OPEN_TO_ALL_OWN_REACH words; nor denied ("Not every user can access every report"): a diff review.
OPEN_TO_ALL_AMOUNTS: tuple[str, ...] = (
    "number",
    "amount",
    "size",
    "kind",
    "type",
    "sort",
    "length",
    "time",
    "day",
    "night",
    "week",
    "month",
    "year",
    "morning",
    "their",
    "own",
    "his",
    "her",
)
OPEN_TO_ALL_OWN: tuple[str, ...] = ("own", "themselves")
# "they" before one of these narrows it to one's own: "every project they are a member of", "any report they created"
# (not "any repo they find": a diff review).
# ("they are" only before "member": "any repo they are not a member of" reaches any: a third diff review).
OPEN_TO_ALL_THEIR: tuple[str, ...] = ("own", "created", "create", "made", "started", "belong", "joined", "wrote")
OPEN_TO_ALL_THEY: tuple[str, ...] = ("they", "he", "she")
OPEN_TO_ALL_MEMBER: tuple[str, ...] = ("theyre", "are")  # "they're a member of", "they are members of"
OPEN_TO_ALL_OWN_REACH = 3
OPEN_TO_ALL_DENIALS: tuple[str, ...] = ("not", "no", "never", "hardly")
OPEN_TO_ALL_PEOPLE: tuple[str, ...] = (
    "user",
    "member",
    "employee",
    "staff",
    "contractor",
    "volunteer",
    "intern",
    "guest",
    "login",
    "account",
)
# The words between "can" and OPEN_TO_ALL_WHAT: verbs of access only ("anyone can break anything in staging" is no
# permission's, an attack review).
# Verbs of reaching a thing, of both readings below.
_REACHING_VERBS = (
    "see",
    "view",
    "read",
    "edit",
    "change",
    "modify",
    "delete",
    "remove",
    "access",
    "export",
    "download",
    "touch",
)
OPEN_TO_ALL_VERBS: tuple[str, ...] = (
    *_REACHING_VERBS,
    "do",
    "open",  # "anyone at the firm can open every client's file" (not a holder's verb: "a page any user can open")
    "approve",
    "create",
    "manage",
    "and",
    "or",
    "basically",
    "literally",
)
OPEN_TO_ALL_REACH = 4
# Or said of a thing, in a relative clause that ends at its verb: "one shared database table that any member can
# query", "a bucket which anyone can read" (set 30 read as a development set). Verbs of reaching a thing only: "a
# dashboard that anyone can create" reaches nothing.
OPEN_TO_ALL_RELATIVES: tuple[str, ...] = ("that", "which")
# A thing that holds data only (an attack review: "a page that any user can open", "a doc that anyone can edit", "a
# status page that anyone can read" are open by design), right before the relative clause or before who is everyone
# ("Customer PII sits in a table anybody can query").
OPEN_TO_ALL_HOLDERS: tuple[str, ...] = (
    "table",
    "database",
    "db",
    "bucket",
    "drive",
    "folder",
    "spreadsheet",
    "sheet",
    "records",
    "files",
    "data",
    "index",
    "dump",
    "export",
    "exports",
    "share",
    "inbox",
    "archive",
)
# Not a thing made public on purpose: "a public data dump that anyone can download" (a diff review), these at most
# OPEN_TO_ALL_PUBLIC_REACH words before the holder.
OPEN_TO_ALL_PUBLIC: tuple[str, ...] = ("public", "open", "published")
OPEN_TO_ALL_PUBLIC_REACH = 3
# One of these may end the relative clause after its verb: "a shared drive that anyone can download from".
OPEN_TO_ALL_TRAILING: tuple[str, ...] = ("from", "in", "into", "to")
OPEN_TO_ALL_REACHED: tuple[str, ...] = (*_REACHING_VERBS, "query", "open")
AUDIT_QUESTION_OPENER = "who"
AUDIT_WHICH = "which"  # "asked which technicians opened one patient's results" (of one record only)
AUDIT_QUESTION_OBJECTS: tuple[str, ...] = ("which", "what", "whose")
# Only before "what" itself, said as a name or ending its clause: "who-saw-what logging" (set 22 read) is an audit
# trail's; "who saw which alerts" (a diff review), "who saw what ticket" (an attack review) are on-call's.
AUDIT_VERBS_WHAT_ONLY: tuple[str, ...] = ("saw",)
AUDIT_WHAT_JOINERS: tuple[str, ...] = ("and", "when")  # "who saw what and when"
# The question asked of one record: "who opened a student record", "who looked at a shipment record last tuesday" (set
# 25 read), "who viewed each patient record": a verb of AUDIT_VERBS (or "looked at"), one of AUDIT_RECORD_DETERMINERS,
# then one of AUDIT_RECORDS within AUDIT_RECORD_REACH words. Records only: "who deleted the branch", "who edited the
# page" are a team's own work as often as an audit.
AUDIT_LOOKED = ("looked", "at")
AUDIT_RECORD_DETERMINERS: tuple[str, ...] = (
    *("a", "an", "the", "each", "every", "any", "this", "that", "their", "our", "his", "her", "my", "your", "one"),
)
AUDIT_RECORDS: tuple[str, ...] = ("record", "records")
# A person's notes, file or chart are records too, said as someone's: "asked us who had looked at a player's injury
# notes" (set 33 read), "who opened her chart"; not "who had opened the file before the build broke" (a diff review).
# "which technicians opened one patient's culture results" (set 36 read): of a person of AUDIT_PERSONS only, not "the
# build's results", "the incident's history", "the AWS bill's details" (an attack review).
AUDIT_PEOPLES_RECORDS: tuple[str, ...] = ("results", "details", "history", "profile", "data")
AUDIT_PERSONAL_RECORDS: tuple[str, ...] = ("notes", "file", "files", "chart", "charts", *AUDIT_PEOPLES_RECORDS)
AUDIT_PERSONS: tuple[str, ...] = (
    *("patient", "customer", "client", "student", "child", "member", "user", "resident", "donor", "employee"),
    *("player", "citizen", "applicant", "guest", "passenger", "pupil", "tenant", "volunteer", "victim", "caller"),
    *("his", "her", "their", "someone", "person"),
)
# "which night nurses", "which of our support agents": at most AUDIT_WHICH_WORDS words between "which" and the verb,
# none of them a system's ("which services had opened the order records": a diff review).
AUDIT_WHICH_WORDS = 5
AUDIT_PERSONAL_OWNERS: tuple[str, ...] = ("his", "her")
# "who had opened the record": the perfect's auxiliary before the verb.
AUDIT_PERFECT: tuple[str, ...] = ("had", "has", "have")
AUDIT_RECORD_REACH = 3
# Asked, not described: one of AUDIT_WHO_LEADS within AUDIT_WHO_LEAD_REACH words before "who" ("asked us who", "want
# to know who", "a log of who"), not "Students who looked at their records" nor "Doctors who read a patient record"
# (an attack review). Not a record of the team's own work: "who printed the deploy record", "who modified the release
# record".
AUDIT_WHO_LEADS: tuple[str, ...] = (
    "know",
    "knows",
    "knew",
    "ask",
    "asks",
    "asked",
    "asking",
    "tell",
    "told",
    "see",
    "show",
    "shows",
    "say",
    "of",
    "prove",
    "answer",
    "about",
)
AUDIT_WHO_LEAD_REACH = 2
AUDIT_RECORD_NOT_AFTER: tuple[str, ...] = (
    *("deploy", "release", "incident", "decision", "schema", "change", "build", "config", "log", "source", "code"),
    *("meeting", "handover", "design", "runbook", "test", "checklist", "architecture", "onboarding", "sprint"),
    *("planning", "project", "wiki", "spec", "team"),
)
AUDIT_VERBS: tuple[str, ...] = (
    "opened",
    "viewed",
    "accessed",
    "read",
    "downloaded",
    "exported",
    "printed",
    "copied",
    "shared",
    # "who changed what" is left: a team's own changes as often as an audit.
    "edited",
    "deleted",
    "modified",
)

# Phrases that contain a cue's words but mean nothing about scaling: matching them first keeps the cue
# from firing ("deal with flaky tests" is not about an enterprise deal).
# "the app froze" is a freeze (FROZE_CUE); what someone froze, one of FROZEN_PLANS within FROZEN_REACH words after
# "froze" in its clause, is a plan held up: "Legal froze the new contract", "Finance froze all new hiring" (reviews).
FROZE_WORD = "froze"
FROZE_CUE = "freeze"
FROZEN_REACH = 3
FROZEN_PLANS: tuple[str, ...] = (
    "contract",
    "contracts",
    "budget",
    "budgets",
    "hiring",
    "headcount",
    "spending",
    "deal",
    "deals",
    "account",
    "accounts",
    "roadmap",
    "plan",
    "plans",
    "project",
    "renewal",
)
NEUTRAL_PHRASES: tuple[str, ...] = (
    # A system's reach, not the guide's accessibility (an attack review: "the accessibility of the payments API from the
    # EU region drops every evening").
    *("accessibility of", "accessibility from", "accessibility over", "data accessibility", "network accessibility"),
    # A time of day, not a change shipped: "the tracking page times out at shift change" (10 of the tables' 11 rows
    # that say it are no change of the team's; set 35 read).
    *("shift change", "shift changes", "change of shift", "shift changeover"),
    # An idiom of ease, no break: "used to handle it without breaking a sweat" (an attack review: it made "upgrade +
    # breaking" a combination).
    *("breaking a sweat", "break a sweat", "broke a sweat", "breaks a sweat"),
    # Someone dismissed, no fire to fight: "a hospital admin couldn't revoke a fired nurse's access" (sets 46 and 47
    # read as development sets); an alert that fired is still the pager's.
    *(f"{be} fired" for be in ("got", "get", "gets", "was", "were", "been", "being")),
    *(f"fired {who}" for who in FIRED_PEOPLE),
    # An idiom of worry, no night's page: "we're losing sleep because the telemetry store can't ingest data" (sets 46
    # and 47 read as development sets); what it is over ranks first (RANKING_PHRASES).
    *LOSING_SLEEP,
    "deaf ears",  # "our complaints about flaky CI fall on deaf ears" (a diff review)
    # One after another, no table's rows: "the build failed five times in a row", "four weekends in a row".
    "in a row",
    # Sight denied is no access given: "product managers are never able to see what engineering works on", "nobody could
    # see the alerts" (a diff review); "can never see" breaks "can see" alike.
    *(f"{no} able to see" for no in ("never", "not", "nobody was", "no one was")),
    *(f"{no} could see" for no in ("nobody", "no one", "never")),
    # Words of their own, never a misspelt cue (a sports club's "coaches" were read as "caches").
    "coach",
    "coaches",
    # A small amount, not an error in production (a reader's review: "a rounding error" counted for reliability).
    "rounding error",
    "deal with",
    # Where any failure shows, not one of them: what the tickets ask decides ("our support queue is full of requests
    # to change who can see what" read the queue as a system's: sets 32 and 33 read).
    "support queue",
    "support ticket",
    "support inbox",
    "support backlog",
    "helpdesk queue",
    "helpdesk ticket",
    "help desk queue",
    "help desk ticket",
    # Kept current, not kept running: "the docs page doesn't stay up to date" (an attack review).
    *(f"{verb} stay up to date" for verb in STAY_UP_VERBS),
    # What the guide asks for, ranked by its cost, not a bill: "the most expensive problem right now is that code review
    # takes a week" (set 32 read: "expensive" counted for cost optimisation).
    *(f"{lead} expensive {word}" for lead in EXPENSIVE_LEADS for word in EXPENSIVE_RANKED),
    # "the real issue is something unrelated to infra" names no change's side effect (a diff review).
    "something unrelated to",
    *(f"expensive {part} {copula} that" for part in EXPENSIVE_PARTS for copula in ("is", "was")),
    *FIRE_STRESS_PHRASES,
    # A rank, not a duration ("flaky tests second, query tuning a distant third": set 32 read).
    "distant second",
    "close second",
    # Alike, not one piece of work done twice ("every region is built the same way": an attack review).
    "built the same way",
    # Joining or logging in, not a deal held up: "they won't sign up for a bigger plan", "customers won't sign in
    # anymore; the login page hangs" (a diff review).
    "won't sign up",
    "won't sign in",
    "won't sign into",
    "will not sign in",
    "will not sign up",
    # The opener of what is set aside, never a cue ("Setting aside the slow dashboards" listed "Setting" as the
    # settings cue: a reader's review).
    "setting aside",
    "set aside",
    "at the same time",
    "from time to time",
    "the process of",
    "comes down to",
    "come down to",
    "trust me",
    "nobody knows why",
    "nobody understands why",
    "billing system",
    # A page or flow of the product, not a bill (a reader's review: "releases keep breaking the billing page").
    "billing page",
    "billing screen",
    "billing flow",
    "billing service",
    "billing code",
    "billing team",
    # A number that fell, not a connection cut off ("our sales calls dropped off a cliff"): read before the cues
    # "call drop" ... at the same word.
    "drop off",
    # Something put in writing, no outage ("nobody has written it down", a diff review: "down" was read as one).
    *(
        f"{verb} {what}down"
        for verb in ("write", "writes", "wrote", "written", "writing")
        # "We don't write anything down, so the same questions come back" read "down" as an outage (set 45 read).
        for what in ("", "it ", "them ", "anything ", "things ", "stuff ", "everything ", "that ", "this ", "much ")
    ),
    *(f"{what} drop off" for what in ("stream", "call", "connection")),
    "hot reload",  # a developer's tool, no cache ("hot reload the dev server", a diff review)
    # A conversation, no thread of a process ("Decisions get lost in Slack threads": an attack review).
    *(f"{chat} {thread}" for chat in ("slack", "email", "teams", "chat") for thread in ("thread", "threads")),
    # Something a person opens, not a page slow to open ("it takes minutes to open a ticket with the platform team").
    *(f"{unit} to open {det}" for unit in ("seconds", "minutes") for det in ("a", "an", "the", "our", "their", "my")),
    # Out of a sale, not out of an app (an attack review: "kicked out of two enterprise evaluations" is still read so).
    *(
        f"kicked out of {what}"
        for what in ("the running", "the evaluation", "evaluations", "the shortlist", "the deal")
    ),
    # What holds the team back, said of what came before: the complaint is what was named ("that's what's slowing us
    # down", set 22 read, was read as a slow system and an outage). Not said of a system: "the search slows us down
    # every afternoon" (an attack review).
    *(
        f"{pointer} {keeps}{verb} {whom} down"
        # Not "that", "which" or "it": "the search API which slows us down" is a system (a diff review).
        for pointer in ("whats", "what", "thats", "its", "this")
        for keeps in ("", "is ", "keeps ", "kept ", "has been ")
        for verb in ("slow", "slows", "slowing", "slowed")
        for whom in ("us", "me", "everyone", "everybody", "the team")
    ),
)
# Neutral only as written (case aside), not by their stems: "right now" is neutral, "rights now" (access rights) is
# not; "right" alone still reads as "rights" ("added to the right groups"). "sit down" is neutral, "site down" not.
NEUTRAL_AS_WRITTEN: tuple[str, ...] = (
    # Something frozen by someone is a plan held up, not a screen that froze ("Legal froze the contract", an attack
    # review): "froze" is read as "freeze" otherwise.
    # "a big deal" (said of anything) is neutral only in the singular, as written: "we keep losing the big deals" is
    # sales (a reader's review: by stems, "big deals" was neutral too).
    # An aircraft, not a plan: by stems "plane" is "planning" ("the one person who understood failover was on a
    # plane", set 24 read).
    "plane",
    "planes",
    # A school's or a care home's duty to protect children and patients ("safeguarding notes", "safeguarding leads"),
    # no safeguard of a release; "safeguards" still counts.
    "safeguarding",
    # Words that stem like a cue word but are others (an audit of the 25,000 commonest English words against the
    # single-word cues; set 31 read: "Our rowing federation customer" was "rows", technical): a rowing club is no
    # table's rows, a nod no node, a seconded motion no duration, fasting no speed, a spine no spinning disk.
    # Meeting a requirement, not a meeting: by stems "meets WCAG" and "meet demand" are "meeting" (set 6 read).
    "meet",
    "meets",
    "rowing",
    "rowed",
    "nod",
    "nods",
    "nodded",
    "nodding",
    "seconded",
    "fasting",
    "spine",
    "spines",
    # Web pages somewhere, not an on-call engineer paged at an hour ("slow pages at checkout": a convergence review;
    # by stems "pages at" is "paged at"). "I get pages at 3am" still reads "get paged", "pages at night" is a cue.
    "pages at",
    # A bank's or a charity's branch is a place, not a git branch (set 31 read: "to the wrong branch office").
    "branch office",
    "branch offices",
    "branch manager",
    "branch managers",
    "big deal",
    "huge deal",
    "bigger deal",
    "right now",
    "right away",
    "right here",
    # "right" as "just", of a time or a place ("the payment page went white right when the ballet went on sale", set
    # 37 read; it was read as access rights).
    # Not "at", "in", "on": "the right at any time to export" is an entitlement (a diff review).
    *(f"right {word}" for word in ("when", "after", "before", "as", "there", "then", "through")),
    *(f"right {word}" for word in ("from", "into", "by", "behind", "next")),
    "all right",
    "get it right",
    # "site" is stemmed to "sit": "site down" (an outage) is not "sit down" with a customer.
    "sit down",
    "sits down",
    "sitting down",
    # "second" after a determiner is the ordinal ("our second outage", "the second time"), not a duration; "seconds",
    # "2 second timeout", "per second" and "a second" ("lags by a second") still count, but "a second time" not.
    "a second time",
    "the second",
    "our second",
    "their second",
    "its second",
    "my second",
    "your second",
    "every second",
    # Second-line support, a second line of text (a reader's review: read as a duration).
    "second line",
    # The ordinal before a noun that is no time and no cue (an attack review: "users cannot set roles (second para)"
    # read as a duration); "a 2 second delay" still counts, and "20-second page loads" keeps its page load.
    *(f"second {noun}" for noun in ("para", "paragraph", "half", "place", "week", "day", "month", "quarter", "year")),
    # Something taken away on purpose, or never, not a system that went down ("a demo cluster was never torn down").
    # Not "tore down" alone: "a bad apply tore down prod" is an outage.
    "never torn down",
    "not torn down",
    "never tore down",
    "never tear down",
    "to tear down",
    "spun down",
    "spin down",
    "spinning down",
    "wind down",
    "winding down",
    "wound down",
    "scaled down",
    "scale down",
    "scales down",
    "scaling down",
    # A vessel, not a release ("every time the cruise ship docks", set 22 read; "when three ships dock at once", an
    # attack review); "ship" the verb still counts, and so does the noun of a release ("a ship freeze").
    *(f"{kind} {vessel}" for kind in ("cruise", "container", "cargo") for vessel in ("ship", "ships")),
    *(
        f"{vessel} {verb}"
        for vessel, verbs in (
            (
                "ship",
                ("docks", "docked", "arrives", "arrived", "sails", "sailed", "berths", "berthed", "leaves", "left"),
            ),
            ("ships", ("dock", "docked", "arrive", "arrived", "sail", "sailed", "berth", "berthed", "leave", "left")),
        )
        for verb in verbs
    ),
    # Shipping of goods, not of code: "orders don't show up in the shipping screen until mid-afternoon" (set 50 read as
    # a development set); "shipping" beside a thing of parcels and carriers ("shipping labels", "free shipping").
    *(
        f"shipping {thing}"
        for thing in (
            *("label", "labels", "address", "addresses", "cost", "costs", "rate", "rates", "fee", "fees", "price"),
            "prices",
            *("carrier", "carriers", "provider", "providers", "partner", "partners", "company", "screen", "zone"),
            *("zones", "method", "methods", "manifest", "manifests", "quote", "quotes", "container", "containers"),
        )
    ),
    *(f"{kind} shipping" for kind in ("free", "international", "same day", "next day", "two day", "standard")),
    *(f"{kind} shipping" for kind in ("express", "overnight")),
    # A hospital's triage sorts patients, not the team's tickets (a reader's review: "A&E's triage slots vanished" was
    # read as on-call).
    *(f"{who} triage" for who in ("patient", "patients", "a e", "ambulance", "emergency", "hospital", "clinical")),
    *(f"{who} triage" for who in ("medical", "er", "ed", "ward")),
    # Not "triage slots", "triage desk": a support desk has them too (a diff review).
    *(f"triage {what}" for what in ("nurse", "nurses", "bay", "bays")),
    # A time of day or of the week, not work that is late (a reader's review: "until late Friday" read as delivery).
    *(
        f"late {when}"
        for when in (
            *("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
            *("morning", "afternoon", "evening", "night", "at night", "on friday", "in the day", "in the evening"),
        )
    ),
    # A call that ended, not a page that hung (a review: "the customer hung up", read as latency).
    "hung up",
    "hang up",
    "hangs up",
    "hanging up",
    # Naming something, not being paged ("push back on calling this a permissions problem"): "on call" by its stems.
    "on calling",
)

COMBINATIONS: tuple[Combination, ...] = (
    Combination(
        id="change_causes_failure",
        label="a change causing a failure",
        requires=(CHANGE, FAILURE),
        type=P,
        weight=3,
        example="quality_gates",
        description=(
            "a change (a deploy, a release, a merge, a config change) and a failure (an outage, errors, a crash,"
            " a regression) in one complaint: the change caused it, so the fix is in how changes ship"
        ),
    ),
    Combination(
        id="failure_and_response",
        label="a failure and the team's response to it",
        requires=(FAILURE, RESPONSE),
        type=P,
        weight=2,
        example="on_call",
        description=(
            "a failure and how the team responds to it (on-call, runbooks, postmortems)"
            " in one complaint: the pain is the response; not being paged alone with a system's strong failure,"
            " which is where the failure hurts the team"
        ),
    ),
    Combination(
        id="slow_workflow",
        label="a slow step of the delivery workflow",
        requires=(SLOWNESS, WORKFLOW),
        type=P,
        weight=2,
        example="delivery",
        description=(
            "something slow and a step of the delivery workflow (CI, builds, tests, reviews, deploys)"
            " in one complaint: the workflow is slow, not the product"
        ),
    ),
)

# Units that may be glued to a number ("300ms", "4TB"): the number and the unit are read as two words.
UNITS: tuple[str, ...] = ("ms", "mb", "gb", "tb", "pb")
# A number of at most this many digits glued to "s" is a duration in seconds ("takes 9s", "40s to rebuild"); a
# longer one is a status code or a decade ("500s", "2010s") and stays one word.
SECONDS_DIGITS = 2

# Forms matched with their case, only in text that is not all capitals: "IT" (the department) is not "it".
CASE_SENSITIVE_ABBREVIATIONS: tuple[Abbreviation, ...] = (Abbreviation("it department", ("IT",)),)


# ---------------------------------------------------------------------------------------------
# Reading: how clauses, negation, misspellings and context change what a cue counts
# ---------------------------------------------------------------------------------------------

# Words that end one clause and start the next. After a contrast word the new clause carries the complaint
# ("X is fine, but Y"); after a concession word it is only another clause. Punctuation (. , ; : ! ? ( ) and a
# spaced dash) also ends a clause.
CONTRAST_WORDS: tuple[str, ...] = ("but", "yet", "however", "whereas", "instead", "meanwhile")
# A piece that is only "not", one of these and at most NOT_THE_REACH words: "..., not the infra" rules the infra out.
NOT_THE_DETERMINERS: tuple[str, ...] = ("the", "our", "their", "its", "my", "your", "his", "her")
NOT_THE_REACH = 3
# The verdict before it: a copula ("Onboarding is painful, not the infra") or a verb of hurting ("Onboarding hurts,
# not the infra", "The database slows everything down, not the deploys": a diff review).
# Not words that are nouns as often ("We audit the costs, not the admin actions", "We schedule breaks, not the
# deploys": a later diff review).
NOT_THE_VERDICT_VERBS: tuple[str, ...] = ("hurts", "hurt", "kills", "killed", "slows", "slowed", "sucks")
# "Not X but Y" opening a sentence rules X out (attack 44's "not the cloud bill but ..." and a CLI review's "Not
# performance but ownership" counted X): a clause of "not", a determiner maybe and at most NOT_THE_REACH words, before
# one of NOT_BUT_CONTRASTS; not a lack or a hedge (NOT_BUT_NOT: "not enough reviewers but ...", "not sure but ...").
NOT_BUT_CONTRASTS: tuple[str, ...] = ("but",)
# Not a bare state: a participle or an adjective ("Not translated but ...", "Not compliant but ...": a diff review).
NOT_BUT_STATE_ENDINGS: tuple[str, ...] = ("ed", "able", "ible", "ous", "ful")
NOT_BUT_STATES: tuple[str, ...] = (
    *("secure", "safe", "stable", "up", "down", "live", "online", "offline", "compliant", "resilient", "redundant"),
    *("consistent", "efficient", "sufficient", "transparent", "responsive", "intuitive", "accessible", "private"),
)
NOT_BUT_NOT: tuple[str, ...] = (
    *("enough", "a", "an", "one", "single", "many", "much", "every", "all", "any", "sure", "just", "even", "yet"),
    *("really", "quite", "so", "too", "always", "that", "this", "because", "only", "very", "fast", "slow", "great"),
    *("good", "bad", "working", "scaling", "getting", "being", "having", "here", "there", "now", "ready", "done"),
)
# An "and" that joins one more item to a preposition's object: no new statement ("District admins are happy with roles
# and permissions": set 45 read as a development set). At most LIST_ITEM_WORDS words before "and" after one of
# LIST_PREPOSITIONS, and at most that many words after it.
LIST_PREPOSITIONS: tuple[str, ...] = ("with", "of", "about", "for", "on", "in", "to", "by")
LIST_ITEM_WORDS = 3
# Phrases with "and" in them, no two statements: "enterprise buyers ask about roles and audit logs now and then, but".
AND_IDIOMS: tuple[str, ...] = (
    *("now and then", "again and again", "over and over", "back and forth", "on and off", "here and there"),
    *("more and more", "up and running", "by and large", "out and about", "on and on", "round and round"),
)
# A count, not a thing ruled out: "Customers are furious again, not the first outage" (a diff review).
NOT_THE_COUNTED: tuple[str, ...] = (
    "first",
    "last",
    "only",
    "same",
    "usual",
    "slightest",
    "least",
    "second",
    "third",
    "next",
    "other",
    "single",
    "whole",
    "entire",
)
# A sentence that opens with one of these and goes on after a comma is carried by what follows the comma: "Though page
# loads could be snappier, buyers leave because any bidder can see the others' bids" reads as "..., but buyers leave"
# (set 30 read as a development set).
LEADING_CONCESSIONS: tuple[str, ...] = ("although", "though")
# The marker of the clause a leading concession passes the complaint to: its word and the comma, never a closing
# "though" ("The dashboards take 20 seconds though.": a diff review found the two said alike).
LEADING_CONCESSION_MARKERS: tuple[str, ...] = tuple(f"{word}," for word in LEADING_CONCESSIONS)
# Who opens a relative clause: a piece that opens with one speaks of the one before ("Although SSO, which buyers want,
# is missing, ..."), never the clause a concession passes on to, nor what follows an exception (a diff review).
CLAUSE_RELATIVES: tuple[str, ...] = ("which", "who", "whose", "whom", "where")
LEADING_CONCESSION_LEADS: tuple[str, ...] = ("even",)  # "Even though X, Y" (an attack review)
CONCESSION_WORDS: tuple[str, ...] = (
    "although",
    "though",
    "until",
    "unless",
    "except",
    "compared to",
    "compared with",
    "unlike",
    "apart from",
)

# A want put off: a clause with one of these after one of DEFERRED_WISHES ("the zoo buyers want audit logs
# eventually", "permissions need work at some point") is conceded before a clause that carries the complaint, in its
# sentence or the next, or one that opens with one of DEFERRAL_NOW ("..., right now the ticket database melts"): not
# this quarter's problem (set 34 read). Alone it complains ("We'll need SSO eventually"). Not "eventually" said of
# what happened: "the queue grows until eventually the database falls over" asks for nothing.
DEFERRALS: tuple[str, ...] = (
    # Not "one day": "One day last month checkout went down" (a diff review).
    *("eventually", "someday", "some day", "at some point", "sooner or later", "down the road"),
    *("down the line", "in the long run", "in the long term", "longer term", "later on", "in the future"),
)
DEFERRED_BACK_REFERENCES: tuple[str, ...] = ("it", "its", "this", "that")  # the thing put off, not "them" (people)
# The wish a deferral puts off, before it in its clause: wanting or asking, not a lack ("the export eventually times out
# with no error" puts nothing off: a diff review).
DEFERRED_WISHES: tuple[str, ...] = (
    *("want", "wants", "wanted", "need", "needs", "needed", "ask", "asks", "asked", "asking", "require", "requires"),
    *("required", "expect", "expects", "expected", "request", "requests", "requested", "would like", "would love"),
    "wanting",
)
DEFERRAL_OPENING_REACH = 2  # words between a deferral that opens its clause and the wish: "Eventually we'll need"
DEFERRAL_NOW_REACH = 3  # where a clause's "now" may stand: "and right now", "the cost right now is"
DEFERRAL_NOW: tuple[str, ...] = (
    *("right now", "for now", "now", "today", "currently", "at the moment", "this quarter", "this month"),
    *("this week", "this year", "these days", "in the meantime"),
)

# A clause that says something is fine: "<subject> is fine", "... has been great", "... works".
# COPULAS then (at most two of FILLERS) then one of FINE_STATES; not after a negation ("isn't fine" complains).
COPULAS: tuple[str, ...] = (
    "s",  # "uptime's fine": a word's "'s" is read as a word of its own (except in "it's", "that's", "what's")
    "is",
    "are",
    "was",
    "were",
    "been",
    "be",
    "looks",
    "look",
    "looked",
    "seems",
    "seem",
    "stays",
    "stayed",
    "remains",
    "feels",
    "its",
    "thats",
    "theyre",
    "runs",
)
FILLERS: tuple[str, ...] = (
    "all",
    "really",
    "pretty",
    "totally",
    "actually",
    "honestly",
    "perfectly",
    "mostly",
    "now",
    "just",
    "quite",
    "very",
    "super",
    "absolutely",
    "largely",
    "already",
    "generally",
    "basically",
    "fairly",
    "still",
    "been",
    "rock",
    "crazy",
    "blazing",
    "lightning",
    "incredibly",
    "extremely",
    "remarkably",
    "surprisingly",
)
# What a comparison makes small: "the infra cost creep feels minor", "... are small by comparison" (set 21 read). Fine
# states only now, not after one of PAST_COPULAS: "provisioning was manageable at ten customers" grew since (an attack
# review); and only with one of SMALL_COMPARED in their sentence: "the outages are minor but daily" complains (a diff
# review).
SMALL_STATES: tuple[str, ...] = (
    "minor",
    # "our slow code reviews are a minor annoyance" beside a comparison (set 35 read); not "a minor version" (a diff
    # review).
    *(f"a minor {what}" for what in ("annoyance", "irritation", "nuisance", "inconvenience", "issue", "headache")),
    "trivial",
    "negligible",
    "manageable",
    "tolerable",
    "bearable",
    "small by comparison",
    "small in comparison",
    # "Compared with losing the hospital group over data residency, a few slow dashboard loads are nothing" (set 32
    # read; fine only with a comparison in its sentence, as the others: "there is nothing to page on" complains).
    "nothing",
)
PAST_COPULAS: tuple[str, ...] = ("was", "were", "been")
# Words by which a clause speaks of what the one before it named: a small state before such a clause is not outweighed
# ("The outages are minor. What hurts is that they happen daily").
BACK_REFERENCES: tuple[str, ...] = ("it", "its", "they", "them", "their", "theyre", "those", "these", "this", "that")
# "that" right after one of these opens what is said, it names nothing before: "What hurts is that we have no audit
# log" (an attack review).
BACK_REFERENCE_NOT_AFTER: tuple[str, ...] = ("is", "s", "was", "are", "were")
# A clause said to be fine or no problem whose subject is only one of these speaks of what came before it: "Yes, code
# review is slow. But that's not what's hurting; it's that the order system falls over" (set 28 read as a development
# set): the clause right before it, in its sentence or the one before, is fine too.
# Not "this": "The pager went off eleven times last night. This is fine." is the meme's sarcasm (an attack review).
POINTERS: tuple[str, ...] = ("that", "thats", "which")
# A verdict of the past points back to nothing now: "..., which was fine last year" (an attack review).
# Its verdict sets what it points to aside when it is one of these states (not "great" after "just": sarcasm), or a
# problem denied (not a size denied: "That's not a small problem" complains: a diff review); a verdict of another time
# points to nothing now ("..., which was fine last year", "that used to be fine").
POINTER_STATES: tuple[str, ...] = ("fine", "ok", "okay")  # not "great": "Checkout crashes every day, which is great"
# So do the small states of one word (fine only beside a comparison): "Our CI is a bit slow, but that's minor compared
# to SSO missing" (set 42 read as a development set).
POINTER_SMALL_STATES: tuple[str, ...] = tuple(state for state in SMALL_STATES if " " not in state)
POINTER_SARCASM: tuple[str, ...] = ("just", "oh", "so")
POINTER_PAST: tuple[str, ...] = ("was", "were", "wasnt", "werent")  # of a state: "which was fine back then"
# Before the problem word of a problem denied: "not the problem", "not our problem", "not the real issue".
POINTER_PROBLEM_WORDS: tuple[str, ...] = ("the", "our", "my", "real", "main", "actual")
POINTER_TIMES: tuple[str, ...] = ("used", "before", "anymore", "once")
# A verdict limited by what follows it is no verdict on what came before: "which is fine on staging but not in
# production", "that's fine until Black Friday".
POINTER_LIMITS: tuple[str, ...] = ("but", "until", "unless", "except", "only", "when", "if")
# ... when at most this many words follow its marker ("... what's hurting us"; not "That's not a problem for customers
# who wait, but it is for buyers", which limits what it says).
POINTER_TAIL_WORDS = 2
# Phrases, not single words: "the outages are minor but happen more than twice a day" compares no problems (a review).
SMALL_COMPARED: tuple[str, ...] = (
    "compared",
    "comparison",
    "next to",
    "beside",
    "relative to",
    "relatively",
    "by contrast",
    "pale",
    "pales",
    "than the",
    "than our",
    "than any",
    # The state denied to what hurts: "Latency is tolerable; what isn't tolerable is three teams arguing" (set 24 read).
    "what isnt",
    "what is not",
)
FINE_STATES: tuple[str, ...] = (
    "fine",
    "ok",
    "okay",
    "healthy",
    "solid",
    "great",
    "good",
    "stable",
    "quick",
    "fast",
    "green",
    "clean",
    "sorted",
    "smooth",
    "reliable",
    "solved",
    "decent",
    "acceptable",
    "the easy part",
    "under control",
    "in good shape",
    "not an issue",
    "not a problem",
    "not the problem",
    "quiet",
    "calm",
    "steady",
    "happy",
    "followed",
    "working",
    "in place",
    "up to date",
    "on time",
    *SMALL_STATES,
)
# A verdict said without a verb: a subject of at most VERBLESS_SUBJECT_WORDS words, none of VERBLESS_NOT_SUBJECTS,
# then a fine state that ends the clause ("Release cadence okay, queueing system not okay", set 36 read). Not waited
# for ("rerunning till green", "rerun x5 b4 green").
VERBLESS_SUBJECT_WORDS = 4
# Verbs that make it a statement of its own ("CI goes green", "the page won't stay up"): read by the rules for them.
VERBLESS_VERBS: tuple[str, ...] = (
    *("go", "goes", "went", "gone", "stay", "stays", "stayed", "keep", "keeps", "kept", "work", "works", "worked"),
    *("turn", "turns", "turned", "look", "looks", "seem", "seems", "feel", "feels", "run", "runs", "ran", "get"),
    *("gets", "got", "come", "comes", "came", "make", "makes", "made", "stop", "stops", "stopped"),
)
# Nor hedged or counted ("Tests rarely green", "SSO half working", "Nobody happy": a diff review), asked ("Capacity
# okay? Not even close") or wished for after a colon ("Goal for Q3: audit logs in place", "Top ask from the hospital
# group: SSO working": an attack review).
VERBLESS_HEDGES: tuple[str, ...] = (
    *("barely", "hardly", "rarely", "seldom", "sometimes", "occasionally", "half", "partly", "partially", "few"),
    *("less", "than", "only", "nobody", "never", "almost", "nearly", "supposedly", "allegedly", "apparently"),
)
VERBLESS_WISH_LABELS: tuple[str, ...] = (
    *("goal", "goals", "ask", "asks", "must", "requirement", "requirements", "roadmap", "target", "want", "wants"),
    *("need", "needs", "wishlist", "todo", "plan", "objective", "okr", "condition", "demand", "demands"),
)
# Praise said without a verb: a list whose every item is one of these and at most PRAISED_WORDS words more, none a verb
# or negation we know ("team process is honestly fine, good reviews, good runbooks", set 40 read as a development set;
# "Great customers, terrible uptime"). Not "quick" nor "fast" nor "clean", said of hacks, fixes and clean-ups.
PRAISE_WORDS: tuple[str, ...] = (
    *("good", "great", "solid", "decent", "healthy", "reliable", "smooth", "excellent", "strong", "mature", "stable"),
)
PRAISED_WORDS = 2
PRAISE_VERBS: tuple[str, ...] = ("quit", "quits", "leave", "leaves", "left", "gone", "missing", "lacking", "absent")
VERBLESS_NOT_SUBJECTS: tuple[str, ...] = (
    *("i", "we", "you", "they", "he", "she", "it", "not", "so", "if", "when", "before", "b4", "after", "to"),
    *("of", "for", "with", "by", "from", "about", "at", "on"),  # "ways of working": a gerund, no state
)
# Phrases that say something is fine on their own, wherever they stand in the clause.
# Someone's hours, not a thing that works: "the only person with the release keys works part time" (set 43 read as a
# development set). "works" or "worked" right before one of these is no verdict.
WORKS_HOURS: tuple[str, ...] = (
    *("part", "full", "nights", "weekends", "remotely", "shifts", "overtime", "late", "evenings", "mornings"),
    *("weekdays", "hourly", "freelance", "night", "weekend", "shift", "evening", "holidays", "hours", "holiday"),
    *("overnight", "days"),
)
# How many of them, at most two said between (a number too): "Priya has worked four weekends in a row", "worked every
# weekend", "worked through the night".
WORKS_HOURS_COUNTS: tuple[str, ...] = (
    *("every", "all", "most", "many", "several", "extra", "long", "whole", "entire", "straight", "consecutive"),
    *("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve", "twenty", "both", "the"),
    *("through", "single", "hour"),  # two at most: "worked through the weekend", "works 12-hour days"
)
# Done with no trouble: "The database scaled without drama, the bottleneck is our hand-built release process" (set 43
# read as a development set). Fine phrases only where they end their clause, with no negation before them: not "we
# cannot ship without problems appearing in prod" nor "releases never go out without issues" (both complain), nor
# "without incident": "we ship without incident reviews".
# Words that say something is scarcely so, read as negations before WITHOUT_TROUBLE.
SCARCELY: tuple[str, ...] = ("cannot", "rarely", "seldom", "hardly", "barely")
WITHOUT_TROUBLE: tuple[str, ...] = (
    *(f"without {trouble}" for trouble in ("a hitch", "a hiccup", "drama", "any drama", "fuss", "any fuss")),
    *(f"without {trouble}" for trouble in ("a problem", "problems", "any problems", "issue", "issues", "any issues")),
)
FINE_PHRASES: tuple[str, ...] = (
    "works",
    "worked",
    "works fine",
    "work fine",
    "works well",
    "work well",
    # As meant to (set 41 read as a development set: "Tenant permissions work as designed and the clients are happy").
    *(f"{verb} as {meant}" for verb in ("work", "works", "worked") for meant in ("designed", "intended", "expected")),
    "held up",
    "holds up",
    "went smoothly",
    "went well",
    "went fine",
    "loved",
    "love it",
    "happy with",
    "just fine",
    "pleased with",
    "no complaints",
    "never the sticking point",
    # The writer's own shrug at what follows ("I don't care how fast it is, I care that ..."); not anyone else's
    # ("leadership doesn't care about flaky tests" is the complaint), nor a team's about itself ("we don't care
    # enough about flaky tests": a diff review).
    "i dont care",
    "i do not care",
    # A CLI review: "nothing is wrong" was a guess of the fallback model, and "Nothing's wrong with the servers; ..."
    # counted the servers.
    "nothing is wrong",
    "nothing s wrong",
    "nothing wrong with",
    # Load carried easily (set 35 read: "The servers are barely breaking a sweat; what's failing is how we hand work").
    *(
        f"{how} {verb} a sweat"
        for how in ("barely", "hardly", "not", "never", "without")
        for verb in ("breaking", "break", "broke", "breaks")
    ),
    *WITHOUT_TROUBLE,
)
# Load carried well, said after a verb and its object (set 45 read as a development set: "The database handles the
# load fine. The humans handling incidents do not."): one of COPING_VERBS, at most COPING_REACH words, then one of
# COPED_WELL that ends its clause; not after a negation or a modal ("can't handle the load well").
COPING_VERBS: tuple[str, ...] = (
    *("handles", "handled", "handle", "copes", "coped", "cope", "runs", "ran", "scales", "scaled", "performs"),
    *("performed", "absorbs", "absorbed", "takes", "took", "serves", "served", "survives", "survived"),
    *("deal", "deals", "dealt"),  # "The servers deal with the traffic fine" (an attack review)
)
COPING_REACH = 4  # "handles the Black Friday peak fine"
COPING_NOBODY: tuple[str, ...] = ("nobody", "noone", "none", "neither")  # "nobody handles incidents well"
# A doubt or a question before it: "I doubt the database handles peak load well", "Does the cluster cope ... fine"
# (a diff review).
COPING_DOUBTS: tuple[str, ...] = (
    *("doubt", "doubts", "doubtful", "wonder", "unsure", "sure", "whether", "if", "can", "could", "does", "do"),
    *("did", "will", "would", "hope", "hoping", "pray", "assume", "assumed", "supposedly", "apparently"),
)
# Not of today's load only, nor of a figure: a headroom complaint ("It handles the current load fine, but we have no
# idea if it will survive 10x", "Each node serves about 200 users comfortably, and we add 5,000 a month": an attack
# review). A word with a digit between the verb and the verdict is a figure.
COPING_LIMITS: tuple[str, ...] = ("current", "currently", "now", "today", "todays", "so", "far", "yet", "still")
COPED_WELL: tuple[str, ...] = (
    *("fine", "just fine", "well", "nicely", "easily", "comfortably", "without breaking a sweat", "brilliantly"),
    *("perfectly", "smoothly", "beautifully", "great"),  # "The system handles load brilliantly" (an attack review)
)
# A fine state or phrase followed within PARTIAL_REACH words by one of these is limited to a part, and complains
# about the rest: "the export works for small teams but ...", "latency is fine for most accounts". A comparison after
# it names the problem in the same clause: "both are minor next to the memory leak" (set 21 read: "minor").
PARTIAL_WORDS: tuple[str, ...] = (
    "small",
    "smaller",
    "most",
    "some",
    "few",
    "tiny",
    "short",
    "light",
    "low",
    "next",
    "beside",
    "besides",
    "compared",
    # "manageable only because we keep buying bigger instances", "minor individually, but ..." (an attack review).
    "only",
    "individually",
)
PARTIAL_REACH = 3
# A wish is not a statement that something is fine: a copula after one of these ("SSO would be great", "the API
# needs to be fast") says nothing about the present.
MODALS: tuple[str, ...] = (
    "would",
    "should",
    "could",
    "will",
    "must",
    "might",
    "may",
    "to",
    "wont",
    "cant",
    "shouldnt",
    "wouldnt",
    "need",
    "needs",
    "want",
    "wants",
    "hope",
    "expect",
    "expected",
    "supposed",
)
# A state waited for is not the present one, within WAITED_REACH words before the copula: "people hit rerun til its
# green" (set 22 read), "we keep clicking retry until the pipeline is green" (an attack review).
WAITED_FOR: tuple[str, ...] = ("until", "till", "til", "unless")
WAITED_REACH = 4
# A fine phrase does not count after one of these (or a negation) in the three words before it: "how billing
# works", "only works on Dave's machine".
FINE_VETOES: tuple[str, ...] = (
    "how",
    "only",
    "what",
    "if",
    "whether",
    "barely",
    "sometimes",
    "rarely",
    "half",
    "when",
    "hardly",
)
# A fine word right after "that" (with at most RELATIVE_GAP words of FILLERS or RELATIVE_GAP_WORDS between) is a
# relative clause that describes a thing, not a verdict on the clause: "every release breaks something that (has
# always) worked", "a page that was fine yesterday". Not when "that" opens the clause or follows one of
# NOT_ANTECEDENTS, where it is the subject ("That works fine", "SSO shipped and that works"), nor after "which",
# which adds a verdict on what came before ("SSO and SCIM, which worked well, ...").
RELATIVE_PRONOUNS: tuple[str, ...] = ("that",)
RELATIVE_GAP_WORDS: tuple[str, ...] = ("had", "has", "have", "was", "were", "always", "once", "previously", "ever")
RELATIVE_GAP = 3
NOT_ANTECEDENTS: tuple[str, ...] = ("and", "or", "so", "because", "since", "but", "yet", "honestly", "now", "all")
# A negation before a word for a problem within four words rules the clause out: "not a performance issue",
# "no problem with SSO", "nothing wrong with the database", "costs aren't the worry". So does a problem word
# followed at once by a negation: "the problem isn't latency".
NEGATIONS: tuple[str, ...] = (
    "not",
    "no",
    "nothing",
    "never",
    "isnt",
    "arent",
    "wasnt",
    "werent",
    "aint",
    "nor",
)
# Negations of a verb: they rule out a problem word after them ("we don't have a latency problem", "haven't had any
# SSO complaints"), never one before them ("the problem doesn't go away" complains).
VERB_NEGATIONS: tuple[str, ...] = ("dont", "doesnt", "didnt", "havent", "hasnt", "hadnt")
# Every negation written with "n't" (its apostrophe dropped), which a fine phrase may not follow ("doesn't work
# well"); a word that only ends in "nt" is none: "Tenant permissions work as designed", "the deployment works fine"
# (set 41 read as a development set).
CONTRACTED_NEGATIONS: tuple[str, ...] = (
    *("isnt", "arent", "wasnt", "werent", "aint", *VERB_NEGATIONS),
    *("cant", "wont", "couldnt", "shouldnt", "wouldnt", "mustnt", "neednt"),
)
PROBLEM_WORDS: tuple[str, ...] = (
    "problem",
    "problems",
    "issue",
    "issues",
    "worry",
    "worries",
    "concern",
    "concerns",
    "blocker",
    "blockers",
    "blocking",
    "bottleneck",
    "sticking point",
    "complaint",
    "complaints",
    "trouble",
    "wrong",
    "pain",
    "thing",
    "cause",
    "culprit",
    "fault",
    # Set 19's readings: "throughput isn't the constraint", "the weak spot is how we work together".
    "constraint",
    "headache",
    "weak spot",
    "weak point",
    "limiting factor",
    # Set 30 read as a development set: "Scaling the servers was never the hard part. The hard part is ..." ("the hard
    # part" stresses its clause: STRESS_PHRASES).
    "hard part",
    "hardest part",
    # Sets 46 and 47 read as development sets: "our actual crisis is that half the team quit", "the painful part is
    # that the hospital trust won't go live without role-based permissions".
    *("crisis", "crises", "emergency", "painful part", "worst part", "scary part", "tricky part"),
    # "We have no compliance gaps, but ..." (set 32 read).
    "gap",
    "gaps",
)
# Problem words that are verbs too: a word for the problem (before a copula that stresses its clause) only after one
# of DETERMINERS or NOUN_MARKS ("the cause is ...", "one cause is ...") or right before a copula ("cause is unclear"),
# not "deploys cause outages and two deals are stuck" (a reader's review).
VERB_PROBLEM_WORDS: tuple[str, ...] = ("cause",)
NOUN_MARKS: tuple[str, ...] = ("one", "biggest", "underlying", "only", "likely", "obvious", "common", "usual", "other")
# Between the negation and the problem word stand at most two words; unless the negation is "no", the first of
# them must be one of these ("not a performance issue", but not "tests do not catch issues").
DETERMINERS: tuple[str, ...] = (
    "a",
    "an",
    "the",
    "any",
    "much",
    "our",
    "their",
    "my",
    "your",
    "its",
    "that",
    "this",
    "such",
    "really",
    "real",
    "big",
    "major",
    "main",
)
# A hedge between a negation and a determiner leaves the negation whole: "not really an outage problem", "not actually
# a latency issue" (a reader's review: "outage" counted). Not "just" nor "only": "not just a latency problem" complains.
NEGATION_HEDGES: tuple[str, ...] = ("really", "actually", "exactly", "even", "necessarily")
# After a negation, one of these verbs of having or hearing stands for a determiner and opens a short noun phrase
# (up to NOUN_PHRASE_WORDS words) before the problem word: "we've never had SSO or permissions complaints",
# "haven't heard any latency concerns".
HAVING_VERBS: tuple[str, ...] = ("had", "have", "has", "got", "get", "seen", "heard", "received")
# After a symptom said not to be had, a limit says it is had now, or in some measure ("never had outages until we
# passed 10k users", "never had an outage this bad"): the symptom is not ruled out.
HAD_LIMITS: tuple[str, ...] = ("until", "till", "before", "since", "this", "like", "yet")
# "Nothing is slow": the symptom denied of everything (a reader's review), unless a limit or an exception follows.
NOTHING_SUBJECTS: tuple[str, ...] = ("nothing",)
# Its own list, not HAD_LIMITS: "this", "like", "since", "yet" and "anymore" say the problem is gone, or start another
# clause ("nothing is slow anymore", "nothing is slow since the rewrite": an attack review).
NOTHING_LIMITS: tuple[str, ...] = (
    "until",
    "till",
    "before",
    "except",
    "apart",
    "besides",
    "save",
    "unless",
    "if",
    "when",
    "whenever",
    "only",
)
NOTHING_OTHER_THAN: tuple[str, str] = ("other", "than")  # "other" alone is no exception: "nothing other teams use"
NOTHING_NOT_AFTER: tuple[str, ...] = ("says", "said", "claims", "claimed", "insists", "insisted", "swears", "thinks")
NOUN_PHRASE_WORDS = 4
# Words that end the noun phrase before a problem word is reached: "never had time to fix complaints" rules
# nothing out.
# "only" too: "slow queries aren't our only performance problem" says they are one (an attack review).
NOUN_PHRASE_BREAKS: tuple[str, ...] = ("to", "that", "when", "because", "if", "until", "since", "only")
# A problem word followed by one of these carries the complaint, like STRESS_PHRASES: "their complaint is ...",
# "my worry is ...", "the trouble is ..." (read after the fine markers: "the problem isn't latency" rules out).
PROBLEM_COPULAS: tuple[str, ...] = ("s", "is", "are", "was", "were")
# A pseudo-cleft carries the complaint: "what" (or "what's"), one to PSEUDO_CLEFT_WORDS words, then a copula of
# PROBLEM_COPULAS and more: "what isn't is the queue ...", "what breaks every week is the import".
PSEUDO_CLEFT_OPENERS: tuple[str, ...] = ("what", "whats", "where", "wheres")
PSEUDO_CLEFT_WORDS = 4
# Said of what "really" or "actually" hurts, a pseudo-cleft ranks its complaint above what came before: "Code reviews
# are slow, but what actually costs us is the image stitcher falling over" concedes the reviews (set 39 read). So does
# "the thing actually costing us is ..." (after a determiner).
RANKING_CLEFT_ADVERBS: tuple[str, ...] = ("really", "actually", "truly")
# So does one of what is costing "us" ("... though what is losing us money this month is the streaming server
# buffering"), or after a copula (" ... the ticket API collapsing under holiday demand is what is costing us revenue":
# set 43 read as a development set): the most expensive failure, by the guide's own question, and it carries the
# complaint. At most COST_CLEFT_WORDS words between "what" and the verb ("what's really costing us"); after "though"
# too, which does not open a stressed clause of its own ("..., though what is losing us money is ...").
COST_CLEFT_VERBS: tuple[str, ...] = ("costing", "losing", "hurting", "killing", "bleeding", "draining", "sinking")
COST_CLEFT_WORDS = 2
COST_CLEFT_LEADS: tuple[str, ...] = ("though", "although")
# Only opening its clause, after a contrast, a filler or one of these: not after "and" ("Every deploy breaks checkout,
# and what actually breaks is the payment step" says more of the same: an attack review), nor inside it.
RANKING_CLEFT_LEADS: tuple[str, ...] = ("so", "now", "still", "today")
# Farther from the problem word, a copula before "that" still names it: "the biggest blocker to selling to travel
# management companies is that ..." (a longer phrase of what is blocked; read after the real words were no longer
# read as misspellings, when "I'll admit" stopped counting for admins). In the present only: "a common complaint from
# the customers in our pilot was that there were no audit logs, which shipped in May" is history; and not after
# "thing": "one thing I really like about our Kubernetes setup is that it autoscales" praises (an attack review). The
# near copula still stresses "one thing I like is ..." (as before the far one was added).
PSEUDO_CLEFT_THAT_WORDS = 8
PSEUDO_CLEFT_THAT_COPULAS: tuple[str, ...] = ("is", "are", "s")
PSEUDO_CLEFT_THAT_NOT_AFTER: tuple[str, ...] = ("thing",)
# After a determiner, one of these before one of FOCUS_NOUNS names the problem: "the real drag is", "the actual snag
# is" (set 21 read: the stress phrases named "real problem", "real issue" only). Not "main" nor "biggest": "our main
# database is slow" is a plain statement; not any noun: "the real users are enterprise admins", "the actual tenant
# is a bank" describe (an attack review).
FOCUS_ADJECTIVES: tuple[str, ...] = ("real", "actual", "true", "immediate", "urgent", "pressing")
# So does a comparison before one of FOCUS_NOUNS or PROBLEM_WORDS, and it ranks the problem above what came before:
# "We lack a runbook for it, sure, but the bigger fire is that it drops readings", "the costliest gap is that ..."
# (set 42 read as a development set).
RANKING_ADJECTIVES: tuple[str, ...] = ("bigger", "biggest", "costlier", "costliest", "worse", "worst", "larger")
# Said of what came before in its clause, ending it: "Deploys are slow, but the missing audit log is the real problem"
# ranks the audit log (sets 38 to 41, read again), with at most this many words after ("... is the real problem
# here").
REAL_AFTER_WORDS = 3
FOCUS_NOUNS: tuple[str, ...] = (
    "drag",
    "snag",
    "blocker",
    "bottleneck",
    "pain",
    "cause",
    "reason",
    "headache",
    "killer",
    "constraint",
    "challenge",
    "struggle",
    "threat",
    "risk",
    "worry",
    "concern",
    "fire",
    "trouble",
    "danger",
    "showstopper",
    "dealbreaker",
    "gap",
    "hurdle",
    "obstacle",
    "drain",  # "the real drain is on-call" (set 42 read as a development set)
)
# A verdict without a subject: a clause of FILLERS, fine states (FINE_STATES), participles in "-ed" and the
# words below only, with at least one fine state ("all shipped and working", "Solved.", "mostly green"). It
# says its subject is fine, and its subject is what came just before it: a list before a colon or a dash, or
# a question ("SAML, SCIM, custom roles: all shipped and working", "Latency? Solved.").
VERDICT_JOINERS: tuple[str, ...] = ("and", "or", "both", "now", "in", "a", "an")
# Between the verdict and its subject: these marks only (no full stop). Each earlier item of the list is a
# short phrase (no statement of its own) separated by LIST_MARKS.
VERDICT_MARKS: tuple[str, ...] = (",", ":", "-", "\u2013", "\u2014", "?")
LIST_MARKS: tuple[str, ...] = (",", ":", "-", "\u2013", "\u2014", "/", "&")
LIST_JOINERS: tuple[str, ...] = ("and", "or", "plus")  # inside one item: "SCIM and audit logs"
# A fragment of fillers and at most CONCEDED_WORDS other words (no verb we know: "all mature") after a list, when
# the next clause opens with a contrast word, is conceded like a verdict: "Runbooks, paging, postmortems - all
# mature. Yet every pilot dies at the security review" rules out the list (the contrast says it is not the pain).
CONCEDED_WORDS = 2
# Contrast words that may also close the clause that carries the complaint: "SSO is sorted. Search is slow though."
TRAILING_CONTRASTS: tuple[str, ...] = ("though", "however")
# A fine state may stand after "in" and an article ("in decent shape", "in a good place").
STATE_PREFIXES: tuple[str, ...] = ("in",)
# A fine state in "-ing" followed by one of these is a verb, not a state: "what their reports are working on".
STATE_VERB_PARTICLES: tuple[str, ...] = ("on", "through", "towards", "at")
STATE_ARTICLES: tuple[str, ...] = ("a", "an")

RULED_OUT_BELIEFS: tuple[str, ...] = ("think", "believe")  # a need denied by a belief: "don't think we need"
# Phrases that rule out what follows them in the clause: "we don't need more servers", "it's not that ...".
RULED_OUT_PHRASES: tuple[str, ...] = (
    "not asking for",
    "not asking about",
    "nobody's asking for",
    "nobody is asking for",
    "nobody asks for",
    "no one's asking for",
    "no one is asking for",
    "no one asks for",
    # With whom they ask (set 20: "Nobody's asking us for enterprise features"); "nobody's asking why latency
    # doubled" is the complaint (an attack review).
    *(
        f"{who} {verb} asking {whom} {what}"
        for who in ("nobody", "no one")
        for verb in ("is", "s")
        for whom in ("us", "me")
        for what in ("for", "about")
    ),
    # "Nobody complains about"; an attack review: "Nobody at the dental practices asks about uptime; ..."; a diff
    # review: "No customer at that size complains about latency".
    *(
        f"{who} {verb} about"
        for who in ("nobody", "no one", "no customer", "no client")
        for verb in ("complains", "asks")
    ),
    # Said in other tenses, or of customers: "Nobody's complaining about permissions or SSO; the CDN melts", "No
    # customer has asked for SSO or audit logs" (set 24 read). Not "asked for" alone: "features nobody asked for" is
    # the complaint.
    *(
        f"{who} {verb}"
        for who in ("nobody", "no one", "no customer", "no client")
        for verb in (
            "is complaining about",
            "s complaining about",
            "has complained about",
            "has asked for",
            "has asked about",
            "ever complains about",
            "ever asks for",
            "has ever asked for",
        )
    ),
    "no customer asks for",
    "no client asks for",
    # A negated verb of asking, said of customers: "the big clients haven't asked for anything", "customers aren't
    # asking for SSO" (set 25 read; "not asking for" covered only "are not"). Not of the team or of users: "New hires
    # don't ask about the deploy process because nobody has written it down", "Users aren't asking about the outage
    # because they moved to a competitor" complain (a diff review). Not "never asked for" nor "didn't ask for":
    # "features customers never asked for" is the complaint.
    *(
        f"{who} {negated} {verb}{whom} {what}"
        for who in ("customer", "customers", "client", "clients", "buyer", "buyers", "prospect", "prospects")
        for negated, verb in (
            *((aux, "asking") for aux in ("arent", "isnt", "werent", "wasnt")),
            *((aux, "asked") for aux in ("havent", "hasnt", "have not", "has not")),
            *((aux, "ask") for aux in ("dont", "doesnt", "do not", "does not")),
        )
        for whom in ("", " us", " me")
        for what in ("for", "about")
    ),
    # What customers don't care about (set 30 read as a development set: "Customers of the sauna chain don't care about
    # roles or audit logs, and neither do we; we care that our CI pipeline fails"); said of customers only: "nobody
    # cares about flaky tests", "leadership doesn't care about the outages" are the complaint.
    *(
        f"{who} {negated} about"
        for who in ("customer", "customers", "client", "clients", "buyer", "buyers", "prospect", "prospects")
        for negated in ("dont care", "doesnt care", "do not care", "does not care", "never care")
    ),
    "not worried about",
    # The need denied by a belief: "I don't think we need more reviewers or more runbooks" (set 36 read).
    *(f"{neg} {verb} {who} need" for neg in ("dont", "do not") for verb in RULED_OUT_BELIEFS for who in ("we", "you")),
    "dont need",
    "doesnt need",
    # Written out as well (set 41 read as a development set: "We do not need SSO or audit logs for this one").
    "do not need",
    "does not need",
    "no need for",
    "not about",
    "isnt about",
    "its not that",
    "not that",
    "nothing to do with",
    "not because of",
    # A cause denied in a clause: "Customers churn only because we lack SSO, not because the database hangs" (an
    # attack row, once a database with a failure word counted).
    "not because",
    "not due to",
    "not caused by",
    *(COMPARED_RULED_OUT := ("less about", "less to do with")),
    # Set 30 read as a development set: "we don't struggle with code review or tests; newspapers want contracts ...".
    # Of now only: "we didn't struggle with it until the merger" may complain.
    *(
        f"{negated} {verb} with"
        for negated, verb in (
            *((aux, "struggle") for aux in ("dont", "do not", "doesnt", "does not", "never")),
            *((aux, "struggling") for aux in ("arent", "are not", "isnt", "is not", "not")),
        )
    ),
    *(f"{who} struggles with" for who in ("nobody", "no one")),
)
# Who a ruling-out phrase opens with may be placed before its verb, in at most RULED_OUT_PLACE_WORDS words after one
# of these: "Nobody at the cider press complains about SSO", "Customers of the sauna chain don't care about roles" (set
# 30 read as a development set). Not a relative clause ("Nobody who joined this year knows ..."): only a preposition.
RULED_OUT_PLACE_WORDS = 5
# Not caring or struggling, limited after it in its statement, is no ruling-out: "Customers never care about audit
# logs until the day they get breached", "Nobody struggles with permissions more than our support team", "No one
# struggles with SSO like our hospital customers do" (an attack review); nor asked as a question ("Who doesn't struggle
# with flaky tests?"). Caring less rules out only up to the comparison: "Customers don't care about outages as much as
# they care about who can see salary data" (RULED_OUT_CARE_ENDS).
# Asking is limited so too: "Nobody asks about SSO until the deal is on the table" (a diff review).
RULED_OUT_LIMITED_VERBS: tuple[str, ...] = (
    "care",
    "struggle",
    "struggles",
    "struggling",
    "ask",
    "asks",
    "asking",
    "asked",
)
RULED_OUT_LIMITS: tuple[str, ...] = ("until", "more than", "as badly as", "harder than", "worse than")
# "like" limits only as a comparison with others who do: "No one struggles with SSO like our hospital customers do";
# not "features like SSO", nor "like we used to" (a diff review).
RULED_OUT_LIKE = "like"
RULED_OUT_LIKE_ENDS: tuple[str, ...] = ("do", "does", "did")
RULED_OUT_ASKED_BY: tuple[str, ...] = ("who", "whos", "what")
RULED_OUT_CARE_VERBS: tuple[str, ...] = ("care",)
RULED_OUT_CARE_ENDS: tuple[str, ...] = ("as",)
RULED_OUT_WHO: tuple[str, ...] = (
    "nobody",
    "no one",
    "no customer",
    "no client",
    *(f"{who}{plural}" for who in ("customer", "client", "buyer", "prospect") for plural in ("", "s")),
)
RULED_OUT_PLACES: tuple[str, ...] = ("at", "in", "on", "of", "from", "across", "among", "outside", "inside")
# A need ruled out names a thing needed, not an act or proof: "I don't think we need to explain how bad the outages
# are", "... need me to tell you the API is dropping requests", "... need more proof that the cluster cannot keep up"
# affirm it (an attack review).
RULED_OUT_NEED_NOT_BEFORE: tuple[str, ...] = ("me", "you", "us", "proof", "evidence", "reminding", "telling")
RULED_OUT_NEED_REACH = 2  # "more proof", "any evidence"
RULED_OUT_NEED_TO: tuple[str, ...] = ("explain", "tell", "prove", "convince", "say", "show", "remind", "point")
# Or said with one of these right after who: "Nobody here is asking for SSO or audit logs" (set 37 read). Not "else",
# which names an exception ("Nobody else is complaining about the slow dashboard except our largest client"), nor
# "even" (an attack review).
RULED_OUT_ADVERBS: tuple[str, ...] = ("here", "really", "actually", "currently", "today", "honestly")
# What a ruling-out phrase rules out ends at the first of these after it: what follows says why, or says more, and is
# read as a statement of its own ("Customers haven't asked for anything new because the app is down all the time",
# "Nobody is complaining about the outages anymore because the customers who cared have churned": an attack review),
# while what the phrase names stays ruled out ("We don't need SSO since nobody uses it": a diff review).
RULED_OUT_SCOPE_ENDS: tuple[str, ...] = ("because", "since", "and", "so", "when", "until", "cause", "cos")
# What a comparison rules out ends at "than" too, where what it puts first begins: "(It's) less about database size than
# about the fact that only two people understand the migrations" (sets 28 and 29 read as development sets).
COMPARED_SCOPE_ENDS: tuple[str, ...] = ("than",)
# Not after these: "more or less about slow search", "no less about uptime" (a diff review).
COMPARED_NOT_AFTER: tuple[str, ...] = ("or", "no")
# A cue of several words (at most OWNED_CUE_WORDS, the owner's word included) may be said with one of these before its
# last word, when that word is one of OWNED_CUE_NOUNS, what a customer's admin manages: "add and remove their users",
# "manages their users" (a reader's review: "their" broke "add and remove users"). Not any cue: "under their load",
# "in their country", "on her call", "approve their changes" are no load, residency, on-call or approval (an attack
# review).
OWNER_WORDS: tuple[str, ...] = ("their", "our", "your", "its", "his", "her", "my")
OWNED_CUE_NOUNS: tuple[str, ...] = ("user", "users", "role", "roles", "permission", "permissions")
OWNED_CUE_WORDS = 5
# A mild wish ("page loads could be faster") complains, but a clause said so is conceded before a clause that carries
# the complaint ("..., but every theatre chain asks for audit trails we don't have": set 22 read), as one that does
# not complain on its own is. "could be down for hours" is no wish: only these comparisons.
MILD_WISHES: tuple[str, ...] = tuple(
    f"could {said}"
    for said in (
        *(f"be {better}" for better in ("better", "faster", "quicker", "snappier", "smoother", "nicer", "improved")),
        "be a bit",
        "be a little",
        "use work",
        "use some work",
        "use improvement",
        "use some love",
    )
)
# A clause that would carry the complaint says nobody minds when one of these follows a negation: "Latency could be
# better, but no customer has churned over it" (an attack review): the clauses before it are the complaint.
# The word ends its clause or goes on to one of MINDED_TAILS within MINDED_TAIL_REACH words ("lost over it", "churned
# yet"): not a negation of the cause ("not having SSO lost us the Acme deal", "was never noticed until customers
# complained": a diff review).
MINDED_WORDS: tuple[str, ...] = (
    "churn",
    "churned",
    "lost",
    "raised",
    "complained",
    "noticed",
    "mentioned",
    "minded",
    "cared",
)
MINDED_REACH = 6  # "none of our enterprise accounts has raised it"
MINDED_TAILS: tuple[str, ...] = ("over", "about", "it", "yet", "this", "that", "them")
MINDED_TAIL_REACH = 3
# A fix said not to help rules out what it would fix, when the phrase ends its statement (but for NO_HELP_TAILS):
# "scaling the database wouldn't help" (set 19's readings), not "it won't help when their security team rejects us".
# Not "doesn't help": "the runbooks don't help" complains about the runbooks.
NO_HELP_PHRASES: tuple[str, ...] = (
    "wouldnt help",
    "wont help",
    "would not help",
    "will not help",
    "wouldnt fix it",
    "wont fix it",
    "wouldnt solve it",
    "wont solve it",
)
NO_HELP_TAILS: tuple[str, ...] = ("either", "much", "at", "all", "here", "anyway", "us", "really", "anything")
# ... and when its subject is a fix: it opens with a verb in "-ing" ("scaling the database", "adding nodes") or one of
# these ("more servers", "a new roles model"); not a person who will not help ("our SSO vendor won't help", a diff
# review).
NO_HELP_SUBJECTS: tuple[str, ...] = ("more", "another", "a", "an", "new", "bigger", "extra", "faster")
# Phrases that say a clause is a lesser complaint, set aside for the one that matters: "latency on the seat map is
# further down", "the staging environment can wait", "the memory leak is a rounding error" (set 19's readings). Only
# where the phrase ends its statement (but for MINOR_TAILS): "customers can wait minutes for a report" complains.
MINOR_PHRASES: tuple[str, ...] = (
    "can wait",
    "could wait",
    "rounding error",
    "further down",
    "lower down",
    "down the list",
    "come well after",
    "comes well after",
    "is secondary",
    "are secondary",
    "s secondary",
    # "Queues backing up is a nuisance we can live with." (set 29 read as a development set); "... we cannot live with"
    # is no such phrase.
    *(MINOR_LIVED_WITH := ("can live with", "could live with", "can live with it", "could live with it")),
    # Deferred: "Enterprise permissions are a nice-to-have for next year", "data residency is a later problem", "SSO is
    # not urgent" (sets 40 and 41 read as development sets): what is put off is not what hurts now. Not "low priority"
    # nor "on the back burner", which complain of neglect as often ("fixing flaky tests is always low priority").
    "nice to have",
    "a later problem",
    "a problem for later",
    "next year s problem",
    "next quarter s problem",
    "not urgent",
    "isnt urgent",
    "arent urgent",
    # Finished, where it ends the statement (set 41 read as a development set: "Permissions and SSO are done, and this
    # is no customer problem"); not "every deploy is done by hand", nor "nothing is done".
    "is done",
    "are done",
    "s done",
    "is already done",
    "are already done",
)
# A negation right after one of these is in a relative clause of the subject: it negates not "can live with".
RELATIVE_OPENERS: tuple[str, ...] = ("that", "which", "who")
# Not after one of these within NOT_MINOR_REACH words before it, nor after "used to be": "downtime was not a rounding
# error", "the bill is no longer a rounding error", "it used to be a rounding error" complain (a diff review); but
# "the spikes with no customer impact can wait" and "the work we used to prioritise can wait" are lesser (a later
# one).
NOT_MINOR_WORDS: tuple[str, ...] = (
    *("not", "never", "longer", "isnt", "arent", "wasnt", "werent", "hardly", "nothing"),
    # Put off again and again is neglect, the complaint (an attack review: "Sharding the database keeps being a later
    # problem", "Writing tests is always a nice-to-have, so every release breaks something").
    *("always", "still", "keeps", "kept", "forever", "perpetually"),
)
# Anywhere before the phrase in its statement, as a claim or belief there (CLAIM_WORDS): a part only ("Only half the
# SSO rollout is done") or someone else's view ("Leadership thinks the database latency is not urgent"): a diff review.
NOT_MINOR_ANYWHERE: tuple[str, ...] = ("only", "half", "partly", "partially", "thinks")
NOT_MINOR_REACH = 3
NOT_MINOR_PAST = ("used", "to", "be")
MINOR_TAILS: tuple[str, ...] = (
    "next",
    "year",
    "later",
    "yet",
    "the",
    "list",
    "my",
    "our",
    "for",
    "now",
    "a",
    "bit",
    "while",
    "in",
    "comparison",
    "by",
    "anyway",
    "either",
    "this",
    "quarter",
    "tbh",
    "imo",
    "honestly",
    "really",
)
# A clause that opens with one of these sets aside what it names: "rather than a performance issue, ...", "instead of
# more servers, ...", "forget the org charts for a moment: ..." (set 19's readings; "instead" alone is a contrast word,
# but "instead of" opens what is not wanted). Only where a sentence opens (after . ! ? ; : or a dash), after at most
# one of FILLERS or CLEFT_LEADS: "sit pending for hours instead of seconds" complains. Not "forget to", which is a
# complaint of its own ("we forget to rotate the keys").
SET_ASIDE_OPENERS: tuple[str, ...] = (
    "rather than",
    "instead of",
    "forget",
    "forget about",
    "never mind",
    "leaving aside",
    "setting aside",
    "putting aside",
    # "Don't blame the release process: the refill queue is backed up" (set 22 read).
    "dont blame",
    "do not blame",
    "stop blaming",
    # "More than the odd outage, large library networks complain ..." (set 24 read); with a determiner only, and like
    # every opener only before a comma: "More than 40k players hit the site" says a load.
    "more than the",
    "more than our",
    "more than a",  # "More than a slow dashboard, the brokers complain ..." (an attack review)
    "more than an",
    # "Less the flaky tests, more the fact that our inventory queries take longer than ..." (set 30 read as a
    # development set); with a determiner only, before a comma and "more": "Less than half our deploys succeed" says a
    # rate.
    *(LESS_OPENERS := ("less the", "less our", "less a", "less an")),
    # A reader's review: "Ignoring the audit log asks for now, our deploy pipeline takes hours", "Other than the odd
    # outage, our worst pain is hotfixes", "Except for a slow page or two, we mostly lose deals over missing SSO".
    "ignoring",
    *(EXCEPTION_OPENERS := ("other than", "except for", "apart from", "aside from")),
)
# An exception is the complaint when what follows it says the rest is fine or denies it: "Except for checkout,
# everything is fast", "Other than the login page, nothing is slow". Then the exception is no setting aside.
# Said as the subject of the clause after it only: "Other than the odd outage, our problem is that we have no SSO"
# denies nothing of the rest (a diff review); not "every" nor "all": "Apart from the occasional outage, releases break
# every Friday".
EXCEPTION_REVERSERS: tuple[str, ...] = ("everything", "none", "nobody", "nothing", "no")
# "Putting the SSO requests to one side, ...", "Setting the dashboards aside, ...": an opener and a closer around
# what is set aside, the clause ending before a comma or the like (a reader's review).
SET_ASIDE_AROUND: tuple[tuple[str, tuple[str, ...]], ...] = tuple(
    (opener, closer)
    for opener in ("putting", "setting", "leaving", "laying")
    for closer in (("aside",), ("to", "one", "side"), ("on", "one", "side"))
)
# A "Less X," opener sets X aside only before a clause that opens with LESS_THEN_WORD, which carries the complaint:
# "Less the latency, more the fact that nobody owns the cache"; not "less" as "minus": "Less the time we lose to flaky
# tests, our CI would take ten minutes" (an attack review).
LESS_THEN_WORD = "more"
# These set aside what they name in a sentence of its own too: "Forget the flaky tests. The federation needs separate
# admin controls per team" (set 29 read as a development set).
SET_ASIDE_IMPERATIVES: tuple[str, ...] = (
    "forget",
    "forget about",
    "never mind",
    "dont blame",
    "do not blame",
    "stop blaming",
)
NOT_SET_ASIDE_AFTER: tuple[str, ...] = ("to",)
# "rather than waiting 9 seconds for search, users give up": the wait is the symptom, said, not set aside (a diff
# review). Other verbs are the fix set aside: "rather than throwing more servers at it, fix the release process" (a
# later one).
SET_ASIDE_COMPARISONS: tuple[str, ...] = ("rather than", "instead of")
SYMPTOM_VERBS: tuple[str, ...] = ("waiting", "wait")
# "... isn't the constraint and neither is our release cadence", "nor would a new roles model": a statement that opens
# with "neither" or "nor" (after at most one of CLEFT_LEADS) and an auxiliary verb says the same of its subject.
ALSO_NOT_WORDS: tuple[str, ...] = ("neither", "nor")
ALSO_NOT_AUXILIARIES: tuple[str, ...] = (
    "is",
    "are",
    "was",
    "were",
    "would",
    "will",
    "does",
    "do",
    "did",
    "has",
    "have",
    "can",
    "could",
)
# Words that open a clause of their own: "neither X nor Y is ..." rules nothing out past one ("is available, which is
# the real problem").
NEITHER_PHRASE_BREAKS: tuple[str, ...] = ("which", "that", "when", "because", "if", "but", "and", "so", "since", "as")
# "Latency isn't what keeps me up", "performance is not what worries me": a negated copula, "what", then one of these
# verbs (or "what's" and a verb in "-ing"), rules out the clause's subject. Not "latency isn't what it should be",
# "... what customers expect": there the subject falls short, a complaint (a diff review).
NOT_WHAT_NEGATIONS: tuple[str, ...] = ("isnt", "arent", "wasnt", "werent")
# "s": "latency's not what ..."; "thats": "that's not what's hurting" (set 28 read as a development set)
NOT_WHAT_COPULAS: tuple[str, ...] = ("s", "is", "are", "was", "were", "thats")
# Or the cause denied, right after the negated copula: "The release process isn't why the ferry line walked away",
# "latency wasn't the reason we lost them" (set 34 read).
NOT_WHAT_CAUSES: tuple[str, ...] = ("why", "the reason", "the cause", "to blame")
NOT_WHAT_VERBS: tuple[str, ...] = (
    "keeps",
    "kept",
    "worries",
    "worried",
    "hurts",
    "hurt",
    "bothers",
    "matters",
    "costs",
    "cost",
    "blocks",
    "kills",
    "slows",
    "scares",
    "concerns",
    "breaks",
    "drives",
    "holds",
)
# A clause that opens by saying what it is not ("It's not our deploy pipeline that's slow, it's the API", "it isn't
# the reviews"): one of CLEFT_OPENERS at the clause's start (after at most one of FILLERS or CLEFT_LEADS), then one of
# CLEFT_DETERMINERS: what it names is ruled out. Not "it's not the first time" nor "it's not the only one" (the words
# in NOT_CLEFT_WORDS), and not "it's not working", "it's not any faster" or "it's not a surprise that ..." (no
# determiner of CLEFT_DETERMINERS): those complain.
CLEFT_OPENERS: tuple[str, ...] = (
    "its not",
    "it is not",
    "it isnt",
    "it was not",
    "it wasnt",
    "its never",
    "it was never",
    "it is never",
)
CLEFT_LEADS: tuple[str, ...] = ("and", "so", "no", "honestly", "again", "look")
# Not "a" or "an": "it's not a good sign that deploys break", "it was never a priority to fix the API" complain.
CLEFT_DETERMINERS: tuple[str, ...] = ("the", "our", "their", "my", "your", "this", "these", "those")
NOT_CLEFT_WORDS: tuple[str, ...] = ("first", "second", "third", "last", "only", "same", "end", "one")
# What announces a ranked list by its cost, in its sentence before a colon: one of RANK_VERBS opening it, a word of
# RANKED_BY right before "first", or one of RANK_PHRASES; with a word of RANKED_BY and none of NOT_RANKED_BY ("Priority
# order: ...", "Ranking our pains: ...", "most expensive first: ..."). Its first item carries the complaint, the items
# after it are ranked lower (set 32 read). Not "search ranking problems:", "issues with order sync:" (a diff review),
# "in order of appearance:", "ranked by how often, not by cost:", "cheapest first:" (an attack review).
RANK_VERBS: tuple[str, ...] = ("ranked", "ranking", "rank", "prioritised", "prioritized", "sorted", "ordered")
RANK_PHRASES: tuple[str, ...] = ("priority order", "order of priority", "in order of", "ranked by")
RANKED_BY: tuple[str, ...] = (
    *("cost", "pain", "priority", "pains", "painful", "costs", "costliest", "expensive", "worst", "biggest"),
    *("priorities", "impact", "severity", "problems", "issues", "complaints", "hurt", "hurts"),
)
NOT_RANKED_BY: tuple[str, ...] = (
    *("not", "cheapest", "appearance", "least", "smallest", "best", "easiest", "often", "frequency", "alphabetical"),
    *("lowest", "ascending", "date", "dates", "reported"),  # "lowest first", "ordered by date reported"
)
# Words that mark a ranked list's items and say nothing of them: "1)", "a distant second", "then".
RANK_MARKERS: frozenset[str] = frozenset(
    (
        *("first", "second", "third", "fourth", "fifth", "last", "finally", "lastly", "then", "and", "a", "distant"),
        *("close", "number", "no", *(str(n) for n in range(1, 10))),
    )
)
RANKED_FIRST = "ranked first"
RANKED_LOWER = "ranked lower"
# A bare noun joined to a determiner's phrase after a cleft opener: "it isn't code review or the release process".
CLEFT_JOINS: tuple[str, ...] = ("or", "nor")
# Adding, not denying: "It's not just the audit log or the role editor that customers want" (an attack review).
CLEFT_ADDITIVES: tuple[str, ...] = ("just", "only", "merely", "simply")
CLEFT_JOIN_REACH = 4
CLEFT_JOINED_WORDS = 4  # the determiner's phrase, to the end of its clause: "the release process"
# ... or to a relative clause of its own: "It isn't downtime or the latency that costs us; it's ..." (an attack review).
CLEFT_RELATIVES: tuple[str, ...] = ("that", "which", "who")
# Negations that are a complaint about something missing, never a ruling-out: "not having runbooks".
ABSENCE_WORDS: tuple[str, ...] = (
    "having",
    "being",
    "knowing",
    "enough",
    "able",
    "sure",
    "clear",
    "one",
    "way",
)
# A clause that ranks its complaint above the rest ("top of my list", "the slow pages hurt most", "the audit logs cost
# us more") stresses it, and every plain clause before it is conceded, even one that complains on its own ("Both slow
# pages and flaky releases, but the slow pages hurt most": a reader's review). Each is a stress phrase too.
RANKING_PHRASES: tuple[str, ...] = (
    # A ranking after a copula, not an adjective ("our most expensive customer") nor a comparison ("slower than the
    # competition by far"): a diff review found "Outages are by far the worst" lost when they were dropped.
    "is the most expensive",
    "are the most expensive",
    "s the most expensive",
    "is by far",
    "are by far",
    "s by far",
    "is the costliest",
    "are the costliest",
    "the costliest is",
    "is the worst",
    "are the worst",
    "the worst is",
    "the worst part",  # sets 46 and 47 read as development sets
    "top of my list",
    "top of our list",
    "top of the list",
    "tops my list",
    "tops our list",
    "tops the list",
    # A comparison that puts its own problem above what came before: "Yes, the app gets sluggish; the far bigger
    # problem is that ...".
    # "The broken releases are the worse of the two" (a reader's review).
    *(f"the {word} of the two" for word in ("worse", "bigger", "worst", "biggest")),
    *(f"{be} worse than" for be in ("is", "are", "s")),
    # With "the" only: "every outage is a bigger problem than the last" says it grows (an attack review).
    *(f"the {how}bigger {what}" for how in ("", "far ", "much ", "even ") for what in ("problem", "issue", "worry")),
    # What keeps someone awake ranks above what came before: "Sure, enterprise buyers ask about roles and audit logs
    # now and then, but the thing keeping me up at night is ..." (set 20's row, read through its list once "and"
    # joined "roles and audit logs").
    *(f"{verb} {who} up at night" for verb in ("keeping", "keeps", "keep", "kept") for who in ("me", "us")),
    *LOSING_SLEEP,
    "neither compares",
    "neither comes close",
    "none of it compares",
    "none of that compares",
    # What nothing compares to ranks first: "Releases are manual and clunky, granted, though nothing compares to the
    # collection search freezing ..." (set 30 read as a development set).
    *(f"nothing {other}compares {to}" for other in ("", "else ") for to in ("to", "with")),
    "nothing comes close to",
    "nothing else comes close to",
    # The cause named after the symptom: "Our test database keeps falling over, but only because three teams share it
    # and nobody coordinates who resets it" (the guide labels a complaint by its cause; set 31's row, once a failure
    # beside "database" counted for it). After "but" only: "We moved to Kubernetes only because the old cluster kept
    # crashing" gives a past decision's reason, and "not only because" ranks nothing (a diff review).
    "but only because",
)
# What pales next to the problem named after it: "... but both pale next to the tracking service buckling" ranks that
# problem (the clauses before are conceded), and what stands before the phrase in its clause hurts less ("SSO setup
# and audit logs pale next to the flaky deploys", a diff review: a ranking phrase stressed them). Not before one of
# PALING_POINTERS: "... and SSO gaps pale next to that" points back, and ranks nothing.
PALING_PHRASES: tuple[str, ...] = (
    *(
        f"{pale} {next_to}"
        for pale in ("pale", "pales", "paled")
        for next_to in ("next to", "beside", "in comparison to", "in comparison with")
    ),
    # Said as mattering or hurting less (a reader's review: "The outages matter less than the permissions mess" was
    # technical, the permissions set aside).
    *(f"{verb} less than" for verb in ("matter", "matters", "hurt", "hurts", "bother", "bothers")),
    *(f"{be} less {what} than" for be in ("is", "are", "s") for what in ("important", "urgent", "pressing", "painful")),
    # Said small beside the problem after it: "Sure, our CI is a bit slow, but that's minor next to the search cluster
    # going red every afternoon" (set 42 read as a development set).
    *(
        f"{be} {small} {next_to}"
        for be in ("is", "are", "s", "thats", "its", "theyre")
        for small in ("minor", "nothing", "trivial", "small")
        for next_to in ("next to", "beside", "compared to", "compared with", "in comparison to", "in comparison with")
    ),
)
PALING_POINTERS: tuple[str, ...] = ("that", "this", "it", "those", "these", "them")  # ending the clause
# A sentence that says its time was long ago: a change it names caused no failure said in another sentence ("SSO was
# the big ask last year and we shipped it. Now it's the database melting": a reader's review).
# Not after "since" ("Since last year, prod breaks after each one" is now), nor "back in" but before a year ("log back
# in": a diff review).
LONG_AGO: tuple[str, ...] = ("last year", "years ago", "a year ago", "the year before")
# ... nor within LONG_AGO_REACH words after one of these ("Since early last year", "Over the last year", "Starting last
# year" run to now: a second diff review), nor after "the" ("in the last year"). "back in" counts before a year only
# ("Back in 2022 we shipped SSO").
LONG_AGO_NOT_AFTER: tuple[str, ...] = ("since", "starting")  # not "over a weekend last year" (a third diff review)
LONG_AGO_NOT_RIGHT_AFTER: tuple[str, ...] = ("the",)  # "the big ask last year" is long ago
LONG_AGO_REACH = 4
LONG_AGO_BACK_IN: tuple[str, str] = ("back", "in")
# What a complaint says was mistaken for something else: the cues before one of these in its clause were a first
# reading, corrected ("The client's "outage" turned out to be staff locked out after their identity provider changed",
# set 24 read).
# Only of a thing quoted as someone called it, or named after one of MISTAKEN_LEADS: "The latency spike turned out to
# be the reason we lost the renewal" names a consequence, "ownership turns out to be nobody's job" the problem itself
# (an attack review).
MISTAKEN_PHRASES: tuple[str, ...] = tuple(
    f"{turned} out to {be}" for turned in ("turned", "turns") for be in ("be", "have been")
)
MISTAKEN_LEADS: tuple[str, ...] = (
    "looked like",
    "seemed like",
    "looked to be",
    "so called",
    "thought was",
    "we thought",
)
MISTAKEN_QUOTES = "\"'\u201c\u2018"
# A fine phrase in a question asked of it is no verdict, however long its subject: one of QUESTION_WORDS after one of
# KNOWING_WORDS (at most one word between: "figure out how", "written down how"), anywhere before it in its clause
# ("only Priya knows how the salvage yard inventory sync works", set 24 read); not "I like how the retry logic works
# now" (an attack review).
QUESTION_WORDS: tuple[str, ...] = ("how", "why", "whether")
KNOWING_WORDS: tuple[str, ...] = (
    "know",
    "knows",
    "knew",
    "understand",
    "understands",
    "understood",
    "remember",
    "remembers",
    "remembered",
    "explain",
    "explains",
    "explained",
    "idea",
    "clue",
    "sure",
    "figure",
    "figured",
    "wonder",
    "learn",
    "ask",
    "asks",
    "asked",
    # Or written down, as a question answered for others: "nobody has written down how any of it works" (sets 46 and
    # 47 read as development sets).
    *("down", "document", "documents", "documented", "describe", "describes", "described", "record", "recorded"),
)
# Rankings only where they end their statement (but for RANKING_TAILS): "the audit logs cost us more", not "every hour
# of footage costs us more than it earns" (a bill), "the outage hurt most of our customers" nor "every rollback costs
# more" (a diff review).
RANKING_ENDINGS: tuple[str, ...] = (
    "hurts us most",
    "hurts most",
    "hurts the most",
    "hurt most",
    "hurt us most",
    "hurt the most",
    "cost us more",
    "costs us more",
    "cost us most",
    "costs us most",
    "cost us the most",
    "costs us the most",
    "matters most",
    "matter most",
)
# Not "now", "these days", "this quarter": "Datadog costs us more now" is a bill that grows (a diff review).
RANKING_TAILS: tuple[str, ...] = ("by", "far")
# What follows one of COMPARISONS in its clause is what hurts less: "the broken releases are worse than the missing
# audit trail" (a reader's review); its cues are set aside. Comparisons of problems only: "can't handle more than 40k
# players" and "files larger than anything our parser takes" compare loads.
# Not after a subject of COMPARISON_NONE ("nothing hurts more than the weekly outages" names the worst), nor of a time
# (COMPARISON_TIMES after "than": "worse than last month"); and only up to one of COMPARISON_BREAKS ("... because the
# API keeps timing out" is the reason).
# "Few things hurt more than ..."; not "a few" ("A few slow pages hurt more than the missing audit logs", a review).
COMPARISON_NONE: tuple[str, ...] = ("nothing", "none", "nobody", "no", "few")
COMPARISON_NONE_NOT_AFTER: tuple[str, ...] = ("a",)
COMPARISON_TIMES: tuple[str, ...] = ("last", "before", "ever", "usual", "yesterday", "previous", "earlier", "a", "it")
COMPARISON_BREAKS: tuple[str, ...] = ("because", "since", "as", "so", "when", "and", "but", "which", "that")
# The verbs' comparisons said as much more: "worries me far more than our patchy code review" (set 24 read).
COMPARISON_INTENSIFIERS: tuple[str, ...] = ("", "far ", "much ", "way ", "a lot ", "even ")
# What hurts or worries: "The missing audit trail scares me far more than the odd latency spike" (an attack review).
COMPARED_PAINS: tuple[str, ...] = (
    "hurts",
    "hurt",
    "hurts us",
    "hurt us",
    *(
        f"{verb} {whom}"
        for verb in ("worries", "worry", "scares", "scare", "bothers", "bother")
        for whom in ("me", "us")
    ),
    *(f"{verb} on {whom}" for verb in ("weighs", "weigh") for whom in ("me", "us")),
)
COMPARED_VERBS: tuple[str, ...] = (*COMPARED_PAINS, "matters", "matter", "costs us", "cost us")
COMPARISONS: tuple[str, ...] = (
    "worse than",
    "bigger problem than",
    "bigger issue than",
    "more painful than",
    "more of a problem than",
    # Said as much more of what hurts, not of a cost: "It costs us way more than the license fee to run the on-call
    # rota" names the cost after "than" (an attack review).
    *(
        f"{verb} {how}more than"
        for verb in COMPARED_VERBS
        for how in COMPARISON_INTENSIFIERS
        if how == "" or "cost" not in verb
    ),
    "more than any",  # "More than any queue backlog, it's the lack of admin controls" (set 21 read)
)
# A short clause that sums up the clauses before it, before one that carries the complaint: "the pipeline is slow and
# the tests are flaky, both annoying, but ..." concedes both.
# Not before one of SUMMING_NOT: "all the time", "all day" say how often (a diff review).
SUMMING_WORDS: tuple[str, ...] = ("both", "all")
SUMMING_LENGTH = 3
SUMMING_NOT: tuple[str, ...] = ("the", "day", "night", "week", "weekend", "month", "year", "morning", "long", "over")
# A clause that is only one of these, right after another in its sentence, concedes it: "Code review is slow, I'll
# admit. What's costing us subscribers is ..." and "The on-call rota is a bit uneven, fine. The real issue is ..."
# (set 27 read as a development set). Conceded only before a clause that carries the complaint; alone it complains.
# The first three are quoted on the page that says how the tool decides, as written.
CONCESSION_TAGS: tuple[str, ...] = (
    "granted",
    "admittedly",
    "fair enough",
    "ill admit",
    "i admit",
    "fine",
    "sure",
    "agreed",
    "i know",
    "i grant you",
    "i grant you that",
    "true",
    "ok",
    "okay",
    "whatever",
    "i suppose",
    "i guess",
    "point taken",
    "yes",
    "yeah",
    # A guide review: "I admit it" was not read.
    "i admit it",
    "ill admit it",
    "ill give you that",
    "ill grant you that",
    "no argument there",
)
# Or, opening the sentence, one of these concedes the clause right after it: "Admittedly, search is slow, but nobody
# owns incidents at night" (a guide review). Concessions by their meaning only: "Yes", "Sure", "OK", "Of course" open
# as often a complaint made worse ("Yes, our search is slow, but customers can't even log in": an attack review).
CONCESSION_LEADING_TAGS: tuple[str, ...] = (
    "admittedly",
    "granted",
    "true",
    "agreed",
    "fair enough",
    "i admit",
    "to be fair",
)
# Cues a ranking holds ("the hotfixes cost us more"): there they rank the complaint, no bill is named (a reader's
# review: "cost" counted as cost optimisation, and turned process complaints technical).
RANKING_HELD_CUES: tuple[str, ...] = ("cost",)
# A cost whose object is no money is a loss of another kind, not a bill: "that gap is what's costing us the big
# accounts", "it cost us a week", "every outage costs us customers". Read after one of LOSS_PAYERS, with at most
# LOSS_REACH words before one of LOSS_WORDS.
LOSS_HELD_CUES: tuple[str, ...] = ("cost",)
LOSS_PAYERS: tuple[str, ...] = ("us", "me", "them", "the team", "our team", "the company")
LOSS_REACH = 3
# A rate is a bill too: "costs us more each month", "an extra day's compute" (a diff review).
LOSS_AMOUNTS: tuple[str, ...] = (
    "thousands",
    "millions",
    "hundreds",
    "fortune",
    "dollars",
    "pounds",
    "euros",
    "k",
    "more",
    "less",
    "extra",
    "each",
    "every",
    "per",
)
LOSS_WORDS: tuple[str, ...] = (
    "deal",
    "account",
    "customer",
    "client",
    "renewal",
    "contract",
    "user",
    "subscriber",
    "sale",
    "revenue",
    "trust",
    "reputation",
    "hour",
    "day",
    "week",
    "month",
    "sprint",
    "weekend",
    "night",
    "sleep",
    "engineer",
    "people",
    "morale",
)
# A clause with one of these carries the complaint, like the clause after a contrast word.
STRESS_PHRASES: tuple[str, ...] = (
    "the problem is",
    "the issue is",
    "the trouble is",  # set 30 read: "Deploys are fully automated and boring. The trouble is the waveform store ..."
    "problem is",
    "issue is",
    "real issue",
    "real problem",
    "main problem",
    "main issue",
    "biggest problem",
    "biggest issue",
    "killing us",
    "crushing us",  # set 28 read: "the thing crushing us is that a release takes three people"
    "sinking us",
    "what hurts",
    "hurts is",
    "the hard part",
    # Other words for a problem, and the worst part of it (sets 46 and 47 read as development sets: "our actual crisis
    # is that half the team quit"; PROBLEM_WORDS names them real).
    *(f"{which} {what}" for which in ("real", "actual", "main") for what in ("crisis", "headache", "worry")),
    *(f"the {which} part" for which in ("painful", "scary", "tricky")),
    "blocker is",
    "the blocker",
    "root cause",
    "actual cause",
    "real cause",
    "actual problem",
    "actual issue",
    "worried that",
    "worried about",
    "worried",
    "the pain is",
    "bottleneck is",
    "what we need",
    "we need",
    "its that",
    "what blocks",
    "the catch is",
    "keeping me up",
    "keeps me up",
    "the pain of",
    *RANKING_PHRASES,  # set 19's readings and a reader's review: a ranking said outright
    "hurts us most",  # stress wherever it stands (RANKING_ENDINGS ranks only where it ends its statement)
    "hurts most",
    "hurts the most",
    "worst of all",
    # Set 21 read: "... are what actually threaten our roadmap", "onboarding is where we're stuck", "right now the
    # fire is the telemetry pipeline".
    "what actually",
    "what really",
    "what truly",
    # Set 29 read as a development set: "What's actually stopping us selling to hospitals is that ...".
    "whats actually",
    "whats really",
    "whats truly",
    *FIRE_STRESS_PHRASES,
    # A comparison with what came before: "Next to our flaky tests, the lack of data residency hurts far more" (set 24
    # read). Of what hurts only: "management keeps saying the database matters more" reports an opinion, and "costs
    # us more" may be a bill (an attack review; RANKING_ENDINGS ranks it where it ends its statement).
    *(f"{verb} {how}more" for verb in COMPARED_PAINS for how in COMPARISON_INTENSIFIERS),
)
# "onboarding is where we're stuck": a copula, "where", then one of WHERE_PAIN within WHERE_REACH words stresses the
# clause; not "the EU region is where our customers are" (an attack review: any "is where" did).
WHERE_COPULAS: tuple[str, ...] = ("is", "are", "s", "was", "were", "thats", "heres", "theres")
WHERE_REACH = 3
WHERE_PAIN: tuple[str, ...] = (
    "stuck",
    "struggle",
    "struggling",
    "hurts",
    "hurt",
    "breaks",
    "lose",
    "losing",
    "bleed",
    "bleeding",
    "suffer",
    "suffering",
    "waste",
    "wasting",
    "drown",
    "drowning",
    "burn",
    "burning",
    "fail",
    "fails",
    "failing",
    "pain",
    "painful",
    "slows",
    "blocked",
)
# A clause that says what someone believed or blamed ("the retro blamed on-call", "we assumed it was the load
# balancer") before a clause that carries the complaint ("but the actual cause was ...") is what the complaint
# corrects: it is conceded even with a symptom in it.
# Only when that clause corrects it: one of CORRECTION_WORDS in it ("but nothing changes" corrects nothing).
CORRECTION_WORDS: tuple[str, ...] = ("actual", "actually", "real", "really", "turned", "turns", "fact", "root")
# Of those, what someone supposed: any contrast after it corrects it ("Everyone assumed the logouts were a capacity
# problem, yet the servers were idle", set 19's row, read with set 22's).
# A piece that is only a denial ("but no,", "It wasn't:", "Nope.") passes the complaint to the clause after it, which
# corrects a supposition before it as a contrast does: "We thought it was a release process problem but no, the
# inventory service can't handle the throughput", "We assumed it was the release process. It wasn't: ..." (set 34
# read).
BARE_DENIALS: tuple[str, ...] = (
    *("no", "nope", "nah", "wrong", "not at all", "not really", "not so"),
    *("it wasnt", "it isnt", "it wasnt that", "it isnt that", "it was not", "it is not"),
)
SUPPOSITION_WORDS: tuple[str, ...] = ("assumed", "assume", "thought", "suspected", "guessed", "believed", "figured")
BELIEF_WORDS: tuple[str, ...] = ("blamed", "blames", "blame", *SUPPOSITION_WORDS)
# What someone claims or believes, denied by a contrast and a verdict of the same type right after it: "People blame
# our deploy process, but deploys are fine", "The big retailer says our API is too slow, but latency is fine" (sets
# 17, 19 and 37 read).
# Not "think" (the speaker's own view: "I think our deploys are far too slow, but CI is fine") nor "call" ("API calls
# time out, but latency is fine"): a diff review.
CLAIM_WORDS: tuple[str, ...] = (
    *("says", "say", "saying", "said", "claim", "claims", "claimed", "insist", "insists", "insisted"),
    *BELIEF_WORDS,
)
# A symptom right after a negation ("no outage, no errors", "no latency alarms", "isn't slow"; at most one of
# DETERMINERS between: "no major outage") is discounted on its own, even in a clause that complains about
# something else ("never write down what went wrong" keeps its "down"). Symptoms are the cues with these tags and the
# phrases below, except the capabilities in NOT_SYMPTOMS ("no failover" complains that there is none).
SYMPTOM_TAGS: tuple[str, ...] = (FAILURE, SLOWNESS)
SYMPTOM_CUES: tuple[str, ...] = (
    "latency",
    "tail latency",
    "p99",
    "response time",
    "laggy",
    "lag",
    "jank",
    "janky",
    "leak",
    "memory leak",
    "error rate",
    "spike",
    "unusable",
    "seconds",
    "milliseconds",
    "seconds to load",
    "minutes to load",
    *(f"{unit} to open" for unit in ("seconds", "minutes")),
    "load time",
    "page load",
    "to load",
)
NOT_SYMPTOMS: tuple[str, ...] = ("failover", "roll back", "certificate", "dns", "backup")
SYMPTOM_NEGATIONS: tuple[str, ...] = ("no", "not", "zero", "never", "nor", "isnt", "arent", "wasnt", "werent")
# A failure (a cue tagged FAILURE) denied in the perfect: "hasn't crashed in a year", "hasn't gone down", "has never
# been down" (set 30 read as a development set). Not any symptom: "the database hasn't scaled" and "it still hasn't
# loaded" complain.
PERFECT_NEGATIONS: tuple[str, ...] = ("hasnt", "havent", "hadnt")
# Words for a proof someone demands, before a fine phrase in its clause: what is to be proved is not said to be fine
# ("A university tender wants proof the app works with a screen reader", "the bank needs evidence that it works with
# their SSO": a reader's review).
DEMANDED_PROOF: tuple[str, ...] = (
    *("proof", "prove", "proves", "proven", "evidence", "demonstrate", "certify", "attest", "guarantee"),
    *("assurance", "confirmation"),
)
# Words that may stand between a negation and "or" for it to deny the symptom after it: "not a bug or an outage", "no
# bugs or outages", "not a single bug or outage" (set 53 read as a development set).
DENIED_ALTERNATIVE_WORDS = 3
# Words after a symptom that make the "or" before it say what would happen otherwise: "we have zero visibility or the
# crash last night would have been caught" (an attack review).
OTHERWISE_WORDS: tuple[str, ...] = ("would", "wouldve", "could", "couldve", "might")
# Words for a problem that list like with like before "or" ("not a capacity issue or an outage"); not every problem
# word ("thing", "part", "point": a diff review).
ALIKE_PROBLEMS: tuple[str, ...] = ("problem", "issue", "concern", "blocker", "complaint")
# Prepositions that show a negation before "or" denies something else than the symptom before it.
NEGATION_ELSEWHERE: tuple[str, ...] = ("for", "of", "with", "without", "in", "on", "at", "about", "from", "to", "by")
PERFECT_PARTICIPLES: tuple[str, ...] = ("been", "gone")
# A negation after "to" and a wish says what should stop happening, so it happens: "I just need the settings page to
# not time out", "we want the app to never go down on a Monday again". A wish at most WISHED_REACH words before "to".
WISHES: tuple[str, ...] = ("need", "needs", "needed", "want", "wants", "wanted", "expect", "expects", "hope")
WISHED_REACH = 6

# Where a complaint was written, when a label it opens with names it ("Sales note:", "Support ticket #4412:",
# "pager:", "Slack #infra:", "1:1 -"; at most LABEL_WORDS words before a colon or a dash): the cues among these
# words say who writes, not what hurts, and count only to break a tie ("Sales note: the workspace takes 20 seconds
# to open" is technical).
CHANNEL_WORDS: tuple[str, ...] = (
    "sales",
    "note",
    "ticket",
    "support",
    "pager",
    "pagerduty",
    "slack",
    "email",
    "call",
    "retro",
    "standup",
    "meeting",
    "jira",
    "zendesk",
    "feedback",
    "survey",
    "thread",
)
LABEL_WORDS = 4

# A failure cue decides what a feature named with it is (see WISH_WORDS) only at this weight: "outage", "5xx", "time
# out" are failures of a system; "dies" and "breaks" may be said of a deal or a plan.
STRONG_WEIGHT = 3
# A duration says how long something takes, not whether a system or a person is slow ("setting up SAML takes
# forever"): it never decides what a feature named with it is.
DURATION_CUES: tuple[str, ...] = ("takes forever", "takes ages", "forever", "ages", "too long", "so long")

# The user type's cues that name a review, a document or an assessment a customer runs on the vendor, not a part of
# the product: a symptom said of one is how long trust takes, not a slow system ("enterprise customers wait weeks for
# a slow security questionnaire"), so the symptom never decides that it is only where it hurts.
# Not when a word for a part of the product stands within PRODUCT_REACH words after the cue ("the security review
# page is slow", "our questionnaire builder"): that part is where the symptom hurts.
PRODUCT_WORDS: tuple[str, ...] = (
    "page",
    "app",
    "screen",
    "builder",
    "module",
    "form",
    "portal",
    "dashboard",
    "ui",
    "tab",
    "view",
    "tool",
    "feature",
    "editor",
    "endpoint",
    "api",
    "export",
)
PRODUCT_REACH = 2
PAPERWORK_CUES: tuple[str, ...] = (
    "security questionnaire",
    "questionnaire",
    "security review",
    "vendor assessment",
    "legal review",
    "risk assessment",
    "pen test",
    "attestation",
    "certification",
    "procurement",
)

# A sentence that asks for something or says it is missing: a feature named in it is what hurts, even next to a
# technical symptom ("they need SSO and the app is slow"). Without one of these words the symptom decides what a
# feature named with it is ("SSO login is slow": where it hurts, counted only to break a tie).
# A feature in another clause than the symptom, after one of these in its clause, is a second complaint, not where the
# symptom hurts: "for the large tenants it times out, and they also complain they can't restrict who sees what" (a
# reader's review: the permissions were set aside as where the timeouts hurt).
ANOTHER_COMPLAINT_WORDS: tuple[str, ...] = ("also", "plus", "separately", "additionally", "besides")
# The example whose cues are never where a symptom hurts (complaints.py's _symptom_decides).
LOCALISATION_EXAMPLE = "accessibility_localisation"
# So does one after a lack said in its own clause: "Login is slow and customers can't restrict who sees what" (a
# second reader's review: the permissions were set aside as where the login is slow).
ANOTHER_COMPLAINT_LACKS: tuple[str, ...] = ("cant", "cannot", "unable", "couldnt")
WISH_WORDS: tuple[str, ...] = (
    "need",
    "needs",
    "needed",
    "want",
    "wants",
    "wanted",
    "ask",
    "asks",
    "asked",
    "asking",
    "require",
    "requires",
    "required",
    "requirement",
    "expect",
    "expects",
    "missing",
    "lack",
    "lacks",
    "without",
    "no",
)

# A step of the team's workflow or response (a cue tagged WORKFLOW or RESPONSE) with one of these in the two words
# before it is a step nobody took ("nobody reviewed it", "we don't test", "shipped without review"): a missing
# safeguard, which says more about the process than the step named alone; it counts MISSING_STEP_BONUS more.
ABSENT_STEP_WORDS: tuple[str, ...] = (
    "nobody",
    "no",
    "without",
    "never",
    "skipped",
    "skip",
    "skipping",
    "dont",
    "didnt",
    "doesnt",
    "zero",
)
MISSING_STEP_BONUS = 1

# Misspellings: a word of at least TYPO_MIN_LETTERS letters that is not a word of the engine's own text and is
# one edit (an insertion, a deletion, a substitution or two neighbours swapped) from exactly one word of the
# cue vocabulary, with the same first letter, is read as that word. The cue it completes counts
# TYPO_PENALTY less than its weight (so a weak hint, weight 1, misspelt counts for nothing).
TYPO_MIN_LETTERS = 5
TYPO_PENALTY = 1
# A shorter word, of SWAP_MIN_LETTERS letters or more and written in lower case, is read as a cue word only when two
# neighbours were swapped after its first letter ("slwo" is "slow", "laod" "load", "dwon" "down": a reader's review on
# a phone), a slip that rarely makes another word (those that do are among REAL_WORDS: "lots" is no "lost", "form" no
# "from"). Not a name or an acronym ("Seta", "DoDs", "CIOs", "Leka": an attack review, a diff review).
SWAP_MIN_LETTERS = 4

# English words one edit from a cue word (of four letters, two neighbours swapped), never read as a misspelling of it:
# "senior" is no "sensor", "dental" no "denial", "police" no "policy", "stuff" no "staff", "lots" no "lost" (set 25
# read: "anyone's guess" was read as "guest"). Every word of wordfreq's English list (3.1.1, "small") at a Zipf
# frequency of 3 or more (about once per million words) that the speller would read as a cue word, but the forms of
# the cue word itself ("controlled", "delivered", "spent", "flakes", "faulty", "regulatory", "residence", ...), which
# still read as it. tests/unit/test_real_words.py reads that list
# through the speller, so a cue word added later names the words to add here. wordfreq (by Robyn Speer) shares its
# data under CC BY-SA 4.0, and this list of words under the same licence (docs/credits.md).
_REAL_WORDS_TEXT = """
    stalin
    abort aborted aching actin admired admiring admit admits alain albert alloy alloys attach attached attaches
    attaching auction auctioned auctions audio auditory avert averted baggy baked barns bashed bathed bathing baths
    batter battered batters bayer beaming beard bearded beards biased bitch bitches bitching blade blades blake blanc
    bland bleak bling blink blinking bloke blokes boko booker botched brake brakes braking bread bridges bridging briggs
    brine brink brooke brun brunch brunt bunting buried burst bursting bursts burying butch cannon cannons carts cases
    cashed cashing casing cells centro chance chances channing chant chanting chants chaps charles charm charmed
    charming charms charred chased chases chasing chats chatted chatting cheated cheaters cheating cheery chore chores
    chose cios clash clashed clashes clause clauses clint clod cloudy clout clutter coed commute commuting compete
    competed competes competing confined confines consent consented consenting contact contacted contacting contacts
    contend contended contending contends contest contested contesting contests contiguous contrast contrasted
    contrasting contrasts convection convent convention conventions cooke cooked cooking coping corn cots counselling
    county crate crates crease creek creeks creepy cremated crete crunchy crush crushed crushes crushing crutches cups
    defeat defeated defeating defeats deflect deflected dela dental depleted depletion depth depths detention devine
    devise devised differences director directors doable dose doubly doubted doubting dripping edict emery employed
    employer employers employing entries entry esports eternal eternally exited expansive expert experts extensive extra
    extras facto factories factory fairs fallon farmer farmers fastened fats fatter faust fellow fellows fibres finder
    finer finnish firms fists flight flights form foster fostered fostering fosters foxes fries fright funded funding
    funds garage garages geos gloss glowing gose gowns grand grass grasses greek greeks greer greet greeted greeting
    greets grids grinning groan groin groping growl guess guessed guesses guessing gusts hangover hanover hastings hepa
    hera hiding hier hiking horses hots housed houses housing identify identifying impart incest incite inciting induces
    infested infrared interval intervals intra keller knack knicks knobs knots knowles lager lange latter layer layered
    layers leader leaders leaned leaning leans leapt lease leased leases leash leasing leda legged lesions lester lever
    levers libel licked liked litter littered lobes lodged logan logic loosing lots lovin maher mango mani manuel marco
    marcos marge marin marines marker markers marlin marlins marsh marshes martin martins marvin massage massages match
    matched matches matching mater mayer meddling mena merch merle mixed mongols mowing multiplied multiply multiplying
    newer norse nosed noses nudes older optimism optimist otter otters outrage outraged overlay paced pacers paint
    painted painting paintings paints paper papers parity parry parsons partly patel patty paved pavel payer payers
    pearson perks persona petting pinot pints pivot planting plie plots pointy police policing polled polo pots precise
    pref present presented presenting presents primate primates print printed printing prints professed protect
    protected protecting protects prowess ptah pubic qualify qualifying quote quoted quotes quoting reader readers reda
    reddy reese refuse refused refuses refusing regis remote renewables renters repaid repeal repealed repealing repent
    repost repressed repression resort resorted resorting resorts retreated retreating revere revered revised revising
    revolve revolves revolving robber robbers romo roto rouse rubles salm salts scala scalp scarves scheme schemes
    scheming scooped score scored scores scoring scrabble scream screamed screaming screams sealed sealing seizing
    selves senior seniors sensory serge serie series sese seta sever severed shade shaded shades shading shake shakes
    shaking shale shall shame shamed shaming shane shark sharks sharp sharpe shave shaved shaving sheep shilling
    shingles shire shite shopped shore shores shoulda showdown shower showered showering showers shred shreds shutter
    shutters sime singing sinner sinners skill skilled skills skinner sleek sleepy sleeves slope slopes sloping smal
    smart smarter smoky snare snoring snuck soared soaring soles sores spade spades spare spared spares sparing speeding
    spice spiced spices spill spilled spilling spills spire spite spoke spores stabs stack stacked stacking stacks stake
    stakes stalk stalked stalking stalks staple staples starch stare stared stares staring stark starling starr starred
    starring stars startled startling state stated states stating stats statue statues statutes stave stealing steam
    steamed steaming steep steeped stems steph stiff stiles stirling stitching stock stocked stocking stocks stoke
    stoked stokes stole stomp stomping stone stoned stones stories stormy story stove stoves streak streaks string
    struck stuart stuff stuffs stump stumps style styled styles styling sucked sucking sucks surfing sutter swamp swamps
    sweep sweeping sweeps swore tales tali tapes taxes teased teasing tema tennant thorough threat threats throughout
    thrust ticker trafficked trafficking trainee trainees trait traits trams trans trash trashed tread trial trials
    tried trough truck trucking trucks truss trustee trustees trusty tryin twain unti wailing wasting whale whales
    whaling whine whining whomever whyte widow widowed widows women womens wording woven
    binding binds blend blended blending blends blond colon conor healing heating mastery mister muster mustered
    reaper sighed suction
    famed farmed farming flame flames flaming packer packers picket pocket pockets rearing
    formal located locating loyal quack quirk therein these theses tripped wherein taper tapered tapering temper
    tempered agreed agreeing debuted monte monty moths mouth mouthed mouths ponds
    along alter altered altering alters flashy flask flesh flush flushed flushing meats moose morse moses muses
    filly films projection projections abel patent patents shoes shots phony prone
"""
REAL_WORDS: frozenset[str] = frozenset(_REAL_WORDS_TEXT.split())

# Words that support an ambiguous cue (normalised like the complaint).
_BUILD_WORDS = (
    "build",
    "ci",
    "test",
    "pipeline",
    "suite",
    "main",
    "master",
    "branch",
    "check",
    "merge",
    "pr",
    "e2e",
    "lint",
    "deploy",
    "release",
    "flaky",
    "rerun",
    "commit",
    "staging environment",
)
_MONEY_WORDS = (
    "bill",
    "invoice",
    "aws",
    "gcp",
    "azure",
    "cloud",
    "infrastructure",
    "compute",
    "server",
    "instance",
    "storage",
    "dollar",
    "money",
    "cost",
    "budget",
    "finance",
    "spend",
    "licence",
    "vendor",
    "per month",
    "per year",
)
_SYSTEM_WORDS = (
    "production",
    "site",
    "server",
    "service",
    "api",
    "database",
    "app",
    "page",
    "checkout",
    "login",
    "cluster",
    "node",
    "pod",
    "kubernetes",
    "queue",
    "cache",
    "endpoint",
    "job",
    "worker",
    "disk",
    "memory",
    "cpu",
    "network",
    "storage",
    "instance",
    "integration",
    "webhook",
    "import",
    "export",
    "upload",
    "payment",
    "search",
    "sync",
    "build",
    "backend",
    "frontend",
    "mobile",
    "container",
    "pipeline",
    # "meter-reading ingest stalls whenever a million readings arrive" (set 32 read).
    "ingest",
    "ingestion",
)
SYSTEM_WORDS: tuple[str, ...] = _SYSTEM_WORDS  # what a system is called (complaints.py reads it too)
_SYMPTOM_WORDS = (
    "slow",
    "latency",
    "timeout",
    "time out",
    "error",
    "cpu",
    "memory",
    "disk",
    "load",
    "traffic",
    "query",
    "lock",
    "replica",
    "replication",
    "connection",
    "row",
    "table",
    "down",
    "outage",
    "crash",
    "oom",
    "throughput",
    "capacity",
    "peak",
    "spike",
    "lag",
    "fail",
    "deadlock",
    "full",
    "index",
    "server",
    "instance",
    "headroom",
    "scale",
    "keep up",
    "grow",
    "large",
    "hit",
    "write",
    "read",
    "shard",
    "storage",
    "size",
    "single",
    # A database that fails outright: "it's the database that falls over every monday morning" (a reader's review: the
    # database was set aside for want of a symptom right beside "falls over").
    *("fall over", "fell over", "melt", "melted", "collapse", "choke", "buckle", "unresponsive", "unavailable"),
    *("hang", "freeze", "froze", "stall", "die", "died", "corrupt", "corruption"),
)
_DATA_LAW_WORDS = (
    "data",
    "store",
    "stored",
    "host",
    "hosted",
    "residency",
    "gdpr",
    "legal",
    "law",
    "privacy",
    "processing",
    "contract",
    "compliance",
    "dpa",
    "regulation",
    "regulator",
    "sovereignty",
    "in country",
    "customer",
    "prospect",
    "procurement",
    "deal",
    "audit",
    "file",
    "record",
    "document",
    "information",
    "backup",
    "lawyer",
    "auditor",
)

_LEARNING_WORDS = (
    "mistake",
    "runbook",
    "share",
    "document",
    "learning",
    "relearn",
    "learn",
    "learned",
    "learnt",
    "incident",
    "outage",
    "postmortem",
    "retro",
    "retrospective",
    "repeat",
    "again",
    "same mistake",
    "written",
    "write",
)
_ROLE_WORDS = (
    "account",
    "user",
    "guest",
    "tier",
    "stakeholder",
    "role",
    "permission",
    "access",
    "editor",
    "admin",
    "read only",
    "seat",
    "edit",
    "see",
    "rbac",
    "license",
)

# Who a customer-facing "self-serve" serves: a customer's people and what they manage. Without one near, it is as
# often an internal platform's (self-service environments for the team's own developers: process).
_CUSTOMER_WORDS = (
    "customer",
    "client",
    "admin",
    "account",
    "tenant",
    "seat",
    "user",
    "member",
    "buyer",
    "enterprise",
    "organisation",
    "workspace",
    "billing",
    "signup",
    "sign up",
    "subscriber",
    "licence",
    "license",
)

# What collapses as a system: the system words, a stream or a feed ("the webcam stream collapses", "the seismic feed
# collapsing": sets 27 and 28 read), and the stores and brokers teams name ("Kafka collapses every Monday": a diff
# review).
_COLLAPSING_WORDS = (*_SYSTEM_WORDS, "stream", "feed", "kafka", "postgres", "mysql", "redis", "elasticsearch")
# What collapses as a business does, said right before the verb: "Mobile app engagement collapsed after the redesign",
# "Our revenue stream collapsed" (a reader's and an attack review: "app" and "stream" stood near). Not "sales" before a
# system: "the sales database collapsed" is the database's.
_LOSS_SUBJECTS = (
    "engagement",
    "revenue",
    "income",
    "sales",
    "morale",
    "retention",
    "conversion",
    "conversions",
    "signups",
    "bookings",
    "demand",
    "adoption",
    "trust",
    "deal",
    "deals",
    "partnership",
    "talks",
    "negotiations",
    "funding",
    "valuation",
)
# Measures that fall as a team's or a business's do, said right before a failure (``FALLING_FAILURES``), which then
# counts only to break a tie: "We hired twelve developers this year and velocity actually went down", "morale is down
# after the reorg" (sets 52 and 53 read as development sets). Not what a system's may be too: throughput, traffic,
# costs, output, quality, a score ("Video quality goes down whenever 200 people join", "Our Apdex score crashes": an
# attack review). Only failures that take no object ("Holiday sales crash checkout" is checkout's crash).
FALLING_MEASURES: tuple[str, ...] = (
    *("velocity", "productivity", "satisfaction", "nps", "csat", "confidence", "motivation", "happiness"),
    *_LOSS_SUBJECTS,
)
FALLING_FAILURES: tuple[str, ...] = ("went down", "goes down", "was down", "is down", "down")
# Words at most two before the measure that make it no subject of the failure: "The storefront during holiday sales is
# down" (a diff review); so does a system earlier in its clause (SYSTEM_WORDS).
MEASURE_NOT_SUBJECT_AFTER: tuple[str, ...] = (
    *("that", "which", "who", "during", "of", "for", "in", "on", "at", "with", "from", "by", "about", "through"),
)
# People's work that is slow as people are, said right before slowness (``SLOW_WORK_CUES``) or right after it: "Slow
# onboarding is killing us: new clinics take three weeks", "Onboarding is our bottleneck", "handoffs are slow" (sets 52
# and 53 read as development sets). What the work is for decides (a customer's onboarding, a new engineer's). Not the
# people words, whose slowness counts for process as a load said of people ("Hiring is slow").
SLOW_WORK: tuple[str, ...] = ("onboarding", "recruiting", "recruitment", "handoffs", "handovers")
SLOW_WORK_CUES: tuple[str, ...] = ("slow", "sluggish", "bottleneck")
# Words that may stand between the slowness and the work ("Onboarding is our biggest bottleneck"), and whose work it may
# be, right before it ("customer onboarding", "engineer onboarding"; not "device onboarding": an attack review).
SLOW_WORK_DEGREES: tuple[str, ...] = ("biggest", "main", "real", "worst", "only", "major", "single", "one", "number")
SLOW_WORK_WHOSE: tuple[str, ...] = (
    *("customer", "client", "user", "tenant", "account", "school", "clinic", "partner", "merchant", "seller"),
    *("engineer", "developer", "dev", "employee", "staff", "hire", "new", "team"),
)
SLOW_WORK_JOINS: tuple[str, ...] = ("and", "but", "with", "of", "for", "so", "because", "while")  # "and onboarding is"
# Cue words that are another language's article where they open a sentence before a capitalised noun: German's "Die
# Kunden warten zu lange auf Antworten" (a fifth CLI review: read as servers that die, where a complaint in another
# language stays uncategorized, as the README says).
ARTICLES_ABROAD: tuple[str, ...] = (
    "Die",
    "die",
)  # written lower case too ("die Seite lädt sehr langsam": a CLI review)
# A subject's head that says less than the word before it ("revenue stream", "income feed").
SUBJECT_HEADS: tuple[str, ...] = ("stream", "streams", "feed")
# Nouns a cue's words may name, as a modifier, without the complaint being of the cue's kind: "the translation
# microservice times out", "the audit log service can't ingest events fast enough", "the mobile and backend teams never
# agree on API changes" (set 51 read as a development set): what is said of the service or the team decides, and the
# cue counts only to break a tie. A team only by a technical cue's name: a customer's IT, compliance or security team
# asks as the customer does, and an on-call, QA or release team is the team's work (a diff review).
NAMED_SERVICES: tuple[str, ...] = ("service", "services", "microservice", "microservices")
NAMED_TEAMS: tuple[str, ...] = ("team", "teams", "squad", "squads")
# Before a cue that names a service, within WANTED_REACH words, words that say the service is wanted, not there: "an
# SSO service", "no audit log service", "a proper permissions service", "a new audit log service" (a diff review).
WANTED_SERVICE_WORDS: tuple[str, ...] = ("a", "an", "no", "proper", "any", "dedicated", "real")
WANTED_REACH = 3
# Words that may stand between a subject and its verb: "engagement has completely collapsed".
# And a copula: "The API team is unreachable" (a diff review: only "team unreachable" was seen).
SUBJECT_GAP_WORDS: tuple[str, ...] = (
    *("has", "have", "had", "just", "completely", "totally", "basically", "simply"),
    *("is", "was", "are", "were", "been", "gone", "often", "always", "actually", "really", "even", "also"),
    # Over and over: "the build keeps failing".
    *("keep", "keeps", "kept", "still", "constantly", "randomly", "sometimes", "regularly", "usually"),
)
# What leaks as a system does: memory, connections, a process (set 31 read; an attack review: "A goroutine leak means
# we redeploy every night").
_LEAKING_WORDS = (
    *_SYSTEM_WORDS,
    *("memory", "connection", "heap", "ram", "socket", "oom", "crash", "goroutine", "file descriptor", "fd", "jvm"),
    *("gc", "host", "gateway", "websocket", "rss", "reboot", "redeploy"),
)
# What a translation is of, for the guide's localisation: a language, or the text of a product's screens. Not "that
# translated into two outages" nor "the translation agency's invoicing service" (a customer's trade).
_LANGUAGE_WORDS = (
    # Not "market": "every outage translated into lost market share" (a diff review).
    *("language", "languages", "speaking", "speakers", "countries", "abroad"),
    "english",
    *LANGUAGES,
    # Peoples whose name is not their language's.
    *("brazilian", "mexican", "chilean", "argentinian", "colombian", "peruvian", "moroccan", "egyptian", "saudi"),
    *("emirati", "israeli", "iranian", "pakistani", "indian", "taiwanese", "malaysian", "austrian", "swiss"),
    *("ui", "user interface", "menus", "labels", "buttons", "screens", "emails", "receipts"),
    # Not "no" nor "lack": "no translation cache in front of the API" (an attack review).
    *("nothing", "missing", "without"),
)
# What a translation is of when it is no language's (an attack review): "binary translation under Rosetta", "address
# translation", "query language translation".
_TRANSLATED_MACHINERY = (
    # Not "machine": "the machine translation of our German UI" is a language's (a diff review).
    *("binary", "address", "network", "protocol", "query", "code", "schema", "data", "orm"),
    *("format", "unit", "coordinate"),
)
# What a release rolls out with, for "roll out": a rollout is mostly a customer's (35 of the 49 rows of the tables that
# say it were user: "the bank won't roll out beyond one branch"); the team's rollout names its release.
_ROLLOUT_RELEASE_WORDS = (
    *("deploy", "deploys", "release", "releases", "version", "build", "change", "changes", "merge", "merged"),
    *("rollback", "rolled back", "canary", "feature", "features", "flag", "flags", "staged", "gradual", "percent"),
    *("prod", "production", "cluster", "hotfix", "patch", "fix", "fixes", "update", "process", "pipeline", "break"),
    # Not "sites" nor "region": a customer rolls out to its sites and regions too (a diff review).
    *("broke", "broken", "outage", "downtime", "server", "servers", "staging"),
)
# What a branch of code is said with: not a change, an update, a feature or a server alone, which a shop's or a bank's
# branch is said with too (an attack review).
_GIT_BRANCH_WORDS = (
    *("git", "merge", "merged", "merging", "commit", "pr", "pull request", "merge request", "code", "repo", "rebase"),
    *("conflict", "conflicts", "trunk", "main", "master", "ci", "deploy", "deploys", "release", "releases", "hotfix"),
    *("stale", "long lived", "strategy", "drift", "protection", "protected", "naming", "developer"),
    *("developers", "dev", "devs", "engineer", "engineers", "review", "reviewer", "staging", "feature"),
)
# Where the team's time goes: "half the team's week disappears into calendar invites" (not "calendar invites from our
# scheduling product go out through a US mail server": an attack review).
# Not "I", "my", "a day" nor "time": "my customers say the calendar invites our app sends arrive a day late" (a diff
# review).
_TEAM_TIME_WORDS = (
    *("week", "weeks", "hours", "morning", "mornings", "afternoon", "afternoons", "sync", "syncs", "status"),
    *("standup", "drown", "drowning", "buried", "team", "engineers", "developers"),
)
# The team's people joining, leaving or waiting: "new hires don't get production access for six weeks", "a fired
# engineer still had production access", "finding someone with production access" (not "auditors want a log of every
# engineer's production access": a diff review).
_TEAM_ACCESS_WORDS = (
    *("new", "starter", "starters", "hire", "hires", "joiner", "joiners", "wait", "waits", "waiting", "weeks"),
    *("onboarding", "offboarding", "fired", "leaver", "leavers", "quit", "someone", "somebody", "laptop", "buddy"),
)
_DARK_SYSTEM_WORDS = (*_SYSTEM_WORDS, "portal", "dashboard", "storefront", "region", "stream", "kiosk", "broker")
# What a system takes more of than it can handle: "can't handle more than a few thousand devices" (set 33 read).
# Not "page" nor "call": "the support desk can't handle more than 300 calls a day" is people's (an attack review).
_CEILING_WORDS = (
    *(word for word in _DARK_SYSTEM_WORDS if word != "page"),
    *("device", "user", "request", "connection", "concurrent", "session", "message", "event", "transaction"),
    *("sensor", "gateway", "visitor", "record", "row", "order", "booking", "upload", "player"),
)
# What a system shows late (SHOWS_UP_LATE_CUE): "orders don't show up in the shipping screen until mid-afternoon".
_LATE_THINGS = (
    *_CEILING_WORDS,
    # Not a shipment, a parcel or an invoice, which arrive late as goods and post do (a diff review).
    *("data", "report", "listing", "stock", "inventory", "screen", "email", "notification", "result", "metric"),
    *("log", "price", "balance", "status", "reading", "ticket", "message"),
    *("transfer", "ledger", "file", "photo", "image", "document", "post", "score", "feed"),
)
# What waits to be released, not a system's lag, when it shows up late: "the fix didn't show up until Friday".
# Nor access or an approval waited for: "production credentials don't arrive until week two" (an attack review).
# Not "change": "config changes don't propagate to every region until forty minutes later" is a system's lag.
_CHANGES_WAITING = (
    *("fix", "fixes", "hotfix", "feature", "features", "release", "pr", "prs"),
    *("access", "credentials", "permissions", "approval", "approvals"),
)
# A load a system cannot handle, right after "can't handle" (LOADS_NOT_HANDLED, LOADS_NOT_TAKEN).
_LOADS = (
    *("traffic", "load", "spike", "rush", "peak", "volume", "surge", "burst", "throughput", "demand", "influx", "hit"),
    *("everyone", "everybody", "concurrent", "thousand", "million", "request", "connection", "session", "message"),
    *("event", "transaction", "upload", "order", "booking", "login", "signup", "query", "write", "device", "sensor"),
)
# What drops requests, packets or readings as a system does (and the load it drops them under).
_DROPPING_WORDS = (
    *_DARK_SYSTEM_WORDS,
    *("gateway", "balancer", "proxy", "router", "firewall", "sensor", "meter", "telemetry", "ingest", "feed"),
    *("nginx", "haproxy", "envoy", "kafka", "mqtt", "websocket"),
    *("load", "peak", "traffic", "spike", "volume", "scanner", "encoder", "stream", "socket", "link", "device"),
)
# Who goes dark or is unreachable as a person does: "The payments team went dark", "the release manager is unreachable".
_PEOPLE_NOT_DOWN = (
    *("team", "teams", "vendor", "manager", "owner", "engineer", "contact", "channel", "lead", "squad", "admin"),
    *("person", "people", "support", "sales", "he", "she", "they", "them", "code"),
)
# Who does not stay up or cannot handle more as people do: "I can't stay up every night watching the dashboard".
_PEOPLE_NOT_SYSTEMS = (
    *(*_PEOPLE_NOT_DOWN, "i", "we", "you", "sre", "desk", "agent", "rota", "nurse", "staff"),
    *("reviewer", "reviewers", "hire", "hires", "newcomer", "newcomers"),  # an attack review
)
# Not "change": "a second pair of eyes on every payout change in the admin" is a product's approval step.
_REVIEWED_WORDS = (
    "review",
    "pr",
    "pull request",
    "merge",
    "code",
    "commit",
    "diff",
    "patch",
    "deploy",
    "wait",
    "waiting",
)
_HELD_BACK_WHO = (
    *_CUSTOMER_WORDS,
    *("staff", "intern", "contractor", "clerk", "agent", "viewer", "volunteer", "employee", "guest", "people"),
    # Not "operator" nor "manager": "the autoscaler can't be stopped from adding nodes, and the operator has no kill
    # switch" (a diff review).
    *OPEN_TO_ALL_WHO,
    *("nobody", "coordinator", "nurse"),
)
# What waits on a screen or a device, and the plans that wait instead (of "just sits there").
_WAITING_SCREEN_WORDS = (
    *_SYSTEM_WORDS,
    *("screen", "button", "till", "terminal", "kiosk", "scanner", "spinner", "tap", "taps", "click", "clicks"),
    *("press", "presses", "load", "loading", "page", "phone", "device", "reader"),
)
_PLANNED_THINGS = ("request", "ticket", "pr", "feature", "item", "proposal", "idea", "task", "story", "epic", "ask")
# Who can still log in when they should not: someone who left, a customer's user, an account.
_LEAVER_WORDS = (
    *("left", "leaves", "leaving", "leaver", "former", "ex", "quit", "fired", "departed", "months", "weeks", "after"),
    *("account", "accounts", "customer", "client", "employee", "contractor", "staff", "offboard", "firm", "company"),
)
_TEAM_PEOPLE = ("engineer", "engineers", "developer", "developers", "dev", "devs", "we", "i", "ops", "sre", "sres")
# What a system serves quickly or not, and the team's work that is quick or not.
_SERVED_WORDS = (
    *_WAITING_SCREEN_WORDS,
    *("lookup", "search", "report", "reports", "query", "queries", "map", "feed", "dashboard", "upload", "export"),
    *("checkout", "login", "sync", "api", "site", "website", "portal"),
)
_TEAM_WORK = ("onboarding", "support", "hiring", "review", "reviews", "release", "releases", "ci", "build", "builds")
# The team's own deciders, who buy (or not) an argument, not the product.
_OWN_DECIDERS = ("management", "leadership", "we", "i", "finance", "execs", "board", "ceo", "cfo", "cto", "manager")
_BUYING_WORDS = (
    *_CUSTOMER_WORDS,
    *("deal", "prospect", "procurement", "contract", "renewal", "legal", "data", "sso", "audit", "compliance"),
    *("bank", "hospital", "council", "insurer", "agency", "government", "county", "city", "school", "firm"),
)
# What is merged or released as code: "only two people have permission to merge, so PRs wait" (not "permission to merge
# duplicate accounts", "permission to release lab results": an attack review).
_CODE_WORDS = (
    *("main", "master", "pr", "pull request", "branch", "code", "build", "deploy", "production", "prod", "repo"),
    *("commit", "review", "reviewer", "merge request", "ship", "release train", "hotfix", "engineer", "developer"),
    *("dev", "anything", "everything"),  # no object named: "permission to merge anything depends on one senior dev"
)
_TWICE_WORDS = (
    *("team", "squad", "group", "twice", "parallel", "knowing", "each other", "both", "department", "studio"),
    *("office", "between", "across"),
)
# An audit's question is asked, told, shown or kept: "asked us who had looked at the notes", "a report of who changed
# what and when" (not "students who looked at their results crashed the portal": set 33 read, an attack review).
AUDIT_WHO_CUES: tuple[str, ...] = (
    *("who changed", "who deleted", "who exported", "who accessed", "who viewed", "who edited", "who removed"),
    *("who downloaded", "who shared", "who logged in", "who invited", "who created", "who had access"),
    "who modified",
)
# What a question opened by an audit cue names to be an audit's: "Who deleted the customer's invoices?" (a diff
# review), not "Who changed the deploy script?" (an attack review).
_AUDITED_THINGS = (
    *_CUSTOMER_WORDS,
    *("data", "record", "account", "user", "patient", "member", "invoice", "payroll", "personal", "client"),
)
# Not "when", "saw" nor "can't": "Shoppers who logged in when the sale opened took down checkout" (an attack review).
_AUDIT_ASKING_WORDS = (
    *("know", "knew", "tell", "told", "see", "show", "ask", "asked", "asking", "report", "log", "track", "trace"),
    *("prove", "proof", "idea", "say", "answer", "find out", "which", "audit", "history", "trail", "auditor"),
    *("regulator", "list", "whether", "evidence", "question", "wonder", "check", "figure out", "clue", "unclear"),
    *("no way", "record of", "records of", "nobody", "want", "request"),
)
# Who is added or removed as people are: "add or remove their own staff" (not nodes, fields or columns).
_MEMBER_WORDS = (*_HELD_BACK_WHO, "user", "member", "seat", "account", "role", "crew", "player", "admin")
# A silo of knowledge or of teams kept apart (not a grain silo: sets 32 and 33 read).
# Not "across", "between" nor "separate": "data sits in silos across three databases" (an attack review).
_SILO_WORDS = (
    *("team", "squad", "group", "department", "studio", "office", "knowledge", "information", "info", "tribal"),
    *("person", "people", "engineer", "engineering", "work"),
)
# Who sets up a product's accounts as a customer does: "new schools sign up and can't work out how to add classes", "a
# law firm's office manager has to email us" (not new engineers working out how to set up a service).
# Words only: "sign up" would be read as any "sign" ("Engineers sign off", a diff review).
SETTING_UP_WHO: tuple[str, ...] = (
    *(word for word in _CUSTOMER_WORDS if " " not in word),
    *("school", "clinic", "firm", "practice", "shop", "store", "franchisee"),
)
# What is set up as a system, not as an account: "ask us to set up a dedicated instance".
# Not a customer's logins or webhooks, which are their accounts' settings.
SETUP_SYSTEMS: tuple[str, ...] = (
    *("instance", "server", "cluster", "environment", "database", "staging", "vpn", "laptop", "repo", "pipeline"),
    *("node", "container", "kubernetes", "machine", "vm", "region", "shard", "service", "microservice", "cache"),
)
CONTEXT_RULES: tuple[ContextRule, ...] = (
    ContextRule(
        "roll out",
        _ROLLOUT_RELEASE_WORDS,
        "a release (a deploy, a version, a change)",
        "the team rolls out a release; a customer that rolls the product out to its wards or offices is adopting it"
        " ('the hospital paused the rollout to its other wards')",
    ),
    *(
        ContextRule(
            phrase,
            _LANGUAGE_WORDS,
            "a language, a product's text, or its absence",
            "a translation into a language is localisation; 'the alerts translated into two outages' is a"
            " consequence, and a translation agency is a customer's trade",
            another_sense=True,
            not_of=_TRANSLATED_MACHINERY,
        )
        for phrase in ("translation", "translated")
    ),
    ContextRule(
        "warehouse",
        (
            *_SYSTEM_WORDS,
            *("data", "sql", "etl", "elt", "dbt", "snowflake", "bigquery", "redshift", "schema", "analytics"),
            *("query", "queries", "table", "tables", "report", "reports", "reporting", "dashboard", "refresh"),
            *("pipeline", "sync", "crm"),
        ),
        "data or a system (a query, a table, a pipeline)",
        "a data warehouse holds data; a warehouse of a logistics firm holds goods ('the new warehouse contracts',"
        " 'sensors in the warehouse')",
        another_sense=True,
    ),
    ContextRule(
        "branch",
        _GIT_BRANCH_WORDS,
        "code (a merge, a commit, a release)",
        "a branch of code is merged and released; a regional manager's branches, a bank's or a clinic's, are places",
    ),
    *(
        ContextRule(
            f"{kind} invite",
            _TEAM_TIME_WORDS,
            "the team's time (a week, a meeting, a status sync)",
            "invites to meetings take the team's time; calendar invites a product sends are its users'",
            another_sense=True,
        )
        for kind in TEAM_INVITE_KINDS
    ),
    *(
        ContextRule(
            f"{tool} {what}",
            _TEAM_ACCESS_WORDS,
            "the team's people joining, leaving or waiting",
            "access to the team's own tools is the team's when its people join, leave or wait for it; 'customers want"
            " to limit repo access for their contractors' is a customer's roles",
            another_sense=True,
        )
        for tool in TEAM_TOOLS
        for what in TOOL_ACCESS
    ),
    ContextRule(
        "dying",
        _DARK_SYSTEM_WORDS,
        "a system (a service, a server, the app)",
        "a service that keeps dying fails; a dying project, deal or team is another loss",
        another_sense=True,
        # Of people or a plan even beside a system's word: "Our mobile team is dying on its feet" (an attack review).
        not_of=(
            *_PEOPLE_NOT_DOWN,
            *("process", "project", "projects", "deal", "deals", "chances", "morale", "roadmap", "company", "business"),
            "startup",
        ),
    ),
    ContextRule(
        "friday",
        (*_ROLLOUT_RELEASE_WORDS, "deploying", "ship", "ships", "shipping", "freeze", "launch", "push", "pushes"),
        "a release (a deploy, a version, a change)",
        "a Friday is a release train's only beside a release ('Friday deploys'); 'the app spins for a minute, but"
        " only on Friday nights' names when the load comes",
    ),
    ContextRule(
        "eu",
        _DATA_LAW_WORDS,
        "data, law or a customer's requirements",
        "a region code is a governance cue only about where data lives or what the law asks; in 'the EU edge"
        " is slow' it is a place",
    ),
    ContextRule(
        "country",
        _DATA_LAW_WORDS,
        "data, law or a customer's requirements",
        "a country is a governance cue only about where data lives or what its law asks; 'users in every country'"
        " is reach",
    ),
    *(
        ContextRule(
            f"just {sits} there",
            _WAITING_SCREEN_WORDS,
            "a screen, a device or a tap",
            "an app or a till that just sits there after a tap keeps people waiting; a request that just sat there on"
            " the roadmap is a plan put off",
            not_of=_PLANNED_THINGS,
        )
        for sits in ("sits", "sat")
    ),
    *(
        ContextRule(
            f"still {verb}",
            _LEAVER_WORDS,
            "someone who left, a customer or an account",
            "a leaver or a customer's user who can still log in is access not taken away; engineers who can still log"
            " into production boxes are the team's own way of working",
            not_of=_TEAM_PEOPLE,
        )
        for verb in STILL_LOG_VERBS
    ),
    *(
        ContextRule(
            f"used to be {fast}",
            _SERVED_WORDS,
            "a system or what it serves (a page, a search, a report)",
            "a page or a search that used to be fast keeps people waiting now; onboarding or support that used to be"
            " quick is the team's",
            not_of=_TEAM_WORK,
        )
        for fast in USED_TO_BE_FAST
    ),
    ContextRule(
        "stall",
        _SYSTEM_WORDS,
        "a system (production, a service, the app)",
        "a system that stalls keeps its users waiting; a deal, a project or a hire that stalls is a plan held up",
    ),
    ContextRule(
        "collapse",
        _COLLAPSING_WORDS,
        "a system (production, a service, the app)",
        "a system that collapses fails its users; a deal, morale or a renewal that collapses is another loss",
        not_of=_LOSS_SUBJECTS,
    ),
    ContextRule(
        "leak",
        _LEAKING_WORDS,
        "memory or a system (a service, a server, the app)",
        "what leaks memory or connections is a system's; a leak in a shared workspace that lets one tenant open"
        " another's files is a breach of trust",
    ),
    *(
        ContextRule(
            f"drop {what}",
            _DROPPING_WORDS,
            "a system (a service, a gateway, a broker, sensors)",
            "a system that drops requests, packets or readings fails; reviewers who drop requests for review, a"
            " product team that dropped feature requests or a committee that drops readings of a policy do not",
            another_sense=True,
        )
        for what in DROPPED_THINGS
    ),
    *(
        ContextRule(
            phrase,
            _DARK_SYSTEM_WORDS,
            "a system (production, a service, the app)",
            "a system that goes dark, is unreachable or stops answering is down; a team, a vendor or the office lights"
            " are not ('the API team went dark')",
            not_of=_PEOPLE_NOT_DOWN,
        )
        for phrase in ("went dark", "goes dark", "unreachable", "stop answering")
    ),
    ContextRule(
        "second pair of eyes",
        _REVIEWED_WORDS,
        "changes, code or a review",
        "a second pair of eyes on a change is a review queue; on the dashboards, or a maker-checker step that"
        " customers want, it is not",
    ),
    *(
        ContextRule(
            phrase,
            _HELD_BACK_WHO,
            "people or roles",
            "people who cannot be held back from an action want roles; a runaway job that cannot be stopped is a"
            " system's",
        )
        for phrase in ("be stopped from", "be prevented from")
    ),
    *(
        ContextRule(
            phrase,
            _BUYING_WORDS,
            "a buyer, a deal or their data",
            "a buyer who won't sign holds a deal up; a service that won't sign certificates is another thing",
        )
        for phrase in ("won't sign", "will not sign")
    ),
    # The same of buying, not said of the team's own deciders (an attack review: "Management won't buy the argument
    # that we need a platform team" read user).
    *(
        ContextRule(
            phrase,
            _BUYING_WORDS,
            "a buyer, a deal or their data",
            "a buyer who won't buy holds a deal up; management that won't buy an argument is the team's own matter",
            not_of=_OWN_DECIDERS,
        )
        for phrase in ("won't buy", "will not buy")
    ),
    *(
        ContextRule(
            phrase,
            _CODE_WORDS,
            "code, branches or shipping",
            "who may merge or release code is the team's gate; permission to merge a customer's records or release"
            " results to patients is a product's roles",
        )
        for phrase in ("permission to merge", "permission to release", "merge rights")
    ),
    *(
        ContextRule(
            phrase,
            _TWICE_WORDS,
            "teams, or work done twice",
            "two teams that built the same thing did one piece of work twice; regions 'built the same' are alike",
        )
        for phrase in ("built the same", "duplicated work", "duplicated effort")
    ),
    *(
        ContextRule(
            f"{verb} stay up",
            _DARK_SYSTEM_WORDS,
            "a system (production, a service, the app)",
            "a system that won't stay up keeps going down; a person who can't stay up all night is tired",
            another_sense=True,
            not_of=_PEOPLE_NOT_SYSTEMS,
        )
        for verb in STAY_UP_VERBS
    ),
    *(
        ContextRule(
            phrase,
            _CEILING_WORDS,
            "a system or what it takes (devices, requests, users)",
            "a system that can't handle more than so many devices has hit its ceiling; a team that can't handle more"
            " than two releases a week is the team's load",
            not_of=_PEOPLE_NOT_SYSTEMS,
        )
        for phrase in CEILING_PHRASES
    ),
    *(
        ContextRule(
            phrase,
            _LOADS,
            "a load (traffic, a rush, everyone at once, requests)",
            "a system that can't handle the Monday rush has hit its ceiling; a checkout that can't handle Japanese"
            " addresses lacks a feature, and reviewers who can't handle the PRs are the team's load",
            not_of=_PEOPLE_NOT_SYSTEMS,
            object_reach=6,
        )
        for phrase in LOADS_NOT_HANDLED
    ),
    *(
        ContextRule(
            phrase,
            tuple(load for load in _LOADS if load != "hit"),  # "can't take another hit" is harm, not a load
            "a load (traffic, a rush, everyone at once, requests)",
            "a database that couldn't take the flash-sale traffic has hit its ceiling; a team that can't take another"
            " incident, or a customer that won't take one more login, is not a system",
            not_of=(*_PEOPLE_NOT_SYSTEMS, *_BUYING_WORDS, "district", "board", "management", "leadership", "they"),
            object_reach=6,
        )
        for phrase in LOADS_NOT_TAKEN
    ),
    ContextRule(
        SHOWS_UP_LATE_CUE,
        _LATE_THINGS,
        "what a system shows (orders, payments, a dashboard, a report)",
        "orders that don't show up on a screen until the afternoon lag behind; a contractor who doesn't show up until"
        " noon is late, and a fix that doesn't show up until the next release waits for it",
        not_of=(*_PEOPLE_NOT_SYSTEMS, *_CHANGES_WAITING),
    ),
    ContextRule(
        "add or remove",
        _MEMBER_WORDS,
        "people, users or roles",
        "adding or removing people is an admin's task; adding or removing servers is not, whatever users are named"
        " after them",
        object_reach=4,
    ),
    *(
        ContextRule(
            phrase,
            _AUDIT_ASKING_WORDS,
            "asking, knowing or keeping a record",
            "who did a thing is an audit's question when it is asked, shown or kept, or opens a question about a"
            " customer's things ('Who deleted the customer's invoices?'); 'the dev who changed the config broke prod'"
            " says who did it",
            asked=_AUDITED_THINGS,
        )
        for phrase in AUDIT_WHO_CUES
    ),
    ContextRule(
        "silo",
        _SILO_WORDS,
        "teams or knowledge",
        "a silo is knowledge or a team kept apart only next to teams or knowledge; a grain silo is a building",
        another_sense=True,
    ),
    *(
        ContextRule(
            f"{hit} retry",
            _BUILD_WORDS,
            "builds or tests",
            "people retrying a build or a test by hand is a flaky gate; a user who hits retry meets a failing system",
        )
        for hit in ("hit", "press")
    ),
    ContextRule(
        "red",
        _BUILD_WORDS,
        "builds or tests",
        "red is a failing build only next to builds or tests; a cluster or a dashboard 'going red' is a health colour",
    ),
    ContextRule(
        "spend",
        _MONEY_WORDS,
        "money or infrastructure",
        "'spend' is about cost only next to money or infrastructure; 'we spend a week firefighting' is time",
    ),
    ContextRule(
        "budget",
        _MONEY_WORDS,
        "money or infrastructure",
        "a budget is about cost only next to money or infrastructure; 'an error budget' or 'the budget is"
        " fine' says nothing about spend",
    ),
    *(
        ContextRule(
            phrase,
            _SYSTEM_WORDS,
            "a system (production, a service, the app)",
            "'broke' is a failure of a system only when a system is named; 'the launch broke our sprint' breaks a"
            " plan, and coordination that broke down is people's",
        )
        for phrase in ("break", "break down")
    ),
    ContextRule(
        "fail",
        _SYSTEM_WORDS,
        "a system (production, a service, the app)",
        "'failing' is a technical failure only when a system is named; 'we keep failing security reviews' is not,"
        " and a build that fails is a quality gate's",
        # Not "test": a load or a soak test that fails is a verdict on capacity (an attack review).
        not_of=("build", "builds", "ci", "lint", "linter"),
    ),
    ContextRule(
        "database",
        _SYMPTOM_WORDS,
        "a symptom or load (slow, queries, locks, CPU)",
        "naming the database says where, not what hurts; with no symptom near it an incident on 'the DB' is"
        " about how it was handled",
    ),
    ContextRule(
        "lessons",
        _LEARNING_WORDS,
        "incidents or what a team learns from them",
        "lessons are a postmortem's only with an incident or learning near; a 'lesson planner' is a product",
        another_sense=True,
    ),
    ContextRule(
        "viewer",
        _ROLE_WORDS,
        "roles or access",
        "a viewer is a role only next to roles or access; an 'imaging viewer' or a 'PDF viewer' is a product",
        another_sense=True,
    ),
    ContextRule(
        "self serve",
        _CUSTOMER_WORDS,
        "a customer's people or what they manage (admins, users, accounts, billing)",
        "self-serve is a customer's admin doing it without asking only next to customers or what they manage; 'no"
        " self-service environments for our developers' is an internal platform's",
        another_sense=True,
    ),
    ContextRule(
        "self service",
        _CUSTOMER_WORDS,
        "a customer's people or what they manage (admins, users, accounts, billing)",
        "self-service is a customer's admin doing it without asking only next to customers or what they manage; 'no"
        " self-service environments for our developers' is an internal platform's",
        another_sense=True,
    ),
    ContextRule(
        "sev1",
        _SYMPTOM_WORDS,
        "a symptom or load (slow, errors, down, CPU)",
        "a severity level says an incident happened, not whether the system or the response is the problem",
    ),
)

# A load said of people. These technical cues measure the load on something; near a word for the people who do the
# work, or for the work items they handle, and near no word for a system, they are the team's load: "the team has no
# capacity left", "reviewers can't keep up", "two devs are the bottleneck" count for process ("delivery"), not for
# the system. "The team says the cluster is at capacity" names a system: it stays technical.
LOAD_CUES: tuple[str, ...] = (
    "overloaded",
    "capacity",
    "throughput",
    "keep up",
    "bandwidth",
    "bottleneck",
    "headroom",
    "workload",
    "saturate",
    "saturation",
    "queue",
    "slow",
    # Work items that pile up are the team's ("Support tickets pile up because nobody owns the queue" read technical:
    # a diff review's left item).
    "pile up",
)
#: A change whose object, within OBJECT_REACH words after it in its clause, is named by a cue of the user type ("change
#: their settings for them", "change roles by hand") is an admin's task done for customers, not a change the team
#: ships: it counts only to break a tie.
CHANGE_VERBS: tuple[str, ...] = ("change",)
OBJECT_REACH = 3
#: Between a change and a feature, these make the change a thing shipped to the feature ("a change to RBAC went out
#: untested"), not an admin's task on it.
CHANGED_WORDS: tuple[str, ...] = ("to", "in", "of", "on", "for")
#: Words for a team's customers. A cue of the user type's generic example that names one ("our largest customers",
#: "enterprise clients", "a big account") says who a technical symptom in its sentence hurts, not what to fix: the
#: symptom decides. Other cues of that example (a deal, procurement, an enterprise admin) keep counting there.
CUSTOMER_WORDS: tuple[str, ...] = ("customer", "client", "account", "tenant", "company", "organisation")
#: Words that may stand between a customer and a symptom said of the customer itself ("large customers are slow to
#: adopt it", "our biggest client is really slow to pay"): people slow, not a system, so the customer keeps counting.
PREDICATE_WORDS: tuple[str, ...] = (
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "get",
    "seem",
    "so",
    "too",
    "very",
    "really",
    "quite",
    "always",
    "still",
    "often",
    "also",
    "just",
    "notoriously",
)
#: The people who do the work, and the work items they handle (a ticket, a pull request). Not "people" (often the
#: users) nor "task" (a task queue is a system's); not the speed cues "fast" and "load" (a review).
PEOPLE_WORDS: tuple[str, ...] = (
    "team",
    "engineer",
    "engineering",
    "developer",
    "dev",
    "reviewer",
    "person",
    "staff",
    "headcount",
    "hire",
    "hiring",
    "human",
    "qa",
    "sprint",
    "velocity",
    "ticket",
    "pr",
    "review",
    # A person's own work: "schema changes queue up for days waiting for her review" (an attack review); only before a
    # work item, not any possessive ("a customer runs his monthly report": a diff review).
    *(f"{whose} {work}" for whose in ("her", "his") for work in ("review", "approval", "queue", "backlog", "sign off")),
)
#: What puts a load cue back on the system with people named ("the team can't keep up with traffic spikes").
LOAD_SYSTEM_WORDS: tuple[str, ...] = (
    *_SYSTEM_WORDS,
    "traffic",
    "ingest",
    "portal",
    "dashboard",
    "environment",
    "preview",
)
#: The example a load said of people counts for.
PEOPLE_LOAD_EXAMPLE = "delivery"
# Onboarding said of the team's own new people or its codebase ("each new engineer costs a senior dev three weeks", "we
# can't onboard an engineer in under two months", "new folks are lost for months"): one of ONBOARDING_CUES within
# CONTEXT_WINDOW words of one of ONBOARDED_PEOPLE (not past its sentence's end) and of no word for a customer
# (CUSTOMER_WORDS, ONBOARDED_CUSTOMERS) counts for process as PEOPLE_LOAD_EXAMPLE (the tables' rows that say so are
# process; set 37 read). Not near someone else onboarded ("Onboarding new merchants takes our engineers a week each":
# a diff review).
ONBOARDING_CUES: tuple[str, ...] = ("onboarding",)
ONBOARDED_PEOPLE: tuple[str, ...] = (
    *("engineer", "developer", "dev", "hire", "joiner", "starter", "teammate", "recruit", "grad", "intern", "folks"),
    "codebase",
)
ONBOARDED_CUSTOMERS: tuple[str, ...] = (
    *CUSTOMER_ORGANISATIONS,
    *("seat", "org", "bank", "university", "college", "district", "government", "ministry", "chain", "merchant"),
    *("dealer", "vendor", "driver", "courier", "rider", "patient", "teacher", "nurse", "doctor", "agent", "broker"),
    *("retailer", "restaurant", "venue"),
    # Bodies that sign up whole: "onboarding new sports federations is worse" (set 43 read as a development set).
    *("federation", "league", "club", "association", "union", "charity", "trust", "cooperative", "co op"),
)

# Every word list that steers reading: its words are the engine's own, never read as a misspelling of a cue
# ("complaint" is not "compliant").
READING_WORDS: tuple[tuple[str, ...], ...] = (
    CONTRAST_WORDS,
    CONCESSION_WORDS,
    COPULAS,
    FILLERS,
    FINE_STATES,
    FINE_PHRASES,
    MODALS,
    FINE_VETOES,
    RELATIVE_PRONOUNS,
    RELATIVE_GAP_WORDS,
    NOT_ANTECEDENTS,
    NEGATIONS,
    VERB_NEGATIONS,
    PROBLEM_WORDS,
    DETERMINERS,
    NEGATION_HEDGES,
    HAVING_VERBS,
    RULED_OUT_PHRASES,
    ABSENCE_WORDS,
    STRESS_PHRASES,
    VERDICT_JOINERS,
    WISH_WORDS,
    CHANNEL_WORDS,
    PARTIAL_WORDS,
    ABSENT_STEP_WORDS,
    PEOPLE_WORDS,
)
