#!/usr/bin/env bash
# Native AOT, proven: publishes tests/SipStatus.AotCheck (a program that calls every public API of the library and
# prints what each call gives) as a Native AOT executable for this machine's runtime identifier, with every trimming
# and AOT warning an error, runs it, runs the same program on the JIT, and compares the two transcripts: they must be
# identical, and long enough to be the whole program's. Everything it makes goes to a temporary folder, removed at
# the end; nothing is written into the repository.
# Usage: scripts/aot-check.sh [rid]   (default: this machine's, e.g. linux-x64)
# Needs what Native AOT needs on the platform: on Linux a C toolchain (gcc or clang); see README "Native AOT".
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# The transcript has about 4,900 lines (every code, cause, phrase and text); far fewer means the program stopped
# short or lost a section, whatever the exit code says.
min_lines=4500
project=tests/SipStatus.AotCheck/SipStatus.AotCheck.csproj

rid="${1:-}"
if [ -z "$rid" ]; then
  case "$(uname -s)-$(uname -m)" in
    Linux-x86_64) rid=linux-x64 ;;
    Linux-aarch64 | Linux-arm64) rid=linux-arm64 ;;
    Darwin-arm64) rid=osx-arm64 ;;
    Darwin-x86_64) rid=osx-x64 ;;
    MINGW*-x86_64 | MSYS*-x86_64 | CYGWIN*-x86_64) rid=win-x64 ;;
    *) echo "aot-check: no runtime identifier known for $(uname -s)-$(uname -m); pass one" >&2; exit 2 ;;
  esac
fi
exe=""
case "$rid" in win-*) exe=.exe ;; esac

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "aot-check: publishing $project for $rid with Native AOT (warnings as errors)"
# PublishAot=true is in the project (it cannot be given on the command line: a global property would reach the
# library's netstandard2.0 build, which AOT does not support). TrimmerSingleWarn=false lists every trimming warning
# of every assembly one by one instead of one summary per package, and every warning is an error.
dotnet publish "$project" -c Release -r "$rid" -o "$work/native" --artifacts-path "$work/aot" \
  -p:TreatWarningsAsErrors=true -p:IlcTreatWarningsAsErrors=true -p:TrimmerSingleWarn=false \
  -p:SuppressTrimAnalysisWarnings=false -nodeReuse:false -v minimal

native="$work/native/SipStatus.AotCheck$exe"
[ -x "$native" ] || { echo "aot-check: no native executable at $native" >&2; exit 1; }
if [ -e "$work/native/SipStatus.AotCheck.dll" ]; then
  echo "aot-check: the publish output holds SipStatus.AotCheck.dll: it is not a Native AOT build" >&2
  exit 1
fi

echo "aot-check: building the same program for the JIT"
dotnet build "$project" -c Release --artifacts-path "$work/jit" -nodeReuse:false -v quiet
jit_dll="$work/jit/bin/SipStatus.AotCheck/release/SipStatus.AotCheck.dll"

"$native" >"$work/native.txt" || { echo "aot-check: the native program failed (exit $?)" >&2; exit 1; }
dotnet "$jit_dll" >"$work/jit.txt" || { echo "aot-check: the program failed on the JIT (exit $?)" >&2; exit 1; }

lines="$(wc -l <"$work/native.txt" | tr -d ' ')"
if ! cmp -s "$work/jit.txt" "$work/native.txt"; then
  echo "aot-check: the Native AOT transcript differs from the JIT's (first differences, JIT '-' and native '+'):" >&2
  diff -u "$work/jit.txt" "$work/native.txt" | head -n 60 >&2 || true
  exit 1
fi
if [ "$lines" -lt "$min_lines" ]; then
  echo "aot-check: the transcript has $lines lines, fewer than the $min_lines the whole program prints" >&2
  exit 1
fi
if [ "$(tail -n 1 "$work/native.txt")" != "end: $lines lines" ]; then
  echo "aot-check: the transcript does not end with its closing line \"end: $lines lines\"" >&2
  exit 1
fi

size="$(wc -c <"$native" | tr -d ' ')"
echo "aot-check: OK: Native AOT ($rid, $((size / 1024)) KiB executable) and JIT transcripts identical, $lines lines"
