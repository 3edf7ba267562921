S, F = 'abc', 1.0
cases = [
    lambda: 'abc'.center(5, 'xy'), lambda: 'abc'.find(None), lambda: 'abc'.startswith(('a', 1)), lambda: 'abc'.startswith(['a']),
    lambda: 'a'.split(''), lambda: 'a'.rsplit(''), lambda: 'a'.replace(1, 'b'), lambda: 'a'.join('bc') + 'a'.join([b'x']),
    lambda: S[F], lambda: S[S], lambda: 'a' + 1, lambda: 1 + 'a', lambda: 'a' * 'b', lambda: 'a' * 1.5,
    lambda: 'abc'.index('z'), lambda: 'abc'.rindex('z'), lambda: 'a'.encode('nope'), lambda: b'a'.decode('nope'),
    lambda: 'a' < 1, lambda: 'abc'.count(), lambda: 'abc'.zfill('5'), lambda: 'abc'.ljust(5, ''), lambda: str(b'\xff', 'utf-8'),
    lambda: 'x'.strip(5), lambda: 'x'.partition(''), lambda: 'x'.expandtabs('4'), lambda: '%s %s' % 'ab', lambda: 'abc'.split(maxsplit='1'),
    lambda: b'a' + 'b', lambda: b'abc'.find('a'), lambda: bytes('abc'), lambda: bytearray(-1), lambda: b'a'.join(['b']),
    lambda: 'abc'.__getitem__(5), lambda: ''.join(None), lambda: 'a'.maketrans('ab', 'c'), lambda: 'x'.translate(5), lambda: 'ab'.removeprefix(None),
]
for i, c in enumerate(cases):
    try:
        r = c()
        print(i, 'ok', repr(r))
    except Exception as e:
        print(i, type(e).__name__)
