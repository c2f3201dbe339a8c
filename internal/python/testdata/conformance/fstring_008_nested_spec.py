x = 3.14159
w = 10
p = 3
print(f"[{x:{w}}]")
print(f"[{x:{w}.{p}f}]")
print(f"[{'ab':>{w}}]")
align = "^"
print(f"[{'ab':{align}{w}}]")
print(f"[{7:0{p}d}]")
