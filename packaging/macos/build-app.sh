#!/usr/bin/env bash
# Builds "Rights Desk.app" (and a zip of it) on macOS. Run from anywhere:
#     bash packaging/macos/build-app.sh
# Needs the Rust toolchain and the Xcode command-line tools (for iconutil and codesign).
# For a universal binary: rustup target add aarch64-apple-darwin x86_64-apple-darwin first.
set -euo pipefail
cd "$(dirname "$0")/../.."

version=$(grep -m1 '^version' Cargo.toml | sed 's/.*"\(.*\)".*/\1/')
app="target/macos/Rights Desk.app"

if rustup target list --installed | grep -q aarch64-apple-darwin &&
   rustup target list --installed | grep -q x86_64-apple-darwin; then
  cargo build --profile dist --target aarch64-apple-darwin
  cargo build --profile dist --target x86_64-apple-darwin
  binary=target/macos/rights-desk
  mkdir -p target/macos
  lipo -create -output "$binary" \
    target/aarch64-apple-darwin/dist/rights-desk \
    target/x86_64-apple-darwin/dist/rights-desk
else
  cargo build --profile dist
  binary=target/dist/rights-desk
fi

rm -rf "$app"
mkdir -p "$app/Contents/MacOS" "$app/Contents/Resources"
cp "$binary" "$app/Contents/MacOS/rights-desk"
sed "s/@VERSION@/$version/g" packaging/macos/Info.plist > "$app/Contents/Info.plist"
iconutil -c icns packaging/macos/RightsDesk.iconset -o "$app/Contents/Resources/RightsDesk.icns"
cp assets/fonts/OFL.txt "$app/Contents/Resources/fonts-OFL.txt"

# Ad-hoc signature so Gatekeeper runs it locally; sign with a Developer ID to distribute.
codesign --force --deep --sign - "$app"
(cd target/macos && ditto -c -k --keepParent "Rights Desk.app" "Rights-Desk-$version-macos.zip")
echo "Built $app and target/macos/Rights-Desk-$version-macos.zip"
