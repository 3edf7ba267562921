# An uncaught exception of a type defined by a C module other than builtins:
# the last traceback line names it with its module, as CPython does
# (binascii.Error, not Error).
import binascii

binascii.unhexlify(b"abc")
