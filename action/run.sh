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

# The SARIF file's directory may not exist yet (reports/sglint.sarif).
mkdir -p "$(dirname "$sarif")"
counts="$(mktemp)"
args=(--format "$format" --output "sarif=$sarif" --output "json=$counts")
if [ -n "${INPUT_CONFIG:-}" ]; then
  args+=(--config "$INPUT_CONFIG")
fi
if [ -n "${INPUT_FAIL_ON:-}" ]; then
  args+=(--fail-on "$INPUT_FAIL_ON")
fi
if [ -n "${INPUT_ARGS:-}" ]; then
  # Split like a shell would, quotes keeping words together, without
  # evaluating anything: xargs does the quoting, NUL bytes separate words.
  mapfile -d '' -t extra < <(printf '%s' "$INPUT_ARGS" | xargs printf '%s\0') \
    || { echo "::error title=sglint::cannot split the 'args' input (unbalanced quotes?)"; exit 2; }
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

# Counts by severity from the JSON report, for the step's outputs.
count() {
  local value
  value="$(grep -o "\"$1\": *[0-9]*" "$counts" | head -n 1 | grep -o '[0-9]*$')"
  echo "${value:-0}"
}
if [ -n "${GITHUB_OUTPUT:-}" ]; then
  {
    echo "sarif-file=$sarif"
    echo "findings=$(count findings)"
    for severity in critical high medium low note; do
      echo "$severity=$(count "$severity")"
    done
  } >> "$GITHUB_OUTPUT"
fi
rm -f "$counts"
exit "$status"
