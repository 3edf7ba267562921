# in-place dunder methods, and fallback to the binary ones
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, o):
        self.items.append(('+', o))
        return self
    def __isub__(self, o):
        self.items.append(('-', o))
        return self
    def __imul__(self, o):
        self.items.append(('*', o))
        return self
    def __ior__(self, o):
        self.items.append(('|', o))
        return self
a = Acc()
b = a
a += 1
a -= 2
a *= 3
a |= 4
print(a is b, a.items)
class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return OnlyAdd(self.v + o)
x = OnlyAdd(1)
y = x
x += 10
print(x.v, y.v, x is y)
class Returns:
    def __iadd__(self, o):
        return 'replaced'
z = Returns()
z += 1
print(z)
