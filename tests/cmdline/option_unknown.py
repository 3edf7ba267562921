# An unknown option: a message and the usage on stderr, status 2.
# cmdline: -Z {script}
print("not run")
