#!/usr/bin/env bash
# Proves that the packages' version comes from a git tag (MinVer) and from nothing written in the repository. In a
# temporary clone of this repository's HEAD: tagged v9.9.9, the library packs as SipStatus.9.9.9.nupkg, whose nuspec
# says 9.9.9 and whose assembly's informational version is 9.9.9+<commit>; one commit after the tag, MinVer gives the
# pre-release 9.9.10-alpha.0.1 (the next patch, with the height 1). The clone is deleted afterwards and this
# repository is only read. .ci/run runs it; exit status 0 when all of it holds.
set -uo pipefail
cd "$(dirname "$0")/.." || exit 1
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# Built as on CI (Source Link and the commit in the version), with the public repository for Source Link, since the
# clone's origin is this folder.
export ContinuousIntegrationBuild=true
export SourceLinkRepositoryUrl="${SourceLinkRepositoryUrl:-https://github.com/sipstatus/SipStatus.git}"
failed=0
fail() { echo "FAILED: $*"; failed=1; }

clone="$work/clone"
git clone -q --no-hardlinks . "$clone" || { echo "FAILED: git clone"; exit 1; }
git -C "$clone" -c user.name=ci -c user.email=ci@localhost tag -a v9.9.9 -m "v9.9.9" || { echo "FAILED: git tag"; exit 1; }

project="$clone/src/SipStatus/SipStatus.csproj"
if dotnet pack "$project" -c Release -o "$work/pack" -v q -nologo -nodeReuse:false; then
  ls "$work/pack"
  nupkg="$work/pack/SipStatus.9.9.9.nupkg"
  if [ -f "$nupkg" ]; then
    bash scripts/zip-read.sh cat "$nupkg" SipStatus.nuspec | grep -q '<version>9.9.9</version>' || fail "the nuspec does not say version 9.9.9"
    # The assembly's informational version, as MinVer set it and the SDK added the commit to it.
    commit="$(git -C "$clone" rev-parse HEAD)"
    bash scripts/zip-read.sh cat "$nupkg" lib/net10.0/SipStatus.dll | grep -aq "9\.9\.9+$commit" \
      || fail "lib/net10.0/SipStatus.dll does not carry the informational version 9.9.9+$commit"
  else
    fail "tagged v9.9.9, the library did not pack as SipStatus.9.9.9.nupkg"
  fi
else
  fail "dotnet pack in the tagged clone"
fi

# One commit after the tag: the next patch version's pre-release, with the height.
git -C "$clone" -c user.name=ci -c user.email=ci@localhost commit -q --allow-empty -m "after the tag"
after="$(dotnet msbuild "$project" -nologo -nodeReuse:false -t:MinVer -getProperty:PackageVersion 2>&1)"
[ "$after" = "9.9.10-alpha.0.1" ] || fail "one commit after v9.9.9 MinVer gives '$after', not 9.9.10-alpha.0.1"

[ "$failed" -eq 0 ] && echo "version from tag: v9.9.9 packs as 9.9.9, one commit later 9.9.10-alpha.0.1"
exit "$failed"
