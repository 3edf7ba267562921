# break and continue in for loops, including nested loops
res = []
for i in range(10):
    if i in (2, 4):
        continue
    if i == 7:
        break
    res.append(i)
print(res)
found = None
for a in range(1, 10):
    for b in range(1, 10):
        if a * b == 24 and a < b:
            found = (a, b)
            break
    if found:
        break
print(found)
for c in 'abc':
    for d in 'xy':
        if d == 'y':
            continue
        print(c + d)
