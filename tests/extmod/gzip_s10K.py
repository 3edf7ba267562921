# gzip.GzipFile: mtime after reading, tell/seek in both modes, fileno, seekable,
# operations on a closed file, path-like file names
import gzip, io, os, pathlib

b = io.BytesIO()
with gzip.GzipFile(fileobj=b, mode='wb', mtime=123456) as g:
    print(g.tell(), g.write(b'abc'), g.tell())
    print(g.seek(6), g.tell())          # forward seek fills with zero bytes
    print(g.seek(2, 1), g.tell())
    for args in ((1,), (0, 2)):
        try:
            g.seek(*args)
        except (OSError, ValueError) as e:
            print(type(e).__name__, args)
b.seek(0)
g = gzip.GzipFile(fileobj=b)
print(g.mtime, g.seekable(), g.readable(), g.writable())
print(g.read(2), g.tell(), g.mtime)
print(g.seek(1), g.read(3), g.seek(-2, 2), g.read(), g.seek(-3, 1), g.read(1))
g.close()
print(g.closed)
for name, op in (('tell', g.tell), ('flush', g.flush), ('read', g.read)):
    try:
        op()
        print(name, 'no error')
    except ValueError:
        print(name, 'ValueError')
try:
    with g:
        print('entered')
except ValueError:
    print('enter ValueError')

# a path-like file name; the header stores its base name without .gz
path = '/tmp/_gzip_s10K_%d.gz' % os.getpid()
try:
    with gzip.GzipFile(pathlib.Path(path), 'wb', mtime=7) as g:
        g.write(b'data' * 10)
        print(g.fileno() > 2, g.name == path)
    with open(path, 'rb') as f:
        raw = f.read()
    print(raw[3], raw[10:raw.index(b'\0', 10)].startswith(b'_gzip_s10K_'))
    with gzip.open(pathlib.Path(path)) as g:
        print(g.read(), g.mtime)
finally:
    os.remove(path)
