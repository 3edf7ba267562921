# format() builtin and __format__
print(format(42), format(42, 'x'), format(3.5, '.2f'), format('s', '>3'), format(None), format([1]))
class F:
    def __format__(self, spec):
        return 'F<' + spec + '>'
print(format(F(), 'abc'), '{:xyz}'.format(F()), f'{F():q}', format(F()))
class Plain:
    def __str__(self):
        return 'plain'
print(format(Plain()), '{}'.format(Plain()))
try:
    format(Plain(), 'x')
except TypeError:
    print('TypeError: non-empty format string')
