# traceback's boxed layout of exception groups (nested groups, tracebacks
# and source lines inside the boxes, chaining, notes, more than 15 members).
import traceback, sys, io
buf = io.StringIO()
def show(text):
    # File names without their directory (CPython's are absolute).
    for line in text.split('\n'):
        k = line.find('File "')
        if k >= 0:
            line = line[:k + 6] + line[line.rfind('/') + 1:] if '/' in line else line
        print(line)
def f(x):
    raise ValueError(x)
errs = []
for i in range(3):
    try:
        f(i)
    except ValueError as e:
        errs.append(e)
eg = ExceptionGroup("msg", [ValueError(1), TypeError(2), ExceptionGroup("inner", [ValueError(3), KeyError(4)])])
try:
    raise eg
except Exception as e:
    traceback.print_exc(file=buf)
try:
    try:
        raise KeyError("k")
    except KeyError:
        raise ExceptionGroup("two", errs + [ExceptionGroup("n", [OSError(2, "x")]), RuntimeError("last")])
except Exception as e:
    e.add_note("a note")
    traceback.print_exc(file=buf)
    show(repr(traceback.format_exception(e, chain=False)[:3]))
big = ExceptionGroup("big", [ValueError(i) for i in range(20)])
print("".join(traceback.format_exception(big)))
print("".join(traceback.TracebackException.from_exception(ExceptionGroup("x", [ExceptionGroup("y", [ValueError()])])).format()))
show(buf.getvalue())
