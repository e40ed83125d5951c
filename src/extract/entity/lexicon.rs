//! The entity tables, parsed once: countries with their names, demonyms and capitals; titles;
//! organisation and place words; acronyms; person and place nouns; function words.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use super::tokens::{tokenize, TokKind};
use crate::document::Span;
use crate::lexicon::rows;

/// Countries: canonical, official name, other names, demonyms, capitals (see `countries.tsv`).
pub const COUNTRIES: &str = include_str!("../../lexicon/countries.tsv");
/// Continents, regions, seas, states and provinces (see `regions.tsv`).
pub const REGIONS: &str = include_str!("../../lexicon/regions.tsv");
/// Verbs whose object is a place (see `place_verbs.tsv`).
pub const PLACE_VERBS: &str = include_str!("../../lexicon/place_verbs.tsv");
/// Titles and honorifics (see `titles.tsv`).
pub const TITLES: &str = include_str!("../../lexicon/titles.tsv");
/// Words that make a name an organisation or a place (see `org_words.tsv`).
pub const ORG_WORDS: &str = include_str!("../../lexicon/org_words.tsv");
/// Acronyms with their expansions (see `acronyms.tsv`).
pub const ACRONYMS: &str = include_str!("../../lexicon/acronyms.tsv");
/// Common nouns naming people or groups (see `person_nouns.tsv`).
pub const PERSON_NOUNS: &str = include_str!("../../lexicon/person_nouns.tsv");
/// Common nouns naming places (see `place_nouns.tsv`).
pub const PLACE_NOUNS: &str = include_str!("../../lexicon/place_nouns.tsv");
/// Function words that are capitalised only at a sentence start (see `function_words.tsv`).
pub const FUNCTION_WORDS: &str = include_str!("../../lexicon/function_words.tsv");
/// Adjectives that open headlines and sentences before a noun (see `adjectives.tsv`).
pub const ADJECTIVES: &str = include_str!("../../lexicon/adjectives.tsv");

/// How a country is named.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum NameKind {
    /// Its short, official or other name, or an abbreviation.
    Name,
    /// A demonym ("Russian", "North Koreans").
    Demonym,
    /// Its capital ("Moscow").
    Capital,
    /// A continent, world region or sea (from `regions.tsv`): a place.
    Region,
    /// A state or province of a federation (from `regions.tsv`): a place, or its government.
    State,
}

/// What a title-table word is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TitleKind {
    Honorific,
    Title,
    Prefix,
    /// A military or police rank ("Colonel", "Supt").
    Rank,
}

/// An acronym's kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum AcronymKind {
    Org,
    Term,
    Place,
}

#[derive(Debug)]
pub(crate) struct Tables {
    /// Lowercase token key ("democratic people 's republic of korea") -> (country index, kind).
    pub names: HashMap<String, (usize, NameKind)>,
    /// Case-sensitive abbreviations ("US", "DPRK") -> country index.
    pub abbreviations: HashMap<String, (usize, NameKind)>,
    /// Longest name in tokens.
    pub max_tokens: usize,
    /// Canonical country names, by index.
    pub countries: Vec<&'static str>,
    pub titles: HashMap<String, TitleKind>,
    /// Portfolios that open a title ("Interior" in "Interior Minister").
    pub portfolios: HashSet<&'static str>,
    /// lowercase word -> is_place
    pub org_words: HashMap<String, bool>,
    /// Legal forms of companies (`ltd`, `gmbh`), dropped from a name's key.
    pub legal_forms: HashSet<&'static str>,
    /// Person nouns that are also adjectives (`official`, `civilian`).
    pub adjective_nouns: HashSet<&'static str>,
    /// acronym as written -> (expansion, kind)
    pub acronyms: HashMap<&'static str, (&'static str, AcronymKind)>,
    /// lowercase expansion -> acronym kind
    pub expansions: HashMap<String, AcronymKind>,
    /// lowercase form -> lemma (singular)
    pub person_nouns: HashMap<String, &'static str>,
    pub place_nouns: HashMap<String, &'static str>,
    /// Place nouns marked `division` (`district`, `village`), as singulars.
    pub division_nouns: HashSet<&'static str>,
    pub function_words: HashSet<&'static str>,
    /// Adjectives that open headlines and sentences ("Strong quake", "Deadly fire").
    pub adjectives: HashSet<&'static str>,
    pub place_verbs: HashSet<&'static str>,
    /// Holiday names ("Christmas"): times, for the time tagger, not names.
    pub holidays: HashSet<&'static str>,
    /// Words that are holidays before "Day" or "Friday" only ("Labor Day", "Good Friday").
    pub holiday_before_day: HashSet<&'static str>,
}

