# An emitter other than bytecode is refused with status 2.
# cmdline: -X emit=native -c "print('not run')"
