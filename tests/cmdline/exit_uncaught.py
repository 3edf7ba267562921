# An uncaught exception: CPython-format traceback (innermost call last) on
# stderr, status 1; output printed before it is kept.
def inner(n):
    return 10 // n


def outer():
    return inner(0)


print("before")
outer()
