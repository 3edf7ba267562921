# A RecursionError raised 100,000 calls deep on a small heap: the traceback
# keeps what fits and stops growing (each failed growth would run a
# collection that scans the whole deep stack, once per unwound frame).
# cmdline: -X heapsize=256k {script}
# timeout: 10
import sys

if sys.platform == "linux":
    sys.setrecursionlimit(100000)


def down(n):
    return down(n + 1)


try:
    down(0)
except RecursionError as e:
    print("RecursionError", e.__traceback__ is not None)
try:
    down(0)
except RecursionError:
    print("again")
