# list(), tuple(), [*x], (*x,) and f(*x) call iter(x) before they ask a user
# class's __len__ for a size hint, as CPython does: a bad __iter__ is reported
# first, a TypeError from __len__ only means "no hint" (tuple() too), and any
# other __len__ error (negative, too big) propagates in every one of them.

class A:
    def __init__(self, n, good_iter=True):
        self.n = n
        self.good = good_iter
    def __len__(self):
        print('  len')
        if self.n == 'type':
            raise TypeError
        return self.n
    def __iter__(self):
        print('  iter')
        return iter([1, 2]) if self.good else 5

def f(*a):
    return a

forms = [
    ('list', lambda a: list(a)),
    ('tuple', lambda a: tuple(a)),
    ('extend', lambda a: [0].extend(a)),
    ('sorted', lambda a: sorted(a)),
    ('display', lambda a: [*a]),
    ('tuple display', lambda a: (0, *a)),
    ('call', lambda a: f(*a)),
    ('set', lambda a: sorted({*a})),
]
for n in [2, 0, -1, 2**70, 'type']:
    for good in [True, False]:
        for name, fn in forms:
            print(n, good, name)
            try:
                print('  ->', fn(A(n, good)))
            except Exception as e:
                print('  ->', type(e).__name__)
