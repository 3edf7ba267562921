# list, tuple, dict and set displays
print([], [1], [1, 2,], [[1], [2, [3]]])
print((), (1,), (1, 2), ((1,),))
print({}, {1: 2}, {'a': 1, 'b': [2]})
print(sorted({1, 2, 3}), type({1}).__name__, type({}).__name__)
print(len({1, 1, 2, 2}))
print({'k': 1, 'k': 2})
print(type(()).__name__, type((1)).__name__, type((1,)).__name__)
print([1, 'a', 2.5, None, True, b'x'])
