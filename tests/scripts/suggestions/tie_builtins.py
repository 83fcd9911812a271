x = ab
