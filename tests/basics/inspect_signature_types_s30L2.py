# inspect.signature: a built-in type without a known signature is a
# ValueError (it recursed for ever through the type's __new__ slot wrapper),
# and a namedtuple class shows its fields (its __new__ is made in C here)
import inspect, collections, typing

P = collections.namedtuple('P', 'a b', defaults=[2])
class Q(P): pass
class R(P):
    def __new__(cls, z): return super().__new__(cls, z, z)
class NT(typing.NamedTuple):
    x: int
    y: str = 'a'
for c in (P, Q, R, NT):
    print(c.__name__, inspect.signature(c), inspect.signature(c).bind(1).arguments)
print(inspect.signature(collections.namedtuple('E', '')))

for t in (int, dict, range, zip, map, str, bytes, set, frozenset, Exception, ValueError, object):
    try:
        print(t.__name__, inspect.signature(t))
    except ValueError as e:
        print(t.__name__, 'ValueError', e)
