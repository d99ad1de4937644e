#!/usr/bin/env bash
# Smoke test of the Windows program under Wine (Debian's wine64, Wine 8), headless:
#   printing through the Windows spooler onto a private CUPS queue (when root with cups-pdf);
#   --version; guide --list prints the 20 seed questions; a data folder whose path has spaces
#   and non-ASCII letters (…\José Núñez\Rights Desk data); import of a Windows-1252 CSV with
#   CRLF line ends; a directory file saved by Notepad (UTF-8 with BOM, CRLF) passes `check`;
#   export --format pdf writes a PDF whose text holds a seed question; a broken file makes
#   `check` exit 1; the window opens (private Xvfb); the MSI installs per machine (program
#   files, Start-menu shortcut), the installed program runs, and uninstalling removes the
#   program but not the user's data folder.
# Run packaging/windows/build.sh first. Installs wine64, xvfb, xdotool, imagemagick (for the
# window's screenshot, target/windows/window.png), poppler-utils and mingw-w64 when missing.
#
# Wine 8 lacks bcryptprimitives.dll (Rust's standard library imports ProcessPrng from it):
# a test-only shim (test-shim/bcryptprimitives.c) is built and put where Wine finds it, inside
# this test's throwaway Wine prefix. It is never shipped: real Windows has the DLL.
set -euo pipefail
cd "$(dirname "$0")/../.."
version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)
exe=target/windows/stage/rights-desk.exe
msi=target/windows/RightsDesk-$version-x64.msi
[ -f "$exe" ] && [ -f "$msi" ] || { echo "run packaging/windows/build.sh first"; exit 2; }

need=()
[ -x /usr/lib/wine/wine64 ] || need+=(wine64)
command -v Xvfb >/dev/null || need+=(xvfb)
command -v xdotool >/dev/null || need+=(xdotool)
command -v import >/dev/null || need+=(imagemagick)
command -v pdftotext >/dev/null || need+=(poppler-utils)
command -v x86_64-w64-mingw32-gcc >/dev/null || need+=(mingw-w64)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then sudo=""; else sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null
fi
wine=/usr/lib/wine/wine64   # the 64-bit loader; plain `wine` wants the 32-bit half

