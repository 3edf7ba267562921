# itertools.groupby: grouping, key functions, and the shared-iterator
# semantics (advancing the groupby object ends the previous group).
import itertools

print([(k, list(g)) for k, g in itertools.groupby('AAAABBBCCDAABBB')])
print([k for k, g in itertools.groupby('AAAABBBCCD')])
print([(k, list(g)) for k, g in itertools.groupby([])])
print([(k, ''.join(g)) for k, g in itertools.groupby('aAbBBc', key=str.lower)])
print([(k, list(g)) for k, g in itertools.groupby(range(10), lambda x: x // 3)])
print([(k, list(g)) for k, g in itertools.groupby(iterable=[1, 1, 2], key=None)])

# Advancing the outer iterator invalidates the previous group.
g = itertools.groupby('aabbbc')
k1, g1 = next(g)
k2, g2 = next(g)
print(k1, list(g1), k2, list(g2))
g = itertools.groupby('aabbbc')
k1, g1 = next(g)
print(next(g1))
k2, g2 = next(g)
print(list(g1), next(g2), list(g2))
k3, g3 = next(g)
print(k3, list(g2), list(g3))
try:
    next(g)
except StopIteration:
    print('StopIteration')
print(list(g3))

# A group that was partly read: the outer loop skips the rest.
res = []
for k, grp in itertools.groupby([1, 1, 1, 2, 2, 3, 1, 1]):
    res.append((k, next(grp)))
print(res)

# Groups materialised in order work as usual.
groups = []
keys = []
for k, grp in itertools.groupby(sorted('mississippi')):
    groups.append(list(grp))
    keys.append(k)
print(keys, groups)

# A key function that is called once per item.
calls = []
def key(x):
    calls.append(x)
    return x % 2
print([(k, list(v)) for k, v in itertools.groupby([1, 3, 2, 4, 5], key)], calls)

# Equality through __eq__ of user objects.
class K:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v // 10 == other.v // 10
    def __repr__(self):
        return 'K(%d)' % self.v
print([(k, list(g)) for k, g in itertools.groupby([K(1), K(5), K(12), K(19), K(3)])])

# The group iterator keeps working through a generator input.
def gen():
    for c in 'xxyz':
        print('yield', c)
        yield c
for k, grp in itertools.groupby(gen()):
    print('group', k)
    print(list(grp))
print(type(itertools.groupby('')).__name__)

# A key __eq__ that advances the groupby object from inside a group read.
class E:
    g = None
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        if E.g is not None:
            g = E.g
            E.g = None
            next(g, None)
        return self.v == o.v
    def __repr__(self):
        return 'E%d' % self.v
gb = itertools.groupby([E(1), E(1), E(2), E(2), E(3)])
k, grp = next(gb)
E.g = gb
print(list(grp), [(k, list(v)) for k, v in gb])
