# array: a value whose __index__/__float__ shrinks the array while a[i] = v
# converts it must not write past the end: IndexError. CPython 3.11 writes
# to freed memory here (it crashed when checked), hence the .exp file.
import array
def tryit(name, f):
    try:
        r = f()
        print(name, 'ok', r)
    except Exception as e:
        print(name, type(e).__name__)
for shrink in ('del a[:]', 'a *= 0'):
    class H:
        def __index__(self):
            exec(shrink, {'a': a}); return 7
    class Fl:
        def __float__(self):
            exec(shrink, {'a': a}); return 1.0
    a = array.array('i', range(1000)); tryit('setval', lambda: (a.__setitem__(999, H()), len(a)))
    a = array.array('d', [1.0]*1000); tryit('setf', lambda: (a.__setitem__(999, Fl()), len(a)))
    a = array.array('i', range(1000)); tryit('setneg', lambda: (a.__setitem__(-1, H()), len(a)))
    a = array.array('i', range(1000)); tryit('set0', lambda: (a.__setitem__(0, H()), len(a)))
