#!/usr/bin/env bash
# Side by side: sglint, Checkov and cfn-lint on the same generated corpus.
#
#   benches/compare.sh [SCALE] [SEED]      # SCALE: smoke, small (default), medium, stress
#
# Installs Checkov and cfn-lint from PyPI into a temporary virtualenv, builds
# sglint in release mode, generates the corpus, runs each tool once under
# /usr/bin/time -v and prints wall time, CPU time, peak RSS and the ratios to
# sglint. Checkov is restricted to its checks equivalent to sglint's
# (CKV_AWS_24, CKV_AWS_25, CKV_AWS_260, CKV_AWS_277) and runs offline;
# cfn-lint runs its default rules on the CloudFormation templates (it has no
# equivalent check: it is there as the reference for parsing templates in
# Python). Quote the ratios, not the times: machines differ and are shared.
set -euo pipefail

scale="${1:-small}"
seed="${2:-1}"
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

venv="${SGLINT_BENCH_VENV:-$work/venv}"
if [ ! -x "$venv/bin/checkov" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check checkov cfn-lint
fi

cargo build --quiet --release --manifest-path "$repo/Cargo.toml"
cargo run --quiet --release --manifest-path "$repo/Cargo.toml" --example gen_corpus -- "$work/corpus" "$scale" "$seed"

# measure NAME COMMAND...: one run; records wall s, cpu s, peak RSS KB.
measure() {
  local name="$1"
  shift
  /usr/bin/time -v "$@" > "$work/$name.out" 2> "$work/$name.time" || true
  local wall cpu_user cpu_sys rss
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$work/$name.time" | awk -F: '{ if (NF == 3) print $1*3600 + $2*60 + $3; else print $1*60 + $2 }')
  cpu_user=$(awk -F': ' '/User time/ {print $2}' "$work/$name.time")
  cpu_sys=$(awk -F': ' '/System time/ {print $2}' "$work/$name.time")
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/$name.time")
  echo "$name $wall $(echo "$cpu_user + $cpu_sys" | bc -l) $rss" >> "$work/results"
}

export BC_SKIP_MAPPING=TRUE CHECKOV_NO_OUTPUT_ON_EXCEPTION=TRUE
measure sglint "$repo/target/release/sglint" --format json --exit-zero "$work/corpus"
measure checkov "$venv/bin/checkov" -d "$work/corpus" --framework terraform,cloudformation \
  --check CKV_AWS_24,CKV_AWS_25,CKV_AWS_260,CKV_AWS_277 --skip-download --quiet -o json
measure cfn-lint "$venv/bin/cfn-lint" --format parseable -- "$work/corpus/cfn/"*.yaml "$work/corpus/cfn/"*.json "$work/corpus/cdk.out/"*.template.json

files=$(find "$work/corpus" -type f | wc -l)
bytes=$(du -sb "$work/corpus" | cut -f1)
echo "corpus: $scale (seed $seed), $files files, $((bytes / 1000000)) MB"
awk 'NR == 1 { base_wall = $2; base_cpu = $3; base_rss = $4 }
     { printf "%-9s wall %8.2f s  cpu %8.2f s  peak RSS %7.1f MB   wall x%6.1f  cpu x%6.1f  rss x%5.1f\n",
       $1, $2, $3, $4 / 1024, $2 / base_wall, $3 / (base_cpu > 0 ? base_cpu : 0.001), $4 / base_rss }' "$work/results"
python3 - "$work/sglint.out" "$work/checkov.out" <<'PY'
import json, sys
sglint = json.load(open(sys.argv[1]))["summary"]["findings"]
try:
    reports = json.load(open(sys.argv[2]))
    reports = reports if isinstance(reports, list) else [reports]
    failed = sum(report.get("summary", {}).get("failed", 0) for report in reports)
    passed = sum(report.get("summary", {}).get("passed", 0) for report in reports)
    checkov = f"{failed} failed and {passed} passed checks"
except Exception as error:  # a crash or no output: say so
    checkov = f"no result ({error})"
print(f"findings: sglint {sglint}; checkov {checkov}")
PY
