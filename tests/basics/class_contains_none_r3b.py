# __contains__ = None makes `in` raise instead of iterating; built-in
# objects have no __bool__ unless CPython gives them one.
class C:
    __contains__ = None
    def __iter__(self): return iter([1])
try:
    print(1 in C())
except TypeError as e:
    print("TypeError", e)
class D:
    __iter__ = None
try:
    print(1 in D())
except TypeError as e:
    print("TypeError", e)
class E:
    def __iter__(self): return iter([1])
print(1 in E(), 2 in E())
for o, n in (([], '__bool__'), ({}, '__bool__'), ('', '__bool__'), ([], '__len__'), (5, '__bool__'), (range(2), '__bool__'), (None, '__bool__')):
    try:
        print(type(o).__name__, n, callable(getattr(o, n)))
    except AttributeError as e:
        print("AttributeError", e)
print(hasattr([], '__bool__'), hasattr(list, '__bool__'))
