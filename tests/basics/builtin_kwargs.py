# built-in functions and methods that take keyword arguments
print(sorted([3, 1, 2], key=None, reverse=True), 'a b c'.split(maxsplit=1), 'x\ny\n'.splitlines(keepends=True))
print(list(enumerate('ab', start=5)), max([], default=7), min([3, 1], key=lambda v: -v))
print(int('ff', base=16), pow(base=2, exp=5), pow(2, 5, mod=3), sum([1, 2], start=10))
print('abc'.encode(encoding='utf-8'), b'abc'.decode(encoding='utf-8'), int.from_bytes(b'\x01\x00', byteorder='little'))
print((5).to_bytes(length=2, byteorder='big'), dict(a=1), 'q'.center(5, '*'))
