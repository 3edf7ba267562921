# a for loop leaving early (break/return) closes the generator it made, as CPython does
def g():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
for x in g():
    print(x)
    break
print("after break")
def f():
    for x in g():
        return x
print(f(), "after return")
def f2():
    for i in range(2):
        for x in g():
            if x == 1:
                break
        print("inner done", i)
f2()
def ignores():
    try:
        yield 1
    except GeneratorExit:
        yield 2
for x in ignores():
    break
print("ignored exit swallowed")
def raising():
    try:
        yield 1
    finally:
        raise ValueError("in finally")
for x in raising():
    break
print("finally raise swallowed")
def fw():
    with open("/dev/null") as fh:
        for x in g():
            return "with+for"
print(fw())
for i in range(3):
    if i == 1:
        break
print("range ok", i)
for x in g():
    pass
print("exhausted")
def g(tag):
    try:
        yield 1
        yield 2
    finally:
        print("cleanup", tag)
def f():
    try:
        for a in g("outer"):
            for b in g("inner"):
                try:
                    return (a, b)
                finally:
                    print("finally in loop")
    finally:
        print("outer finally")
print(f())
def h():
    for a in g("h"):
        with open("/dev/null"):
            for b in [1, 2]:
                if b == 2:
                    return "ret"
print(h())
def k():
    out = []
    for a in g("k1"):
        for b in g("k2"):
            out.append((a, b))
            break
        else:
            pass
        continue
    return out
print(k())
def gen_in_gen():
    for x in g("gg"):
        yield x
        return
print(list(gen_in_gen()))
# an exception leaving the loop closes the generator too (before the handler runs)
def g5():
    try:
        yield 1
    finally:
        print("g5 cleanup")
try:
    for x in g5():
        raise ValueError
except ValueError:
    print("caught")
def f5():
    for x in g5():
        raise KeyError
try:
    f5()
except KeyError:
    print("caught2")
def f6():
    for x in g5():
        try:
            raise IndexError
        except IndexError:
            print("handled inside")
    print("loop ended")
f6()
def g():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
def boom(x):
    raise ValueError(x)
for x in (y for y in g()):
    print("genexp", x)
    break
print("after genexp")
ge = (y * 2 for y in g())
print(next(ge))
ge.close()
print("after close")
print(sum(x for x in g()))
print([x for x in g()])
print(list(x for x in range(3)))
