"""Languages: which one a document is written in, and what each contributes to the pipeline.

A language brings data and small readers, not stages of its own: its digits, number words and
formats, month and weekday names, rank forms, how its names are written in Latin script. The
pipeline asks a document's language for them; English is the language everything else is
compared through.
"""
