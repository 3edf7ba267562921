# truth values of built-in objects in if statements
for v in (0, 1, -1, 0.0, 0.1, '', 'a', b'', b'\x00', [], [0], (), (None,), {}, {0: 0},
          set(), {0}, None, True, False, range(0), range(1), bytearray()):
    if v:
        print(repr(v), 'true')
    else:
        print(repr(v), 'false')
