#!/usr/bin/env bash
# Seeds the parse, compile and eval corpora from tests/scripts (every .py file, copied under
# a flat name). Run from anywhere; the corpora are not committed (fuzz/.gitignore).
set -euo pipefail
cd "$(dirname "$0")"
for target in parse compile eval; do
    mkdir -p "corpus/$target"
    find ../tests/scripts -name '*.py' | while read -r f; do
        name=$(echo "${f#../tests/scripts/}" | tr '/' '_')
        cp "$f" "corpus/$target/$name"
    done
done
echo "seeded: $(ls corpus/parse | wc -l) files per target"
