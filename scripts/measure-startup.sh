#!/usr/bin/env bash
# Measures the start-up of `sipstatus 486` as a whole process against a plain hello-world console program, the way
# the README reports it: the tool packed and installed from a local folder into a temporary tool path, and a
# `dotnet new console` program built in Release, both run with hyperfine (apt-get install hyperfine).
# Usage: scripts/measure-startup.sh [runs]   (default 300)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-300}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

dotnet pack src/SipStatus.Cli/SipStatus.Cli.csproj -c Release -o "$work/feed" --artifacts-path "$work/artifacts" \
  --disable-build-servers -v q -p:Version=0.0.0-startup >/dev/null
printf '<?xml version="1.0" encoding="utf-8"?>\n<configuration><packageSources><clear /><add key="local" value="%s" /></packageSources></configuration>\n' \
  "$work/feed" >"$work/nuget.config"
NUGET_PACKAGES="$work/packages" dotnet tool install SipStatus.Cli --version 0.0.0-startup --tool-path "$work/tools" \
  --configfile "$work/nuget.config" >/dev/null

mkdir "$work/hello"
(cd "$work/hello" && dotnet new console -o . -n hello --force >/dev/null && dotnet build -c Release -o out -v q >/dev/null)

hyperfine -N --warmup 20 --runs "$runs" \
  "dotnet $work/hello/out/hello.dll" \
  "$work/tools/sipstatus 486" \
  "$work/tools/sipstatus --lang nl 486" \
  "dotnet $work/artifacts/bin/SipStatus.Cli/release_any/SipStatus.Cli.dll 486"
