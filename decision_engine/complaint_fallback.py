"""The fallback for wording no cue knows: a character n-gram naive Bayes model (pure functions).

Trained at build time, deterministically, on the cue vocabulary (``decision_engine.cues``: every cue phrase,
counted as often as its weight, every spelling of an abbreviation whose canonical form is a cue, and the
examples' labels) and on the guidance's examples (``decision_engine.guidance``: each example's name and
description), nothing else: never on a table that measures the categoriser. The build writes it next to this
module (``MODEL_NAME``; ``hatch_build.py`` runs ``write_model`` before the editable install and the wheel;
``python hatch_build.py`` does it by hand). It is not tracked by git.

A word is read as its character n-grams (``NGRAM_SIZES`` letters, the word padded with a space either side).
For each n-gram the model keeps, per type, the log of its smoothed frequency in that type's training text,
minus the largest of the three, in thousandths (integers: the sums below are exact, so CPython and Pyodide
give the same bytes), and in which types it was seen at all. A complaint's score for a type is the sum over its
known n-grams. The model speaks only when one of the complaint's words is recognised (``RECOGNISED_NGRAMS``);
the categoriser uses it only when no cue counted, always at low confidence.
"""

from __future__ import annotations

import base64
import functools
import json
import math
import sys
from array import array
from pathlib import Path
from typing import Any

from decision_engine import cues as _cues
from decision_engine.complaint_model import FallbackReading
from decision_engine.errors import MissingModelError
from decision_engine.guidance import GUIDANCE
from decision_engine.model import ScalingType
from decision_engine.reading import APOSTROPHES, WORD, fold_accents

MODEL_NAME = "complaint_fallback_model.json"
MODEL_PATH = Path(__file__).with_name(MODEL_NAME)
MODEL_FORMAT = 3

NGRAM_SIZES: tuple[int, ...] = (3, 4, 5)
"""The n-gram lengths, in characters of the word padded with a space either side."""

SMOOTHING = 0.5
"""Added to every n-gram's count in every type (Lidstone smoothing), so an n-gram unseen in a type is rare,
not impossible."""

SCALE = 1000
"""Log-probabilities are kept as integers in thousandths of a natural log."""

RECOGNISED_NGRAMS = 4
"""The model speaks only about a complaint with a word it recognises: one that shares at least this many
five-letter n-grams with the leading type's training text and none of those with the second type's
("rebuffering" shares " buff", "buffe", "uffer", ... with "buffer")."""

FALLBACK_CONFIDENCE = 0.2
"""The confidence of a fallback reading: always "low"."""

EXPLAIN_WORDS = 3
"""How many of the complaint's words the explanation names (those leaning most towards the type)."""

STOPWORDS: tuple[str, ...] = (
    "the",
    "and",
    "for",
    "with",
    "that",
    "this",
    "our",
    "we",
    "they",
    "their",
    "are",
    "is",
    "was",
    "were",
    "it",
    "its",
    "to",
    "of",
    "in",
    "on",
    "at",
    "an",
    "a",
    "be",
    "but",
    "not",
    "no",
    "so",
    "too",
    "very",
    "just",
    "all",
    "by",
    "or",
    "as",
    "from",
    "into",
    "than",
    "then",
    "every",
    "each",
    "us",
    "you",
    "your",
    "has",
    "have",
    "had",
    # Modals, auxiliaries and their negations: cue phrases such as "couldn't stay up" taught the model that
    # "couldn't" is technical (set 33 read: a row about where data is stored read technical by "couldn't" alone).
    *("can", "cant", "cannot", "could", "couldnt", "will", "wont", "would", "wouldnt", "do", "dont", "does"),
    *("doesnt", "did", "didnt", "never"),
)
"""Words too common to tell types apart; the model neither learns nor reads them."""

_TYPES: tuple[ScalingType, ...] = tuple(ScalingType)
_STOP = frozenset(STOPWORDS)


def _words(text: str) -> list[tuple[str, str]]:
    """The words the model reads: (lower case without apostrophes, as written); stopwords left out."""
    out = []
    for m in WORD.finditer(fold_accents(text)):  # the complaint reader's words (reading.py), accents folded
        word = m.group().translate(APOSTROPHES).lower()
        if word not in _STOP:
            out.append((word, text[m.start() : m.end()]))
    return out


def ngrams(word: str) -> list[str]:
    """The character n-grams of one word, padded: "slow" gives " sl", "slo", "low", "ow ", " slo", ..."""
    padded = f" {word} "
    return [padded[i : i + n] for n in NGRAM_SIZES for i in range(len(padded) - n + 1)]


def training_documents() -> tuple[tuple[str, str, int], ...]:
    """The training text: (type, text, how many times it counts). Cues count as often as their weight."""
    docs: list[tuple[str, str, int]] = [(cue.type.value, cue.phrase, cue.weight) for cue in _cues.CUES]
    cue_types = {cue.phrase.lower(): cue for cue in _cues.CUES}
    for entry in _cues.ABBREVIATIONS:
        cue = cue_types.get(entry.canonical.lower())
        if cue is not None:
            docs += [(cue.type.value, form, cue.weight) for form in entry.forms]
    docs += [(example.type.value, example.label, 1) for example in _cues.EXAMPLES]
    for guidance in GUIDANCE.values():
        docs += [(guidance.type.value, f"{e.name} {e.summary}", 1) for e in guidance.examples]
    return tuple(docs)


