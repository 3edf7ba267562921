# compressobj.flush(Z_SYNC_FLUSH/Z_FULL_FLUSH) sends the empty-block marker
# 00 00 ff ff whenever compress() was called since (even with b''), or the
# flush is stronger than the last one; a repeated flush sends nothing.
# permessage-deflate (websockets) strips that marker from every message, so
# an empty message must still get one.
try:
    import zlib
except ImportError:
    print("SKIP")
    raise SystemExit

c = zlib.compressobj(6, zlib.DEFLATED, -15)
for step in ("sync", "sync", "full", "full", "sync", "empty", "sync", "data", "sync", "empty", "full"):
    if step == "empty":
        print(step, c.compress(b""))
    elif step == "data":
        print(step, len(c.compress(b"hello")))
    else:
        out = c.flush(zlib.Z_SYNC_FLUSH if step == "sync" else zlib.Z_FULL_FLUSH)
        print(step, out[-4:], len(out) > 0)

# Each message of a permessage-deflate stream: compress, sync flush, strip.
c = zlib.compressobj(6, zlib.DEFLATED, -15)
d = zlib.decompressobj(-15)
for msg in (b"", b"abc", b"", b"abcabc", b""):
    wire = c.compress(msg) + c.flush(zlib.Z_SYNC_FLUSH)
    print(wire[-4:] == b"\x00\x00\xff\xff", d.decompress(wire[:-4] + b"\x00\x00\xff\xff") == msg)
