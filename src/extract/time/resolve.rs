//! Calendar arithmetic and TIMEX3 value formatting: a resolved period becomes a value string, a
//! grain and the days it covers. No clock is ever read: everything is relative to the reference
//! date the caller passes.

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};

use super::{DateRange, Grain};

/// A resolved value: TIMEX3 value, grain and covered days.
pub(crate) type Val = (String, Grain, Option<DateRange>);

pub(crate) fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

/// Days in month `m` of year `y` (0 for an invalid month).
pub(crate) fn month_len(y: i32, m: u32) -> u32 {
    let Some(first) = ymd(y, m, 1) else {
        return 0;
    };
    let next = first.checked_add_months(Months::new(1));
    next.and_then(|n| n.pred_opt())
        .map(|l| l.day())
        .unwrap_or(31)
}

fn range(first: Option<NaiveDate>, last: Option<NaiveDate>) -> Option<DateRange> {
    Some(DateRange {
        first: first?,
        last: last?,
    })
}

pub(crate) fn day(d: NaiveDate) -> Val {
    (
        format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day()),
        Grain::Day,
        range(Some(d), Some(d)),
    )
}

pub(crate) fn month(y: i32, m: u32) -> Val {
    let first = ymd(y, m, 1);
    let last = ymd(y, m, month_len(y, m).max(1));
    (format!("{y:04}-{m:02}"), Grain::Month, range(first, last))
}

pub(crate) fn year(y: i32) -> Val {
    (
        format!("{y:04}"),
        Grain::Year,
        range(ymd(y, 1, 1), ymd(y, 12, 31)),
    )
}

pub(crate) fn quarter(y: i32, q: u32) -> Val {
    let q = q.clamp(1, 4);
    let m0 = (q - 1) * 3 + 1;
    (
        format!("{y:04}-Q{q}"),
        Grain::Quarter,
        range(ymd(y, m0, 1), ymd(y, m0 + 2, month_len(y, m0 + 2).max(1))),
    )
}

pub(crate) fn half(y: i32, h: u32) -> Val {
    let h = h.clamp(1, 2);
    let (a, b) = if h == 1 { (1, 6) } else { (7, 12) };
    (
        format!("{y:04}-H{h}"),
        Grain::Half,
        range(ymd(y, a, 1), ymd(y, b, month_len(y, b).max(1))),
    )
}

/// A season of year `y` (`SP`, `SU`, `FA`, `WI`), its range the meteorological one (winter from
/// December of `y` to February).
pub(crate) fn season(y: i32, code: &str) -> Val {
    let (a, b) = match code {
        "SP" => (ymd(y, 3, 1), ymd(y, 5, 31)),
        "SU" => (ymd(y, 6, 1), ymd(y, 8, 31)),
        "FA" => (ymd(y, 9, 1), ymd(y, 11, 30)),
        "WI" => (ymd(y, 12, 1), ymd(y + 1, 2, month_len(y + 1, 2).max(1))),
        _ => (None, None),
    };
    (format!("{y:04}-{code}"), Grain::Season, range(a, b))
}

pub(crate) fn decade(y: i32) -> Val {
    let d = y.div_euclid(10);
    (
        format!("{d:03}"),
        Grain::Decade,
        range(ymd(d * 10, 1, 1), ymd(d * 10 + 9, 12, 31)),
    )
}

pub(crate) fn century(c: i32) -> Val {
    (
        format!("{c:02}"),
        Grain::Century,
        range(ymd(c * 100, 1, 1), ymd(c * 100 + 99, 12, 31)),
    )
}

/// The ISO week containing `d`.
pub(crate) fn week(d: NaiveDate) -> Val {
    let w = d.iso_week();
    let back = u64::from(d.weekday().num_days_from_monday());
    let monday = d.checked_sub_days(Days::new(back));
    let sunday = monday.and_then(|m| m.checked_add_days(Days::new(6)));
    (
        format!("{:04}-W{:02}", w.year(), w.week()),
        Grain::Week,
        range(monday, sunday),
    )
}

/// The weekend (Saturday and Sunday) of the ISO week containing `d`.
pub(crate) fn weekend(d: NaiveDate) -> Val {
    let w = d.iso_week();
    let back = u64::from(d.weekday().num_days_from_monday());
    let sat = d
        .checked_sub_days(Days::new(back))
        .and_then(|m| m.checked_add_days(Days::new(5)));
    let sun = sat.and_then(|s| s.succ_opt());
    (
        format!("{:04}-W{:02}-WE", w.year(), w.week()),
        Grain::Week,
        range(sat, sun),
    )
}

pub(crate) fn add_days(d: NaiveDate, n: i64) -> Option<NaiveDate> {
    if n >= 0 {
        d.checked_add_days(Days::new(n.unsigned_abs()))
    } else {
        d.checked_sub_days(Days::new(n.unsigned_abs()))
    }
}

/// `(year, month)` shifted by `n` months.
pub(crate) fn add_months(y: i32, m: u32, n: i32) -> (i32, u32) {
    let total = y * 12 + (m as i32 - 1) + n;
    (total.div_euclid(12), (total.rem_euclid(12) + 1) as u32)
}

