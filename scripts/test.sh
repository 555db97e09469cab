#!/usr/bin/env bash
# Installs what is missing and runs every check and test Machi has. CI runs exactly this (.ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TERM_COLOR=never
step() { printf '\n=== %s (%ss)\n' "$1" "$SECONDS"; }

step "install"
bash scripts/install-deps.sh --test
command -v tauri-driver >/dev/null || cargo install tauri-driver --locked --quiet
command -v cargo-nextest >/dev/null || cargo install cargo-nextest --locked --quiet

step "web UI: type check and build"
npm run --silent typecheck
npm run --silent build:ui

step "rust: format and lints"
cargo fmt --all --check
cargo clippy --workspace --all-targets --locked -- -D warnings

step "rust: build"
cargo build --workspace --locked

step "locales"
node --test tests/locales.test.mjs

step "iCalendar checker: Python's icalendar and recurring-ical-events read every .ics the tests write"
[ -x target/venv-ics/bin/python ] || python3 -m venv target/venv-ics
target/venv-ics/bin/pip install --quiet --disable-pip-version-check icalendar recurring-ical-events

step "rust: tests"
MACHI_PYTHON="$PWD/target/venv-ics/bin/python" MACHI_REQUIRE_ICS_CHECK=1 \
  MACHI_REQUIRE_MINISIGN=1 MACHI_REQUIRE_NGINX=1 cargo nextest run --workspace --locked --no-fail-fast


step "browser: Playwright + axe against machi web"
MACHI_BIN="$PWD/target/debug/machi" npx playwright test -c tests/e2e/playwright.config.ts

step "the real window: machi-app under Xvfb through WebDriver"
# A private D-Bus session with a real notification daemon (dunst, started by the test), so OS notifications are real.
MACHI_REQUIRE_DBUS=1 dbus-run-session -- xvfb-run -a -s "-screen 0 1280x900x24 -nolisten tcp" node --test tests/tauri/smoke.mjs
# The main flows a resident goes through: the inbox, a waste search, a shelter, large type, another language.
xvfb-run -a -s "-screen 0 1280x900x24 -nolisten tcp" node --test tests/tauri/flows.mjs

step "done"
