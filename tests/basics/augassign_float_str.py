# augmented assignment with floats, strings and bytes
f = 1.5
f += 1
f *= 4
f -= 0.5
f /= 2
f //= 2
f %= 1.5
f **= 2
print(f)
s = 'ab'
s += 'cd'
s *= 2
print(s)
b = b'x'
b += b'yz'
b *= 2
print(b)
