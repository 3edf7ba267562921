# break and continue in while loops
i = 0
out = []
while True:
    i += 1
    if i % 2 == 0:
        continue
    if i > 9:
        break
    out.append(i)
print(out)
n = 0
while n < 3:
    m = 0
    while True:
        m += 1
        if m == 2:
            break
    n += 1
print(n, m)
