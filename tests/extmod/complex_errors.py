# Errors of complex construction and arithmetic (type names only).
def check(f):
    try:
        r = f()
        print('no error', r)
    except Exception as e:
        print(type(e).__name__)


for s in ['', ' ', '1+', '+', 'j1', '1+2', '((1+2j)', '(1+2j', '1e+j', '1__0j', '_1j',
          'nanj+1', '1+2j+3', '1 + 2j', 'abc', '1jj', '--1']:
    check(lambda: complex(s))
check(lambda: complex('1', 2))
check(lambda: complex(1, '2'))
check(lambda: complex([]))
check(lambda: complex(None))
check(lambda: complex(b'1'))
check(lambda: complex(1, 2, 3))
check(lambda: complex(foo=1))
check(lambda: 1j / 0)
check(lambda: 1j / 0j)
check(lambda: 1 / 0j)
check(lambda: 1.5 / (0 - 0j))
check(lambda: 1j // 2)
check(lambda: 1j % 2)
check(lambda: divmod(1j, 2))
check(lambda: 1j < 2j)
check(lambda: 1j >= 0)
check(lambda: 1 > 1j)
check(lambda: int(1j))
check(lambda: float(1j))
check(lambda: 1j & 1)
check(lambda: 1j + 'a')
check(lambda: [1] * 1j)
check(lambda: round(1j))
