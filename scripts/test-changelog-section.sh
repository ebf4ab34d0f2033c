#!/usr/bin/env bash
# Tests scripts/changelog-section.sh, on the repository's CHANGELOG.md and on a made-up changelog with several
# releases, and holds CHANGELOG.md to Keep a Changelog's headings. .ci/run runs it; exit status 0 when all pass.
set -uo pipefail
cd "$(dirname "$0")/.." || exit 1
extract=scripts/changelog-section.sh
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
passed=0; failed=0
check() { # check DESCRIPTION COMMAND...: passes when the command succeeds
  local description="$1"; shift
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAILED: $description"; fi
}
equals() { [ "$1" = "$2" ] || { printf 'expected:\n%s\nactual:\n%s\n' "$2" "$1"; return 1; }; }

# The real changelog: Keep a Changelog's headings and change types, a link for each release, and every section cut
# out whole. Nothing here depends on what the sections say, so it holds before and after a release.
headings="$(grep '^## ' CHANGELOG.md)"
check "CHANGELOG.md has release headings" test -n "$headings"
check "the first heading is [Unreleased]" equals "$(head -1 <<<"$headings")" "## [Unreleased]"
while IFS= read -r heading; do
  check "heading '$heading' is '## [Unreleased]' or '## [X.Y.Z] - YYYY-MM-DD'" grep -Eqx \
    '## \[Unreleased\]|## \[[0-9]+\.[0-9]+\.[0-9]+(-[0-9A-Za-z.-]+)?\] - [0-9]{4}-[0-9]{2}-[0-9]{2}' <<<"$heading"
  name="$(sed 's/^## \[\([^]]*\)\].*/\1/' <<<"$heading")"
  check "a link definition for [$name]" grep -q "^\[$name\]: https://github.com/sipstatus/SipStatus/" CHANGELOG.md
  # The section as the file has it, by line numbers: after the heading, before the next heading or link definition.
  from="$(grep -nxF -- "$heading" CHANGELOG.md | head -n 1 | cut -d: -f1)"
  to="$(awk -v from="$from" 'NR > from && (/^## / || /^\[[^]]*\]: /) { print NR; exit }' CHANGELOG.md)"
  to="${to:-$(($(wc -l <CHANGELOG.md) + 1))}"
  expected="$(sed -n "$((from + 1)),$((to - 1))p" CHANGELOG.md | sed '/./,$!d')"
  if [ -z "$expected" ]; then
    "$extract" "$name" >/dev/null 2>&1; check "the empty section [$name] fails with 1" equals "$?" 1
    check "only [Unreleased] may be empty" equals "$name" Unreleased
  else
    check "section [$name] is cut out whole" equals "$("$extract" "$name")" "$expected"
  fi
done <<<"$headings"
while IFS= read -r kind; do
  check "'$kind' is one of Keep a Changelog's types of change" \
    grep -Eqx '### (Added|Changed|Deprecated|Removed|Fixed|Security)' <<<"$kind"
done < <(grep '^### ' CHANGELOG.md)
"$extract" 9.9.9 >/dev/null 2>&1; check "a version the changelog lacks fails with 1" equals "$?" 1
"$extract" >/dev/null 2>&1; check "no version is a usage error (2)" equals "$?" 2

# A changelog with several releases: the right one is cut out, whatever its neighbours.
cat >"$work/CHANGELOG.md" <<'EOF'
# Changelog

## [Unreleased]

## [1.10.0] - 2027-03-01

### Added

- ten

## [1.1.0] - 2027-02-01

### Fixed

- one, with a [link](https://example.com) and a line
  that wraps

## [1.1.0-rc.1] - 2027-01-15

- the release candidate

## [1.0.0] - 2027-01-01

- first

[Unreleased]: https://github.com/sipstatus/SipStatus/compare/v1.10.0...HEAD
[1.10.0]: https://github.com/sipstatus/SipStatus/compare/v1.1.0...v1.10.0
EOF
check "1.1.0 alone, not 1.10.0 nor 1.1.0-rc.1" equals "$("$extract" 1.1.0 "$work/CHANGELOG.md")" \
  "$(printf '### Fixed\n\n- one, with a [link](https://example.com) and a line\n  that wraps')"
check "a tag's leading v is dropped" equals "$("$extract" v1.10.0 "$work/CHANGELOG.md")" "$(printf '### Added\n\n- ten')"
check "a pre-release's own section" equals "$("$extract" v1.1.0-rc.1 "$work/CHANGELOG.md")" "- the release candidate"
check "the last section stops at the link definitions" equals "$("$extract" 1.0.0 "$work/CHANGELOG.md")" "- first"
"$extract" Unreleased "$work/CHANGELOG.md" >/dev/null 2>&1; check "an empty section fails with 1" equals "$?" 1
"$extract" 1.1 "$work/CHANGELOG.md" >/dev/null 2>&1; check "1.1 is not 1.1.0" equals "$?" 1
"$extract" 1.1.0 "$work/missing.md" >/dev/null 2>&1; check "a missing file is a usage error (2)" equals "$?" 2

echo "changelog-section: $passed of $((passed + failed)) checks pass"
[ "$failed" -eq 0 ]
