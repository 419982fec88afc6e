#!/usr/bin/env bash
# End-to-end speed of the `summit` command, side by side in one run (issue 13), with hyperfine:
#   1. `dotnet hello.dll` (a .NET hello world) vs `summit --version` and `summit plan` (the bundled example);
#   2. all scot-elex BLT files through `summit tally --json` (one process) vs droop (Scottish STV, one Python process);
#   3. a generated 100,000 x 20 BLT through `summit tally --method schulze` vs the npm package `votes` (Schulze).
# `summit` is the Native AOT build (dotnet publish -r linux-x64); the JIT build (`dotnet summit.dll`) is shown beside it.
# Installs what it needs (hyperfine, clang, zlib1g-dev from Debian; `votes` from npm into the work folder); skips droop or
# votes with a message when they cannot be had. Nothing is written inside the repository.
#
# usage: benchmarks/cli/run.sh            environment: BENCH_WORK (default /tmp/summit-cli-bench),
#        SCOT_ELEX (default ../shared/data/voting/scot-elex/blt_files beside the repository),
#        DROOP (a checkout of https://github.com/jklundell/droop; default $BENCH_WORK/droop or /work/bench-tools/droop),
#        RUNS (hyperfine runs for the fast commands, default 20)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
work="${BENCH_WORK:-/tmp/summit-cli-bench}"
data="${SCOT_ELEX:-$root/../shared/data/voting/scot-elex/blt_files}"
runs="${RUNS:-20}"
mkdir -p "$work"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
say() { echo; echo "### $*"; }
sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
need_deb() { # command package...
  local cmd="$1"; shift
  if [ -n "$cmd" ] && command -v "$cmd" >/dev/null; then return 0; fi
  if [ -z "$cmd" ] && dpkg -s "$@" >/dev/null 2>&1; then return 0; fi
  $sudo apt-get install -y -q "$@" >/dev/null || { $sudo apt-get update -q >/dev/null && $sudo apt-get install -y -q "$@" >/dev/null; }
}
need_deb hyperfine hyperfine
need_deb clang clang
need_deb "" zlib1g-dev

say "build: hello world, summit (Native AOT and JIT)"
if [ ! -f "$work/hello/bin/hello.dll" ]; then
  rm -rf "$work/hello" && mkdir -p "$work/hello"
  printf '%s\n' '<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><ImplicitUsings>enable</ImplicitUsings><InvariantGlobalization>true</InvariantGlobalization></PropertyGroup></Project>' > "$work/hello/hello.csproj"
  echo 'Console.WriteLine("Hello, World!");' > "$work/hello/Program.cs"
  dotnet publish "$work/hello/hello.csproj" -c Release -o "$work/hello/bin" >/dev/null
fi
dotnet publish "$root/src/Summit.Cli" -c Release -r linux-x64 -o "$work/summit-aot" >/dev/null
dotnet publish "$root/src/Summit.Cli" -c Release -p:PublishAot=false -o "$work/summit-jit" >/dev/null
aot="$work/summit-aot/summit"
jit="dotnet $work/summit-jit/summit.dll"
hello="dotnet $work/hello/bin/hello.dll"
ls -la "$aot"

say "1. start-up: hello world vs summit --version and summit plan (bundled example)"
hyperfine -N --warmup 3 --runs "$runs" --export-markdown "$work/startup.md" \
  -n "dotnet hello.dll" "$hello" \
  -n "summit --version (AOT)" "$aot --version" \
  -n "summit plan (AOT)" "$aot plan" \
  -n "summit --version (JIT)" "$jit --version" \
  -n "summit plan (JIT)" "$jit plan"

say "2. scot-elex: every BLT file through summit tally --json (one process) vs droop"
if [ -d "$data" ]; then
  find "$data" -name '*.blt' | sort > "$work/scot-elex.list"
  echo "$(wc -l < "$work/scot-elex.list") files, $(cat "$work/scot-elex.list" | xargs cat | wc -c) bytes"
  cmds=(-n "summit tally --json, $(wc -l < "$work/scot-elex.list") files (AOT)" "$aot tally --json $(tr '\n' ' ' < "$work/scot-elex.list") > /dev/null"
        -n "summit tally --json (JIT)" "$jit tally --json $(tr '\n' ' ' < "$work/scot-elex.list") > /dev/null")
  droop="${DROOP:-}"
  for d in "$work/droop" /work/bench-tools/droop; do [ -z "$droop" ] && [ -f "$d/Droop.py" ] && droop="$d"; done
  if [ -z "$droop" ]; then
    git clone -q https://github.com/jklundell/droop "$work/droop" 2>/dev/null && droop="$work/droop" || true
  fi
  if [ -n "$droop" ] && [ -f "$droop/Droop.py" ] && command -v python3 >/dev/null; then
    rm -rf "$work/droop-quoted" && python3 "$here/quote-names.py" "$data" "$work/droop-quoted"
    cmds+=(-n "droop scotland, $(find "$work/droop-quoted" -name '*.blt' | wc -l) files (one python3)" "python3 $here/droop-all.py $droop $work/droop-quoted > /dev/null")
  else
    echo "droop: not available (set DROOP to a checkout of https://github.com/jklundell/droop); skipped"
  fi
  hyperfine --warmup 1 --runs 3 --export-markdown "$work/scot-elex.md" "${cmds[@]}"
else
  echo "scot-elex: $data not found; skipped"
fi

say "3. 100,000 rankings x 20 candidates: summit tally --method schulze vs npm votes"
[ -f "$work/100k-20.blt" ] || python3 "$here/gen-blt.py" "$work/100k-20.blt" 100000 20
ls -la "$work/100k-20.blt"
cmds=(-n "summit tally --method schulze (AOT)" "$aot tally --method schulze $work/100k-20.blt"
      -n "summit tally --method schulze (JIT)" "$jit tally --method schulze $work/100k-20.blt")
if command -v npm >/dev/null && { [ -d "$work/node/node_modules/votes" ] || (mkdir -p "$work/node" && cd "$work/node" && npm init -y >/dev/null && npm install --silent votes >/dev/null 2>&1); }; then
  cp "$here/votes-schulze.mjs" "$work/node/"
  cmds+=(-n "npm votes Schulze (node)" "cd $work/node && node votes-schulze.mjs $work/100k-20.blt")
else
  echo "votes: npm or the package is not available; skipped"
fi
hyperfine --warmup 1 --runs 5 --export-markdown "$work/100k.md" "${cmds[@]}"

say "tables (markdown) in $work: startup.md scot-elex.md 100k.md"
