# throw()/close()/send() through nested yield from, return values, finally
def inner():
    try:
        x = yield 1
        print('inner got', x)
        yield 2
    except KeyError as e:
        print('inner caught', repr(e))
        yield 'k'
    finally:
        print('inner finally')
    return 'iret'
def outer():
    r = yield from inner()
    print('outer r', r)
    try:
        yield 'o'
    except GeneratorExit:
        print('outer GE')
        raise
    return 'oret'
g = outer(); print(next(g)); print(g.send('s')); print(g.throw(KeyError('z'))); print(next(g))
g.close(); print('closed')
g = outer(); next(g)
try:
    g.throw(ValueError('v'))
except ValueError as e:
    print('propagated', e)
print(list(g))
g = outer(); next(g); g.close(); print('closed2')
def gen_ret():
    yield 1
    return 5
g = gen_ret(); next(g)
try:
    next(g)
except StopIteration as e:
    print('stop', e.value, e.args)
def catcher():
    while True:
        try:
            yield
        except ValueError:
            print('caught VE')
c = catcher(); next(c); c.throw(ValueError); c.throw(ValueError('x'))
c.close()
def ignore_close():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g = ignore_close(); next(g)
try:
    g.close()
except RuntimeError as e:
    print('RuntimeError')
def g2():
    yield 1
g = g2()
print(g.close(), g.close())
try:
    next(g)
except StopIteration:
    print('stopped after close')
g = g2()
try:
    g.throw(TypeError('early'))
except TypeError as e:
    print('early', e)
def delegating():
    yield from [1, 2, 3]
    yield from range(2)
    return (yield from gen_ret())
print(list(delegating()))
def sendy():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v
g = sendy(); next(g)
for i in range(5): g.send(i)
try:
    g.send(None)
except StopIteration as e:
    print('total', e.value)
def raising():
    yield 1
    raise StopIteration
try:
    list(raising())
except RuntimeError as e:
    print('RuntimeError from StopIteration')
g = (x*x for x in range(3))
print(g.send(None), next(g), list(g))
def genexc():
    try:
        yield
    finally:
        return 'finret'
g = genexc(); next(g)
try:
    g.throw(ValueError)
except StopIteration as e:
    print('swallowed', e.value)
def running():
    g.send(None)
    yield
g = running()
try:
    next(g)
except ValueError as e:
    print('ValueError already executing')
