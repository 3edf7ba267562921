#!/bin/sh
# Builds tests/unit/mpz_test.c with py/mpz.c under ASan+UBSan, generates the
# cases with CPython and checks them. Run from anywhere; extra arguments are
# passed to the generator (a seed). Set MPZ_BENCH=1 to also time an -O2 build.
set -e
top=$(cd "$(dirname "$0")/../.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 "$top/tests/unit/gen_mpz_cases.py" "$@" > "$tmp/cases.txt"
cflags="-std=gnu11 -Wall -Wextra -Wundef -Werror -I$top -I$top/ports/unix"
gcc $cflags -O1 -g -fsanitize=address,undefined -fno-sanitize-recover=all \
    -o "$tmp/mpz_test" "$top/tests/unit/mpz_test.c" "$top/py/mpz.c" -lm
"$tmp/mpz_test" "$tmp/cases.txt"
if [ "${MPZ_BENCH:-0}" = 1 ]; then
    gcc $cflags -O2 -o "$tmp/mpz_bench" "$top/tests/unit/mpz_test.c" "$top/py/mpz.c" -lm
    "$tmp/mpz_bench" --bench
fi
