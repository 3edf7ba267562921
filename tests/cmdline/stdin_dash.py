# "-" reads the program from stdin; the arguments after it are sys.argv[1:].
# cmdline: - a b
# stdin: import sys\nprint(sys.argv)\n
