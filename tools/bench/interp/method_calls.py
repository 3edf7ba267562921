# 1M method calls on an instance.
class Counter:
    def __init__(self):
        self.n = 0

    def inc(self, k):
        self.n += k


def run():
    c = Counter()
    for i in range(1000000):
        c.inc(1)
    return c.n

print(run())
