# hashlib.sha512 / sha384 against known digests, incremental updates across
# the 128-byte block boundary and the padding edge (112 bytes), copy()
import hashlib
for n in ('sha512', 'sha384'):
    for data in (b'', b'abc', b'a' * 111, b'a' * 112, b'a' * 127, b'a' * 128, b'a' * 129, bytes(range(256)) * 5):
        h = getattr(hashlib, n)(data)
        print(n, len(data), h.hexdigest())
    h = hashlib.new(n.upper())
    for i in range(300):
        h.update(bytes([i % 251]) * (i % 7))
    c = h.copy()
    c.update(b'x')
    print(n, h.digest_size, h.block_size, h.name, h.hexdigest()[:40], c.hexdigest()[:40])
print(hashlib.sha256(b'abc').block_size, hashlib.md5(b'abc').hexdigest(), hashlib.sha1(b'abc').hexdigest())
