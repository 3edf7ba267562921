# array.tofile / fromfile (through a file and io.BytesIO)
import array, io, os, sys
a = array.array('h', [1, -2, 300])
path = '/tmp/array_file_s3m3_%s.tmp' % sys.implementation.name
with open(path, 'wb') as f:
    a.tofile(f)
b = array.array('h')
with open(path, 'rb') as f:
    b.fromfile(f, 2)
    print(b)
    try:
        b.fromfile(f, 5)
    except EOFError as e:
        print('EOFError', e)
print(b)
os.remove(path)
buf = io.BytesIO()
array.array('d', [1.5, 2.5]).tofile(buf)
c = array.array('d')
c.fromfile(io.BytesIO(buf.getvalue()), 2)
print(c, len(buf.getvalue()))
try:
    c.fromfile(io.BytesIO(b''), -1)
except ValueError as e:
    print('ValueError', e)
class NotBytes:
    def read(self, n):
        return 'text'
try:
    c.fromfile(NotBytes(), 1)
except TypeError as e:
    print('TypeError', e)
try:
    array.array('i').fromfile(io.BytesIO(b'abc'), 1)
except (ValueError, EOFError) as e:
    print(type(e).__name__, e)
