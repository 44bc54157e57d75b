#!/usr/bin/env bash
# Builds, without any registry, an offline base image from the host's glibc and libstdc++ (notes/containers.md) and one
# image per published flavor on top of it (FROM base, COPY the payload), then prints "name bytes" per image, "base" first.
# Usage: images.sh WORK_DIR FLAVOR... (each flavor published to WORK_DIR/FLAVOR by run.sh). Podman's settings and storage
# stay under WORK_DIR/podman; /etc is left alone.
set -euo pipefail

work="$(cd "$1" && pwd)"; shift
say() { printf '== %s\n' "$*" >&2; }

if ! command -v podman > /dev/null; then
  say "installing podman and runc"
  apt-get update -qq > /dev/null
  apt-get install -y -qq --no-install-recommends -o DPkg::Lock::Timeout=600 podman runc > /dev/null
fi

config="$work/podman"
mkdir -p "$config"
# crun cannot run here (cgroups in hybrid mode) and the nofile hard limit is below podman's default: see containers.md.
cat > "$config/containers.conf" <<CONF
[containers]
default_ulimits = ["nofile=1024:1024", "nproc=1024:1024"]
[engine]
runtime = "runc"
cgroup_manager = "cgroupfs"
events_logger = "file"
CONF
cat > "$config/storage.conf" <<CONF
[storage]
driver = "overlay"
graphroot = "$config/storage"
runroot = "$config/run"
CONF
export CONTAINERS_CONF="$config/containers.conf" CONTAINERS_STORAGE_CONF="$config/storage.conf"

say "building the offline base image"
base="$work/image-base"
rm -rf "$base" && mkdir -p "$base/etc" "$base/tmp" "$base/root" && chmod 1777 "$base/tmp"
for lib in /lib64/ld-linux-x86-64.so.2 /lib/x86_64-linux-gnu/{libc.so.6,libm.so.6,libdl.so.2,libpthread.so.0,librt.so.1,libstdc++.so.6,libgcc_s.so.1,libz.so.1}; do
  [[ -e "$lib" ]] || continue
  mkdir -p "$base$(dirname "$lib")" && cp -L "$lib" "$base$lib"
done
printf 'root:x:0:0:root:/root:/bin/sh\napp:x:1654:1654:app:/app:/bin/sh\n' > "$base/etc/passwd"
printf 'root:x:0:\napp:x:1654:\n' > "$base/etc/group"
printf 'FROM scratch\nCOPY . /\nENV DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1\n' > "$work/base.Containerfile"
podman build -q -t localhost/weft-coldstart-base:1 -f "$work/base.Containerfile" "$base" > /dev/null
printf 'base %s\n' "$(podman image inspect --format '{{.Size}}' localhost/weft-coldstart-base:1)"

for flavor in "$@"; do
  say "building the $flavor image"
  payload="$work/image-$flavor"
  rm -rf "$payload" && mkdir -p "$payload"
  # What a container needs: no debug symbols, no XML docs.
  (cd "$work/$flavor" && find . -type f ! -name '*.dbg' ! -name '*.pdb' ! -name '*.xml' -exec cp --parents {} "$payload" \;)
  printf 'FROM localhost/weft-coldstart-base:1\nCOPY . /app/\nWORKDIR /app\nUSER app\nENTRYPOINT ["/app/ColdStartApp"]\n' > "$work/$flavor.Containerfile"
  podman build -q -t "localhost/weft-coldstart-$flavor:1" -f "$work/$flavor.Containerfile" "$payload" > /dev/null
  # The image must start: the entrypoint prints its help and exits 0.
  podman run --rm --network=none "localhost/weft-coldstart-$flavor:1" --help > /dev/null
  printf '%s %s\n' "$flavor" "$(podman image inspect --format '{{.Size}}' "localhost/weft-coldstart-$flavor:1")"
done
