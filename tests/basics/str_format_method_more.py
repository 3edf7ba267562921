# str.format corner cases
print('{}{}'.format(1, 2), '{1}{0}'.format('a', 'b'), '{a}-{b}'.format(a=1, b=2), '{0}{0}'.format('x'))
print('{{}} {{{}}}'.format(5), '{:>{w}}'.format('x', w=4), '{:{f}{a}{w}}'.format('y', f='*', a='^', w=5))
print('{0[1]} {0[a]} {1.real}'.format({1: 'one', 'a': 'A'}, 3))
print('{0[0]}{0[2]}'.format('xyz'), '{[1]}'.format([5, 6]))
print('{!r} {!s} {!a}'.format('é', 'é', 'é'), '{0!r:>6}'.format('a'))
class C:
    def __format__(self, spec):
        return 'C(' + spec + ')'
    def __repr__(self):
        return 'Crepr'
print('{} {:xyz} {!r} {!s:>8}'.format(C(), C(), C(), C()))
for bad in ('{', '}', '{0', '{}{1}', '{1}{}', '{!x}', '{:d}', '{a}', '{3}', '{0.nope}'):
    try:
        print(bad.format('s'))
    except (ValueError, IndexError, KeyError, AttributeError) as e:
        print(repr(bad), type(e).__name__)
print('{:,}'.format(1234567.5), '{:_}'.format(10**8), '{:.3}'.format('abcdef'), '{:5.2}'.format('xyz'))
print('{:c}'.format(97), '{:08.3f}'.format(-3.14159), '{:+}'.format(0), '{:x<4}'.format(7))
print('{0:{1}}'.format(3.5, '.2f'), '{:=^9}'.format('mid'))
