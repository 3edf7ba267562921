# closures share cells with the enclosing scope
def outer():
    x = 1
    def get():
        return x
    x = 2
    return get
print(outer()())
def counters():
    fs = []
    for i in range(3):
        def f():
            return i
        fs.append(f)
    return [f() for f in fs]
print(counters())
def bind_each():
    fs = []
    for i in range(3):
        def mk(j):
            return lambda: j
        fs.append(mk(i))
    return [f() for f in fs]
print(bind_each())
def cell_arg(a):
    def g():
        return a * 2
    a += 1
    return g()
print(cell_arg(5))
