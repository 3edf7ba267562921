# the nonlocal statement
def outer():
    x = 1
    def inner():
        nonlocal x
        x += 1
        return x
    inner()
    inner()
    return x
print(outer())
def make_acc():
    total = 0
    def add(v):
        nonlocal total
        total += v
        return total
    return add
acc = make_acc()
print(acc(5), acc(10))
def two_levels():
    v = 'a'
    def mid():
        def inner():
            nonlocal v
            v = 'changed'
        inner()
    mid()
    return v
print(two_levels())
