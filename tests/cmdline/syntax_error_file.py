# A syntax error in the script: file and line on stderr, status 1, and
# nothing of the program runs.
# cmdline: mods/bad_syntax.py
