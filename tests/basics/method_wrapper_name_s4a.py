l = []
m = l.__add__
print(m.__name__, m.__self__ is l, m.__objclass__, m.__qualname__)
print(repr(m).startswith("<method-wrapper '__add__' of list object at"))
print(l.__add__ == l.__add__, l.__add__ != [].__add__, l.__add__ == l.__mul__)
print((5).__add__.__name__, (5).__add__.__qualname__, (5).__add__(2))
class L(list): pass
print(L().__len__.__name__, L().__len__.__qualname__, L([1]).__len__())
print(list.append.__get__(l).__name__)
