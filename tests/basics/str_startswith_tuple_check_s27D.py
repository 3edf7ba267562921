# startswith/endswith check the type of every item of a tuple even when the
# start is past the end and nothing can match (CPython's order)
cases = [
    ((1,), 3), (("a", 1), 5), (("z", 1), 0, 0), ((1,),), (("a", 1),), ((1, "a"),),
    ((), 5), (("",), 1), (("",), 2), (1, 3), ("", 2), ("", 1),
]
for o in ("a", b"a", bytearray(b"a")):
    for args in cases:
        if not isinstance(o, str):
            args = tuple(
                tuple(x.encode() if isinstance(x, str) else x for x in a) if isinstance(a, tuple)
                else a.encode() if isinstance(a, str) else a
                for a in args
            )
        for m in ("startswith", "endswith"):
            try:
                print(m, getattr(o, m)(*args))
            except TypeError as e:
                print(m, "TypeError", e)
