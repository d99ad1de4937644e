#!/usr/bin/env bash
# Builds the .deb, unpacks it into a throwaway root (dpkg -x, no install needed) and checks that
# the binary runs and that the desktop entry and AppStream metainfo validate.
#     bash packaging/check-deb.sh
# Installs what it needs: cargo-deb (crates.io), desktop-file-utils and appstream (Debian).
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
command -v desktop-file-validate >/dev/null || need_apt+=(desktop-file-utils)
command -v appstreamcli >/dev/null || need_apt+=(appstream)
if [ ${#need_apt[@]} -gt 0 ]; then
  apt-get update -qq && apt-get install -y -qq "${need_apt[@]}"
fi
command -v cargo-deb >/dev/null || cargo install cargo-deb --locked

deb=$(cargo deb --profile dist 2>&1 | tee /dev/stderr | tail -n 1)
[ -f "$deb" ] || { echo "cargo deb did not report a .deb"; exit 1; }
echo "built: $deb ($(du -h "$deb" | cut -f1))"

root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
dpkg -x "$deb" "$root"
dpkg-deb --info "$deb" | sed -n '/Package:/,/Description:/p'

echo "== the binary runs"
"$root/usr/bin/rights-desk" --version
RIGHTS_DESK_DATA_DIR="$root/data" "$root/usr/bin/rights-desk" guide --list | head -n 3

echo "== desktop entry"
desktop-file-validate "$root/usr/share/applications/rights-desk.desktop"

echo "== AppStream metainfo"
appstreamcli validate --no-net "$root/usr/share/metainfo/org.rightsdesk.RightsDesk.metainfo.xml"

echo "== icons"
for size in 16 24 32 48 64 128 256 512; do
  test -f "$root/usr/share/icons/hicolor/${size}x${size}/apps/rights-desk.png"
done
test -f "$root/usr/share/icons/hicolor/scalable/apps/rights-desk.svg"
echo "all icons present"
echo "check-deb: OK"
