# -i: after the script the REPL starts, reading stdin, with the script's
# globals; end of input leaves it with status 0.
# cmdline: -i {script}
# stdin: print(x + 1)\nx = 5\nx * 2\n
x = 41
print("script ran")
