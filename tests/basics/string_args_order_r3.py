# Which argument of a str/bytes/int method is checked first, and CPython's
# wording for each (error type and message printed).
def t(f):
    try:
        print(repr(f()))
    except (TypeError, ValueError, LookupError) as e:
        print(type(e).__name__, e)

# start/end are converted before the substring is looked at.
t(lambda: b"abc".find(2**70, "x"))
t(lambda: "abc".rindex(["a"], "x"))
t(lambda: "abc".count(0, "x"))
t(lambda: "abc".endswith(2, "x"))
t(lambda: b"abc".index("-", b"x"))
t(lambda: "abcabc".find("c", 3), )
t(lambda: "abcabc".startswith("c", 2, None))

t(lambda: "-42".split(1.5))
t(lambda: "x".replace(2**70, "y"))
t(lambda: "x".replace("x", 5))
t(lambda: "abc".removeprefix(("x",)))
t(lambda: "abc".removesuffix(bytearray(b"c")))
t(lambda: b"abc".removeprefix("a"))
t(lambda: (5).to_bytes(2, 1))
t(lambda: int.from_bytes(b"a", 1))
t(lambda: "x".encode("bogus", ()))
t(lambda: b"x".decode("bogus", 5))
t(lambda: "x".encode("bogus"))
t(lambda: bytearray(b"ab").__contains__(2**70))
t(lambda: 2**70 in b"ab")
t(lambda: True in b"\x01")
t(lambda: ",".join(1))
t(lambda: ",".join(x for x in "ab"))
t(lambda: "a\nb".splitlines(1.5))
t(lambda: "a\nb".splitlines(2))
t(lambda: b"a\nb".splitlines(True))
for v in [5, 1.5, "a", True]:
    t(lambda: v.__format__(5))
