# distutils.version.LooseVersion, which pg8000 uses to compare server versions.
import warnings
warnings.simplefilter("ignore")
from distutils.version import LooseVersion as V
for a, b in [("15.4", "8.2.0"), ("9.0.0", "9.0"), ("1.10", "1.9"), ("1.2b3", "1.2"), ("2.0", "2.0"), ("1.0a1", "1.0b")]:
    print(a, b, V(a) < V(b), V(a) == V(b), V(a) >= b, V(a) > V(b), V(a) <= V(b))
print(V("1.2.3b4").version, str(V("3.1")), repr(V("3.1")))
print(V("1.0") == 5, V("1.0") != 5)
try:
    V("1.0") < 5
except TypeError:
    print("TypeError")
