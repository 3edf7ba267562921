# re.sub/subn with a negative count make no substitutions (CPython 3.11).
import re
print(re.sub('a', 'b', 'aaa', -1), re.subn('a', 'b', 'aaa', -5))
print(re.compile('a').sub('b', 'aaa', count=-1), re.compile('a').subn('b', 'aaa', -2))
print(re.sub('a', 'b', 'aaa', 0), re.subn('a', 'b', 'aaa', 2))
s = 'xyz'
print(re.sub('a', 'b', s, -1) is s)
