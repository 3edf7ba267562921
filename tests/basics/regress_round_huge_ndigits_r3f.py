# round(int, ndigits) with ndigits near -2**63 negated a LONG_MIN (undefined
# behaviour, caught by UBSan). CPython computes 10**(2**63) there and never
# finishes, so this test has a .exp file: 0 is the exact answer (10**-nd is
# far beyond twice |x|); the other lines are CPython's.
print(round(5, -2**63))
print(round(-5, -2**63 + 1))
print(round(10**30, -2**62))
print(round(5, -2**70))
print(round(2**63, 2**63))
print(round(150, -2), round(250, -2), round(-250, -2), round(12345, -400))
print(round(1.5, -2**63), round(2.5, 2**63))
