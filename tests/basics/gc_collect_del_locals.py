# Objects that only dead calls referred to are freed by gc.collect(), and
# their __del__ runs before it returns (the collector's scan of the C stack
# must not see pointers left behind by calls that have returned).
import gc


class Foo:
    count = 0

    def __init__(self):
        Foo.count += 1

    def __del__(self):
        Foo.count -= 1


def f1():
    x = Foo()

    def f2():
        return x

    f2()


for i in range(100):
    f1()
gc.collect()
print(Foo.count)


def make_one():
    Foo()


make_one()
gc.collect()
print(Foo.count)
