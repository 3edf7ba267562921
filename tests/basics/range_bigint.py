# range with arbitrary-precision bounds
r = range(2**70)
print(r[-1], len(range(0, 2**40, 2**10)), 2**69 in r, r[2**65])
print(range(2**64, 2**64 + 3), list(range(2**64, 2**64 + 3)))
try:
    len(r)
except OverflowError:
    print('OverflowError')
print(range(5)[::2**70], range(5)[::-2**70])
