# hashlib digests of every length 0..300 (both padding cases: one and two
# final blocks), fed at once and in pieces of assorted sizes, and a few MB.
import hashlib


def rnd_bytes(seed, n):
    out = bytearray(n)
    for i in range(n):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        out[i] = (seed >> 16) & 0xFF
    return bytes(out)


for name in ("sha256", "sha224", "sha1", "md5"):
    ctor = getattr(hashlib, name)
    summary = hashlib.sha256()
    for n in range(301):
        d = rnd_bytes(n + 1, n)
        x = ctor(d).hexdigest()
        # The same bytes in pieces that cross block boundaries unevenly.
        h = ctor()
        step = 1 + n % 67
        for i in range(0, n, step):
            h.update(d[i : i + step])
        if h.hexdigest() != x:
            print("MISMATCH", name, n)
        if n in (0, 1, 55, 56, 63, 64, 65, 119, 120, 300):
            print(name, n, x)
        summary.update(x.encode())
    print(name, "all", summary.hexdigest())

# Standard test vectors.
for name in ("sha256", "sha224", "sha1", "md5"):
    ctor = getattr(hashlib, name)
    print(name, ctor(b"abc").hexdigest())
    print(name, ctor(b"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq").hexdigest())
    print(name, ctor(b"a" * 1000000).hexdigest())

# A few MB in one call and in big chunks.
big = bytes(range(256)) * 12289
for name in ("sha256", "sha1", "md5"):
    ctor = getattr(hashlib, name)
    h = ctor()
    for i in range(0, len(big), 65537):
        h.update(memoryview(big)[i : i + 65537])
    print(name, len(big), ctor(big).hexdigest(), h.hexdigest() == ctor(big).hexdigest())
