# gzip: compress/decompress (multi-member), GzipFile rb/wb/ab on a name and a fileobj, text modes.
import gzip, io, zlib, os
print(gzip.compress(b'', mtime=0), gzip.compress(b'', compresslevel=1, mtime=0), gzip.compress(b'', 6, mtime=0))
data = b'hello gzip world\n' * 500
for lvl in (0, 1, 6, 9):
    z = gzip.compress(data, lvl)
    print(lvl, gzip.decompress(z) == data, z[:4], z[8:10], 40 < len(z) < 200 or lvl == 0)
two = gzip.compress(b'abc', mtime=0) + gzip.compress(b'def', mtime=5) + b'\0\0'
print(gzip.decompress(two))
try:
    gzip.decompress(b'xy123')
except gzip.BadGzipFile as e:
    print('bad', e)
try:
    gzip.decompress(gzip.compress(b'abc')[:-3])
except EOFError as e:
    print('eof')
print(issubclass(gzip.BadGzipFile, OSError))
fn = '/tmp/f_gz_test.txt.gz'
with gzip.GzipFile(fn, 'wb', mtime=0) as f:
    print(f.write(b'line1\nline2\n'), f.writable(), f.readable())
    f.write(bytearray(b'line3\n'))
with gzip.open(fn, 'ab') as f:
    f.write(b'appended\n')
raw = open(fn, 'rb').read()
print(raw[:10], raw[10:24])
with gzip.open(fn) as f:
    print(f.readline(), f.read(3), list(f))
with gzip.open(fn, 'rt') as f:
    print(repr(f.read()))
with gzip.open(fn, 'wt') as f:
    f.write('text é\n')
print(gzip.open(fn).read())
b = io.BytesIO()
g = gzip.GzipFile(fileobj=b, mode='wb', mtime=0)
g.write(b'x' * 1000)
g.close()
print(g.closed, len(b.getvalue()) < 60, gzip.decompress(b.getvalue()) == b'x' * 1000)
b.seek(0)
print(gzip.GzipFile(fileobj=b).read(5))
try:
    g.write(b'a')
except ValueError as e:
    print('VE', e)
os.remove(fn)
