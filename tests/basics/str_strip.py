# strip, lstrip and rstrip with and without characters
s = '  \t hello world \n '
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print('xxhixx'.strip('x'), 'xxhixx'.lstrip('x'), 'xxhixx'.rstrip('x'))
print('abcHELLOcba'.strip('abc'), '123abc321'.strip('0123456789'))
print(repr(''.strip()), repr('   '.strip()), repr('x'.strip('x')), 'ab'.strip(''))
print('www.example.com'.strip('cmowz.'), 'hello'.strip(None))
