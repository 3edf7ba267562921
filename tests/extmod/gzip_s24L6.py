# gzip.open text modes translate newlines as open() does, binary-only
# arguments are refused, and write() takes only bytes-like objects.
import gzip, io

raw = gzip.compress(b'a\r\nb\rc\nd')
for nl in (None, '', '\n', '\r', '\r\n'):
    with gzip.open(io.BytesIO(raw), 'rt', newline=nl) as f:
        print(repr(nl), f.readlines())

for nl in (None, '\r\n'):
    b = io.BytesIO()
    with gzip.open(b, 'wt', encoding='ascii', newline=nl) as f:
        print(f.write('x\ny\n'))
    print(gzip.decompress(b.getvalue()))

b = io.BytesIO()
with gzip.open(b, 'wt', encoding='latin-1') as f:
    f.write('\xe9')
print(gzip.decompress(b.getvalue()))
with gzip.open(io.BytesIO(gzip.compress(b'\xff')), 'rt', encoding='ascii', errors='replace') as f:
    print(repr(f.read()))

bad = ((123.456, 'rb'), (io.BytesIO(), 'wbt'), (io.BytesIO(), 'rb', 9, 'utf-8'),
       (io.BytesIO(), 'rb', 9, None, 'ignore'), (io.BytesIO(), 'wb', 9, None, None, '\n'))
for args in bad:
    try:
        gzip.open(*args)
        print('no error')
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

b = io.BytesIO()
with gzip.GzipFile(fileobj=b, mode='wb') as f:
    for x in ('', [], 5, None):
        try:
            f.write(x)
            print('accepted', repr(x))
        except TypeError as e:
            print('TypeError')
    print(f.write(memoryview(b'ab')), f.write(bytearray(b'c')), f.write(b'd'))
print(gzip.decompress(b.getvalue()))

# a truncated file gives the data before the cut, then EOFError
data = b'0123456789' * 50
cut = gzip.compress(data)[:-8]
for n in (-1, len(data), len(data) + 1):
    with gzip.GzipFile(fileobj=io.BytesIO(cut)) as f:
        try:
            print(len(f.read(n)))
            f.read(1)
        except EOFError as e:
            print('EOFError', e)
for i in (0, 2, 5, 10):
    try:
        print(gzip.decompress(cut[:i]))
    except (EOFError, OSError) as e:
        print(type(e).__name__, e)
    with gzip.GzipFile(fileobj=io.BytesIO(cut[:i])) as f:
        try:
            print(f.read(1))
        except EOFError as e:
            print('EOFError')
print(gzip.decompress(gzip.compress(b'a') + b'\0\0' + gzip.compress(b'b')))
