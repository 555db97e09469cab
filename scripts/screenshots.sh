#!/usr/bin/env bash
# Regenerates docs/screenshots/ from the real app window (machi-app under Xvfb, driven through WebDriver) on the
# embedded Oyama data: every main screen in ja, large-type ja, やさしい日本語 with furigana, pt-BR and Burmese.
# Optional arguments pick variants: scripts/screenshots.sh ja pt-BR
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh --test
command -v tauri-driver >/dev/null || cargo install tauri-driver --locked --quiet
npm run --silent build:ui
cargo build -p machi-app --locked
xvfb-run -a -s "-screen 0 1280x900x24 -nolisten tcp" node tests/tauri/screenshots.mjs "$@"
