# throw() variants
def g():
    try:
        yield 1
    except ValueError as e:
        print('caught', repr(e))
        yield 'after'
it = g()
next(it)
print(it.throw(ValueError('x')))
it = g()
next(it)
print(it.throw(ValueError))
it = g()
try:
    it.throw(KeyError('not started'))
except KeyError as e:
    print('KeyError propagated', e)
print(next(it, 'exhausted'))
def h():
    while True:
        try:
            yield
        except GeneratorExit:
            print('exit')
            return
        except Exception as e:
            print('swallowed', type(e).__name__)
it = h()
next(it)
it.throw(TypeError)
it.throw(IndexError())
it.close()
def ignore_exit():
    while True:
        try:
            yield
        except GeneratorExit:
            pass
it = ignore_exit()
next(it)
try:
    it.close()
except RuntimeError:
    print('RuntimeError')
