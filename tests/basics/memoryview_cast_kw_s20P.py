# memoryview.cast(format, shape): both may be given by keyword, and its
# argument errors are CPython's.
m = memoryview(b"abcdef")
print(m.cast(format="B", shape=(2, 3)).tolist())
print(m.cast("B", shape=[6]).shape)
print(m.cast("c", shape=[3, 2]).tolist())
print(m.cast(shape=[1, 6], format="B").shape)
print(m.cast(format="H").tolist() == m.cast("H").tolist())


def show(f):
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


show(lambda: m.cast())
show(lambda: m.cast(1))
show(lambda: m.cast(None))
show(lambda: m.cast(b"B"))
show(lambda: m.cast("B", (2, 3), 1))
show(lambda: m.cast("B", x=1))
show(lambda: m.cast("B", shape=5))
show(lambda: m.cast("B", shape=[4]))
show(lambda: m.cast("Z"))
