# -i on a terminal: after the script the interactive REPL (with the line
# editor) starts in the script's globals; Ctrl-D leaves with status 0.
# pty: on
# cmdline: -i {script}
# expect: \n>>>\x20
# send: answer + 1\r
# expect: \n>>>\x20
# send: helper(2)\r
# expect: \n>>>\x20
# send: __name__\r
# expect: \n>>>\x20
# send: \x04
answer = 41


def helper(n):
    return n * answer


print("script ran")
