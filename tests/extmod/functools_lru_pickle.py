# A cached function pickles as a reference to its name, like a plain function.
import functools
import pickle


@functools.lru_cache(maxsize=4)
def square(x):
    return x * x


@functools.cache
def cube(x):
    return x ** 3


for fn in (square, cube):
    data = pickle.dumps(fn)
    back = pickle.loads(data)
    print(back is fn, back(3))
print(square.__reduce__())
print(pickle.loads(pickle.dumps([square, cube, 5]))[0] is square)


class Holder:
    @functools.lru_cache
    def method(self, x):
        return x + 1


print(Holder().method(1), Holder.method.__qualname__)
