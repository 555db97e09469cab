//! Japanese national holidays (国民の祝日), computed from 国民の祝日に関する法律 rather than a list, so the
//! calendar is right for any year a resident looks at.
//!
//! Correct for 2000–2099: fixed days, Happy Monday days, the equinoxes by the usual astronomical formula (the
//! Cabinet announces each year's equinox days in February of the year before, so years after next are
//! forecasts), the one-off days of 2019 (the era change) and the Olympic moves of 2020 and 2021, 振替休日 (a
//! holiday on a Sunday moves to the next day that is not a holiday) and 国民の休日 (a day between two holidays).
//! Earlier years follow the older rules where they are simple; nothing before 1973 is claimed.

use std::collections::BTreeMap;

use chrono::{Datelike, Days, NaiveDate, Weekday};

fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

/// The `n`th Monday of the month (Happy Monday).
fn nth_monday(y: i32, m: u32, n: u32) -> Option<NaiveDate> {
    NaiveDate::from_weekday_of_month_opt(y, m, Weekday::Mon, n as u8)
}

/// 春分日 (March) and 秋分日 (September), valid 1980–2099.
fn equinoxes(y: i32) -> (Option<NaiveDate>, Option<NaiveDate>) {
    let t = f64::from(y - 1980);
    let leap = ((y - 1980) / 4) as f64;
    let spring = (20.8431 + 0.242194 * t - leap).floor() as u32;
    let autumn = (23.2488 + 0.242194 * t - leap).floor() as u32;
    (ymd(y, 3, spring), ymd(y, 9, autumn))
}

/// The holidays the law names for `y` (国民の祝日), before substitutes and in-between days.
fn named_holidays(y: i32) -> BTreeMap<NaiveDate, &'static str> {
    let mut h: Vec<(Option<NaiveDate>, &'static str)> = vec![
        (ymd(y, 1, 1), "元日"),
        (ymd(y, 2, 11), "建国記念の日"),
        (ymd(y, 5, 3), "憲法記念日"),
        (ymd(y, 5, 5), "こどもの日"),
        (ymd(y, 11, 3), "文化の日"),
        (ymd(y, 11, 23), "勤労感謝の日"),
    ];
    h.push(if y >= 2000 {
        (nth_monday(y, 1, 2), "成人の日")
    } else {
        (ymd(y, 1, 15), "成人の日")
    });
    if y >= 2020 {
        h.push((ymd(y, 2, 23), "天皇誕生日"));
    } else if (1989..=2018).contains(&y) {
        h.push((ymd(y, 12, 23), "天皇誕生日"));
    }
    let (spring, autumn) = equinoxes(y);
    h.push((spring, "春分の日"));
    h.push((autumn, "秋分の日"));
    h.push(match y {
        2007.. => (ymd(y, 4, 29), "昭和の日"),
        1989..=2006 => (ymd(y, 4, 29), "みどりの日"),
        _ => (ymd(y, 4, 29), "天皇誕生日"),
    });
    if y >= 2007 {
        h.push((ymd(y, 5, 4), "みどりの日"));
    }
    match y {
        2020 => h.push((ymd(y, 7, 23), "海の日")),
        2021 => h.push((ymd(y, 7, 22), "海の日")),
        2003.. => h.push((
            NaiveDate::from_weekday_of_month_opt(y, 7, Weekday::Mon, 3),
            "海の日",
        )),
        1996..=2002 => h.push((ymd(y, 7, 20), "海の日")),
        _ => {}
    }
    match y {
        2020 => h.push((ymd(y, 8, 10), "山の日")),
        2021 => h.push((ymd(y, 8, 8), "山の日")),
        2016.. => h.push((ymd(y, 8, 11), "山の日")),
        _ => {}
    }
    h.push(if y >= 2003 {
        (nth_monday(y, 9, 3), "敬老の日")
    } else {
        (ymd(y, 9, 15), "敬老の日")
    });
    match y {
        2020 => h.push((ymd(y, 7, 24), "スポーツの日")),
        2021 => h.push((ymd(y, 7, 23), "スポーツの日")),
        2022.. => h.push((nth_monday(y, 10, 2), "スポーツの日")),
        2000..=2019 => h.push((nth_monday(y, 10, 2), "体育の日")),
        _ => h.push((ymd(y, 10, 10), "体育の日")),
    }
    // Days of one year only, each by its own law.
    let once: &[(i32, u32, u32, &str)] = &[
        (1989, 2, 24, "昭和天皇の大喪の礼"),
        (1990, 11, 12, "即位礼正殿の儀"),
        (1993, 6, 9, "皇太子徳仁親王の結婚の儀"),
        (2019, 5, 1, "天皇の即位の日"),
        (2019, 10, 22, "即位礼正殿の儀"),
    ];
    for &(oy, m, d, name) in once {
        if oy == y {
            h.push((ymd(y, m, d), name));
        }
    }
    h.into_iter()
        .filter_map(|(d, n)| d.map(|d| (d, n)))
        .collect()
}

