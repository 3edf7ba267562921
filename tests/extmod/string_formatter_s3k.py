# string.Formatter: parse, field-name splitting, vformat and overridable hooks
import string

F = string.Formatter()
for s in ['a{{b', 'a}}b', '{0}', 'x{0!r:>5}y', '{!r}', '{0:{1}}', '{a.b[c]}', '{0[}]}', '{0[]}',
          '{', '}', 'a}b', '{0', '{0!}', '{0!rr}', '{0!r', '{0{}', '{a[b}', '{:{x}}', '{{}}',
          '{}}}', '{0!:x}', '', '{0[a]x}', '{:}', '{!}', 'plain', 'a{0}b{1:x}c{{d}}', '{0:{{}}}',
          '{0!s}', '{x!a:^{w}.{p}}', '{:[}', '}}{{']:
    try:
        print(repr(s), list(F.parse(s)))
    except ValueError as e:
        print(repr(s), 'ValueError', e)


class Obj:
    attr = {'k': [10, 20, 30]}
    name = 'obj'


print(F.format('{0}-{1}', 'a', 'b'), F.format('{}+{}={}', 1, 2, 3), F.format('{x}/{y}', x=1, y=2))
print(F.format('{0.attr[k][2]} {0.name!r} {1[0]}', Obj(), 'xyz'))
print(F.format('{:>{}}|{:<{w}}|', 'r', 5, 'l', w=4), F.format('{0:{1}.{2}f}', 3.14159, 10, 2))
print(F.format('{!r} {!s} {!a}', 'q', 'q', 'é'), F.format('{0:_^9}', 'mid'))
print(F.vformat('{a}{0}', ('z',), {'a': 'A'}), F.format('{{literal}} {0}', 1))
print(F.format('{0[0]}{0[1]}', {0: 'int', 1: 'key'}), F.format('{d[key]}', d={'key': 'v'}))
print(F.get_field('0.name', [Obj()], {}), F.get_value(0, ['v'], {}), F.get_value('k', [], {'k': 2}))
print(F.convert_field(5, 'r'), F.convert_field('x', None), F.format_field(3.5, '08.3f'))
for tmpl, args, kw in [('{0}{}', (1, 2), {}), ('{}{0}', (1, 2), {}), ('{:{:{}}}', (1, 2, 3), {}),
                       ('{0!x}', (1,), {}), ('{0.}', (1,), {}), ('{0[1]x}', ([1, 2],), {}),
                       ('{nokey}', (), {}), ('{5}', (1,), {}), ('{0.missing}', (1,), {}),
                       ('{0[}', (1,), {}), ('{0:{1:{2}}}', (1, 2, 3), {})]:
    try:
        print(tmpl, repr(F.vformat(tmpl, args, kw)))
    except (ValueError, KeyError, IndexError, AttributeError) as e:
        print(tmpl, type(e).__name__, e)


class Strict(string.Formatter):
    def check_unused_args(self, used_args, args, kwargs):
        extra = set(kwargs) - used_args
        if extra:
            raise ValueError('unused: %s' % sorted(extra))

    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return '<%s>' % key
        return super().get_value(key, args, kwargs)

    def format_field(self, value, spec):
        if spec == 'upper':
            return str(value).upper()
        return super().format_field(value, spec)


S = Strict()
print(S.format('{a} {b:upper} {0}', 'pos', a='x'))
try:
    S.format('{a}', a=1, b=2)
except ValueError as e:
    print('ValueError', e)
print(string.Template('$a').substitute(a=1), string.capwords('hello  world'))
