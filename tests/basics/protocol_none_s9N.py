# a special method set to None blocks the protocol; what built-in types
# claim to support through hasattr/dir
class NoRev:
    __reversed__ = None
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return i

try:
    reversed(NoRev())
except TypeError as e:
    print("TypeError", e)

class Rev:
    def __reversed__(self):
        return iter("cba")
print(list(reversed(Rev())))

class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 10
print(list(reversed(Seq())))

for obj in (5, {1, 2}, iter([1])):
    try:
        reversed(obj)
    except TypeError as e:
        print("TypeError", e)

import types
m = types.MappingProxyType({"a": 1, "b": 2})
for name in ("__getitem__", "__contains__", "__len__", "__iter__", "__or__", "__ror__",
             "__reversed__", "__setitem__", "__delitem__", "__sub__", "__add__", "__mul__",
             "__iadd__", "__and__", "keys", "get"):
    print(name, hasattr(m, name))
print(list(reversed(m)), m | {"c": 3}, {"c": 3} | m, len(m), "a" in m)
try:
    m - m
except TypeError:
    print("TypeError")
try:
    m["a"] = 5
except TypeError as e:
    print("TypeError", e)
