"""DAT: dates that name a different day, weekdays that contradict their date."""
