# id(): identity properties only
a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), type(id(a)).__name__)
print(id(None) == id(None), id(a) == id(a))
x = object()
ids = {id(x)}
print(id(x) in ids)
