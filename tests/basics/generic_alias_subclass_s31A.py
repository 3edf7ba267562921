# types.GenericAlias can be subclassed (CPython's collections.abc does) and
# weakly referenced; isinstance/issubclass refuse an alias of either kind.
import types
import weakref


class SubClass(types.GenericAlias):
    pass


a = SubClass(list, int)
print(repr(a), type(a).__name__, a.__origin__, a.__args__, a.__parameters__)
print(a == list[int], list[int] == a, hash(a) == hash(list[int]))
print(a([1, 2]), isinstance(a, types.GenericAlias))
print(repr(a | None), repr(None | a), (int | a).__args__)


class L(a):
    pass


print(L.__bases__, L([3]))
print(sorted(set(dir(a)) - set(dir(list))))
b = SubClass(tuple, (int, str))
print(repr(b), repr([*b][0]))
print(repr(SubClass(dict, (str, list[int]))))


class Bad(types.GenericAlias):
    def __new__(cls, *args, **kwargs):
        super().__new__(cls, *args, **kwargs)


try:
    Bad(list, int, bad=int)
except TypeError:
    print("TypeError")
print(Bad(list, int))

for f in (
    lambda: isinstance([], a),
    lambda: issubclass(list, a),
    lambda: isinstance(1, (str, a)),
    lambda: isinstance([], list[int]),
    lambda: issubclass(5, list[int]),
    lambda: issubclass(5, (a,)),
    lambda: issubclass(5, int),
    lambda: isinstance(1, (int, list[int])),
):
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)

keep = list[int]
r = weakref.ref(keep)
print(r() is keep, repr(r()))
d = weakref.WeakKeyDictionary()
d[keep] = 1
print(d[list[int]])
