# int floor division and modulo, with signs and big values
vals = [1, -1, 7, -7, 100, 2 ** 40, -(2 ** 40), 10 ** 30, -(10 ** 30) + 7]
divs = [1, -1, 3, -3, 7, 2 ** 33, -(2 ** 33), 10 ** 20 + 3]
for a in vals:
    print(a, [(a // b, a % b) for b in divs])
for op in (lambda: 1 // 0, lambda: 1 % 0, lambda: (2 ** 100) // 0, lambda: (2 ** 100) % 0):
    try:
        op()
    except ZeroDivisionError:
        print('ZeroDivisionError')
