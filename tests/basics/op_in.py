# the in operator on many containers
print(1 in [1, 2], 3 in [1, 2], 1 in (1,), 'a' in 'abc', 'bc' in 'abc', '' in 'abc')
print(2 in {1: 'a', 2: 'b'}, 'a' in {1: 'a'}, 2 in {1, 2})
print(b'b' in b'abc', 98 in b'abc', 5 in range(10), 10 in range(10))
print(5 in range(0, 10, 2), 4 in range(0, 10, 2))
print([1] in [[1], [2]], (1, 2) in [(1, 2)])
print(1.0 in [1], True in [1])
it = iter([1, 2, 3, 4])
print(2 in it, list(it))
