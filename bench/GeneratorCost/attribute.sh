#!/usr/bin/env bash
# Attributes the build figure of run.sh: reruns the very csc command of the last measured rebuild (a fresh compiler
# process, as the build runs it here) with the generators in other orders or alone, and with the compilation's own lazy
# initialization paid up front by a generator that does nothing else. Run bench/GeneratorCost/run.sh first.
# Writes bench/GeneratorCost/.work/logs/attribution.md. Knobs: ROUNDS (3) csc runs per variant; AS_BUILT (1; 0 skips the
# variant with every analyzer of the build, the slowest, whose generator times should match run.sh's).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
work="${WORK_DIR:-$here/.work}"
rounds="${ROUNDS:-3}"
logs="$work/logs"
synthetic="$work/Synthetic"
out="$work/attribution"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

die() { printf 'attribute.sh: %s\n' "$*" >&2; exit 1; }
[[ -f "$logs/build-1.log" ]] || die "no $logs/build-1.log: run bench/GeneratorCost/run.sh first"

# The rebuild's csc command line, one argument a line; sources and references stay, analyzers are chosen per variant.
line="$(grep -m 1 -E 'Roslyn/bincore/csc .*/out:obj/Release/net10.0/Synthetic.dll' "$logs/build-1.log")" \
  || die "no csc command for Synthetic in $logs/build-1.log (is UseSharedCompilation=false? run.sh's build must run csc itself)"
csc="$(printf '%s\n' "$line" | awk '{ print $1 }')"
mkdir -p "$out"
printf '%s\n' "$line" | sed -E 's/^ *[^ ]+ //' | xargs -n 1 printf '%s\n' \
  | grep -v -E '^/(analyzer|out|refout):' \
  | sed -E '/^\/embed:.*,/ s/^\/embed:(.*)$/\/embed:"\1"/; /^[^\/].*[, ]/ s/^(.*)$/"\1"/' > "$out/common.rsp.lines"
analyzers="$(printf '%s\n' "$line" | tr ' ' '\n' | sed -n 's/^\/analyzer://p' | tr -d '"')"
weft="$(printf '%s\n' "$analyzers" | grep '/Weft.Generators.dll$')"
stj="$(printf '%s\n' "$analyzers" | grep '/System.Text.Json.SourceGeneration.dll$')"
logging="$(printf '%s\n' "$analyzers" | grep '/Microsoft.Extensions.Logging.Generators.dll$' || true)"

# A generator that only forces what the first symbol-hungry generator would otherwise pay: the declaration table, the
# global namespace merged across every reference, and a bound body.
warm_dir="$out/prewarm"
mkdir -p "$warm_dir"
cat > "$warm_dir/PrewarmGenerator.cs" <<'EOF'
using Microsoft.CodeAnalysis;
[Generator(LanguageNames.CSharp)]
public sealed class PrewarmGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        context.RegisterSourceOutput(context.CompilationProvider, static (spc, compilation) =>
        {
            var count = 0;
            foreach (var member in compilation.GlobalNamespace.GetNamespaceMembers()) { count += member.Name.Length; }
            count += compilation.GetTypeByMetadataName("System.Threading.Tasks.Task`1") is null ? 0 : 1;
            count += compilation.GetTypeByMetadataName("System.Collections.Generic.List`1") is null ? 0 : 1;
            foreach (var tree in compilation.SyntaxTrees)
            {
                // One semantic model's declaration diagnostics bind every member signature of the first tree.
                count += compilation.GetSemanticModel(tree).GetDeclarationDiagnostics().Length;
                break;
            }

            spc.AddSource("Prewarm.g.cs", "// " + count + "\n");
        });
    }
}
EOF
cat > "$warm_dir/Prewarm.csproj" <<'EOF'
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>netstandard2.0</TargetFramework>
    <IsRoslynComponent>true</IsRoslynComponent>
    <LangVersion>latest</LangVersion>
    <EnforceExtendedAnalyzerRules>true</EnforceExtendedAnalyzerRules>
    <ImportDirectoryBuildProps>false</ImportDirectoryBuildProps>
    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
    <TreatWarningsAsErrors>false</TreatWarningsAsErrors>
    <NoWarn>RS2008;RS1036</NoWarn>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Microsoft.CodeAnalysis.CSharp" Version="4.14.0" PrivateAssets="all" />
  </ItemGroup>
