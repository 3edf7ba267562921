# A key's __eq__ that clears or refills the dict (or set) during a lookup:
# the lookup must start again on the changed table, not crash.

D = {i: i for i in range(5)}


class K:
    def __hash__(self):
        return 1

    def __eq__(self, o):
        D.clear()
        return False


print(K() in D, D)

D = {i: i for i in range(20)}


class K2:
    def __hash__(self):
        return 1

    def __eq__(self, o):
        D.clear()
        for i in range(10):
            D[str(i)] = i
        return False


print(K2() in D, len(D))

D = {i: i for i in range(5)}
k = K()
D[k] = 5
print(len(D), D[k])

D = {"a": 1, "b": 2, 1: 1}


class K4:
    def __hash__(self):
        return 1

    def __eq__(self, o):
        D.clear()
        D["x"] = 1
        return False


print(D.pop(K4(), "dflt"), D)

S = set(range(5))


class K5:
    def __hash__(self):
        return 1

    def __eq__(self, o):
        S.clear()
        return False


print(K5() in S, S)
S = set(range(5))
S.add(K5())
print(len(S))
