# abandoning a generator mid-iteration; close() runs finally blocks
def g():
    try:
        for i in range(10):
            yield i
    finally:
        print('finally ran')
it = g()
for v in it:
    if v == 2:
        break
print('broke at', v)
it.close()
print('after close')
def h():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print('got GeneratorExit')
        raise
    finally:
        print('h finally')
x = h()
print(next(x))
x.close()
print(list(x))
def nested():
    try:
        yield from g()
    finally:
        print('outer finally')
n = nested()
print(next(n), next(n))
n.close()
