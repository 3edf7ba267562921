# while conditions with side effects and compound boolean logic
items = [5, 3, 0, 7]
i = 0
while i < len(items) and items[i]:
    i += 1
print(i)
a, b = 0, 10
while a < b or a % 3:
    a += 2
    b -= 1
print(a, b)
n = 100
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print(steps)
