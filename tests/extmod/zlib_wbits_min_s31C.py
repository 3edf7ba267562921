# wbits at the ends of the 64-bit range: negating the most negative one
# overflowed (undefined behaviour, a UBSan abort). CPython refuses them with
# OverflowError, we with zlib.error/ValueError: only the refusal is printed.
import zlib

data = zlib.compress(b"abc")
for w in (-(2**63), -(2**63) + 1, 2**63 - 1, -(2**31)):
    for name, f in (
        ("decompress", lambda: zlib.decompress(data, w)),
        ("decompressobj", lambda: zlib.decompressobj(w)),
        ("compress", lambda: zlib.compress(b"x", wbits=w)),
        ("compressobj", lambda: zlib.compressobj(wbits=w)),
    ):
        try:
            f()
            print(name, "ok")
        except (OverflowError, ValueError, zlib.error):
            print(name, "refused")
print(zlib.decompress(zlib.compress(b"abc", wbits=-9), -9))
