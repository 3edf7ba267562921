class CM:
    def __enter__(self): print('enter'); return self
    def __exit__(self, t, v, tb): print('exit', t.__name__ if t else None); return False
def g():
    with CM():
        yield 1
        yield 2
x = g(); next(x); x.close(); print('closed')
x = g(); next(x)
try:
    x.throw(KeyError('k'))
except KeyError:
    print('KeyError out')
def inner():
    try:
        yield 'i'
    except GeneratorExit:
        print('inner GE')
        return 'ret-on-close'
def outer():
    r = yield from inner()
    print('outer r', r)
    yield 'after'
x = outer(); next(x); x.close(); print('outer closed')
def inner2():
    yield 1
    yield 2
def outer2():
    yield from inner2()
x = outer2(); print(next(x), x.send(None))
try:
    x.send('not none')
except StopIteration:
    print('done')
class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 2: raise StopIteration
        return self.n
def deleg():
    res = yield from It()
    print('res', res)
print(list(deleg()))
x = deleg(); next(x)
try:
    x.send(5)
except AttributeError as e:
    print('AttributeError send to iterator')
except StopIteration:
    print('StopIteration')
def thrower_target():
    yield from It()
x = thrower_target(); next(x)
try:
    x.throw(ValueError('v'))
except ValueError:
    print('ValueError via non-generator')
