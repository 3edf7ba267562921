# global and nonlocal interactions
x = 'g'
def f():
    global x
    x = 'set by f'
    def inner():
        return x
    return inner()
print(f(), x)
def g():
    y = 1
    def h():
        nonlocal y
        y += 1
        def i():
            nonlocal y
            y *= 10
        i()
    h()
    return y
print(g())
def define_global():
    global newname
    newname = 'created'
define_global()
print(newname)
def read_before_assign():
    try:
        print(x)
        x = 1
    except UnboundLocalError as e:
        print('UnboundLocalError', isinstance(e, NameError))
read_before_assign()
class K:
    x = 'class'
    def m(self):
        return x
print(K().m())
def loop_closures():
    out = []
    for i in range(3):
        def c():
            return i
        out.append(c)
    return [c() for c in out]
print(loop_closures())
exec('z_exec = 5')
print(z_exec)
def uses_del():
    global x
    del x
uses_del()
try:
    x
except NameError:
    print('NameError')
