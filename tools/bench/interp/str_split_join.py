# String building with split/join.
def run():
    words = ("alpha beta gamma delta epsilon zeta eta theta iota kappa " * 20).split()
    n = 0
    for i in range(20000):
        line = " ".join(words)
        parts = line.split(" ")
        n += len(parts)
        s = ",".join(parts[i % 10:])
        n += len(s.split(","))
    return n

print(run())
