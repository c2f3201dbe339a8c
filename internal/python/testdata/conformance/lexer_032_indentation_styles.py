if True:
  print("two spaces")
  if True:
        print("eight more")
if True:
    print("four")
else:
 print("one")
