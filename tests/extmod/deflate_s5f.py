# MicroPython's deflate module (DeflateIO) and the usys alias: MicroPython-only
# APIs that CPython lacks, hence the .exp file. Each check compares with zlib
# round trips, so the expected output is all True/values derived by hand.
try:
    import deflate
except ImportError:
    print("SKIP")
    raise SystemExit
import io, zlib, usys, sys

print(usys is sys, deflate.AUTO, deflate.RAW, deflate.ZLIB, deflate.GZIP)
text = b"".join(b"row %d of the deflate test %d\n" % (i, i % 13) for i in range(800))

# Writing: each format decodes with zlib's matching wbits.
for fmt, wbits in ((deflate.RAW, -15), (deflate.ZLIB, 15), (deflate.GZIP, 31), (deflate.AUTO, -15)):
    for win in (0, 5, 9, 15):
        buf = io.BytesIO()
        with deflate.DeflateIO(buf, fmt, win) as d:
            print(d.write(text[:1000]), end=" ")
            d.write(text[1000:])
        z = buf.getvalue()
        print(fmt, win, zlib.decompress(z, wbits) == text, len(z) < len(text) // 3)

# Reading data made by zlib, in every format and by every method.
for fmt, wbits in ((deflate.RAW, -15), (deflate.ZLIB, 15), (deflate.GZIP, 31), (deflate.AUTO, 15), (deflate.AUTO, 31)):
    d = deflate.DeflateIO(io.BytesIO(zlib.compress(text, 6, wbits)), fmt)
    line = d.readline()
    part = d.read(10)
    b = bytearray(7)
    n = d.readinto(b)
    rest = d.read()
    print(fmt, line, part, n, bytes(b), line + part + b + rest == text, d.read())

# A bidirectional round trip with flush() between the pieces.
buf = io.BytesIO()
d = deflate.DeflateIO(buf, deflate.ZLIB, 12)
d.write(b"first part\n")
d.flush()
mark = len(buf.getvalue())
print(zlib.decompressobj().decompress(buf.getvalue()))
d.write(b"second part\n")
d.close()
print(zlib.decompress(buf.getvalue()), mark < len(buf.getvalue()))
buf.seek(0)
print(deflate.DeflateIO(buf).read())

# close=True closes the wrapped stream; empty and truncated input.
s = io.BytesIO()
d = deflate.DeflateIO(s, deflate.RAW, 0, True)
d.close()
try:
    s.getvalue()
except ValueError:
    print("underlying closed")
print(deflate.DeflateIO(io.BytesIO(b"")).read(), deflate.DeflateIO(io.BytesIO(zlib.compress(text)[:30])).read(5))
for bad in ((io.BytesIO(), 7), (io.BytesIO(), 0, 4), (io.BytesIO(), 0, 16)):
    try:
        deflate.DeflateIO(*bad)
    except ValueError:
        print("ValueError")
