# starred expressions in subscripts (3.11)
class G:
    def __getitem__(self, k):
        return k
g = G()
a = (1, 2)
print(g[*a], g[0, *a], g[*a, 3], g[*'xy'])
