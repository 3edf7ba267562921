# str comparison, multiplication, containment and errors
print('a' < 'b', 'a' < 'ab', '' < 'a', 'B' < 'a', 'abc' == 'abc', 'abc' != 'abd', 'a' * 3, 3 * 'ab', 'a' * 0, 'a' * -1)
for op in ('<', '<=', '>', '>='):
    try:
        eval("'a' %s 1" % op)
    except TypeError:
        print('TypeError', op)
print('a' == 1, 'a' != b'a', 'a' == ['a'])
for bad in ("'a' + 1", "'a' * 1.5", "'a' * 'b'", "1 in 'abc'", "'a' - 'b'", "-'a'", "'a' + b'b'", "'%d' % 'x'"):
    try:
        eval(bad)
    except TypeError:
        print('TypeError', bad)
print('' in '', '' in 'abc', 'abc' in 'abc', 'abcd' in 'abc')
s = 'ab'
s += 'cd'
s *= 2
print(s)
