# closures capture variables, not values
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
def make():
    x = 1
    def get():
        return x
    x = 2
    return get
print(make()())
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter()
print(c(), c(), c())
def outer():
    v = 'o'
    def mid():
        def inner():
            return v
        return inner
    return mid()()
print(outer())
def shadow():
    x = 1
    def f():
        x = 2
        return x
    return f(), x
print(shadow())
def cell_del():
    x = 1
    def f():
        return x
    del x
    try:
        f()
    except NameError as e:
        print(type(e).__name__)
cell_del()
print(make().__closure__ is not None if hasattr(make(), '__closure__') else True)
