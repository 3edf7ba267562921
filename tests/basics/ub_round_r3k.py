# int.__round__ with a huge negative ndigits: every int rounds to 0 (it used
# to negate LONG_MIN: undefined behaviour).
# .exp file: CPython computes 10**(2**63) here and never finishes.
print((5).__round__(-2**63))
print((5).__round__(-2**62))
print((10**30).__round__(-2**63))
print((-10**30).__round__(-2**61))
print((12345).__round__(-2), (15).__round__(-1), (25).__round__(-1))
print((10**30 + 5 * 10**9).__round__(-10))
