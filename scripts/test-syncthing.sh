#!/usr/bin/env bash
# Runs the real-Syncthing test (tests/it/syncthing.rs): two Syncthing instances on 127.0.0.1
# change one shared contact list while apart, Syncthing makes its conflict copy, and Rights
# Desk merges it with nothing lost. Installs Syncthing (Debian/Ubuntu package) when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v syncthing >/dev/null; then
    echo "Installing syncthing…"
    if [ "$(id -u)" = 0 ]; then sudo=""; else sudo="sudo"; fi
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq syncthing >/dev/null
fi
syncthing --version
timeout 600 cargo test --locked --test it syncthing -- --ignored
