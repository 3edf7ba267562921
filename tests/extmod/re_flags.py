# Flags as arguments, inline (global and scoped), and Pattern.flags/repr.
import re

print(re.match('ABC', 'abc', re.I).group(), re.match('a.c', 'a\nc'), re.match('a.c', 'a\nc', re.S).group())
print(re.findall(r'^\w', 'ab\ncd', re.M), re.findall(r'.$', 'ab\ncd\n', re.M), re.findall(r'^\w', 'ab\ncd'))
print(re.match(r'''(?x) a  b  # comment
  c \  d [ ]''', 'abc d ').group(), re.match('a b', 'ab', re.X).group(), re.match(r'a\ b', 'a b', re.X).group())
print(re.match('(?i)abc', 'ABC').group(), re.match('(?i:a)b', 'Ab').group(), re.match('(?i:a)b', 'AB'))
print(re.match('a(?-i:b)', 'Ab', re.I).group(), re.match('a(?-i:b)', 'AB', re.I), re.match('(?s:.)(.)', '\n\n'))
print(re.match('(?m)a$', 'a\nb').group(), re.match('(?a)\\w+', 'héllo').group(), re.match('\\w+', 'héllo', re.A).group())
print(re.compile('a').flags, re.compile('(?i)a').flags, re.compile('(?i)(?m)a').flags, re.compile(b'a').flags)
print(re.compile('a', re.A).flags, re.compile('(?x)a', re.I).flags, re.compile(b'(?i)a').flags)
print(re.compile('a'), re.compile(b'a', re.I | re.M), re.compile('a', re.S | re.X), re.compile('a', re.A))
print(re.compile('(?i)ab'), re.compile("it's"), re.compile('a', re.U))
print(int(re.I), int(re.IGNORECASE), int(re.M), int(re.S), int(re.X), int(re.A), int(re.U), int(re.NOFLAG), re.I | re.M == 10)
print(re.match('[a-c]+', 'ABCd', re.I).group(), re.match('é', 'É', re.I).group(), re.match('[é]', 'É', re.I).group())
print(re.match(r'(a)\1', 'aA', re.I).group(), re.match(r'[^a]', 'A', re.I), re.match('k', 'K', re.I).group())
