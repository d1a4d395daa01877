#!/usr/bin/env bash
# Installs from Debian what the tests and the local release need, if missing.
# Idempotent: a second run finds everything in place and changes nothing.
# Needs root (or sudo) on a Debian or Ubuntu machine. `services.sh install` installs and starts nothing
# (scripts/in-debian.sh installs with the network, then starts the services where only loopback answers).
set -euo pipefail

SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi

log() { printf '[services] %s\n' "$*"; }

APT_UPDATED=""
apt_install() {
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ -z "$APT_UPDATED" ]; then
    log "apt-get update"
    $SUDO apt-get update -qq
    APT_UPDATED=1
  fi
  log "installing ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

install_python() {
  # Debian's interpreter builds (setuptools; wheel for Debian 12's setuptools 66) and uploads; setuptools_scm is the
  # reference for versions. python3-setuptools-scm brings setuptools only as a recommendation.
  # pip reads back what the index serves. busybox-static gives test images a shell without pulling any base image.
  apt_install python3 python3-setuptools python3-wheel python3-setuptools-scm python3-build python3-venv python3-pip twine busybox-static
  # The other build backends, whose archives the reproducibility test builds. hatchling needs editables (its
  # metadata says so, and python -m build checks it), which Debian 12 lacks: trixie's, pure Python, with the low pin.
  apt_install python3-hatchling flit python3-poetry-core
  if ! dpkg-query -W -f='${Status}' python3-editables 2>/dev/null | grep -q "install ok installed"; then
    [ -n "$(apt-cache policy python3-editables 2>/dev/null | grep 'Candidate: [0-9]')" ] || { add_trixie; APT_UPDATED=""; }
    apt_install python3-editables
  fi
}

install_docker() {
  # A machine with a running Docker and buildx (a GitHub runner) keeps its own.
  if docker info >/dev/null 2>&1 && docker buildx version >/dev/null 2>&1; then
    apt_install docker-registry apache2-utils
    return 0
  fi
  # Docker and buildx from trixie (bookworm's buildx is too old for multi-platform
  # pushes from the docker driver); a low pin keeps every other package on bookworm.
  add_trixie
  # trixie's docker.io only recommends its client: docker-cli is named, or a plain Debian machine has no docker.
  local pkg missing=()
  for pkg in docker.io docker-cli docker-buildx; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    [ -n "$APT_UPDATED" ] || { log "apt-get update"; $SUDO apt-get update -qq; APT_UPDATED=1; }
    log "installing ${missing[*]} from trixie"
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends -t trixie \
      "${missing[@]}" >/dev/null
  fi
  apt_install docker-registry apache2-utils qemu-user-static binfmt-support
}

add_trixie() {
  if [ ! -f /etc/apt/sources.list.d/dev-release-trixie.sources ]; then
    log "adding the trixie suite with a low pin"
    $SUDO tee /etc/apt/sources.list.d/dev-release-trixie.sources >/dev/null <<'SRC'
Types: deb
URIs: http://deb.debian.org/debian
Suites: trixie
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
    $SUDO tee /etc/apt/preferences.d/dev-release-trixie >/dev/null <<'PIN'
Package: *
Pin: release n=trixie
Pin-Priority: 100
PIN
    APT_UPDATED=""
  fi
}

STATE="${DEV_RELEASE_STATE:-/var/lib/dev-release}"

