# traceback.TracebackException keeps the chain as TracebackExceptions
# (compact: the context only where it is printed) and compares by content;
# format_exception wants both or neither of value and tb; a failing __str__
# and a SyntaxError with no traceback are formatted as CPython does.
import sys
import traceback


def chained(suppress):
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            if suppress:
                raise KeyError("k") from None
            raise ValueError("v") from OSError("cause")
    except Exception:
        return sys.exc_info()


for suppress in (False, True):
    for compact in (False, True):
        te = traceback.TracebackException(*chained(suppress), compact=compact)
        print(suppress, compact, type(te.__cause__).__name__, type(te.__context__).__name__,
              te.__suppress_context__)
        if te.__cause__ is not None:
            print(" cause:", te.__cause__.exc_type.__name__, str(te.__cause__))
        if te.__context__ is not None:
            print(" context:", te.__context__.exc_type.__name__, str(te.__context__))

# A cycle in the chain ends it.
a = ValueError("a")
b = KeyError("b")
a.__context__ = b
b.__context__ = a
te = traceback.TracebackException(ValueError, a, None)
print(str(te.__context__), te.__context__.__context__)

tes = []
for i in range(2):
    try:
        1 / 0
    except ZeroDivisionError:
        tes.append(traceback.TracebackException(*sys.exc_info()))
print(tes[0] == tes[1], tes[0] == te)

e = Exception("projector")
for kw in ({}, {"tb": None}):
    try:
        traceback.format_exception(Exception, e, **kw) if not kw else traceback.format_exception(Exception, **kw)
    except ValueError as err:
        print("ValueError", err)
print(traceback.format_exception(Exception, e, None))


class BadStr(Exception):
    def __str__(self):
        1 / 0


print(traceback.format_exception_only(BadStr, BadStr())[0].split(".")[-1])
print(traceback.format_exception(SyntaxError("msg", ("file.py", 1, 3, "  text"))))