/// The lowercase token key of a name, as the gazetteer stores it.
pub(crate) fn key_of(name: &str) -> (String, usize) {
    let toks = tokenize(name, Span::new(0, name.len()));
    let n = toks.len();
    let key = toks
        .iter()
        .map(|t| {
            if t.kind == TokKind::Possessive {
                "'s".to_string()
            } else {
                t.text.replace(['’', 'ʼ'], "'").to_lowercase()
            }
        })
        .collect::<Vec<_>>()
        .join(" ");
    (key, n)
}

/// Whether a table name is matched case-sensitively: a short all-capitals abbreviation.
fn is_abbreviation(name: &str) -> bool {
    let letters = name.chars().filter(|c| c.is_alphabetic()).count();
    let upper = name.chars().filter(|c| c.is_uppercase()).count();
    !name.contains(' ') && letters <= 5 && upper >= 2
}

/// Adds English plural forms of `singular` (or the given plural) to `map`.
fn add_noun(map: &mut HashMap<String, &'static str>, singular: &'static str, plural: &'static str) {
    map.insert(singular.to_string(), singular);
    match plural {
        "-" => {}
        "" => {
            let p = if singular.ends_with(['s', 'x', 'z'])
                || singular.ends_with("ch")
                || singular.ends_with("sh")
            {
                format!("{singular}es")
            } else if singular.ends_with('y')
                && !singular.ends_with("ay")
                && !singular.ends_with("ey")
                && !singular.ends_with("oy")
            {
                format!("{}ies", &singular[..singular.len() - 1])
            } else {
                format!("{singular}s")
            };
            map.entry(p).or_insert(singular);
        }
        p => {
            map.entry(p.to_string()).or_insert(singular);
        }
    }
}

/// Whether `name` is a state, province or region of a country (`regions.tsv`: "Victoria",
/// "Andhra Pradesh").
pub(crate) fn is_state_name(name: &str) -> bool {
    let (key, _) = key_of(name);
    tables()
        .names
        .get(&key)
        .is_some_and(|&(_, kind)| kind == NameKind::State)
}

/// Whether `name` is a world region, sea, state or province (`regions.tsv`: "Gulf", "Victoria").
pub(crate) fn is_region_name(name: &str) -> bool {
    let (key, _) = key_of(name);
    tables()
        .names
        .get(&key)
        .is_some_and(|&(_, kind)| matches!(kind, NameKind::State | NameKind::Region))
}

/// The kind of place a noun (any case, either number) names when `place_nouns.tsv` marks it a
/// division a story's event lies in one of ("District" and "districts" give "district").
pub(crate) fn division_noun(word: &str) -> Option<&'static str> {
    let t = tables();
    let lemma = t.place_nouns.get(word.to_lowercase().as_str())?;
    t.division_nouns.contains(lemma).then_some(*lemma)
}

/// Whether `word` (lowercase) is a common noun naming people, in either number or as a row's
/// lemma ("worker", "workers", "police").
pub(crate) fn is_person_noun(word: &str) -> bool {
    let t = tables();
    t.person_nouns.contains_key(word) || t.person_nouns.values().any(|&l| l == word)
}

/// Whether `word` (any case) is a title, honorific or role word of `titles.tsv` ("President",
/// "mayor", "Dr").
pub(crate) fn is_title_word(word: &str) -> bool {
    tables()
        .titles
        .contains_key(word.to_lowercase().trim_end_matches('.'))
}

/// Whether `word` (any case) makes a name an organisation (`org_words.tsv`, kinds `org` and
/// `legal`: "Council", "Ministry", "Ltd"), not a place.
pub(crate) fn is_org_word(word: &str) -> bool {
    tables().org_words.get(&word.to_lowercase()) == Some(&false)
}

/// Whether `word` (any case) is a portfolio of `titles.tsv` ("Finance", "Interior"), a word
/// that opens a title only when one follows.
pub(crate) fn is_portfolio_word(word: &str) -> bool {
    tables()
        .portfolios
        .contains(word.to_lowercase().trim_end_matches('.'))
}