/// `(year, quarter)` shifted by `n` quarters.
pub(crate) fn add_quarters(y: i32, q: u32, n: i32) -> (i32, u32) {
    let total = y * 4 + (q as i32 - 1) + n;
    (total.div_euclid(4), (total.rem_euclid(4) + 1) as u32)
}

pub(crate) fn quarter_of(d: NaiveDate) -> u32 {
    (d.month() - 1) / 3 + 1
}

/// The weekday `wd` (1 = Monday) nearest `dct` in the direction given: `dir` 0 picks the most
/// recent one (or the coming one when `future`), -1 the one strictly before, 1 strictly after.
pub(crate) fn weekday_near(dct: NaiveDate, wd: u32, dir: i32, future: bool) -> Option<NaiveDate> {
    let cur = dct.weekday().number_from_monday() as i64;
    let wd = i64::from(wd);
    let back = (cur - wd).rem_euclid(7);
    let fwd = (wd - cur).rem_euclid(7);
    match dir {
        -1 => add_days(dct, -(if back == 0 { 7 } else { back })),
        1 => add_days(dct, if fwd == 0 { 7 } else { fwd }),
        _ if future => add_days(dct, fwd),
        _ => add_days(dct, -back),
    }
}

/// The weekday (1 = Monday) of a date.
pub(crate) fn weekday_number(d: NaiveDate) -> u32 {
    d.weekday().number_from_monday()
}

/// The English name of weekday `wd` (1 = Monday).
pub(crate) fn weekday_name(wd: u32) -> &'static str {
    match wd {
        1 => "Monday",
        2 => "Tuesday",
        3 => "Wednesday",
        4 => "Thursday",
        5 => "Friday",
        6 => "Saturday",
        _ => "Sunday",
    }
}

/// The `n`th weekday `wd` of month `m` (e.g. the fourth Thursday of November).
pub(crate) fn nth_weekday(y: i32, m: u32, wd: u32, n: u8) -> Option<NaiveDate> {
    let wd = match wd {
        1 => Weekday::Mon,
        2 => Weekday::Tue,
        3 => Weekday::Wed,
        4 => Weekday::Thu,
        5 => Weekday::Fri,
        6 => Weekday::Sat,
        _ => Weekday::Sun,
    };
    if n == 0 {
        // the last one of the month: the fifth if there is one, else the fourth
        return NaiveDate::from_weekday_of_month_opt(y, m, wd, 5)
            .or_else(|| NaiveDate::from_weekday_of_month_opt(y, m, wd, 4));
    }
    NaiveDate::from_weekday_of_month_opt(y, m, wd, n)
}

/// Easter Sunday of year `y` (Gregorian calendar; the anonymous algorithm of Meeus).
pub(crate) fn easter(y: i32) -> Option<NaiveDate> {
    let a = y.rem_euclid(19);
    let (b, c) = (y.div_euclid(100), y.rem_euclid(100));
    let (d, e) = (b / 4, b % 4);
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let (i, k) = (c / 4, c % 4);
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    ymd(y, u32::try_from(month).ok()?, u32::try_from(day).ok()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, dd: u32) -> NaiveDate {
        ymd(y, m, dd).unwrap()
    }

    #[test]
    fn values_and_ranges() {
        assert_eq!(week(d(2024, 10, 30)).0, "2024-W44");
        assert_eq!(week(d(2024, 10, 30)).2.unwrap().first, d(2024, 10, 28));
        assert_eq!(quarter(1989, 3).0, "1989-Q3");
        assert_eq!(quarter(1989, 3).2.unwrap().last, d(1989, 9, 30));
        assert_eq!(month(2024, 2).2.unwrap().last, d(2024, 2, 29));
        assert_eq!(decade(1987).0, "198");
        assert_eq!(add_months(2024, 1, -1), (2023, 12));
        assert_eq!(add_quarters(2024, 1, -1), (2023, 4));
        assert_eq!(month_len(2023, 2), 28);
    }

    #[test]
    fn weekdays_resolve_by_direction() {
        let fri = d(2024, 11, 1);
        assert_eq!(weekday_near(fri, 3, 0, false), Some(d(2024, 10, 30)));
        assert_eq!(weekday_near(fri, 3, 0, true), Some(d(2024, 11, 6)));
        assert_eq!(weekday_near(fri, 5, 0, false), Some(fri));
        assert_eq!(weekday_near(fri, 5, -1, false), Some(d(2024, 10, 25)));
        assert_eq!(weekday_near(fri, 5, 1, false), Some(d(2024, 11, 8)));
        assert_eq!(nth_weekday(2024, 11, 4, 4), Some(d(2024, 11, 28)));
        assert_eq!(easter(2024), Some(d(2024, 3, 31)));
        assert_eq!(easter(2000), Some(d(2000, 4, 23)));
        assert_eq!(easter(2025), Some(d(2025, 4, 20)));
    }
}
