# operations that raise TypeError
def check(fn):
    try:
        fn()
        print('no error')
    except TypeError:
        print('TypeError')
check(lambda: 1 + 'a')
check(lambda: 'a' + 1)
check(lambda: [] + ())
check(lambda: 1 < 'a')
check(lambda: None < None)
check(lambda: {} < {})
check(lambda: len(1))
check(lambda: iter(1))
one, pair, lst, none = 1, (1, 2), [1], None
check(lambda: one[0])
check(lambda: pair[None])
check(lambda: lst['a'])
check(lambda: {[]: 1})
check(lambda: int([]))
check(lambda: 'abc'.join([1]))
check(lambda: (lambda: 0)(1))
check(lambda: none())
check(lambda: -'a')
check(lambda: ~1.5)
check(lambda: 'a' * 'b')
check(lambda: 1 in 5)
