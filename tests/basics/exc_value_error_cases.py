# operations that raise ValueError
def check(fn):
    try:
        fn()
        print('no error')
    except ValueError:
        print('ValueError')
check(lambda: int('x'))
check(lambda: float('1.2.3'))
check(lambda: [].index(0))
check(lambda: 'abc'.index('d'))
check(lambda: [1].remove(2))
check(lambda: range(0, 1, 0))
check(lambda: chr(-5))
check(lambda: (1, 2).index(3))
check(lambda: 'a'.split(''))
check(lambda: bytes([300]))
check(lambda: b'\xff'.decode())
check(lambda: int('10', 99))
check(lambda: 1 << -1)
check(lambda: [x for x, y in [(1,)]])
