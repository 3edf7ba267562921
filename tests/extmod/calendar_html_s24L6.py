# calendar.HTMLCalendar: the HTML of a month, a year and a year page, and
# subclasses restyling it through the cssclass* attributes.
import calendar

c = calendar.HTMLCalendar()
print(c.formatday(0, 3), c.formatday(5, 6))
print(c.formatweekheader())
print(c.formatmonthname(2004, 1), c.formatmonthname(2004, 1, withyear=False))
print(c.formatmonth(2024, 2))
print(calendar.HTMLCalendar(6).formatmonth(2023, 12, withyear=False))
y = c.formatyear(2004)
print(len(y), y[:300])
print(y[-200:])
print(c.formatyear(2021, width=5)[-120:])
p = c.formatyearpage(2004, encoding='ascii')
print(type(p).__name__, len(p), p[:400])
print(p[-40:])
print(c.formatyearpage(2004, width=4, css=None)[:400])


class Custom(calendar.HTMLCalendar):
    cssclasses = [s + " text-nowrap" for s in calendar.HTMLCalendar.cssclasses]
    cssclasses_weekday_head = ["red", "blue", "green", "lilac", "yellow", "orange", "pink"]
    cssclass_month_head = "text-center month-head"
    cssclass_month = "text-center month"
    cssclass_year = "text-italic "
    cssclass_year_head = "lead "
    cssclass_noday = "empty"


k = Custom(2)
print(k.formatmonth(2017, 5))
print(k.formatyear(2017, 2)[:400])
print('HTMLCalendar' in calendar.__all__)
