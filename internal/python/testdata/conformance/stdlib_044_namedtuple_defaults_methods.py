from collections import namedtuple
Patient = namedtuple("Patient", ["pid", "age", "sex"], defaults=["U"])
p = Patient(1, 40)
print(p)
print(p.sex, p._fields)
print(Patient._make([2, 50, "F"]))
print(sorted([Patient(3, 20), Patient(1, 30)]))
print(p == (1, 40, "U"), isinstance(p, tuple))
