# A malformed or too small -X heapsize is a usage error (status 2).
# cmdline: -X heapsize=12q -c "print('not run')"
