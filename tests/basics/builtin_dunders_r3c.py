# Special methods of built-in objects called explicitly.
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__)

# in-place forms of mutable types
l = [1]
print(l.__iadd__((2,)), l)
print([1].__imul__(2), [1, 2].__imul__(0))
d = {1: 2}
print(d.__ior__({3: 4}), d)
s = {1}
print(s.__ior__({2}), s.__iand__({2, 3}), s.__isub__({9}), s.__ixor__({5}), sorted(s))
print(set().__ior__([1]))
ba = bytearray(b"a")
print(ba.__iadd__(b"b"), ba.__imul__(2), ba)
for x in (5, 1.5, "a", b"a", (1,), frozenset()):
    print(type(x).__name__, hasattr(x, "__iadd__"), hasattr(x, "__ior__"))

# numbers
print((5).__rdivmod__(2), (5).__divmod__(2), (5).__rdivmod__(2.5))
print((5.5).__rdivmod__(2), (5.5).__divmod__(2))
print((1j).__abs__(), (1j).__neg__(), (1j).__pos__(), (1j).__bool__())
print((2+3j).__complex__(), (1j).__getnewargs__())
print((5).__getnewargs__(), (1.5).__getnewargs__(), True.__getnewargs__())
print("ab".__getnewargs__(), b"ab".__getnewargs__(), (1, 2).__getnewargs__())
print(b"a".__bytes__(), hasattr("a", "__bytes__"))
print(hasattr(1j, "__int__"), hasattr(1.5, "__index__"), hasattr(1.5, "__invert__"))
print(hasattr("a", "__neg__"), hasattr([], "__sub__"), hasattr((), "__setitem__"))
print(hasattr(5, "__len__"), hasattr(range(3), "__len__"), hasattr(None, "__bool__"))
print({1}.__rsub__({1, 2}), frozenset({1}).__rand__({1, 2}))
print({1}.__rsub__([2]))
t(lambda: (5).__iadd__(1))

# unhashable types have __hash__ = None
print(list.__hash__, dict.__hash__, set.__hash__, bytearray.__hash__)
print(tuple.__hash__ is None, frozenset.__hash__ is None)
print([].__hash__)

# __reversed__
print(list([1, 2].__reversed__()), list({1: 2, 3: 4}.__reversed__()))
print(list(range(3).__reversed__()), hasattr((), "__reversed__"))

# __sizeof__ exists everywhere and grows with the contents
for x in (5, "a", [], (), {}, object(), 1.5, None):
    print(type(x).__name__, type(x.__sizeof__()).__name__)
print([1, 2, 3].__sizeof__() > [].__sizeof__(), "abc".__sizeof__() > "".__sizeof__())
class A:
    pass
print(type(A().__sizeof__()).__name__)

# __dir__
a = A()
a.x = 1
print(set(dir(a)) <= set(a.__dir__()), "x" in a.__dir__(), "__add__" in (5).__dir__())
print("__init__" in a.__dir__(), "__class__" in a.__dir__(), type(a.__dir__()).__name__)
print("append" in [].__dir__(), "__iadd__" in [].__dir__(), "__iadd__" in (5).__dir__())

# unbound methods called without self
t(lambda: dict.update())
t(lambda: list.append())
t(lambda: list.__len__())
for f in (dict.update, list.append):
    try:
        f()
    except TypeError as e:
        print(e)

# slot wrappers called through the type: argument errors
t2 = lambda f: t(f)
for f in (lambda: int.__add__(1), lambda: int.__add__(1, 2, 3), lambda: int.__neg__(1, 2),
          lambda: dict.__setitem__({}, 1), lambda: int.__add__(1, x=2)):
    try:
        f()
    except TypeError as e:
        print(e)
for f in (lambda: str.__len__(1), lambda: str.upper(1), lambda: int.__new__(5),
          lambda: int.__new__(), lambda: float.__neg__(5)):
    try:
        f()
    except TypeError as e:
        print(e)

# object.__dir__/__sizeof__ through super() and object
class A:
    def __init__(self): self.q = 1
    def __dir__(self):
        return ['custom'] + sorted(x for x in super().__dir__() if not x.startswith('_'))
    def __sizeof__(self): return super().__sizeof__() + 1000
print(dir(A()), A().__sizeof__() > 1000, type(object.__sizeof__(A())).__name__, 'q' in object.__dir__(A()))
