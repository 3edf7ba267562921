# count() with a bool start and the int step 1 counts in ints from the start
import itertools

for a in [(True,), (False,), (True, True), (True, 1), (True, 1.0), (True, 1.5), (True, False),
        (False, 2), (1, True), ()]:
    c = itertools.count(*a)
    print(repr(c), [repr(next(c)) for i in range(3)], repr(c))
