# calendar: the date-producing iterators and calendars (itermonthdays3/4,
# itermonthdates, monthdatescalendar, yeardatescalendar) and format().
import calendar
for fw in (0, 6, 3):
    c = calendar.Calendar(fw)
    for y, m in ((2024, 1), (2024, 2), (2023, 12), (2021, 2), (2000, 3)):
        d4 = list(c.itermonthdays4(y, m))
        print(fw, y, m, len(d4), d4[0], d4[-1], d4[8])
        print(list(c.itermonthdays3(y, m))[:2], list(c.itermonthdates(y, m))[-1])
        assert [t[:3] for t in d4] == list(c.itermonthdays3(y, m))
        assert [t[3] for t in d4] == [w for _, w in c.itermonthdays2(y, m)]
c = calendar.Calendar(0)
print(list(c.itermonthdays4(9999, 12))[-3:])
print(list(c.itermonthdays3(1, 1))[:1])
try:
    list(c.itermonthdates(1, 1))
except ValueError:
    print('ValueError')
print(c.monthdatescalendar(2023, 2)[0])
y = c.yeardatescalendar(2023, 2)
print(len(y), len(y[0]), y[0][1][0][0], y[5][1][-1][-1])
print(len(c.yeardatescalendar(2023)), c.monthdayscalendar(2024, 2)[-1])
print(c.yeardays2calendar(2023, 4)[2][3][0])
calendar.format(['a', 'b'], 5, 2)
calendar.format(['x', 'yy', 'z'])
