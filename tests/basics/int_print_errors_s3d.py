# Error cases: huge int() bases, byteorder with a NUL, Python 2 print >>.
import sys
for b in [2**64, -2**64, 37, 1]:
    try:
        int("42", b)
    except ValueError as e:
        print("ValueError", e)
for order in ["big\x00", "little\x00", "Big", ""]:
    try:
        int.from_bytes(b"a", order)
    except ValueError as e:
        print("ValueError", e)
print(int.from_bytes(b"ab", "big"), (5).to_bytes(2, "little"))
try:
    print >> sys.stderr, "x"
except TypeError as e:
    print("TypeError", str(e).split(": ", 1)[1].replace("_io.", ""))
try:
    len >> 1
except TypeError as e:
    print("TypeError", e)
