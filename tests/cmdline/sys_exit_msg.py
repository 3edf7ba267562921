# sys.exit('message'): the message goes to stderr and the status is 1.
import sys

print("exiting")
sys.exit("fatal: something went wrong")
