# := inside a comprehension binds in the enclosing scope
vals = [1, 5, 2, 8, 3]
big = [y for x in vals if (y := x * 2) > 5]
print(big, y)
total = 0
sums = [total := total + v for v in vals]
print(sums, total)
def f():
    [last := i for i in range(4)]
    return last
print(f())
print(any((hit := v) > 4 for v in vals), hit)
