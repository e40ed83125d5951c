//! Word lists kept as plain data.
//!
//! Every table is a `.tsv` file beside this module: one entry per line, fields separated by tabs,
//! `#` starting a comment line, a header comment naming what the table holds and where it comes
//! from. The engine never spells out a word: the extractors ask these tables, so adding an
//! abbreviation, a month spelling or a country alias is a one-line data change.
//!
//! [`rows`] is the one parser; each extractor builds its lookup structures from it once (in a
//! `OnceLock`), so the cost is paid on first use only.

use crate::error::{Error, Result};

/// One data row of a table: its 1-based line number and its tab-separated fields (trimmed).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row<'a> {
    /// The 1-based line number in the table file.
    pub line: usize,
    /// The fields, trimmed of surrounding spaces.
    pub fields: Vec<&'a str>,
}

impl<'a> Row<'a> {
    /// Field `i`, or `""` when the row is shorter.
    pub fn get(&self, i: usize) -> &'a str {
        self.fields.get(i).copied().unwrap_or("")
    }
}

/// The data rows of a table: blank lines and `#` comments skipped, fields split on tabs.
///
/// # Example
///
/// ```
/// use corroborate::lexicon::rows;
/// let table = "# word\tvalue\nmonday\t1\n\ntuesday\t2\n";
/// let parsed: Vec<_> = rows(table).collect();
/// assert_eq!(parsed.len(), 2);
/// assert_eq!(parsed[1].line, 4);
/// assert_eq!(parsed[1].fields, vec!["tuesday", "2"]);
/// ```
pub fn rows(text: &str) -> impl Iterator<Item = Row<'_>> {
    text.lines().enumerate().filter_map(|(i, line)| {
        let trimmed = line.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            return None;
        }
        Some(Row {
            line: i + 1,
            fields: line.split('\t').map(str::trim).collect(),
        })
    })
}

/// Like [`rows`], but checks every row has at least `min_fields` non-empty leading fields.
///
/// # Errors
///
/// [`Error::Lexicon`] naming the table and line of the first short row.
///
/// # Example
///
/// ```
/// use corroborate::lexicon::checked_rows;
/// assert!(checked_rows("months", "january\t1\n", 2).is_ok());
/// let err = checked_rows("months", "january\n", 2).unwrap_err();
/// assert_eq!(err.to_string(), "table months, line 1: expected 2 fields, found 1");
/// ```
pub fn checked_rows<'a>(table: &str, text: &'a str, min_fields: usize) -> Result<Vec<Row<'a>>> {
    rows(text)
        .map(|row| {
            let filled = row.fields.iter().take_while(|f| !f.is_empty()).count();
            if filled < min_fields {
                Err(Error::Lexicon {
                    table: table.to_string(),
                    line: row.line,
                    reason: format!("expected {min_fields} fields, found {filled}"),
                })
            } else {
                Ok(row)
            }
        })
        .collect()
}

/// Abbreviations that end in a period without ending a sentence (see `abbreviations.tsv`).
pub const ABBREVIATIONS: &str = include_str!("abbreviations.tsv");
/// Words that carry no content for alignment (see `stopwords.tsv`).
pub const STOPWORDS: &str = include_str!("stopwords.tsv");
/// Month and weekday names with their abbreviations (see `calendar.tsv`).
pub const CALENDAR: &str = include_str!("calendar.tsv");
/// Page-furniture lines of scraped news pages (see `furniture.tsv`).
pub const FURNITURE: &str = include_str!("furniture.tsv");
/// Nouns naming what a figure measures, with their class (see `measures.tsv`).
pub const MEASURES: &str = include_str!("measures.tsv");

/// What befalls people as counts report it, with the verb a count is compared under (see
/// `fates.tsv`).
pub const FATES: &str = include_str!("fates.tsv");

