#!/usr/bin/env bash
# Measures what the Weft pipeline generator costs a build, beside the System.Text.Json source generator in the same
# compilation: 100 pipelines x 10 steps against 1,000 record types in JsonSerializerContexts (see README.md).
# Writes bench/GeneratorCost/RESULTS.md. Environment knobs: PIPELINES (100), BUILDS (3), ITERATIONS (7), FULL_RUNS (3),
# PROBE_ROUNDS (1: fresh processes per order-probe sequence), WORK_DIR (bench/GeneratorCost/.work).
# bench/GeneratorCost/attribute.sh then reruns the measured csc command with the generators in other orders or alone.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
work="${WORK_DIR:-$here/.work}"
pipelines="${PIPELINES:-100}"
builds="${BUILDS:-3}"
iterations="${ITERATIONS:-7}"
full_runs="${FULL_RUNS:-3}"
probe_rounds="${PROBE_ROUNDS:-1}"
logs="$work/logs"
synthetic="$work/Synthetic"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

weft_generator_name="Weft.Generators.PipelineGenerator"
json_generator_name="System.Text.Json.SourceGeneration.JsonSourceGenerator"

say() { printf '== %s\n' "$*" >&2; }
die() { printf 'run.sh: %s\n' "$*" >&2; exit 1; }

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) { print "nan" } else if (NR % 2) { print v[(NR + 1) / 2] } else { print (v[NR / 2] + v[NR / 2 + 1]) / 2 } }'; }

# Seconds a generator took in the "Generator execution time" summary that -p:ReportAnalyzer=true adds to csc's output.
generator_seconds() {
  local log="$1" name="$2"
  awk -v name="$name" '$NF == name && $1 ~ /^<?[0-9.]+$/ { sub(/^</, "", $1); print $1; exit }' "$log"
}

summary_seconds() { sed -n "s/^.*Total $2 execution time: \([0-9.]*\) seconds.*$/\1/p" "$1" | head -n 1; }

csc_ms() { awk '$2 == "ms" && $3 == "Csc" { print $1; exit }' "$1"; }

mkdir -p "$logs"
cd "$repo"
# Other work on the machine slows both generators alike but widens the spread: the report states the load.
load_before="$(cut -d ' ' -f 1-3 /proc/loadavg)"

say "building the generator, runtime and bench tools (Release)"
if ! dotnet build generators/Weft.Generators -c Release -v:quiet -nologo > "$logs/generator-build.log" 2>&1; then
  tail -n 20 "$logs/generator-build.log" >&2
  die "generators/Weft.Generators does not build; nothing to measure"
fi
for tool in MakeSynthetic DriverRerun; do
  dotnet build "$here/$tool" -c Release -v:quiet -nologo > "$logs/$tool-build.log" 2>&1 \
    || { tail -n 20 "$logs/$tool-build.log" >&2; die "bench tool $tool does not build"; }
done

say "writing the synthetic project ($pipelines pipelines)"
dotnet "$here/MakeSynthetic/bin/Release/net10.0/MakeSynthetic.dll" --out "$synthetic" --repo "$repo" --pipelines "$pipelines" >&2

build_flags=(-c Release -nologo -p:ReportAnalyzer=true -v:detailed -clp:PerformanceSummary)

# The first build restores, builds Weft and the generator, and warms the compiler server; it is not counted.
say "warm-up build"
if ! dotnet build "$synthetic/Synthetic.csproj" "${build_flags[@]}" > "$logs/build-0.log" 2>&1; then
  grep -E '(error|warning) [A-Z]+[0-9]+:' "$logs/build-0.log" | grep -v '/csc ' | sort -u | head -n 20 >&2 || true
  die "the synthetic project does not build; see $logs/build-0.log"
fi

weft_all=() json_all=() total_all=() analyzers_all=() csc_all=() wall_all=()
for i in $(seq 1 "$builds"); do
  say "measured rebuild $i/$builds"
  log="$logs/build-$i.log"
  start=$(date +%s%N)
  # Rebuild only Synthetic (its references are already built) so that csc always runs and nothing else does.
  dotnet build "$synthetic/Synthetic.csproj" "${build_flags[@]}" --no-restore --no-incremental -p:BuildProjectReferences=false > "$log" 2>&1 \
    || die "rebuild $i failed; see $log"
  end=$(date +%s%N)
  weft="$(generator_seconds "$log" "$weft_generator_name")"
  json="$(generator_seconds "$log" "$json_generator_name")"
  [[ -n "$weft" ]] || die "no $weft_generator_name time in $log (did the generator load? look for CS8032/CS9057)"
  [[ -n "$json" ]] || die "no $json_generator_name time in $log"
  weft_all+=("$weft"); json_all+=("$json")
  total_all+=("$(summary_seconds "$log" generator)"); analyzers_all+=("$(summary_seconds "$log" analyzer)")
  csc_all+=("$(csc_ms "$log")"); wall_all+=("$(( (end - start) / 1000000 ))")
  say "  $weft_generator_name ${weft}s, $json_generator_name ${json}s, csc ${csc_all[-1]} ms"
done

# A measured rebuild always runs csc, so its log holds every compiler warning of the project (each printed twice).
grep -E 'warning [A-Z]+[0-9]+:' "$logs/build-1.log" | grep -v '/csc ' | sed -E 's/^ *[0-9:>]*//' | sort -u > "$logs/warnings.txt" || true
warning_count="$(wc -l < "$logs/warnings.txt")"

