# single and double quoted strings
print('single')
print("double")
print('it\'s', "say \"hi\"")
print("it's", 'say "hi"')
print('', "", len(''))
print('a' 'b', "c" 'd')
print(repr('a'), repr("b'c"), repr('d"e'), repr('f\'g"h'))
