# return statements
def none1():
    return
def none2():
    pass
def tup():
    return 1, 2
def early(x):
    if x:
        return 'early'
    return 'late'
def from_loop():
    for i in range(10):
        if i == 4:
            return i
    return -1
def star():
    a = [1, 2]
    return 0, *a
print(none1(), none2(), tup(), early(1), early(0), from_loop(), star())
