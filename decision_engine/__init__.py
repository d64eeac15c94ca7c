"""Scale What? decision engine: which kind of scaling to invest in first.

Pure Python, standard library only. The same code runs on CPython and, in the
reader's browser, on Pyodide. This module is the public face: import from here.

>>> from decision_engine import recommend
>>> recommend({"failure_mode": "outages"}).lead.value
'technical'
"""

from __future__ import annotations

__version__ = "0.1.0"

from decision_engine.engine import check_rubric, recommend, rubric_fingerprint, validate_answers
from decision_engine.errors import (
    DecisionEngineError,
    InvalidJSONError,
    InvalidRequestError,
    MissingAnswerError,
    OversizedInputError,
    UnknownCommandError,
    UnknownOptionError,
    UnknownQuestionError,
    UnreadableInputError,
    WrongTypeError,
)
from decision_engine.guidance import GUIDANCE
from decision_engine.model import (
    Action,
    Confidence,
    ConfidenceReason,
    Example,
    FailureMode,
    Guidance,
    Option,
    Question,
    QuestionKind,
    Ranked,
    RationaleItem,
    Recommendation,
    ScalingType,
    Sequence,
    TradeOff,
    UnderInvested,
    Watch,
)
from decision_engine.questions import QUESTIONS
from decision_engine.rules import RUBRIC_VERSION
from decision_engine.serialize import dumps, to_dict

__all__ = [
    "GUIDANCE",
    "QUESTIONS",
    "RUBRIC_VERSION",
    "Action",
    "Confidence",
    "ConfidenceReason",
    "DecisionEngineError",
    "Example",
    "FailureMode",
    "Guidance",
    "InvalidJSONError",
    "InvalidRequestError",
    "MissingAnswerError",
    "Option",
    "OversizedInputError",
    "Question",
    "QuestionKind",
    "Ranked",
    "RationaleItem",
    "Recommendation",
    "ScalingType",
    "Sequence",
    "TradeOff",
    "UnderInvested",
    "UnknownCommandError",
    "UnknownOptionError",
    "UnknownQuestionError",
    "UnreadableInputError",
    "Watch",
    "WrongTypeError",
    "__version__",
    "check_rubric",
    "dumps",
    "recommend",
    "rubric_fingerprint",
    "to_dict",
    "validate_answers",
]
