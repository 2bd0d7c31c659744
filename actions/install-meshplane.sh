#!/usr/bin/env bash
# Installs Meshplane from the copy of this repository that GitHub downloaded for `uses: <owner>/<repo>/actions/<name>@<ref>`
# (the action's folder is actions/<name>, so the repository root is two levels up): the npm dependencies (whose
# `prepare` script builds the packages and actions/dist) and the pinned OPA CLI (built with Go, which GitHub's hosted
# runners have). Runs once per job: a second action in the same job finds it done.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
if [ -f actions/dist/.installed ]; then
  echo "Meshplane is installed in $(pwd)"
  exit 0
fi
export npm_config_fund=false npm_config_audit=false npm_config_update_notifier=false
# The same install as .ci/run: `npm install` honours the committed lockfile.
npm install --no-audit --no-fund
node scripts/setup-opa.mjs
touch actions/dist/.installed
