# str.isXXX methods on many inputs
samples = ['', 'a', 'A', 'aB', 'abc1', '123', '1.5', ' ', '\t\n', 'Hello World', 'Hello world',
           'HELLO', 'hello', '_x', 'x_1', '1x', 'class', 'é', 'ÀB', '²', '½', '٣', 'a b', '\x00', '~']
for s in samples:
    print(repr(s), s.isalpha(), s.isdigit(), s.isalnum(), s.isspace(), s.isupper(), s.islower(),
          s.istitle(), s.isidentifier(), s.isdecimal(), s.isnumeric(), s.isprintable(), s.isascii())
