# float() from various strings
for s in ('1', ' 1.5 ', '-2.5e3', '+.5', '5.', 'inf', '-Infinity', 'nan', 'NaN', '-nan', 'INF',
          '1_000.5', '1e-400', '1e400', '0x10', '', ' ', 'abc', '1.2.3', '1e', 'e5', '.', '1_', '1__0',
          '\n3.25\t', b'2.5'.decode()):
    try:
        print(repr(s), float(s))
    except ValueError:
        print(repr(s), 'ValueError')
print(float(b'1.25') if True else 0, float(bytearray(b'3')))
for bad in (None, [], '1j'):
    try:
        float(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
class F:
    def __float__(self):
        return 2.5
class G:
    def __index__(self):
        return 7
print(float(F()), float(G()), float(), float(10**20), float(-7))
try:
    float(10**400)
except OverflowError:
    print('OverflowError')
