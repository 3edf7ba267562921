# f-string features
x, y = 3, 'ab'
print(f'{x}{y}', f'{x!r:>5}', f'{y!r}', f'{y!s}', f'{y!a}', f'{"é"!a}', f'{x:{"0"}{5}}', f'{x=}', f'{y = }', f'{x*2=:>4}')
print(f'{{}}', f'{{{x}}}', f'{x:#x}', f'{3.14159:.{x}f}', f'{[1, 2][0]}', f'{ {"k": 1}["k"] }', f"{'nested'}")
print(f'{x if x else y}', f'{(lambda: 5)()}', f'{",".join(["a", "b"])}', f'{x:,}', f'{1e6:,.1f}')
print(f'''multi
{x}line''', f'{x}' f'{y}' 'plain', rf'\n{x}', fr'\t{y}')
class C:
    def __format__(self, spec):
        return 'fmt(%s)' % spec
    def __repr__(self):
        return 'repr'
    def __str__(self):
        return 'str'
c = C()
print(f'{c}', f'{c:abc}', f'{c!r}', f'{c!s}', f'{c!r:>6}')
width = 8
print(f'{"mid":^{width}}|', f'{"r":>{width}}|', f'{-5:0{width}}', f'{255:0{width}b}')
d = {'a': 1}
print(f'{d["a"]}', f"{d['a']}")
print(f'{x!r}' == repr(x), f'{None}', f'{True:>5}', f'{1.0}', f'{1/3:.3}', f'{12345.678:e}')
