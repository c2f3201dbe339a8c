s = "abc" 'def' "ghi"
print(s)
t = ("one "
     "two "
     'three')
print(t)
print("a" "b" == "ab")
print(len("x" "" "y"))
