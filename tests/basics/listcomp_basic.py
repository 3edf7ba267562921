# list comprehensions
print([x * x for x in range(5)])
print([x for x in range(10) if x % 3 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([x for x in range(20) if x % 2 if x % 3])
print([[y for y in range(x)] for x in range(4)])
print([c.upper() for c in 'abc'])
print([x + y for x, y in [(1, 2), (3, 4)]])
print([i for i in []])
