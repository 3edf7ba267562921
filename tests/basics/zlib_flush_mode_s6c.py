# zlib Compress.flush refuses an unknown flush mode (and the stream stays usable)
import zlib
for m in (-1, 0, 2, 3, 6, 100, 4):
    c = zlib.compressobj()
    head = c.compress(b'a' * 100)
    try:
        out = c.flush(m)
        print(m, len(out) > 0)
    except zlib.error as e:
        print(m, 'error', e)
        print(zlib.decompress(head + c.flush()) == b'a' * 100)
# a decompressor flushed after the end of its stream cannot be copied
import copy
data = zlib.compress(b'hello' * 20)
d = zlib.decompressobj()
d.decompress(data[:10])
print(d.copy().decompress(data[10:]) == b'hello' * 20)
print(len(d.decompress(data[10:])), d.eof)
print(len(copy.copy(d).flush()))
d.flush()
for f in (lambda: d.copy(), lambda: copy.copy(d), lambda: copy.deepcopy(d)):
    try:
        f()
    except ValueError as e:
        print('ValueError', e)
