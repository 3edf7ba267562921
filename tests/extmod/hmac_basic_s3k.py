# hmac: RFC 2202/4231 vectors, HMAC methods and attributes, compare_digest
import hmac
import hashlib

key = b'\x0b' * 20
for name in ['md5', 'sha1', 'sha224', 'sha256']:
    h = hmac.new(key, b'Hi There', name)
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest())
    print(hmac.new(b'Jefe', b'what do ya want for nothing?', getattr(hashlib, name)).hexdigest())
    print(hmac.new(b'\xaa' * 131, b'Test Using Larger Than Block-Size Key - Hash Key First',
                   name).hexdigest())
    print(hmac.digest(b'k', b'msg', name).hex(), hmac.digest(bytearray(b'k'), b'', name).hex())

h = hmac.new(b'secret', digestmod=hashlib.sha256)
h.update(b'part one, ')
c = h.copy()
h.update(b'part two')
c.update(b'other')
print(h.hexdigest(), c.hexdigest(), h.digest() == bytes.fromhex(h.hexdigest()))
print(h.hexdigest() == hmac.new(b'secret', b'part one, part two', 'sha256').hexdigest())
print(type(c).__name__, isinstance(c, hmac.HMAC), h.digest() == h.digest())
print(hmac.HMAC(b'', None, 'sha1').hexdigest(), hmac.new(b'k', bytearray(b'm'), 'md5').hexdigest())
print(hmac.new(b'k', memoryview(b'm'), 'sha224').hexdigest(), hmac.HMAC.blocksize, hmac.digest_size)
print(len(hmac.trans_5C), hmac.trans_5C[:4], hmac.trans_36[:4])
for bad in [lambda: hmac.new(b'k'), lambda: hmac.new(b'k', b'm', None), lambda: hmac.new('k', b'm', 'sha1'),
            lambda: hmac.new(5, digestmod='md5'), lambda: hmac.new(b'k', 'str', 'sha1')]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
try:
    hmac.new(b'k', b'm', 'nosuch')
except ValueError as e:
    print('ValueError', e)

for a, b in [(b'abc', b'abc'), (b'abc', b'abd'), (b'abc', b'ab'), (b'', b''), ('abc', 'abc'),
             ('abc', 'abd'), (bytearray(b'x'), b'x'), (bytearray(b'x'), bytearray(b'x'))]:
    print(repr(a), repr(b), hmac.compare_digest(a, b))
for a, b in [('abc', b'abc'), (b'abc', 'abc'), (1, 1), ('é', 'é'), (None, b''), (b'', 1), ('a', 1), ([], [])]:
    try:
        print(hmac.compare_digest(a, b))
    except TypeError as e:
        print('TypeError', e)
