# A suspended generator that is dropped inside a try/finally, a with block or
# a try/except is closed by the collector, as CPython does on dealloc: its
# cleanup code runs (GeneratorExit at the yield). One that yielded outside
# any try block, or finished, has nothing to run.
# CPython runs the cleanup at once; our collector runs it at a collection
# once no copy of the generator's address is left, and copies can linger for
# a while in the interpreter's own C stack frames and registers (it scans
# those conservatively). So the cases are all made first, each in a call that
# returns, and what ran is checked after several collections, sorted.
import gc

log = []


def with_finally(name):
    try:
        yield 1
        yield 2
    finally:
        log.append("finally " + name)


class Ctx:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        log.append("exit %s %s" % (self.name, t.__name__ if t else None))
        return False


def with_block(name):
    with Ctx(name):
        yield 1
        yield 2


def catch_all(name):
    try:
        yield 1
    except GeneratorExit:
        log.append("caught " + name)
        raise


def no_try(name):
    yield 1
    log.append("never " + name)


def left_try(name):
    try:
        yield 1
    finally:
        log.append("finally " + name)
    yield 2


def start(make, name, steps):
    g = make(name)
    for _ in range(steps):
        next(g)


def scrub(depth):
    if depth:
        scrub(depth - 1)
    return [depth, depth]


def settle():
    for _ in range(4):
        scrub(60)
        gc.collect()


start(with_finally, "fin", 1)
start(with_finally, "unstarted", 0)
start(with_block, "with", 1)
start(catch_all, "except", 1)
start(no_try, "plain", 1)
start(left_try, "left", 2)


# Finishing or closing first: the cleanup runs then, not at collection.
def finished():
    g = with_finally("done")
    print(list(g), "finally done" in log)
    g = with_finally("closed")
    next(g)
    g.close()
    print("finally closed" in log)


finished()


# Several at once, nested: an outer generator's finally sees the inner one.
def outer(name):
    try:
        yield from with_finally(name + ".inner")
    finally:
        log.append("finally " + name)


def start_many():
    gens = [outer("o%d" % i) for i in range(3)]
    for g in gens:
        next(g)


start_many()


# A generator that catches GeneratorExit and yields again: the error is
# reported (on stderr) and the collection goes on.
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        log.append("stubborn")
    yield 2


start(lambda name: stubborn(), "", 1)

# What a frame of the module itself may still hold is overwritten by the
# calls between rounds; CPython has run everything before the first.
for _ in range(3):
    settle()
    start(no_try, "between", 1)
print(sorted(log))
