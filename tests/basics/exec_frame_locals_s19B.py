# In a function, locals() is the frame's one dict: exec() and eval() without
# their own namespaces use it, what exec binds stays in it (but does not
# become a variable), and each locals() call refreshes the real variables.
import sys
def f():
    exec('y = 2')
    print(sorted(locals()), locals().get('y'))
f()
def g():
    x = 1
    d = locals()
    exec('y = 2')
    print(sorted(d), sorted(locals()), d is locals())
    exec('x = 5')
    print(x, locals()['x'])
g()
def h():
    x = 1
    exec('z = x + 1')
    l = locals()
    print(l.get('z'), sorted(l))
    del x
    print(sorted(locals()), 'x' in l)
h()
def k():
    exec('a = 1')
    try:
        print(a)
    except NameError:
        print('NameError')
    print(eval('a'))
k()
def m():
    d = {}
    exec('q = 3', globals(), d)
    print(d)
    l = locals()
    exec('r = 4', globals(), l)
    print(sorted(l), sorted(locals()))
m()
def gen():
    a = 1
    yield sorted(locals())
    exec('b = 2')
    yield sorted(locals())
print(list(gen()))
def outer():
    c = 5
    def inner():
        print(c, sorted(locals()))
        exec('d = 1')
        return locals()
    return inner()
print(sorted(outer()))
def v():
    q = 1
    exec('w = 0')
    return vars()
print(sorted(v()))
def fr():
    exec('zz = 1')
    return sorted(sys._getframe().f_locals)
print(fr())
def cv():
    x = 1
    return locals()
print(cv.__code__.co_varnames, cv.__code__.co_nlocals, cv(), cv() is cv())
