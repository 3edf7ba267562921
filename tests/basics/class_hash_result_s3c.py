# A user __hash__ result that fits a machine word is used as is (-1 -> -2);
# larger ints are reduced as hash() of the int.
class H:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v

for v in (0, 1, -1, -2, 2**31, 2**60, 2**62, 2**63 - 1, -2**63, -5029647727744300836,
          True, False):
    print(v, hash(H(v)))
for v in (2**63, 2**64 + 5, -2**63 - 1, 10**30):
    print(v, hash(H(v)) == hash(v))

# the usual idiom: hash an instance as a tuple of its fields
class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
print(hash(P(1, 2)) == hash((1, 2)), len({P(1, 2), P(1, 2), P(2, 1)}))
d = {P(3, 4): 'a'}
print(d[P(3, 4)])

class IntSub(int):
    pass
class H2:
    def __hash__(self):
        return IntSub(2**62)
print(hash(H2()))
class Bad:
    def __hash__(self):
        return 1.5
try:
    hash(Bad())
except TypeError as e:
    print('TypeError', e)
