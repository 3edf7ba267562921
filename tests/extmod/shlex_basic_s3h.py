# shlex: split (posix rules, comments, errors), quote, join, the shlex class
import shlex
cases = ['a b  c', "a 'b c' d", 'a "b \\" c" d', 'a\\ b c', "''", "a '' b", 'a""b', '"a\\\\b"', '"a\\nb"', "'a\\nb'",
         'x # comment', 'a#b c', '--opt="x y" -v', 'echo $HOME "$x"', '  lead trail  ', '', 'a\tb\nc', "it's\"\" ok'",
         'ünï cödé', 'a;b|c&&d', '"', "'x", 'a\\']
for c in cases:
    try:
        print(repr(c), shlex.split(c))
    except ValueError as e:
        print(repr(c), 'ValueError', e)
    try:
        print(repr(c), shlex.split(c, comments=True))
    except ValueError as e:
        print(repr(c), 'ValueError', e)
for s in ['', 'abc', 'a b', "it's", 'x$y', 'a@b%c+d=e:f,g./-', 'ü', '*', 'a\nb']:
    print(repr(s), shlex.quote(s))
print(shlex.join(['ls', '-l', 'my file', "it's"]))
print(shlex.split(shlex.join(['ls', '-l', 'my file', "it's", ''])))
l = shlex.shlex('a = b + "c d" # x\nfoo(bar)')
print(list(l))
l = shlex.shlex('a = b + "c d" # x\nfoo(bar)', posix=True)
print(list(l))
l = shlex.shlex('a && b || c; d', punctuation_chars=True)
print(list(l))
