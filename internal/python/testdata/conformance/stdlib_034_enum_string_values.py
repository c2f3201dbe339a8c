from enum import Enum
class Status(Enum):
    OK = "ok"
    FAIL = "fail"
    def label(self):
        return self.value.upper()
print(Status("ok"), Status.FAIL.label())
print({s.value: s.name for s in Status})
print(Status.OK in Status, Status.OK.value == "ok")
print(Status.OK == "ok")
lookup = {Status.OK: 1, Status.FAIL: 0}
print(lookup[Status("fail")])
