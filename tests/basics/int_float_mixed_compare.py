# equality and ordering between int, float, bool and big ints
pairs = [(1, 1.0), (2**53, 2.0**53), (2**53 + 1, 2.0**53), (-0, -0.0), (True, 1.0), (10**400, float('inf')),
         (-10**400, float('-inf')), (2**1023, 2.0**1023), (3, 2.9999999999999996), (0, float('nan'))]
for a, b in pairs:
    print(a == b, a != b, a < b, a <= b, a > b, a >= b, b < a)
print(sorted([2**64, 1.5e19, 1.8446744073709552e19, 2**64 + 1]))
print(max(2**70, 1e21), min(-2**70, -1e21), 2**70 in {1.1805916207174113e21}, 1e21 in {2**70})
