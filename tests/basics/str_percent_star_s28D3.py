# '%*' and '%.*' take an int or int subclass (not an __index__ object); the
# precision must fit a C int, checked as soon as it is read (before the
# arguments are known to run short). Literal widths and precisions too.
class I(int):
    pass


class X:
    def __index__(self):
        return 3


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: '%*d|' % (I(3), 1))
t(lambda: '%.*f|' % (I(3), 1.0))
t(lambda: '%*d|' % (True, 1))
t(lambda: '%*d|' % (-4, 1))
t(lambda: '%.*f|' % (-4, 1.5))
t(lambda: '%*d|' % (X(), 1))
t(lambda: '%*d|' % (1.0, 1))
t(lambda: '%.*s|' % ('2', 'abc'))
t(lambda: '%.*f' % (2**31, 1.0))
t(lambda: '%.*f' % (-2**31 - 1, 1.0))
t(lambda: '%.*f' % (2**63,))
t(lambda: '%.*f' % (-2**63,))
t(lambda: '%*.*20r' % (3, -2**63))
t(lambda: '%.*f' % (2**31 - 1,))
t(lambda: '%.*d' % (-2**31, 5))
t(lambda: b'%*d|' % (I(3), 1))
t(lambda: b'%.*f' % (2**40, 1.0))
# a literal width must fit a ssize_t and a literal precision a C int
t(lambda: '%.2147483648s' % 'a')
t(lambda: '%.2147483647s|' % 'a')
t(lambda: '%.99999999999999999999d' % 1)
t(lambda: '%99999999999999999999d' % 1)
t(lambda: '%.2147483648f' % 1.0)
t(lambda: b'%.2147483648s' % b'a')
t(lambda: b'%99999999999999999999d' % 1)
t(lambda: '%(a).2147483648s' % {'a': 1})
t(lambda: '%5.2s|%-4d|%.0f|%07.2f' % ('abc', 3, 2.5, -1.5))
# after "%(key)" a '*' takes the looked-up value; the conversion then has none
t(lambda: '%(a).*f' % {'a': 1.0})
t(lambda: '%(a)*d' % {'a': 5})
t(lambda: '%(a)s%(b)*d' % {'a': 1, 'b': 2})
t(lambda: '%(a)5d|%(a)-5d|' % {'a': 3})
t(lambda: b'%(a)*d' % {b'a': 5})
# '*' widths at the ends of the ssize_t range
t(lambda: '%*d|' % (-2**63, 1))
t(lambda: '%*d|' % (-2**63 + 1, 1))
t(lambda: '%*d|' % (2**63, 1))
t(lambda: '%9223372036854775808d' % 1)
