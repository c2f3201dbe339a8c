class StudyError(Exception):
    pass
print("defining done")
raise StudyError("bad study definition")
