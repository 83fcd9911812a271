import calendar

h = calendar.HTMLCalendar()
print(h.formatmonth(2024, 2))
print(h.formatmonth(2024, 2, withyear=False))
print(h.formatyear(2023, width=4))
print(h.formatyearpage(2022, css=None)[:400])
print(h.formatyearpage(2022, width=6, css='x.css', encoding='ascii')[-120:])
h6 = calendar.HTMLCalendar(firstweekday=6)
print(h6.formatweekheader(), h6.formatday(0, 3), h6.formatday(9, 6), h6.formatweekday(0))
print(h6.formatmonthname(2020, 1), h6.formatweek([(1, 0), (0, 1)]))
class Styled(calendar.HTMLCalendar):
    cssclasses = ['w1', 'w2', 'w3', 'w4', 'w5', 'w6 bold', 'w7 red']
    cssclass_month = 'cal'
print(Styled().formatmonth(2024, 9))
lt = calendar.LocaleTextCalendar(locale='C')
print(lt.formatmonth(2024, 5), lt.locale)
print(calendar.LocaleHTMLCalendar(0, 'C').formatweekheader())
