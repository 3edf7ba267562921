# the collections types work with json and dict() like their CPython versions
import json
from collections import namedtuple, OrderedDict, defaultdict, Counter, deque

P = namedtuple('P', 'x y')
od = OrderedDict([('b', 1), ('a', 2)])
dd = defaultdict(list, {'k': [1]})
print(json.dumps(P(1, 2)), json.dumps(od), json.dumps(dd), json.dumps(Counter('aab')))
print(json.dumps({'p': P(3, 4), 'od': od}, sort_keys=True))
print(dict(od), {**od}, dict(dd), list(deque([1, 2])), tuple(P(5, 6)))
def f(**kw):
    return sorted(kw.items())
print(f(**od), f(**dd))
