# Scoped inline flags: (?a:...), (?i:...), (?-i:...).
import re

print(re.match(r'(?a:[_a-z])', '\u0130', re.I))
print(re.match(r'(?a:[_a-z])', 'K', re.I))
print(re.match(r'(?a:[_a-z])', '\u212a', re.I))
print(re.match(r'[_a-z]', '\u212a', re.I))
print(re.match(r'(?a:k)', '\u212a', re.I), re.match(r'(?a:k)', 'K', re.I))
print(re.match(r'(?a:\w)', '\xe9'), re.match(r'\w', '\xe9'))
print(re.match(r'(?a:\s)', '\xa0'), re.match(r'(?a:\d)', '\u0663'))
print(re.match(r'(?a:\b)x', '\xe9x'), re.match(r'\bx', '\xe9x'))
print(re.match(r'\xe9(?a:\B)x', '\xe9x'), re.match(r'\xe9\Bx', '\xe9x'))
print(re.match(r'(?i:a)b', 'AB'), re.match(r'(?i:a)b', 'Ab'))
print(re.match(r'(?-i:a)b', 'aB', re.I), re.match(r'(?-i:a)b', 'AB', re.I))
print(re.match(r'(?a-i:x)', 'X', re.I), re.match(r'(?ai:x)', 'X'))
print(re.fullmatch(r'(?ai:[k])', '\u212a'), re.fullmatch(r'(?ai:[k])', 'K'))

import string

try:
    string.Template('$\u0130').substitute({})
except ValueError as e:
    print(e)
