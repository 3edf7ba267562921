# zlib.compress / compressobj: round trips, sizes in ranges (our compressor is
# not zlib's, so only level 0, empty input and flush markers are byte-exact).
import zlib

print(zlib.compress(b""), zlib.compress(b"", 0), zlib.compress(b"abc", 0))
print(zlib.compress(b"", wbits=31), zlib.compress(b"", 9, wbits=-15), zlib.compress(b"", 1))
print(zlib.compress(b"", wbits=8), zlib.compress(b"a" * 10, level=0, wbits=-9))
print(zlib.compress(b"abc", 0, 31), zlib.compress(bytearray(b"xyz"), 0, -15))

# Data made by CPython's zlib.
print(zlib.decompress(b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03+\xc9\xcc\xab\x04\x00\xc9\x97\xb8P\x04\x00\x00\x00", 31))
print(zlib.decompress(b"x\xda+\xc9\xc8,V\x00\xa2D\x85\x92\xd4\xe2\x12\x1d\x05\xe7\x80\xca\x92\x8c\xfc<\x85\xdc\xc4\x94T\x00\x8eR\t\xde"))

text = b"".join(b"line %d: the quick brown fox jumps over the lazy dog %d\n" % (i, i * i % 97) for i in range(2000))
noise = bytes((i * 7919 + (i >> 3) * 31) & 255 for i in range(20000))
runs = b"a" * 30000 + b"b" * 300 + bytes(5000)
for name, data, lo, hi in (("text", text, 0.04, 0.12), ("noise", noise, 0.0, 1.01), ("runs", runs, 0.0, 0.01)):
    for level in (-1, 0, 1, 3, 5, 6, 9):
        for wbits in (15, -15, 31, 9, -9, 25):
            z = zlib.compress(data, level, wbits)
            assert zlib.decompress(z, wbits) == data, (name, level, wbits)
            if level != 0 and wbits == 15:
                print(name, level, lo <= len(z) / len(data) <= hi)
    print(name, "level 0 size", len(zlib.compress(data, 0)) - len(data) < len(data) // 2000 + 80)
print(zlib.compress(text)[:2], zlib.compress(text, 1)[:2], zlib.compress(text, 9)[:2], zlib.compress(text, 4)[:2])

# Streaming, with every flush mode, in pieces of many sizes.
for level in (0, 1, 6, 9):
    c = zlib.compressobj(level)
    parts = []
    pos = k = 0
    while pos < len(text):
        step = (k * 3251) % 9000 + 1
        parts.append(c.compress(text[pos:pos + step]))
        pos += step
        if k % 3 == 1:
            f = c.flush(zlib.Z_SYNC_FLUSH)
            parts.append(f)
            print(f[-4:], end=" ")
            mark = (b"".join(parts), pos)
        if k % 5 == 2:
            parts.append(c.flush(zlib.Z_FULL_FLUSH))
        k += 1
    parts.append(c.flush())
    z = b"".join(parts)
    print(level, zlib.decompress(z) == text)
    # Everything up to a sync flush decodes on its own.
    print(zlib.decompressobj().decompress(mark[0]) == text[:mark[1]])

c = zlib.compressobj()
print(c.flush(zlib.Z_NO_FLUSH), c.flush(zlib.Z_FULL_FLUSH), c.flush(zlib.Z_FINISH))
c = zlib.compressobj()
print(c.flush(zlib.Z_SYNC_FLUSH), c.flush(zlib.Z_SYNC_FLUSH), c.compress(b""), c.flush())
# (CPython's message here depends on zlib's internal state.)
for op in (lambda: c.compress(b"x"), lambda: c.flush()):
    try:
        op()
    except zlib.error:
        print("error")

# copy(): both continue independently.
c = zlib.compressobj(6, zlib.DEFLATED, -15, 9, zlib.Z_DEFAULT_STRATEGY)
head = c.compress(text[:5000])
c2 = c.copy()
a = head + c.compress(text[5000:]) + c.flush()
b = head + c2.compress(b"other tail") + c2.flush()
print(zlib.decompress(a, -15) == text, zlib.decompress(b, -15) == text[:5000] + b"other tail")

# Strategies, window sizes and memory levels.
for kw in ({"strategy": zlib.Z_HUFFMAN_ONLY}, {"strategy": zlib.Z_RLE}, {"strategy": zlib.Z_FIXED},
           {"strategy": zlib.Z_FILTERED}, {"wbits": 9}, {"wbits": 31, "memLevel": 1}, {"memLevel": 9}):
    c = zlib.compressobj(**kw)
    z = c.compress(text) + c.flush()
    print(kw, zlib.decompress(z, kw.get("wbits", 15)) == text)

for args in ((b"", 10), (b"", -2), (b"", 6, 7), (b"", 6, 16), (b"", 6, -8), (b"", 6, 24), (b"", 6, 40)):
    try:
        zlib.compress(*args)
    except zlib.error as e:
        print("error", e)
for kw in ({"wbits": 7}, {"memLevel": 0}, {"memLevel": 10}, {"method": 9}, {"level": 12}, {"strategy": 9}):
    try:
        zlib.compressobj(**kw)
    except ValueError as e:
        print("ValueError", e)
try:
    zlib.compress("str")
except TypeError:
    print("TypeError")
