import json
print(json.dumps([1]))
json.x
