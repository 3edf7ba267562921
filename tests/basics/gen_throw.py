# generator.throw()
def g():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print('generator caught', e.args)
        yield 'recovered'
    yield 'end'
gen = g()
print(next(gen))
print(gen.throw(ValueError('boom')))
print(next(gen))
gen2 = g()
next(gen2)
try:
    gen2.throw(KeyError('k'))
except KeyError as e:
    print('propagated', repr(e))
gen3 = g()
try:
    gen3.throw(TypeError)
except TypeError:
    print('throw into unstarted generator propagates')
print(list(gen3))
