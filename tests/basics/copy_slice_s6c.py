# copy.deepcopy of a slice copies its parts (a shallow copy keeps the slice)
import copy
class S:
    __slots__ = ('__y', 'z')
    def __init__(self): self.__y = 2; self.z = 3
c = copy.copy(S()); print(c._S__y, c.z)
d = copy.deepcopy(S()); print(d._S__y, d.z)
s = slice([1, 2], [3], None)
t = copy.deepcopy(s)
print(t, t == s, t is s, t.start is s.start, copy.copy(s) is s)
l = [1]
u = copy.deepcopy([slice(l, l), l])
print(u, u[0].start is u[0].stop, u[0].start is u[1])
# weak references are copied as themselves
import weakref


class O:
    pass


o = O()
r = weakref.ref(o)
print(copy.copy(r) is r, copy.deepcopy(r) is r, copy.deepcopy([r])[0] is r)
