#!/usr/bin/env bash
# The HSDS export against the official validator: exports the bundled directory (with checks
# recorded, a contact without an address, one with half an address, an odd email) as an HSDS
# 3.0 package and as a .zip, and validates both with `frictionless` (the Frictionless Data
# validator the Open Referral specification's own CI uses) against the specification's
# datapackage.json, vendored in assets/hsds/. Exits non-zero on any error.
# Needs python3 with venv (Debian: python3-venv); installs frictionless in target/hsds-venv
# (pinned, so the check does not change under us).
set -euo pipefail
cd "$(dirname "$0")/.."
target=${CARGO_TARGET_DIR:-target}
venv=$target/hsds-venv
if [ ! -x "$venv/bin/frictionless" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check 'frictionless==5.18.1'
fi
cargo build --locked --quiet
app=$target/debug/rights-desk
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
data="$dir/data"
# The bundled directory, written to the data folder by the first command.
"$app" --data-dir "$data" search legal >/dev/null
ids=$("$app" --data-dir "$data" search "new mexico" | sed -n 's/.* · id \(.*\)$/\1/p' | head -3)
set -- $ids
"$app" --data-dir "$data" verify "$1" --outcome confirmed --method phone --by ana@example.org >/dev/null
"$app" --data-dir "$data" verify "$2" --outcome changed --method email --by "Ana" --note "new hours" >/dev/null
"$app" --data-dir "$data" verify "$3" --outcome no-answer >/dev/null
"$app" --data-dir "$data" export-contacts --format hsds -o "$dir/package" >/dev/null
"$app" --data-dir "$data" export-contacts --format hsds -o "$dir/package.zip" >/dev/null
echo "frictionless validate (folder)"
"$venv/bin/frictionless" validate --trusted "$dir/package/datapackage.json"
echo "frictionless validate (zip, unpacked)"
mkdir "$dir/unzipped"
python3 -c 'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])' \
  "$dir/package.zip" "$dir/unzipped"
"$venv/bin/frictionless" validate --trusted "$dir/unzipped/datapackage.json"
# The rows written are the ones validated: the tables are not all empty.
test "$(wc -l <"$dir/package/organizations.csv")" -gt 10
test "$(wc -l <"$dir/package/metadata.csv")" -gt 2
