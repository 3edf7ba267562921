# a validating input processor that reports exception messages
def f(a, b, *, c): return a
class K:
    __slots__ = ("a",)
    def m(self, x): return x
cases = [
    lambda: int("abc"), lambda: int("12", 1), lambda: float("x1"), lambda: [].pop(), lambda: [1].index(5),
    lambda: {}["x"], lambda: 1 + "a", lambda: "a" + 1, lambda: None.foo, lambda: len(5), lambda: f(1),
    lambda: f(1, 2), lambda: f(1, 2, 3, c=1), lambda: f(1, 2, c=1, d=2), lambda: K().m(), lambda: K().b,
    lambda: K().__setattr__("zz", 1), lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: 2.0 / 0,
    lambda: "abc"[5], lambda: (1, 2)[9], lambda: "x" * "y", lambda: [1, 2] < "a", lambda: sorted([1, "a"]),
    lambda: int(None), lambda: iter(5), lambda: next(iter([])), lambda: "a".join([1]), lambda: {}.pop("k"),
    lambda: set().pop(), lambda: (lambda: 0)(1), lambda: dict(a=1)["b"], lambda: list(range(3))[1:2:0],
    lambda: ord("ab"), lambda: chr(-1), lambda: "abc".index("z"), lambda: int("9" * 5000), lambda: int("1e5"),
    lambda: [].remove(1), lambda: {1, 2}.remove(3), lambda: tuple()[0], lambda: divmod(1, 0), lambda: 10 ** -1 % 0,
    lambda: "%d" % "x", lambda: "%s %s" % ("a",), lambda: "{} {}".format(1), lambda: "{x}".format(y=1),
    lambda: hash([]), lambda: {[]: 1}, lambda: abs("x"), lambda: -"x", lambda: 5(), lambda: "abc".foo(),
    lambda: getattr(1, "zz"), lambda: object().x, lambda: type("X", (), {})().y, lambda: int.bad,
    lambda: [1, 2, 3][1.5], lambda: "s"[None:"x"], lambda: bytes([300]), lambda: bytearray(b"a")[0:1].decode("x-unknown"),
    lambda: round("x"), lambda: max([]), lambda: min(1), lambda: sum(["a", "b"]), lambda: range(1.5),
    lambda: {}.update(1), lambda: dict([1, 2]), lambda: list(1), lambda: str(b"x", "bad-enc"),
    lambda: (1).to_bytes(1, "middle"), lambda: 2 ** 10000 * 1.0, lambda: float(2 ** 2000), lambda: __import__("no_such_mod"),
    lambda: undefined_name, lambda: exec("x = (1,"), lambda: eval("1 +"), lambda: compile("def", "f", "exec"),
]
for i, c in enumerate(cases):
    try:
        r = c()
        print(i, "no error", repr(r)[:30])
    except Exception as e:
        print(i, type(e).__name__, e)
