# floor division, modulo and divmod with all sign combinations, small and big
nums = [0, 1, 7, 13, 2**65 + 3, 10**30]
dens = [1, 2, 3, 7, 2**64, 10**15 + 7]
for a in nums:
    for b in dens:
        for sa in (1, -1):
            for sb in (1, -1):
                x, y = a * sa, b * sb
                q, r = divmod(x, y)
                assert q * y + r == x
                print(x // y, x % y, q, r)
for x in (1, -1, 0, 2**70):
    for op in ('//', '%'):
        try:
            eval('x %s 0' % op)
        except ZeroDivisionError:
            print('ZeroDivisionError', op)
    try:
        divmod(x, 0)
    except ZeroDivisionError:
        print('ZeroDivisionError divmod')
