#!/usr/bin/env bash
# Measures the start-up of `sipstatus 486` as a whole process against a plain hello-world console program, the way
# the README reports it: the tool packed and installed from a local folder into a temporary tool path (on Linux x64
# the Native AOT package), and a `dotnet new console` program built in Release and run as `dotnet hello.dll`, side by
# side. With hyperfine where it is installed (apt-get install hyperfine), else a loop timed with `date +%s%N`.
# The target: `sipstatus 486` in at most 0.3x the hello world's mean time; the script exits 1 when it is over.
# Usage: scripts/measure-startup.sh [runs]   (default 300)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-300}"
warmup=20
target=0.3
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

echo "measure-startup: packing and installing the tool, building hello world" >&2
dotnet pack src/SipStatus.Cli/SipStatus.Cli.csproj -c Release -o "$work/feed" --artifacts-path "$work/artifacts" \
  --disable-build-servers -v q -p:Version=0.0.0-startup >/dev/null
printf '<?xml version="1.0" encoding="utf-8"?>\n<configuration><packageSources><clear /><add key="local" value="%s" /></packageSources></configuration>\n' \
  "$work/feed" >"$work/nuget.config"
NUGET_PACKAGES="$work/packages" dotnet tool install SipStatus.Cli --version 0.0.0-startup --tool-path "$work/tools" \
  --configfile "$work/nuget.config" >/dev/null

mkdir "$work/hello"
(cd "$work/hello" && dotnet new console -o . -n hello --force >/dev/null && dotnet build -c Release -o out -v q >/dev/null)

sipstatus="$work/tools/sipstatus"
kind="Native AOT"
if [ -n "$(find "$work/tools/.store" -name SipStatus.Cli.dll)" ]; then kind="framework-dependent"; fi
echo "measure-startup: the installed sipstatus is $kind; $runs runs after $warmup warm-ups each" >&2

names=("\`dotnet hello.dll\` (hello world)" "\`sipstatus 486\` (installed: $kind)" "\`sipstatus --lang nl 486\`" "\`dotnet SipStatus.Cli.dll 486\` (the portable package)")
commands=("dotnet $work/hello/out/hello.dll" "$sipstatus 486" "$sipstatus --lang nl 486" "dotnet $work/artifacts/bin/SipStatus.Cli/release_any/SipStatus.Cli.dll 486")

# One line per command: name, mean and min in ms.
results="$work/results.tsv"
if command -v hyperfine >/dev/null 2>&1; then
  tool="hyperfine $(hyperfine --version | awk '{ print $2 }')"
  hyperfine -N --warmup "$warmup" --runs "$runs" --export-json "$work/hyperfine.json" --style basic "${commands[@]}" >&2
  python3 - "$work/hyperfine.json" >"$work/times.tsv" <<'PY'
import json, sys
for result in json.load(open(sys.argv[1]))["results"]:
    print(f"{result['mean'] * 1000:.2f}\t{result['min'] * 1000:.2f}")
PY
else
  tool="a shell loop timed with date +%s%N"
  : >"$work/times.tsv"
  for command in "${commands[@]}"; do
    read -r -a argv <<<"$command"
    for _ in $(seq "$warmup"); do "${argv[@]}" >/dev/null; done
    for _ in $(seq "$runs"); do
      start=$(date +%s%N); "${argv[@]}" >/dev/null; end=$(date +%s%N)
      echo $(((end - start) / 1000))
    done | awk '{ sum += $1; if (NR == 1 || $1 < min) min = $1 } END { printf "%.2f\t%.2f\n", sum / NR / 1000, min / 1000 }' >>"$work/times.tsv"
  done
fi

paste <(printf '%s\n' "${names[@]}") "$work/times.tsv" >"$results"
hello="$(awk -F'\t' 'NR == 1 { print $2 }' "$results")"
echo
echo "Measured with $tool, $runs runs after $warmup warm-ups each, $(date -u +%Y-%m-%d), $(uname -sm), .NET $(dotnet --list-runtimes | awk '/Microsoft.NETCore.App/ { v = $2 } END { print v }')."
echo
echo "| Command | Mean | Min | vs hello world |"
echo "|---|---|---|---|"
awk -F'\t' -v hello="$hello" '{ printf "| %s | %.1f ms | %.1f ms | %.2f |\n", $1, $2, $3, $2 / hello }' "$results"
ratio="$(awk -F'\t' -v hello="$hello" 'NR == 2 { printf "%.2f", $2 / hello }' "$results")"
echo
if awk -v r="$ratio" -v t="$target" 'BEGIN { exit !(r <= t) }'; then
  echo "sipstatus 486: ${ratio}x the hello world, within the ${target}x target"
else
  echo "sipstatus 486: ${ratio}x the hello world, over the ${target}x target"
  exit 1
fi
