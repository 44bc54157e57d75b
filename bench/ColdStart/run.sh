#!/usr/bin/env bash
# Cold start of one trivial step through the generated entrypoint (`app step`, the process and pod contract), from spawn
# to exit: JIT (framework-dependent and self-contained) versus Native AOT; median and p90 of RUNS starts each, and the
# same for an in-process `app run` of the pipeline; sizes of the published folders and, when podman is installed (or
# IMAGES=1), of an image per self-contained flavor (see README.md).
# Writes bench/ColdStart/RESULTS.md. Environment knobs: RUNS (50), WARMUP (3), IMAGES (auto|1|0), WORK_DIR (.work),
# PUBLISH (1; 0 measures the apps an earlier run published again).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
work="${WORK_DIR:-$here/.work}"
runs="${RUNS:-50}"
warmup="${WARMUP:-3}"
images="${IMAGES:-auto}"
rid="linux-$(uname -m | sed -e 's/x86_64/x64/' -e 's/aarch64/arm64/')"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

say() { printf '== %s\n' "$*" >&2; }
die() { printf 'run.sh: %s\n' "$*" >&2; exit 1; }

# Native AOT links with the platform's C toolchain: clang if present, else gcc (enough here). A fresh machine of this
# kind has gcc; install it when it is missing rather than fail in the middle of a publish.
if ! command -v clang > /dev/null && ! command -v gcc > /dev/null; then
  say "installing gcc (the Native AOT linker)"
  apt-get update -qq && apt-get install -y -qq --no-install-recommends gcc libc6-dev zlib1g-dev > /dev/null \
    || die "no C linker (clang or gcc) and apt-get could not install gcc"
fi

mkdir -p "$work/logs"
app="$here/App/ColdStartApp.csproj"

publish() { # name, extra properties...
  local name="$1"; shift
  say "publishing $name"
  rm -rf "$work/$name"
  # A private artifacts folder per flavor: the three publishes never share obj/ state, and the repository's stays clean.
  dotnet publish "$app" -c Release -r "$rid" -tl:off -nologo --artifacts-path "$work/artifacts-$name" -o "$work/$name" "$@" \
    > "$work/logs/publish-$name.log" 2>&1 || { tail -n 30 "$work/logs/publish-$name.log" >&2; die "publishing $name failed"; }
}

if [[ "${PUBLISH:-1}" == "1" ]]; then
  publish jit-fd --self-contained false -p:PublishAot=false
  publish jit-sc --self-contained true -p:PublishAot=false
  publish aot
else
  for name in jit-fd jit-sc aot; do [[ -x "$work/$name/ColdStartApp" ]] || die "PUBLISH=0 but $work/$name has no app: run once without it"; done
fi

say "building the harness"
dotnet build "$here/Harness/ColdStartHarness.csproj" -c Release -nologo -v quiet > "$work/logs/harness-build.log" 2>&1 \
  || { tail -n 20 "$work/logs/harness-build.log" >&2; die "the harness does not build"; }

image_args=()
if [[ "$images" == "1" || ( "$images" == "auto" && -n "$(command -v podman || true)" ) ]]; then
  "$here/images.sh" "$work" jit-sc aot > "$work/image-sizes.txt" || die "building the images failed (IMAGES=0 skips them)"
  while read -r name bytes; do image_args+=(--image "$name=$bytes"); done < "$work/image-sizes.txt"
fi

say "measuring ($runs runs per flavor and command)"
# On a shared machine other builds take the CPU from the measured starts. As root, run the harness (and so the apps it
# starts) at the highest priority, closer to a node that gives a step's pod the CPU it requested; the report says which.
nice_cmd=()
if [[ "$(id -u)" == "0" ]]; then nice_cmd=(nice -n -20); fi
"${nice_cmd[@]}" dotnet "$here/Harness/bin/Release/net10.0/ColdStartHarness.dll" \
  --flavor "jit-fd=$work/jit-fd" --flavor "jit-sc=$work/jit-sc" --flavor "aot=$work/aot" \
  --case "step=step Trivial Increment --run coldstart --store {store}" \
  --case "step-tmpfs=step Trivial Increment --run coldstart --store {memstore}" \
  --case "run=run Trivial --no-cache --store {store}" \
  --budget-case step --budget-case step-tmpfs \
  --runs "$runs" --warmup "$warmup" --scratch "$work/scratch" "${image_args[@]}" --out "$here/RESULTS.md"
