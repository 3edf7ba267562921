# Special methods found through classes (A.__call__) and on more built-in types.
class A:
    def __init__(self, x=0): self.x = x
print(A.__call__(5).x, int.__call__('5'), hasattr(A, '__call__'), callable(A), hasattr(A, '__len__'), hasattr(A, '__getitem__'), hasattr(list, '__getitem__'))
print((int | str) == type.__or__(int, str), type.__hash__(A) == hash(A))
print(hasattr(A, '__iter__'), hasattr(A, '__or__'), hasattr(A(), '__or__'), hasattr(type, '__call__'))
print(memoryview(b'ab').__len__(), hasattr(memoryview(b'a'), '__setitem__'), {}.keys().__len__(), {1: 2}.keys().__and__({1}))
print(slice(1).__eq__(slice(1)))
