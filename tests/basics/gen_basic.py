# generator functions
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
g = count_up(3)
print(type(g).__name__)
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration:
    print('StopIteration')
print(list(count_up(5)), sum(count_up(5)))
def two():
    yield 'a'
    yield 'b'
for v in two():
    print(v)
print(iter(g) is g)
def empty():
    return
    yield
print(list(empty()))
