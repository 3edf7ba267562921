# Malformed patterns raise re.error (a subclass of Exception); type names only.
import re

print(issubclass(re.error, Exception), re.error.__name__)
bad = ['(', ')', '[a', 'a**', '*', '+a', '?', '{1}', r'\q', r'\xz', r'\u12', '(?P<1>x)', '(?P<a>x)(?P<a>y)', '(?P=nope)',
       'a{3,2}', '(?<=a+)b', '(?<=a|bc)d', '(?', '(?Q)', '(?<x)', '(?P', '(?Px)', r'(a)\2', r'(a\1)', '[b-a]',
       r'[\d-z]', 'x|(?i)a', '((?i)a)', '(?i', '(?-i)a', '(?-a:a)', '(?(1)a|b|c)', '(?(2)a)(b)', 'a\\', r'\400',
       '(?#unterminated', '(?P<>x)', '(?P<a', '(?a)(?u)x']
for p in bad:
    try:
        re.compile(p)
        print('compiled', p)
    except re.error:
        print('error', p)
    except ValueError:
        print('ValueError', p)
try:
    re.compile('a{99999999999}')
except (OverflowError, re.error) as e:
    print(type(e).__name__)
try:
    re.compile('(')
except re.error as e:
    print(type(e).__name__, isinstance(e, Exception), len(e.args))
