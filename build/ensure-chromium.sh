#!/usr/bin/env bash
# Browser tests drive Debian's Chromium (Playwright's own browser download cannot work offline).
set -euo pipefail
if [ -n "${CHROMIUM:-}" ] && [ -x "${CHROMIUM}" ]; then exit 0; fi
if command -v chromium >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Chromium not found: installing Debian's chromium package."
  export DEBIAN_FRONTEND=noninteractive
  if apt-get update -qq && apt-get install -y -qq chromium; then exit 0; fi
fi
cat >&2 <<'MSG'
No Chromium found, and it could not be installed here.
Install Debian's Chromium as root:   apt-get install chromium
or point the tests at another Chromium binary:   CHROMIUM=/path/to/chromium make test
MSG
exit 1
