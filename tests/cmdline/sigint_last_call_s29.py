# A Ctrl-C that lands during the program's last call (a long C loop that
# does not look at signals) still raises KeyboardInterrupt when the call
# returns; it used to be dropped at the exit, with status 0. (.exp: CPython
# raises it inside the frame and shows line 9; here it is raised after the
# module's code has returned, so without a traceback -- unless the build
# looks at signals inside sum(), as the sanitizer build does.)
# signal: INT after ready
# timeout: 20
print("ready", flush=True)
x = sum(range(300000000))
