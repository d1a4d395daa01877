#!/usr/bin/env bash
# The tests on another Debian release: a chroot of it (debootstrap), with this commit's clone and node_modules,
# services.sh run there, then the tests. Its Docker engines and registries live in network and process namespaces
# of their own: this machine's services keep running beside them, and everything the chroot started ends with it.
# Root only.
#   scripts/in-debian.sh trixie                                   every test (scripts/test.sh)
#   scripts/in-debian.sh trixie __tests__/release.e2e.test.ts     the tests jest is given
set -euo pipefail
cd "$(dirname "$0")/.."
suite="${1:?name a Debian suite, like trixie}"
shift
root="/var/lib/dev-release/$suite-root"
log() { printf '[in-debian] %s\n' "$*"; }

if [ ! -x "$root/usr/bin/apt-get" ]; then
  command -v debootstrap >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap >/dev/null
  log "debootstrap $suite into $root"
  debootstrap --variant=minbase --include=ca-certificates,curl,git,procps,iproute2,mount \
    "$suite" "$root" http://deb.debian.org/debian >/dev/null
fi

# This commit, cloned fresh (what CI tests), with the checkout's node_modules (the same package-lock.json).
rm -rf "$root/work/dev-release"
git clone -q --no-local "$PWD" "$root/work/dev-release"
cp -a node_modules "$root/work/dev-release/node_modules"

mounted=()
bind() { mkdir -p "$root$1"; mount --rbind "$1" "$root$1"; mount --make-rslave "$root$1"; mounted+=("$root$1"); }
cleanup() {
  for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do umount -R "${mounted[i]}" 2>/dev/null || umount -lR "${mounted[i]}" || true; done
}
trap cleanup EXIT
bind /proc
bind /sys
bind /dev
cp /etc/resolv.conf "$root/etc/resolv.conf"
# This machine's way to the archive (a proxy, a mirror of a snapshot whose Release files are past their date).
for conf in $(grep -l '^Acquire' /etc/apt/apt.conf.d/* 2>/dev/null); do cp "$conf" "$root/etc/apt/apt.conf.d/"; done

log "services.sh install (with the network)"
chroot "$root" bash /work/dev-release/scripts/services.sh install

# Loopback only from here on: the chroot's dockerd makes its bridge and iptables rules in this namespace alone, and
# every process started in it is killed when its first one ends.
log "the services and the tests, in namespaces of their own"
unshare --net --pid --mount --fork bash -s -- "$root" "$@" <<'NS'
set -euo pipefail
root="$1"; shift
ip link set lo up
mount -t proc proc "$root/proc"
chroot "$root" bash -c 'cd /work/dev-release && bash scripts/services.sh && bash scripts/test.sh "$@"' test "$@"
NS
