# eval()/exec() see the calling function's locals; explicit dicts isolate them
def f(a):
    x = 5
    return eval('x * a'), eval('[x + i for i in range(2)]', {'x': 100})
print(f(2))
def g():
    ns = {}
    exec('def h(v):\n    return v + k\nk = 10', ns)
    return ns['h'](1)
print(g())
k = 'global'
def m():
    return eval('k')
print(m())
class C:
    a = 1
    b = eval('a + 1')
print(C.b)
