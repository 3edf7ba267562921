# exec(code, globals, closure=cells) runs a function's code with the given cells.
def mk():
    a = 2

    def f():
        nonlocal a
        print('a', a)
        a = 10

    def g():
        return a

    return f, g


f, g = mk()
exec(f.__code__, f.__globals__, closure=f.__closure__)
print(g())


class CellLike:
    pass


def plain():
    return 1


for code, cl in [(plain.__code__, f.__closure__), (f.__code__, None), (f.__code__, ()),
                 (f.__code__, list(f.__closure__)), (f.__code__, (CellLike(),)),
                 ('x = 1', f.__closure__)]:
    try:
        exec(code, {}, closure=cl)
        print('ok')
    except TypeError:
        print('TypeError')
exec('print("kw ok")', closure=None)
try:
    exec('1', {}, {}, 5)
except TypeError:
    print('TypeError 4 args')
try:
    exec('1', clos=None)
except TypeError:
    print('TypeError kw')
