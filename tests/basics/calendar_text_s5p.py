# calendar: arithmetic helpers and TextCalendar text output.
import calendar

print(calendar.isleap(2000), calendar.isleap(1900), calendar.isleap(2024), calendar.isleap(2023))
print(calendar.leapdays(1900, 2024), calendar.leapdays(2024, 1900), calendar.leapdays(1, 10000))
for ymd in ((2024, 2, 29), (1970, 1, 1), (1, 1, 1), (9999, 12, 31), (2000, 3, 1), (1600, 2, 29)):
    print(ymd, calendar.weekday(*ymd))
for ym in ((2024, 2), (2023, 2), (1900, 2), (2000, 12), (2021, 8)):
    print(ym, calendar.monthrange(*ym))
for bad in (0, 13):
    try:
        calendar.monthrange(2024, bad)
    except calendar.IllegalMonthError as e:
        print(type(e).__name__, e, isinstance(e, ValueError))
print(calendar.monthcalendar(2024, 2))
print(calendar.monthcalendar(2021, 2))
print(calendar.timegm((1970, 1, 1, 0, 0, 0)), calendar.timegm((2024, 2, 29, 12, 34, 56, 0, 0, 0)))
print(calendar.timegm((1969, 12, 31, 23, 59, 59)), calendar.timegm((2038, 1, 19, 3, 14, 8)))
print(list(calendar.month_name), list(calendar.month_abbr))
print(list(calendar.day_name), list(calendar.day_abbr), len(calendar.month_name))
print(calendar.MONDAY, calendar.SUNDAY, calendar.firstweekday())
print(calendar.weekheader(2), '|', calendar.weekheader(3), '|', calendar.weekheader(9), '|', calendar.weekheader(1))
print(calendar.month(2024, 2))
print(calendar.month(2021, 2, 3, 2))
print(calendar.calendar(2024))
print(calendar.calendar(1999, 3, 1, 2, 4))
calendar.prmonth(2023, 7)
calendar.prcal(2000, m=6)
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday())
print(calendar.month(2024, 3))
print(calendar.monthcalendar(2024, 3))
calendar.setfirstweekday(0)
try:
    calendar.setfirstweekday(7)
except ValueError as e:
    print(type(e).__name__, e)
tc = calendar.TextCalendar(6)
print(list(tc.iterweekdays()), tc.getfirstweekday())
print(list(tc.itermonthdays(2024, 9)))
print(list(tc.itermonthdays2(2024, 9))[:8])
print(tc.formatmonth(2024, 9))
print(tc.formatmonthname(2024, 9, 30), '|', tc.formatmonthname(2024, 9, 10, False), '|')
c = calendar.Calendar()
print(c.monthdays2calendar(2025, 6)[0], len(c.yeardayscalendar(2025, 4)))
