# augmented assignment on attributes
class C:
    count = 0
    def __init__(self):
        self.v = 1
        self.items = []
c = C()
c.v += 10
c.v *= 2
c.v -= 1
c.v //= 3
c.items += [1]
c.items += (2, 3)
c.count += 1
print(c.v, c.items, c.count, C.count)
C.count += 5
print(C.count, c.count)
