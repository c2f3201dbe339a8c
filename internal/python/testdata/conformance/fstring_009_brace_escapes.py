x = 5
print(f"{{x}}")
print(f"{{{x}}}")
print(f"{{}} {x}")
print("{{literal}}".format())
print("{{{}}}".format(x))
