# for loops whose target is a pair take the values of dict items,
# enumerate() and two-iterable zip() without a tuple: every behaviour must
# stay as with the tuple (ends, errors, mutation, strictness, other forms).
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

d = {'a': 1, 'b': 2, 'c': 3}
show(lambda: [(k, v) for k, v in d.items()])
show(lambda: {v: k for k, v in d.items()})
show(lambda: [(i, x) for i, x in enumerate('xyz')])
show(lambda: [(i, x) for i, x in enumerate('xyz', 10)])
show(lambda: [(i, x) for i, x in enumerate('xy', 2 ** 62)])
show(lambda: [(i, x) for i, x in enumerate('xy', -2 ** 70)])
show(lambda: [(a, b) for a, b in zip('abc', range(5))])
show(lambda: [(a, b) for a, b in zip(range(5), 'abc')])
show(lambda: [(a, b) for a, b in zip('ab', 'xy', strict=True)])
show(lambda: [(a, b) for a, b in zip('abc', 'xy', strict=True)])
show(lambda: [(a, b) for a, b in zip('ab', 'xyz', strict=True)])
show(lambda: [(a, b) for a, b in zip('ab', 'xy', 'pq')])
show(lambda: [(a, b) for a, b in zip('ab')])
show(lambda: [(a, b) for a, b in zip()])
show(lambda: [(a, b) for (a, b) in enumerate([5, 6])])
show(lambda: [(a, b) for [a, b] in d.items()])
show(lambda: [(a, b) for a, *b in d.items()])
show(lambda: [(k, v) for k, v in reversed(d.items())])
show(lambda: [t for t in d.items()])
show(lambda: [(a, b, c) for a, (b, c) in enumerate(d.items())])
show(lambda: [(a, b) for a, b in d])

def mutate():
    e = dict(d)
    out = []
    for k, v in e.items():
        out.append(k)
        e['new' + k] = v
    return out
show(mutate)

def delete_add():
    e = dict(d)
    for k, v in e.items():
        del e[k]
        e[k + '2'] = v
show(delete_add)

def gen():
    yield 1
    yield 2
    raise KeyError('inside')
show(lambda: [(i, x) for i, x in enumerate(gen())])

def flow():
    out = []
    for i, x in enumerate(range(10)):
        if i == 1:
            continue
        if x == 5:
            break
        out.append((i, x))
    else:
        out.append('else')
    for a, b in zip('ab', 'cd'):
        out.append(a + b)
    else:
        out.append('else2')
    return out
show(flow)

class E(enumerate):
    pass
show(lambda: [(i, x) for i, x in E('ab')])

def in_generator():
    for k, v in d.items():
        yield k * v
    for i, (k, v) in enumerate(sorted(d.items())):
        yield i, k
show(lambda: list(in_generator()))

it = iter(d.items())
show(lambda: [(k, v, next(it, None)) for k, v in it])
en = enumerate('abcdef')
show(lambda: [(i, x, next(en, None)) for i, x in en])
z = zip(range(6), range(6, 12))
show(lambda: [(a, b, next(z, None)) for a, b in z])
x = {}
for x['k'], x['v'] in d.items():
    pass
print(x)
class O:
    pass
o = O()
for o.a, o.b in enumerate('pq'):
    pass
print(o.a, o.b)
total = 0
for i, v in enumerate(range(100000)):
    total += i * v
print(total)
big = {i: str(i) for i in range(1000)}
print(sum(k for k, v in big.items() if v.endswith('7')))
