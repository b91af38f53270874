DATE_FORMAT = "j E Y р."  # 5 листопада 2026 р., not 05 листопада
DATETIME_FORMAT = "j E Y р. H:i"
MONTH_DAY_FORMAT = "j E"
