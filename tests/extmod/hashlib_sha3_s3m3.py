# hashlib SHA-3 and SHAKE: known inputs, block-boundary lengths, incremental
# update, copy(), new() by name, SHAKE lengths beyond one block
import hashlib
for n in ('sha3_224', 'sha3_256', 'sha3_384', 'sha3_512'):
    for data in (b'', b'abc', b'a' * 71, b'a' * 72, b'a' * 135, b'a' * 136, b'a' * 137, bytes(range(256)) * 3):
        print(n, len(data), getattr(hashlib, n)(data).hexdigest())
    h = hashlib.new(n)
    for i in range(200):
        h.update(bytes([i % 251]) * (i % 5))
    c = h.copy()
    c.update(b'x')
    print(n, h.name, h.digest_size, h.block_size, h.hexdigest()[:32], c.hexdigest()[:32], len(h.digest()))
for n in ('shake_128', 'shake_256'):
    h = getattr(hashlib, n)(b'abc')
    print(n, h.name, h.digest_size, h.block_size, h.hexdigest(16), h.hexdigest(0), len(h.digest(500)))
    print(h.digest(400)[-16:].hex(), hashlib.new(n, b'abc').digest(32) == h.digest(32))
    try:
        h.digest()
    except TypeError:
        print('TypeError')
print(hashlib.sha3_256(string=b"x").hexdigest()[:16], hashlib.sha3_256(b'x', usedforsecurity=False).hexdigest()[:16])
