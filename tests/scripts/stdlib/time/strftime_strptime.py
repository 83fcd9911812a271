# time.strftime with tuples and struct_time (glibc's C-locale directives, flags and widths,
# unknown directives passed through) and time.strptime with CPython's messages.
import time


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


ALL = "%a %A %w %d %b %B %m %y %Y %H %I %p %M %S %z %Z %j %U %W %c %x %X %% %G %u %V %e %C %D %F %T %R %r %h %g %k %l %P %s"
for tt in [time.gmtime(0), time.gmtime(1234567890), (2024, 1, 1, 0, 0, 0, 0, 1, 0), (2024, 12, 30, 13, 5, 9, 0, 365, 0),
           (2021, 1, 3, 23, 59, 59, 6, 3, 0), (5, 1, 1, 12, 0, 0, 5, 1, 0), (2020, 12, 31, 7, 8, 9, 3, 366, 1)]:
    print(time.strftime(ALL, tt))
tt = (2024, 3, 5, 4, 5, 6, 1, 65, 0)
print(time.strftime("%-d %-m %-H %_d %_m %05d %3j %10A %-10A %^a %^B %#b %#p %#Z %Ey %Od %EY %5Y", tt))
print(time.strftime("a%Qb%q %K%L%", tt), time.strftime("", tt), time.strftime("no directives", tt))
print(time.strftime("%n%t|", tt).encode())
t(lambda: time.strftime("%Y", (2024,)))
t(lambda: time.strftime("%Y", 5))
t(lambda: time.strftime("%Y", [2024, 1, 1, 0, 0, 0, 0, 1, 0]))
t(lambda: time.strftime(5, (2024, 1, 1, 0, 0, 0, 0, 1, 0)))
t(lambda: time.strftime("%Y", (2024, 13, 1, 0, 0, 0, 0, 1, 0)))
t(lambda: time.strftime("%d", (2024, 0, 0, 0, 0, 0, 0, 0, 0)))
for args in [("2024-03-05 14:15:16", "%Y-%m-%d %H:%M:%S"), ("Tue Mar  5 14:15:16 2024",), ("05/03/24", "%d/%m/%y"),
             ("5 March 2024", "%d %B %Y"), ("Tue, 5 Mar 2024 02:15 PM", "%a, %d %b %Y %I:%M %p"), ("2024-065", "%Y-%j"),
             ("12:30:45.123", "%H:%M:%S.%f"), ("2024-03-05T14:15:16+0100", "%Y-%m-%dT%H:%M:%S%z"),
             ("2024-03-05 UTC", "%Y-%m-%d %Z"), ("2024-03-05 gmt", "%Y-%m-%d %Z"), ("100%", "%d%%"),
             ("  2024   03", "%Y %m"), ("2024-3-5", "%Y-%m-%d"), ("69", "%y"), ("68", "%y"), ("12 AM", "%I %p"),
             ("12 pm", "%I %p"), ("monday 2024 10", "%A %Y %W"), ("2024 10 0", "%Y %U %w"), ("2024-W10-2", "%G-W%V-%u"),
             ("03/05/24 14:15:16", "%x %X"), ("Tue Mar 05 14:15:16 2024", "%c"), ("1 2", "%m%d"), ("111", "%m%d"),
             ("02-29", "%m-%d"), ("2024-03-05 14:15", "%Y-%m-%d"), ("2024-03", "%Y-%m-%d"), ("2024-03-05", "%Y-%m-%d %Q"),
             ("2024", "%Y%"), ("2024-02-30", "%Y-%m-%d"), ("xyz", "xyz"), ("XYZ", "xyz"), (5, "%Y"), ("2024", 5),
             ("2024-03-05T14:15:16+01:0030", "%Y-%m-%dT%H:%M:%S%z"), ("2024 1", "%Y %V"), ("2024 1 1", "%G %V %u"),
             ("2024 1 1", "%G %j %u"), ("10:61", "%M:%S"), ("10:62", "%M:%S"), ("24", "%H"), ("0", "%d")]:
    t(lambda: time.strptime(*args))
# %z and %Z: glibc names the local zone when the tuple has no zone, and writes neither when
# DST is unknown (tm_isdst -1, as datetime's timetuple() of a naive datetime).
for isdst in (-1, 0, 1):
    print(repr(time.strftime("%z|%Z|", (2024, 1, 1, 0, 0, 0, 0, 1, isdst))))
print(repr(time.strftime("%z|%Z|", time.struct_time((2024, 1, 1, 0, 0, 0, 0, 1, -1, "ABC", 3600)))))
print(repr(time.strftime("%z|%Z|", time.struct_time((2024, 1, 1, 0, 0, 0, 0, 1, 0, "", -5400)))))
