# deflate.DeflateIO pulls compressed input only as it needs it: over a
# socket that delivers one byte at a time, read(n), readinto and readline
# give the data back as soon as it can be decoded. DeflateIO is MicroPython's
# own module (CPython has none), hence the .exp file.
try:
    import deflate, io, socket, zlib
except ImportError:
    print("SKIP")
    raise SystemExit

plain = b''.join(b'line %d %s\n' % (i, b'ab' * (i % 13)) for i in range(2000))
formats = ((deflate.RAW, -15), (deflate.ZLIB, 15), (deflate.GZIP, 31), (deflate.AUTO, 31))

# from BytesIO, in pieces of every size
for fmt, wbits in formats:
    data = zlib.compress(plain, wbits=wbits)
    for n in (1, 100, 100000):
        d = deflate.DeflateIO(io.BytesIO(data), fmt)
        out = []
        while True:
            piece = d.read(n)
            if not piece:
                break
            out.append(piece)
        print(fmt, n, b''.join(out) == plain)

# a non-blocking socket fed one byte at a time: each read gives what the
# bytes so far decode to (None while nothing can be decoded yet)
data = zlib.compress(plain[:3000])
a, b = socket.socketpair()
b.setblocking(False)
d = deflate.DeflateIO(b, deflate.ZLIB)
out = []
nones = 0
for i in range(len(data)):
    a.send(data[i:i + 1])
    while True:
        piece = d.read(64)
        if piece is None:
            nones += 1
            break
        out.append(piece)
        if not piece:
            break
print(b''.join(out) == plain[:3000], nones > len(data) // 2)
a.close()
b.close()

# readline and readinto over a socket written in small pieces beforehand
a, b = socket.socketpair()
data = zlib.compress(plain, wbits=31)
for i in range(0, len(data), 100):
    a.send(data[i:i + 100])
a.close()
d = deflate.DeflateIO(b, deflate.GZIP)
print(d.readline(), d.readline())
buf = bytearray(1000)
print(d.readinto(buf), bytes(buf[:20]))
rest = d.read()
print(len(rest), plain.endswith(rest), d.read())
b.close()

# truncated input: the data up to the break, then end of file
d = deflate.DeflateIO(io.BytesIO(zlib.compress(plain)[:200]), deflate.ZLIB)
r = d.read()
print(0 < len(r) < len(plain), plain.startswith(r))
