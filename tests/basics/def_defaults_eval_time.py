# default values are evaluated once, at definition time
n = 1
def f(x=n):
    return x
n = 2
print(f())
def app(item, lst=[]):
    lst.append(item)
    return lst
print(app(1), app(2), app(3, []))
def kw(*, k=n * 10):
    return k
n = 100
print(kw())
calls = []
def mk(v):
    calls.append(v)
    return v
def h(a=mk('a'), b=mk('b')):
    pass
print(calls)
h(); h()
print(calls)
print(f.__defaults__)
