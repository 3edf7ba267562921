# -X emit=bytecode is accepted (bytecode is the only emitter).
# cmdline: -X emit=bytecode -c "print('bytecode ok')"
