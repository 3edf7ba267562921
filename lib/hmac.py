# hmac: keyed-hash message authentication (RFC 2104) over this
# interpreter's hashlib (md5, sha1, sha224, sha256), with the public API of
# CPython 3.11's module.

import hashlib as _hashlib

__all__ = ['new', 'compare_digest', 'digest', 'HMAC']

trans_5C = bytes([x ^ 0x5C for x in range(256)])
trans_36 = bytes([x ^ 0x36 for x in range(256)])

# PEP 247 asks for this module attribute; the size depends on the hash.
digest_size = None


def _hash_factory(digestmod):
    # digestmod may name a hash, be a constructor, or be a module that has
    # a new() function; the answer makes a fresh hash object from bytes.
    if not digestmod:
        raise TypeError("Missing required parameter 'digestmod'.")
    if isinstance(digestmod, str):
        return lambda data=b'': _hashlib.new(digestmod, data)
    if callable(digestmod):
        return digestmod
    return digestmod.new


def _buffer_bytes(obj):
    # the bytes of a buffer-protocol object, or None (str has no buffer)
    if isinstance(obj, str):
        return None
    try:
        return memoryview(obj).tobytes()
    except TypeError:
        return None


def compare_digest(a, b):
    # Compares without stopping at the first difference, so the time taken
    # does not tell an attacker how long a matching prefix was.
    if isinstance(a, str) and isinstance(b, str):
        if not (a.isascii() and b.isascii()):
            raise TypeError("comparing strings with non-ASCII characters is "
                            "not supported")
        a = a.encode('ascii')
        b = b.encode('ascii')
    else:
        va = _buffer_bytes(a)
        vb = _buffer_bytes(b)
        if va is None and vb is None:
            raise TypeError("unsupported operand types(s) or combination of "
                            "types: '%s' and '%s'"
                            % (type(a).__name__, type(b).__name__))
        for value, obj in ((va, a), (vb, b)):
            if value is None:
                raise TypeError("a bytes-like object is required, not '%s'"
                                % type(obj).__name__)
        a = va
        b = vb
    diff = len(a) ^ len(b)
    other = b if len(a) == len(b) else a
    for x, y in zip(a, other):
        diff |= x ^ y
    return diff == 0


class HMAC:
    blocksize = 64  # legacy class attribute; instances use block_size

    __slots__ = ('_ipad_hash', '_opad_hash', 'digest_size', 'block_size')

    def __init__(self, key, msg=None, digestmod=''):
        if not isinstance(key, (bytes, bytearray)):
            raise TypeError("key: expected bytes or bytearray, but got %r"
                            % type(key).__name__)
        make = _hash_factory(digestmod)
        inner = make()
        outer = make()
        self.digest_size = inner.digest_size
        block = getattr(inner, 'block_size', 64)
        if block < 16:
            block = self.blocksize
        self.block_size = block
        if len(key) > block:
            key = make(key).digest()
        key = bytes(key) + bytes(block - len(key))
        inner.update(key.translate(trans_36))
        outer.update(key.translate(trans_5C))
        self._ipad_hash = inner
        self._opad_hash = outer
        if msg is not None:
            self.update(msg)

    @property
    def name(self):
        return 'hmac-' + self._ipad_hash.name

    def update(self, msg):
        self._ipad_hash.update(msg)

    def copy(self):
        twin = HMAC.__new__(type(self))
        twin._ipad_hash = self._ipad_hash.copy()
        twin._opad_hash = self._opad_hash.copy()
        twin.digest_size = self.digest_size
        twin.block_size = self.block_size
        return twin

    def _finish(self):
        outer = self._opad_hash.copy()
        outer.update(self._ipad_hash.digest())
        return outer

    def digest(self):
        return self._finish().digest()

    def hexdigest(self):
        return self._finish().hexdigest()


def new(key, msg=None, digestmod=''):
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    return HMAC(key, msg, digest).digest()
