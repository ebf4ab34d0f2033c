#!/usr/bin/env bash
# Reads a zip file (a .nupkg, a .snupkg) for .ci/run and scripts/check-version-from-tag.sh, with unzip where it is
# installed (Linux, macOS) and otherwise with Python's zipfile module (Git Bash on Windows may have no unzip).
# Usage: scripts/zip-read.sh list FILE          every entry's name, one a line
#        scripts/zip-read.sh cat FILE ENTRY     the entry's bytes on stdout
set -euo pipefail
[ $# -ge 2 ] || { echo "usage: $0 list FILE | cat FILE ENTRY" >&2; exit 2; }
if command -v unzip >/dev/null 2>&1; then
  case "$1" in
    list) exec unzip -Z1 "$2" ;;
    cat) exec unzip -p "$2" "$3" ;;
  esac
fi
for python in python3 python; do
  if command -v "$python" >/dev/null 2>&1 && "$python" -c 'import zipfile' >/dev/null 2>&1; then
    case "$1" in
      list) exec "$python" -c 'import sys, zipfile; sys.stdout.buffer.write("".join(n + "\n" for n in zipfile.ZipFile(sys.argv[1]).namelist()).encode())' "$2" ;;
      cat) exec "$python" -c 'import sys, zipfile; sys.stdout.buffer.write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]))' "$2" "$3" ;;
    esac
  fi
done
echo "zip-read: neither unzip nor Python is installed" >&2
exit 2