/// Every holiday of year `y`, in date order, with its name.
pub fn holidays_of_year(y: i32) -> Vec<(NaiveDate, &'static str)> {
    let named = named_holidays(y);
    let mut all = named.clone();
    // 振替休日 (since 1973-04-12): a holiday on a Sunday gives the next day that is not a holiday (since 2007;
    // before, only the Monday).
    for (&d, _) in named.iter().filter(|(d, _)| d.weekday() == Weekday::Sun) {
        if d < NaiveDate::from_ymd_opt(1973, 4, 12).unwrap_or(d) {
            continue;
        }
        let mut next = d + Days::new(1);
        if y >= 2007 {
            while all.contains_key(&next) {
                next = next + Days::new(1);
            }
        } else if all.contains_key(&next) {
            continue;
        }
        all.insert(next, "休日（振替休日）");
    }
    // 国民の休日 (since 1985-12-27): a day that is not a holiday, with a 国民の祝日 the day before and after.
    if y >= 1986 {
        for (&d, _) in named.iter() {
            let between = d + Days::new(1);
            let after = d + Days::new(2);
            if named.contains_key(&after)
                && !all.contains_key(&between)
                && between.weekday() != Weekday::Sun
            {
                all.insert(between, "休日");
            }
        }
    }
    // The year-end of the previous year cannot spill into this one (no holiday after 12-23), so a year is
    // self-contained.
    all.into_iter().filter(|(d, _)| d.year() == y).collect()
}

/// The name of the holiday on `date`, if it is one.
pub fn holiday_name(date: NaiveDate) -> Option<&'static str> {
    holidays_of_year(date.year())
        .into_iter()
        .find(|(d, _)| *d == date)
        .map(|(_, n)| n)
}

pub fn is_holiday(date: NaiveDate) -> bool {
    holiday_name(date).is_some()
}

/// Holidays of many days at once, without recomputing a year per day.
#[derive(Debug, Default, Clone)]
pub struct HolidayCalendar {
    years: BTreeMap<i32, Vec<NaiveDate>>,
}

impl HolidayCalendar {
    pub fn new() -> Self {
        HolidayCalendar::default()
    }

