"""A page script that holds the engine's messages to the page until the test lets them go: an engine still starting
(a slow phone), or a reply still on its way while the reader goes on typing."""

from __future__ import annotations

_SCRIPT = """
window.__held = [];
window.__holdEngine = HELD_FROM_START;
window.__releaseEngine = () => {
  window.__holdEngine = false;
  for (const { deliver } of window.__held.splice(0)) deliver();
};
const NativeWorker = window.Worker;
window.Worker = class extends NativeWorker {
  addEventListener(type, listener, options) {
    if (type !== "message") return super.addEventListener(type, listener, options);
    const deliver = (event) => listener.call(this, event);
    const held = (event) => {
      if (window.__holdEngine) window.__held.push({ text: JSON.stringify(event.data), deliver: () => deliver(event) });
      else deliver(event);
    };
    return super.addEventListener(type, held, options);
  }
};
"""


def hold_engine_messages(*, from_start: bool) -> str:
    """The script to add before the page's own: every message from the engine's worker is held while
    ``window.__holdEngine`` is true (from the start, or once the test sets it), its data as JSON text in
    ``window.__held[i].text``, and delivered in order by ``window.__releaseEngine()``."""
    return _SCRIPT.replace("HELD_FROM_START", "true" if from_start else "false")
