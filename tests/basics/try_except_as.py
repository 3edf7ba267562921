# except ... as binds the exception and unbinds it afterwards
try:
    int('x')
except ValueError as err:
    print(type(err).__name__, isinstance(err, Exception))
try:
    err
except NameError:
    print('err unbound after except')
def f():
    e = 'before'
    try:
        raise KeyError
    except KeyError as e:
        pass
    try:
        return e
    except UnboundLocalError:
        return 'UnboundLocalError'
print(f())
