# textwrap: indents as wide as the width or wider still cut words one
# character a line, and an empty line follows where CPython writes one (the
# cases next to those textwrap_noroom_s29L1.py covers, which CPython never
# finishes).
import textwrap

print(textwrap.wrap('x', 1, initial_indent='  ', drop_whitespace=False))
print(textwrap.fill('ab cd', 2, initial_indent='>>>', subsequent_indent='...'))
print(textwrap.wrap('abc', 2, initial_indent='   '))
print(textwrap.wrap('abc de', 2, subsequent_indent='    '))
print(textwrap.wrap('abcdef', 3, initial_indent='xxxx', subsequent_indent='yy'))
print(textwrap.wrap(' ', 2, initial_indent='   ', drop_whitespace=False))
print(textwrap.wrap('ab\tc', 1, initial_indent='--', expand_tabs=False, drop_whitespace=False))
