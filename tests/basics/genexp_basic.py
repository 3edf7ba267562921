# generator expressions are lazy iterators
g = (x * 2 for x in range(4))
print(type(g).__name__)
print(next(g), next(g), list(g), list(g))
print(sum(x for x in range(101)))
print(max(len(w) for w in ['a', 'abc', 'ab']))
print(list(x for x in range(10) if x % 2 for _ in range(2)))
log = []
def src():
    for i in range(3):
        log.append(i)
        yield i
g = (v + 1 for v in src())
print(log)
print(next(g), log)
print(tuple(g), log)
