#!/usr/bin/env bash
# Measures the runtime's per-step overhead (chain, fan and grid of trivial steps; N = 1k, 10k, 100k), the fully cached
# rerun and peak memory, for the recording `inprocess` executor and the in-memory one (see README.md).
# Writes bench/Runtime/RESULTS.md. Environment knob: SIZES (1000,10000,100000).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

dotnet build "$here/RuntimeBench.csproj" -c Release -nologo -v quiet
dotnet "$here/bin/Release/net10.0/RuntimeBench.dll" --sizes "${SIZES:-1000,10000,100000}" --out "$here/RESULTS.md"
