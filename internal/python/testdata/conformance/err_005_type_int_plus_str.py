# adding an int and a str fails on the right-hand operand type
print("start")
total = 1 + "2"
