# A generator pipeline.
def numbers(n):
    for i in range(n):
        yield i


def squares(it):
    for x in it:
        yield x * x


def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x


def run():
    return sum(evens(squares(numbers(1000000))))

print(run())
