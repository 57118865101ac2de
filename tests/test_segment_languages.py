"""Sentence segmentation by the document's language: Arabic, Chinese, German, French, Russian."""

import pytest

from discrepancy.lang.sentences import split_sentences_in
from discrepancy.segment import split_sentences


def sentences(text, lang):
    return [text[start:end] for start, end in split_sentences_in(text, lang)]


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        (  # ؟ ends a question; the Arabic comma and semicolon do not end anything
            "ar",
            "هل انتهى الاجتماع؟ نعم، انتهى بعد ساعتين؛ وغادر الوفد. وصل الفريق أول ركن إلى بغداد.",
            ["هل انتهى الاجتماع؟", "نعم، انتهى بعد ساعتين؛ وغادر الوفد.", "وصل الفريق أول ركن إلى بغداد."],
        ),
        (  # ؟ inside quotes ends the sentence after the closing quote
            "ar",
            'قال: "هل يغادرون؟" ثم غادر الوفد.',
            ['قال: "هل يغادرون؟"', "ثم غادر الوفد."],
        ),
        (  # no space after 。！？, closing quotes stay with their sentence
            "zh",
            "特朗普周四抵达北京。他会见了领导人！“我们达成了协议。”他说。",
            ["特朗普周四抵达北京。", "他会见了领导人！", "“我们达成了协议。”", "他说。"],
        ),
        (  # ordinals and abbreviations before a capitalised noun
            "de",
            "Sturridge traf in der 89. Minute. Am 5. November beginnt der Prozess. "
            "Der Markt ist 2,8 Mrd. Pfund wert. Er wurde 45. Die Familie trauert.",
            [
                "Sturridge traf in der 89. Minute.",
                "Am 5. November beginnt der Prozess.",
                "Der Markt ist 2,8 Mrd. Pfund wert.",
                "Er wurde 45.",
                "Die Familie trauert.",
            ],
        ),
        (  # closing guillemets set apart by a space stay with their sentence
            "fr",
            "« Pourquoi a-t-il cédé ? », railla-t-il. MM. Dupont et Durand sont partis. "
            "« Avant, on allait au bar. » Ce n’est plus le cas.",
            [
                "« Pourquoi a-t-il cédé ? », railla-t-il.",
                "MM. Dupont et Durand sont partis.",
                "« Avant, on allait au bar. »",
                "Ce n’est plus le cas.",
            ],
        ),
        (  # Russian abbreviations; "г." after a year may end a sentence, before a name not
            "ru",
            "Аббревиатура MWP (от англ. Member of the Welsh Parliament) не прижилась. "
            "Колокола церкви Св. Мартина молчат. Церковь построена в 1870 г. Её перестроили. "
            "Он живёт в г. Москва.",
            [
                "Аббревиатура MWP (от англ. Member of the Welsh Parliament) не прижилась.",
                "Колокола церкви Св. Мартина молчат.",
                "Церковь построена в 1870 г.",
                "Её перестроили.",
                "Он живёт в г. Москва.",
            ],
        ),
    ],
)
def test_language_sentence_ends(lang, text, expected):
    assert sentences(text, lang) == expected


def test_english_and_languages_without_rules_keep_the_english_reading():
    text = "On Thursday, Nov. 4, Maj. Gen. John Brennan met the 89. Minute club. It rained.\n\nNext."
    for lang in ("en", None, "es", "it"):
        assert split_sentences_in(text, lang) == split_sentences(text)


def test_spans_slice_the_original_and_skip_ranges_stay_out():
    text = "Menu\nIn der 89. Minute fiel das Tor. Die Fans jubelten.\n"
    spans = split_sentences_in(text, "de", skip=[(0, 4)])
    assert [text[s:e] for s, e in spans] == ["In der 89. Minute fiel das Tor.", "Die Fans jubelten."]


def test_a_german_document_is_cut_by_german_rules_in_compare():
    from discrepancy import compare

    german = "Sturridge traf in der 89. Minute zum Ausgleich. Die Fans jubelten im Stadion."
    english = "Sturridge equalised in the 89th minute. The fans cheered in the stadium."
    report = compare(german, english, lang_a="de", lang_b="en")
    assert [s.text for s in report.a.sentences] == [
        "Sturridge traf in der 89. Minute zum Ausgleich.",
        "Die Fans jubelten im Stadion.",
    ]
