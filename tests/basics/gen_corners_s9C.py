# Generators: close/throw/send corners, yield from delegation to generators,
# duck-typed iterators, stopped and executing generators.
def g():
    try:
        yield 1
        yield 2
    finally:
        print("fin")
x = g(); print(next(x)); x.close(); x.close()
print(list(x))
def g2():
    try: yield 1
    except GeneratorExit: yield 2
x = g2(); next(x)
try: x.close()
except RuntimeError as e: print("RuntimeError", e)
def g3():
    try: yield 1
    except GeneratorExit: raise ValueError("v")
x = g3(); next(x)
try: x.close()
except ValueError as e: print("ValueError", e)
def g4():
    yield 1
    return 5
x = g4(); next(x)
try: next(x)
except StopIteration as e: print("Stop", e.value, e.args)
x = g4()
print(x.send(None))
try: x.send(3)
except StopIteration as e: print("Stop", e.value)
try: g4().send(1)
except TypeError as e: print("TypeError", e)
def g5():
    r = yield 1
    print("got", r)
    r = yield 2
    print("got", r)
x = g5(); next(x); print(x.send("a"))
try: x.send("b")
except StopIteration: print("stop")
# throw
def g6():
    while True:
        try: yield 1
        except ValueError as e: print("caught", repr(e))
x = g6(); next(x)
print(x.throw(ValueError))
print(x.throw(ValueError("x")))
print(x.throw(ValueError, ValueError("y")))
try: x.throw(TypeError)
except TypeError: print("TypeError out")
try: next(x)
except StopIteration: print("stopped")
try: g6().throw(KeyError)
except KeyError: print("KeyError fresh")
# generator running
def g7():
    next(me)
    yield 1
me = g7()
try: next(me)
except ValueError as e: print("ValueError", e)
# pep 479
def g8():
    raise StopIteration
    yield
try: next(g8())
except RuntimeError as e: print("RuntimeError", e)
# name, qualname
def outer():
    def inner(): yield
    return inner()
gi = outer(); print(gi.__name__, gi.__qualname__)
print(type(gi).__name__)
# yield from
def sub():
    x = yield 1
    print("sub got", x)
    y = yield 2
    return x, y
def deleg():
    r = yield from sub()
    print("r", r)
    yield 3
d = deleg(); print(next(d), d.send("A"), d.send("B"))
# yield from with throw to sub
def sub2():
    try: yield 1
    except KeyError: print("sub2 KeyError"); yield 10
def del2(): yield from sub2()
d = del2(); next(d); print(d.throw(KeyError))
d.close()
# yield from non generator iterator
def del3(): yield from [1,2,3]; yield from range(2); yield from "ab"
print(list(del3()))
class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration(99)
        return self.i
def del4():
    r = yield from It()
    print("ret", r)
print(list(del4()))
def del5():
    yield from It()
d = del5(); next(d)
try: d.send(5)
except AttributeError as e: print("AttributeError")
d = del5(); next(d)
try: d.throw(ValueError)
except ValueError: print("ValueError through")
# yield from closes subgen
def sub6():
    try: yield 1
    finally: print("sub6 fin")
def del6(): yield from sub6()
d = del6(); next(d); d.close()
# gen in finally with return
def g9():
    try:
        yield 1
    finally:
        return 7
x = g9(); next(x)
try: x.throw(ValueError)
except StopIteration as e: print("stop", e.value)
# gen expression
ge = (i*i for i in range(4)); print(next(ge), list(ge), list(ge))
print(gi.gi_running)
def g10(): yield
x = g10()
def gen():
    yield 1
    yield 2
    yield 3
    yield 4
def gen2():
    yield -1
    print((yield from gen()))
    yield 10
    yield 11
g = gen2(); print(next(g), next(g)); g.close()
try: print(next(g))
except StopIteration: print("StopIteration")
# close of sub that ignores GeneratorExit
def gen3():
    try: yield 1; yield 2
    except GeneratorExit: print("gen3 got GeneratorExit"); yield 3
def gen4():
    yield from gen3()
g = gen4(); next(g)
try: g.close()
except RuntimeError: print("RuntimeError")
# close where sub raises StopIteration in handler
def gen5():
    try: yield 1
    except GeneratorExit: print("gen5 GE"); return 7
def gen6():
    r = yield from gen5(); print("ret", r); yield 99
g = gen6(); next(g); print(g.close())
# sub raises other exception on close
def gen7():
    try: yield 1
    except GeneratorExit: raise ValueError("gen7")
