#!/usr/bin/env bash
# Regenerates what machi-core's Rust types decide for the other side of the API: ui/src/generated/api.ts
# (TypeScript types of every operation, argument, result and error code) and the operation table of docs/API.md.
# scripts/test.sh fails while a generated file is stale.
set -euo pipefail
cd "$(dirname "$0")/.."
MACHI_REGENERATE=1 cargo test --quiet -p machi-core --lib -- api::generated::tests::generated_files_are_fresh
git status --short ui/src/generated docs/API.md
