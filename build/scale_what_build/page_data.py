"""The questionnaire page's own facts: what the markup (templates/) and the page's JavaScript both use.

The templates read these values to render the page, and the contract (``contract.py``) carries the same
values to the JavaScript, so an element id, an engine stage or a failure code is written here once.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

#: The engine's start-up stages, in the order they can happen ("waiting": data saver holds the download back).
STAGES: tuple[str, ...] = ("idle", "waiting", "downloading", "starting", "installing", "ready", "failed")

#: Why the engine runtime failed (the worker and the client report one of these with a detail; the page maps each
#: to a sentence): its files could not be downloaded; WebAssembly is off; the site's security policy refuses
#: WebAssembly; a file arrived damaged (the runtime does not compile, the wheel does not install); no progress for
#: too long; the worker crashed or could not start; no reply in time; the engine itself refused a request (the
#: detail is its code); the runtime came as another type of file (a network's sign-in page, a server's setting).
FAILURE_CODES: tuple[str, ...] = (
    "download",
    "wrong-file-type",
    "wasm-unavailable",
    "wasm-blocked",
    "damaged",
    "worker-unavailable",
    "stalled",
    "crashed",
    "timeout",
    "engine-error",
)

#: The questions one at a time, as static pages (no script): the questionnaire links to them, relative to the site
#: root, in its <noscript> message and when the engine cannot start.
STEPS_PATH = "tool/steps/"

#: The ids of the page's single elements, by the name the JavaScript uses for each.
ELEMENT_IDS: Mapping[str, str] = MappingProxyType(
    {
        "root": "sw-tool",
        "notices": "sw-notices",
        "scripts_failed": "sw-scripts-failed",
        "follow_up_notice": "sw-follow-up-notice",
        "form": "sw-form",
        "error_summary": "sw-error-summary",
        "show_result": "sw-show-result",
        "complaints": "sw-complaints",
        "complaints_help": "sw-complaints-help",
        "triage_summary": "sw-triage-summary",
        "clear_all": "sw-clear-all",
        "check": "sw-check",
        "check_title": "sw-check-title",
        "engine": "sw-engine",
        "engine_status": "sw-engine-status",
        "engine_progress": "sw-engine-progress",
        "engine_problem": "sw-engine-problem",
        "engine_problem_text": "sw-engine-problem-text",
        "engine_retry": "sw-engine-retry",
        "result": "sw-result",
        "result_title": "sw-result-title",
        "result_summary": "sw-result-summary",
        "result_confidence": "sw-result-confidence",
        "result_body": "sw-result-body",
        "result_under_invested": "sw-result-under-invested",
        "keep": "sw-keep",
        "keep_title": "sw-keep-title",
        "keep_status": "sw-keep-status",
        "save_status": "sw-save-status",
        "share_complaints": "sw-share-complaints",
        "share_url": "sw-share-url",
        "copy_link": "sw-copy-link",
        "export_markdown": "sw-export-markdown",
        "export_json": "sw-export-json",
        "print": "sw-print",
        "fallback": "sw-fallback",
        "fallback_title": "sw-fallback-title",
    }
)


def question_id(question: str) -> str:
    """The id of a question's fieldset (the check-your-answers row links to it)."""
    return f"sw-q-{question}"


def help_id(question: str) -> str:
    """The id of a question's help text."""
    return f"sw-help-{question}"


def option_id(question: str, option: str) -> str:
    """The id of one option's radio button."""
    return f"sw-{question}-{option}"


def error_id(question: str) -> str:
    """The id of a question's error message (shown when a required question is left unanswered)."""
    return f"sw-error-{question}"


def group_id(group: str) -> str:
    """The id of a group's heading on the form."""
    return f"sw-group-{group}"


def box_ids(index: int) -> Mapping[str, str]:
    """The ids of complaint box ``index`` (0-based): its text area, its reading, and its category choice."""
    n = index + 1
    return MappingProxyType(
        {"text": f"sw-complaint-{n}", "result": f"sw-complaint-{n}-result", "override": f"sw-override-{n}"}
    )
