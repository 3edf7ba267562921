# assignment expressions in many positions
if (n := len('hello')) > 3:
    print(n)
data = [1, 2, 3, 4]
print([y for x in data if (y := x * 2) > 4], y)
while (chunk := data[:2]):
    data = data[2:]
    print(chunk)
print((a := 1, b := 2), a, b)
def f():
    [z := i for i in range(3)]
    return z
print(f())
print([w := 10, w + 1])
print({(k := 'key'): k})
total = 0
print([total := total + v for v in range(4)], total)
