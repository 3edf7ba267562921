# A syntax error in -c code names <string>.
# cmdline: -c "x = (1,\nprint(x)"
