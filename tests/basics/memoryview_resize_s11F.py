# Resizing a bytearray while memoryviews of it exist. CPython refuses the
# resize (BufferError); we allow it (no export counting) but every access
# through an old view must stay memory safe: it either works on the current
# buffer or raises. So this prints only what both agree on: the resize
# attempts are guarded and the view accesses print just "ok" or the
# exception (ours: BufferError "underlying buffer was resized"), never the
# data read after a resize.
import gc


def attempt(what, f):
    try:
        f()
    except BufferError:
        pass
    print(what, "done")


def setitem(v, i, x):
    v[i] = x


OPS = (
    bytes, lambda v: v.tobytes(), lambda v: v.tolist(), len, lambda v: v[0], lambda v: v[-1],
    lambda v: setitem(v, 0, 65), lambda v: setitem(v, -1, 66),
    lambda v: setitem(v, slice(0, 1), b"C"), lambda v: setitem(v, slice(None), bytes(len(v))),
    list, lambda v: v == b"x", lambda v: v.hex(), lambda v: v[1:3].tobytes(),
    lambda v: bytearray(v), lambda v: b"".join([v]),
)


def use(v):
    # Reads and writes through a view, each on its own; the outcome is not
    # printed (it differs: CPython's buffer was not resized).
    for op in OPS:
        try:
            op(v)
        except (IndexError, ValueError, TypeError, BufferError):
            pass


for rounds in range(3):
    b = bytearray(b"0123456789" * 10)
    m = memoryview(b)
    s1 = m[10:90]
    s2 = s1[::3]
    s3 = m[::-2]
    s4 = m[50:]
    c = m.cast("B")
    views = [m, s1, s2, s3, s4, c, s1[5:20][::2]]

    def extend():
        b.extend(b"x" * 1000)

    def grow():
        b[10:20] = b"y" * 500

    def shrink():
        b[5:95] = b""

    def clear():
        b.clear()

    def delete():
        del b[::2]

    def iadd():
        global b
        bb = b
        bb += b"z" * 300

    def pop():
        for i in range(40):
            b.pop()

    for what, f in (("extend", extend), ("grow", grow), ("shrink", shrink),
                    ("clear", clear), ("del", delete), ("+=", iadd), ("pop", pop)):
        attempt(what, f)
        for v in views:
            use(v)
        gc.collect()
        for v in views:
            use(v)
    # Refill and use again after a collection freed the old buffers.
    try:
        b[:] = b"abc" * 2000
    except BufferError:
        pass
    gc.collect()
    for v in views:
        use(v)
    for v in views:
        v.release()
    print("round", rounds, "ok")

# A view of a view after the base is released and the bytearray resized.
b = bytearray(100)
m = memoryview(b)
v = m[10:20]
m.release()
try:
    b.extend(bytes(10000))
except BufferError:
    pass
gc.collect()
use(v)
v.release()
b.extend(b"1")
print(len(b) > 0)