# Download a package from a suite ("twine/sid") and unpack it into a new directory, whose path is printed.
unpack_deb() {
  local tmp
  tmp="$(mktemp -d)"
  (cd "$tmp" && apt-get download -qq "$1" >/dev/null 2>&1)
  for deb in "$tmp"/*.deb; do dpkg-deb -x "$deb" "$tmp/x"; done
  echo "$tmp"
}

install_setuptools_scm_9() {
  # The differential tests compare with setuptools_scm 9 (unstable's) as well: pure Python too.
  local dir="$STATE/setuptools-scm-9"
  [ -f "$dir/setuptools_scm/__init__.py" ] && return 0
  add_sid
  [ -n "$APT_UPDATED" ] || { log "apt-get update"; $SUDO apt-get update -qq; APT_UPDATED=1; }
  log "unpacking setuptools_scm 9 from unstable into $dir"
  local tmp
  tmp="$(unpack_deb python3-setuptools-scm/sid)"
  $SUDO mkdir -p "$dir"
  $SUDO cp -r "$tmp"/x/usr/lib/python3/dist-packages/. "$dir/"
  rm -rf "$tmp"
}

install_setuptools_scm_8() {
  # The differential tests compare with setuptools_scm 8 (trixie's), unpacked beside
  # bookworm's 7 rather than installed: it is pure Python and runs on bookworm's 3.11.
  local dir="$STATE/setuptools-scm-8"
  [ -f "$dir/setuptools_scm/__init__.py" ] && return 0
  add_trixie
  [ -n "$APT_UPDATED" ] || { log "apt-get update"; $SUDO apt-get update -qq; APT_UPDATED=1; }
  log "unpacking setuptools_scm 8 from trixie into $dir"
  local tmp
  tmp="$(unpack_deb python3-setuptools-scm/trixie)"
  $SUDO mkdir -p "$dir"
  $SUDO cp -r "$tmp"/x/usr/lib/python3/dist-packages/. "$dir/"
  rm -rf "$tmp"
}
add_sid() {
  # Debian's unstable suite, for newer tools unpacked beside the machine's (never installed: pin 1).
  if [ ! -f /etc/apt/sources.list.d/dev-release-sid.sources ]; then
    log "adding the unstable suite with a pin that installs nothing from it"
    $SUDO tee /etc/apt/sources.list.d/dev-release-sid.sources >/dev/null <<'SRC'
Types: deb
URIs: http://deb.debian.org/debian
Suites: sid
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
    $SUDO tee /etc/apt/preferences.d/dev-release-sid >/dev/null <<'PIN'
Package: *
Pin: release n=sid
Pin-Priority: 1
PIN
    APT_UPDATED=""
  fi
}

# Unpack a package from unstable ("docker-buildx") and copy files of it (paths inside the package) into a directory.
install_from_sid() {
  local pkg="$1" dir="$2" tmp file
  shift 2
  add_sid
  [ -n "$APT_UPDATED" ] || { log "apt-get update"; $SUDO apt-get update -qq; APT_UPDATED=1; }
  log "unpacking $pkg from unstable into $dir"
  tmp="$(unpack_deb "$pkg/sid")"
  $SUDO mkdir -p "$dir"
  for file in "$@"; do $SUDO cp "$tmp/x/$file" "$dir/"; done
  rm -rf "$tmp"
}

install_buildx_sid() {
  # The buildx GitHub's runners have (0.29), unpacked into a DOCKER_CONFIG of its own: tests run the release
  # on it as well as on trixie's 0.13 (DEV_RELEASE_BUILDX_NEW_CONFIG names it).
  local dir="$STATE/buildx-new"
  [ -x "$dir/cli-plugins/docker-buildx" ] && return 0
  install_from_sid docker-buildx "$dir/cli-plugins" usr/libexec/docker/cli-plugins/docker-buildx
}

install_docker_28() {
  # The Docker GitHub's ubuntu-24.04 runners have (28, classic image store): unstable's dockerd 28.5 (it needs only
  # libc >= 2.34), unpacked beside this machine's 26 and started as a third engine (start_classic_engine).
  local dir="$STATE/docker28/bin"
  [ -x "$dir/dockerd" ] && return 0
  install_from_sid docker.io "$dir" usr/sbin/dockerd usr/sbin/docker-proxy
}

install_twine_7() {
  # The twine runners install today (7), unpacked with the newer packages it needs (packaging, rich, id) into a
  # directory of its own: tests upload through it with PYTHONPATH set, beside bookworm's twine 4.
  local dir="$STATE/twine-7"
  [ -f "$dir/twine/__init__.py" ] && return 0
  add_sid
  [ -n "$APT_UPDATED" ] || { log "apt-get update"; $SUDO apt-get update -qq; APT_UPDATED=1; }
  log "unpacking twine 7 from unstable into $dir"
  local tmp pkg
  tmp="$(mktemp -d)"
  for pkg in twine python3-packaging python3-rich python3-id; do
    (cd "$tmp" && apt-get download -qq "$pkg/sid" >/dev/null 2>&1)
  done
  for deb in "$tmp"/*.deb; do dpkg-deb -x "$deb" "$tmp/x"; done
  $SUDO mkdir -p "$dir"
  $SUDO cp -r "$tmp"/x/usr/lib/python3/dist-packages/. "$dir/"
  rm -rf "$tmp"
}

install_cosign() {
  # cosign 3.1 (unstable's; it needs only libc >= 2.34): the tests verify the attestations with it, against the
  # trusted root of their local Sigstore, as a user verifies them against public Sigstore's.
  local dir="$STATE/cosign"
  [ -x "$dir/cosign" ] && return 0
  install_from_sid cosign "$dir" usr/bin/cosign
}

REGISTRY_ADDR="127.0.0.1:5000"
REGISTRY_USER="dev-release"

start_dockerd() {
  if docker info >/dev/null 2>&1; then return 0; fi
  # The containerd image store lets the default buildx driver push multi-platform images.
  $SUDO mkdir -p /etc/docker
  if ! grep -q containerd-snapshotter /etc/docker/daemon.json 2>/dev/null; then
    echo '{"features":{"containerd-snapshotter":true}}' | $SUDO tee /etc/docker/daemon.json >/dev/null
  fi
  log "starting dockerd"
  $SUDO mkdir -p "$STATE"
  $SUDO sh -c "nohup dockerd >'$STATE/dockerd.log' 2>&1 &"
  for _ in $(seq 60); do
    docker info >/dev/null 2>&1 && return 0
    sleep 1
  done
  log "dockerd did not start; its log:"; tail -20 "$STATE/dockerd.log" >&2
  return 1
}

start_classic_engine() {
  # An engine that keeps the classic image store, as a GitHub runner's Docker does, on a socket of its own under $1
  # (its data, exec root and pidfile there too), named $2 in the log, its dockerd from the directory $3 ('' for this
  # machine's), with the flags that follow. With --bridge=none it takes docker0 away from the first engine too: test
  # builds RUN with --network=none.
  local root="$1" name="$2" bin="$3"
  shift 3
  local sock="unix://$root/docker.sock"
  if DOCKER_HOST="$sock" docker info >/dev/null 2>&1; then return 0; fi
  $SUDO mkdir -p "$root"
  echo '{"features":{"containerd-snapshotter":false}}' | $SUDO tee "$root/daemon.json" >/dev/null
  log "starting $name with the classic image store on $sock"
  $SUDO sh -c "${bin:+PATH='$bin':\"\$PATH\" }nohup dockerd --config-file '$root/daemon.json' --host '$sock' --data-root '$root/data' --exec-root '$root/exec' --pidfile '$root/docker.pid' --iptables=false --bridge=none $* >'$root/dockerd.log' 2>&1 &"
  for _ in $(seq 60); do
    DOCKER_HOST="$sock" docker info >/dev/null 2>&1 && return 0
    sleep 1
  done
  log "$name did not start; its log:"; tail -20 "$root/dockerd.log" >&2
  return 1
}

enable_qemu() {
  # Emulation for foreign platforms. Failing here is not fatal: FROM scratch images
  # build for every platform without it.
  mountpoint -q /proc/sys/fs/binfmt_misc 2>/dev/null || $SUDO mount -t binfmt_misc binfmt_misc /proc/sys/fs/binfmt_misc 2>/dev/null || true
  $SUDO update-binfmts --enable >/dev/null 2>&1 || log "could not register QEMU emulators (continuing)"
}

start_registry() {
  # start_registry NAME ADDRESS USER: a distribution registry on ADDRESS that requires its own password
  # (random, in $STATE/NAME.env), data under $STATE/NAME-data.
  local name="$1" addr="$2" user="$3"
  $SUDO mkdir -p "$STATE/$name-data"
  if [ ! -f "$STATE/$name.env" ]; then
    local password
    password="$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"
    $SUDO htpasswd -Bbc "$STATE/$name.htpasswd" "$user" "$password" >/dev/null 2>&1
    printf 'REGISTRY=%s\nREGISTRY_USERNAME=%s\nREGISTRY_PASSWORD=%s\n' "$addr" "$user" "$password" \
      | $SUDO tee "$STATE/$name.env" >/dev/null
  fi
  $SUDO tee "$STATE/$name.yml" >/dev/null <<YML
version: 0.1
log:
  level: warn
storage:
  filesystem:
    rootdirectory: $STATE/$name-data
  delete:
    enabled: true
http:
  addr: $addr
auth:
  htpasswd:
    realm: dev-release-test-$name
    path: $STATE/$name.htpasswd
YML
  if curl -s -o /dev/null "http://$addr/v2/"; then return 0; fi
  log "starting the registry $name on $addr"
  $SUDO sh -c "nohup docker-registry serve '$STATE/$name.yml' >'$STATE/$name.log' 2>&1 &"
  for _ in $(seq 30); do
    curl -s -o /dev/null "http://$addr/v2/" && return 0
    sleep 1
  done
  log "the registry $name did not start; its log:"; tail -20 "$STATE/$name.log" >&2
  return 1
}

install_python
install_setuptools_scm_8
install_setuptools_scm_9
install_twine_7
install_cosign
install_docker
install_buildx_sid
install_docker_28
if [ "${1:-}" = install ]; then log "installed; nothing started"; exit 0; fi
start_dockerd
# Two more engines with the classic store: this machine's Docker 26 (the tests release through it with DOCKER_HOST, to
# prove the path where the docker driver cannot push several platforms), and the runners' Docker 28
# (__tests__/support/engines.ts names both sockets).
start_classic_engine "$STATE/classic" "a second dockerd" ""
start_classic_engine "$STATE/docker28" "dockerd 28" "$STATE/docker28/bin" --ip6tables=false
enable_qemu
# The second has a login of its own: an image on it is read and written with that login, never the first's.
if [ -f "$STATE/htpasswd" ] && [ ! -f "$STATE/registry.htpasswd" ]; then $SUDO cp "$STATE/htpasswd" "$STATE/registry.htpasswd"; fi
start_registry registry "$REGISTRY_ADDR" "$REGISTRY_USER"
start_registry registry2 127.0.0.1:5001 second-registry
log "ready: docker $(docker version --format '{{.Server.Version}}') and $(DOCKER_HOST="unix://$STATE/docker28/docker.sock" docker version --format '{{.Server.Version}}') (classic store), buildx $(docker buildx version | awk '{print $2}') and $(DOCKER_CONFIG="$STATE/buildx-new" docker buildx version | awk '{print $2}'), registries $REGISTRY_ADDR and 127.0.0.1:5001 (credentials in $STATE/registry.env, $STATE/registry2.env)"