    pub fn is_holiday(&mut self, date: NaiveDate) -> bool {
        self.years
            .entry(date.year())
            .or_insert_with(|| {
                holidays_of_year(date.year())
                    .into_iter()
                    .map(|(d, _)| d)
                    .collect()
            })
            .binary_search(&date)
            .is_ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn days(y: i32) -> Vec<String> {
        holidays_of_year(y)
            .into_iter()
            .map(|(d, _)| d.format("%m-%d").to_string())
            .collect()
    }

    #[test]
    fn the_year_2026() {
        assert_eq!(
            days(2026),
            [
                "01-01", "01-12", "02-11", "02-23", "03-20", "04-29", "05-03", "05-04", "05-05",
                "05-06", "07-20", "08-11", "09-21", "09-22", "09-23", "10-12", "11-03", "11-23"
            ]
        );
        let d = |m, d| NaiveDate::from_ymd_opt(2026, m, d).unwrap();
        assert_eq!(holiday_name(d(5, 6)), Some("休日（振替休日）"));
        assert_eq!(
            holiday_name(d(9, 22)),
            Some("休日"),
            "between 敬老の日 and 秋分の日"
        );
        assert!(!is_holiday(d(5, 7)));
    }

    #[test]
    fn the_era_change_of_2019() {
        assert_eq!(
            days(2019),
            [
                "01-01", "01-14", "02-11", "03-21", "04-29", "04-30", "05-01", "05-02", "05-03",
                "05-04", "05-05", "05-06", "07-15", "08-11", "08-12", "09-16", "09-23", "10-14",
                "10-22", "11-03", "11-04", "11-23"
            ]
        );
    }

    #[test]
    fn the_olympic_moves_of_2020_and_2021() {
        assert_eq!(
            days(2020),
            [
                "01-01", "01-13", "02-11", "02-23", "02-24", "03-20", "04-29", "05-03", "05-04",
                "05-05", "05-06", "07-23", "07-24", "08-10", "09-21", "09-22", "11-03", "11-23"
            ]
        );
        assert_eq!(
            days(2021),
            [
                "01-01", "01-11", "02-11", "02-23", "03-20", "04-29", "05-03", "05-04", "05-05",
                "07-22", "07-23", "08-08", "08-09", "09-20", "09-23", "11-03", "11-23"
            ]
        );
    }

    #[test]
    fn other_known_years() {
        // 2000: Happy Monday starts for 成人の日 and 体育の日; 12-23 天皇誕生日.
        assert_eq!(
            days(2000),
            [
                "01-01", "01-10", "02-11", "03-20", "04-29", "05-03", "05-04", "05-05", "07-20",
                "09-15", "09-23", "10-09", "11-03", "11-23", "12-23"
            ]
        );
        // 2009: the first 国民の休日 in September (09-22), 振替 on 05-06 for 05-03 on a Sunday.
        assert_eq!(
            days(2009),
            [
                "01-01", "01-12", "02-11", "03-20", "04-29", "05-03", "05-04", "05-05", "05-06",
                "07-20", "09-21", "09-22", "09-23", "10-12", "11-03", "11-23", "12-23"
            ]
        );
        // 2024 and 2025 as announced by the Cabinet Office.
        assert_eq!(
            days(2024),
            [
                "01-01", "01-08", "02-11", "02-12", "02-23", "03-20", "04-29", "05-03", "05-04",
                "05-05", "05-06", "07-15", "08-11", "08-12", "09-16", "09-22", "09-23", "10-14",
                "11-03", "11-04", "11-23"
            ]
        );
        assert_eq!(
            days(2025),
            [
                "01-01", "01-13", "02-11", "02-23", "02-24", "03-20", "04-29", "05-03", "05-04",
                "05-05", "05-06", "07-21", "08-11", "09-15", "09-23", "10-13", "11-03", "11-23",
                "11-24"
            ]
        );
        // 2027: 春分の日 on Sunday 03-21 gives Monday 03-22.
        let d = |m, d| NaiveDate::from_ymd_opt(2027, m, d).unwrap();
        assert!(is_holiday(d(3, 21)) && is_holiday(d(3, 22)));
        // 2032: 国民の休日 09-21 between 敬老の日 09-20 and 秋分の日 09-22.
        assert!(is_holiday(NaiveDate::from_ymd_opt(2032, 9, 21).unwrap()));
        let mut cal = HolidayCalendar::new();
        assert!(cal.is_holiday(d(5, 3)) && !cal.is_holiday(d(5, 7)));
    }
}
