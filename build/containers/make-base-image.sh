#!/usr/bin/env bash
# Builds a minimal base image for self-contained .NET apps from this machine's own libraries, without pulling anything:
# glibc, libstdc++, libgcc_s and OpenSSL (the runtime's hashing and TLS load it), /etc/passwd with root and the non-root user `app` (uid 1654, as in Microsoft's images),
# a writable /tmp and the app user's home. No ICU, so the image sets invariant globalization.
#
#   build/containers/make-base-image.sh [repository]     (default: localhost/weft-base)
#
# Prints the image reference. The tag is a hash of everything that goes into the image, so a second call with the same
# host libraries finds the image already built and returns at once.
set -euo pipefail

repository=${1:-localhost/weft-base}
here=$(cd "$(dirname "$0")" && pwd)
export CONTAINERS_CONF=${CONTAINERS_CONF:-$here/containers.conf}
export CONTAINERS_STORAGE_CONF=${CONTAINERS_STORAGE_CONF:-$here/storage.conf}

case $(uname -m) in
  x86_64) loader=/lib64/ld-linux-x86-64.so.2; libdir=/lib/x86_64-linux-gnu ;;
  aarch64) loader=/lib/ld-linux-aarch64.so.1; libdir=/lib/aarch64-linux-gnu ;;
  *) echo "make-base-image.sh: no library layout known for $(uname -m)" >&2; exit 1 ;;
esac
libraries=("$loader")
for name in libc.so.6 libm.so.6 libdl.so.2 libpthread.so.0 librt.so.1 libstdc++.so.6 libgcc_s.so.1 libssl.so.3 libcrypto.so.3; do
  if [ ! -e "$libdir/$name" ]; then
    echo "make-base-image.sh: $libdir/$name is missing on this machine; install the package that provides it (dpkg -S $name on a machine that has it)" >&2
    exit 1
  fi
  libraries+=("$libdir/$name")
done

containerfile='FROM scratch
COPY rootfs/ /
COPY --chown=1654:1654 home/ /home/app/
ENV DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1 APP_UID=1654
'
passwd='root:x:0:0:root:/root:/sbin/nologin
app:x:1654:1654:app:/home/app:/sbin/nologin
'
group='root:x:0:
app:x:1654:
'

# The tag: the image's recipe and the content of every file copied into it.
tag=$( { printf '%s' "$containerfile" "$passwd" "$group"; for l in "${libraries[@]}"; do printf '%s\n' "$l"; cat "$l"; done; } \
  | sha256sum | cut -c1-16)
image="$repository:$tag"

if podman image exists "$image"; then
  echo "$image"
  exit 0
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
root="$work/rootfs"
mkdir -p "$root/etc" "$root/tmp" "$root/root" "$work/home"
chmod 1777 "$root/tmp"
for l in "${libraries[@]}"; do
  mkdir -p "$root$(dirname "$l")"
  cp -L "$l" "$root$l"
done
printf '%s' "$passwd" > "$root/etc/passwd"
printf '%s' "$group" > "$root/etc/group"
printf '%s' "$containerfile" > "$work/Containerfile"

podman build --quiet --network=none --tag "$image" --file "$work/Containerfile" "$work" > /dev/null
echo "$image"
