# repr of built-in modules
import sys, gc
print(sys, repr(gc))
