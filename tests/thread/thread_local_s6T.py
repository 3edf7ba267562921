# threading.local: attributes seen only by the thread that set them; a
# subclass's __init__ runs again (same arguments) in each new thread.
import threading

data = threading.local()
data.x = 'main'
out = []


def w(i):
    out.append((i, hasattr(data, 'x')))
    data.x = i
    data.y = i * 2
    out.append((i, data.x, data.y, sorted(data.__dict__)))


ts = [threading.Thread(target=w, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(out, key=str))
print(data.x, hasattr(data, 'y'), data.__dict__)
del data.x
print(hasattr(data, 'x'))
try:
    del data.x
except AttributeError:
    print('AttributeError')
try:
    threading.local(1)
except TypeError as e:
    print('TypeError', e)


class Counter(threading.local):
    inits = []
    kind = 'class'

    def __init__(self, start):
        self.n = start
        Counter.inits.append(start)

    def bump(self):
        self.n += 1
        return self.n

    @property
    def double(self):
        return self.n * 2

    @double.setter
    def double(self, v):
        self.n = v // 2


c = Counter(10)
c.bump()
res = []


def w2():
    res.append(c.n)
    res.append(c.bump())
    c.double = 40
    res.append((c.n, c.double, c.kind))
    c.kind = 'mine'
    res.append(c.kind)


t = threading.Thread(target=w2)
t.start()
t.join()
print(res, c.n, c.double, c.kind, Counter.inits)
