"""Numbers and dates compared across languages: the same value in two languages is no finding,
a changed one is the right code, in both directions (Arabic, German, French, Russian, and the
Spanish, Italian and Portuguese that share their readers)."""

import datetime as dt

import pytest

from discrepancy import compare

# Both documents dated, so that "yesterday" and "on Friday" name a day.
_DATED = dt.date(2021, 11, 6)


def _codes(a: str, b: str, lang_a: str, lang_b: str) -> set[str]:
    report = compare(a, b, lang_a=lang_a, lang_b=lang_b, date_a=_DATED, date_b=_DATED, select=["NUM", "DAT"])
    return {f.code for f in report.findings if f.severity.value != "info"}


SAME = [
    ("ar", "قال المتحدث إن أكثر من ٣٠٠٠ جندي وصلوا إلى المدينة.", "The spokesman said more than 3,000 soldiers arrived in the city."),
    ("ar", "وصل ثلاثة آلاف جندي يوم 5 تشرين الثاني/نوفمبر 2021.", "Three thousand soldiers arrived on November 5, 2021."),
    ("ar", "تم التوقيع في 5 ربيع الأول 1443 هـ في بغداد.", "It was signed on 11 October 2021 in Baghdad."),
    ("ar", "ارتفعت الأسعار بنسبة ١٢٫٥٪ خلال العام.", "Prices rose by 12.5% during the year."),
    ("ar", "دفعت الحكومة ۲۵۰۰ دولار لكل عائلة.", "The government paid $2,500 to each family."),
    ("ar", "وصل الوفد إلى بغداد أمس.", "The delegation arrived in Baghdad on November 5."),
    ("ar", "وصل الوفد يوم الجمعة إلى بغداد.", "The delegation arrived in Baghdad on Friday."),
    ("de", "Die Regierung stellte 2,5 Millionen Euro bereit.", "The government provided 2.5 million euros."),
    ("de", "Über 20 Millionen Zuschauer sahen am 1. Oktober 2021 zu.", "More than 20 million viewers watched on October 1, 2021."),
    ("fr", "Plus de 1 000 personnes ont manifesté le 5 novembre 2021.", "More than 1,000 people demonstrated on November 5, 2021."),
    ("fr", "Les ventes ont augmenté de 40 pour cent dans les années 1980.", "Sales rose by 40 percent in the 1980s."),
    ("ru", "Встреча прошла 5 ноября 2021 г. в Москве.", "The meeting took place on November 5, 2021 in Moscow."),
    ("ru", "Около двух тысяч человек получили 2,5 млн рублей.", "About two thousand people received 2.5 million roubles."),
    ("ru", "Делегация прибыла вчера, в пятницу.", "The delegation arrived yesterday, on Friday."),
    ("ru", "Животное весом 300 кг и 300-килограммовое животное.", "A 650 pound animal and a 300 kg animal."),
    ("fr", "Une vingtaine de soldats sont arrivés l’an dernier.", "About 20 soldiers arrived last year."),
    ("de", "Zweieinhalb Millionen Menschen wählten letztes Jahr.", "2.5 million people voted last year."),
    ("es", "El gobierno aprobó 3.000 millones de dólares el 5 de noviembre de 2021.",
     "The government approved $3 billion on November 5, 2021."),
    ("it", "Più di 2,5 miliardi di euro sono arrivati ieri.", "More than 2.5 billion euros arrived yesterday."),
    ("pt", "Cerca de 2,5 milhões de pessoas votaram nos anos 80.", "About 2.5 million people voted in the 1980s."),
]

CHANGED = [
    ("ar", "قال المتحدث إن أكثر من ٣٠٠٠ جندي وصلوا إلى المدينة.", "The spokesman said more than 4,000 soldiers arrived in the city.", "NUM001"),
    ("ar", "قال المتحدث إن أقل من ٣٠٠٠ جندي وصلوا إلى المدينة.", "The spokesman said more than 3,000 soldiers arrived in the city.", "NUM002"),
    ("ar", "تم التوقيع في 5 ربيع الأول 1443 هـ في بغداد.", "It was signed on 12 October 2021 in Baghdad.", "DAT001"),
    ("ar", "وصل الجنود يوم 5 تشرين الثاني 2021.", "The soldiers arrived on December 5, 2021.", "DAT001"),
    ("de", "Die Regierung stellte 2,5 Millionen Euro bereit.", "The government provided 3.5 million euros.", "NUM001"),
    ("de", "Die Regierung stellte 2,5 Millionen Euro bereit.", "The government provided 2.5 million dollars.", "NUM005"),
    ("fr", "Plus de 1 000 personnes ont manifesté le 5 novembre 2021.", "More than 1,000 people demonstrated on November 6, 2021.", "DAT001"),
    ("ru", "Встреча прошла 5 ноября 2021 г. в Москве.", "The meeting took place on November 5, 2020 in Moscow.", "DAT001"),
    ("ru", "Около двух тысяч человек получили помощь.", "About three thousand people received help.", "NUM001"),
    ("ar", "وصل الوفد يوم الخميس إلى بغداد.", "The delegation arrived in Baghdad on Friday.", "DAT001"),
    ("fr", "La réunion a eu lieu hier.", "The meeting took place on November 4.", "DAT001"),
    ("ar", "أجريت الانتخابات العام الماضي.", "The elections were held next year.", "DAT001"),
    ("fr", "Près de 20 soldats sont arrivés.", "More than 20 soldiers arrived.", "NUM002"),
    ("es", "Llegaron el 6 de noviembre de 2021.", "They arrived on November 5, 2021.", "DAT001"),
    ("it", "Più di 4.000 soldati sono arrivati.", "More than 3,000 soldiers arrived.", "NUM001"),
    ("pt", "Quase 3.000 soldados chegaram.", "More than 3,000 soldiers arrived.", "NUM002"),
]


@pytest.mark.parametrize("lang, other, english", SAME)
def test_same_value_across_languages_is_no_finding(lang, other, english):
    assert _codes(other, english, lang, "en") == set()
    assert _codes(english, other, "en", lang) == set()


@pytest.mark.parametrize("lang, other, english, code", CHANGED)
def test_changed_value_across_languages_is_found(lang, other, english, code):
    assert code in _codes(other, english, lang, "en")
    assert code in _codes(english, other, "en", lang)


def test_offsets_slice_the_original_text():
    arabic = "قال المتحدث إن أكثر من ٣٠٠٠ جندي وصلوا."
    report = compare(arabic, "The spokesman said more than 4,000 soldiers arrived.", lang_a="ar", lang_b="en")
    finding = next(f for f in report.findings if f.code == "NUM001")
    assert arabic[finding.a.start : finding.a.end] == finding.a.text == "أكثر من ٣٠٠٠"


def test_scale_abbreviation_reads_as_the_english_scale_word():
    from discrepancy.lang.de.numbers import extract
    from discrepancy.model import Document

    text = "Sie kosteten 2,5 Mio. und 1.000 Soldaten"
    values = [m.value for m in extract(text, 0, len(text), Document(text=text, lang="de"))]
    assert values == ["2500000", "1000"]


def test_a_hijri_year_is_no_gregorian_year():
    report = compare("تم الاتفاق عام 1443 هـ.", "The deal was struck in 1443.", lang_a="ar", lang_b="en")
    assert not [f for f in report.findings if f.code == "DAT001"]
