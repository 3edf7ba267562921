# itemgetter, attrgetter and methodcaller survive pickle and copy.
import copy
import operator
import pickle

getters = [
    operator.itemgetter(1), operator.itemgetter(0, 2), operator.attrgetter('real'),
    operator.attrgetter('a.b', 'c'), operator.methodcaller('split'),
    operator.methodcaller('split', ','), operator.methodcaller('split', ',', maxsplit=1),
]
for g in getters:
    same = all(repr(pickle.loads(pickle.dumps(g, p))) == repr(g) for p in range(pickle.HIGHEST_PROTOCOL + 1))
    print(repr(g), same, repr(copy.copy(g)) == repr(g), repr(copy.deepcopy(g)) == repr(g))
print(operator.itemgetter(1).__reduce__())
print(operator.attrgetter('x.y').__reduce__())
print(operator.methodcaller('split', ',').__reduce__())
f = pickle.loads(pickle.dumps(operator.methodcaller('split', ',', maxsplit=1)))
print(f('a,b,c'), pickle.loads(pickle.dumps(operator.itemgetter(1, 0)))('ab'))