def gen8(): yield from gen7()
g = gen8(); next(g)
try: g.close()
except ValueError as e: print("ValueError", e)
# ducktype
class MyGen:
    def __init__(self): self.v = 0
    def __iter__(self): return self
    def __next__(self): return self.send(None)
    def send(self, val):
        self.v += 1
        if self.v > 3: raise StopIteration(self.v)
        return self.v, val
    def throw(self, *a): print("MyGen.throw"); return "thrown"
    def close(self): print("MyGen.close")
def gen9():
    r = yield from MyGen()
    print("r=", r)
g = gen9(); print(next(g), g.send(5), g.throw(KeyError))
g.close()
g = gen9(); print(list(g))
# executing
def gen10():
    yield from g10
g10 = gen10()
try: next(g10)
except ValueError as e: print("ValueError", e)
# stopped
def gen11(): return 5; yield
def gen12():
    g = gen11()
    try: next(g)
    except StopIteration: pass
    r = yield from g
    print("stopped r", r)
    yield 1
print(list(gen12()))
# throw with value into yield from
def gen13():
    try: yield 1
    except ValueError as e: print("gen13 got", repr(e), e.args); yield 2
def gen14(): r = yield from gen13(); yield r
g = gen14(); next(g); print(g.throw(ValueError(5))); 
g = gen14(); next(g); print(g.throw(ValueError, 6))
g = gen14(); next(g); print(g.throw(ValueError, (7, 8)))
# throw StopIteration into sub
def gen15():
    yield 1
def gen16():
    try: r = yield from gen15()
    except Exception as e: print("gen16", type(e).__name__)
    yield 2
g = gen16(); next(g)
try: print(g.throw(StopIteration))
except Exception as e: print(type(e).__name__)
# throw GeneratorExit into generator
def gen17():
    try: yield 1
    except GeneratorExit: print("GE caught"); yield 2
g = gen17(); next(g); print(g.throw(GeneratorExit))
# yield from iterator without send
def gen18(): yield from iter([1, 2])
g = gen18(); next(g)
try: g.send(1)
except AttributeError: print("AttributeError send")
g = gen18(); next(g)
try: g.throw(KeyError)
except KeyError: print("KeyError thrown")
g = gen18(); next(g); g.close(); print("closed")
# yield from pending exception
def gen19():
    try: yield 1
    finally: print("gen19 fin")
def gen20():
    try: yield from gen19()
    finally: print("gen20 fin")
g = gen20(); next(g)
try: g.throw(IndexError)
except IndexError: print("IndexError")
# generator return value in StopIteration args
def gen21(): return [1]; yield
try: next(gen21())
except StopIteration as e: print(e.value, e.args)
def gen22(): return; yield
try: next(gen22())
except StopIteration as e: print(e.value, e.args)
def gen23(): return StopIteration(1); yield
try: next(gen23())
except StopIteration as e: print(repr(e.value))
# yield in expression contexts
def gen24():
    x = [(yield 1), (yield 2)]
    print("x", x)
    y = {(yield 3): (yield 4)}
    print("y", y)
g = gen24(); print(next(g), g.send('a'), g.send('b'), g.send('c'))
try: g.send('d')
except StopIteration: pass
def gen25(): yield; yield
print(list(gen25()))
# lambda generator
lg = lambda: (yield 5)
print(list(lg()))
def gen():
    return 1
    yield
f = gen()
def run():
    print((yield from f))
    print((yield from f))
    print((yield from f))
try: next(run())
except StopIteration: print("StopIteration")
def run():
    print((yield from f))
f = zip()
try: next(run())
except StopIteration: print("StopIteration")
def noop_task():
    print('noop task')
    yield 1
def raise_task():
    print('raise task')
    yield 2
    print('raising')
    raise Exception
def main():
    try:
        yield from raise_task()
    except:
        print('main exception')
    yield from noop_task()
for z in main():
    print('outer iter', z)
# yield from map/filter/enumerate etc. native iterators + send
def yf(it):
    r = yield from it
    print("r", r)
for it in (map(abs, [-1]), filter(None, [0, 1]), enumerate("a"), reversed([1]), iter(range(1)), zip([1], [2]), iter({1: 2}), iter({1}), iter(b"a"), iter(bytearray(b"b")), iter("s")):
    print(list(yf(it)))
g = yf(map(abs, [-1, -2])); next(g)
try: g.send(5)
except (TypeError, AttributeError) as e: print(type(e).__name__)
g = yf(iter([1, 2])); next(g)
try: g.throw(ValueError)
except ValueError: print("VE")
g = yf(iter([1, 2])); next(g); g.close(); print("closed")
