# array: an index, slice bound or position whose __index__ resizes the array
# (clears it, swaps in a smaller buffer, or grows it) is applied to the new
# length; before, insert crashed and slices read past the end.
import array
def tryit(name, f):
    try:
        r = f()
        print(name, 'ok', r)
    except Exception as e:
        print(name, type(e).__name__)
for shrink in ('del a[:]', 'a *= 0', 'a.extend(range(100000))'):
    class G:
        def __index__(self):
            exec(shrink, {'a': a}); return 500
    a = array.array('i', range(1000)); tryit('insert', lambda: (a.insert(G(), 1), len(a), a[-1] if len(a) < 2000 else a[500]))
    a = array.array('i', range(1000)); tryit('slice', lambda: a[G():1000])
    a = array.array('i', range(1000)); tryit('slice-step', lambda: a[G():1000:7])
    a = array.array('i', range(1000)); tryit('slice-neg', lambda: a[G():0:-100])
    a = array.array('i', range(1000)); tryit('set-slice', lambda: (a.__setitem__(slice(G(), 1000), array.array('i', [7]*3)), len(a)))
    a = array.array('i', range(1000)); tryit('set-slice-step', lambda: (a.__setitem__(slice(G(), 1000, 250), array.array('i', [7]*2)), len(a)))
    a = array.array('i', range(1000)); tryit('del-slice', lambda: (a.__delitem__(slice(G(), 1000)), len(a)))
    a = array.array('i', range(1000)); tryit('del-slice-step', lambda: (a.__delitem__(slice(G(), 1000, 3)), len(a)))
    a = array.array('i', range(1000)); tryit('get', lambda: a[G()])
    a = array.array('i', range(1000)); tryit('set', lambda: (a.__setitem__(G(), 5), len(a)))
    a = array.array('i', range(1000)); tryit('del', lambda: (a.__delitem__(G()), len(a)))
    a = array.array('i', range(1000)); tryit('pop', lambda: a.pop(G()))
    a = array.array('i', range(1000)); tryit('index', lambda: a.index(600, G()))
    a = array.array('i', range(1000)); tryit('mul', lambda: len(a * G()))
