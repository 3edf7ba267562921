# -X after -W: the pre-scan for -X (it sizes the heap before anything else)
# steps over -W's value instead of taking it for the script and stopping.
# cmdline: -W ignore -X heapsize=1M -c "import gc; print(gc.mem_free() + gc.mem_alloc() <= 1048576)"
