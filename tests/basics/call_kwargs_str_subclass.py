# f(**m) accepts str subclass keys (test_extcall), from dicts and from mappings
class Name(str):
    pass

def f(a, b):
    return a, b

def kw(**k):
    return sorted(k.items())

print(f(**{Name("a"): 1, Name("b"): 2}))
print(f(1, **{Name("b"): 2}))
print(kw(**{Name("x"): 1}, y=2))
print(dict(**{Name("q"): 3}))

class M:
    def keys(self):
        return [Name("a"), "b"]

    def __getitem__(self, k):
        return k * 2

print(kw(**M()))
print(f(**M()))

# a str subclass key still counts for duplicates, and a non-str is refused
for call in (lambda: kw(**{Name("x"): 1}, x=2), lambda: kw(**{"x": 1}, **{Name("x"): 2}),
             lambda: kw(**{1: 1}), lambda: kw(**{Name("x"): 1}, **{2: 2})):
    try:
        call()
    except TypeError as e:
        print("TypeError")

# __eq__ of the key may change the mapping (CPython issue 2016)
class Eq(str):
    def __eq__(self, other):
        try:
            del x[self]
        except KeyError:
            pass
        return str.__eq__(self, other)

    def __hash__(self):
        return str.__hash__(self)

x = {Eq("a"): 1, Eq("b"): 2}
print(f(**x))
