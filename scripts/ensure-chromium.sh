#!/bin/sh
# Browser tests drive Debian's Chromium through playwright-core (no downloaded browser build).
# Installs it when missing and we are root; otherwise says exactly what to run.
set -eu

if [ -x /usr/bin/chromium ]; then
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  echo "ensure-chromium: /usr/bin/chromium is missing; installing Debian's chromium package"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q chromium
  exit 0
fi

echo "ensure-chromium: /usr/bin/chromium is missing. Install it with:" >&2
echo "  sudo apt-get update && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y chromium" >&2
exit 1