/// The verb lemma of a word that, after a number, makes it a count of people ("12 dead",
/// "30 were injured"), when `word` (any case) is one.
///
/// # Example
///
/// ```
/// use corroborate::lexicon::fate_verb;
/// assert_eq!(fate_verb("Dead"), Some("die"));
/// assert_eq!(fate_verb("wounded"), Some("injure"));
/// assert_eq!(fate_verb("workers"), None);
/// ```
pub fn fate_verb(word: &str) -> Option<&'static str> {
    static T: WordMap = WordMap::new();
    second_column(&T, FATES, word)
}

/// A table's first column mapped to its second, built once.
type WordMap = std::sync::OnceLock<std::collections::HashMap<String, &'static str>>;

/// The second column of `table`'s row whose first is `word` (any case).
fn second_column(map: &'static WordMap, table: &'static str, word: &str) -> Option<&'static str> {
    map.get_or_init(|| {
        rows(table)
            .map(|r| (r.get(0).to_string(), r.get(1)))
            .collect()
    })
    .get(word.to_lowercase().as_str())
    .copied()
}

/// Familiar forms of given names and the names they stand for (see `nicknames.tsv`).
pub const NICKNAMES: &str = include_str!("nicknames.tsv");

/// Whether two given names (any case) may name one person: the same name, or one a familiar
/// form or another spelling of the other ("Bill" and "William", "Graeme" and "Graham"), or
/// both such forms of one name ("Bill" and "Billy").
///
/// # Example
///
/// ```
/// use corroborate::lexicon::same_given_name;
/// assert!(same_given_name("Maggie", "Margaret"));
/// assert!(same_given_name("bob", "Bobby"));
/// assert!(same_given_name("Graeme", "Graham"));
/// assert!(same_given_name("Kathryn", "Katherine"));
/// assert!(!same_given_name("Bill", "Robert"));
/// ```
pub fn same_given_name(a: &str, b: &str) -> bool {
    use std::collections::BTreeSet;
    use std::sync::OnceLock;
    static T: OnceLock<BTreeSet<(&'static str, &'static str)>> = OnceLock::new();
    let pairs = T.get_or_init(|| rows(NICKNAMES).map(|r| (r.get(0), r.get(1))).collect());
    let (a, b) = (a.to_lowercase(), b.to_lowercase());
    if a == b {
        return true;
    }
    let full = |x: &str| -> Vec<&'static str> {
        pairs
            .range((x, "")..)
            .take_while(|(f, _)| *f == x)
            .map(|(_, n)| *n)
            .collect()
    };
    let (fa, fb) = (full(&a), full(&b));
    fa.contains(&b.as_str()) || fb.contains(&a.as_str()) || fa.iter().any(|n| fb.contains(n))
}

/// Words that make a figure a forecast, target or estimate (see `outlooks.tsv`).
pub const OUTLOOKS: &str = include_str!("outlooks.tsv");

/// Whether `word` (any case) makes a figure after it a forecast, target or estimate.
///
/// # Example
///
/// ```
/// use corroborate::lexicon::is_outlook_word;
/// assert!(is_outlook_word("Forecast"));
/// assert!(!is_outlook_word("rose"));
/// ```
pub fn is_outlook_word(word: &str) -> bool {
    use std::collections::HashSet;
    use std::sync::OnceLock;
    static T: OnceLock<HashSet<&'static str>> = OnceLock::new();
    T.get_or_init(|| rows(OUTLOOKS).map(|r| r.get(0)).collect())
        .contains(word.to_lowercase().as_str())
}

/// Units a story tallies for each participant (see `tallies.tsv`).
pub const TALLIES: &str = include_str!("tallies.tsv");

/// Whether `unit` (any case, singular) is tallied for each participant of a story ("point",
/// "seat"), so that two sources' figures of it count different things.
///
/// # Example
///
/// ```
/// use corroborate::lexicon::is_tally_unit;
/// assert!(is_tally_unit("Point"));
/// assert!(!is_tally_unit("satellite"));
/// ```
pub fn is_tally_unit(unit: &str) -> bool {
    use std::collections::HashSet;
    use std::sync::OnceLock;
    static T: OnceLock<HashSet<&'static str>> = OnceLock::new();
    T.get_or_init(|| rows(TALLIES).map(|r| r.get(0)).collect())
        .contains(unit.to_lowercase().as_str())
}

