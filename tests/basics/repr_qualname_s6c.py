# object.__repr__ names the class by __qualname__; types.UnionType and
# types.GenericAlias belong to the types module
import types


def f():
    class C:
        pass
    return C


class Outer:
    class Inner:
        pass


print(repr(f()()).split(' at ')[0])
print(repr(Outer.Inner()).split(' at ')[0])
K = type('K', (), {})
print(repr(K()).split(' at ')[0])
print(type(int | str), type(int | str).__module__, types.UnionType)
print(type(list[int]), type(list[int]).__module__, types.GenericAlias)
