# subclassing int
class MyInt(int):
    def double(self):
        return self * 2
m = MyInt(21)
print(m, m.double(), m + 1, type(m + 1).__name__, isinstance(m, int))
print(m == 21, hash(m) == hash(21), {21: 'x'}[m])
print(int(m), [0] * MyInt(2), str(m))
class Flag(int):
    def __new__(cls, v, name):
        inst = super().__new__(cls, v)
        inst.name = name
        return inst
f = Flag(4, 'four')
print(int(f), f.name, f | 1)
print(MyInt('7'), MyInt('ff', 16))
