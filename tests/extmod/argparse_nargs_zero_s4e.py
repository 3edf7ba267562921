# argparse store/append/extend actions refuse nargs=0 and a const without
# nargs='?', with CPython's messages.
import argparse
p = argparse.ArgumentParser(prog='t')
for kw in ({'nargs': 0}, {'action': 'append', 'nargs': 0}, {'action': 'extend', 'nargs': 0},
           {'const': 1}, {'action': 'append', 'const': 1, 'nargs': 2}):
    try:
        p.add_argument('--x', **kw)
        print('ok')
    except ValueError as e:
        print('ValueError', e)
p.add_argument('--y', action='append', nargs='?', const=5)
p.add_argument('--z', nargs='?', const=7)
print(p.parse_args(['--y', '--y', '3', '--z']))
