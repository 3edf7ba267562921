# assigning __defaults__ / __kwdefaults__ changes later calls
def f(x=1, *, k=2):
    return x, k
f.__defaults__ = (42,)
f.__kwdefaults__ = {'k': 99}
print(f(), f.__defaults__, f.__kwdefaults__)
f.__defaults__ = None
try:
    f()
except TypeError:
    print('TypeError')
