# chained comparisons with mixed operators and side effects
def v(x):
    print('eval', x)
    return x
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
print(1 < 2 > 1 == 1 != 2 <= 2 >= 2)
print(1 in [1] in [[1]], 1 is 1 is not None, 'a' < 'b' < 'c' < 'b')
x = 5
print(0 <= x < 10, 0 < x < 3, not 0 < x)
print([1, 2] == [1, 2] == [1, 2])
class C:
    def __lt__(self, o):
        print('lt')
        return 'truthy'
print(C() < 1 < 2)
print(C() < 1)
