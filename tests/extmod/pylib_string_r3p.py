# string (frozen pure-Python module): constants, capwords, Template.
import string

for name in ('ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'digits',
             'hexdigits', 'octdigits', 'punctuation', 'printable', 'whitespace'):
    print(name, repr(getattr(string, name)))
print(string.capwords('  hello   big  world '))
print(string.capwords('a-b-c', '-'))
print(string.capwords('ÉTÉ hIVER'))

T = string.Template
t = T('$who likes ${what}; costs $$5, ${who}x')
print(t.substitute(who='tim', what='kung pao'))
print(t.substitute({'who': 'ann', 'what': 'tea'}))
print(t.substitute({'who': 'ann', 'what': 'tea'}, what='coffee'))
print(t.safe_substitute(who='bob'))
print(t.template)
try:
    t.substitute(who='x')
except KeyError as e:
    print('KeyError', e)
for bad in ('price $ 5', 'line1\nab ${x', '$1', 'end $'):
    try:
        T(bad).substitute(x=1)
    except ValueError as e:
        print('ValueError', e)
    print(repr(T(bad).safe_substitute(x=1)))
print(T('$a$b ${c}d $a_1').substitute(a=1, b=2, c=3, a_1='u'))
print(T('$x').substitute(x=[1, 2]))
print(T('$who $what $who').get_identifiers())
print(T('ok $x').is_valid(), T('bad $').is_valid())


class Percent(T):
    delimiter = '%'


print(Percent('%x and %% and %{y}').substitute(x=1, y=2))
