"""The site's service-worker caches as a page sees them (Cache Storage, by cache name)."""

from __future__ import annotations

from playwright.sync_api import Page

from tests.support.browser import BOOT_TIMEOUT_MS
from tests.support.polling import wait_until

# The URLs in a cache of the site's service worker (by its name's start), once the worker controls the page.
CACHED = """async (prefix) => {
  await navigator.serviceWorker.ready;
  const names = (await caches.keys()).filter((name) => name.startsWith(prefix));
  const urls = [];
  for (const name of names) urls.push(...(await (await caches.open(name)).keys()).map((r) => r.url));
  return urls;
}"""


def wait_cached(page: Page, prefix: str, expected: set[str]) -> None:
    """Wait until the service worker's caches named ``prefix``... hold every URL of ``expected``."""
    every = (
        f"async ([prefix, expected]) => {{ const urls = new Set(await ({CACHED})(prefix)); "
        "return expected.every((u) => urls.has(u)); }"
    )
    wait_until(page, every, BOOT_TIMEOUT_MS, [prefix, sorted(expected)])
