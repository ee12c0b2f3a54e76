"""Patterns of addresses abroad (United States, Canada, Spain, France) for the ADDRESS recognizer.

Many writers live abroad and give their address in its local form: the house number before the
street ("1450 E 4th St"), the street type after the name ("Ashland Ave."), a "City, ST 12345"
place line, a country line, the postal code before the town ("28028 Madrid") and Spain's floor
and door ("3º B"). They differ from Mexican addresses in shape, so they live apart from them.
"""

from __future__ import annotations

import re

#: Addresses abroad start at the house number: "1450 E 4th St", "88 Spadina Ave", and in the
#: capitals of a form or a shouted e-mail, "508 MAPLE AVE".
#: A street without a type word is known by the unit after it ("915 N Main Apt 2") or by the
#: "City, ST 12345" that closes it ("40 Broadway, Albany, NY 12207").
#: In French (Québec, France) the street type follows the number: "3480 rue Ontario Est",
#: "12, avenue de la Gare".
ABROAD_START = re.compile(
    r"\b\d{1,6}(?:-\d{1,4})?,?[ \t]+(?:rue|avenue|boulevard|boul\.|chemin|route|allée|impasse|"
    r"quai|montée|côte|rang|place)[ \t]+(?:de[ \t]+la[ \t]+|de[ \t]+l'|d[eu]s?[ \t]+|l')?[A-ZÀ-Ý]"
    r"|\b\d{1,6}[ \t]+(?:[NSEW]\.?[ \t]+)?(?:"
    r"(?:[A-Z0-9][\w'.-]*[ \t]+){1,4}"
    r"(?:St|Street|Ave|Avenue|Blvd|Rd|Road|Dr|Drive|Ln|Lane|Way|Ct|Court|Pl|Place|Pkwy|Hwy|"
    r"Ter|Terrace|Cir|Circle|Loop|Trail|Trl|Pike|Sq|Square|Row|Crossing|Xing|"
    r"ST|STREET|AVE|AVENUE|BLVD|RD|ROAD|DR|DRIVE|LN|LANE|CT|PKWY|HWY)\b"
    r"|(?:[A-Z][\w'.-]*[ \t]+){1,3}(?:Apt|Apartment|Unit|Suite|Ste|#)\.?[ \t]*\w"
    r"|(?:[A-Z][\w'.-]*[ \t]+){0,3}[A-Z][\w'.-]*,[ \t]*(?:[A-Z][\w'.-]*[ \t]+){0,3}[A-Z][\w'.-]*,?"
    r"[ \t]+[A-Z]{2}[ \t]+\d{5}\b)"
)
#: A US or Canadian place line: "Rosemead, CA 91770".
STATE_CODE_LINE = re.compile(r"[^\n]*[ \t][A-Z]{2}[ \t]+\d{5}(?:-\d{4})?[ \t]*(?:\n|$)")
#: The country line that may close an address after its postal code.
COUNTRY = re.compile(
    r"estados unidos(?: de america)?|e\.?u\.?a\.?|u\.?s\.?a?\.?|ee\.? ?uu\.?|"
    r"united states(?: of america)?|canada|mexico"
)
CODE_THEN_PLACE = re.compile(r"\d{5}[ \t]+([^\W\d][^\d]*)")
#: Floor and door in Spain: "3º B", "2ª izq.", and in Catalan "4t 2a", "1r 3a".
FLOOR = re.compile(r"\d{1,2}\.?[ \t]*[º°ª]|\d{1,2}(?:r|n|t)[ \t]+\d{1,2}a\b")
#: English street types come after the name ("Ashland Ave."); their period ends the sentence
#: when a capitalised word other than a unit follows ("Ashland Ave. Bring your ID").
TYPE_LAST = frozenset(["ave", "st", "rd", "ln"])
TYPE_LAST_END = re.compile(r"\s+(?!(?:Apt|Apartment|Unit|Suite|Ste|Fl|Floor)\b)[A-Z][a-z]")
