# OrderedDict repr and Counter arithmetic walked the dict's table while a
# key's __repr__ or a count's __add__ grew the dict, which frees the table:
# a use after free (ASan). Also most_common() with a count past the word size.
from collections import Counter, OrderedDict


class K:
    def __repr__(self):
        for i in range(200):
            o[i] = i
        return "K"


o = OrderedDict()
o[K()] = "v"
print(repr(o)[:40])


class V:
    def __add__(self, other):
        a.update({i: 1 for i in range(100, 400)})
        return 5


a = Counter()
a["x"] = V()
b = Counter({"x": 1})
try:
    print(a + b)
except RuntimeError as e:
    print("RuntimeError", e)
print(len(a))

c = Counter("abracadabra")
print(c.most_common(2**100))
print(c.most_common(-2**100))
print(c.most_common(2))
