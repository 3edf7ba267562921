# iteration falls back to __getitem__ with 0, 1, 2... until IndexError
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * i
print(list(Seq()))
print(9 in Seq(), 5 in Seq())
for v in Seq():
    print(v)
it = iter(Seq())
print(next(it), next(it))
