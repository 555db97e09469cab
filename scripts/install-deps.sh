#!/usr/bin/env bash
# Installs what building, running and testing Machi needs on a fresh Debian machine and skips what is there.
# Usage: scripts/install-deps.sh [--test]   (--test adds the browser, nginx, minisign and the X tools for tests)
set -euo pipefail
want_tests=0
[ "${1:-}" = "--test" ] && want_tests=1

packages=(libwebkit2gtk-4.1-dev libgtk-3-dev libsoup-3.0-dev librsvg2-dev libayatana-appindicator3-dev libxdo-dev
  build-essential pkg-config libssl-dev file xvfb xauth fonts-noto-cjk fonts-noto-core
  fonts-morisawa-bizud-gothic)
if [ "$want_tests" = 1 ]; then
  packages+=(chromium webkit2gtk-driver nginx-light minisign imagemagick dbus-bin dunst zbar-tools
    python3-venv python3-xlib)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "install-deps: installing ${missing[*]}"
  sudo_cmd=""
  [ "$(id -u)" = 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Front-end packages at the versions package-lock.json pins, never a downloaded browser. `npm install` rather
# than `npm ci`: this npm leaves other platforms' optional packages (esbuild, rollup, the Tauri CLI) out of the
# lock file and `npm ci` then refuses it; `npm install` keeps the lock file as it is.
here=$(cd "$(dirname "$0")/.." && pwd)
if [ ! -d "$here/node_modules/.bin" ] || [ "$here/package-lock.json" -nt "$here/node_modules/.package-lock.json" ]; then
  (cd "$here" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install --no-audit --no-fund --loglevel=error)
fi
