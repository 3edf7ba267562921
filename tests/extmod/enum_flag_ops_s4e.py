# Flag and IntFlag |, & and ^ (and reflected): members of the same class,
# plain ints for IntFlag only; other operands give TypeError.
from enum import Flag, IntFlag

class C(Flag):
    R = 1
    G = 2
    B = 4

class P(IntFlag):
    X = 1
    W = 2

print(C.R | C.G, C.R & C.G, (C.R | C.B) ^ C.B, C.R | C.G | C.B)
print(P.X | 2, 2 | P.X, P.W & 3, 3 ^ P.W, P.X ^ P.X)
for f in (lambda: C.R | 1, lambda: 1 & C.R, lambda: C.R ^ P.X, lambda: C.R | None):
    try:
        print(f())
    except TypeError:
        print('TypeError')
