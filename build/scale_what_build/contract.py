"""The contract between the engine and the page's JavaScript, generated at build time.

Everything both languages know is rendered into the questionnaire page as one JSON value, the ``data-contract``
attribute of the tool's root element (not a script element: Material's instant navigation re-inserts inline
scripts by their text alone, so JSON there would run as JavaScript), and the JavaScript reads these values from
it instead of writing them itself: the questions (ids, kinds, prompts, options, when each is asked and those
conditions in the engine's words, their element ids), the deciding question's id, the types and their titles, the
category choices, the confidence words the page asks the reader to confirm, the limits, the engine's stages, the
failure codes (the runtime's and the engine's) and the ids of the page's elements; and the guide's abbreviations
(docs/includes/abbreviations.md, which every guide page defines), so that the result drawn in the page defines them
as the guide and the pages without JavaScript do (a reader's review: "p99", "SLO" unexplained in the result).

The block's shape is ``Contract`` below; ``typedefs.py`` turns it, and the engine's replies, into TypeScript
declarations the JavaScript type check reads.
"""

from __future__ import annotations

import json
import re
from typing import TypedDict

from scale_what_build import ROOT, page_data

#: The guide's abbreviations, appended to every page by pymdownx.snippets (mkdocs.yml), one "*[TERM]: title" a line.
GLOSSARY = ROOT / "docs" / "includes" / "abbreviations.md"
_ABBREVIATION = re.compile(r"\*\[(?P<term>[^\]]+)\]: (?P<title>\S.*)")

#: Bumped when the block's shape changes in a way the JavaScript must follow.
CONTRACT_VERSION = 1


class ConditionData(TypedDict):
    """One condition of a question asked only when it holds: the question and the options that make it hold, and the
    condition in the engine's words (``condition_words``), as a whole and narrowed to each of its options."""

    question: str
    options: list[str]
    words: str
    words_for: dict[str, str]


class OptionData(TypedDict):
    """One option of a question, with the id of its radio button. One that stands for another question's answer
    ("The failure I named") has its label as it reads for each answer to that question (the engine's
    ``option_label``); the others have none."""

    id: str
    label: str
    element_id: str
    stands_for: str | None
    named_labels: dict[str, str]


class QuestionData(TypedDict):
    """One question of the questionnaire as the page shows it, with the id of its fieldset."""

    id: str
    kind: str
    prompt: str
    required: bool
    options: list[OptionData]
    asked_when: list[ConditionData]
    element_id: str


class TypeData(TypedDict):
    """One scaling type: its id and its heading."""

    id: str
    title: str


class Limits(TypedDict):
    """The limits the page and the engine share."""

    complaint_chars: int  # a complaint box's text is categorised up to this many characters (longer is kept)
    complaints: int  # the number of complaint boxes
    state_chars: int  # a state the engine takes (sent by the page) as compact JSON text, at most this long
    share_link_chars: int  # a share link's decoded JSON text, at most this long
    request_chars: int  # a bridge request's JSON text, at most this long


class BoxElements(TypedDict):
    """The ids of one complaint box's elements."""

    text: str
    result: str
    override: str


class AbbreviationData(TypedDict):
    """One abbreviation of the guide and what it stands for."""

    term: str
    title: str


