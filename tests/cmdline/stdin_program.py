# With no script and stdin not a terminal, the program is read from stdin;
# sys.argv is [''] as in CPython.
# cmdline:
# stdin: import sys\nprint("from stdin", sys.argv, __name__)\nx = 6 * 7\nprint(x)\n
