#!/usr/bin/env bash
# The tests and the benchmark serve the built site through Debian's nginx with deploy/nginx.conf (issue 15):
# nginx-light, and the brotli_static module so the precompressed .br files are served.
set -euo pipefail
module=/usr/lib/nginx/modules/ngx_http_brotli_static_module.so
if [ -n "${NGINX:-}" ] && [ -x "${NGINX}" ] && [ -f "${module}" ]; then exit 0; fi
if command -v nginx >/dev/null 2>&1 && [ -f "${module}" ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "nginx or its brotli_static module not found: installing Debian's nginx-light and libnginx-mod-http-brotli-static."
  export DEBIAN_FRONTEND=noninteractive
  # The package's own service is not wanted (the tests start nginx as they need it): keep it from starting.
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d
    trap 'rm -f /usr/sbin/policy-rc.d' EXIT
  fi
  if apt-get update -qq && apt-get install -y -qq --no-install-recommends nginx-light libnginx-mod-http-brotli-static; then
    exit 0
  fi
fi
cat >&2 <<'MSG'
No nginx with the brotli_static module found, and it could not be installed here.
Install Debian's nginx as root:   apt-get install nginx-light libnginx-mod-http-brotli-static
or point the tests at another nginx binary (built with brotli_static):   NGINX=/path/to/nginx make test
MSG
exit 1