def glossary() -> list[AbbreviationData]:
    """The guide's abbreviations, in the file's order; a line of another shape is a build error."""
    found: list[AbbreviationData] = []
    for number, line in enumerate(GLOSSARY.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        match = _ABBREVIATION.fullmatch(line.strip())
        if match is None:
            raise ValueError(f"{GLOSSARY.name}, line {number}: not an abbreviation (*[TERM]: what it stands for)")
        found.append({"term": match["term"], "title": match["title"]})
    return found


class Contract(TypedDict):
    """The contract block: everything the page's JavaScript knows about the engine and the page's markup."""

    version: int
    engine_version: str
    rubric_version: str
    deciding: str
    questions: list[QuestionData]
    conditions_joiner: str
    types: list[TypeData]
    override_types: list[str]
    uncategorized: str
    uncategorized_title: str
    confirm_confidence: list[str]
    blank_categories: list[str]
    blank_added: list[list[int]]
    limits: Limits
    stages: list[str]
    failure_codes: list[str]
    error_codes: list[str]
    no_recommendation_codes: list[str]
    box_statuses: list[str]
    formats: list[str]
    commands: list[str]
    elements: dict[str, str]
    boxes: list[BoxElements]
    abbreviations: list[AbbreviationData]


def contract() -> Contract:
    """The contract, from the engine as it is now (imported here, fresh per build)."""
    from decision_engine import QUESTIONS, RUBRIC_VERSION, ScalingType, __version__  # noqa: PLC0415
    from decision_engine.bridge import COMMANDS, MAX_REQUEST_CHARS  # noqa: PLC0415
    from decision_engine.complaint_model import UNCATEGORIZED, UNCATEGORIZED_TITLE  # noqa: PLC0415
    from decision_engine.complaints import (  # noqa: PLC0415
        BLANK_ADDED,
        BLANK_CATEGORIES,
        CONFIRM_CONFIDENCE_WORDS,
        MAX_COMPLAINT_CHARS,
        MAX_COMPLAINTS,
        OVERRIDE_TYPES,
    )
    from decision_engine.engine import CONDITIONS_JOINER, condition_words, option_label  # noqa: PLC0415
    from decision_engine.errors import error_classes  # noqa: PLC0415
    from decision_engine.model import Option, Question  # noqa: PLC0415
    from decision_engine.report import FORMATS  # noqa: PLC0415
    from decision_engine.session import (  # noqa: PLC0415
        DECIDING_ID,
        MAX_SHARE_CHARS,
        MAX_STATE_CHARS,
        BoxStatus,
        NoRecommendationCode,
    )

    by_id = {q.id: q for q in QUESTIONS}

    def option(q: Question, o: Option) -> OptionData:
        named: dict[str, str] = {}
        if o.stands_for is not None:
            named = {a.id: option_label(q, o.id, {o.stands_for: a.id}) for a in by_id[o.stands_for].options}
        return {
            "id": o.id,
            "label": o.label,
            "element_id": page_data.option_id(q.id, o.id),
            "stands_for": o.stands_for,
            "named_labels": named,
        }

    questions: list[QuestionData] = [
        {
            "id": q.id,
            "kind": q.kind.value,
            "prompt": q.prompt,
            "required": q.required,
            "options": [option(q, o) for o in q.options],
            "asked_when": [
                {
                    "question": c.question,
                    "options": list(c.options),
                    "words": condition_words(c),
                    "words_for": {option: condition_words(c, (option,)) for option in c.options},
                }
                for c in q.asked_when
            ],
            "element_id": page_data.question_id(q.id),
        }
        for q in QUESTIONS
    ]
    return {
        "version": CONTRACT_VERSION,
        "engine_version": __version__,
        "rubric_version": RUBRIC_VERSION,
        "deciding": DECIDING_ID,
        "questions": questions,
        "conditions_joiner": CONDITIONS_JOINER,
        "types": [{"id": t.value, "title": t.title} for t in ScalingType],
        "override_types": list(OVERRIDE_TYPES),
        "uncategorized": UNCATEGORIZED,
        "uncategorized_title": UNCATEGORIZED_TITLE,
        "confirm_confidence": list(CONFIRM_CONFIDENCE_WORDS),
        "blank_categories": list(BLANK_CATEGORIES),
        "blank_added": [list(span) for span in BLANK_ADDED],
        "limits": {
            "complaint_chars": MAX_COMPLAINT_CHARS,
            "complaints": MAX_COMPLAINTS,
            "state_chars": MAX_STATE_CHARS,
            "share_link_chars": MAX_SHARE_CHARS,
            "request_chars": MAX_REQUEST_CHARS,
        },
        "stages": list(page_data.STAGES),
        "failure_codes": list(page_data.FAILURE_CODES),
        "error_codes": [cls.code for cls in error_classes()],
        "no_recommendation_codes": [code.value for code in NoRecommendationCode],
        "box_statuses": [status.value for status in BoxStatus],
        "formats": list(FORMATS),
        "commands": sorted(COMMANDS),
        "elements": dict(page_data.ELEMENT_IDS),
        "boxes": [
            {"text": ids["text"], "result": ids["result"], "override": ids["override"]}
            for ids in map(page_data.box_ids, range(MAX_COMPLAINTS))
        ],
        "abbreviations": glossary(),
    }


def script_json(data: object) -> str:
    """Compact JSON with "<", ">" and "&" written as escapes: no text in it can end the element or attribute that
    holds it, and the value parses the same."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
