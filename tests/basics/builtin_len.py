# len() of every sized built-in type
print(len(''), len('abc'), len('é'), len(b'ab'), len(bytearray(3)), len([1]), len((1, 2)), len({1: 2}))
print(len({1, 2, 3}), len(frozenset()), len(range(10)), len(range(0, 10, 3)), len(memoryview(b'abcd')))
print(len({}.keys()), len({'a': 1}.items()), len(range(2 ** 40)))
for bad in (1, None, iter([])):
    try:
        len(bad)
    except TypeError:
        print('TypeError', type(bad).__name__)
