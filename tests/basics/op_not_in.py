# not in and its equivalence to not (x in y)
for x in (0, 1, 'a', None):
    for y in ([1, 2], 'abc', {1: 2}, (None,)):
        try:
            r = (x not in y, not (x in y))
        except TypeError:
            r = 'TypeError'
        print(repr(x), repr(y), r)
