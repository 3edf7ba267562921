# -c: sys.argv[0] is '-c' and the remaining arguments follow; the program
# text may hold several lines and statements.
# cmdline: -c "import sys\nprint(sys.argv)\nfor a in sys.argv[1:]: print(a.upper())" one two
