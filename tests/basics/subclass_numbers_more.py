# int and float subclasses in arithmetic, formatting and hashing
class MyInt(int):
    def __repr__(self):
        return 'MyInt(%d)' % int(self)
class MyFloat(float):
    pass
i = MyInt(7)
f = MyFloat(2.5)
print(i, repr(i), str(i), i + 1, type(i + 1).__name__, type(-i).__name__, i * 2.0, i // 2, i % 4, i ** 2)
print(f, repr(f), f + 1, type(f + 1).__name__, f * i, round(f), int(f), f.is_integer(), type(abs(f)).__name__)
print(hash(i) == hash(7), {i: 'x'}[7], i == 7, f == 2.5, i < 8, f > 2, sorted([MyInt(3), 1, MyInt(2)]))
print('%d %s %r %.1f' % (i, i, i, f), '{} {:05d} {!r}'.format(i, i, i), f'{f:.2f} {i:x}', format(i, 'b'))
print(bin(i), hex(i), [0] * MyInt(2), 'ab'[MyInt(1)], range(MyInt(3)))
class Flags(int):
    def __or__(self, o):
        return Flags(int(self) | int(o))
    def __repr__(self):
        return 'Flags(%d)' % self
print(Flags(1) | Flags(4), 2 | Flags(1), type(2 | Flags(1)).__name__)
class Pos(int):
    def __new__(cls, v):
        if v < 0:
            raise ValueError('negative')
        return super().__new__(cls, v)
print(Pos(3) + Pos(4))
try:
    Pos(-1)
except ValueError as e:
    print('ValueError', e)
print(isinstance(True, int), MyInt.__mro__[1] is int, int.__add__(i, 1), float.__mul__(f, 2))
print(MyInt('12'), MyInt('ff', 16), MyFloat('1.5'), MyInt(), MyFloat())
