# recursive generators and deep yield from chains
def flatten(x):
    if isinstance(x, list):
        for item in x:
            yield from flatten(item)
    else:
        yield x
print(list(flatten([1, [2, [3, [4, [5]]]], 6, [[7]]])))
def tree(n):
    if n == 0:
        return
    yield n
    yield from tree(n - 1)
    yield -n
print(list(tree(4)))
def chain(depth):
    if depth == 0:
        yield 'bottom'
        return 'ret0'
    r = yield from chain(depth - 1)
    yield r
    return 'ret%d' % depth
print(list(chain(5)))
def perms(s):
    if len(s) <= 1:
        yield s
        return
    for i, c in enumerate(s):
        for p in perms(s[:i] + s[i + 1:]):
            yield c + p
print(list(perms('abc')), len(list(perms('abcde'))))
def deep(n):
    if n:
        yield from deep(n - 1)
    else:
        yield 'deep'
print(list(deep(200)))
