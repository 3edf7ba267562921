# A key's __eq__ or __hash__ that clears or refills the dict (or set) during a
# lookup: the lookup must go on from the changed table, not crash.

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

# The same when __hash__ changes the dict (or set) before the lookup.
X={i:i for i in range(100)}
class K:
    def __hash__(self): X.clear(); return 200
X[K()] = 0; print(len(X))
X={i:i for i in range(100)}
print(K() in X, len(X))
X={i:i for i in range(100)}
print(X.pop(K(), 'd'), len(X))
X={i:i for i in range(100)}
class K2:
    def __hash__(self):
        X.clear()
        for i in range(20): X['k%d' % i] = i
        return 200
X[K2()] = 1; print(len(X), sorted(k for k in X if isinstance(k, str))[:3])
X={'a':1}
class K3:
    def __hash__(self):
        X.clear(); X[(1,2)] = 3; return 7
X[K3()] = 1; print(len(X))
X={'a':1}
print(K3() in X, len(X))
X={i:i for i in range(100)}
class K4:
    def __hash__(self): X.clear(); return hash('zz')
    def __eq__(self, o): return o == 'zz'
print(K4() in X)
X={i:i for i in range(100)}
X['zz'] = 1
class K5:
    def __hash__(self): X.clear(); X['zz']=2; return hash('zz')
    def __eq__(self, o): return o == 'zz'
print(X.get(K5()), len(X))
S=set(range(100))
class K6:
    def __hash__(self): S.clear(); return 5
S.add(K6()); print(len(S))
