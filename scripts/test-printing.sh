#!/usr/bin/env bash
# Printing on a real print queue: starts a private CUPS daemon on 127.0.0.1 with a cups-pdf
# virtual printer (scripts/cups-private.sh), runs the printing tests against it
# (tests/it/printing_cups.rs: the command line and the window's Print dialog), and stops it.
# Needs Debian's cups, printer-driver-cups-pdf and cups-ipp-utils, and root.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=$(mktemp -d)
port=${CUPS_TEST_PORT:-8631}
trap 'scripts/cups-private.sh stop "$dir"; sleep 1; rm -rf "$dir" || true' EXIT
eval "$(scripts/cups-private.sh start "$dir" "$port")"
export CUPS_SERVER
# cups-pdf writes each job into the home of the user who sent it.
export USER=${USER:-$(id -un)}
cargo test --locked --test it printing_cups -- --ignored --test-threads=1
