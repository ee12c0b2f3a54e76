"""Letter intake: keep the original bytes, read their text, give the letter a folio.

``storage`` writes originals content-addressed; ``parsers`` turns bytes of any supported format
into text (raising :class:`~sufragio.inquiries.intake.limits.Unreadable` with a Spanish reason
instead of failing); ``ingest`` ties both to the database.
"""
