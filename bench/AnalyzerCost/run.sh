#!/usr/bin/env bash
# Measures what the Weft analyzers (analyzers/Weft.Analyzers) cost a build: a synthetic project of PIPELINES x STEPS steps
# (1,000 by default) is rebuilt with -p:ReportAnalyzer=true, and the analyzers' time is set against csc's. Each round also
# rebuilds without the Weft analyzers, so the difference in csc time is measured too. Writes bench/AnalyzerCost/RESULTS.md.
# Environment knobs: PIPELINES (50), STEPS (20), BUILDS (3), QUIET_LOAD (2.0), QUIET_WAIT (600 s), WORK_DIR (.work).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
work="${WORK_DIR:-$here/.work}"
pipelines="${PIPELINES:-50}"
steps="${STEPS:-20}"
builds="${BUILDS:-3}"
quiet_load="${QUIET_LOAD:-2.0}"
quiet_wait="${QUIET_WAIT:-600}"
logs="$work/logs"
project="$work/Analyzed"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

say() { printf '== %s\n' "$*" >&2; }
die() { printf 'run.sh: %s\n' "$*" >&2; exit 1; }
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) { print "nan" } else if (NR % 2) { print v[(NR + 1) / 2] } else { print (v[NR / 2] + v[NR / 2 + 1]) / 2 } }'; }
med() { printf '%s\n' "$@" | median; }
load1() { cut -d ' ' -f 1 /proc/loadavg; }

# Figures from csc's -p:ReportAnalyzer=true summary and MSBuild's -clp:PerformanceSummary, in seconds / milliseconds.
total_analyzer_seconds() { sed -n 's/^.*Total analyzer execution time: \([0-9.]*\) seconds.*$/\1/p' "$1" | head -n 1; }
# An assembly's row reads "<seconds> <percent> Weft.Analyzers, Version=..."; "<0.001" counts as 0.001.
assembly_seconds() { awk -v name="$2," '$3 == name { sub(/^</, "", $1); print $1; exit }' "$1"; }
analyzer_seconds() { awk -v name="$2" '$3 == name { sub(/^</, "", $1); print $1; exit }' "$1"; }
csc_ms() { awk '$2 == "ms" && $3 == "Csc" { print $1; exit }' "$1"; }
weft_warnings() { grep -oE '[^ >]+\.cs\([0-9,]+\): warning WEFT[0-9]{4}' "$1" | sort -u | wc -l; }

mkdir -p "$logs"
cd "$repo"

say "building the analyzers, the generator, Weft and the project writer (Release)"
for target in analyzers/Weft.Analyzers generators/Weft.Generators src/Weft "$here/MakeProject"; do
  name="$(basename "$target")"
  dotnet build "$target" -c Release -v:quiet -nologo > "$logs/$name-build.log" 2>&1 \
    || { tail -n 20 "$logs/$name-build.log" >&2; die "$target does not build; nothing to measure"; }
done

say "writing the synthetic project ($pipelines pipelines x $steps steps)"
summary="$(dotnet "$here/MakeProject/bin/Release/net10.0/MakeProject.dll" --out "$project" --repo "$repo" --pipelines "$pipelines" --steps "$steps")"
echo "$summary" >&2
expected_violations="$(sed -n 's/^.* \([0-9]*\) seeded violations.*$/\1/p' <<< "$summary")"

flags=(-c Release -nologo -p:ReportAnalyzer=true -v:detailed -clp:PerformanceSummary)
say "warm-up build (restore, references, compiler server; not counted)"
dotnet build "$project/Analyzed.csproj" "${flags[@]}" > "$logs/build-0.log" 2>&1 || die "the synthetic project does not build; see $logs/build-0.log"
found="$(weft_warnings "$logs/build-0.log")"
[[ "$found" == "$expected_violations" ]] || die "expected $expected_violations Weft warnings, the build reported $found; see $logs/build-0.log"

# Two cores shared with other work: wait (a bounded time) for the machine to calm down, and report the load either way.
waited=0
while awk -v l="$(load1)" -v q="$quiet_load" 'BEGIN { exit !(l >= q) }' && (( waited < quiet_wait )); do
  (( waited == 0 )) && say "waiting for the 1-minute load average to drop below $quiet_load (now $(load1), at most ${quiet_wait}s)"
  sleep 15; waited=$((waited + 15))
done
load_before="$(cut -d ' ' -f 1-3 /proc/loadavg)"

