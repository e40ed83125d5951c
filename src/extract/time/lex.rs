//! The tagger's word table: `time_words.tsv` plus the month and weekday names of `calendar.tsv`,
//! parsed once into one map from a lowercase word to everything it can mean.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use crate::lexicon::{rows, CALENDAR};

/// The words of English time expressions (see `time_words.tsv`).
pub const TIME_WORDS: &str = include_str!("../../lexicon/time_words.tsv");

/// What a word can be in a time expression (the `kind` column of `time_words.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Unit,
    Number,
    Vague,
    Article,
    Ordinal,
    Deictic,
    Ref,
    Shift,
    Pod,
    Clock,
    Season,
    Set,
    Every,
    Fuzz,
    Approx,
    Approx2,
    Ago,
    Fiscal,
    Tz,
    Holiday,
    Period,
    Future,
    Past,
    Linking,
    Month,
    Weekday,
    Decade,
}

impl Kind {
    fn parse(s: &str) -> Option<Kind> {
        Some(match s {
            "unit" => Kind::Unit,
            "number" => Kind::Number,
            "vague" => Kind::Vague,
            "article" => Kind::Article,
            "ordinal" => Kind::Ordinal,
            "deictic" => Kind::Deictic,
            "ref" => Kind::Ref,
            "shift" => Kind::Shift,
            "pod" => Kind::Pod,
            "clock" => Kind::Clock,
            "season" => Kind::Season,
            "set" => Kind::Set,
            "every" => Kind::Every,
            "fuzz" => Kind::Fuzz,
            "approx" => Kind::Approx,
            "approx2" => Kind::Approx2,
            "ago" => Kind::Ago,
            "fiscal" => Kind::Fiscal,
            "tz" => Kind::Tz,
            "holiday" => Kind::Holiday,
            "period" => Kind::Period,
            "future" => Kind::Future,
            "past" => Kind::Past,
            "linking" => Kind::Linking,
            "month" => Kind::Month,
            "weekday" => Kind::Weekday,
            "decade" => Kind::Decade,
            _ => return None,
        })
    }
}

/// A calendar unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Weekend,
    Week,
    Fortnight,
    Month,
    Quarter,
    Half,
    Year,
    Decade,
    Century,
}

impl Unit {
    fn parse(s: &str) -> Option<Unit> {
        Some(match s {
            "second" => Unit::Second,
            "minute" => Unit::Minute,
            "hour" => Unit::Hour,
            "day" => Unit::Day,
            "weekend" => Unit::Weekend,
            "week" => Unit::Week,
            "fortnight" => Unit::Fortnight,
            "month" => Unit::Month,
            "quarter" => Unit::Quarter,
            "half" => Unit::Half,
            "year" => Unit::Year,
            "decade" => Unit::Decade,
            "century" => Unit::Century,
            _ => return None,
        })
    }
}

/// One meaning of a word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Sense {
    pub kind: Kind,
    /// The numeric value, when the value column is a number.
    pub n: i32,
    /// The unit, for [`Kind::Unit`].
    pub unit: Option<Unit>,
    /// The value column as written.
    pub text: &'static str,
    /// Whether the word is a plural form (units only).
    pub plural: bool,
}

/// Every meaning of a word.
#[derive(Debug, Default)]
pub(crate) struct Entry {
    senses: Vec<Sense>,
}

impl Entry {
    /// The sense of kind `kind`, if the word has one.
    pub fn get(&self, kind: Kind) -> Option<&Sense> {
        self.senses.iter().find(|s| s.kind == kind)
    }

    /// Whether an expression can start at this word: not when it only marks a clause's tense
    /// (`said`, `will`) or follows a clock time (`EDT`).
    pub fn starts_expressions(&self) -> bool {
        self.senses
            .iter()
            .any(|s| !matches!(s.kind, Kind::Past | Kind::Future | Kind::Tz | Kind::Linking))
    }

    /// Whether the word only hedges or places what follows it (`about`, `at least`, `early`,
    /// `after`): it starts an expression only with a time word or a number close behind.
    pub fn only_hedges(&self) -> bool {
        self.senses.iter().all(|s| {
            matches!(
                s.kind,
                Kind::Approx | Kind::Approx2 | Kind::Fuzz | Kind::Ago
            )
        })
    }

    /// Whether the word names a time or a count of one by itself (`days`, `March`, `GMT`,
    /// `ago`, `next`, `nine`): not when it only hedges, counts vaguely or tells a tense (`about`,
    /// `several`, `the`, `said`).
    pub fn names_time(&self) -> bool {
        self.senses.iter().any(|s| {
            !matches!(
                s.kind,
                Kind::Past
                    | Kind::Future
                    | Kind::Linking
                    | Kind::Article
                    | Kind::Approx
                    | Kind::Approx2
                    | Kind::Vague
            )
        })
    }
}

