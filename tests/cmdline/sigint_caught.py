# A KeyboardInterrupt from SIGINT can be caught; the program then goes on
# and exits normally.
# signal: INT after ready
# timeout: 20
try:
    print("ready")
    while True:
        pass
except KeyboardInterrupt:
    print("caught KeyboardInterrupt")
print("done")
