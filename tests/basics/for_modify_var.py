# rebinding the loop variable does not affect iteration; range is evaluated once
for i in range(3):
    print(i)
    i = 100
n = 3
for i in range(n):
    n = 10
print(n, i)
l = [1, 2, 3]
for x in l[:]:
    l.remove(x)
print(l)
