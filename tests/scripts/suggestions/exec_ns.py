exec('valeu', {'value': 1})
