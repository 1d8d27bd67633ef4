#!/usr/bin/env bash
# Installs sglint for the GitHub Action.
#
# A release version (the `version` input, else the action's own ref when it
# is a release tag such as v0.2.0) is downloaded as the release binary for
# the runner's OS and architecture, checked against the release's SHA256SUMS
# and kept in the runner's tool cache. An untagged ref (a branch or a commit)
# builds the action's own source with cargo instead. Anything else is an
# error that says what to do.
#
# Environment (set by action.yml; the SGLINT_* ones can be overridden):
#   SGLINT_VERSION         the `version` input (empty: from the action's ref)
#   SGLINT_ACTION_REF      github.action_ref
#   SGLINT_REPOSITORY      github.action_repository (owner/name)
#   SGLINT_DOWNLOAD_BASE   where releases are (default: GitHub releases)
#   RUNNER_OS, RUNNER_ARCH, RUNNER_TOOL_CACHE, RUNNER_TEMP, GITHUB_PATH
set -euo pipefail

fail() {
  echo "::error title=sglint install::$*" >&2
  exit 1
}

version="${SGLINT_VERSION:-}"
version="${version#v}"
if [ -z "$version" ]; then
  ref="${SGLINT_ACTION_REF:-}"
  if [[ "$ref" =~ ^v[0-9]+\.[0-9]+\.[0-9]+([-+][0-9A-Za-z.+-]+)?$ ]]; then
    version="${ref#v}"
  fi
fi

build_from_source() {
  local source="${GITHUB_ACTION_PATH:?GITHUB_ACTION_PATH is not set}"
  command -v cargo > /dev/null \
    || fail "the action's ref '${SGLINT_ACTION_REF:-}' is not a release tag and cargo is not installed: use a release tag (uses: OWNER/sglint@v1.2.3), set the 'version' input, or install Rust first"
  echo "::group::Building sglint from the action's source (ref '${SGLINT_ACTION_REF:-}' is not a release tag)"
  cargo install --locked --quiet --path "$source" --root "${RUNNER_TEMP:-/tmp}/sglint-build"
  echo "::endgroup::"
  add_to_path "${RUNNER_TEMP:-/tmp}/sglint-build/bin"
}

add_to_path() {
  if [ -n "${GITHUB_PATH:-}" ]; then
    echo "$1" >> "$GITHUB_PATH"
  fi
  echo "sglint installed in $1"
}

if [ -z "$version" ]; then
  build_from_source
  exit 0
fi

case "${RUNNER_OS:-$(uname -s)}" in
  Linux) os=unknown-linux-musl ;;
  macOS | Darwin) os=apple-darwin ;;
  Windows | MINGW* | MSYS*) os=pc-windows-msvc ;;
  *) fail "no sglint release binary for the OS '${RUNNER_OS:-unknown}'; build it with 'cargo install --locked sglint' or run on Linux, macOS or Windows" ;;
esac
case "${RUNNER_ARCH:-$(uname -m)}" in
  X64 | x86_64 | amd64) arch=x86_64 ;;
  ARM64 | aarch64 | arm64) arch=aarch64 ;;
  *) fail "no sglint release binary for the architecture '${RUNNER_ARCH:-unknown}'; build it with 'cargo install --locked sglint' or run on x86_64 or arm64" ;;
esac
target="$arch-$os"
if [ "$target" = "aarch64-pc-windows-msvc" ]; then
  fail "no sglint release binary for Windows on arm64; build it with 'cargo install --locked sglint'"
fi

exe=sglint
archive="sglint-$version-$target.tar.gz"
if [ "$os" = pc-windows-msvc ]; then
  exe=sglint.exe
  archive="sglint-$version-$target.zip"
fi

cache="${RUNNER_TOOL_CACHE:-${RUNNER_TEMP:-/tmp}}/sglint/$version/$arch"
if [ -x "$cache/$exe" ] && [ -f "$cache/.complete" ]; then
  add_to_path "$cache"
  exit 0
fi

base="${SGLINT_DOWNLOAD_BASE:-https://github.com/${SGLINT_REPOSITORY:-sglint/sglint}/releases/download}"
url="$base/v$version"
work="$(mktemp -d "${RUNNER_TEMP:-/tmp}/sglint-install.XXXXXX")"
trap 'rm -rf "$work"' EXIT

download() {
  curl --fail --silent --show-error --location --retry 3 --proto '=https,http' \
    --output "$work/$1" "$url/$1"
}

download SHA256SUMS || fail "cannot download $url/SHA256SUMS: is v$version a released version?"
download "$archive" || fail "cannot download $url/$archive: the release has no binary for $target"

expected="$(awk -v name="$archive" '$2 == name || $2 == "*" name { print $1 }' "$work/SHA256SUMS")"
[ -n "$expected" ] || fail "SHA256SUMS of v$version does not list $archive"
if command -v sha256sum > /dev/null; then
  actual="$(sha256sum "$work/$archive" | awk '{ print $1 }')"
else
  actual="$(shasum -a 256 "$work/$archive" | awk '{ print $1 }')"
fi
[ "$actual" = "$expected" ] \
  || fail "checksum mismatch for $archive (expected $expected, got $actual); not installed"

mkdir -p "$work/unpacked"
if [ "$os" = pc-windows-msvc ]; then
  unzip -q "$work/$archive" -d "$work/unpacked"
else
  tar -xzf "$work/$archive" -C "$work/unpacked"
fi
found="$(find "$work/unpacked" -type f -name "$exe" | head -n 1)"
[ -n "$found" ] || fail "$archive holds no $exe"

mkdir -p "$cache"
for binary in "$(dirname "$found")"/sglint*; do
  cp "$binary" "$cache/"
done
chmod +x "$cache"/sglint* 2> /dev/null || true
touch "$cache/.complete"
add_to_path "$cache"