rebuild() { dotnet build "$project/Analyzed.csproj" "${flags[@]}" --no-restore --no-incremental -p:BuildProjectReferences=false "$@"; }
weft_all=() repro_all=() container_all=() analyzers_all=() csc_with_all=() csc_without_all=() loads=()
for i in $(seq 1 "$builds"); do
  loads+=("$(load1)")
  say "round $i/$builds: rebuild with the Weft analyzers"
  with="$logs/build-$i-with.log"
  rebuild -p:WeftAnalyzers=true > "$with" 2>&1 || die "rebuild $i failed; see $with"
  weft="$(assembly_seconds "$with" Weft.Analyzers)"
  [[ -n "$weft" ]] || die "no Weft.Analyzers row in $with (did the analyzers load? look for CS8032/CS9057)"
  weft_all+=("$weft")
  repro_all+=("$(analyzer_seconds "$with" Weft.Analyzers.ReproducibilityAnalyzer)")
  container_all+=("$(analyzer_seconds "$with" Weft.Analyzers.ContainerAnalyzer)")
  analyzers_all+=("$(total_analyzer_seconds "$with")")
  csc_with_all+=("$(csc_ms "$with")")

  say "round $i/$builds: rebuild without them"
  without="$logs/build-$i-without.log"
  rebuild -p:WeftAnalyzers=false > "$without" 2>&1 || die "baseline rebuild $i failed; see $without"
  [[ -z "$(assembly_seconds "$without" Weft.Analyzers)" ]] || die "the baseline build still ran the Weft analyzers; see $without"
  csc_without_all+=("$(csc_ms "$without")")
  say "  Weft analyzers ${weft}s; csc ${csc_with_all[-1]} ms with, ${csc_without_all[-1]} ms without"
done
load_after="$(cut -d ' ' -f 1-3 /proc/loadavg)"

weft_med="$(med "${weft_all[@]}")"; repro_med="$(med "${repro_all[@]}")"; container_med="$(med "${container_all[@]}")"
analyzers_med="$(med "${analyzers_all[@]}")"; with_med="$(med "${csc_with_all[@]}")"; without_med="$(med "${csc_without_all[@]}")"
ms() { awk -v s="$1" 'BEGIN { printf "%.0f", s * 1000 }'; }
pct() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f%%", (b > 0 ? 100 * a / b : 0) }'; }
share="$(pct "$(ms "$weft_med")" "$with_med")"
verdict="$(awk -v a="$(ms "$weft_med")" -v b="$with_med" 'BEGIN { print (a <= 0.10 * b ? "within budget (<= 10% of csc)" : "OVER budget (> 10% of csc)") }')"
delta=$((with_med - without_med))
cpu="$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)"
{
  echo "# Analyzer cost: Weft analyzers in a build of $((pipelines * steps)) steps"
  echo
  echo "Written by \`bench/AnalyzerCost/run.sh\`; do not edit by hand."
  echo
  echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC'); commit: $(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo unknown)"
  echo "- machine: $(nproc) cores${cpu:+ ($cpu)}, $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo); dotnet $(dotnet --version)"
  echo "- load average (1, 5, 15 min) at start: $load_before; at end: $load_after; 1-minute load at each round: ${loads[*]}"
  echo "- project: $pipelines pipelines x $steps steps ($((pipelines * steps)) steps, $((pipelines * 2 + 2)) files), helper chains up to three calls deep," \
       "$expected_violations seeded violations (each reported once, checked by the script), a class per pipeline that no step reaches"
  echo
  echo "### Rebuild of the project only (\`--no-incremental -p:ReportAnalyzer=true\`), median of $builds rounds after a warm-up build"
  echo
  echo "| Figure | median | share of csc (with) | runs |"
  echo "| --- | ---: | ---: | --- |"
  echo "| Weft.Analyzers (both analyzers) | $(ms "$weft_med") ms | **$share** | $(printf '%s s ' "${weft_all[@]}")|"
  echo "| - ReproducibilityAnalyzer | $(ms "$repro_med") ms | $(pct "$(ms "$repro_med")" "$with_med") | $(printf '%s s ' "${repro_all[@]}")|"
  echo "| - ContainerAnalyzer | $(ms "$container_med") ms | $(pct "$(ms "$container_med")" "$with_med") | $(printf '%s s ' "${container_all[@]}")|"
  echo "| all analyzers (SDK's CA rules included) | $(ms "$analyzers_med") ms | $(pct "$(ms "$analyzers_med")" "$with_med") | $(printf '%s s ' "${analyzers_all[@]}")|"
  echo "| csc task, with the Weft analyzers | $with_med ms | 100% | $(printf '%s ms ' "${csc_with_all[@]}")|"
  echo "| csc task, without them | $without_med ms | | $(printf '%s ms ' "${csc_without_all[@]}")|"
  echo
  echo "Budget: the Weft analyzers take $(ms "$weft_med") ms of a $with_med ms compile ($share): **$verdict**."
  echo "The csc task took $delta ms more with them than without (medians; on a shared machine this difference is within the noise" \
       "when it is small or negative)."
  echo
  echo "ReportAnalyzer times are the time csc spent inside each analyzer's callbacks, summed over threads; the share is that sum" \
       "over the csc task's wall time, so it overstates the analyzers' share when callbacks ran in parallel."
} > "$here/RESULTS.md"
cat "$here/RESULTS.md"
