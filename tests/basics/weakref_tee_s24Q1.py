# itertools.tee objects (_tee) take weak references, as in CPython; the
# copies keep working through the reference and beside it.
import itertools
import weakref

a, b = itertools.tee([1, 2, 3])
r = weakref.ref(a)
print(r() is a, type(r()).__name__, next(r()), next(a), list(b))
p = weakref.proxy(b)
print(list(p))
c = a.__copy__()
print(weakref.ref(c)() is c, list(c))
s = weakref.WeakSet([a])
print(len(s), a in s)
