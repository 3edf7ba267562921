# list and bytearray errors whose type and text CPython fixes.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

def assign(sl, v):
    a = list(range(6))
    a[sl] = v
    return a
t(lambda: assign(slice(1, 3), 5))
t(lambda: assign(slice(1, 3), None))
t(lambda: assign(slice(None, None, 2), 5))
t(lambda: assign(slice(1, 3), iter("xy")))
t(lambda: assign(slice(None, None, 2), "xyz"))

# index() bounds may not be None (unlike slice bounds).
t(lambda: [1, 2, 3].index(1, None))
t(lambda: [1, 2, 3].index(1, 0, "x"))
t(lambda: (1, 2, 3).index(3, None))
t(lambda: [1, 2, 3][None:"x"])
t(lambda: "abc".find("c", None, None))

# insert with a huge index.
t(lambda: [1].insert(2**100, 0))
l = [1, 2]
l.insert(-2**40, 0)
l.insert(2**40, 9)
print(l)

# bytearray.extend with a non-iterable; bytearray repr escapes ' in "...".
t(lambda: bytearray().extend(1))
t(lambda: bytearray().extend(None))
t(lambda: bytearray().extend("ab"))
t(lambda: bytearray(b"a").__setitem__(slice(0, 1), 1.5))
for b in [b"'", b"'\"", b'"', b"a'b", b"\\'"]:
    print(repr(bytearray(b)), repr(b))
