# SIGINT (Ctrl-C) during a busy loop raises KeyboardInterrupt in the loop:
# traceback on stderr, and the program dies of the SIGINT (as CPython).
# signal: INT after ready
# timeout: 20
print("ready")
n = 0
while True:
    n += 1
