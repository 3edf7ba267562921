# calls with wrong arguments raise TypeError
def f(a, b=1):
    return a + b
def try_call(thunk):
    try:
        thunk()
        print('ok')
    except TypeError:
        print('TypeError')
try_call(lambda: f())
try_call(lambda: f(1, 2, 3))
try_call(lambda: f(1, c=2))
try_call(lambda: f(1, a=2))
try_call(lambda: f(b=2))
try_call(lambda: f(1))
try_call(lambda: len())
try_call(lambda: len(1, 2))
five = 5
try_call(lambda: five())
