[item for item in [1] if itme]
