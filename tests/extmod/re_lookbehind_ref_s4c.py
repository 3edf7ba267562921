# Lookbehind with backreferences and conditionals: a reference has its
# group's width; groups of the lookbehind itself cannot be referred to.
import re
print(re.match(r'ab(?<=b)c', 'abc'), re.match(r'ab(?<=c)c', 'abc'))
print(re.match(r'(a)a(?<=\1)c', 'aac'), re.match(r'(a)b(?<=\1)a', 'abaa'))
print(re.match(r'(a)a(?<!\1)c', 'aac'), re.match(r'(a)b(?<!\1)a', 'abaa'))
print(re.match(r'(?:(a)|(x))b(?<=(?(2)x|c))c', 'abc'), re.match(r'(?:(a)|(x))b(?<=(?(2)x|b))c', 'abc'))
print(re.match(r'(?:(a)|(x))b(?<=(?(1)b|x))c', 'abc'))
print(re.match(r'(a)b(?<=(?(1)c|x))(c)', 'abc'), re.match(r'(a)b(?<=(?(1)b|x))(c)', 'abc'))
print(re.match(r'(ab)c(?<=\1c)d', 'abcd'), re.match(r'(?P<n>xy)(?<=(?P=n))z', 'xyz'))
for p in [r'(a)b(?<=(?(2)b|x))(c)', r'(a)b(?<=(.)\2)(c)', r'(a)b(?<=(?P<a>.)(?P=a))(c)', r'(a)b(?<=(a)(?(2)b|x))(c)', r'(a)b(?<=(.)(?<=\2))(c)', r'(a+)(?<=\1)', r'(?<=a|bc)']:
    try:
        re.compile(p); print('ok', p)
    except re.error as e:
        print('error', p)
