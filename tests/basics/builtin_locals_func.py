# locals() inside a function returns its local variables
def f(arg):
    a = 1
    b = 'two'
    return sorted(locals().items())
print(f(0))
def g():
    return locals()
print(g())
