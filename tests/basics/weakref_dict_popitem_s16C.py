# WeakKeyDictionary.popitem() and WeakValueDictionary.popitem() take the
# newest entry, as dict.popitem() does (CPython's pop from their dict), and
# raise KeyError once empty.
import weakref


class O:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "O%d" % self.n


objs = [O(i) for i in range(4)]

wk = weakref.WeakKeyDictionary()
for o in objs:
    wk[o] = o.n * 10
order = []
while len(wk):
    k, v = wk.popitem()
    order.append((k, v))
print(order)
try:
    wk.popitem()
except KeyError:
    print("WeakKeyDictionary empty: KeyError")

wv = weakref.WeakValueDictionary()
for o in objs:
    wv[o.n] = o
print(wv.popitem(), wv.popitem(), sorted(wv.keys()))
wv[9] = objs[0]
print(wv.popitem(), len(wv))
wv.clear()
try:
    wv.popitem()
except KeyError:
    print("WeakValueDictionary empty: KeyError")
