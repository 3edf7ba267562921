# SIGINT interrupts a blocking time.sleep at once (not after the 30 s).
# signal: INT after ready
# timeout: 10
import time

print("ready")
time.sleep(30)
print("not reached")
