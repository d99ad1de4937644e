#!/usr/bin/env bash
# Side-by-side import benchmark: times `rights-desk import` of the same generated CSV against
# LibreOffice opening it and writing ODS (when `soffice` is installed), whole process, with peak
# memory from GNU time. Prints a table and the ratio.
#
#     bash benches/compare.sh            # 10,000 and 100,000 rows, 3 runs each (median)
#     ROWS="5000 20000" RUNS=5 bash benches/compare.sh
#
# Builds the release binary first (`cargo build --release`). Needs /usr/bin/time (Debian
# package `time`); installs it when missing and running as root.
set -euo pipefail
cd "$(dirname "$0")/.."

ROWS=${ROWS:-"10000 100000"}
RUNS=${RUNS:-3}

if [ ! -x /usr/bin/time ]; then
  if [ "$(id -u)" = 0 ]; then apt-get install -y -qq time >/dev/null; else
    echo "needs /usr/bin/time (apt-get install time)"; exit 1; fi
fi
cargo build --release --quiet
bin=target/release/rights-desk
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The same rows every time: names, a phone, city, county, a web address.
gen() {
  python3 - "$1" "$2" <<'PY'
import sys
n, path = int(sys.argv[1]), sys.argv[2]
counties = ["Bernalillo", "Doña Ana", "Santa Fe", "San Juan", "Chaves", "Luna", "Rio Arriba"]
with open(path, "w", encoding="utf-8") as f:
    f.write("name,phone,city,county,website,email\n")
    for i in range(n):
        f.write(f"Organization {i:06d},505-{200 + i // 10000 % 800:03d}-{i % 10000:04d},"
                f"City {i % 97},{counties[i % len(counties)]},https://org{i}.example.org,"
                f"info{i}@example.org\n")
PY
}

# Runs "$@" RUNS times; prints "median_seconds peak_kb".
measure() {
  local times=() peaks=()
  for _ in $(seq "$RUNS"); do
    "$@" 2>"$work/time.txt" >/dev/null <<<"" || true
    times+=("$(awk -F': ' '/Elapsed \(wall clock\)/ {split($2,a,":"); s=0; for(i=1;i<=length(a);i++) s=s*60+a[i]; print s}' "$work/time.txt")")
    peaks+=("$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time.txt")")
  done
  local t p
  t=$(printf '%s\n' "${times[@]}" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  p=$(printf '%s\n' "${peaks[@]}" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  echo "$t $p"
}

import_once() { # a fresh, empty data folder each run
  rm -rf "$work/data"; mkdir -p "$work/data"
  "$bin" --data-dir "$work/data" import "$1" --duplicates skip
}
export -f import_once
export bin work

printf '%-8s %-22s %10s %12s\n' rows program seconds "peak MB"
for n in $ROWS; do
  csv="$work/contacts-$n.csv"
  gen "$n" "$csv"
  read -r t p < <(measure /usr/bin/time -v bash -c 'import_once "$0"' "$csv")
  printf '%-8s %-22s %10.2f %12.0f\n' "$n" "rights-desk import" "$t" "$((p / 1024))"
  if command -v soffice >/dev/null; then
    read -r lt lp < <(measure /usr/bin/time -v soffice --headless --convert-to ods --outdir "$work" "$csv")
    printf '%-8s %-22s %10.2f %12.0f\n' "$n" "LibreOffice → ODS" "$lt" "$((lp / 1024))"
    awk -v a="$t" -v b="$lt" 'BEGIN { if (b > 0) printf "         ratio rights-desk / LibreOffice: %.2f\n", a / b }'
  fi
done
