# Flag iteration/len/_member_names_ keep only single-bit members, in
# definition order; composite names follow definition order too.
from enum import Flag, IntFlag, auto
class AB(Flag):
    A = 1
    B = 2
    MASK = 3
    Z = 0
    D = 8
print(list(AB), len(AB), list(AB.__members__), repr(AB.MASK), repr(AB(3)), AB.MASK is AB(3), repr(AB.Z), list(reversed(AB)))
print(AB._member_names_, list(AB.MASK), repr(~AB.A), repr(~AB.MASK), AB.MASK.name, repr(AB(11)))
class P(IntFlag):
    R = 4
    W = 2
    X = 1
    RWX = 7
print(list(P), len(P), repr(P.RWX), repr(P(6)), repr(~P.R), str(P.RWX), format(P.W), list(P.RWX))
