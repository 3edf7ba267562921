# getopt's module-level helpers: short_has_arg, long_has_args, do_shorts,
# do_longs (each option's value may come from the remaining arguments)
import getopt


def show(f, *args):
    try:
        print(f(*args))
    except getopt.GetoptError as e:
        print('GetoptError', e, repr(e.opt))


show(getopt.short_has_arg, 'a', 'a:b')
show(getopt.short_has_arg, 'b', 'a:b')
show(getopt.short_has_arg, 'c', 'a:b')
show(getopt.short_has_arg, ':', 'a:b')
for name, longs in (('abc', ['abc=']), ('abc', ['abc']), ('abc', ['abcd']), ('abc', ['abcd=']),
                    ('abc', ['def']), ('abc', []), ('abc', ['abcd', 'abcde']),
                    ('abc', ['abc', 'abcd'])):
    show(getopt.long_has_args, name, longs)
show(getopt.do_shorts, [], 'a', 'a', [])
show(getopt.do_shorts, [('-x', '')], 'ab1', 'ab:', ['r'])
show(getopt.do_shorts, [], 'a', 'a:', ['1', '2'])
show(getopt.do_shorts, [], 'a1', 'a', [])
show(getopt.do_shorts, [], 'a', 'a:', [])
show(getopt.do_longs, [], 'abc', ['abc'], [])
show(getopt.do_longs, [], 'abc=1', ['abc='], [])
show(getopt.do_longs, [], 'abc=1', ['abcd='], [])
show(getopt.do_longs, [], 'abc', ['ab', 'abc', 'abcd'], [])
show(getopt.do_longs, [], 'foo', ['foo='], ['v', 'w'])
show(getopt.do_longs, [], 'foo=42', ['foo'], [])
show(getopt.do_longs, [], 'foo', ['foo='], [])
print(getopt.getopt(['-a', '1', '--alpha=2', '--beta', 'x', 'y'], 'a:', ['alpha=', 'beta']))
