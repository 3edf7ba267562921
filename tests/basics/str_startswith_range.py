# str.startswith / endswith with start and end positions
s = 'hello world'
print(s.startswith('world', 6), s.startswith('o', 4), s.startswith('hello', 1))
print(s.startswith('wor', 6, 9), s.startswith('world', 6, 9), s.startswith('d', -1))
print(s.endswith('hello', 0, 5), s.endswith('o', 0, 5), s.endswith('lo', 2, -6))
print(s.endswith('world', 6), s.endswith(('x', 'ell'), 0, 4))
