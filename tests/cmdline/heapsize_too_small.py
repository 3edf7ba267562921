# A heap below the minimum (64k) is refused as a usage error.
# cmdline: -X heapsize=1k -c "print('not run')"
