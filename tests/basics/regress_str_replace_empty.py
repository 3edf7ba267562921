# replace() whose result is empty (UBSan once flagged memcpy to a NULL buffer).
print(repr("abcabc".replace("abc", "")))
print(repr("a".replace("a", "")))
print(repr("".replace("", "")))
print(repr("".replace("x", "y")))
print(repr("aaa".replace("a", "", 2)))
print(b"abcabc".replace(b"abc", b""))
print(bytearray(b"aa").replace(b"a", b""))
print(repr("".replace("", "x")))