def train() -> dict[str, Any]:
    """The model, trained on ``training_documents()``: deterministic, the same dict on every run."""
    import hashlib  # noqa: PLC0415 (build time only: the browser never trains)

    docs = training_documents()
    counts: dict[str, dict[str, int]] = {t.value: {} for t in _TYPES}
    for type_, text, times in docs:
        for word, _ in _words(text):
            for gram in ngrams(word):
                counts[type_][gram] = counts[type_].get(gram, 0) + times
    vocabulary = sorted({gram for per_type in counts.values() for gram in per_type})
    totals = {t: sum(per_type.values()) for t, per_type in counts.items()}
    values: list[int] = []
    for gram in vocabulary:
        logs = [
            math.log((counts[t.value].get(gram, 0) + SMOOTHING) / (totals[t.value] + SMOOTHING * len(vocabulary)))
            for t in _TYPES
        ]
        top = max(logs)
        seen = sum(1 << i for i, t in enumerate(_TYPES) if counts[t.value].get(gram, 0) > 0)
        values += [*(round((value - top) * SCALE) for value in logs), seen]
    fingerprint = hashlib.sha256(json.dumps(docs, sort_keys=True).encode("utf-8")).hexdigest()[:16]
    return {
        "format": MODEL_FORMAT,
        "types": [t.value for t in _TYPES],
        "sizes": list(NGRAM_SIZES),
        "scale": SCALE,
        "smoothing": SMOOTHING,
        "documents": len(docs),
        "training": fingerprint,
        "grams": "\n".join(vocabulary),
        # Per n-gram, in order: the three types' values, then the mask of the types that saw it, as 16-bit
        # little-endian integers in base64: read in one step, no number parsing.
        "values": base64.b64encode(_pack(values)).decode("ascii"),
    }


def _pack(values: list[int]) -> bytes:
    """16-bit little-endian integers (every value fits: checked)."""
    if not all(-(2**15) <= value < 2**15 for value in values):
        raise ValueError("a fallback model value does not fit in 16 bits: lower SCALE or raise SMOOTHING")
    packed = array("h", values)
    if sys.byteorder == "big":  # pragma: no cover (CPython here and WebAssembly are little-endian)
        packed.byteswap()
    return packed.tobytes()


def _unpack(data: bytes) -> array[int]:
    values = array("h")
    values.frombytes(data)
    if sys.byteorder == "big":  # pragma: no cover
        values.byteswap()
    return values


def model_text(model: dict[str, Any]) -> str:
    """The model as the file holds it: JSON with sorted keys and no spaces, one line."""
    return json.dumps(model, sort_keys=True, separators=(",", ":"), ensure_ascii=False) + "\n"


def write_model(path: Path = MODEL_PATH) -> Path:
    """Train the model and write it to ``path`` (only when it changed, so the file's date says when)."""
    text = model_text(train())
    if not path.exists() or path.read_text(encoding="utf-8") != text:
        path.write_text(text, encoding="utf-8")
    return path


_STRIDE = len(_TYPES) + 1  # values per n-gram: one per type, then the mask of the types that saw it


@functools.cache
def _model() -> tuple[dict[str, int], array[int]]:
    """The generated model, read once: where each n-gram's values start, and the values."""
    try:
        model = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise MissingModelError(
            f"the complaint fallback model {MODEL_PATH} is missing: the build generates it. Install the engine "
            "with `pip install -e .` (or build its wheel), or run `python hatch_build.py` in the project"
        ) from None
    if model.get("format") != MODEL_FORMAT:
        raise MissingModelError(
            f"the complaint fallback model {MODEL_PATH} has format {model.get('format')!r}, not {MODEL_FORMAT}: "
            "regenerate it with `python hatch_build.py` in the project"
        )
    grams: str = model["grams"]
    values = _unpack(base64.b64decode(model["values"]))
    return dict(zip(grams.split("\n"), range(0, len(values), _STRIDE), strict=True)), values


def _recognised(word: str, lead: int, other: int) -> bool:
    """Whether ``word`` shares RECOGNISED_NGRAMS five-letter n-grams with type ``lead``'s text, not ``other``'s."""
    index, values = _model()
    masks = [values[index[g] + _STRIDE - 1] for g in ngrams(word) if len(g) == 5 and g in index]
    return sum(1 for mask in masks if mask & (1 << lead) and not mask & (1 << other)) >= RECOGNISED_NGRAMS


def _explain(words: list[tuple[str, str]], lead: int, other: int) -> tuple[str, ...]:
    """The recognised words (as written) that lean most towards the leading type, at most EXPLAIN_WORDS."""
    index, values = _model()
    leans = []
    for position, (word, written) in enumerate(words):
        if _recognised(word, lead, other):
            lean = sum(values[index[g] + lead] - values[index[g] + other] for g in ngrams(word) if g in index)
            leans.append((-lean, position, written))
    return tuple(written for _, _, written in sorted(leans)[:EXPLAIN_WORDS])


def read_unknown(text: str) -> FallbackReading | None:
    """The type the model reads in ``text``, or None when it recognises none of its words."""
    index, values = _model()
    words = _words(text)
    offsets = [index[gram] for word, _ in words for gram in ngrams(word) if gram in index]
    known = len(offsets)
    totals = [sum(values[at + t] for at in offsets) for t in range(len(_TYPES))]
    ranked = sorted(range(len(_TYPES)), key=lambda i: -totals[i])
    lead, other = ranked[0], ranked[1]
    explained = _explain(words, lead, other)
    if not explained:
        return None
    margin = (totals[lead] - totals[other]) // known
    return FallbackReading(type=_TYPES[lead], words=explained, margin=margin, ngrams=known)
