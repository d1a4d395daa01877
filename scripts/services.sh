#!/usr/bin/env bash
# Installs from Debian what the tests and the local release need, if missing.
# Idempotent: a second run finds everything in place and changes nothing.
# Needs root (or sudo) on a Debian or Ubuntu machine.
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
  # Debian's interpreter builds and uploads; setuptools_scm is the reference for versions.
  apt_install python3 python3-setuptools-scm python3-build python3-venv twine
}

install_python
log "ready"
