import json
json.dump_s({})
