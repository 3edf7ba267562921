# StringIO and BytesIO: CPython's wording of errors (which differs between
# the two classes), readlines(hint) and BytesIO.getbuffer.
import io

def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for cls, init in ((io.StringIO, "abc\ndef\n"), (io.BytesIO, b"abc\ndef\n")):
    s = cls(init)
    name = cls.__name__
    t(name + " seek neg", lambda: s.seek(-1))
    t(name + " seek whence", lambda: s.seek(0, 3))
    t(name + " seek end", lambda: s.seek(-1, 2) if cls is io.BytesIO else s.seek(0, 2))
    t(name + " truncate neg", lambda: s.truncate(-1))
    s.close()
    for meth in ("read", "readline", "readlines", "write", "seek", "tell", "truncate",
                 "getvalue", "isatty", "readable", "__enter__", "__iter__"):
        args = {"write": (init[:1],), "seek": (0,)}.get(meth, ())
        t(name + " closed " + meth, lambda: getattr(s, meth)(*args) and None)

s = io.StringIO("x")
t("cur-relative", lambda: s.seek(1, 1))
t("end-relative", lambda: s.seek(-1, 2))
t("write int", lambda: s.write(5))
t("write bytes", lambda: s.write(b"b"))

for hint in (None, -1, 0, 1, 2, 3, 4, 5, 6, 100):
    print(hint, io.StringIO("a\nbb\nccc\n").readlines(hint),
          io.BytesIO(b"a\nbb\nccc\n").readlines(hint))

b = io.BytesIO(b"hello")
v = b.getbuffer()
print(type(v).__name__, len(v), bytes(v), v[1])
del v  # CPython refuses to close while a view exists
b.close()
t("getbuffer closed", b.getbuffer)
print(hasattr(io.StringIO(), "getbuffer"))
