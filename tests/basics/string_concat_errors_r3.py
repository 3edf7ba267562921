# TypeError messages of str/bytes/bytearray + and * with a wrong operand,
# and reflected operators of user classes still being tried.
def t(f):
    try:
        print(repr(f()))
    except TypeError as e:
        print("TypeError", e)

pairs = [("a", 1), ("a", 1.5), ("a", None), ("a", b"b"), ("a", [1]), (b"a", "b"), (b"a", 1),
    (bytearray(b"a"), "x"), (bytearray(b"a"), 2.0), (1.5, "a"), (None, "a"), (2.0, b"x"),
    (2.0, bytearray(b"x")), ("a", "b"), (b"a", b"b")]
for a, b in pairs:
    t(lambda: a + b)
    t(lambda: a * b)

def iadd(a, b):
    a += b
    return a
t(lambda: iadd("x", 1))
t(lambda: iadd(b"x", "y"))
t(lambda: iadd(bytearray(b"x"), "y"))

class R:
    def __radd__(self, o):
        return "radd " + repr(o)
    def __rmul__(self, o):
        return "rmul " + repr(o)
for s in ["a", b"a", bytearray(b"a")]:
    t(lambda: s + R())
    t(lambda: s * R())
class S(str):
    pass
t(lambda: S("a") + 1)
t(lambda: S("a") + "b")
