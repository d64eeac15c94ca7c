"""axe-core in a Playwright page: inject it (from node_modules) and list the violations in a short form."""

from __future__ import annotations

from typing import Any

from playwright.sync_api import Page

from tests.support import ROOT

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
# Evaluated through Playwright, not added as a <script>: the site's Content-Security-Policy refuses inline scripts.
AXE_SOURCE = AXE.read_text(encoding="utf-8")

SETTLED = """() => Promise.allSettled(
  document.getAnimations().filter(a => a instanceof CSSTransition).map(a => a.finished)
)"""

AXE_RUN = """async (include) => {
  const result = await axe.run(include ? {include: [include]} : document, {resultTypes: ["violations"]});
  return result.violations.map(v => ({
    rule: v.id,
    impact: v.impact,
    nodes: v.nodes.map(n => n.target.join(" ") + " :: " + n.failureSummary.replace(/\\s+/g, " ")),
  }));
}"""


def axe_violations(page: Page, include: str | None = None) -> list[dict[str, Any]]:
    """The page's axe-core violations as it is now, or those inside the elements ``include`` selects (axe is
    injected once per document)."""
    if not page.evaluate("typeof axe !== 'undefined'"):
        page.evaluate(AXE_SOURCE)
    # Colours are measured as they settle: a focus or hover transition under way (Material's buttons fade for
    # 125 ms) would be read half-way.
    page.evaluate(SETTLED)
    found: list[dict[str, Any]] = page.evaluate(AXE_RUN, include)
    return found
