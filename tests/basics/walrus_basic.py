# assignment expressions
if (n := 10) > 5:
    print('big', n)
print((y := 3) * 2, y)
data = [1, 2, 3, 4]
if (length := len(data)) > 3:
    print('len', length)
print([z := 5, z + 1])
def f():
    if (v := 7):
        return v * 2
print(f())
print(((a := 1), (b := a + 1), a + b))
