#!/usr/bin/env bash
# Makes Debian's chromium available for the site's browser tests (playwright-core drives it; it downloads no browser).
# Does nothing when `chromium` is already on PATH. Called by .ci/run before the tests.
set -euo pipefail
if command -v chromium >/dev/null 2>&1; then
  echo "chromium: $(command -v chromium)"
  exit 0
fi
if [ "$(id -u)" -eq 0 ]; then
  run() { "$@"; }
elif command -v sudo >/dev/null 2>&1; then
  run() { sudo "$@"; }
else
  echo "chromium is missing and this user can neither install packages (not root) nor use sudo." >&2
  echo "Install it with: apt-get install -y --no-install-recommends chromium" >&2
  exit 2
fi
echo "Installing Debian's chromium (apt-get)…"
export DEBIAN_FRONTEND=noninteractive
run apt-get update
run apt-get install -y --no-install-recommends chromium
echo "chromium: $(command -v chromium)"
