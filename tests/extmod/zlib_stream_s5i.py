# zlib.decompressobj decodes as its input arrives: fed a byte at a time, in
# pieces across block and header boundaries, with max_length, copy(), zdict;
# and bad or truncated input raises (never crashes or hangs).
import zlib

plain = b''.join(b'%d:%s\n' % (i, b'xyz' * (i % 7)) for i in range(3000))
plain += bytes(range(256)) * 40 + b'A' * 70000
streams = []
for level, wbits in ((6, 15), (0, 15), (1, -15), (9, 31), (6, -9)):
    c = zlib.compressobj(level, zlib.DEFLATED, wbits)
    data = c.compress(plain[:30000]) + c.flush(zlib.Z_SYNC_FLUSH) + c.compress(plain[30000:]) + c.flush()
    streams.append((level, wbits, data))


def feed(data, wbits, step, max_length=0):
    d = zlib.decompressobj(wbits)
    out = []
    for pos in range(0, len(data), step):
        out.append(d.decompress(data[pos:pos + step], max_length))
        while d.unconsumed_tail:
            tail = d.unconsumed_tail
            out.append(d.decompress(tail, max_length))
            if max_length:
                assert len(out[-1]) <= max_length
    out.append(d.flush())
    return b''.join(out), d


for level, wbits, data in streams:
    for step in (1, 3, 1000, 100000):
        if step == 1 and level != 6:
            continue
        got, d = feed(data, wbits, step)
        print(level, wbits, step, got == plain, d.eof, d.unused_data, d.unconsumed_tail)
    # (no data after the stream here: CPython then keeps it in unconsumed_tail too)
    got, d = feed(data, wbits, 777, 500)
    print(level, wbits, 'max_length', got == plain, d.eof, d.unused_data)

# auto-detection (wbits 47) of both containers, and data after the end
for wbits in (15, 31):
    data = zlib.compress(plain[:5000], wbits=wbits)
    got, d = feed(data + b'xyz', 47, 2)
    print('auto', wbits, got == plain[:5000], d.eof, d.unused_data)

# copy() in the middle of a stream: both go on independently
data = streams[0][2]
d = zlib.decompressobj()
a = d.decompress(data[:20000])
e = d.copy()
print(a + d.decompress(data[20000:]) == plain, a + e.decompress(data[20000:]) == plain, e.eof)

# preset dictionaries (streams made by CPython with compressobj(zdict=...))
zd = b'the quick brown fox jumps over the lazy dog'
z_dict = bytes.fromhex('78bb613c0ffa4366a3ab413302005d660ffa')
raw_dict = bytes.fromhex('4366a3ab41330200')
print(zlib.decompressobj(zdict=zd).decompress(z_dict))
print(zlib.decompressobj(-15, zdict=zd).decompress(raw_dict))
d = zlib.decompressobj(zdict=zd)
print(b''.join(d.decompress(z_dict[i:i + 1]) for i in range(len(z_dict))), d.eof)
print(zlib.decompressobj(zdict=zd).decompress(zlib.compress(b'no dict used')))
for kw in ({}, {'zdict': b'wrong'}):
    try:
        zlib.decompressobj(**kw).decompress(z_dict)
    except zlib.error as e:
        print('error', e)

# truncated: no error from decompressobj, an error from decompress
data = zlib.compress(plain[:3000])
d = zlib.decompressobj()
print(len(d.decompress(data[:-9])) > 0, d.eof, d.flush(), d.eof)
# the end of the stream is reached even when max_length stops the output there
d = zlib.decompressobj()
print(len(d.decompress(data + b'zz', 3000)), d.eof, d.unused_data, d.unconsumed_tail)
for n in (1, 2, 5, len(data) // 2, len(data) - 1):
    try:
        zlib.decompress(data[:n])
    except zlib.error as e:
        print(n > 0, 'error', e)

# corrupt input: every byte flipped in turn; errors only, never a crash
data = zlib.compress(plain[:400], wbits=-15)
kinds = set()
for i in range(len(data)):
    bad = data[:i] + bytes([data[i] ^ 0x5a]) + data[i + 1:]
    try:
        r = zlib.decompress(bad, -15)
        kinds.add('ok')
    except zlib.error:
        kinds.add('error')
print(sorted(kinds))