work=$(mktemp -d)
xvfb_pid=""
cleanup() {
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  WINEPREFIX="$work/prefix" wineserver -k 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
export WINEPREFIX="$work/prefix" WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
failures=0
pass() { echo "ok   $1"; }
fail() { echo "FAIL $1"; failures=$((failures + 1)); }
win() { echo "Z:${1//\//\\}"; }   # a Linux path as Wine's Z: drive sees it

echo "== preparing a Wine prefix"
"$wine" wineboot --init >/dev/null 2>&1 || true
x86_64-w64-mingw32-gcc -shared -O2 -o "$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll" \
  packaging/windows/test-shim/bcryptprimitives.c -ladvapi32
mkdir -p "$work/bin"
cp "$exe" "$work/bin/"
rd() { timeout 300 "$wine" "$work/bin/rights-desk.exe" "$@"; }

echo "== the command line"
out=$(rd --version) && [ "$out" = "rights-desk $version" ] && pass "--version: $out" || fail "--version: $out"
rd guide --list >"$work/list.txt" || true
n=$(grep -c '^  q' "$work/list.txt" || true)
[ "$n" = 20 ] && pass "guide --list prints the 20 seed questions" || fail "guide --list printed $n questions"

home="$work/José Núñez"
data="$home/Rights Desk data"
mkdir -p "$data"
printf 'name,phone,city,notes\r\nCentro Pe\xf1a Blanca,505-555-0101,Pe\xf1asco,Se habla espa\xf1ol\r\n' >"$home/contacts 1252.csv"
if rd --data-dir "$(win "$data")" import "$(win "$home/contacts 1252.csv")" >"$work/import.txt" \
   && grep -q "added 1" "$work/import.txt" && grep -q "Centro Peña Blanca" "$data/directory.ron"; then
  pass "import of a Windows-1252 CSV with CRLF into …\\José Núñez\\Rights Desk data"
else
  fail "import: $(cat "$work/import.txt")"
fi

printf '\xef\xbb\xbf(\r\n  version: 2,\r\n  contacts: [\r\n    (id: "a", name: "Línea de ayuda", category: Hotline),\r\n  ],\r\n)\r\n' >"$home/notepad.ron"
if rd check "$(win "$home/notepad.ron")" | grep -q "directory, 1 contacts"; then
  pass "a directory file saved by Notepad (BOM, CRLF) passes check"
else
  fail "check of a Notepad file"
fi
printf '(version: 2, contacts: [ (id: "a", name: ' >"$home/broken.ron"
set +e
rd check "$(win "$home/broken.ron")" >/dev/null
status=$?
set -e
[ "$status" = 1 ] && pass "check of a broken file exits 1" || fail "check of a broken file exited $status"

if rd --data-dir "$(win "$data")" export --format pdf -o "$(win "$home/handout.pdf")" >/dev/null \
   && pdftotext "$home/handout.pdf" "$work/handout.txt" \
   && grep -q "What is the State Attorney General’s stance" "$work/handout.txt"; then
  pass "export --format pdf writes a PDF holding the first seed question"
else
  fail "export --format pdf"
fi

echo "== printing through the Windows spooler (Wine hands its printers' jobs to CUPS)"
# A private CUPS with a cups-pdf queue (scripts/cups-private.sh); Wine's spooler lists the CUPS
# queues as Windows printers, and the app draws its pages on it as on Windows.
if [ "$(id -u)" = 0 ] && [ -x /usr/sbin/cupsd ] && [ -e /usr/lib/cups/backend/cups-pdf ]; then
  cups_dir="$work/cups"
  eval "$(scripts/cups-private.sh start "$cups_dir" 8639)"
  export CUPS_SERVER
  "$wine" wineboot --restart >/dev/null 2>&1 || true
  if rd printers >"$work/printers.txt" 2>&1 && grep -q "Desk-PDF" "$work/printers.txt"; then
    pass "printers lists the CUPS queue as a Windows printer: $(head -1 "$work/printers.txt")"
  else
    fail "printers: $(cat "$work/printers.txt")"
  fi
  before=$(ls /root/PDF /var/spool/cups-pdf/ANONYMOUS 2>/dev/null | wc -l)
  if rd --data-dir "$(win "$data")" print --printer Desk-PDF --entries q7 --copies 2 --sides long \
      >"$work/print.txt" 2>&1; then
    pass "print: $(tail -1 "$work/print.txt")"
  else
    fail "print: $(cat "$work/print.txt")"
  fi
  for _ in $(seq 1 60); do
    after=$(ls /root/PDF /var/spool/cups-pdf/ANONYMOUS 2>/dev/null | wc -l)
    [ "$after" -gt "$before" ] && break
    sleep 1
  done
  if [ "$after" -gt "$before" ]; then
    pass "the job came out of the CUPS queue as a PDF"
  else
    fail "no PDF came out of the CUPS queue"
  fi
  # What Wine's spooler passed on of the DEVMODE (copies, duplex) is Wine's doing: reported.
  last=$(lpstat -W completed -o 2>/dev/null | tail -1 | awk '{print $1}' | sed 's/.*-//')
  if [ -n "$last" ]; then
    attrs=$(ipptool -tv "ipp://$CUPS_SERVER/jobs/$last" get-job-attributes.test 2>/dev/null \
      | grep -E "copies|sides" | tr -s ' ' | tr '\n' ';' || true)
    echo "note the job as CUPS recorded it under Wine: ${attrs:-no attributes}"
  fi
  rd --data-dir "$(win "$data")" print --printer Nope --entries q7 >"$work/nope.txt" 2>&1 || true
  grep -q "no printer named" "$work/nope.txt" && pass "a missing printer is said plainly" \
    || fail "missing printer: $(cat "$work/nope.txt")"
  scripts/cups-private.sh stop "$cups_dir"
  unset CUPS_SERVER
else
  echo "skip printing (needs root and Debian's cups and printer-driver-cups-pdf)"
fi

echo "== the window"
display=:$((80 + RANDOM % 9))
Xvfb "$display" -screen 0 1280x800x24 >/dev/null 2>&1 &
xvfb_pid=$!
sleep 1
DISPLAY=$display timeout 120 "$wine" "$work/bin/rights-desk.exe" --data-dir "$(win "$data")" >"$work/window.log" 2>&1 &
window_pid=$!
found=""
for _ in $(seq 1 60); do
  if DISPLAY=$display xdotool search --name "^Rights Desk$" >/dev/null 2>&1; then found=yes; break; fi
  sleep 1
done
[ -n "$found" ] && pass "the window opens" || fail "no window after 60 s: $(tail -3 "$work/window.log")"
if [ -n "$found" ] && command -v import >/dev/null; then
  sleep 5
  DISPLAY=$display import -window root target/windows/window.png
  echo "     screenshot: target/windows/window.png"
fi
kill "$window_pid" 2>/dev/null || true

echo "== the installer"
if timeout 300 "$wine" msiexec /i "$(win "$PWD/$msi")" /qn; then pass "msiexec /i"; else fail "msiexec /i"; fi
installed="$WINEPREFIX/drive_c/Program Files/Rights Desk/rights-desk.exe"
[ -f "$installed" ] && pass "installed in Program Files" || fail "not in Program Files"
lnk=$(find "$WINEPREFIX/drive_c" -name "Rights Desk.lnk" | head -1)
[ -n "$lnk" ] && pass "Start-menu shortcut: ${lnk#"$WINEPREFIX/drive_c/"}" || fail "no Start-menu shortcut"
out=$(timeout 120 "$wine" 'C:\Program Files\Rights Desk\rights-desk.exe' --version || true)
[ "$out" = "rights-desk $version" ] && pass "the installed program runs" || fail "installed --version: $out"
timeout 120 "$wine" 'C:\Program Files\Rights Desk\rights-desk.exe' search legal >/dev/null || true
userdata=$(find "$WINEPREFIX/drive_c/users" -path "*AppData/Roaming/RightsDesk/Rights Desk/data/directory.ron" | head -1)
[ -n "$userdata" ] && pass "the data folder is under %APPDATA%\\RightsDesk" || fail "no data folder under %APPDATA%"
if timeout 300 "$wine" msiexec /x "$(win "$PWD/$msi")" /qn; then pass "msiexec /x"; else fail "msiexec /x"; fi
[ ! -e "$installed" ] && pass "uninstalled" || fail "the program is still there"
[ -n "$userdata" ] && [ -f "$userdata" ] && pass "uninstalling left the user's data alone" || fail "the data folder is gone"

if [ "$failures" -gt 0 ]; then
  echo "$failures check(s) failed"
  exit 1
fi
echo "all checks passed"
