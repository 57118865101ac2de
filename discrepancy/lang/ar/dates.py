"""Arabic dates: both names of the Gregorian months (نوفمبر and تشرين الثاني, also written
together: "تشرين الثاني/نوفمبر"), weekdays, اليوم and أمس, the decades (الثمانينيات) and Hijri
dates ("5 ربيع الأول 1443 هـ"), given as the Gregorian day they fall on.

Hijri dates are converted by hijridate (formerly hijri-converter), a maintained converter on
the Umm al-Qura calendar that also names the Hijri months in Arabic.
"""

from __future__ import annotations

import re
from functools import lru_cache

from discrepancy.lang import calendar
from discrepancy.model import Document, Mention

# The alef forms and the final ya written either way: matched as one letter.
_FOLD = str.maketrans("أإآى", "ااای")
_DECADE = re.compile(r"(?<!\w)(?:ال)?(عشرين|ثلاثين|اربعين|خمسين|ستين|سبعين|ثمانين|تسعين)(?:ي)?ات(?!\w)"
                     r"(?P<twentieth>\s+(?:من\s+)?القرن\s+(?:الماضي|العشرين)(?!\w))?")
# A clock time with the part of the day after it: "7.55 صباحا", "8:30 مساء".
_CLOCK = re.compile(r"(?<![\d.:])(?P<h>[0-2]?\d)[.:](?P<min>[0-5]\d)(?!\d)\s*(?:(?P<am>صباح)|(?P<pm>مساء|ظهر|عصر))[اًءً]*")
_HIJRI_YEAR = re.compile(r"(?<!\d)1[3-5]\d\d(?!\d)")
_TENS = {"عشرين": "2", "ثلاثين": "3", "اربعين": "4", "خمسين": "5", "ستين": "6", "سبعين": "7", "ثمانين": "8",
         "تسعين": "9"}
# Other spellings of Hijri month names than hijridate's: "ربيع الآخر" is ربيع الثاني.
_HIJRI_ALSO = {"ربيع الاخر": 4, "جمادى الثانية": 6, "جمادى الاخر": 6, "ذي القعدة": 11, "ذي الحجة": 12}


@lru_cache(maxsize=1)
def _hijri() -> re.Pattern:
    from hijridate import Hijri

    names = {Hijri(1443, month, 1).month_name("ar").translate(_FOLD): month for month in range(1, 13)}
    names.update(_HIJRI_ALSO)
    _hijri_months.update(names)
    alternatives = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in sorted(names, key=len, reverse=True))
    era = r"\s*(?:هـ|ه(?!\w)|للهجرة|هجري(?:ة|ا)?)"
    return re.compile(r"(?:(?<!\d)(?P<d>[0-3]?\d)\s+)?(?P<m>" + alternatives + r")\s+(?P<y>1[3-5]\d\d)(?!\d)"
                      r"(?:" + era + r")?|(?<!\d)(?P<year>1[3-5]\d\d)" + era)


_hijri_months: dict[str, int] = {}


def _hijri_dates(region: str, doc: Document) -> list[tuple[dict, int, int]]:
    """Hijri dates as the Gregorian day they fall on; a Hijri year, or month of a year, stated
    without its day is kept apart from the Gregorian years (1443 هـ is no year 1443)."""
    if not _HIJRI_YEAR.search(region):  # both forms state a year: most sentences hold none
        return []
    from hijridate import Hijri

    folded = region.translate(_FOLD)
    found = []
    for match in _hijri().finditer(folded):
        try:
            month = _hijri_months[" ".join(match["m"].split())] if match["m"] else 0
            day = Hijri(int(match["y"]), month, int(match["d"])).to_gregorian() if match["d"] else None
        except (ValueError, OverflowError):
            day = None
        if day is None:  # a Hijri month or year without its day, or no such day: no Gregorian year
            found.append(({"rel": region[match.start() : match.end()]}, match.start(), match.end()))
        else:
            found.append(({"y": str(day.year), "m": str(day.month), "d": str(day.day)}, match.start(), match.end()))
    return found


def _decades(region: str, doc: Document) -> list[tuple[dict, int, int]]:
    """ "الثمانينيات": the eighties, of a century the text may not name."""
    folded = region.translate(_FOLD)
    if "ينات" not in folded and "ينيات" not in folded:  # what every decade ends with
        return []
    return [({"decade": ("19" if m["twentieth"] else "") + _TENS[m.group(1)]}, m.start(), m.end())
            for m in _DECADE.finditer(folded)]


def _clock(region: str, doc: Document) -> list[tuple[dict, int, int]]:
    """ "7.55 صباحا" is 07:55, "8:30 مساء" 20:30."""
    found = []
    for m in _CLOCK.finditer(region):
        hour = int(m["h"]) + (12 if m["pm"] and int(m["h"]) < 12 else 0)
        if hour <= 24:
            found.append(({"h": str(hour), "min": str(int(m["min"]))}, m.start(), m.end()))
    return found


ARABIC = calendar.DateLanguage(
    code="ar",
    day_mark=r"(?!)",
    relative={"اليوم": 0, "أمس": -1, "الأمس": -1, "البارحة": -1, "غدا": 1, "غداً": 1, "أول أمس": -2},
    periods={"هذا العام": ("this", "year"), "العام الحالي": ("this", "year"), "العام الجاري": ("this", "year"),
             "هذه السنة": ("this", "year"), "العام الماضي": ("last", "year"), "السنة الماضية": ("last", "year"),
             "العام المقبل": ("next", "year"), "العام القادم": ("next", "year"), "السنة المقبلة": ("next", "year"),
             "هذا الشهر": ("this", "month"), "الشهر الماضي": ("last", "month"), "الشهر المقبل": ("next", "month"),
             "هذا الأسبوع": ("this", "week"), "الأسبوع الماضي": ("last", "week"), "الأسبوع المقبل": ("next", "week")},
    decades=r"(?!)",
    before_weekday=r"يوم",
    needs_before=frozenset({"الأحد", "الاثنين", "الجمعة"}),
    year_mark=r"م(?!\w)|ميلادية?",
    calendars=(_hijri_dates, _decades, _clock),
    clitics="وبلف",
)


def extract(text: str, start: int, end: int, doc: Document) -> list[Mention]:
    return calendar.extract(ARABIC, text, start, end, doc)
