people = [("Ann", 31, "Oslo"), ("Bob", 25, "Rome"), ("Cy", 31, "Lima"), ("Di", 19, "Oslo")]
for name, age, city in people:
    print(f"{name:<4}{age:>3} {city}")
print(sorted(people, key=lambda p: (p[1], p[0])))
print(sorted(people, key=lambda p: (-p[1], p[2])))
print(max(people, key=lambda p: p[1]), min(people, key=lambda p: (p[2], p[0])))
cities = {}
for name, age, city in people:
    cities.setdefault(city, []).append(name)
print(cities)
ages = tuple(p[1] for p in people)
print(ages, sum(ages) / len(ages), ages.count(31), sorted(set(ages)))
oldest = max(ages)
print([p[0] for p in people if p[1] == oldest])
name, *rest = people[0]
print(name, rest)
print(list(zip(*people))[0], tuple(map(len, people)))
print(("Ann", 31, "Oslo") in people, ("Ann", 30, "Oslo") in people)
