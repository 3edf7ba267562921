# The smallest heap that -X heapsize accepts (64k) is enough to start and run
# a small program.
# cmdline: -X heapsize=64k -c "print('ok', sum(range(10)))"
