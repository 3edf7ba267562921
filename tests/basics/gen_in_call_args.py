# a generator expression as the sole call argument needs no extra parentheses
print(sum(x * x for x in range(4)), sorted(c for c in 'cab'), list(i for i in range(3) if i))
print(max((len(w), w) for w in 'a bb ccc'.split()), ','.join(str(n) for n in [1, 2]))
def first(it, default=None):
    for v in it:
        return v
    return default
print(first(x for x in range(10) if x > 6), first((x for x in []), 'none'))
print(dict((k, v) for k, v in zip('ab', (1, 2))), set(x % 2 for x in range(5)) == {0, 1})
