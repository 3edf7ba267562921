# sys.tracebacklimit = N: an uncaught exception's report keeps the N
# innermost entries of each traceback in the chain, as CPython's.
import sys


def f0():
    raise ValueError("innermost")


def f1():
    f0()


def f2():
    f1()


sys.tracebacklimit = 2
try:
    f2()
except ValueError:
    f1()
