//! Focused unit tests of the tagger; the bulk of the cases are in `tests/cases/time.tsv`.

use super::*;

fn d(y: i32, m: u32, dd: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, dd)
}

fn values(text: &str, dct: Option<NaiveDate>) -> Vec<(String, String)> {
    tag(text, dct)
        .into_iter()
        .map(|m| (m.text, m.value))
        .collect()
}

#[test]
fn seeds_weekday_month_and_week() {
    let v = values(
        "On Wednesday, the agency reported a launch.",
        d(2024, 11, 1),
    );
    assert_eq!(v, [("Wednesday".into(), "2024-10-30".into())]);
    let v = values("In March, the council vetoed the plan.", d(2024, 11, 1));
    assert_eq!(v, [("March".into(), "2024-03".into())]);
    let v = values("Officials met this week.", d(2024, 11, 1));
    assert_eq!(v, [("this week".into(), "2024-W44".into())]);
}
