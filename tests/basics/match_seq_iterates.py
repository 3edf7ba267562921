# Sequence patterns take a non-exact sequence's items by iteration (as
# CPython unpacks), except around a wildcard star, where they are indexed.
class S(list):
    def __getitem__(s, i):
        return 0
for subj in (S([1, 2]), S([1, 2, 3])):
    match subj:
        case [a, b]:
            print("two", a, b)
        case [a, *rest]:
            print("star", a, rest)
match S([1, 2, 3]):
    case [a, *_, b]:
        print("wild", a, b)
import collections
match collections.deque([4, 5]):
    case [x, y]:
        print("deque", x, y)
match range(3):
    case [p, *q]:
        print("range", p, q)
