# globals() is the module namespace dict
x = 5
g = globals()
print(g['x'], '__name__' in g, g['__name__'], type(g).__name__)
g['injected'] = 'via globals'
print(injected)
def f():
    return globals() is g
print(f())
def setter():
    globals()['made_in_func'] = 1
setter()
print(made_in_func)
