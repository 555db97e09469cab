#!/usr/bin/env bash
# Installs what is missing, builds Machi and opens its window on the embedded Oyama data — and shows the whole
# data path working: it makes a local development key, builds and signs a feed from data/oyama with
# machi-publish, serves it on 127.0.0.1, and points the app at it (MACHI_FEED_URL, MACHI_FEED_PUBLIC_KEY).
# On a machine without a display (a server, CI) it starts a virtual one (Xvfb) first.
# Usage: scripts/run-app.sh [--release]        (MACHI_FEED_URL set beforehand: use that feed instead)
set -euo pipefail
cd "$(dirname "$0")/.."
profile=debug
cargo_flags=()
if [ "${1:-}" = "--release" ]; then profile=release; cargo_flags=(--release); fi

bash scripts/install-deps.sh
npm run --silent build:ui
cargo build "${cargo_flags[@]}" -p machi-app -p machi-publish
bin="target/$profile"

children=()
cleanup() { for pid in "${children[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT

if [ -z "${MACHI_FEED_URL:-}" ]; then
  dev=target/dev-feed
  [ -f "$dev/keys/machi.key" ] || "$bin/machi-publish" keygen --out "$dev/keys" >/dev/null
  # A new version each run, so the app sees an update; the key is local, so city.toml does not list it.
  "$bin/machi-publish" build data/oyama --out "$dev/feed" --secret-key "$dev/keys/machi.key" \
    --allow-unlisted-key >/dev/null 2>"$dev/build.log" || { cat "$dev/build.log" >&2; exit 1; }
  # Any free port: the server prints its URL as its first line.
  # It also takes the waste searches residents send to the city, as the city's server would.
  "$bin/machi-publish" serve "$dev/feed" --port 0 --missed-searches "$dev/missed-searches.jsonl" >"$dev/serve.log" 2>&1 &
  children+=($!)
  url=""
  for _ in $(seq 50); do
    url=$(grep -o 'http://127\.0\.0\.1:[0-9]*/' "$dev/serve.log" | head -n 1 || true)
    [ -n "$url" ] && break
    sleep 0.1
  done
  [ -n "$url" ] || { cat "$dev/serve.log" >&2; exit 1; }
  export MACHI_FEED_URL="$url" MACHI_FEED_PUBLIC_KEY="$PWD/$dev/keys/machi.pub"
  echo "run-app: the app syncs from a development feed built from data/oyama and signed with a local key ($MACHI_FEED_URL, keys in $dev/keys)"
fi

if [ -z "${DISPLAY:-}" ]; then
  n=${MACHI_DISPLAY:-99}
  export DISPLAY=:$n
  lock=/tmp/.X$n-lock
  # A lock whose server is gone (killed, machine suspended) would leave GTK without a display: clear it.
  if [ -e "$lock" ] && ! kill -0 "$(tr -dc 0-9 <"$lock")" 2>/dev/null; then
    rm -f "$lock" "/tmp/.X11-unix/X$n"
  fi
  if [ ! -e "$lock" ]; then
    Xvfb "$DISPLAY" -screen 0 1280x900x24 -nolisten tcp >/dev/null 2>&1 &
    children+=($!)
    for _ in $(seq 50); do
      [ -S "/tmp/.X11-unix/X$n" ] && break
      sleep 0.1
    done
  fi
  echo "run-app: no display was set; Machi runs on the virtual display $DISPLAY (screenshot: import -display $DISPLAY -window root shot.png)"
fi
"$bin/machi-app"
