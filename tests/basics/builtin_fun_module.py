# __module__ of built-in functions: 'builtins' for the builtins, the module's
# name for a C module's functions (whatever else holds them).
import math
import sys
import time

for f in [len, print, sorted, iter, abs]:
    print(f.__name__, f.__module__)
# The loop variable in __main__ holds each function in turn.
for f in [math.sqrt, math.floor, time.time, sys.exit, sys.getrecursionlimit]:
    print(f.__name__, f.__module__)
exit_alias = sys.exit
print(exit_alias.__module__)
# A C module that was assigned to keeps its name.
math.extra_attr = 1
print(math.sqrt.__module__)
del math.extra_attr
# Methods of built-in types have none.
print([].append.__module__, dict.fromkeys.__module__)
