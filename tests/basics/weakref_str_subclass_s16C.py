# Instances of a str subclass take weak references, as in CPython (str is not
# a variable-size type there, unlike int, bytes and tuple): the class gets a
# __weakref__ entry and WeakSet/WeakValueDictionary accept such strings.
import weakref


class S(str):
    pass


s = S("abc")
r = weakref.ref(s)
print(r() is s, r() == "abc", "__weakref__" in S.__dict__, s.__weakref__ is r)
ws = weakref.WeakSet([s])
print(len(ws), s in ws, "abc" in ws)
d = weakref.WeakValueDictionary()
d["k"] = s
print(d["k"], type(d["k"]).__name__)
k = weakref.WeakKeyDictionary({s: 1})
print(k[s])

# Subclasses of the variable-size types still refuse them.
for base in (int, bytes, tuple):
    class V(base):
        pass
    try:
        weakref.ref(V())
        print(base.__name__, "accepted")
    except TypeError:
        print(base.__name__, "TypeError", "__weakref__" in V.__dict__)
