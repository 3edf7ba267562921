# g.throw(cls) while g delegates with `yield from` to an iterator that is not a
# generator: the delegate's throw() gets the class itself, as in CPython (an
# instance only when one was thrown). A generator delegate, a delegate without
# throw() and GeneratorExit are unchanged.
class It:
    def __iter__(self):
        return self

    def __next__(self):
        return 1

    def throw(self, *args):
        print("throw got", [a if isinstance(a, type) else repr(a) for a in args])
        return "handled"


def gen():
    yield from It()


g = gen()
next(g)
print(g.throw(ValueError))
print(g.throw(ValueError("inst")))
print(g.throw(StopIteration))


class NeedsArg(Exception):
    def __init__(self, a):
        super().__init__(a)


print(g.throw(NeedsArg))


class NoThrow:
    def __iter__(self):
        return self

    def __next__(self):
        return 1


def gen2():
    yield from NoThrow()


g = gen2()
next(g)
try:
    g.throw(KeyError)
except KeyError as e:
    print("KeyError", repr(e))
g = gen2()
next(g)
try:
    g.throw(NeedsArg)
except TypeError:
    print("TypeError")


def inner():
    try:
        yield 1
    except ValueError as e:
        print("inner caught", repr(e))
        yield 2


def outer():
    yield from inner()


g = outer()
next(g)
print(g.throw(ValueError))
g = outer()
next(g)
try:
    g.throw(NeedsArg)
except TypeError:
    print("TypeError from the inner generator")


class Closable(NoThrow):
    def close(self):
        print("delegate closed")


def gen3():
    yield from Closable()


g = gen3()
next(g)
try:
    g.throw(GeneratorExit)
except GeneratorExit:
    print("GeneratorExit")
