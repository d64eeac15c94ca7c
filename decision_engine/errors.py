"""Errors the engine raises for bad input. Every message names the bad value and the valid ones."""

from __future__ import annotations


class DecisionEngineError(ValueError):
    """Base class: bad input to the engine. The message says what was wrong and how to fix it."""


class WrongTypeError(DecisionEngineError):
    """A value has the wrong JSON type, e.g. a number where an option id (a string) belongs."""


class OversizedInputError(DecisionEngineError):
    """The input is larger than the engine accepts (too long, too many entries or nested too deeply)."""


class InvalidJSONError(DecisionEngineError):
    """Text that should be JSON does not parse."""


class UnknownQuestionError(DecisionEngineError):
    """An answer names a question id the questionnaire does not have."""


class UnknownOptionError(DecisionEngineError):
    """An answer names an option id its question does not offer."""


class MissingAnswerError(DecisionEngineError):
    """A required question (the deciding question) has no answer."""


class UnknownCommandError(DecisionEngineError):
    """A bridge request names a command the bridge does not have."""


class InvalidRequestError(DecisionEngineError):
    """A bridge request's payload lacks a field its command needs, or has one it does not take."""


class UnreadableInputError(DecisionEngineError):
    """An input file cannot be read: it is missing, not readable, or not UTF-8 text."""


class ComplaintError(DecisionEngineError):
    """A complaint or a triage request is not usable; the subclasses say which way."""


class EmptyComplaintError(ComplaintError):
    """A complaint is empty or only whitespace."""


class ComplaintTooLongError(ComplaintError):
    """A complaint is longer than the limit (complaints.MAX_COMPLAINT_CHARS characters)."""


class TriageInputError(ComplaintError):
    """Triage got no complaints or too many, or an override or an effort level it does not know."""


class NotAskedError(DecisionEngineError):
    """An answer to a question that is not asked with the other answers (the follow-up, when its conditions fail)."""


class MissingModelError(DecisionEngineError):
    """A file the build generates (the complaint fallback model) is missing or stale: rebuild or reinstall."""
