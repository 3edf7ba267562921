# The REPL keeps an error it reports as sys.last_type, sys.last_value and
# sys.last_traceback, as CPython's does, so traceback.print_last() works.
# cmdline: -i {script}
# stdin: 1 / 0\nimport sys, traceback\nprint(sys.last_type.__name__, sys.last_value)\ntraceback.print_last()\n
