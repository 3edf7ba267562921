# reading a local before assignment raises UnboundLocalError
x = 'global'
def f():
    try:
        print(x)
    except UnboundLocalError as e:
        print(type(e).__name__, isinstance(e, NameError))
    x = 'local'
    return x
print(f())
def g():
    try:
        y
    except NameError as e:
        print(type(e).__name__)
g()
