#!/usr/bin/env bash
# Checks the running window's accessibility tree over AT-SPI, as a screen reader (Orca) sees it:
# a private D-Bus session and accessibility bus, a private X server, the program (debug build) on a
# throwaway data folder, then scripts/a11y-atspi.py walks the tree. Installs what it needs on
# Debian/Ubuntu (xvfb, at-spi2-core, python3-pyatspi, dbus).
set -euo pipefail
cd "$(dirname "$0")/.."
need=()
command -v Xvfb >/dev/null || need+=(xvfb)
[ -x /usr/libexec/at-spi-bus-launcher ] || need+=(at-spi2-core)
/usr/bin/python3 -c 'import pyatspi' 2>/dev/null || need+=(python3-pyatspi)
command -v dbus-run-session >/dev/null || need+=(dbus)
command -v gdbus >/dev/null || need+=(libglib2.0-bin)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then sudo=""; else sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null
fi
cargo build --locked   # the debug build (CI has it from cargo test already)
app="${CARGO_TARGET_DIR:-target}/debug/rights-desk"
app=$(cd "$(dirname "$app")" && pwd)/$(basename "$app")
export RIGHTS_DESK_APP="$app"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export HOME="$tmp/home" XDG_DATA_HOME="$tmp/home/.local/share" XDG_CONFIG_HOME="$tmp/home/.config" \
  XDG_STATE_HOME="$tmp/home/.local/state" RIGHTS_DESK_STATE_DIR="$tmp/state"
mkdir -p "$HOME"
exec dbus-run-session -- bash -c '
  set -e
  display=:$((90 + RANDOM % 9))
  Xvfb "$display" -screen 0 1280x900x24 >/dev/null 2>&1 &
  xvfb=$!
  export DISPLAY=$display
  /usr/libexec/at-spi-bus-launcher --launch-immediately >/dev/null 2>&1 &
  bus=$!
  sleep 1
  gdbus call --session --dest org.a11y.Bus --object-path /org/a11y/bus \
    --method org.freedesktop.DBus.Properties.Set org.a11y.Status IsEnabled "<true>" >/dev/null
  "$RIGHTS_DESK_APP" --data-dir "'"$tmp"'/data" >"'"$tmp"'/app.log" 2>&1 &
  app=$!
  status=0
  timeout 120 /usr/bin/python3 scripts/a11y-atspi.py || status=$?
  kill $app $bus $xvfb 2>/dev/null || true
  exit $status
'
