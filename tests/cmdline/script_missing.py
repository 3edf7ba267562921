# A script that does not exist: CPython's message, status 2.
# cmdline: no_such_script.py
