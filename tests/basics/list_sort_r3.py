# list.sort: the list looks empty while it is sorted; reverse must be an int.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class C:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        lst.clear()  # clears the (empty-looking) list being sorted: no effect
        return self.v < o.v
    def __repr__(self):
        return "C%d" % self.v
lst = [C(i) for i in range(5, 0, -1)]
t(lambda: lst.sort())
t(lambda: lst)

seen = []
lst2 = [3, 1, 2]
def key(x):
    seen.append(len(lst2))
    return x
lst2.sort(key=key)
print(lst2, seen)

lst3 = [3, 1, 2]
def key_append(x):
    lst3.append(x)
    return x
t(lambda: lst3.sort(key=key_append))
t(lambda: lst3)

for r in [True, 0, 1, None, 1.5, "x"]:
    t(lambda: sorted([1, 3, 2], reverse=r))
l4 = [1, 3, 2]
t(lambda: l4.sort(reverse=None))
print(l4)
