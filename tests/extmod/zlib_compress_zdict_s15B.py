# zlib.compressobj(zdict=...): a preset dictionary the compressed data may
# refer back into. The compressed bytes may differ from zlib's (another
# matcher), so this prints the header, round trips and sizes relative to
# compressing without the dictionary.
import zlib

zd = b'the quick brown fox jumps over the lazy dog; ' * 3
data = b'the lazy dog jumps over the quick brown fox; ' * 2 + b'!'

for wbits in (15, 9, -15, -9):
    co = zlib.compressobj(wbits=wbits, zdict=zd)
    c = co.compress(data) + co.flush()
    plain = zlib.compressobj(wbits=wbits)
    p = plain.compress(data) + plain.flush()
    if wbits > 0:
        # FDICT set in the header, then the dictionary's Adler-32
        print(wbits, c[:2].hex(), c[2:6] == zlib.adler32(zd).to_bytes(4, 'big'))
    print(wbits, len(c) < len(p))
    d = zlib.decompressobj(wbits, zdict=zd)
    print(d.decompress(c) + d.flush() == data)

# pieces, a sync flush, copy(), a dictionary longer than the window
big = bytes(range(256)) * 200
co = zlib.compressobj(level=9, zdict=big)
c = co.compress(data[:10]) + co.flush(zlib.Z_SYNC_FLUSH)
c2 = co.copy()
c += co.compress(data[10:] + big[-300:]) + co.flush()
d = zlib.decompressobj(zdict=big)
print(d.decompress(c) == data + big[-300:])
print(c2.flush()[-4:] == zlib.adler32(data[:10]).to_bytes(4, 'big'))

# level 0 (stored): the header still names the dictionary
co = zlib.compressobj(level=0, zdict=b'abc')
c = co.compress(b'abcabc') + co.flush()
print(c.hex())

# without the dictionary the data cannot be read
co = zlib.compressobj(zdict=b'abcdefgh' * 4)
c = co.compress(b'abcdefgh' * 8) + co.flush()
try:
    zlib.decompress(c)
except zlib.error:
    print('zlib.error')

# an empty dictionary is no dictionary
co = zlib.compressobj(zdict=b'')
print((co.compress(b'abc') + co.flush()).hex())
co = zlib.compressobj(zdict=bytearray(b'abc'))
print(len(co.compress(b'abc') + co.flush()) > 0)

# errors: gzip has no dictionaries; the dictionary must be bytes-like
for wbits, zd in ((31, b'abc'), (31, b''), (15, 'abc'), (15, 5)):
    try:
        zlib.compressobj(wbits=wbits, zdict=zd)
    except (TypeError, ValueError) as e:
        print(wbits, type(e).__name__)

print(type(zlib.ZLIB_VERSION).__name__, zlib.ZLIB_VERSION.count('.'))
print(zlib.ZLIB_RUNTIME_VERSION[0] == zlib.ZLIB_VERSION[0])
