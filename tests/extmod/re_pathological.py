# Patterns that backtrack a lot or nest deeply, on big subjects: they must
# finish or raise, never crash the interpreter.
import re

print(re.match(r'(x+x+)+y', 'x' * 18))
print(len(re.findall(r'\w+', 'word ' * 20000)), re.match(r'(?:a|b)*', 'ab' * 20000).end(), re.match('.*', 'x' * 100000).end())
print(re.search(r'\d+$', 'x' * 1000 + '123').group(), re.sub(r'\s', '', ' a ' * 1000)[:5], re.match(r'(a|b)*c', 'ab' * 5000 + 'c').end())
print(re.match(r'(?:(a)|b)*?c', 'ab' * 3000 + 'c').end(), len(re.split(r'(,)', ',' * 5000)), re.match('(' * 50 + 'a' + ')' * 50, 'a').span())
print(re.match(r'(a*)*b', 'a' * 22), re.match(r'^(\w+\s?)*$', 'a ' * 12 + '!'))
try:
    re.compile('(' * 1000 + ')' * 1000)
    print('compiled')
except (RecursionError, RuntimeError, re.error):
    print('error')
