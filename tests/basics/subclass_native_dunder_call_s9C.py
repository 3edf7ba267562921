# Explicit dunder calls on instances of built-in subclasses: in-place operators
# return the instance itself (not its built-in part), through the bound method
# and through the type; super() in a subclass's operator methods.
class L(list):
    def __iadd__(self, o):
        return super().__iadd__(o)
    def __repr__(self):
        return "L" + super().__repr__()

l = L([1, 2])
r = l.__iadd__([3])
print(r is l, type(r).__name__, l)
r = list.__iadd__(l, [4])
print(r is l, type(r).__name__, l)
r = l.__imul__(2)
print(r is l, l)
l += [5]
print(type(l).__name__, l)
m = l.__iadd__
print(m.__self__ is l)
print(type(l.__add__([0])).__name__, type(l + [0]).__name__)

class BA(bytearray):
    pass

b = BA(b"x")
print(b.__iadd__(b"y") is b, bytearray.__iadd__(b, b"z") is b, b)

class S(set):
    pass

s = S({1})
print(s.__ior__({2}) is s, s.__iand__({1, 2, 3}) is s, s.__isub__({5}) is s, s.__ixor__({9}) is s, sorted(s))
print(type(s.__or__({7})).__name__)

class D(dict):
    pass

d = D(a=1)
print(d.__ior__({"b": 2}) is d, sorted(d.items()))

# Immutable bases have no in-place forms: the bound method does not exist.
class I(int):
    pass

print(hasattr(I(1), "__iadd__"), hasattr(I(1), "__add__"), I(1).__add__(2))

# Comparisons and other binary dunders answer as the base type does.
print(l.__eq__(list(l)), l.__ne__([]), l.__lt__([9]), l.__contains__(5), l.__eq__(5))
print(s.__eq__({1, 2, 9}), d.__eq__({"a": 1, "b": 2}), d.__eq__(1))
