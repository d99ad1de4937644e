#!/usr/bin/env bash
# Starts a private CUPS daemon on 127.0.0.1:PORT (its own configuration, spool and log folders
# under DIR) with a cups-pdf virtual printer named "Desk-PDF", for testing printing without
# touching the machine's own CUPS. Prints the exports to make for the app to use it:
#   eval "$(scripts/cups-private.sh start DIR [PORT])"   # sets CUPS_SERVER
#   scripts/cups-private.sh stop DIR
# Needs Debian's cups, printer-driver-cups-pdf and cups-ipp-utils, and root (cups-pdf's
# backend runs as root). Printed PDFs land in the submitting user's ~/PDF.
set -euo pipefail
cmd=${1:?start|stop}
dir=${2:?DIR}
port=${3:-8631}
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)

case "$cmd" in
start)
  mkdir -p "$dir/etc/ppd" "$dir/spool/tmp" "$dir/cache" "$dir/log" "$dir/run"
  cat >"$dir/etc/cupsd.conf" <<EOF
Listen 127.0.0.1:$port
LogLevel warn
WebInterface No
DefaultAuthType None
<Location />
  Order allow,deny
  Allow from 127.0.0.1
</Location>
<Location /admin>
  Order allow,deny
  Allow from 127.0.0.1
</Location>
<Policy default>
  <Limit All>
    Order deny,allow
  </Limit>
</Policy>
EOF
  cat >"$dir/etc/cups-files.conf" <<EOF
ServerRoot $dir/etc
RequestRoot $dir/spool
TempDir $dir/spool/tmp
CacheDir $dir/cache
StateDir $dir/run
AccessLog $dir/log/access_log
ErrorLog $dir/log/error_log
PageLog $dir/log/page_log
ServerBin /usr/lib/cups
DataDir /usr/share/cups
User lp
Group lp
SystemGroup root lpadmin
FileDevice Yes
Sandboxing Relaxed
EOF
  # cupsd refuses a state directory it cannot own the way it wants; keep it tidy.
  chmod 755 "$dir" "$dir/etc" "$dir/spool" "$dir/cache" "$dir/run"
  chmod 1770 "$dir/spool/tmp"
  /usr/sbin/cupsd -c "$dir/etc/cupsd.conf" -s "$dir/etc/cups-files.conf"
  export CUPS_SERVER="127.0.0.1:$port"
  for _ in $(seq 50); do
    lpstat -r >/dev/null 2>&1 && break
    sleep 0.1
  done
  lpadmin -p Desk-PDF -E -v cups-pdf:/ -m lsb/usr/cups-pdf/CUPS-PDF_opt.ppd \
    -o printer-is-shared=false
  lpadmin -d Desk-PDF
  echo "export CUPS_SERVER=127.0.0.1:$port"
  ;;
stop)
  pid=$(cat "$dir/run/cupsd.pid" 2>/dev/null || true)
  if [ -z "$pid" ]; then
    pid=$(pgrep -f "cupsd -c $dir/etc/cupsd.conf" || true)
  fi
  [ -n "$pid" ] && kill $pid 2>/dev/null || true
  ;;
*)
  echo "usage: $0 start|stop DIR [PORT]" >&2
  exit 2
  ;;
esac
