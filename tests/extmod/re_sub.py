# sub and subn: templates with group references, callables, count,
# empty matches.
import re

print(re.sub(r'(\w+)@(\w+)', r'\2 at \1', 'joe@home'), re.sub('x*', '-', 'abxd'), re.subn(r'\s+', ' ', 'a  b   c'))
print(re.sub(r'\d', lambda m: str(int(m.group()) * 2), 'a1b2c3', count=2), re.sub('a', 'b', 'aaa', 2))
print(re.sub(r'(?P<x>\d)', r'<\g<x>\g<1>>', 'a1'), re.sub('a', r'\n\t\\', 'bab'), re.sub('(a)|b', r'[\1]', 'ab'))
print(re.sub(r'', '-', 'abc'), re.sub(r'a|', '-', 'bab'), re.sub('a', lambda m: '', 'banana'), re.subn('z', 'y', 'abc'))
print(re.sub('(a)', r'\-\.\0\01\101', 'a'), re.sub('a', r'\g<0>\g<0>', 'ba'), re.sub(r'(b)?a', r'[\1]', 'aba'))
print(re.compile('o').sub('0', 'foo boo', count=1), re.compile('o').subn(repl='0', string='oo'))
print(re.sub('[aeiou]', lambda m: m.group().upper(), 'education'), re.sub('x', 'y', ''), re.sub('', 'y', ''))
print(re.sub(r'(\d+)', lambda m: str(len(m.group(1))), 'a 123 bb 45678'), re.sub(r'\s+$', '', 'trail   '))
print(re.sub('(?m)^', '> ', 'a\nb\nc'), re.sub(r'\bcat\b', 'dog', 'cat concat cat.'))
print(re.sub('é', 'e', 'café é'), re.sub(r'(.)\1', r'\1', 'aabbcd'), re.sub('a', '€', 'banana'))