/// Words for a country's administrative divisions (see `divisions.tsv`).
pub const DIVISIONS: &str = include_str!("divisions.tsv");

/// The division a word names, in the singular ("Province" and "provinces" give "province").
///
/// # Example
///
/// ```
/// use corroborate::lexicon::division;
/// assert_eq!(division("Counties"), Some("county"));
/// assert_eq!(division("province"), Some("province"));
/// assert_eq!(division("city"), None);
/// ```
pub fn division(word: &str) -> Option<&'static str> {
    use std::collections::HashMap;
    use std::sync::OnceLock;
    static T: OnceLock<HashMap<String, &'static str>> = OnceLock::new();
    let table = T.get_or_init(|| {
        rows(DIVISIONS)
            .flat_map(|r| {
                [
                    (r.get(0).to_string(), r.get(0)),
                    (r.get(1).to_string(), r.get(0)),
                ]
            })
            .filter(|(w, _)| !w.is_empty())
            .collect()
    });
    table.get(word.to_lowercase().as_str()).copied()
}

/// Kinds of people a story counts once (see `crowds.tsv`).
pub const CROWDS: &str = include_str!("crowds.tsv");

/// The group and kind (`audience`, `complement` or `responders`) of people a word names when
/// a story counts them once ("fan" -> audience; "crewmen" -> crew, a complement; see
/// `crowds.tsv`).
pub(crate) fn crowd(word: &str) -> Option<(&'static str, &'static str)> {
    use std::collections::HashMap;
    use std::sync::OnceLock;
    static T: OnceLock<HashMap<&'static str, (&'static str, &'static str)>> = OnceLock::new();
    T.get_or_init(|| {
        rows(CROWDS)
            .map(|r| (r.get(0), (r.get(1), r.get(2))))
            .collect()
    })
    .get(word)
    .copied()
}

/// Verbs that tell when a happening began or took place (see `onset_verbs.tsv`).
pub const ONSET_VERBS: &str = include_str!("onset_verbs.tsv");

/// The moment a verb lemma, with the word after it, tells the time of, when it tells when a
/// happening began or took place: "event" for "break" before "out", "strike", "happen";
/// "take-off" for "take" before "off" (see `onset_verbs.tsv`).
pub(crate) fn onset_moment(lemma: &str, next: Option<&str>) -> Option<&'static str> {
    use std::sync::OnceLock;
    type Row = (&'static str, &'static str, &'static str);
    static T: OnceLock<Vec<Row>> = OnceLock::new();
    let table = T.get_or_init(|| {
        rows(ONSET_VERBS)
            .map(|r| (r.get(0), r.get(1), r.get(2)))
            .collect()
    });
    table
        .iter()
        .find(|&&(verb, particle, _)| {
            verb == lemma
                && (particle == "-" || next.is_some_and(|n| n.eq_ignore_ascii_case(particle)))
        })
        .map(|&(_, _, moment)| moment)
}

/// Verbs that tell a state holding over time rather than a moment (see `state_verbs.tsv`).
pub const STATE_VERBS: &str = include_str!("state_verbs.tsv");

/// Whether a verb lemma tells a state that holds over a stretch of time ("remain", "stay"), so
/// that the day it is given names one day of the state, not when anything happened.
///
/// # Example
///
/// ```
/// use corroborate::lexicon::tells_a_state;
/// assert!(tells_a_state("remain"));
/// assert!(!tells_a_state("reopen"));
/// ```
pub fn tells_a_state(lemma: &str) -> bool {
    use std::collections::HashSet;
    use std::sync::OnceLock;
    static T: OnceLock<HashSet<&'static str>> = OnceLock::new();
    T.get_or_init(|| rows(STATE_VERBS).map(|r| r.get(0)).collect())
        .contains(lemma)
}

/// Kinds of site a story's event happens at one of (see `sites.tsv`).
pub const SITES: &str = include_str!("sites.tsv");

