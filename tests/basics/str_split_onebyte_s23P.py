# split() with a one-byte separator searches with memchr directly: empty
# parts, separators at both ends, maxsplit, and all three kinds.
for s in ("a,b,c", ",a,,b,", ",", ",,", "abc", "", "é,ü,,€", "a," * 300):
    for n in (-1, 0, 1, 2, 5):
        r = s.split(",", n)
        print(len(r), r[:4], r[-1:], s.rsplit(",", n)[:3] if n < 3 else "")
        assert ",".join(r) == s
        rb = s.encode().split(b",", n)
        assert rb == [x.encode() for x in r]
        assert bytearray(s.encode()).split(b",", n) == rb
print("x y  z".split(" "), b"x\ny\n".split(b"\n"), "k=v=w".split("=", 1))
print("é,a".split(",")[0] == "é", len("é,a".split(",")[0]))
