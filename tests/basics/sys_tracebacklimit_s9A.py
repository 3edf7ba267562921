# sys.tracebacklimit read by the traceback printer (as CPython's traceback
# module reads it): the outermost N entries; N <= 0 prints no traceback at all,
# only the exception line. File names and source lines are filtered out.
import sys, io

try:
    print_exception = sys.print_exception
except AttributeError:
    import traceback

    def print_exception(e, f):
        traceback.print_exception(type(e), e, e.__traceback__, file=f)


def show(e):
    buf = io.StringIO()
    print_exception(e, buf)
    for line in buf.getvalue().split("\n"):
        if line.startswith("  File "):
            print(line.split('"')[0], line.split('"')[2])
        elif not line.startswith("    "):
            print(line)


def f0():
    raise ValueError("value", 0)


def f1():
    f0()


def f2():
    f1()


def f3():
    f2()


for limit in (5, 4, 3, 2, 1, 0, -1, -100, 1000):
    sys.tracebacklimit = limit
    print("limit", limit)
    try:
        f3()
    except ValueError as e:
        show(e)
del sys.tracebacklimit
print(hasattr(sys, "tracebacklimit"))
try:
    f1()
except ValueError as e:
    show(e)
# Chained exceptions: each part obeys the limit.
sys.tracebacklimit = 1
try:
    try:
        f2()
    except ValueError:
        f1()
except ValueError as e:
    show(e)
del sys.tracebacklimit
