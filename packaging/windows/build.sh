#!/usr/bin/env bash
# Builds Rights Desk for Windows on Linux (Debian/Ubuntu): cross-compiles the program for
# x86_64-pc-windows-gnu with mingw-w64, then writes
#   target/windows/RightsDesk-<version>-x64.msi   (per-machine installer, built by wixl)
#   target/windows/RightsDesk-<version>-x64.zip   (portable: the .exe, README, licences)
# Installs what it needs when missing: the rustup target, mingw-w64, msitools (wixl), zip.
# PROFILE=release (default: dist, the installers' fat-LTO profile) builds faster for a try.
set -euo pipefail
cd "$(dirname "$0")/../.."
profile=${PROFILE:-dist}
target=x86_64-pc-windows-gnu
version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)

need=()
command -v x86_64-w64-mingw32-gcc >/dev/null || need+=(mingw-w64)
command -v wixl >/dev/null || need+=(wixl)
command -v zip >/dev/null || need+=(zip)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then sudo=""; else sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null
fi
rustup target list --installed | grep -qx "$target" || rustup target add "$target"

# A target folder of its own, so Windows builds never wait on (or evict) the Linux ones.
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-target/windows-build}
cargo build --locked --profile "$profile" --target "$target"
exe="$CARGO_TARGET_DIR/$target/$profile/rights-desk.exe"
[ "$profile" = dev ] && exe="$CARGO_TARGET_DIR/$target/debug/rights-desk.exe"

out=target/windows
stage="$out/stage"
rm -rf "$stage"
mkdir -p "$stage"
cp "$exe" "$stage/rights-desk.exe"
cp README.md "$stage/README.txt"
cp LICENSE-MIT "$stage/LICENSE-MIT.txt"
cp LICENSE-APACHE "$stage/LICENSE-APACHE.txt"
cp assets/fonts/OFL.txt "$stage/fonts-OFL.txt"
cp packaging/windows/rights-desk.ico "$stage/rights-desk.ico"

msi="$PWD/$out/RightsDesk-$version-x64.msi"
zip="$PWD/$out/RightsDesk-$version-x64.zip"
rm -f "$msi" "$zip"
# wixl reads the sources relative to the folder it runs in.
(cd "$stage" && wixl -a x64 -D Version="$version" -D SourceDir=. -o "$msi" \
  "$OLDPWD/packaging/windows/rights-desk.wxs")
(cd "$stage" && zip -q -9 "$zip" rights-desk.exe README.txt LICENSE-MIT.txt LICENSE-APACHE.txt fonts-OFL.txt)
ls -l "$msi" "$zip"
