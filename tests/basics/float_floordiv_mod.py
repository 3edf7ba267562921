# float // and % follow floor semantics
for a in (7.0, -7.0, 7.5, -7.5, 0.0, 1e10 + 0.5):
    for b in (2.0, -2.0, 0.5, 3.0):
        print(a, b, a // b, a % b)
print(5 % 2.5, -5 % 2.5, 5.0 % -3, 1 % 0.25)
for op in (lambda: 1.0 // 0.0, lambda: 1.0 % 0, lambda: 1 / 0.0, lambda: divmod(1.0, 0.0)):
    try:
        op()
    except ZeroDivisionError:
        print('ZeroDivisionError')