/// Whether `word` (any case) is a rank of `titles.tsv` ("Colonel", "Supt").
pub(crate) fn is_rank_word(word: &str) -> bool {
    tables()
        .titles
        .get(word.to_lowercase().trim_end_matches('.'))
        .is_some_and(|k| *k == TitleKind::Rank)
}

/// Whether `word` (any case) is an honorific of `titles.tsv` ("Dr", "Ms", "Sheikh").
pub(crate) fn is_honorific_word(word: &str) -> bool {
    tables()
        .titles
        .get(word.to_lowercase().trim_end_matches('.'))
        .is_some_and(|k| *k == TitleKind::Honorific)
}

pub(crate) fn tables() -> &'static Tables {
    static TABLES: OnceLock<Tables> = OnceLock::new();
    TABLES.get_or_init(build)
}

fn build() -> Tables {
    let mut t = Tables {
        names: HashMap::new(),
        abbreviations: HashMap::new(),
        max_tokens: 1,
        countries: Vec::new(),
        titles: HashMap::new(),
        portfolios: HashSet::new(),
        org_words: HashMap::new(),
        legal_forms: HashSet::new(),
        adjective_nouns: HashSet::new(),
        acronyms: HashMap::new(),
        expansions: HashMap::new(),
        person_nouns: HashMap::new(),
        place_nouns: HashMap::new(),
        division_nouns: HashSet::new(),
        function_words: HashSet::new(),
        adjectives: rows(ADJECTIVES).map(|r| r.get(0)).collect(),
        place_verbs: HashSet::new(),
        holidays: HashSet::new(),
        holiday_before_day: HashSet::new(),
    };
    // the time tagger's table (its holidays are times, not names); a word that is a holiday only
    // before "Day" or "Friday" ("Labor Day", "Good Friday") is a name elsewhere ("Labor Party")
    for row in rows(include_str!("../../lexicon/time_words.tsv")) {
        if row.get(1) == "holiday" {
            if row.get(3).is_empty() {
                t.holidays.insert(row.get(0));
            } else {
                t.holiday_before_day.insert(row.get(0));
            }
        }
    }
    for row in rows(COUNTRIES) {
        let idx = t.countries.len();
        t.countries.push(row.get(0));
        let groups = [
            (NameKind::Name, row.get(0)),
            (NameKind::Name, row.get(1)),
            (NameKind::Name, row.get(2)),
            (NameKind::Demonym, row.get(3)),
            (NameKind::Capital, row.get(4)),
        ];
        for (kind, field) in groups {
            for name in field.split(';').map(str::trim).filter(|s| !s.is_empty()) {
                if is_abbreviation(name) {
                    t.abbreviations
                        .entry(name.to_string())
                        .or_insert((idx, NameKind::Name));
                    continue;
                }
                let (key, n) = key_of(name);
                if key.starts_with("the ") {
                    continue; // "The Gambia": its short name covers it, without the article
                }
                t.max_tokens = t.max_tokens.max(n);
                t.names.entry(key).or_insert((idx, kind));
            }
        }
    }
    for row in rows(REGIONS) {
        let idx = t.countries.len();
        t.countries.push(row.get(0));
        let kind = if row.get(1) == "state" {
            NameKind::State
        } else {
            NameKind::Region
        };
        let names = std::iter::once(row.get(0)).chain(row.get(2).split(';'));
        for name in names.map(str::trim).filter(|s| !s.is_empty()) {
            if is_abbreviation(name) {
                t.abbreviations
                    .entry(name.to_string())
                    .or_insert((idx, kind));
                continue;
            }
            let (key, n) = key_of(name);
            t.max_tokens = t.max_tokens.max(n);
            t.names.entry(key).or_insert((idx, kind));
        }
    }
    for row in rows(PLACE_VERBS) {
        t.place_verbs.insert(row.get(0));
    }
    for row in rows(TITLES) {
        if row.get(1) == "portfolio" {
            t.portfolios.insert(row.get(0));
            continue;
        }
        let kind = match row.get(1) {
            "honorific" => TitleKind::Honorific,
            "prefix" => TitleKind::Prefix,
            "rank" => TitleKind::Rank,
            _ => TitleKind::Title,
        };
        t.titles.insert(row.get(0).to_string(), kind);
    }
    for row in rows(ORG_WORDS) {
        t.org_words
            .insert(row.get(0).to_string(), row.get(1) == "place");
        if row.get(1) == "legal" {
            t.legal_forms.insert(row.get(0));
        }
    }
    for row in rows(ACRONYMS) {
        let kind = match row.get(2) {
            "term" => AcronymKind::Term,
            "place" => AcronymKind::Place,
            _ => AcronymKind::Org,
        };
        t.acronyms.insert(row.get(0), (row.get(1), kind));
        t.expansions.insert(row.get(1).to_lowercase(), kind);
    }
    for row in rows(PERSON_NOUNS) {
        add_noun(&mut t.person_nouns, row.get(0), row.get(1));
        if row.get(2) == "adj" {
            t.adjective_nouns.insert(row.get(0));
        }
    }
    for row in rows(PLACE_NOUNS) {
        add_noun(&mut t.place_nouns, row.get(0), row.get(1));
        if row.get(2) == "division" {
            t.division_nouns.insert(row.get(0));
        }
    }
    for row in rows(FUNCTION_WORDS) {
        t.function_words.insert(row.get(0));
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    fn first_fields(table: &str) -> Vec<(usize, String)> {
        rows(table)
            .map(|r| (r.line, r.get(0).to_string()))
            .collect()
    }

    fn assert_unique_lowercase(name: &str, table: &str) {
        let mut seen = BTreeSet::new();
        for (line, f) in first_fields(table) {
            assert!(!f.is_empty(), "{name}:{line} empty");
            assert_eq!(f, f.to_lowercase(), "{name}:{line} not lowercase");
            assert!(seen.insert(f.clone()), "{name}:{line} duplicate {f}");
        }
        assert!(!seen.is_empty(), "{name} is empty");
    }

    #[test]
    fn word_tables_parse_lowercase_unique() {
        assert_unique_lowercase("titles", TITLES);
        assert_unique_lowercase("org_words", ORG_WORDS);
        assert_unique_lowercase("person_nouns", PERSON_NOUNS);
        assert_unique_lowercase("place_nouns", PLACE_NOUNS);
        assert_unique_lowercase("function_words", FUNCTION_WORDS);
        assert_unique_lowercase("adjectives", ADJECTIVES);
        assert_unique_lowercase("place_verbs", PLACE_VERBS);
        let mut seen = BTreeSet::new();
        for r in rows(REGIONS) {
            assert!(seen.insert(r.get(0)), "regions:{} duplicate", r.line);
            assert!(matches!(r.get(1), "region" | "state"), "regions:{}", r.line);
        }
        for r in rows(TITLES) {
            assert!(
                matches!(
                    r.get(1),
                    "honorific" | "title" | "prefix" | "portfolio" | "rank"
                ),
                "titles:{}",
                r.line
            );
        }
        for r in rows(ORG_WORDS) {
            assert!(
                matches!(r.get(1), "org" | "place" | "legal"),
                "org_words:{}",
                r.line
            );
        }
    }

    #[test]
    fn acronyms_are_unique_and_typed() {
        let mut seen = BTreeSet::new();
        for r in rows(ACRONYMS) {
            assert!(seen.insert(r.get(0)), "acronyms:{} duplicate", r.line);
            assert!(!r.get(1).is_empty(), "acronyms:{} no expansion", r.line);
            assert!(
                matches!(r.get(2), "org" | "term" | "place"),
                "acronyms:{}",
                r.line
            );
        }
    }

    #[test]
    fn every_country_name_belongs_to_one_country() {
        let mut owner: HashMap<String, String> = HashMap::new();
        let mut canon = BTreeSet::new();
        for r in rows(COUNTRIES) {
            assert!(
                canon.insert(r.get(0)),
                "countries:{} duplicate canonical",
                r.line
            );
            assert_eq!(r.fields.len(), 5, "countries:{} needs 5 fields", r.line);
            for field in &r.fields[..3] {
                for name in field.split(';').filter(|s| !s.is_empty()) {
                    if let Some(prev) = owner.insert(name.to_lowercase(), r.get(0).to_string()) {
                        assert_eq!(
                            prev,
                            r.get(0),
                            "countries:{} {name} also names {prev}",
                            r.line
                        );
                    }
                }
            }
        }
        assert!(canon.len() >= 193, "every UN member: {}", canon.len());
    }
}
