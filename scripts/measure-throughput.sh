#!/usr/bin/env bash
# The trace filter's throughput against grep, side by side on one generated trace: grep -E '^SIP/2\.0 [0-9]{3}' FILE |
# cat, then sipstatus (as the linux-x64 tool package ships it: Native AOT) plain, --only-responses and --json, each as
# FILE | cat, RUNS times each in turn. Prints every run, then the median MB/s of each and its ratio to grep's, and
# sipstatus's peak memory (/usr/bin/time, in a run of each mode after the timed ones). The machine should be quiet:
# the load average is printed before and after.
#
#   scripts/measure-throughput.sh [SIZE_MB (default 256)] [RUNS (default 5)]
set -euo pipefail
cd "$(dirname "$0")/.."
size_mb="${1:-256}"
runs="${2:-5}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "load before: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores"
dotnet publish src/SipStatus.Cli/SipStatus.Cli.csproj -c Release -r linux-x64 -o "$work/tool" -v q --nologo >/dev/null
tool="$work/tool/SipStatus.Cli"

# A sipp -trace_msg style log: a call (INVITE, 100, 180, 200, ACK, BYE, 200) and a busy call whose 486 carries Reason
# and Warning headers, repeated to the size asked for.
block="$work/block.log"
{
  for n in 1 2 3 4 5 6 7 8; do
    for message in "INVITE sip:bob@10.0.0.2 SIP/2.0" "SIP/2.0 100 Trying" "SIP/2.0 180 Ringing" "SIP/2.0 200 OK" \
        "ACK sip:bob@10.0.0.2 SIP/2.0" "BYE sip:bob@10.0.0.2 SIP/2.0" "SIP/2.0 200 OK" "SIP/2.0 486 Busy Here"; do
      printf -- '----------------------------------------------- 2026-11-30 15:59:0%d.426470\nUDP message sent (512 bytes):\n\n' "$n"
      printf '%s\r\nVia: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK-%d-1-0\r\nFrom: <sip:alice@10.0.0.1>;tag=%dSIPpTag00\r\n' "$message" "$n" "$n"
      printf 'To: <sip:bob@10.0.0.2>\r\nCall-ID: %d-4242@10.0.0.1\r\nCSeq: 1 INVITE\r\nContact: <sip:alice@10.0.0.1:5060>\r\n' "$n"
      case "$message" in
        "SIP/2.0 486"*) printf 'Reason: Q.850;cause=17;text="User busy"\r\nWarning: 399 10.0.0.2 "Callee busy"\r\n' ;;
      esac
      printf 'Max-Forwards: 70\r\nContent-Length: 0\r\n\r\n\n'
    done
  done
} >"$block"
trace="$work/trace.log"
cp "$block" "$trace"
while [ "$(stat -c %s "$trace")" -lt $((size_mb * 1024 * 1024)) ]; do cat "$trace" "$trace" >"$work/t" && mv "$work/t" "$trace"; done
bytes="$(stat -c %s "$trace")"
# The trace was just written: flushed to disk now, so that no writing back of its pages runs alongside the runs.
sync "$trace"
echo "trace: $((bytes / 1048576)) MiB, $(grep -c '' "$trace") lines, $(grep -cE '^SIP/2\.0 [0-9]{3}' "$trace") status lines"

# Bytes pass through: without the notes, the output is the input.
"$tool" - <"$trace" | sed -e 's/  # [^\r]*\r$/\r/' -e 's/  # .*$//' | cmp -s - "$trace" && echo "bytes: the output less its notes is the input" \
  || { echo "bytes: the output differs from the input"; exit 1; }

seconds() { # command… -> wall seconds
  local start end
  start="$(date +%s.%N)"
  "$@"
  end="$(date +%s.%N)"
  echo "$end - $start" | bc
}
run_grep() { grep -E '^SIP/2\.0 [0-9]{3}' "$trace" | cat >/dev/null; }
# Timed as grep is, without /usr/bin/time (which adds a process, some 6 ms a run here): peak memory is measured
# in runs of its own, below.
run_tool() { "$tool" - "$@" <"$trace" | cat >/dev/null; }
declare -A all
for i in $(seq 1 "$runs"); do
  for name in grep plain only-responses json; do
    case "$name" in
      grep) t="$(seconds run_grep)" ;;
      plain) t="$(seconds run_tool)" ;;
      only-responses) t="$(seconds run_tool --only-responses)" ;;
      json) t="$(seconds run_tool --json)" ;;
    esac
    all[$name]="${all[$name]:-} $t"
    printf 'run %d %-15s %6.3f s  %7.1f MB/s\n' "$i" "$name" "$t" "$(echo "$bytes / 1000000 / $t" | bc -l)"
  done
done
median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
range() { tr ' ' '\n' | grep -v '^$' | sort -g | sed -n '1p;$p' | xargs printf '%.3f-%.3f\n'; }
g="$(echo "${all[grep]}" | median)"
echo
echo "median of $runs runs (min-max seconds), MB/s, ratio to grep's MB/s:"
for name in grep plain only-responses json; do
  m="$(echo "${all[$name]}" | median)"
  printf '%-15s %6.3f s (%s)  %7.1f MB/s  %.2f\n' "$name" "$m" "$(echo "${all[$name]}" | range)" "$(echo "$bytes / 1000000 / $m" | bc -l)" "$(echo "$g / $m" | bc -l)"
done
peak=0
for options in "" --only-responses --json; do
  # shellcheck disable=SC2086 # unquoted, so that no options pass no argument
  /usr/bin/time -f %M -o "$work/rss" "$tool" - $options <"$trace" | cat >/dev/null
  rss="$(cat "$work/rss")"
  [ "$rss" -gt "$peak" ] && peak="$rss"
done
echo "sipstatus peak memory: $((peak / 1024)) MiB (plain, --only-responses and --json, a run of each)"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
