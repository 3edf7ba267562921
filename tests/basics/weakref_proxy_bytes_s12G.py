# bytes() of a weak proxy uses the referent's __bytes__ (the proxy forwards
# it), and a dead proxy raises ReferenceError.
import weakref, gc

class C:
    def __str__(self):
        return "string"

    def __bytes__(self):
        return b"bytes"

class N:
    pass

i = C()
p = weakref.proxy(i)
print(bytes(p), str(p))
# As in CPython, a referent without __bytes__ gives AttributeError.
n = N()
try:
    bytes(weakref.proxy(n))
except AttributeError:
    print("AttributeError")

def dead_proxy():
    o = C()
    return weakref.proxy(o)

p = dead_proxy()
for _ in range(3):
    gc.collect()
try:
    bytes(p)
except ReferenceError:
    print("ReferenceError")
