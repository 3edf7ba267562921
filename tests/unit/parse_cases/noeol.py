x = 1
# ends without a newline
if x:
    y = 2