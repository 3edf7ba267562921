# generator object attributes and protocol
def g():
    yield 1
it = g()
print(it.__name__, iter(it) is it, hasattr(it, 'send'), hasattr(it, '__next__'), type(it).__name__)
print(it.gi_running)
print(next(it), next(it, 'done'))
def gen_exc():
    yield 1
    raise ValueError('inside')
try:
    list(gen_exc())
except ValueError as e:
    print('ValueError', e)
def stop_inside():
    yield 1
    raise StopIteration
try:
    list(stop_inside())
except RuntimeError as e:
    print('RuntimeError', type(e.__cause__).__name__)
def inf():
    n = 0
    while True:
        yield n
        n += 1
import sys
for v in inf():
    if v > 3:
        break
print(v)
gen = (x for x in [])
print(list(gen), next(gen, 'empty'))
def with_return_in_try():
    try:
        yield 1
        return 'r'
    finally:
        print('cleanup')
print(list(with_return_in_try()))
def send_gen():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v
s = send_gen()
next(s)
print(s.send(5), s.send(10))
try:
    s.send(None)
except StopIteration as e:
    print('final', e.value)
