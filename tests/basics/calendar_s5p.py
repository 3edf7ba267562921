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
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday())
print(calendar.monthcalendar(2024, 3))
calendar.setfirstweekday(0)
try:
    calendar.setfirstweekday(7)
except ValueError as e:
    print(type(e).__name__, e)
