"""The engine's memory snapshot: kept by the browser after the first plain boot, used on return visits, and
replaced by a plain boot (without a word to the reader) when it is stale or damaged."""

from __future__ import annotations

import re
from typing import Any

import pytest
from playwright.sync_api import Page, Route, expect

from tests.support.browser import (
    BOOT_TIMEOUT_MS,
    BOOTED,
    WHEEL,
    PageWatch,
    answer,
    expect_lead,
    fulfil_changed,
    open_tool,
)
from tests.support.kept_snapshot import IS_KEPT, KEPT, NOT_A_SNAPSHOT_CHECKSUM, SNAPSHOT_FOLDER, SPOIL
from tests.support.polling import wait_for, wait_until
from tests.support.site import BuiltSite
from tests.support.switch_server import with_engine_version

# The version the page's own Pyodide loader reports.
PYODIDE_VERSION = """async () => {
  const runtime = new URL(document.querySelector('#sw-tool').dataset.runtime, location.href);
  return (await import(new URL('pyodide.mjs', runtime).href)).version;
}"""


def kept_snapshot(page: Page) -> dict[str, Any]:
    """Wait until the worker has kept its snapshot; its description and size."""
    wait_until(page, IS_KEPT, BOOT_TIMEOUT_MS)
    kept: dict[str, Any] = page.evaluate(KEPT, SNAPSHOT_FOLDER)
    return kept


def expect_booted(page: Page, how: str, why: str) -> None:
    """The engine is ready and booted ``how`` ("snapshot" or "plain") for the reason ``why``, no failure shown."""
    expect(page.locator("#sw-tool")).to_have_attribute("data-engine-stage", "ready", timeout=BOOT_TIMEOUT_MS)
    assert page.evaluate(BOOTED) == [how, why]
    expect(page.locator("#sw-engine-problem")).to_be_hidden()


def test_return_visit_boots_from_the_kept_snapshot(page: Page, watch: PageWatch, built_site: BuiltSite) -> None:
    """The first visit boots plainly and keeps a snapshot made by the same Pyodide from the same wheel; the next
    visit boots from it, and the engine answers in full, the complaint model (a file, not memory) included."""
    open_tool(page)
    assert page.evaluate(BOOTED) == ["plain", "no snapshot kept"]
    kept = kept_snapshot(page)
    wheel_hash = page.locator("#sw-tool").get_attribute("data-wheel").split("?v=")[1]  # type: ignore[union-attr]
    about = kept["about"]
    assert about["pyodide"] == page.evaluate(PYODIDE_VERSION)
    assert about["wheel"] == wheel_hash
    assert about["runtime"] == "/" + built_site.runtime + "/"
    assert re.fullmatch(r"[0-9a-f]{32}", about["checksum"])
    assert about["length"] == kept["size"] > 10_000_000  # Python's whole memory, not a stub
    page.reload()
    expect_booted(page, "snapshot", "kept snapshot")
    answer(page, "failure_mode", "outages")
    expect_lead(page, "technical")
    page.fill("#sw-complaint-1", "Engineers keep pushing to master")
    result = page.locator("#sw-complaint-1-result")
    expect(result.locator(".sw-complaint__category")).to_have_text("Process scaling — low confidence, a guess")


@pytest.mark.parametrize(
    ("how", "why"),
    [
        ("stale", "the kept snapshot was made by another Pyodide, runtime or engine"),
        ("damaged", "the kept snapshot was damaged"),
        ("cut", "the kept snapshot was damaged"),
        ("valid-checksum", "the kept snapshot did not boot"),
        ("half-written", "no snapshot kept"),
    ],
)
def test_spoilt_snapshot_falls_back_to_a_plain_boot(page: Page, watch: PageWatch, how: str, why: str) -> None:
    """A snapshot from another Pyodide version, one whose bytes changed or were cut short, one that is not a snapshot
    at all and one whose writing stopped half-way: the engine boots plainly, the reader sees no error, and a good
    snapshot replaces the spoilt one."""
    open_tool(page)
    first = kept_snapshot(page)
    page.evaluate(SPOIL, [SNAPSHOT_FOLDER, how, NOT_A_SNAPSHOT_CHECKSUM])
    spoilt = page.evaluate(KEPT, SNAPSHOT_FOLDER)
    if how == "half-written":
        assert spoilt is None
    elif how == "damaged":
        assert spoilt == first  # the same description over changed bytes
    else:
        assert spoilt != first
    page.reload()
    expect_booted(page, "plain", why)
    answer(page, "failure_mode", "regressions")
    expect_lead(page, "process")
    kept = kept_snapshot(page)
    same = ("pyodide", "runtime", "wheel")
    assert [kept["about"][k] for k in same] == [first["about"][k] for k in same]
    page.reload()
    expect_booted(page, "snapshot", "kept snapshot")


def test_a_wheel_other_than_the_builds_is_never_kept_in_a_snapshot(page: Page, watch: PageWatch) -> None:
    """An attack review: a first visit served another wheel at the build's address (a cache or a CDN that ignores
    the ?v= query), and the snapshot made from it, kept under that address, booted the other engine on every later
    visit. The worker now checks the wheel's bytes against the build's list before it keeps a snapshot: the next
    visit, served the build's wheel, boots it plainly."""
    said: list[str] = []
    page.on("worker", lambda worker: worker.on("console", lambda message: said.append(message.text)))
    heard: list[str] = []
    page.on("console", lambda message: heard.append(message.text))

    def other_engine(route: Route) -> None:
        fulfil_changed(route, lambda body: with_engine_version(body, "9.9.9"))

    page.context.route(WHEEL, other_engine)
    open_tool(page)
    assert page.evaluate(BOOTED) == ["plain", "no snapshot kept"]
    wait_for(
        page,
        lambda: any(t.startswith("[engine] no snapshot kept: decision_engine-") for t in said),
        "the wheel checked",
        BOOT_TIMEOUT_MS,
    )
    assert any("9.9.9 ready" in t for t in heard), heard
    assert not page.evaluate(IS_KEPT)
    page.context.unroute(WHEEL)
    heard.clear()
    page.reload()
    expect(page.locator("#sw-tool")).to_have_attribute("data-engine-stage", "ready", timeout=BOOT_TIMEOUT_MS)
    assert page.evaluate(BOOTED) == ["plain", "no snapshot kept"]
    wait_until(page, IS_KEPT, BOOT_TIMEOUT_MS)  # the build's wheel: its snapshot is kept
    assert not any("9.9.9" in t for t in heard), heard
