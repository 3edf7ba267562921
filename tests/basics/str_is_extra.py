# isalnum, isdecimal, isnumeric, isidentifier, isprintable, istitle, isascii
tests = ['', 'abc', 'a1', '123', '1.5', '_x', 'x y', '2x', 'Title Case', 'title', '\n', 'if']
for s in tests:
    print(repr(s), s.isalnum(), s.isdecimal(), s.isnumeric(), s.isidentifier(),
          s.isprintable(), s.istitle(), s.isascii())
