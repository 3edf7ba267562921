# the builtins module holds the built-in functions
import builtins
print(builtins.len is len, builtins.print is print, builtins.int is int)
print(hasattr(builtins, 'open'), hasattr(builtins, 'ValueError'), hasattr(builtins, 'no_such'))
builtins.custom_builtin_q = 'visible everywhere'
print(custom_builtin_q)
del builtins.custom_builtin_q
