# true division of ints gives floats
print(1 / 2, 7 / 2, -7 / 2, 10 / 5, 0 / 3, -0 / 3)
print(1 / 3, 2 / 3, 22 / 7)
print(2 ** 60 / 2 ** 58, (10 ** 20) / (10 ** 18))
print(type(4 / 2).__name__)
try:
    1 / 0
except ZeroDivisionError:
    print('ZeroDivisionError')
