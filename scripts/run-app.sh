#!/usr/bin/env bash
# Installs what is missing, builds Machi and opens its window on the embedded Oyama data.
# On a machine without a display (a server, CI) it starts a virtual one (Xvfb) first.
# Usage: scripts/run-app.sh [--release]
set -euo pipefail
cd "$(dirname "$0")/.."
profile=debug
cargo_flags=()
if [ "${1:-}" = "--release" ]; then profile=release; cargo_flags=(--release); fi

bash scripts/install-deps.sh
npm run --silent build:ui
cargo build "${cargo_flags[@]}" -p machi-app

if [ -z "${DISPLAY:-}" ]; then
  n=${MACHI_DISPLAY:-99}
  export DISPLAY=:$n
  if [ ! -e "/tmp/.X$n-lock" ]; then
    Xvfb "$DISPLAY" -screen 0 1280x900x24 -nolisten tcp >/dev/null 2>&1 &
    sleep 1
  fi
  echo "run-app: no display was set; Machi runs on the virtual display $DISPLAY (screenshot: import -display $DISPLAY -window root shot.png)"
fi
exec "target/$profile/machi-app"
