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

/// `t!(name, published, text, [(expected text, expected value), ...])`: the mentions found, in
/// order.
macro_rules! t {
    ($name:ident, $dct:expr, $text:expr, [$(($m:expr, $v:expr)),* $(,)?]) => {
        #[test]
        fn $name() {
            let got = values($text, $dct);
            let want: Vec<(String, String)> = vec![$(($m.to_string(), $v.to_string())),*];
            assert_eq!(got, want, "{:?}", $text);
        }
    };
}

t!(fiscal_context_carries_the_quarter, d(1989, 11, 2),
   "Third-quarter profit rose 5%. A year earlier, profit was flat. In the year-ago quarter it fell.",
   [("Third-quarter", "1989-Q3"), ("A year earlier", "1988-Q3"), ("the year-ago quarter", "1988-Q3")]);
t!(
    after_nine_months_a_year_earlier_is_the_year,
    d(1989, 11, 2),
    "Third-quarter profit rose 5%. For the first nine months, sales rose 8% from a year earlier. \
     In the year-ago quarter, profit fell.",
    [
        ("Third-quarter", "1989-Q3"),
        ("the first nine months", "P9M"),
        ("a year earlier", "1988"),
        ("the year-ago quarter", "1988-Q3")
    ]
);
t!(
    the_previous_weekday_counts_from_the_story_day,
    d(2024, 11, 4),
    "Shares fell on Friday, down 3% from the previous Friday. They recovered the following \
     Tuesday.",
    [
        ("Friday", "2024-11-01"),
        ("the previous Friday", "2024-10-25"),
        ("the following Tuesday", "2024-10-29")
    ]
);
t!(
    year_ago_periods_are_one_expression,
    d(1989, 11, 2),
    "Third-quarter net rose. In the year-ago third quarter, the bank lost money. For the quarter \
     a year ago, sales were flat. Net for the year-earlier nine months included a gain.",
    [
        ("Third-quarter", "1989-Q3"),
        ("the year-ago third quarter", "1988-Q3"),
        ("the quarter a year ago", "1988-Q3"),
        ("the year-earlier nine months", "P9M")
    ]
);
t!(
    without_a_quarter_a_year_ago_is_a_year,
    d(1998, 2, 6),
    "Wages were 3.8 percent higher than a year ago.",
    [("a year ago", "1997")]
);
t!(
    that_year_is_the_year_last_named,
    d(2000, 1, 28),
    "The clinic opened in 1998. Later that year, it closed.",
    [("1998", "1998"), ("Later that year", "1998")]
);
t!(
    future_tense_looks_forward,
    d(2024, 11, 1),
    "The ministers will meet on Tuesday and sign the deal in January.",
    [("Tuesday", "2024-11-05"), ("January", "2025-01")]
);
t!(
    deadlines_look_forward,
    d(2000, 4, 3),
    "The family has until Tuesday to reply.",
    [("Tuesday", "2000-04-04")]
);
t!(
    past_tense_looks_back,
    d(2024, 11, 1),
    "The ministers met on Tuesday and signed the deal in January.",
    [("Tuesday", "2024-10-29"), ("January", "2024-01")]
);
t!(
    no_reference_keeps_unknowns,
    None,
    "On Wednesday, officials said the vote in March was delayed until Oct. 29.",
    [
        ("Wednesday", "XXXX-WXX-3"),
        ("March", "XXXX-03"),
        ("Oct. 29", "XXXX-10-29")
    ]
);
t!(
    ages_fractions_and_money_are_not_times,
    d(2024, 11, 1),
    "A 6-year-old boy, about three-quarters of voters and $2,000 in cash.",
    []
);
t!(
    may_the_verb_is_not_a_month,
    d(2024, 11, 1),
    "Rates may rise, officials said in May.",
    [("May", "2024-05")]
);
t!(
    edges_and_hedges,
    d(2024, 11, 1),
    "Output fell in mid-2023, at the end of 1990 and for nearly two decades.",
    [
        ("mid-2023", "2023"),
        ("the end of 1990", "1990"),
        ("nearly two decades", "P20Y")
    ]
);

