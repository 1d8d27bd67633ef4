#!/usr/bin/env bash
# Installs sglint for the GitHub Action: a published version from crates.io
# when SGLINT_VERSION is set, otherwise the action's own source.
set -euo pipefail
if [ -n "${SGLINT_VERSION:-}" ]; then
  cargo install --locked sglint --version "$SGLINT_VERSION"
else
  cargo install --locked --path "${GITHUB_ACTION_PATH:?GITHUB_ACTION_PATH is not set}"
fi
