# generator.pend_throw(exc) is MicroPython-only (CPython has no such method),
# hence the .exp file. Choices, as current MicroPython: a just-started generator
# accepts it (raised before its first line runs); a running one raises
# ValueError("generator already executing"); a finished one ignores it.


def gen():
    i = 0
    while True:
        try:
            yield i
        except ValueError as e:
            print("caught", repr(e))
        i += 1


g = gen()
print(next(g))
print(g.pend_throw(ValueError("a")))
print(next(g))  # caught, then yields 1
# the pending one is returned on replacement and cancelled by None
print(g.pend_throw(ValueError("b")))
print(repr(g.pend_throw(ValueError("c"))))
print(repr(g.pend_throw(None)))
print(g.send(7))
# send() after pend_throw raises instead of sending
g.pend_throw(ValueError("d"))
print(g.send(9))
# an explicit throw() wins over a pending one, which is then dropped
g.pend_throw(KeyError("lost"))
print(g.throw(ValueError("e")))
print(next(g))


# just started: raised at the start, the generator ends
def gen2():
    print("never")
    yield 1


g = gen2()
print(g.pend_throw(OSError(5)))
try:
    next(g)
except OSError as e:
    print("OSError", e.errno)
try:
    next(g)
except StopIteration:
    print("finished")
# finished: ignored
print(g.pend_throw(ValueError()))
try:
    next(g)
except StopIteration:
    print("still finished")


# running: ValueError
def gen3():
    try:
        g3.pend_throw(ValueError())
    except ValueError as e:
        print("ValueError", e)
    yield 5


g3 = gen3()
print(next(g3))


# an exception class is instantiated, as throw() does
def gen4():
    try:
        yield
    except Exception as e:
        print(type(e).__name__)
    yield 2


g = gen4()
next(g)
g.pend_throw(IndexError)
print(next(g))

# a non-exception is a TypeError at resume
g = gen4()
next(g)
g.pend_throw(42)
try:
    next(g)
except TypeError:
    print("TypeError")


# pending into a generator suspended in yield from goes to the delegate
def outer():
    yield from gen()


g = outer()
print(next(g))
g.pend_throw(ValueError("yf"))
print(next(g))
