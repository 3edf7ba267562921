# calling built-in types as constructors with no arguments and with conversions
print(int(), float(), str(), bytes(), list(), tuple(), dict(), set(), frozenset(), bool(), bytearray())
print(int(3.9), int('12'), int(True), float('1.5'), float(2), str(1.0), bool('x'), tuple([1]), list((1,)))
print(sorted(set('aab')), dict([(1, 2)]), bytes(2), bytearray([1]))
