# A suspended generator that is dropped inside a try/finally, a with block or
# a try/except is closed by the collector, as CPython does on dealloc: its
# cleanup code runs (GeneratorExit at the yield). One that yielded outside
# any try block, or finished, has nothing to run.
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


def run(make, name, steps):
    start(make, name, steps)
    # The same calls again, to overwrite copies that the interpreter's own C
    # stack frames may still hold (the collector scans those too).
    start(no_try, "", 0)
    start(no_try, "", 0)
    gc.collect()
    print(name, log)
    log.clear()


run(with_finally, "fin", 1)
run(with_finally, "unstarted", 0)
run(with_block, "with", 1)
run(catch_all, "except", 1)
run(no_try, "plain", 1)
run(left_try, "left", 2)


# Finishing or closing first leaves nothing for the collector to do.
def finished():
    g = with_finally("done")
    print(list(g))
    g = with_finally("closed")
    next(g)
    g.close()
    g = None
    gc.collect()
    print(log)
    log.clear()


finished()


# Several at once, nested: an outer generator's finally sees the inner one.
def outer(name):
    try:
        yield from with_finally(name + ".inner")
    finally:
        log.append("finally " + name)


def many():
    gens = [outer("o%d" % i) for i in range(3)]
    for g in gens:
        next(g)
    gens = g = None
    gc.collect()
    print(sorted(log))
    log.clear()


many()


# A generator that catches GeneratorExit and yields again: the error is
# reported (on stderr) and the collection goes on.
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        log.append("stubborn")
    yield 2


def bad():
    g = stubborn()
    next(g)
    g = None
    gc.collect()
    print(log)
    log.clear()


bad()
