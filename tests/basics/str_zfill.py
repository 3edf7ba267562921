# str.zfill
for s in ('42', '-42', '+42', '', 'abc', '3.14', '-0', '12345'):
    print(repr(s.zfill(5)), repr(s.zfill(1)))
