# decompressobj.decompress(data, max_length) decodes only as far as it must,
# leaving the rest of the input in unconsumed_tail: the loop from the zlib
# docs ("while d.unconsumed_tail: d.decompress(d.unconsumed_tail, n)") must
# get the whole output without a flush().
try:
    import zlib
except ImportError:
    print("SKIP")
    raise SystemExit

import random

random.seed(7)
# Literals, short and long back-references, and more than one 32 KiB window.
plain = bytes(random.getrandbits(5) for _ in range(50000)) + b"abc" * 30000 + b"tail"

for wbits in (15, -15, 31):
    c = zlib.compressobj(6, zlib.DEFLATED, wbits)
    data = c.compress(plain) + c.flush()
    for n in (1, 7, 4096, 100000):
        d = zlib.decompressobj(wbits)
        out = []
        for i in range(0, len(data), 1000):
            chunk = data[i : i + 1000]
            while chunk:
                out.append(d.decompress(chunk, n))
                assert len(out[-1]) <= n
                chunk = d.unconsumed_tail
        print(wbits, n, b"".join(out) == plain, d.eof, d.unused_data, len(d.flush()))

# A small max_length holds input back at once.
data = zlib.compress(b"hello" * 100)
d = zlib.decompressobj()
print(d.decompress(data, 5), len(d.unconsumed_tail) > 0, d.eof)
print(d.flush() == b"hello" * 99, d.eof)
