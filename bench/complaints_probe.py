"""Timings of the complaint categoriser, run inside Pyodide by complaints_node.mjs (ROUNDS is set by it).

The last expression is the JSON the Node script prints. Not a module of the engine: plain code.
"""

import json
import sys
import time

ROUNDS = int(globals()["ROUNDS"])  # set by complaints_node.mjs before this runs


def ms(seconds: float) -> float:
    return round(seconds * 1000, 3)


def percentile(samples: list[float], share: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


# 500 characters each: one with contrast, negation, a misspelling and an ambiguous word; one with no cue at
# all (the fallback model reads it).
READING = (
    "Latency is not the problem and the database looks healthy, but nobody owns incidents at night: the pager "
    "goes to whoever is awake, the runbok for failover is out of date, the dashboard went red twice this week "
    "and no one knew who should respond. SSO and audit logs are sorted now, so sales is fine; what hurts is "
    "that every Friday deploy needs a week of manual QA and the postmortem action items never get done. We "
    "don't need more servers, we need a rota, a checklist and reviews that happen before things ship to prod."
)
FALLBACK = (
    "Engineers keep pushing straight to master and overwriting each other; everybody works on everything at "
    "once, and whoever shouts loudest wins the argument about what goes out. Nobody can tell me when anything "
    "will actually be finished, and the same arguments come back every Monday in the same meeting. The "
    "newest hires copy whatever the person next to them does, and what the previous person did stays a "
    "mystery. Honestly it feels like everybody is busy all the time and very little of it is moving forward."
)
READING, FALLBACK = READING[:500], FALLBACK[:500]  # the longest complaint the engine accepts
assert len(READING) == len(FALLBACK) == 500, (len(READING), len(FALLBACK))

start = time.perf_counter()
import decision_engine  # noqa: E402
from decision_engine import complaint_fallback  # noqa: E402
from decision_engine.complaints import categorize  # noqa: E402

engine_import = time.perf_counter() - start

# The fallback module's own import cost: compiling and running its source (its imports are loaded already).
source_path = complaint_fallback.__file__
with open(source_path, encoding="utf-8") as handle:
    source = handle.read()
start = time.perf_counter()
exec(compile(source, source_path, "exec"), {"__name__": "fallback_probe", "__file__": source_path})
fallback_import = time.perf_counter() - start

# First use: reading the generated model and one reading (nothing has loaded it yet).
start = time.perf_counter()
first_reading = complaint_fallback.read_unknown("Engineers keep pushing to master")
fallback_first_use = time.perf_counter() - start
start = time.perf_counter()
complaint_fallback.read_unknown("Nobody can tell me when anything will actually be finished")
fallback_second_use = time.perf_counter() - start

start = time.perf_counter()
first = categorize(READING)
categorize_first = time.perf_counter() - start

timings = {}
for name, text in (("reading", READING), ("fallback", FALLBACK)):
    for _ in range(20):
        categorize(text)
    samples = []
    for _ in range(ROUNDS):
        start = time.perf_counter()
        categorize(text)
        samples.append(time.perf_counter() - start)
    timings[name] = {
        "p50_ms": ms(percentile(samples, 0.5)),
        "p95_ms": ms(percentile(samples, 0.95)),
        "max_ms": ms(max(samples)),
        "type": categorize(text).type,
    }

json.dumps(
    {
        "python": sys.version.split()[0],
        "engine_version": decision_engine.__version__,
        "rounds": ROUNDS,
        "engine_import_ms": ms(engine_import),
        "fallback_import_ms": ms(fallback_import),
        "fallback_first_use_ms": ms(fallback_first_use),
        "fallback_second_use_ms": ms(fallback_second_use),
        "fallback_first_reading": first_reading.type.value if first_reading else None,
        "categorize_first_call_ms": ms(categorize_first),
        "categorize_500": timings,
        "first_type": first.type,
    }
)
