#!/bin/sh
# Checks the parser (tests/unit/parse_test.c, linked with the interpreter's
# objects; `make parse-test` builds it under ASan+UBSan and runs this) against
# CPython's ast module:
#  - every tests/unit/parse_cases/*.py and every module of lib/ dumps the
#    same tree (with positions) as tests/unit/ast_dump.py prints from CPython;
#  - every case of tests/unit/parse_errors.txt raises the same error type on
#    the same line as CPython's compile();
#  - limits (deep nesting, REPL completeness, vstr, unicode) and a fuzz run.
# Usage: tests/unit/run_parse_test.sh PARSE_TEST_BINARY [FUZZ_COUNT]
set -e
top=$(cd "$(dirname "$0")/../.." && pwd)
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fuzz_count=${2:-3000}
# The conservative GC must see every local: no ASan fake stacks.
export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1:detect_stack_use_after_return=0
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
ulimit -S -s 16384 2>/dev/null || true
ln -s "$bin" "$tmp/parse_test"

# The real CPython binary, resolved once (python3 may be a slow shim).
py=$(python3 -c 'import sys; print(sys.executable)')

pass=0
fail=0
# The cases, then every module of lib/ (real code, ~1 MB) as files.
for f in "$top"/tests/unit/parse_cases/*.py $(find "$top/lib" -name '*.py' | sort); do
    case "$f" in
        *_single.py) mode=single ;;
        *_eval.py) mode=eval ;;
        *) mode=exec ;;
    esac
    "$py" "$top/tests/unit/ast_dump.py" "$f" $mode > "$tmp/exp"
    if "$tmp/parse_test" dump "$f" $mode > "$tmp/out" && cmp -s "$tmp/exp" "$tmp/out"; then
        pass=$((pass + 1))
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

"$py" "$top/tests/unit/ast_dump.py" --errors "$top/tests/unit/parse_errors.txt" > "$tmp/exp"
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
# Random input draws SyntaxWarnings by the hundred: stderr is shown only if
# the run fails.
if "$tmp/parse_test" fuzz "$fuzz_count" 1 "$top"/tests/unit/parse_cases/*.py 2> "$tmp/fuzz.err"; then
    pass=$((pass + 1))
else
    grep -v SyntaxWarning "$tmp/fuzz.err" || true
    fail=$((fail + 1))
fi
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
