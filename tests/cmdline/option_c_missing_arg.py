# -c without its argument is a usage error.
# cmdline: -c
