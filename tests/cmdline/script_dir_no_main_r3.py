# A directory without __main__.py is an error (CPython: the same message and
# status 1), not an empty program.
# cmdline: dirs/without_main
