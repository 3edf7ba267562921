# operations that raise AttributeError
class C:
    def __init__(self):
        self.a = 1
def check(fn):
    try:
        fn()
        print('no error')
    except AttributeError:
        print('AttributeError')
check(lambda: C().b)
check(lambda: C.b)
check(lambda: (1).nope)
check(lambda: 'x'.nope)
check(lambda: [].nope)
check(lambda: None.nope)
check(lambda: len.nope)
check(lambda: setattr(1, 'x', 2))
check(lambda: setattr('s', 'upper', 1))
check(lambda: delattr(C(), 'nope'))
check(lambda: C().a)
