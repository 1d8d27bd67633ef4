#!/usr/bin/env bash
# Runs sglint for the GitHub Action. Inputs arrive as INPUT_* environment
# variables (never interpolated into the script), the SARIF path is written
# to GITHUB_OUTPUT, and sglint's exit status is the step's.
set -uo pipefail

sglint="${SGLINT_BIN:-sglint}"
sarif="${INPUT_SARIF_FILE:-sglint.sarif}"
format=text
if [ "${INPUT_ANNOTATE:-true}" = "true" ]; then
  format=github
fi

args=(--format "$format" --output "sarif=$sarif")
if [ -n "${INPUT_CONFIG:-}" ]; then
  args+=(--config "$INPUT_CONFIG")
fi
if [ -n "${INPUT_FAIL_ON:-}" ]; then
  args+=(--fail-on "$INPUT_FAIL_ON")
fi
if [ -n "${INPUT_ARGS:-}" ]; then
  read -r -a extra <<< "$INPUT_ARGS"
  args+=("${extra[@]}")
fi
paths=()
if [ -n "${INPUT_PATH:-}" ]; then
  read -r -d '' -a paths <<< "$INPUT_PATH"
fi
if [ "${#paths[@]}" -eq 0 ]; then
  paths=(.)
fi

"$sglint" "${args[@]}" -- "${paths[@]}"
status=$?

if [ -n "${GITHUB_OUTPUT:-}" ]; then
  echo "sarif-file=$sarif" >> "$GITHUB_OUTPUT"
fi
exit "$status"
