//! Calendar months and ISO weeks of ISO 8601 dates, as ordered keys.

use serde::Serialize;

/// The length of the timeline's periods.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[cfg_attr(feature = "cli", derive(clap::ValueEnum))]
#[serde(rename_all = "lowercase")]
pub enum Period {
    /// Calendar months (`2024-03`).
    Month,
    /// ISO weeks, Monday to Sunday (`2024-W09`).
    Week,
}

/// A month or a week, numbered so that consecutive periods have
/// consecutive indices.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PeriodKey {
    period: Period,
    /// Months since year 0, or weeks (Monday to Sunday) since 1970-01-05.
    index: i64,
}

/// 1970-01-05, the first Monday after the epoch, in days since the epoch.
const FIRST_MONDAY: i64 = 4;

impl PeriodKey {
    /// The period of a JSON value holding an ISO 8601 date or date-time
    /// (`"2024-03-01"`, `"2024-03-01T09:30:00Z"`); `None` for anything else.
    pub fn of_json(json: &str, period: Period) -> Option<PeriodKey> {
        let text: std::borrow::Cow<str> = serde_json::from_str(json).ok()?;
        PeriodKey::of_date(&text, period)
    }

    /// The period of a text starting with an ISO 8601 date (`YYYY-MM-DD`).
    pub fn of_date(text: &str, period: Period) -> Option<PeriodKey> {
        let bytes = text.as_bytes();
        let digits = |range: std::ops::Range<usize>| -> Option<i64> {
            let part = bytes.get(range)?;
            part.iter()
                .all(u8::is_ascii_digit)
                .then(|| part.iter().fold(0, |n, &d| n * 10 + i64::from(d - b'0')))
        };
        if bytes.get(4) != Some(&b'-') || bytes.get(7) != Some(&b'-') {
            return None;
        }
        if bytes.get(10).is_some_and(u8::is_ascii_digit) {
            return None;
        }
        let (year, month, day) = (digits(0..4)?, digits(5..7)?, digits(8..10)?);
        if !(1..=12).contains(&month) || day < 1 || day > days_in_month(year, month) {
            return None;
        }
        let index = match period {
            Period::Month => year * 12 + month - 1,
            Period::Week => (days_from_civil(year, month, day) - FIRST_MONDAY).div_euclid(7),
        };
        Some(PeriodKey { period, index })
    }

    pub fn index(self) -> i64 {
        self.index
    }

    /// The period of the same length with another index.
    pub fn with_index(self, index: i64) -> PeriodKey {
        PeriodKey { index, ..self }
    }

    /// `2024-03`, or the ISO week `2024-W09`.
    pub fn label(self) -> String {
        match self.period {
            Period::Month => {
                let (year, month) = (self.index.div_euclid(12), self.index.rem_euclid(12) + 1);
                format!("{year:04}-{month:02}")
            }
            Period::Week => {
                let thursday = self.first_day() + 3;
                let (year, _, _) = civil_from_days(thursday);
                let week = (thursday - days_from_civil(year, 1, 1)) / 7 + 1;
                format!("{year:04}-W{week:02}")
            }
        }
    }

    /// The first day, `YYYY-MM-DD`.
    pub fn start(self) -> String {
        let (year, month, day) = civil_from_days(self.first_day());
        format!("{year:04}-{month:02}-{day:02}")
    }

    fn first_day(self) -> i64 {
        match self.period {
            Period::Month => {
                days_from_civil(self.index.div_euclid(12), self.index.rem_euclid(12) + 1, 1)
            }
            Period::Week => self.index * 7 + FIRST_MONDAY,
        }
    }
}

fn is_leap(year: i64) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

fn days_in_month(year: i64, month: i64) -> i64 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's
/// `days_from_civil`).
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let day_of_year = (153 * ((month + 9) % 12) + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

/// The inverse of [`days_from_civil`].
fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let days = days + 719_468;
    let era = days.div_euclid(146_097);
    let day_of_era = days - era * 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let shifted_month = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * shifted_month + 2) / 5 + 1;
    let month = if shifted_month < 10 {
        shifted_month + 3
    } else {
        shifted_month - 9
    };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_their_months_and_iso_weeks() {
        // date, month, ISO week, the week's Monday
        let cases = [
            ("2024-03-01", "2024-03", "2024-W09", "2024-02-26"),
            ("2024-02-29T23:59:59Z", "2024-02", "2024-W09", "2024-02-26"),
            ("2016-09-12", "2016-09", "2016-W37", "2016-09-12"),
            ("2016-09-18 10:00", "2016-09", "2016-W37", "2016-09-12"),
            // ISO weeks that belong to the year before or after.
            ("2021-01-03", "2021-01", "2020-W53", "2020-12-28"),
            ("2019-12-30", "2019-12", "2020-W01", "2019-12-30"),
            ("1970-01-01", "1970-01", "1970-W01", "1969-12-29"),
            ("1969-12-31", "1969-12", "1970-W01", "1969-12-29"),
            ("2000-02-29", "2000-02", "2000-W09", "2000-02-28"),
        ];
        for (date, month, week, monday) in cases {
            let m = PeriodKey::of_date(date, Period::Month).expect(date);
            let w = PeriodKey::of_date(date, Period::Week).expect(date);
            assert_eq!(m.label(), month, "{date}");
            assert_eq!(m.start(), format!("{month}-01"), "{date}");
            assert_eq!(w.label(), week, "{date}");
            assert_eq!(w.start(), monday, "{date}");
        }
    }

    #[test]
    fn consecutive_periods_have_consecutive_indices() {
        let dec = PeriodKey::of_date("2023-12-31", Period::Month).unwrap();
        let jan = PeriodKey::of_date("2024-01-01", Period::Month).unwrap();
        assert_eq!(jan.index() - dec.index(), 1);
        let sunday = PeriodKey::of_date("2024-03-03", Period::Week).unwrap();
        let monday = PeriodKey::of_date("2024-03-04", Period::Week).unwrap();
        assert_eq!(monday.index() - sunday.index(), 1);
        assert_eq!(monday.with_index(monday.index() - 1), sunday);
        for days in -800_000..800_000 {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), days);
        }
    }

    #[test]
    fn what_is_not_a_date() {
        for text in [
            "",
            "2024",
            "2024-03",
            "2024-13-01",
            "2024-00-10",
            "2023-02-29",
            "2024-04-31",
            "24-03-01",
            "2024/03/01",
            "2024-03-011",
            "March 1, 2024",
            "２０２４-03-01",
        ] {
            assert_eq!(PeriodKey::of_date(text, Period::Month), None, "{text:?}");
        }
        assert_eq!(PeriodKey::of_json("20240301", Period::Month), None);
        assert_eq!(PeriodKey::of_json("null", Period::Month), None);
        assert_eq!(
            PeriodKey::of_json("\"2024-03-01\"", Period::Month).map(PeriodKey::label),
            Some("2024-03".to_string())
        );
    }
}
