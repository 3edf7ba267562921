# A subject that is returned whole (no match for sub/split, a match spanning
# all of it) is the same object, as in CPython; an anchored pattern on a long
# subject fails at once instead of trying every position.
import re

s = "abc" * 5
b = b"abc" * 5
print(re.split("y", s)[0] is s, re.split(b"y", b)[0] is b)
print(re.match(".*", s).group() is s, re.match(b".*", b).group() is b)
print(re.sub("y", "", s) is s, re.subn("y", "", s)[0] is s)
print(re.findall(".*", s)[0] is s)

# Copies where the subject is not exact str/bytes.
class S(str):
    pass

ss = S(s)
r = re.sub("y", "", ss)
print(type(r).__name__, r == s, r is ss)
ba = bytearray(b)
r = re.split(b"y", ba)
print(type(r[0]).__name__, r[0] == b)
print(re.sub(b"y", b"", ba), re.sub("b", "-", s), re.subn(b"b", b"", b))

# Long subject with anchors: results only (time is not measured).
big = "x" * 1000000
for p in (r"\Ay", r"^y"):
    print(re.search(p, big), re.split(p, big)[0] is big, re.findall(p, big),
          list(re.finditer(p, big)), re.sub(p, "", big) is big)
print(re.search(r"^y", "y" + big).span(), len(re.sub(r"\Ax", "", big)))
