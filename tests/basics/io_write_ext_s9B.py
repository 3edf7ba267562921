# MicroPython's stream forms BytesIO.write(buf, n) and write(buf, off, n), and
# io.BufferedWriter's flushing policy (a full buffer goes to the raw stream
# whole, the rest waits for flush()). CPython differs on both: .exp file.
import io

buf = io.BytesIO()
print(buf.write(b'foo', 2), buf.getvalue())
print(buf.write(b'foo', 100), buf.getvalue())
print(buf.write(b'foobar', 1, 3), buf.getvalue())
print(buf.write(b'foobar', 1, 100), buf.getvalue())
print(buf.write(b'foobar', 100, 100), buf.getvalue())
# A negative offset is past the end (MicroPython truncates it to a huge size_t).
print(buf.write(bytearray(b'xyz'), -5, 2), buf.getvalue())
print(buf.write(memoryview(b'0123'), 2, -1), buf.getvalue())
s = io.StringIO()
print(s.write('ab'), s.getvalue())
try:
    s.write('ab', 1)
except TypeError:
    print('TypeError')
try:
    buf.write(b'a', 1, 2, 3)
except TypeError:
    print('TypeError')

bts = io.BytesIO()
w = io.BufferedWriter(bts, 8)
print(w.write(b'foobar'), bts.getvalue())
print(w.write(b'foobar'), bts.getvalue())
w.flush()
print(bts.getvalue())
w.flush()
print(bts.getvalue())
print(w.write(b'0123456789abcdefXY'), bts.getvalue())
print(w.tell(), bts.getvalue())
bts = io.BytesIO()
w = io.BufferedWriter(bts, 1)
w.write(b'foo')
print(bts.getvalue())
h = {w: 1}
print(h[w])
bts = io.BytesIO()
w = io.BufferedWriter(bts)
w.write(b'kept')
print(bts.getvalue(), w.closed)
raw = w.detach()
print(raw.getvalue())
bts = io.BytesIO()
with io.BufferedWriter(bts, 4) as w:
    w.write(b'abcdef')
    v = bts.getvalue()
print(v, w.closed, bts.closed)
w.close()
print(w.closed)
