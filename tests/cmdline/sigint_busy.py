# SIGINT (Ctrl-C) during a busy loop raises KeyboardInterrupt in the loop:
# traceback on stderr and status 130.
# signal: INT after ready
# timeout: 20
print("ready")
n = 0
while True:
    n += 1
