# comprehensions with several for and if clauses
pairs = [(a, b, c) for a in range(1, 20) for b in range(a, 20) if a * a + b * b < 400
         for c in range(b, 20) if a * a + b * b == c * c]
print(pairs)
m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([x for row in m for x in row if x % 2])
print([[row[i] for row in m] for i in range(3)])
print([x for x in range(3) for x in range(x + 1)])
