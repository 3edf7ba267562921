# types.TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno) builds a
# traceback (as tblib-style code does); its arguments are checked, and an
# exception given it by with_traceback() leads its chain to it.
import sys, types


def get_tb():
    try:
        raise OSError()
    except OSError as e:
        return e.__traceback__


def frame_of():
    return sys._getframe()


fr = frame_of()
other = get_tb()
tb = types.TracebackType(other, fr, 1, 2)
print(tb.tb_next is other, tb.tb_frame is fr, tb.tb_lasti, tb.tb_lineno)
print(tb.tb_next.tb_frame.f_code.co_name, tb.tb_frame.f_code.co_name)
tb = types.TracebackType(None, fr, 3, 42)
print(tb.tb_next, type(tb) is types.TracebackType)
tb = types.TracebackType(tb_next=None, tb_frame=fr, tb_lasti=0, tb_lineno=7)
print(tb.tb_lineno)

for args in [("no", fr, 1, 2), (other, "no", 1, 2), (other, fr, "no", 2), (other, fr, 1, "nuh-uh"),
             (other, fr, 1)]:
    try:
        types.TracebackType(*args)
        print("made")
    except TypeError:
        print("TypeError")

# Linking one in is checked as for tb_next.
try:
    tb.tb_next = tb
except ValueError as e:
    print("ValueError", e)

tb = types.TracebackType(None, fr, 3, 42)
try:
    raise ValueError("x").with_traceback(tb)
except ValueError as e:
    t = e.__traceback__
    print(t.tb_frame.f_code.co_name, t.tb_next is tb, t.tb_next.tb_lineno, t.tb_next.tb_next)

# A chain of them: each link is kept, and walking it gives each line.
tb2 = types.TracebackType(other, fr, 0, 9)
try:
    raise KeyError("k").with_traceback(tb2)
except KeyError as e:
    t = e.__traceback__
    print(t.tb_next is tb2, t.tb_next.tb_next is other)
    lines = []
    while t is not None:
        lines.append((t.tb_frame.f_code.co_name, t.tb_lineno))
        t = t.tb_next
    print(lines[1:], lines[0][0])

# tb_lasti and tb_lineno are C ints; a missing frame is named None.
for args in ((None, fr, 2 ** 40, 1), (None, fr, 0, 2 ** 40), (None, fr, 0, -2 ** 70), (None, None, 0, 1)):
    try:
        types.TracebackType(*args)
        print("made")
    except (OverflowError, TypeError) as e:
        print(type(e).__name__, e)
