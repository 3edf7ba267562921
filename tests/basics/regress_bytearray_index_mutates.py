# Converting an index, slice bound or value may run __index__ or an iterator
# that resizes the bytearray: positions are taken from the length after the
# conversions, never from a stale length or buffer.


def run(name, f):
    global b
    b = bytearray(100)
    try:
        f()
        print(name, b)
    except Exception as e:
        print(name, type(e).__name__)


class Clear:
    def __index__(self):
        b.clear()
        return 5


class Grow:
    def __index__(self):
        b.extend(b"z" * 300)
        return 1


def set_slice():
    b[Clear():90] = b"xyz"


def insert():
    b.insert(50, Clear())


def insert_index():
    b.insert(Clear(), 7)


def assign_items():
    b[0:10] = [Clear()] * 10


def del_slice():
    del b[10:Clear()]


def get_slice():
    print(b[Grow():None:Grow()][:8], len(b))


def get_slice_clear():
    print(b[10:Clear()])


def get_item():
    print(b[Grow()], len(b))


def set_item():
    b[50] = Clear()


def set_ext_slice():
    b[0:10:2] = [Clear()] * 5


run("set_slice", set_slice)
run("insert", insert)
run("insert_index", insert_index)
run("assign_items", assign_items)
run("del_slice", del_slice)
run("get_slice", get_slice)
run("get_slice_clear", get_slice_clear)
run("get_item", get_item)
run("set_item", set_item)
run("set_ext_slice", set_ext_slice)

m = bytearray(b"abcdef")
mv = memoryview(m)


class MvIdx:
    def __index__(self):
        return 2


mv[MvIdx()] = 120
print(m, mv[MvIdx()], bytes(mv[MvIdx():]))

# The value is this bytearray itself: a bound that grows it must not leave
# the copy reading freed memory (CPython evaluates the bounds more than once
# here, so only the start is printed).
b = bytearray(b"abcdef")


class GrowB:
    def __index__(self):
        b.extend(b"z" * 1000)
        return 2


b[GrowB():4] = b
print(len(b) > 1000, b[:4])
