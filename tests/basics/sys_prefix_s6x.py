# sys.prefix and friends: str, all four equal (no virtual environment), an
# absolute directory.
import sys
names = ('prefix', 'base_prefix', 'exec_prefix', 'base_exec_prefix')
vals = [getattr(sys, n) for n in names]
print([type(v).__name__ for v in vals], len(set(vals)), vals[0].startswith('/'))
