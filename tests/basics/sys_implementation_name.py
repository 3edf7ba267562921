# sys.implementation.name is 'micropython' here, unlike CPython's 'cpython',
# so this test has a hand-written .exp file.
import sys
print(sys.implementation.name)
print(sys.implementation.name == 'cpython')
