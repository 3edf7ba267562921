# Sorting 1M ints.
def run():
    x = 12345
    data = []
    for i in range(1000000):
        x = (x * 1103515245 + 12345) % 2147483648
        data.append(x)
    data.sort()
    return data[0], data[500000], data[-1]

print(run())
