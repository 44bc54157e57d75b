#!/usr/bin/env bash
# Builds, without any registry, one image per published flavor on the repository's offline base image
# (build/containers/make-base-image.sh: the host's glibc, libstdc++ and OpenSSL), checks that each starts, and prints
# "name bytes" per image, "base" first. Usage: images.sh WORK_DIR FLAVOR... (each published to WORK_DIR/FLAVOR by run.sh).
# Podman's settings are the repository's (build/containers/*.conf), as in .ci/run; /etc is left alone.
set -euo pipefail

work="$(cd "$1" && pwd)"; shift
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
say() { printf '== %s\n' "$*" >&2; }

if ! command -v podman > /dev/null || ! command -v runc > /dev/null; then
  say "installing podman and runc"
  export DEBIAN_FRONTEND=noninteractive
  apt-get -o DPkg::Lock::Timeout=600 update -qq
  apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends podman runc > /dev/null
fi
export CONTAINERS_CONF="${CONTAINERS_CONF:-$repo/build/containers/containers.conf}"
export CONTAINERS_STORAGE_CONF="${CONTAINERS_STORAGE_CONF:-$repo/build/containers/storage.conf}"

say "building the offline base image"
base="$("$repo/build/containers/make-base-image.sh" localhost/weft-coldstart-base)"
printf 'base %s\n' "$(podman image inspect --format '{{.Size}}' "$base")"

for flavor in "$@"; do
  say "building the $flavor image"
  payload="$work/image-$flavor"
  rm -rf "$payload" && mkdir -p "$payload"
  # What a container needs: no debug symbols, no XML docs.
  (cd "$work/$flavor" && find . -type f ! -name '*.dbg' ! -name '*.pdb' ! -name '*.xml' -exec cp --parents {} "$payload" \;)
  printf 'FROM %s\nCOPY . /app/\nWORKDIR /app\nUSER 1654\nENTRYPOINT ["/app/ColdStartApp"]\n' "$base" > "$work/$flavor.Containerfile"
  podman build -q -t "localhost/weft-coldstart-$flavor:1" -f "$work/$flavor.Containerfile" "$payload" > /dev/null
  # The image must start: the entrypoint shows its pipeline's graph and exits 0.
  podman run --rm --network=none "localhost/weft-coldstart-$flavor:1" graph Trivial > /dev/null
  printf '%s %s\n' "$flavor" "$(podman image inspect --format '{{.Size}}' "localhost/weft-coldstart-$flavor:1")"
done
