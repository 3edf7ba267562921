# exceptions raised while handling another
def f():
    try:
        raise ValueError('first')
    except ValueError:
        raise TypeError('second')
try:
    f()
except TypeError as e:
    print(type(e).__name__, e.args)
except ValueError:
    print('wrong')
def g():
    try:
        1 / 0
    except ZeroDivisionError:
        try:
            [][0]
        except IndexError:
            print('inner handled')
        return 'outer handler finished'
print(g())
