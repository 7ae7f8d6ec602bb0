"""The Arabic names of the months and the weekdays, normalised (:func:`marsad.core.arabic.normalize`): the one table
read by the date reader of the articles (``agent/dates.py``) and by the loaders, which read a record's date written
with them ("الأربعاء 15 يونيو 2016")."""

from __future__ import annotations

__all__ = ["MONTHS", "WEEKDAYS"]

MONTHS: dict[str, int] = {
    "كانون الثاني": 1, "شباط": 2, "اذار": 3, "نيسان": 4, "ايار": 5, "حزيران": 6, "تموز": 7, "اب": 8,
    "ايلول": 9, "تشرين الاول": 10, "تشرين الثاني": 11, "كانون الاول": 12,
    "يناير": 1, "فبراير": 2, "مارس": 3, "ابريل": 4, "افريل": 4, "مايو": 5, "ماي": 5, "يونيو": 6, "يونيه": 6,
    "جوان": 6, "يوليو": 7, "يوليه": 7, "جويليه": 7, "اغسطس": 8, "اوت": 8, "سبتمبر": 9, "اكتوبر": 10,
    "نوفمبر": 11, "ديسمبر": 12,
}
"""Month name (Levantine/Iraqi and standard, normalised) -> its number."""

WEEKDAYS: dict[str, int] = {"الاثنين": 0, "الثلاثاء": 1, "الاربعاء": 2, "الخميس": 3, "الجمعه": 4, "السبت": 5, "الاحد": 6}
"""Weekday name (normalised) -> Python's weekday number (Monday 0)."""
