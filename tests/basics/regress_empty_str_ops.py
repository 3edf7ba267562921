# Operations whose result or argument is an empty str/bytes: the empty text
# may reach the interning code as a NULL pointer with length 0, which must
# not be passed to memcmp (undefined behaviour; `make sanitize` aborted here).
print(repr("".join([])), repr("".join(["", ""])), repr(b"".join([])))
print(repr("abcabc".replace("abc", "")), repr("x".strip("x")), repr("a,b"[3:]))
print(repr(str(b"", "ascii")), repr(b"".decode()), repr("".encode()))
print(repr("%s" % ""), repr("{}".format("")), repr(f"{''}"))
d = {"": 1}
print(d[""], d["x"[1:]], "" in d, getattr(type("", (), {}), "__name__") == "")
print(repr(" ".split()), repr("".splitlines()), repr("".partition("x")))
print(repr(str().lower()), repr("" * 5), repr("ab"[1:1] + "ab"[2:]))
print(int("0" + ""), float("1" + "".strip()), hash("") == hash("x"[:0]))
