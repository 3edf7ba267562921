# tb_frame.f_code is the frame's real code object: co_firstlineno,
# co_name, co_varnames are those of the function that raised.
import sys


def simple(a, b):
    x = a + b
    1 / 0
    return x


def outer():
    return simple(1, 2)


try:
    outer()
except ZeroDivisionError as ex:
    t = ex.__traceback__

rows = []
while t is not None:
    code = t.tb_frame.f_code
    # (The module frame is still running in CPython: its f_lineno moves on.)
    live = code.co_name == "<module>"
    rows.append((code.co_name, t.tb_lineno - code.co_firstlineno,
                 None if live else t.tb_frame.f_lineno - code.co_firstlineno))
    if code.co_name == "simple":
        print(code.co_varnames, code.co_argcount)
    t = t.tb_next
print(rows)


# Recursion: the same code for every entry; the printed traceback still
# collapses repeated entries.
def rec(n):
    if n == 0:
        raise ValueError("deep")
    rec(n - 1)


try:
    rec(6)
except ValueError as ex:
    t = ex.__traceback__.tb_next
    firsts = set()
    n = 0
    while t is not None:
        firsts.add(t.tb_frame.f_code.co_firstlineno)
        n += 1
        t = t.tb_next
    print(n, len(firsts), firsts == {rec.__code__.co_firstlineno})


# A lambda and a method raising.
class C:
    def m(self):
        return {}["k"]


for fn in (lambda: [][1], C().m):
    try:
        fn()
    except LookupError as ex:
        tb = ex.__traceback__.tb_next
        print(tb.tb_frame.f_code.co_name, tb.tb_lineno - tb.tb_frame.f_code.co_firstlineno)
