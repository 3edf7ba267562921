# except with a tuple of types, and matching by subclass
def trigger(kind):
    if kind == 0:
        1 / 0
    if kind == 1:
        [][1]
    if kind == 2:
        {}['k']
    if kind == 3:
        int('z')
    return 'no error'
for k in range(5):
    try:
        print(trigger(k))
    except (ZeroDivisionError, ValueError) as e:
        print('group1', type(e).__name__)
    except (LookupError,) as e:
        print('lookup', type(e).__name__)
errs = (TypeError, KeyError)
try:
    {}[1]
except errs:
    print('dynamic tuple matched')
try:
    raise IndexError
except (KeyError, IndexError, TypeError):
    print('three-type tuple matched')
