# every augmented assignment operator on ints
x = 100
x += 5; print(x)
x -= 10; print(x)
x *= 3; print(x)
x //= 7; print(x)
x %= 11; print(x)
x **= 3; print(x)
x >>= 2; print(x)
x <<= 5; print(x)
x &= 0xff0; print(x)
x |= 0x3; print(x)
x ^= 0x55; print(x)
x /= 4; print(x)
y = 2
y **= 100; print(y)
y //= 3 ** 10; print(y)