/// FNV-1a over lowercased bytes: the table's keys are short, fixed and ours, so a simple hash
/// computed while lowercasing beats SipHash, whose resistance to chosen keys this lookup does
/// not need.
fn fnv(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ u64::from(b.to_ascii_lowercase())).wrapping_mul(0x0100_0000_01b3)
    })
}

type WordMap = BTreeMap<&'static [u8], Entry>;

/// The table: an open-addressed array of lowercase words (linear probing, at most a quarter
/// full), and a sieve in front of it: for each pair of first and last letters, a bit per word
/// length the table holds. Most words of a text fail the sieve and are never hashed.
struct Table {
    slots: Vec<Option<(&'static [u8], Entry)>>,
    lengths: [u32; 26 * 26],
}

/// The sieve's slot for a word whose first and last bytes are ASCII letters.
fn sieve_slot(word: &[u8]) -> Option<usize> {
    let (first, last) = (word.first()?, word.last()?);
    (first.is_ascii_alphabetic() && last.is_ascii_alphabetic()).then(|| {
        usize::from(first.to_ascii_lowercase() - b'a') * 26
            + usize::from(last.to_ascii_lowercase() - b'a')
    })
}

fn build_table() -> Table {
    let map = build();
    let mut lengths = [0u32; 26 * 26];
    let mut slots: Vec<Option<(&'static [u8], Entry)>> = Vec::new();
    slots.resize_with((map.len() * 4).next_power_of_two(), || None);
    let mask = slots.len() - 1;
    for (key, entry) in map {
        if let Some(slot) = sieve_slot(key) {
            // keys longer than the lookup's limit are never asked for
            if key.len() < 32 {
                lengths[slot] |= 1 << key.len();
            }
        }
        let mut at = (fnv(key) as usize) & mask;
        while slots[at].is_some() {
            at = (at + 1) & mask;
        }
        slots[at] = Some((key, entry));
    }
    Table { slots, lengths }
}

fn build() -> WordMap {
    let mut map = WordMap::new();
    for row in rows(TIME_WORDS).chain(rows(CALENDAR)) {
        let Some(kind) = Kind::parse(row.get(1)) else {
            continue;
        };
        let word = row.get(0);
        let value = row.get(2);
        let unit = if kind == Kind::Unit {
            Unit::parse(value)
        } else {
            None
        };
        let plural = kind == Kind::Unit && word.ends_with('s') && word != value;
        let n = value.parse().or_else(|_| row.get(3).parse()).unwrap_or(0);
        map.entry(word.as_bytes()).or_default().senses.push(Sense {
            kind,
            n,
            unit,
            text: value,
            plural,
        });
    }
    map
}

/// The longest word the table holds; longer words are not looked up.
const MAX_WORD: usize = 24;

/// Looks up an ASCII word, case-insensitively, without allocating.
pub(crate) fn lookup(word: &[u8]) -> Option<&'static Entry> {
    static TABLE: OnceLock<Table> = OnceLock::new();
    if word.len() > MAX_WORD {
        return None;
    }
    let table = TABLE.get_or_init(build_table);
    if let Some(slot) = sieve_slot(word) {
        if table.lengths[slot] & (1 << word.len()) == 0 {
            return None;
        }
    }
    let mask = table.slots.len() - 1;
    let mut at = (fnv(word) as usize) & mask;
    // the table is at most a quarter full, so an empty slot ends every probe
    while let Some((key, entry)) = &table.slots[at] {
        if key.eq_ignore_ascii_case(word) {
            return Some(entry);
        }
        at = (at + 1) & mask;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn time_words_parse_are_lowercase_and_unique() {
        let mut seen = BTreeSet::new();
        for row in rows(TIME_WORDS) {
            let (word, kind, value) = (row.get(0), row.get(1), row.get(2));
            assert!(!word.is_empty() && !value.is_empty(), "line {}", row.line);
            assert_eq!(word, word.to_lowercase(), "line {} not lowercase", row.line);
            assert!(
                Kind::parse(kind).is_some(),
                "line {}: kind {kind}",
                row.line
            );
            if kind == "unit" {
                assert!(Unit::parse(value).is_some(), "line {}: unit", row.line);
            }
            assert!(seen.insert((word, kind)), "line {}: duplicate", row.line);
        }
    }

    #[test]
    fn lookup_is_case_insensitive_and_covers_the_calendar() {
        assert!(lookup(b"Yesterday").unwrap().get(Kind::Deictic).is_some());
        assert_eq!(lookup(b"OCT").unwrap().get(Kind::Month).unwrap().n, 10);
        assert_eq!(
            lookup(b"weeks").unwrap().get(Kind::Unit).unwrap().unit,
            Some(Unit::Week)
        );
        assert!(lookup(b"weeks").unwrap().get(Kind::Unit).unwrap().plural);
        assert!(lookup(b"elephant").is_none());
        assert!(lookup(&[b'a'; 40]).is_none());
    }
}