/// The kind of site a noun names, in the singular, one word or two ("Smelter" and "smelters"
/// give "smelter"; "data centres" gives "data centre").
///
/// # Example
///
/// ```
/// use corroborate::lexicon::site;
/// assert_eq!(site("Smelters"), Some("smelter"));
/// assert_eq!(site("data centre"), Some("data centre"));
/// assert_eq!(site("school"), None);
/// ```
pub fn site(words: &str) -> Option<&'static str> {
    use std::collections::HashMap;
    use std::sync::OnceLock;
    static T: OnceLock<HashMap<String, &'static str>> = OnceLock::new();
    let table = T.get_or_init(|| {
        rows(SITES)
            .flat_map(|r| {
                let plural = match r.get(1) {
                    "" => plural_of(r.get(0)),
                    p => p.to_string(),
                };
                [(r.get(0).to_string(), r.get(0)), (plural, r.get(0))]
            })
            .collect()
    });
    table.get(words.to_lowercase().as_str()).copied()
}

/// The regular English plural of a noun ("bench" -> "benches", "well" -> "wells").
fn plural_of(singular: &str) -> String {
    if singular.ends_with(['s', 'x', 'z']) || singular.ends_with("ch") || singular.ends_with("sh") {
        format!("{singular}es")
    } else {
        format!("{singular}s")
    }
}

/// The words of [`STOPWORDS`], lowercase.
pub(crate) fn stopwords() -> &'static std::collections::HashSet<&'static str> {
    static SET: std::sync::OnceLock<std::collections::HashSet<&'static str>> =
        std::sync::OnceLock::new();
    SET.get_or_init(|| rows(STOPWORDS).map(|r| r.get(0)).collect())
}

/// Whether a lowercase word is a stopword (see [`STOPWORDS`]).
pub(crate) fn is_stopword(word: &str) -> bool {
    stopwords().contains(word)
}

/// Words that name a teller without saying who it is (see `unnamed_sources.tsv`).
pub const UNNAMED_SOURCES: &str = include_str!("unnamed_sources.tsv");

/// Whether `word` (any case), as the last word of an attribution's source, names a teller
/// without saying who it is ("officials", "sources", "the company").
///
/// # Example
///
/// ```
/// use corroborate::lexicon::is_unnamed_source;
/// assert!(is_unnamed_source("Officials"));
/// assert!(!is_unnamed_source("ministry"));
/// ```
pub fn is_unnamed_source(word: &str) -> bool {
    use std::collections::HashSet;
    use std::sync::OnceLock;
    static T: OnceLock<HashSet<&'static str>> = OnceLock::new();
    T.get_or_init(|| rows(UNNAMED_SOURCES).map(|r| r.get(0)).collect())
        .contains(word.to_lowercase().as_str())
}

/// The class of what a figure measures, when `noun` (any case) names one.
///
/// # Example
///
/// ```
/// use corroborate::lexicon::measure_class;
/// assert_eq!(measure_class("Earnings"), measure_class("profit"));
/// assert_ne!(measure_class("sales"), measure_class("profit"));
/// assert_eq!(measure_class("tourists"), None);
/// ```
pub fn measure_class(noun: &str) -> Option<&'static str> {
    static T: WordMap = WordMap::new();
    second_column(&T, MEASURES, noun)
}

/// Whether a measure's class (see [`measure_class`]) is one only a sum of money can be
/// ("ransom", "loss"), marked `money` in `measures.tsv`.
///
/// # Example
///
/// ```
/// use corroborate::lexicon::is_money_measure;
/// assert!(is_money_measure("ransom"));
/// assert!(!is_money_measure("turnout"));
/// ```
pub fn is_money_measure(class: &str) -> bool {
    use std::sync::OnceLock;
    static T: OnceLock<std::collections::BTreeSet<&'static str>> = OnceLock::new();
    T.get_or_init(|| {
        rows(MEASURES)
            .filter(|r| r.get(2) == "money")
            .map(|r| r.get(1))
            .collect()
    })
    .contains(class)
}

