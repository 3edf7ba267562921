# -h prints the usage on stdout and exits with status 0 without running anything.
# cmdline: -h -c "print('not run')"
