# `micropython -i` without a script and with stdin piped in runs the REPL on
# that input (as `python3 -i < file` does): each statement is compiled as
# typed, expression values are shown, an exception does not end the session,
# and the exit status is 0 at the end of the input.
# cmdline: -i
# stdin: x = 1\nx + 1\nif x:\n    print("y")\n\nprint(1/0)\nx\n
