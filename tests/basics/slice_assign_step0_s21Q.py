# Slice assignment with a zero step: which of the step and the value is checked
# first, as CPython (bytearray: the step, then the value; memoryview: the value).
import array
class I:
    def __index__(self):
        print('index')
        return 1
def gen():
    print('iter')
    yield 65
cases = ["l=[1];l[::0]=[]", "l=[1];l[::0]=5", "l=[1];del l[::0]", "l=[1];l[::0]=iter([])",
         "b=bytearray(b'ab');b[::0]=b''", "b=bytearray(b'ab');b[::0]=5", "b=bytearray(b'ab');del b[::0]",
         "b=bytearray(b'ab');b[::0]=gen()", "b=bytearray(b'ab');b[I():0:0]=5",
         "b=bytearray(b'ab');b[::0]=bytearray()",
         "m=memoryview(bytearray(b'ab'));m[::0]=b''", "m=memoryview(bytearray(b'ab'));m[::0]=5",
         "m=memoryview(bytearray(b'ab'));m[I():]='x'", "m=memoryview(b'ab');m[::0]=b''",
         "a=array.array('b',[1]);a[::0]=array.array('b')", "a=array.array('b',[1]);a[::0]=5",
         "(1,2)[::0]", "'ab'[::0]"]
for s in cases:
    try:
        exec(s)
        print(s, 'ok')
    except (TypeError, ValueError) as e:
        print(s, '|', type(e).__name__, e)
# the bounds' __index__ run before and after the value is converted
b = bytearray(b'abc'); b[I():] = gen(); print(b)
b = bytearray(b'abc'); b[I():] = b'xy'; print(b)
b = bytearray(b'abc'); b[I():] = bytearray(b'Q'); print(b)
b = bytearray(b'abc'); b[I():] = b; print(b)
try:
    b = bytearray(b'abcdef'); b[I()::2] = [66, 67]; print(b)
except ValueError as e:
    print('ValueError', e)
b = bytearray(b'abcdef'); b[I()::2] = [66, 67, 68]; print(b)
b = bytearray(b'abcdef'); b[::2] = b''; print(b)
m = memoryview(bytearray(b'abc')); m[I():] = b'yz'; print(bytes(m.obj))
m = memoryview(bytearray(b'abcd')); m[::-2] = bytearray(b'XY'); print(bytes(m.obj))
