# An uncaught exception in a program read from stdin: the traceback names
# <stdin> and the line; status 1.
# cmdline:
# stdin: x = 1\ny = 0\nprint("before")\nprint(x / y)\nprint("not reached")\n
