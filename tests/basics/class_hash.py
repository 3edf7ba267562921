# __hash__ controls use as dict keys and set members
class Key:
    def __init__(self, k):
        self.k = k
    def __hash__(self):
        return hash(self.k)
    def __eq__(self, o):
        return isinstance(o, Key) and self.k == o.k
d = {Key(1): 'one', Key('a'): 'A'}
print(d[Key(1)], d[Key('a')], Key(2) in d)
s = {Key(1), Key(1), Key(2)}
print(len(s))
print(hash(Key(5)) == hash(5))
class NoHash:
    def __eq__(self, o):
        return True
try:
    {NoHash(): 1}
except TypeError:
    print('TypeError: unhashable (defining __eq__ sets __hash__ to None)')
class Plain:
    pass
p = Plain()
print(hash(p) == hash(p), {p: 1}[p])
