# dict views have .mapping: a read-only proxy of the dict (mappingproxy).
d = {1: 2, "a": "b"}
k = d.keys()
m = k.mapping
print(type(m).__name__, m[1], m["a"], len(m), bool(m), 1 in m, 3 in m)
print(m == d, m != d, d.values().mapping == d, d.items().mapping == d)
print(repr(m), list(m), dict(m), sorted(m.keys(), key=str), list(m.values()), list(m.items()))
print(m.get(1), m.get(5), m.get(5, 0), m.copy() == d, m.copy() is d)
try:
    m[3] = 4
except TypeError:
    print("TypeError")
try:
    del m[1]
except TypeError:
    print("TypeError")
try:
    m[99]
except KeyError as e:
    print("KeyError", e)
d[3] = 4
print(len(m), m[3], m | {5: 6})
print(bool({}.keys().mapping))
