# map and filter are lazy iterators
print(list(map(str, [1, 2])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(abs, [])))
print(list(filter(None, [0, 1, '', 'a', [], [0], None])), list(filter(lambda x: x % 2, range(10))))
calls = []
def f(x):
    calls.append(x)
    return x * 10
m = map(f, [1, 2, 3])
print(calls)
print(next(m), calls)
print(list(m), calls)
print(type(map(f, [])).__name__, type(filter(None, [])).__name__)
print(sum(map(int, '12345')), list(map(pow, [2, 3], [3, 2])))
