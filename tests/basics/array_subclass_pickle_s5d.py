# An array subclass keeps its class and attributes through pickle and copy.
import array
import pickle

class A(array.array):
    pass

a = A('i', [1, 2])
a.x = 10
r = a.__reduce_ex__(2)
print(r[0] is A, r[1], r[2])
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    b = pickle.loads(pickle.dumps(a, proto))
    print(proto, type(b).__name__, b, b.x, b == a)
a += array.array('i', [3])
print(type(a).__name__, a)
a *= 2
print(type(a).__name__, a, len(a), a[0], a.tolist())
print(type(a + a).__name__, type(a * 2).__name__, a == array.array('i', [1, 2, 3, 1, 2, 3]))
