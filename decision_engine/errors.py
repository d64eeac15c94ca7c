"""Errors the engine raises for bad input. Every message names the bad value and the valid ones.

Each class has a stable ``code`` (kebab-case, never a Python name): the bridge replies with it, the page's
contract lists every one (``error_codes``), and the page maps codes to sentences. A code never changes meaning.
"""

from __future__ import annotations

from typing import ClassVar


class DecisionEngineError(ValueError):
    """Base class: bad input to the engine. The message says what was wrong and how to fix it."""

    code: ClassVar[str] = "bad-input"


class WrongTypeError(DecisionEngineError):
    """A value has the wrong JSON type, e.g. a number where an option id (a string) belongs."""

    code: ClassVar[str] = "wrong-type"


class OversizedInputError(DecisionEngineError):
    """The input is larger than the engine accepts (too long, too many entries or nested too deeply)."""

    code: ClassVar[str] = "oversized-input"


class InvalidJSONError(DecisionEngineError):
    """Text that should be JSON does not parse."""

    code: ClassVar[str] = "invalid-json"


class UnknownQuestionError(DecisionEngineError):
    """An answer names a question id the questionnaire does not have."""

    code: ClassVar[str] = "unknown-question"


class UnknownOptionError(DecisionEngineError):
    """An answer names an option id its question does not offer."""

    code: ClassVar[str] = "unknown-option"


class MissingAnswerError(DecisionEngineError):
    """A required question (the deciding question) has no answer."""

    code: ClassVar[str] = "missing-answer"


class UnknownCommandError(DecisionEngineError):
    """A bridge request names a command the bridge does not have."""

    code: ClassVar[str] = "unknown-command"


class InvalidRequestError(DecisionEngineError):
    """A bridge request's payload lacks a field its command needs, or has one it does not take."""

    code: ClassVar[str] = "invalid-request"


class UnreadableInputError(DecisionEngineError):
    """An input file cannot be read: it is missing, not readable, or not UTF-8 text."""

    code: ClassVar[str] = "unreadable-input"


class ComplaintError(DecisionEngineError):
    """A complaint or a triage request is not usable; the subclasses say which way."""

    code: ClassVar[str] = "bad-complaint"


class EmptyComplaintError(ComplaintError):
    """A complaint is empty or only whitespace."""

    code: ClassVar[str] = "empty-complaint"


class ComplaintTooLongError(ComplaintError):
    """A complaint is longer than the limit (complaints.MAX_COMPLAINT_CHARS characters)."""

    code: ClassVar[str] = "complaint-too-long"


class TriageInputError(ComplaintError):
    """Triage got no complaints or too many, or an override or an effort level it does not know."""

    code: ClassVar[str] = "bad-triage-input"


class NotAskedError(DecisionEngineError):
    """An answer to a question that is not asked with the other answers (the follow-up, when its conditions fail)."""

    code: ClassVar[str] = "not-asked"


class MissingModelError(DecisionEngineError):
    """A file the build generates (the complaint fallback model) is missing or stale: rebuild or reinstall."""

    code: ClassVar[str] = "missing-model"


class InvalidStateError(DecisionEngineError):
    """A questionnaire state (the page's answers, complaint boxes and category choices) is not of the shape it takes."""

    code: ClassVar[str] = "invalid-state"


class InternalError(DecisionEngineError):
    """Not bad input: the engine failed where it should have answered (a bug); the bridge replies with it."""

    code: ClassVar[str] = "internal-error"


def error_classes() -> tuple[type[DecisionEngineError], ...]:
    """Every error class, the base first: what the contract lists as the engine's error codes."""
    found: list[type[DecisionEngineError]] = [DecisionEngineError]
    for cls in found:
        found.extend(sub for sub in cls.__subclasses__() if sub not in found)
    return tuple(found)
