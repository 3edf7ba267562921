# isalpha, isdigit, isspace, isupper, islower
tests = ['', 'abc', 'ABC', 'aBc', '123', 'abc123', ' ', ' \t\n', 'a b', 'ABC1', 'abc!']
for s in tests:
    print(repr(s), s.isalpha(), s.isdigit(), s.isspace(), s.isupper(), s.islower())
