# An unknown -X option is ignored, as CPython ignores those it does not know
# (CI command lines carry -X dev or -X utf8); the program runs.
# cmdline: -X nosuchoption -X dev -c "print('run')"
