# BytesIO/StringIO take attributes of their own, as in CPython (pyasn1 decoder)
import io
for cls in (io.BytesIO, io.StringIO):
    b = cls()
    b.markedPosition = b.tell()
    b.x = [1]
    print(cls.__name__, b.markedPosition, b.x, hasattr(b, 'y'), b.closed)
    b.x = 2
    print(b.x)
    del b.x
    print(hasattr(b, 'x'))
    try:
        del b.x
    except AttributeError as e:
        print('AE del')
    try:
        b.y
    except AttributeError as e:
        print('AE', e)
    b.read = lambda *a: 'mine'
    print(b.read())
    del b.read
    print(repr(b.read()))
    try:
        b.closed = 1
    except AttributeError:
        print('AE closed')
    b.close()
    b.z = 3
    print(b.z, b.closed)
class S(io.BytesIO):
    pass
s = S(b'ab')
s.q = 1
print(s.q, s.read(), s.__dict__)

# codecs.BufferedIncrementalEncoder (the idna package subclasses it)
import codecs
class Enc(codecs.BufferedIncrementalEncoder):
    def _buffer_encode(self, data, errors, final):
        # emits whole pairs of characters, keeps an odd one until final
        n = len(data) if final else len(data) // 2 * 2
        return data[:n].upper().encode(), n
e = Enc()
print(e.encode('abc'), e.getstate(), e.encode('d'), e.getstate(), e.encode('e', True))
e.encode('xyz'); e.setstate('q'); print(e.encode('', True), e.getstate())
e.encode('k'); e.reset(); print(repr(e.buffer), e.errors, isinstance(e, codecs.IncrementalEncoder))
