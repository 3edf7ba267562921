# str/bytes join and split: the one-byte separator path of join, empty and
# multi-byte separators, non-ASCII text, and splits with more parts than
# split's memo of separator positions (256), forward and from the right.
print(repr(",".join(["a", "", "bc", ""])), repr("".join(["x", "", "y"])))
print(repr("::".join(["a", "b", "c"])), repr(", ".join(["only"])), repr("-".join([])))
print(repr("-".join(("t", "u"))), repr("+".join(iter(["g", "h", "i"]))))
print(repr("\u00e9".join(["a", "b"])), len("\u00e9".join(["a", "b", "c"])))
s = "|".join(["\u00e9t\u00e9", "x", "\u4e2d"])
print(repr(s), len(s), s[4], s[-1])
print(repr(" ".join(["ab", "\u00fc"]).upper()), repr("-".join(["", ""])))
print(b"|".join([b"a", bytearray(b"b"), memoryview(b"c")]), b"".join([b"", b"z"]))
print(b"\xff".join([b"1", b"2"]), bytearray(b"--").join([b"q", b"r"]))
print(bytearray(b"").join([b"q", b"r"]), bytearray(b"/").join([]))
print(repr(str(b"\x00".join([b"a", b"b"]))))
for bad in ([1], ["a", 2], [b"x"]):
    try:
        ",".join(bad)
    except TypeError:
        print("TypeError")
try:
    b",".join([b"a", "b"])
except TypeError:
    print("TypeError")

for n in (1, 127, 128, 129, 255, 256, 257, 258, 600):
    line = ",".join(str(i) for i in range(n))
    parts = line.split(",")
    r = line.rsplit(",")
    print(n, len(parts), parts[0], parts[-1], parts == r, ",".join(parts) == line)
    for m in (0, 1, 200, 255, 256, 257, 1000):
        a = line.split(",", m)
        b = line.rsplit(",", m)
        print(" ", m, len(a), a[-1][:12], len(b), b[0][:12], ",".join(a) == line, ",".join(b) == line)
words = ("ab cd " * 300).split(" ")
print(len(words), words[:3], words[-3:])
print(len(("xy--" * 400).split("--")), ("xy--" * 400).split("--")[-2:])
print(len(("xy--" * 400).rsplit("--", 300)), ("xy--" * 400).rsplit("--", 300)[:2])
print(len(b"a,b," * 200), len((b"a,b," * 200).split(b",")), (b"a,b," * 200).split(b",")[-3:])
print(len(bytearray(b"1 2 " * 150).split(b" ")))
u = "\u00e9|" * 300
print(len(u.split("|")), u.split("|")[299], len(u.split("|")[299]))
