#!/usr/bin/env bash
# Builds the Debian package of the Machi app (release build, about 6–11 min cold on 2 cores).
# AppImage is not offered: its tooling downloads helpers at build time.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
npx tauri build --bundles deb
ls -l target/release/bundle/deb/*.deb
