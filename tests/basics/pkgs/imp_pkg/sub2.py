name2 = "sub2"
y2 = 22
