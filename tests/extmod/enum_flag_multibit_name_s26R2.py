# A Flag value that single-bit members do not fully name: multi-bit members
# join the name, left-over bits show as a number (or a STRICT error).
from enum import Flag, IntFlag, KEEP


class Hint(Flag):
    HIDDEN = 0x10
    DIGITS = 0x01
    LETTERS = 0x02
    MASK = 0x0F


for v in (0x1F, 0x13, 0x0F, 0x1C, 0x0C, 0x04):
    try:
        m = Hint(v)
        print(v, str(m), repr(m))
    except ValueError as e:
        print(v, "ValueError", e)
print(str(Hint.HIDDEN | Hint.MASK))


class K(IntFlag, boundary=KEEP):
    A = 1
    AB = 3
    C = 4


for v in (3, 7, 2, 6, 15, 8):
    print(v, repr(K(v)))
