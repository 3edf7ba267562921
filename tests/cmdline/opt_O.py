# -O is accepted and the program runs.
# cmdline: -O -c "print('optimised run')"
