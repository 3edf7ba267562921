#!/bin/sh
# Builds and runs the C unit tests of the GC heap, m_malloc and nlr:
# an ASan+UBSan build, a GC-stress build (collect on every allocation), an
# optimised build (prints the allocation benchmark), and a valgrind run when
# valgrind is installed. Usage: tests/unit/run.sh [gcc|clang]
set -e
cd "$(dirname "$0")/../.."
CC=${1:-${CC:-gcc}}
OUT=${TMPDIR:-/tmp}/mp_unit_$$
mkdir -p "$OUT"
trap 'rm -rf "$OUT"' EXIT

SRC="tests/unit/gc_test.c tests/unit/runtime_stubs.c py/gc.c py/malloc.c py/nlr.c ports/unix/gccollect.c"
CFLAGS="-std=gnu11 -Wall -Wextra -Wundef -Werror -I. -Iports/unix -Ibuild"
# Locals must stay on the real stack for the conservative scan: no ASan
# "fake stack" for use-after-return detection.
if $CC --version | grep -q clang; then
    NOFAKESTACK=-fsanitize-address-use-after-return=never
else
    NOFAKESTACK="--param asan-use-after-return=0"
fi
export ASAN_OPTIONS=detect_stack_use_after_return=0:abort_on_error=1
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1

echo "== $CC -O1 -fsanitize=address,undefined"
$CC $CFLAGS -O1 -g -DMICROPY_DEBUG=1 -fsanitize=address,undefined $NOFAKESTACK \
    -fno-sanitize-recover=all $SRC -o "$OUT/gc_test_asan"
"$OUT/gc_test_asan"

echo "== $CC -O1 -DMICROPY_GC_STRESS=1 (sanitized, quick sizes)"
$CC $CFLAGS -O1 -g -DMICROPY_DEBUG=1 -DMICROPY_GC_STRESS=1 -fsanitize=address,undefined \
    $NOFAKESTACK -fno-sanitize-recover=all $SRC -o "$OUT/gc_test_stress"
"$OUT/gc_test_stress" quick

echo "== $CC -O2"
$CC $CFLAGS -O2 $SRC -o "$OUT/gc_test_opt"
"$OUT/gc_test_opt"

if command -v valgrind >/dev/null 2>&1; then
    echo "== valgrind (quick sizes)"
    $CC $CFLAGS -O1 -gdwarf-4 $SRC -o "$OUT/gc_test_vg"
    valgrind -q --error-exitcode=1 "$OUT/gc_test_vg" quick
fi
echo "unit tests passed"
