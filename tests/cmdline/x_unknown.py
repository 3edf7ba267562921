# An unknown -X option is a usage error.
# cmdline: -X nosuchoption -c "print('not run')"
