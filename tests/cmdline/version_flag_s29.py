# -V / --version print the version (the REPL banner's first word and
# number) and exit 0.
# cmdline: --version
