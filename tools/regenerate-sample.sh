#!/usr/bin/env bash
# Regenerates the generated part of the sample corpus (examples/corpus/generated) and its gold
# (examples/generated-gold.jsonl): nine counties of three provinces, 2021-2023, seed 1.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$root/warehouse" generate --counties 9 --provinces 山东省,河南省,湖南省 --years 2021-2023 --seed 1 --out "$work"
rm -rf "$root/examples/corpus/generated"
cp -r "$work/corpus" "$root/examples/corpus/generated"
cp "$work/gold.jsonl" "$root/examples/generated-gold.jsonl"
