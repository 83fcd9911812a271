#!/bin/bash
# build.sh NAME [PYRITE] [DIFFLINES]: runs CPython's test/NAME.py under the shim with python3 and
# with pyrite, prints the ok counts and the diff of the per-test lines.
# EXTRA="a b": more CPython test files (e.g. string_tests) concatenated before NAME.
# SEDX='s/../../': one more sed expression for a file's oddities. TMO: pyrite timeout (s).
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=${OUTDIR:-$HERE/out}
mkdir -p "$OUT"
LIB=${CPYLIB:-$(python3 -c 'import os,test; print(os.path.dirname(test.__file__))')}
P=${2:-${PYRITE:-$HERE/../../target/debug/pyrite}}
(cat "$HERE/shim.py"; for e in $EXTRA; do python3 "$HERE/strip.py" "$LIB/$e.py"; done; python3 "$HERE/strip.py" "$LIB/$1.py" | sed -E 's/([^A-Za-z_0-9.])([0-9]+\.?[0-9]*)[jJ]\b/\1None/g'; cat "$HERE/runner2.py") | sed -E "${SEDX:-s/^//}" > "$OUT/$1_one.py"
(cd "$OUT" && python3 "$1_one.py" > "$1_exp.txt" 2>/dev/null)
(cd "$OUT" && timeout "${TMO:-900}" "$P" "$1_one.py" > "$1_got.txt" 2> "$1_err.txt")
echo "== $1 exp $(grep -c ' ok' "$OUT/$1_exp.txt") got $(grep -c ' ok' "$OUT/$1_got.txt")"
tail -2 "$OUT/$1_err.txt"
diff "$OUT/$1_exp.txt" "$OUT/$1_got.txt" | head -"${3:-40}"
