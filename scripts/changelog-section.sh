#!/usr/bin/env bash
# Prints one version's section of a Keep a Changelog file: the lines under its "## [VERSION]" heading, up to the next
# "## " heading or the link definitions at the end, without the heading and without blank lines at either end.
# The release workflow makes a GitHub release's notes with it.
#
# Usage: scripts/changelog-section.sh VERSION [FILE]
#   VERSION  1.2.0, v1.2.0 (a tag: the leading v is dropped) or Unreleased; compared as written, not as a pattern
#   FILE     default: CHANGELOG.md beside this script's folder
# Exit status: 0 with the section on stdout; 1 when the file has no such section or the section is empty; 2 for a
# usage error.
set -euo pipefail

if [ "$#" -lt 1 ] || [ "$#" -gt 2 ] || [ -z "$1" ]; then
  echo "usage: $0 VERSION [FILE]" >&2
  exit 2
fi
version="${1#v}"
file="${2:-$(dirname "$0")/../CHANGELOG.md}"
if [ ! -f "$file" ]; then
  echo "$0: no such file: $file" >&2
  exit 2
fi

# A heading is "## [VERSION]" followed by the end of the line or " - DATE" (Keep a Changelog 1.1.0); the version is
# compared as a string, so that the dots of 1.2.0 match dots only. "Unreleased" matches in any case.
section="$(awk -v want="$version" '
  function heading_version(line,    rest) {
    rest = substr(line, 4)
    if (substr(rest, 1, 1) != "[") return ""
    return substr(rest, 2, index(rest, "]") - 2)
  }
  /^## / {
    if (found) exit
    v = heading_version($0)
    if (v == want || (tolower(v) == "unreleased" && tolower(want) == "unreleased")) { found = 1; next }
  }
  found && /^\[[^]]+\]: / { exit }
  found { lines[++n] = $0 }
  END {
    first = 1; while (first <= n && lines[first] ~ /^[[:space:]]*$/) first++
    last = n; while (last >= first && lines[last] ~ /^[[:space:]]*$/) last--
    for (i = first; i <= last; i++) print lines[i]
    exit (found ? 0 : 3)
  }' "$file")" || {
  echo "$0: $file has no section \"## [$version]\"" >&2
  exit 1
}
if [ -z "$section" ]; then
  echo "$0: the section \"## [$version]\" of $file is empty" >&2
  exit 1
fi
printf '%s\n' "$section"
