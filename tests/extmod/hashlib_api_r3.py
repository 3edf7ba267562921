# The hash object API shared by CPython and MicroPython (plus hexdigest,
# copy, new and the attributes, which MicroPython lacks but CPython has).
import hashlib

for name in ("sha256", "sha224", "sha1", "md5"):
    ctor = getattr(hashlib, name)
    h = ctor(b"hello ")
    print(h.name, h.digest_size, h.block_size)
    # digest() does not finalise: more data can follow, digests repeat.
    d1 = h.digest()
    print(type(d1).__name__, len(d1), d1 == h.digest(), h.hexdigest() == d1.hex())
    print(h.update(b"world"))
    print(h.hexdigest(), h.hexdigest() == ctor(b"hello world").hexdigest())
    c = h.copy()
    c.update(b"!")
    print(h.hexdigest() == ctor(b"hello world").hexdigest(), c.hexdigest() == ctor(b"hello world!").hexdigest())
    # Any buffer: bytearray, memoryview, array.
    print(ctor(bytearray(b"xyz")).digest() == ctor(b"xyz").digest(),
          ctor(memoryview(b"0xyz1")[1:4]).digest() == ctor(b"xyz").digest())
    # new() by name, with and without data.
    print(hashlib.new(name).hexdigest() == ctor().hexdigest(), hashlib.new(name, b"q").digest() == ctor(b"q").digest())
    print(hashlib.new(name.upper(), b"q").digest() == ctor(b"q").digest())

import array
print(hashlib.sha256(array.array("B", [1, 2, 3])).hexdigest())
print(hashlib.md5(b"").digest())

def show(f, *args):
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__, e)

show(hashlib.sha256, "text")
show(hashlib.sha256().update, "text")
show(hashlib.md5, 123)
show(hashlib.sha1().update, None)
show(hashlib.new, "nosuchhash")
h = hashlib.sha256()
try:
    h.name = "x"
except AttributeError:
    print("AttributeError")
