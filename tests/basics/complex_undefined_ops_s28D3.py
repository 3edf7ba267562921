# //, %, divmod and ordering are not defined for complex: the TypeError must
# come before the other operand is converted to float, so an int too large
# for a float gives TypeError, not OverflowError (either side, in-place too).
big = 2**1024


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: divmod(1j, big))
t(lambda: divmod(big, 1j))
t(lambda: 1j % big)
t(lambda: big % 1j)
t(lambda: 1j // big)
t(lambda: big // 1j)
t(lambda: 1j < big)
t(lambda: big >= 1j)
t(lambda: 1j & big)


def inplace():
    x = 2j
    x //= big
    return x


t(inplace)
# the defined operations still convert (and overflow) as before
t(lambda: 1j + big)
t(lambda: big * 1j)
t(lambda: 1j ** big)
t(lambda: 1j == big)
t(lambda: 1j != big)
t(lambda: (1j + 2.5, 3 - 1j, 2 * (1 + 1j), (1 + 1j) / 2, 2 ** 1j == 2 ** 1j))
