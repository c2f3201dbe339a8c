import json
print("json ok")
import pandas
