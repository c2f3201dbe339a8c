matrix = [
    [1, 2],
   
         
    [3, 4],
	
]
print(matrix)
total = (
      1
  +
          2
)
print(total)
call = max(

  5,
        9,
   )
print(call)
