"""Scale What? decision engine: which kind of scaling to invest in first.

Pure Python, standard library only. The same code runs on CPython and, in the
reader's browser, on Pyodide. This module is the public face: import from here.

>>> from decision_engine import recommend
>>> recommend({"failure_mode": "outages"}).lead.value
'technical'
>>> categorize("deploys break prod every Friday").type
'process'
>>> triage(["p99 latency spikes at peak", "enterprise customers want SSO"], {"technical": "most"}).under_invested.value
'user'
"""

from __future__ import annotations

__version__ = "0.1.0"

from decision_engine.complaint_model import (
    UNCATEGORIZED,
    Categorization,
    CueMatch,
    EffortFlag,
    Triage,
    TriagedComplaint,
    TypeScore,
    TypeTally,
)
from decision_engine.complaints import MAX_COMPLAINT_CHARS, MAX_COMPLAINTS, categorize, triage, vocabulary
from decision_engine.engine import asked_questions, check_rubric, recommend, rubric_fingerprint, validate_answers
from decision_engine.errors import (
    ComplaintError,
    ComplaintTooLongError,
    DecisionEngineError,
    EmptyComplaintError,
    InvalidJSONError,
    InvalidRequestError,
    InvalidStateError,
    MissingAnswerError,
    NotAskedError,
    OversizedInputError,
    TriageInputError,
    UnknownCommandError,
    UnknownOptionError,
    UnknownQuestionError,
    UnreadableInputError,
    WrongTypeError,
)
from decision_engine.guidance import GUIDANCE
from decision_engine.model import (
    Action,
    Change,
    Condition,
    Confidence,
    Evidence,
    Example,
    FailureMode,
    Flag,
    Guidance,
    Option,
    Question,
    QuestionKind,
    RationaleItem,
    Recommendation,
    ScalingType,
    Sequence,
    TradeOff,
    UnderInvested,
    Watch,
    WouldChange,
)
from decision_engine.questions import QUESTIONS
from decision_engine.rules import RUBRIC_VERSION
from decision_engine.serialize import dumps, to_dict

__all__ = [
    "GUIDANCE",
    "MAX_COMPLAINTS",
    "MAX_COMPLAINT_CHARS",
    "QUESTIONS",
    "RUBRIC_VERSION",
    "UNCATEGORIZED",
    "Action",
    "Categorization",
    "Change",
    "ComplaintError",
    "ComplaintTooLongError",
    "Condition",
    "Confidence",
    "CueMatch",
    "DecisionEngineError",
    "EffortFlag",
    "EmptyComplaintError",
    "Evidence",
    "Example",
    "FailureMode",
    "Flag",
    "Guidance",
    "InvalidJSONError",
    "InvalidRequestError",
    "InvalidStateError",
    "MissingAnswerError",
    "NotAskedError",
    "Option",
    "OversizedInputError",
    "Question",
    "QuestionKind",
    "RationaleItem",
    "Recommendation",
    "ScalingType",
    "Sequence",
    "TradeOff",
    "Triage",
    "TriageInputError",
    "TriagedComplaint",
    "TypeScore",
    "TypeTally",
    "UnderInvested",
    "UnknownCommandError",
    "UnknownOptionError",
    "UnknownQuestionError",
    "UnreadableInputError",
    "Watch",
    "WouldChange",
    "WrongTypeError",
    "__version__",
    "asked_questions",
    "categorize",
    "check_rubric",
    "dumps",
    "recommend",
    "rubric_fingerprint",
    "to_dict",
    "triage",
    "validate_answers",
    "vocabulary",
]
