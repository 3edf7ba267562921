# int() and float() parse the text of a str (digits and spaces of any
# script), of bytes and of any other buffer, and of instances of their
# subclasses; errors show a buffer's text as bytes.
import array


class S(str):
    pass


class B(bytes):
    pass


class BA(bytearray):
    pass


for src in ['12', ' 12 ', '\u0661\u0662', '\u2003 7\u3000', b'34', bytearray(b' 56 '), memoryview(b'78'),
            array.array('b', b'90'), S('11'), B(b'22'), BA(b'33'), memoryview(b'123')[1:]]:
    print(type(src).__name__, int(src), float(src))
for src in ['1.5', b'2.5e1', bytearray(b'-0.5'), S(' 7.25 '), B(b'inf'), memoryview(b'nan')]:
    print(type(src).__name__, float(src))
print(int('ff', 16), int(b'ff', 16), int(bytearray(b'-0x1f'), 0), int(S('777'), 8))
for src in ['x', b'x', bytearray(b'1x'), '', '\u0661x', b'\xff', S('1 2'), B(b'')]:
    for f in (int, float):
        try:
            print(f(src))
        except ValueError as e:
            print(f.__name__, 'ValueError', e)
for src in [memoryview(b'12'), array.array('b', b'12'), [1], None]:
    try:
        print(int(src, 10))
    except TypeError:
        print('TypeError')