/// A month (1-12) or weekday (1 = Monday .. 7 = Sunday) name from [`CALENDAR`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CalendarWord {
    /// A month, 1-12.
    Month(u32),
    /// A weekday, 1 = Monday .. 7 = Sunday.
    Weekday(u32),
}

/// Looks a word up in [`CALENDAR`] (case-insensitive, a final period ignored).
///
/// # Example
///
/// ```
/// use corroborate::lexicon::{calendar_word, CalendarWord};
/// assert_eq!(calendar_word("Sept."), Some(CalendarWord::Month(9)));
/// assert_eq!(calendar_word("WEDNESDAY"), Some(CalendarWord::Weekday(3)));
/// assert_eq!(calendar_word("Mayday"), None);
/// ```
pub fn calendar_word(word: &str) -> Option<CalendarWord> {
    use std::collections::HashMap;
    use std::sync::OnceLock;
    static TABLE: OnceLock<HashMap<&'static str, CalendarWord>> = OnceLock::new();
    let table = TABLE.get_or_init(|| {
        rows(CALENDAR)
            .filter_map(|r| {
                let n: u32 = r.get(2).parse().ok()?;
                let w = match r.get(1) {
                    "month" => CalendarWord::Month(n),
                    "weekday" => CalendarWord::Weekday(n),
                    _ => return None,
                };
                Some((r.get(0), w))
            })
            .collect()
    });
    let word = word.strip_suffix('.').unwrap_or(word);
    if word.len() > 9 || !word.is_ascii() {
        return None;
    }
    table.get(word.to_ascii_lowercase().as_str()).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check_table(name: &str, text: &str, fields: usize) {
        let parsed = checked_rows(name, text, fields).unwrap();
        assert!(!parsed.is_empty(), "{name} is empty");
        let mut seen = std::collections::HashSet::new();
        for row in &parsed {
            let key = row.fields[..fields.min(2)].join("\t");
            assert_eq!(key, key.to_lowercase(), "{name}:{} not lowercase", row.line);
            assert!(
                seen.insert(key.clone()),
                "{name}:{} duplicate {key:?}",
                row.line
            );
        }
    }

    #[test]
    fn tables_parse_and_are_lowercase_without_duplicates() {
        check_table("abbreviations", ABBREVIATIONS, 2);
        check_table("calendar", CALENDAR, 3);
        check_table("furniture", FURNITURE, 2);
        check_table("stopwords", STOPWORDS, 1);
        check_table("measures", MEASURES, 2);
        check_table("fates", FATES, 2);
        check_table("outlooks", OUTLOOKS, 1);
        check_table("nicknames", NICKNAMES, 2);
        check_table("unnamed_sources", UNNAMED_SOURCES, 1);
        check_table("tallies", TALLIES, 1);
        check_table("divisions", DIVISIONS, 2);
        check_table("sites", SITES, 1);
        check_table("onset_verbs", ONSET_VERBS, 3);
        check_table("crowds", CROWDS, 3);
        check_table("state_verbs", STATE_VERBS, 1);
    }

    #[test]
    fn onset_verbs_need_their_particle_and_name_their_moment() {
        assert_eq!(onset_moment("go", Some("off")), Some("event"));
        assert_eq!(onset_moment("break", Some("loose")), Some("event"));
        assert_eq!(onset_moment("break", Some("the")), None);
        assert_eq!(onset_moment("take", Some("off")), Some("take-off"));
        assert_eq!(onset_moment("take", Some("over")), None);
        assert_eq!(onset_moment("topple", None), Some("overturning"));
        assert_eq!(onset_moment("say", None), None);
    }

    #[test]
    fn calendar_has_twelve_months_and_seven_weekdays() {
        let mut months = std::collections::BTreeSet::new();
        let mut days = std::collections::BTreeSet::new();
        for r in rows(CALENDAR) {
            let n: u32 = r.get(2).parse().unwrap();
            match r.get(1) {
                "month" => months.insert(n),
                "weekday" => days.insert(n),
                other => panic!("unknown kind {other}"),
            };
        }
        assert_eq!(months, (1..=12).collect());
        assert_eq!(days, (1..=7).collect());
    }
}
