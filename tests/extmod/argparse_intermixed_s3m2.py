# argparse: parse_intermixed_args, usage=SUPPRESS, BooleanOptionalAction help
# (no automatic default text in 3.11.7), bad conflict_handler, parents'
# exclusive groups listed by kind, no-break spaces kept in help text.
import argparse
import os

os.environ['COLUMNS'] = '80'

p = argparse.ArgumentParser(prog='PROG')
p.add_argument('--foo')
bar = p.add_argument('--bar', required=True)
p.add_argument('cmd')
p.add_argument('rest', nargs='*', type=int)
print(p.parse_intermixed_args('cmd --foo x 1 --bar y 2 3'.split()))
print(p.parse_known_intermixed_args('cmd --foo x 1 --error 2 --bar y 3'.split()))
print(p.parse_known_args('cmd --foo x 1 --bar y 2 3'.split()))
print(p.usage, bar.required)

q = argparse.ArgumentParser(prog='Q')
q.add_argument('x')
q.add_argument('y', nargs='...')
try:
    q.parse_intermixed_args(['a'])
except TypeError as e:
    print('TypeError', e)

r = argparse.ArgumentParser(prog='R', exit_on_error=False)
g = r.add_mutually_exclusive_group(required=True)
g.add_argument('--foo', action='store_true')
g.add_argument('--spam')
r.add_argument('badger', nargs='*', default='X')
print(r.parse_intermixed_args('1 --foo 2'.split()), g.required)

s = argparse.ArgumentParser(prog='S', usage=argparse.SUPPRESS)
s.add_argument('--bar', help='Whether to bar', default=True,
               action=argparse.BooleanOptionalAction)
s.add_argument('--nb', action='store_true',
               help='a help text with\xa0no-break\xa0spaces that is long enough to need wrapping here')
print(repr(s.format_usage()))
print(s.format_help())
try:
    argparse.ArgumentParser(conflict_handler='foo')
except ValueError as e:
    print('ValueError', e)

parent = argparse.ArgumentParser(add_help=False)
pg = parent.add_mutually_exclusive_group()
pg.add_argument('--foo', action='store_true', help='FOO')
pg.add_argument('badger', nargs='*', default='X', help='BADGER')
child = argparse.ArgumentParser(prog='C', parents=[parent])
print(child.format_help())