med() { printf '%s\n' "$@" | median; }
weft_med="$(med "${weft_all[@]}")"; json_med="$(med "${json_all[@]}")"
total_med="$(med "${total_all[@]}")"; analyzers_med="$(med "${analyzers_all[@]}")"
csc_med="$(med "${csc_all[@]}")"; wall_med="$(med "${wall_all[@]}")"
pct() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f%%", (b > 0 ? 100 * a / b : 0) }'; }
ms() { awk -v s="$1" 'BEGIN { printf "%.0f", s * 1000 }'; }
verdict="$(awk -v a="$weft_med" -v b="$json_med" 'BEGIN { print (a <= b ? "within budget (ours <= theirs)" : "OVER budget (ours > theirs)") }')"

# The driver benchmark loads the very System.Text.Json generator the build passed to csc.
json_dll="$(grep -o -m 1 '/analyzer:[^ ]*System\.Text\.Json\.SourceGeneration\.dll' "$logs/build-1.log" | sed 's|^/analyzer:||;s|"||g' || true)"
driver_args=(--sources "$synthetic" --weft "$repo/src/Weft/bin/Release/net10.0/Weft.dll"
  --generator "$repo/generators/Weft.Generators/bin/Release/netstandard2.0/Weft.Generators.dll"
  --iterations "$iterations" --full-runs "$full_runs" --probe-rounds "$probe_rounds" --markdown "$logs/driver.md")
[[ -n "$json_dll" ]] && driver_args+=(--stj "$json_dll")
say "in-process driver reruns"
driver_status=0
dotnet "$here/DriverRerun/bin/Release/net10.0/DriverRerun.dll" "${driver_args[@]}" > "$logs/driver.log" 2>&1 || driver_status=$?
[[ -s "$logs/driver.md" ]] || { tail -n 30 "$logs/driver.log" >&2; die "DriverRerun failed"; }

load_after="$(cut -d ' ' -f 1-3 /proc/loadavg)"
cpu="$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)"
{
  echo "# Generator cost: Weft pipeline generator vs System.Text.Json"
  echo
  echo "Written by \`bench/GeneratorCost/run.sh\`; do not edit by hand."
  echo
  echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC'); commit: $(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo unknown)"
  echo "- machine: $(nproc) cores${cpu:+ ($cpu)}, $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)"
  echo "- load average (1, 5, 15 min) at start: $load_before; at end: $load_after"
  echo "- dotnet --version: $(dotnet --version)"
  echo "- synthetic project: $pipelines pipelines x 10 steps with $((pipelines * 10)) artifact record/enum types of their own;" \
       "$((pipelines * 10)) record/enum types of the same shapes in $(( (pipelines * 10 + 99) / 100 )) JsonSerializerContexts"
  echo
  echo "### Build (\`dotnet build -p:ReportAnalyzer=true\`, rebuild of Synthetic only, median of $builds after a warm-up build)"
  echo
  echo "| Figure | median | share of csc | runs |"
  echo "| --- | ---: | ---: | --- |"
  echo "| $weft_generator_name | $(ms "$weft_med") ms | $(pct "$(ms "$weft_med")" "$csc_med") | $(printf '%s s ' "${weft_all[@]}")|"
  echo "| $json_generator_name | $(ms "$json_med") ms | $(pct "$(ms "$json_med")" "$csc_med") | $(printf '%s s ' "${json_all[@]}")|"
  echo "| all generators | $(ms "$total_med") ms | $(pct "$(ms "$total_med")" "$csc_med") | $(printf '%s s ' "${total_all[@]}")|"
  echo "| all analyzers | $(ms "$analyzers_med") ms | $(pct "$(ms "$analyzers_med")" "$csc_med") | $(printf '%s s ' "${analyzers_all[@]}")|"
  echo "| csc task | $csc_med ms | 100% | $(printf '%s ms ' "${csc_all[@]}")|"
  echo "| dotnet build, wall | $wall_med ms | | $(printf '%s ms ' "${wall_all[@]}")|"
  echo
  echo "Budget (build): Weft $(ms "$weft_med") ms vs STJ $(ms "$json_med") ms: **$verdict**."
  echo "Compiler warnings in the build: $warning_count."
  if [[ "$warning_count" -gt 0 ]]; then
    echo
    echo "| count | warning | first instance |"
    echo "| ---: | --- | --- |"
    # One row per warning id; awk reads every line, so no pipe closes early under pipefail.
    awk -v root="$synthetic/" '{
        match($0, /warning [A-Z]+[0-9]+/); id = substr($0, RSTART + 8, RLENGTH - 8)
        count[id]++
        if (!(id in first)) { line = $0; gsub(root, "", line); sub(/ \[[^]]*\]$/, "", line); gsub(/\|/, "\\|", line); first[id] = line }
      } END { for (id in count) printf "| %d | %s | `%s` |\n", count[id], id, first[id] }' "$logs/warnings.txt" | sort -t '|' -k 2 -n -r
  fi
  echo
  cat "$logs/driver.md"
  # Figures of earlier commits, kept by hand: a run measures only the commit it runs on.
  if [[ -f "$here/HISTORY.md" ]]; then
    echo
    cat "$here/HISTORY.md"
  fi
} > "$here/RESULTS.md"

cat "$here/RESULTS.md"
[[ "$driver_status" -eq 0 ]] || die "DriverRerun exited with $driver_status (generator errors?); see $logs/driver.log"
