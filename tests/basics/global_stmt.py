# the global statement
count = 0
def inc():
    global count
    count += 1
inc(); inc()
print(count)
def make():
    global newname
    newname = 'created'
make()
print(newname)
def reader():
    return count * 10
print(reader())
def shadow():
    count = 99
    return count
print(shadow(), count)
def nested():
    def inner():
        global count
        count = -1
    inner()
nested()
print(count)
