# send() and throw() pass through yield from to the inner generator
def inner():
    try:
        while True:
            v = yield
            print('inner got', v)
    except KeyError:
        print('inner caught KeyError')
        return 'inner done'
def outer():
    r = yield from inner()
    print('outer sees', r)
    yield 'after'
g = outer()
next(g)
g.send(1)
g.send('two')
print(g.throw(KeyError))
def closer():
    try:
        yield 1
    finally:
        print('inner finally on close')
def wrap():
    yield from closer()
w = wrap()
next(w)
w.close()
print('closed')
