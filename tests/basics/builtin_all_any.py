# all() and any() short-circuit
print(all([]), any([]), all([1, 2]), all([1, 0]), any([0, 0]), any([0, 'x']))
print(all('abc'), any(''), all(x > 0 for x in [1, 2]), any(x > 1 for x in [0, 1]))
seen = []
def g():
    for v in [1, 0, 2, 3]:
        seen.append(v)
        yield v
print(all(g()), seen)
seen.clear()
print(any(g()), seen)
