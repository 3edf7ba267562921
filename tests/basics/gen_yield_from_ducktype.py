# yield from delegating to a non-generator iterator with send/throw/close
class Duck:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration('duck done')
        return 'next%d' % self.n
    def send(self, v):
        print('Duck.send', v)
        return self.__next__()
    def throw(self, *a):
        print('Duck.throw', a[0].__name__ if isinstance(a[0], type) else type(a[0]).__name__)
        return 'thrown'
    def close(self):
        print('Duck.close')
def deleg():
    r = yield from Duck()
    print('result', r)
    yield 'end'
g = deleg()
print(next(g), g.send('s1'), g.throw(ValueError), next(g))
print(next(g))
g = deleg()
next(g)
g.close()
class Plain:
    def __iter__(self):
        return iter([1, 2])
def d2():
    yield from Plain()
g = d2()
print(next(g))
try:
    g.send('x')
    print('send to plain iterator ok')
except AttributeError:
    print('AttributeError')
print(list(d2()))
