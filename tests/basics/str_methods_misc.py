# miscellaneous str behaviour: len, methods on empty strings, immutability
print(len(''), len('abc'), len('é€\U0001F600'))
print(''.upper(), ''.split('x'), ''.strip(), ''.replace('a', 'b'), ''.find('a'), ''.join([]))
s = 'abc'
t = s.upper()
print(s, t, s is not t)
print('abc'.__len__(), 'a'.__add__('b'), 'x'.__contains__('x'))
print(str.upper('xyz'), str.join('-', ['a', 'b']), str.count('banana', 'a'))
