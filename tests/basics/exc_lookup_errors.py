# IndexError and KeyError details
def show(fn):
    try:
        fn()
    except LookupError as e:
        print(type(e).__name__, isinstance(e, LookupError))
show(lambda: [1, 2][2])
show(lambda: [1, 2][-3])
show(lambda: 'ab'[5])
show(lambda: (1,)[1])
show(lambda: range(3)[3])
show(lambda: b'x'[1])
show(lambda: {'a': 1}['b'])
show(lambda: {}.pop('k'))
show(lambda: set().remove(1))
try:
    {1: 2}[3]
except KeyError as e:
    print(e.args, repr(e))
