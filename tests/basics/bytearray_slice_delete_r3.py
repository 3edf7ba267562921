# bytearray: an extended slice assigned an empty value is deleted (CPython's
# quirk; a list raises instead), and deleting an empty extended slice with a
# negative step leaves the bytearray alone.
def show(f):
    a = bytearray(b"abcdefgh")
    try:
        f(a)
        print(a)
    except ValueError as e:
        print("ValueError", e)

def assign(sl, v):
    def f(a):
        a[sl] = v
    return f

def delete(sl):
    def f(a):
        del a[sl]
    return f

for sl in [slice(None, None, 2), slice(None, None, -3), slice(1, 1, 2), slice(10, -10, -2), slice(5, 2, -2)]:
    show(assign(sl, b""))
    show(assign(sl, bytearray()))
    show(assign(sl, []))
    show(delete(sl))
for sl in [slice(5, 2, -2), slice(None, 1, -3), slice(10, 10, -3), slice(3, 2, -3), slice(None, -1, -3)]:
    b = bytearray(b"x")
    del b[sl]
    print(b)
l = list(range(4))
try:
    l[::2] = []
except ValueError as e:
    print("ValueError", e)
