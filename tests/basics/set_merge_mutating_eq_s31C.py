# A union/update merging a set whose items' __eq__ (called by the lookups in
# the result) rebuilds that set: the merge read the stale hash array of the
# freed table (a use-after-free under ASan).
n = [0]


class K:
    def __hash__(self):
        return 3

    def __eq__(self, other):
        n[0] += 1
        if n[0] < 50:
            s.clear()
            s.update(range(100))
        return False


for op in ("or", "update", "frozen", "ior"):
    s = set(range(10))
    n[0] = 0
    try:
        if op == "or":
            r = {K()} | s
        elif op == "update":
            r = {K()}
            r.update(s)
        elif op == "frozen":
            r = frozenset([K()]) | s
        else:
            r = {K()}
            r |= s
        print(op, type(r).__name__, n[0] > 0)
    except RuntimeError as e:
        print(op, "RuntimeError")
