# list.index's start/stop: their __index__ runs before the list's length is
# read, so one that grows the list cannot turn a start past the end into a
# search that never ends (found by the fuzzer: it hung).
X = []


class I:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        X.insert(0, 1)
        return self.v

    def __eq__(self, o):
        X.insert(0, 1)
        return False


try:
    print(X.index(I(2**40), I(2**40)))
except ValueError:
    print("ValueError")
print(len(X))
X[:] = [5, 6, 7]
try:
    print(X.index(5, I(-2)))
except ValueError:
    print("ValueError")
print(X.index(5, I(-4)), len(X))
X[:] = [5, 6, 7]
print(X.index(7, -1), X.index(6, -2, -1), X.index(5, False, True))
for a in ((None,), (0, None), ('a',), (1.5,)):
    try:
        X.index(5, *a)
    except TypeError as e:
        print(e)
