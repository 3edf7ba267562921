# Integer items of every size read back with their sign (or without, for
# the unsigned codes), at the limits of each type.
import array
for tc in "hHiIlLqQ":
    a = array.array(tc)
    for v in (0, 1, 127, 128, 255, 256, 32767, 2**31-1, 2**32-1, 2**63-1, 2**64-1, -1, -128, -32768, -2**31, -2**63):
        try:
            a.append(v)
        except OverflowError:
            pass
    print(tc, a.itemsize, list(a), a[-1], a[0])
