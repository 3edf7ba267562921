#!/bin/sh
# Builds tests/unit/parse_test.c with the front end (lexer, parser, vstr,
# unicode) under ASan+UBSan and checks it against CPython's ast module:
#  - every tests/unit/parse_cases/*.py dumps the same tree (with positions)
#    as tests/unit/ast_dump.py prints from CPython;
#  - every case of tests/unit/parse_errors.txt raises the same error type on
#    the same line as CPython's compile();
#  - limits (deep nesting, REPL completeness, vstr, unicode) and a fuzz run;
#  - when the collector is there, the dumps and a fuzz run again with the real
#    GC collecting on every allocation (every node must stay reachable).
# Usage: tests/unit/run_parse_test.sh [FUZZ_COUNT]
set -e
top=$(cd "$(dirname "$0")/../.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fuzz_count=${1:-3000}

# A stand-in for build/genhdr/qstrdefs.generated.h with the names these
# sources use (the real one is generated from the whole tree).
mkdir -p "$tmp/genhdr"
{
    echo 'QDEF(MP_QSTRnull, "")'
    echo 'QDEF(MP_QSTR_, "")'
    sed -n 's/^Q(\(MP_QSTR_[A-Za-z0-9_]*\), \(".*"\))$/QDEF(\1, \2)/p' "$top/py/qstrdefs.h" | grep -v 'MP_QSTR_,'
} > "$tmp/genhdr/qstrdefs.generated.h"

if gcc --version | grep -q clang; then
    nofake=-fsanitize-address-use-after-return=never
else
    nofake="--param asan-use-after-return=0"
fi
# Locals must stay on the real stack for the GC build's conservative scan.
export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1:detect_stack_use_after_return=0
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
gcc -std=gnu11 -Wall -Wextra -Wundef -Werror -O1 -g -fsanitize=address,undefined $nofake \
    -fno-sanitize-recover=all -I"$top" -I"$top/ports/unix" -I"$tmp" \
    "$top/tests/unit/parse_test.c" "$top/py/lexer.c" "$top/py/parse.c" "$top/py/parse_expr.c" \
    "$top/py/parse_stmt.c" "$top/py/vstr.c" "$top/py/unicode.c" "$top/py/inflate.c" -o "$tmp/parse_test"

gc_src="$top/py/gc.c $top/py/malloc.c $top/py/nlr.c $top/ports/unix/gccollect.c"
have_gc=1
for f in $gc_src; do
    [ -f "$f" ] || have_gc=0
done
if [ $have_gc = 1 ]; then
    gcc -std=gnu11 -Wall -Wextra -Wundef -Werror -O1 -g -DPARSE_TEST_REAL_GC=1 -DMICROPY_GC_STRESS=1 \
        -DMICROPY_DEBUG=1 -fsanitize=address,undefined $nofake -fno-sanitize-recover=all \
        -I"$top" -I"$top/ports/unix" -I"$tmp" \
        "$top/tests/unit/parse_test.c" "$top/py/lexer.c" "$top/py/parse.c" "$top/py/parse_expr.c" \
        "$top/py/parse_stmt.c" "$top/py/vstr.c" "$top/py/unicode.c" "$top/py/inflate.c" $gc_src -o "$tmp/parse_test_gc"
fi

pass=0
fail=0
for f in "$top"/tests/unit/parse_cases/*.py; do
    case "$f" in
        *_single.py) mode=single ;;
        *_eval.py) mode=eval ;;
        *) mode=exec ;;
    esac
    python3 "$top/tests/unit/ast_dump.py" "$f" $mode > "$tmp/exp"
    if "$tmp/parse_test" dump "$f" $mode > "$tmp/out" && cmp -s "$tmp/exp" "$tmp/out"; then
        pass=$((pass + 1))
        if [ $have_gc = 1 ]; then
            if "$tmp/parse_test_gc" dump "$f" $mode > "$tmp/out" && cmp -s "$tmp/exp" "$tmp/out"; then
                pass=$((pass + 1))
            else
                fail=$((fail + 1))
                echo "FAIL (GC stress): $f"
            fi
        fi
    else
        fail=$((fail + 1))
        echo "FAIL: $f"
        python3 - "$tmp/exp" "$tmp/out" <<'PY'
import sys
a, b = open(sys.argv[1]).read(), open(sys.argv[2]).read()
i = next((k for k in range(min(len(a), len(b))) if a[k] != b[k]), min(len(a), len(b)))
print("  expected: ..." + a[max(0, i - 150):i + 150])
print("  got:      ..." + b[max(0, i - 150):i + 150])
PY
    fi
done

python3 "$top/tests/unit/ast_dump.py" --errors "$top/tests/unit/parse_errors.txt" > "$tmp/exp"
"$tmp/parse_test" errors "$top/tests/unit/parse_errors.txt" > "$tmp/out"
n=$(wc -l < "$tmp/exp")
bad=$(diff "$tmp/exp" "$tmp/out" | grep -c '^<' || true)
pass=$((pass + n - bad))
fail=$((fail + bad))
if [ "$bad" != 0 ]; then
    echo "FAIL: error cases differ from CPython (expected < vs got >):"
    diff "$tmp/exp" "$tmp/out" || true
fi

if "$tmp/parse_test" limits; then
    pass=$((pass + 1))
else
    fail=$((fail + 1))
fi
if "$tmp/parse_test" fuzz "$fuzz_count" 1 "$top"/tests/unit/parse_cases/*.py; then
    pass=$((pass + 1))
else
    fail=$((fail + 1))
fi
if [ $have_gc = 1 ]; then
    if "$tmp/parse_test_gc" fuzz 1000 2 "$top"/tests/unit/parse_cases/*.py; then
        pass=$((pass + 1))
    else
        fail=$((fail + 1))
    fi
fi
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
