# unary operators on various types
print(-5, +5, ~5, -(-5), ~~5)
print(-0, +0, ~0, -True, +True, ~True, -False)
print(-2.5, +2.5, -0.0)
print(-(2 ** 70), ~(2 ** 70), +(2 ** 70))
print(not 0, not 1, not '', not 'a', not [], not [0], not None)
for v in ('a', [1], None):
    try:
        -v
    except TypeError:
        print('TypeError', type(v).__name__)
