# namedtuple: each class's __new__ shows the defaults as __defaults__ (None
# without any) and __kwdefaults__ None, as CPython's generated function.
from collections import namedtuple
for d in (None, (), [1], (10, 20)):
    P = namedtuple('P', 'x y', defaults=d)
    print(P.__new__.__defaults__, P.__new__.__kwdefaults__, P.__new__.__name__, type(P.__new__).__name__)
    print(P(5, 6), P.__new__(P, 7, y=8))
P = namedtuple('P', 'x y', defaults=[1])
print(P(3), P(x=4))
try: P()
except TypeError as e: print(e)
class Q(P):
    pass
print(Q(1), Q.__new__.__defaults__)
import pickle, copy
print(pickle.loads(pickle.dumps(P(1, 2))), copy.copy(P(3, 4)))