t!(
    recent_after_a_determiner_is_no_time,
    d(2024, 11, 1),
    "The recent talks stalled, and a recent filing showed losses.",
    []
);
t!(
    repetitions_are_not_timexes,
    None,
    "The club won the title for the second time, its third annual win, and twice lost again.",
    []
);
t!(
    event_anchored_days_and_nights_without_a_reference,
    None,
    "Two climbers spent two nights on the ridge and were found the day after the storm.",
    [("two nights", "P2D"), ("the day", "XXXX-XX-XX")]
);
t!(
    bare_minutes_in_a_record_are_no_duration,
    d(2024, 11, 1),
    "The change appeared in minutes of the meeting.",
    []
);

#[test]
fn frequencies_are_sets_and_a_week_of_something_is_a_length() {
    let types = |text: &str| -> Vec<(String, TimexType)> {
        tag(text, d(2024, 11, 1))
            .into_iter()
            .map(|m| (m.text, m.timex_type))
            .collect()
    };
    assert_eq!(
        types("The ferry sails twice a week and earns $2 million a year."),
        [
            ("twice a week".to_string(), TimexType::Set),
            ("a year".to_string(), TimexType::Set)
        ]
    );
    assert_eq!(
        types("The minister resigned in 2024 after a week of protests."),
        [
            ("2024".to_string(), TimexType::Date),
            ("a week".to_string(), TimexType::Duration)
        ]
    );
}

t!(
    weekdays_seasons_and_lengths_inside_names_are_not_dates,
    d(2024, 11, 1),
    "The Sunday Times said the Good Friday Agreement, the Six-Day War and the Summer Olympics shaped Windows 2000.",
    []
);
t!(
    a_half_of_something_else_is_not_a_half_year,
    d(2024, 11, 1),
    "City scored twice in the second half of the match, then posted a loss for the third quarter of $2 million.",
    [("the third quarter", "2024-Q3")]
);
t!(
    a_determiner_before_a_year_is_no_name,
    d(1998, 3, 1),
    "That 1978 resolution still stands.",
    [("1978", "1978")]
);

#[test]
fn a_quarter_of_a_season_and_all_season_are_found() {
    let texts: Vec<String> = tag(
        "The coach, under fire all season, was the fifth fired within the first quarter of the season.",
        d(2024, 11, 1),
    )
    .into_iter()
    .map(|m| m.text)
    .collect();
    assert_eq!(texts, ["all season", "the first quarter"]);
}

t!(
    a_fronted_month_takes_the_tense_of_the_verb_further_on,
    d(1998, 10, 25),
    "In January, a week after the anniversary of the court's ruling, a bomb at a clinic in \
     Birmingham, Ala., killed a guard.",
    [("January", "1998-01"), ("a week", "P1W")]
);
t!(
    a_fronted_weekday_before_an_infinitive_is_not_read_from_later_verbs,
    d(1998, 10, 26),
    "On Tuesday, the league plans to hold a news conference to show an advertisement made \
     last week.",
    [("Tuesday", "1998-10-27"), ("last week", "1998-W43")]
);
t!(
    an_infinitive_of_purpose_after_a_past_verb_tells_no_future,
    d(2000, 1, 28),
    "The mother was taken away with the boy to make the late-November trip, he said.",
    [("late-November", "1999-11")]
);
t!(
    an_infinitive_a_verb_takes_still_looks_ahead,
    d(2000, 3, 29),
    "Officials said they did not plan to remove the boy on Thursday morning.",
    [("Thursday morning", "2000-03-30TMO")]
);
t!(
    a_plural_noun_after_to_is_no_infinitive,
    d(2025, 3, 11),
    "Three more passengers went to clinics on Monday complaining of pain.",
    [("Monday", "2025-03-10")]
);
