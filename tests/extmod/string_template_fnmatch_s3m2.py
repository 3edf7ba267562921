# string.Template class-level customisation (delimiter, idpattern,
# braceidpattern, flags, whole pattern) and fnmatch.translate's exact text.
import string
import fnmatch
from string import Template

print(Template('$who likes ${what}, $$5').substitute(who='tim', what='ham'))
print(Template('$who $x').safe_substitute(who='a'), Template('$who').get_identifiers())
for bad in ['$who $100', 'a\nb $1', '$']:
    try:
        Template(bad).substitute(who=1)
    except ValueError as e:
        print(e)
print(Template('$a $$ ${b}').is_valid(), Template('$a $1').is_valid())


class Pct(Template):
    delimiter = '%'


print(Pct('%x and %%').substitute(x=1))


class Dotted(Template):
    idpattern = r'[_a-z][._a-z0-9]*'


print(Dotted('$bag.foo and ${bag.bar}').substitute({'bag.foo': 1, 'bag.bar': 2}))


class Braced(Template):
    braceidpattern = r'@[a-z]+@'


print(Braced('$who ${@where@}').safe_substitute(who='x', **{'@where@': 'y'}))


class Exact(Template):
    flags = 0


print(Exact('$wHO $who').safe_substitute(w='W', who='h'))


class At(Template):
    pattern = r"""
    @(?:
      (?P<escaped>@) |
      (?P<named>[a-z]+) |
      {(?P<braced>[a-z]+)} |
      (?P<invalid>)
    )"""


print(At('@a @{b} @@').substitute(a=1, b=2), At('x @1').is_valid())


class Odd(Template):
    pattern = r'(?P<other>x)|(?P<escaped>@@)|@(?P<named>[a-z]+)|@{(?P<braced>[a-z]+)}|(?P<invalid>@)'


for call in (lambda: Odd('x').substitute(), lambda: Odd('x').is_valid(), lambda: Odd('x').get_identifiers()):
    try:
        call()
    except ValueError as e:
        print('ValueError', e.args[0])
print(string.Template.pattern.groupindex['named'] > 0, Template.flags == 2)

for p in ['*', 'a?b*', '[abc]', '[]]', '[!x]', '[^x]', '[x', '[a-z--/A-Z]', '[z-a]',
          '[!z-a]', '[a-]', '[-a]', '[\\]', '[&~|]', '**a*a****a', 'a*b*', '[[]', '*.t?t']:
    print(p, fnmatch.translate(p))
print(fnmatch.fnmatch('a' * 40 + 'b', '*a*a*a*a*a*a*a*a*a*a*a*a'))
print(fnmatch.filter(['x.py', 'y.c', '.py'], '*.py'), fnmatch.fnmatchcase('-', '[a-z--/]'))
