# Numbers in str.format fields and specs may use the whole ssize_t range, as
# in CPython: field indexes and [keys] up to 2**63-1, widths (MemoryError
# when padding is attempted), precisions (float: 'precision too big').
def t(f):
    try:
        print(repr(f()[:20]))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: '{0[9223372036854775807]}'.format({9223372036854775807: 'x'}))
t(lambda: '{0[4611686018427387904]}'.format({4611686018427387904: 'y'}))
t(lambda: '{0[99999999999999999999]}'.format({}))
t(lambda: '{9223372036854775807}'.format())
t(lambda: '{99999999999999999999}'.format())
t(lambda: '{:9223372036854775807}'.format(1))
t(lambda: '{:9223372036854775808}'.format(1))
t(lambda: '{:.9223372036854775807}'.format('a'))
t(lambda: '{:.9223372036854775807}'.format(1.5))
t(lambda: '{:.4611686018427387904f}'.format(1.5))
t(lambda: '{:{}}'.format(1, 2**62))
t(lambda: format(1.5, '.%d' % 2**62))
t(lambda: format('ab', '.%d' % 2**62))
t(lambda: format(5, '.%d' % 2**62))
t(lambda: '{0[3]}{0[12]}'.format({3: 'a', 12: 'b'}))
