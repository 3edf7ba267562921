# termios.tcsetattr and tcsetwinsize with items whose __index__ changes the
# list being read (and collects garbage): each later item is read afresh, as
# CPython does, never through a pointer into the list's old storage.
import os
import gc
try:
    import termios
    m, s = os.openpty()
except (ImportError, AttributeError, OSError):
    print('SKIP')
    raise SystemExit


class Evil:
    def __init__(self, lst, value, fill):
        self.lst = lst
        self.value = value
        self.fill = fill

    def __index__(self):
        self.lst.clear()
        self.lst.extend(self.fill)
        gc.collect()
        [bytearray(64) for _ in range(200)]
        return self.value


def attempt(what, attrs):
    try:
        termios.tcsetattr(s, termios.TCSANOW, attrs)
        print(what, 'set')
    except (TypeError, IndexError) as e:
        print(what, type(e).__name__, e)


orig = termios.tcgetattr(s)
# The outer list grows: item 6 is then an int, not the cc list.
attrs = list(orig)
attrs[0] = Evil(attrs, orig[0], [0] * 1000)
attempt('outer list grown', attrs)
# The outer list refilled with the same values: all is well.
attrs = list(orig)
attrs[1] = Evil(attrs, orig[1], list(orig))
attempt('outer list refilled', attrs)
# The cc list changed by an earlier item's __index__.
attrs = list(orig)
cc = list(orig[6])
attrs[6] = cc
attrs[4] = Evil(cc, orig[4], [0] * 1000)
attempt('cc list grown', attrs)
attrs = list(orig)
cc = list(orig[6])
attrs[6] = cc
attrs[5] = Evil(cc, orig[5], [b'\x00'] * termios.NCCS)
attempt('cc list refilled', attrs)
print(termios.tcgetattr(s)[6] == [b'\x00'] * termios.NCCS or termios.tcgetattr(s)[6][:5])
termios.tcsetattr(s, termios.TCSANOW, orig)
print(termios.tcgetattr(s) == orig)

# tcsetwinsize: the columns are read after the rows' __index__ ran.
size = []
size.extend([Evil(size, 30, list(range(1000))), 100])
termios.tcsetwinsize(s, size)
print(termios.tcgetwinsize(s))
size = []
size.extend([Evil(size, 31, [120, 121]), 100])
termios.tcsetwinsize(s, size)
print(termios.tcgetwinsize(s))
os.close(m)
os.close(s)
