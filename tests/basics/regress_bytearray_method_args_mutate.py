# bytearray methods whose arguments run code (__index__, __bool__, an
# iterator) that resizes the receiver: the receiver's bytes are read again
# after the conversions, and a moved buffer is never read after being freed.
# Where the receiver grows (and for find), CPython's results depend on stale reads, so only
# the outcome's kind is printed for those.


def t(name, f, show=True):
    try:
        r = f()
        print(name, r if show else "ok")
    except Exception as e:
        print(name, type(e).__name__)


B = bytearray()


class Clear:
    def __index__(self):
        B.clear()
        return 3


class Grow:
    def __index__(self):
        B.extend(b"z" * 5000)
        return 1


def fresh(v=b"abcdefabcdef"):
    global B
    B = bytearray(v)
    return B


t("count", lambda: fresh().count(b"c", 0, Clear()))
# CPython searches the freed buffer here (its result depends on what the
# allocator left there): only that the call returns or raises is checked.
try:
    fresh().index(Clear())
except ValueError:
    pass
print("index cleared: survived")
t("replace", lambda: fresh().replace(b"a", b"x", Clear()))
t("split", lambda: fresh().split(b"a", Clear()))
t("rsplit", lambda: fresh().rsplit(b"a", Clear()))
t("center", lambda: fresh().center(Clear()))
t("ljust", lambda: fresh().ljust(Clear(), b"-"))
t("zfill", lambda: fresh().zfill(Clear()))
t("expandtabs", lambda: fresh(b"a\tb").expandtabs(Clear()))
t("startswith", lambda: fresh().startswith(b"a", Clear()))
for name, f in (
    ("find cleared", lambda: fresh().find(b"c", Clear())),
    ("find", lambda: fresh().find(b"c", Grow())),
    ("count", lambda: fresh().count(b"c", Grow())),
    ("startswith", lambda: fresh().startswith(b"c", Grow())),
    ("replace", lambda: fresh().replace(b"c", b"d", Grow())),
    ("split", lambda: fresh().split(b",", Grow())),
    ("center", lambda: fresh().center(Grow())),
    ("zfill", lambda: fresh().zfill(Grow())),
    ("expandtabs", lambda: fresh(b"a\tb").expandtabs(Grow())),
):
    t(name + " changed", f, False)
print(b"abc".find(True), bytearray(b"abc").index(98), b"a\x01".count(True))
