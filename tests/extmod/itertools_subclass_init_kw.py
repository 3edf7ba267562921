# Subclasses of the itertools that take no keywords may take their own in
# __init__: the built-in part is made from the positional arguments alone.
import itertools
class C(itertools.chain):
    def __init__(self, *a, newarg=None):
        self.n = newarg
c = C([1], [2], newarg=3)
print(list(c), c.n)
class T(itertools.takewhile):
    def __init__(self, *a, tag=''):
        self.tag = tag
t = T(lambda x: x < 3, range(10), tag='x')
print(list(t), t.tag)
class P(itertools.chain): pass
class P(itertools.chain):
    pass
try:
    P([1], k=2)
except TypeError as e:
    print('TypeError', e)
class I(itertools.islice):
    def __init__(self, it, stop, label=''):
        self.label = label
print(list(I(range(10), 4, label='first four')))
