# dir() of the datetime classes and their instances lists what CPython's C types list: no
# __module__, __slots__, private helpers or pyrite's own markers.
import datetime
import time

for cls in (datetime.date, datetime.datetime, datetime.time, datetime.timedelta,
            datetime.tzinfo, datetime.timezone):
    print(cls.__name__, dir(cls))

print(dir(datetime.date(2024, 2, 29)) == dir(datetime.date))
print(dir(datetime.timedelta(1)) == dir(datetime.timedelta))
print(dir(datetime.timezone.utc) == dir(datetime.timezone))
print(len(dir(time.struct_time)), '__module__' in dir(time.struct_time))
print([n for n in dir(datetime.date(2024, 1, 1).isocalendar()) if not n.startswith('__')])


# A subclass lists its own __module__, __dict__ and __weakref__ (and its own names), as in
# CPython, and nothing the base hides.
class Day(datetime.date):
    def _helper(self):
        return 1

    label = 'x'


names = dir(Day)
print([n for n in names if n not in dir(datetime.date)])
print('_year' in names, '__slots__' in names, '__module__' in names)
print(Day(2024, 5, 1).label, Day(2024, 5, 1)._helper())
