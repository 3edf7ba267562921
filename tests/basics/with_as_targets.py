# with ... as supports unpacking and attribute targets
class Pair:
    def __enter__(self):
        return (1, (2, 3))
    def __exit__(self, *a):
        pass
with Pair() as (a, (b, c)):
    print(a, b, c)
class O:
    pass
o = O()
with Pair() as o.attr:
    print(o.attr)
d = {}
with Pair() as d['k']:
    pass
print(d)