</Project>
EOF
printf '<Project />\n' > "$warm_dir/Directory.Build.props"
printf '<Project />\n' > "$warm_dir/Directory.Build.targets"
printf '<Project />\n' > "$warm_dir/Directory.Packages.props"
dotnet build "$warm_dir/Prewarm.csproj" -c Release -v:quiet -nologo -o "$warm_dir/bin" > "$out/prewarm-build.log" 2>&1 \
  || { tail -n 20 "$out/prewarm-build.log" >&2; die "the prewarm generator does not build"; }
prewarm="$warm_dir/bin/Prewarm.dll"

seconds() { awk -v name="$2" '$NF == name && $1 ~ /^<?[0-9.]+$/ { sub(/^</, "", $1); print $1; exit }' "$1"; }
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) { print "-" } else if (NR % 2) { print v[(NR + 1) / 2] } else { print (v[NR / 2] + v[NR / 2 + 1]) / 2 } }'; }
ms() { [[ "$1" == "-" ]] && { echo "-"; return; }; awk -v s="$1" 'BEGIN { printf "%.0f", s * 1000 }'; }

rows=()
# variant NAME ANALYZER...: csc with exactly those analyzers, in that order; median generator times over the rounds.
variant() {
  local name="$1"; shift
  local rsp="$out/$name.rsp" weft_all=() stj_all=() pre_all=()
  { cat "$out/common.rsp.lines"; printf '/out:%s\n' "$out/$name.dll"; for a in "$@"; do printf '/analyzer:%s\n' "$a"; done; } > "$rsp"
  for r in $(seq 1 "$rounds"); do
    local log="$out/$name-$r.log"
    # Without one of the generators the project does not compile (its code is missing); the timings are printed anyway.
    (cd "$synthetic" && "$csc" "@$rsp" > "$log" 2>&1) || true
    grep -q 'Total generator execution time' "$log" || die "csc printed no generator times for variant $name; see $log"
    weft_all+=("$(seconds "$log" Weft.Generators.PipelineGenerator)")
    stj_all+=("$(seconds "$log" System.Text.Json.SourceGeneration.JsonSourceGenerator)")
    pre_all+=("$(seconds "$log" PrewarmGenerator)")
    printf '== %s %d/%d: Weft %ss, STJ %ss, prewarm %ss\n' "$name" "$r" "$rounds" "${weft_all[-1]:--}" "${stj_all[-1]:--}" "${pre_all[-1]:--}" >&2
  done
  local w s p
  w="$(printf '%s\n' "${weft_all[@]}" | { grep -v '^$' || true; } | median)"
  s="$(printf '%s\n' "${stj_all[@]}" | { grep -v '^$' || true; } | median)"
  p="$(printf '%s\n' "${pre_all[@]}" | { grep -v '^$' || true; } | median)"
  rows+=("| $name | $(ms "$w") | $(ms "$s") | $(ms "$p") |")
}

load_before="$(cut -d ' ' -f 1-3 /proc/loadavg)"
[[ "${AS_BUILT:-1}" == 1 ]] && variant as-built $analyzers
variant weft-then-stj $logging "$weft" "$stj"
variant stj-then-weft $logging "$stj" "$weft"
variant weft-alone "$weft"
variant stj-alone "$stj"
variant prewarm-then-weft "$prewarm" "$weft"
variant prewarm-then-stj "$prewarm" "$stj"
load_after="$(cut -d ' ' -f 1-3 /proc/loadavg)"

{
  echo "#### Attribution: the same csc command, generators in other orders or alone (median of $rounds fresh csc processes)"
  echo
  echo "Load average (1, 5, 15 min) at start: $load_before; at end: $load_after. Generator ms as \`/reportanalyzer\` prints them."
  echo
  echo "| Variant (analyzers passed, in order) | Weft ms | STJ ms | prewarm ms |"
  echo "| --- | ---: | ---: | ---: |"
  printf '%s\n' "${rows[@]}"
} > "$logs/attribution.md"
cat "$logs/attribution.md"
