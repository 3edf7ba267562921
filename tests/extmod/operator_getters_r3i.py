# operator: itemgetter, attrgetter (dotted and multiple names) and
# methodcaller, with their reprs and errors.
import operator
from operator import itemgetter, attrgetter, methodcaller

g = itemgetter(1)
print(g('abc'), g([5, 6]), itemgetter(0, 2)('abc'), itemgetter('k')({'k': 9}), itemgetter(slice(1, None))('hello'))
print(repr(g), repr(itemgetter(0, 'a', None)), type(g).__name__)
data = [('b', 2), ('a', 3), ('c', 1)]
print(sorted(data, key=itemgetter(1)), sorted(data, key=itemgetter(0)), list(map(itemgetter(0), data)))
print(max(data, key=itemgetter(1)), itemgetter(-1)(range(5)))
class G:
    def __getitem__(self, k):
        return ('got', k)
print(itemgetter(3, 'x')(G()))
for bad in [(itemgetter(5), 'ab'), (itemgetter('x'), {})]:
    try:
        bad[0](bad[1])
    except (IndexError, KeyError) as e:
        print(type(e).__name__)

class Node:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child
n = Node('root', Node('leaf', Node('deep')))
print(attrgetter('name')(n), attrgetter('child.name')(n), attrgetter('child.child.name')(n))
print(attrgetter('name', 'child.name')(n), attrgetter('real', 'imag')(3 + 4j))
print(repr(attrgetter('name')), repr(attrgetter('a.b', 'c')), type(attrgetter('x')).__name__)
nodes = [Node('b'), Node('c'), Node('a')]
print([x.name for x in sorted(nodes, key=attrgetter('name'))])
try:
    attrgetter('child.missing')(n)
except AttributeError:
    print('AttributeError')
try:
    attrgetter('child.child.child.name')(n)
except AttributeError:
    print('AttributeError None')

m = methodcaller('upper')
print(m('abc'), methodcaller('split', ',')('a,b,c'), methodcaller('split', sep='-', maxsplit=1)('a-b-c'))
print(methodcaller('get', 'k', 0)({}), methodcaller('count', 1)([1, 2, 1]))
print(repr(m), repr(methodcaller('split', ',', maxsplit=1)), type(m).__name__)
class C:
    def meth(self, *a, **k):
        return a, sorted(k.items())
print(methodcaller('meth', 1, x=2)(C()))
try:
    methodcaller('nothere')(C())
except AttributeError:
    print('AttributeError')

for make, args in [(itemgetter, ()), (attrgetter, ()), (attrgetter, (1,)), (methodcaller, ()), (methodcaller, (5,))]:
    try:
        make(*args)
    except TypeError as e:
        print(make.__name__, 'TypeError', e)
for call in [lambda: itemgetter(0)(), lambda: itemgetter(0)([1], [2]), lambda: attrgetter('a')(),
             lambda: methodcaller('x')(1, 2), lambda: itemgetter(0)(obj=[1])]:
    try:
        call()
    except TypeError as e:
        print('TypeError', e)
