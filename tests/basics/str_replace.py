# str.replace
s = 'one two one two one'
print(s.replace('one', '1'), s.replace('one', '1', 2), s.replace('one', '1', 0), s.replace('x', 'y'))
print('aaa'.replace('a', 'bb'), 'aaa'.replace('aa', 'b'), 'abc'.replace('', '-'), ''.replace('', 'x'))
print('abc'.replace('b', ''), 'hello'.replace('l', 'L', -1), 'abc'.replace('', '-', 2))
