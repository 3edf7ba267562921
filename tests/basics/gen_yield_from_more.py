# yield from delegating to iterables, generators, with return values
def inner():
    a = yield 'i1'
    b = yield 'i2'
    return (a, b)
def outer():
    r = yield from inner()
    print('inner returned', r)
    yield from [10, 20]
    yield from 'ab'
    yield from range(2)
    return 'done'
o = outer()
print(next(o), o.send('A'), o.send('B'))
print(list(o))
def thrower():
    try:
        yield 1
    except KeyError as e:
        yield 'caught %r' % (e.args,)
def deleg():
    yield from thrower()
d = deleg()
print(next(d), d.throw(KeyError('k')))
def closer():
    try:
        yield 1
    finally:
        print('inner finally')
def deleg2():
    yield from closer()
d = deleg2()
next(d)
d.close()
def gen_ret():
    yield from ()
    return 42
def cap():
    x = yield from gen_ret()
    yield x
print(list(cap()))
def it_stop():
    yield from iter([1, 2])
print(list(it_stop()))
