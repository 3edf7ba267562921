# array.__reduce_ex__ for protocols 0-2 (what copy uses), and an invalid
# code point in a 'u' array refused by tounicode().
import array
import copy

a = array.array('i', [1, 2, 3])
for protocol in range(3):
    r = a.__reduce_ex__(protocol)
    print(r[0] is array.array, r[1], r[2])
b = copy.copy(a)
c = copy.deepcopy(a)
print(b, c, b is a, c == a)


u = array.array('u', b'\xff\xff\xff\xff')
try:
    u.tounicode()
except ValueError as e:
    print('ValueError', e)
print(array.array('u', 'abc').tounicode())
