# 1M dict inserts and lookups.
def run():
    d = {}
    for i in range(1000000):
        d[i] = i
    total = 0
    for i in range(1000000):
        total += d[i]
    return total

print(run())
