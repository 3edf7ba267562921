# round() on ints, floats and objects with __round__
print(round(0.4), round(0.6), round(-0.6), round(2.5), round(3.5), round(7), round(-7, 1))
print(round(1.23456, 3), round(123.456, -1), round(987, -2), round(-987, -2), round(0.5, 0))
print(type(round(7, 1)).__name__, type(round(7.0)).__name__, type(round(7.0, 1)).__name__)
try:
    round('1')
except TypeError:
    print('TypeError')
