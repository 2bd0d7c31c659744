#!/usr/bin/env bash
# Installs what an action's committed bundle (actions/<name>/dist/index.js, built by scripts/build-actions.mjs) cannot
# carry inlined: the few npm packages its package.json names (DuckDB's native bindings, pg, Pagefind; for
# publish-site Astro and the site pages' dependencies), exactly as its package-lock.json pins them, into the action's
# own node_modules. Nothing is built: the npm packages' install scripts do not run. An action without a package.json
# (check) needs nothing. For publish-site it also makes the repository's site/ folder resolve as the installable
# package's does: its Astro dependencies from the action's node_modules, @meshplane/core from the bundle beside it
# (site/astro.config.mjs). Runs once per job and action: a second run finds it done.
# Usage: install-runtime.sh "$GITHUB_ACTION_PATH"
set -euo pipefail
action="$(cd "$1" && pwd)"
if [ -f "$action/package-lock.json" ] && [ ! -f "$action/node_modules/.meshplane-installed" ]; then
  export npm_config_fund=false npm_config_audit=false npm_config_update_notifier=false
  npm ci --prefix "$action" --omit=dev --ignore-scripts --no-audit --no-fund --loglevel=error
  touch "$action/node_modules/.meshplane-installed"
fi
if [ -f "$action/dist/meshplane-core.js" ]; then
  site="$(cd "$action/../../site" && pwd)"
  ln -sfn "$action/node_modules" "$site/node_modules"
  cp "$action/dist/meshplane-core.js" "$site/meshplane-core.js"
fi
echo "Meshplane's $(basename "$action") action is ready in $action"
