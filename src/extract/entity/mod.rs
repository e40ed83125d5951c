//! Entities: people with their titles, organisations, countries and places.
//!
//! # Method
//!
//! A sentence is tokenised (a small hand-written tokenizer), then scanned for *name chunks*: runs of capitalised
//! words, joined by "of"/"for" after an organisation, place or title word ("Ministry of Digital
//! Development", "Applied Physics Institute of Nordvik State University"), by "and" inside
//! such an "of" phrase ("Ministry of Science and Technology") and by name particles ("de",
//! "van", "al"). A capitalised word at the start of a sentence or in a title-case headline counts
//! as a name only if the text nearby never writes it in lower case (a name never is), so
//! "Police" opening a sentence or "Host" in "Singer To Host Awards Gala" is not a name.
//!
//! Each chunk is classified from tables kept as data (`src/lexicon/*.tsv`): countries with their
//! official and short names, abbreviations, demonyms and capitals; titles and honorifics (a
//! leading title makes a person and becomes its `role`; a title after a comma is the role of
//! the person before it); organisation and place words; acronyms with their expansions.
//!
//! Participants named by a common noun ("police", "the gunman", "residents") are found from a
//! table of person and group nouns ([`EntityKind::Nominal`]), places named by a common noun after
//! a locative preposition ("at home", "in court") from a table of place nouns.
//!
//! A mention is *locative* when the text uses it as a place: after "in", "at", "near" and the
//! like, a place-word name ("North Ridge Province", "Grand Meridian Hotel"-style venues), a
//! name continuing a place after a comma ("Eugene, Ore."). A capital used as an actor
//! ("Moscow said") stands for its country; used as a place it stays itself.
//!
//! [`canonical_name`] gives the form under which variants of a name meet.
//!
//! # Measured
//!
//! On ECB+ `dev_topic.jsonl` (real news, gold participants and places; tables and rules tuned on
//! `train_topic.jsonl` only), through the whole pipeline: `who` finds 85.6% of the gold human
//! participants with any overlap (65.7% with the exact span), `where` 79.0% of the gold places
//! (8.1% exact: the gold spans carry their preposition and article, "in the north of the
//! province", ours the name). Precision against the (non-exhaustive) gold is at least 77.4% for
//! `who` and 80.4% for `where`. Without pronouns `who` recall is 79.4%; proper names alone give
//! about 41%, the rest is common-noun participants ("police", "the gunman").

pub(crate) mod lexicon;
pub(crate) mod tokens;

use std::cell::RefCell;
use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::document::Span;
use crate::lexicon::calendar_word;
pub(crate) use lexicon::{
    division_noun, is_honorific_word, is_org_word, is_person_noun, is_portfolio_word, is_rank_word,
    is_region_name, is_state_name, is_title_word,
};
use lexicon::{key_of, tables, AcronymKind, NameKind, Tables, TitleKind};
pub use lexicon::{
    ACRONYMS, COUNTRIES, FUNCTION_WORDS, ORG_WORDS, PERSON_NOUNS, PLACE_NOUNS, TITLES,
};
use tokens::{occurs_lowercase, tokenize, Tok, TokKind};

/// What an entity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum EntityKind {
    /// A person.
    Person,
    /// An organisation: ministry, agency, company, institute, military unit, party.
    Organization,
    /// A country (or a capital used for its government).
    Country,
    /// A region, city, venue or other place.
    Place,
    /// A name of unknown kind.
    Other,
    /// A participant named by a common noun: "police", "the gunman", "residents", "Russian troops".
    Nominal,
    /// A participant named by a personal pronoun ("he", "they"): unresolved, the crate does no
    /// coreference, so an aligner should not match on it.
    Pronoun,
}

/// A named entity found in a text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EntityMention {
    /// The words, byte offsets into the document text.
    #[serde(flatten)]
    pub span: Span,
    /// The words themselves.
    pub text: String,
    /// A canonical form shared by the entity's variants ("North Korea" for "the DPRK").
    pub canonical: String,
    /// What the entity is.
    pub kind: EntityKind,
    /// Whether the text uses it as a location ("in Pyongyang") rather than as an actor.
    #[serde(default)]
    pub locative: bool,
    /// A title or role given with a person ("Minister of IT Industry").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// An age given with a person's name: "Bryce Kettering, 58,", "Okafor (51)", "Ana Lima,
    /// aged 71,", "Ivo Kral, a 45-year-old driver".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub age: Option<u32>,
}

/// How far around a sentence (in bytes) the text is searched for a lower-case use of a word.
const CASE_WINDOW: usize = 6000;
/// Most distinct words searched for in lower case per sentence.
const MAX_CASE_LOOKUPS: usize = 64;
/// Longest name chunk, in tokens (a run of capitals longer than this is a headline, not a name).
const MAX_CHUNK_TOKENS: usize = 12;

/// Prepositions after which a name is used as a place.
const LOCATIVE_PREPS: &[&str] = &[
    "in",
    "at",
    "near",
    "outside",
    "inside",
    "across",
    "throughout",
    "into",
    "around",
    "within",
    "off",
    "towards",
    "toward",
    "beside",
    "onto",
    "nearby",
    "via",
];

/// Prepositions after which a word is a place only if it names one (a place noun, a place-word
/// name, a region, or an unknown name): "on Mount Arlen", "from Dorset", "to the office".
const WEAK_LOCATIVE_PREPS: &[&str] = &["on", "from", "to", "of"];

/// Personal pronouns that name a participant (no "it": it is mostly not a person).
const PERSONAL_PRONOUNS: &[&str] = &[
    "he",
    "she",
    "they",
    "him",
    "her",
    "them",
    "himself",
    "herself",
    "themselves",
];

/// Compass and position adjectives that belong to a place: "southern Iran", "central Paris".
/// Endings of English abstract nouns and adjectives, which names seldom have.
const COMMON_SUFFIXES: &[&str] = &[
    "ment", "ments", "tion", "tions", "sion", "sions", "ness", "ity", "ities", "ism", "isms",
    "ship", "ships", "ful", "less", "ous", "ive", "ives", "able", "ible", "ical",
];

const COMPASS: &[&str] = &[
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "north-eastern",
    "north-western",
    "south-eastern",
    "south-western",
    "northeastern",
    "northwestern",
    "southeastern",
    "southwestern",
    "downtown",
];

/// Collective nouns whose possessive stands inside an organisation's name ("People's Party",
/// "Workers' Party", "Children's Hospital").
const COLLECTIVE_OWNERS: &[&str] = &[
    "people",
    "women",
    "men",
    "children",
    "workers",
    "farmers",
    "citizens",
    "veterans",
    "teachers",
    "students",
    "writers",
    "journalists",
    "lawyers",
    "nations",
    "peoples",
];

/// Levels of government that may open a title ("Provincial Health Minister", "State Police
/// Commissioner", "Federal Interior Minister").
pub(crate) const TITLE_LEVELS: &[&str] = &[
    "provincial",
    "regional",
    "state",
    "federal",
    "national",
    "municipal",
    "district",
    "county",
    "city",
    "local",
    "metropolitan",
];

/// Name particles that may stand between the capitalised parts of a person's name.
const NAME_PARTICLES: &[&str] = &[
    "de", "da", "di", "du", "des", "del", "della", "van", "von", "der", "den", "bin", "ibn", "al",
    "el", "la", "le", "dos", "das", "do", "y", "ben", "abu", "los", "las", "ter", "ten",
];

/// Finds the entities of `text[within]`, in text order, without overlaps.
///
/// # Example
///
/// ```
/// use corroborate::extract::entity::{entities, EntityKind};
/// use corroborate::Span;
///
/// let text = "Vice-Minister Andrei Petrov met officials of the DPRK in Pyongyang.";
/// let found = entities(text, Span::new(0, text.len()));
/// let names: Vec<(&str, &str, bool)> =
///     found.iter().map(|e| (e.text.as_str(), e.canonical.as_str(), e.locative)).collect();
/// assert_eq!(names, [
///     ("Vice-Minister Andrei Petrov", "Andrei Petrov", false),
///     ("officials", "official", false),
///     ("DPRK", "North Korea", false),
///     ("Pyongyang", "Pyongyang", true),
/// ]);
/// assert_eq!(found[0].kind, EntityKind::Person);
/// assert_eq!(found[0].role.as_deref(), Some("Vice-Minister"));
/// ```
pub fn entities(text: &str, within: Span) -> Vec<EntityMention> {
    let toks = tokenize(text, within);
    if toks.is_empty() {
        return Vec::new();
    }
    let t = tables();
    let scan = Scan::new(text, within, &toks, t);
    scan.run()
}

struct Scan<'a, 't> {
    text: &'t str,
    within: Span,
    toks: &'a [Tok<'t>],
    t: &'static Tables,
    headline: bool,
    /// Memo of [`Self::written_lowercase`], so a long title-case text costs one search per word.
    lowercase_memo: RefCell<BTreeMap<String, bool>>,
}

/// A chunk of tokens `[a, b)` and, when the whole chunk is a country name, its match.
#[derive(Debug, Clone, Copy)]
struct Chunk {
    a: usize,
    b: usize,
}

impl<'a, 't> Scan<'a, 't> {
    fn new(text: &'t str, within: Span, toks: &'a [Tok<'t>], t: &'static Tables) -> Self {
        // A title-case or all-capitals line: (almost) no lower-case word after the first, not
        // even the function words a sentence writes in lower case.
        let mut words = 0;
        let mut lower = 0;
        for tok in toks.iter().filter(|x| x.is_word()).skip(1) {
            if tok.text.chars().count() < 2 {
                continue;
            }
            words += 1;
            if tok.is_lower() {
                lower += 1;
            }
        }
        let headline = words >= 3 && lower * 100 <= words * 15;
        Scan {
            text,
            within,
            toks,
            t,
            headline,
            lowercase_memo: RefCell::new(BTreeMap::new()),
        }
    }

    /// Whether the text near token `i` writes `lower` in lower case. Searches at most
    /// [`MAX_CASE_LOOKUPS`] distinct words per sentence (then answers yes: a common word), so the
    /// cost stays linear however long and capitalised the input.
    fn written_lowercase(&self, i: usize, lower: &str) -> bool {
        let mut memo = self.lowercase_memo.borrow_mut();
        if let Some(&known) = memo.get(lower) {
            return known;
        }
        if memo.len() >= MAX_CASE_LOOKUPS {
            return true;
        }
        let around = self.toks.get(i).map_or(self.within, |t| t.span);
        let found = occurs_lowercase(self.text, around, CASE_WINDOW, lower);
        memo.insert(lower.to_string(), found);
        found
    }

    fn lower(&self, i: usize) -> String {
        self.toks.get(i).map(|x| x.lower()).unwrap_or_default()
    }

    fn is_word(&self, i: usize, w: &str) -> bool {
        self.toks
            .get(i)
            .is_some_and(|x| x.is_word() && x.text.eq_ignore_ascii_case(w))
    }

    /// Whether token `i` starts its sentence (or a quotation or a clause after a colon).
    fn at_start(&self, i: usize) -> bool {
        self.toks[..i]
            .iter()
            .rev()
            .find(|x| !matches!(x.text, "\"" | "“" | "‘" | "'" | "(" | "[" | "«"))
            .is_none_or(|x| matches!(x.text, ":" | "." | "!" | "?" | "—" | "–" | "-"))
    }

    /// A gazetteer name starting at token `i`: its length in tokens, country index, kind.
    fn country_at(&self, i: usize) -> Option<(usize, usize, NameKind)> {
        let first = self.toks.get(i)?;
        if !first.is_word() {
            return None;
        }
        if let Some(&(idx, kind)) = self.t.abbreviations.get(first.text) {
            if !(self.headline && first.is_all_caps() && self.mostly_all_caps()) {
                return Some((1, idx, kind));
            }
        }
        if !first.is_cap() {
            return None;
        }
        let max = self.t.max_tokens.min(self.toks.len() - i);
        let mut key = String::new();
        let mut best = None;
        for len in 1..=max {
            let tok = &self.toks[i + len - 1];
            if tok.kind == TokKind::Punct && !matches!(tok.text, "-" | ".") {
                break;
            }
            if len > 1 {
                key.push(' ');
            }
            if tok.kind == TokKind::Possessive {
                key.push_str("'s");
            } else {
                key.push_str(&tok.text.replace(['’', 'ʼ'], "'").to_lowercase());
            }
            // every word of the name but function words capitalised
            if tok.is_lower() && !self.t.function_words.contains(tok.text) {
                break;
            }
            if let Some(&(idx, kind)) = self.t.names.get(&key) {
                if tok.is_cap() || tok.is_all_caps() {
                    best = Some((len, idx, kind));
                }
            }
        }
        best
    }

    fn mostly_all_caps(&self) -> bool {
        let words: Vec<_> = self.toks.iter().filter(|x| x.is_word()).collect();
        words.len() >= 3 && words.iter().filter(|x| x.is_all_caps()).count() * 10 >= words.len() * 7
    }

    /// Whether token `i` can be part of a name.
    fn nameish(&self, i: usize) -> bool {
        let Some(tok) = self.toks.get(i) else {
            return false;
        };
        if !(tok.is_cap() || tok.is_all_caps()) {
            return false;
        }
        let lower = tok.lower();
        // "October-December", "Mon-Fri": calendar words joined by a hyphen name no one
        if tok.text == "I"
            || calendar_word(tok.text).is_some()
            || (tok.text.contains('-')
                && tok
                    .text
                    .split('-')
                    .all(|part| calendar_word(part).is_some()))
        {
            return false;
        }
        // "SEK 2.1 billion", "2 billion USD": a currency, not a name
        let number_next = |k: Option<usize>| {
            k.and_then(|k| self.toks.get(k))
                .is_some_and(|x| x.text.starts_with(|c: char| c.is_ascii_digit()))
        };
        if tok.text.len() == 3
            && tok.is_all_caps()
            && (number_next(Some(i + 1)) || number_next(i.checked_sub(1)))
            && crate::extract::quantity::is_currency_code(tok.text)
        {
            return false;
        }
        // "Twelve workers died", "Dozens were hurt": a number word before a common word
        // counts; "Three Gorges Dam" names
        if crate::extract::quantity::is_number_word(tok.text)
            && !self.toks.get(i + 1).is_some_and(|x| x.is_cap())
        {
            return false;
        }
        let acronym =
            self.t.acronyms.contains_key(tok.text) || self.t.abbreviations.contains_key(tok.text);
        if acronym && !(self.headline && self.mostly_all_caps()) {
            return true;
        }
        let holiday = self.t.holidays.contains(lower.as_str())
            || (self.t.holiday_before_day.contains(lower.as_str())
                && self
                    .toks
                    .get(i + 1)
                    .is_some_and(|x| matches!(x.text, "Day" | "Friday" | "Eve")))
            || (matches!(tok.text, "Day" | "Eve")
                && i > 0
                && self.toks.get(i - 1).is_some_and(|x| {
                    let l = x.lower();
                    self.t.holiday_before_day.contains(l.as_str())
                        || self.t.holidays.contains(l.as_str())
                }));
        if self.t.function_words.contains(lower.as_str()) || holiday {
            return false;
        }
        // a title-case headline's verbs: "Woman Killed In Crash, Driver Charged"
        if self.headline
            && tok.text.chars().count() > 4
            && (lower.ends_with("ed") || lower.ends_with("ing"))
        {
            return false;
        }
        // "the Western countries": a capitalised compass adjective before a common noun
        if COMPASS.contains(&lower.as_str()) && self.toks.get(i + 1).is_some_and(Tok::is_lower) {
            return false;
        }
        if self.headline || self.at_start(i) {
            // A capital that may be only the sentence's or the headline's: keep it if the text
            // nearby never writes the word in lower case.
            // (a place word before a capitalised one opens a name: "Lake Varn rose", "Port
            // Halden council met")
            let opens_place = self.t.org_words.get(lower.as_str()) == Some(&true)
                && self
                    .toks
                    .get(i + 1)
                    .is_some_and(|x| x.is_cap() && calendar_word(x.text).is_none());
            if !opens_place
                && (self.t.person_nouns.contains_key(lower.as_str())
                    || self.t.place_nouns.contains_key(lower.as_str()))
            {
                return false;
            }
            // a verb of a title-case headline: "Singer Set To Host", "Club Hires Coach"
            if self.headline && crate::extract::predicate::is_verb_form(&lower) {
                return false;
            }
            // an adjective before a noun: "Strong quake rattles", "Deadly fire" (not "Young
            // said", "Strong, 45,")
            if self.t.adjectives.contains(lower.as_str())
                && self.toks.get(i + 1).is_some_and(|x| {
                    // an inflected verb after it makes it a name ("Young urges", "Strong said")
                    let next = x.lower();
                    x.is_lower()
                        && !(crate::extract::predicate::is_verb_form(&next)
                            && crate::extract::predicate::lemma(&next) != next)
                })
            {
                return false;
            }
            // a sentence-initial gerund or adverb ("Fighting continued", "Meanwhile")
            if self.at_start(i)
                && (lower.ends_with("ing") || lower.ends_with("ly") || lower.ends_with("ed"))
                && !self
                    .toks
                    .get(i + 1)
                    .is_some_and(|x| x.is_cap() && calendar_word(x.text).is_none())
            {
                return false;
            }
            // ... or its singular ("Shares fell" near "a share")
            let singular = lower
                .strip_suffix('s')
                .filter(|w| w.len() > 3 && !w.ends_with('s') && !w.ends_with('u'));
            if self.written_lowercase(i, &lower)
                || singular.is_some_and(|w| self.written_lowercase(i, w))
            {
                return false;
            }
            // a sentence-initial abstract noun or adjective standing alone ("Unemployment
            // rose", "Violence erupted"): names seldom end so
            if self.at_start(i)
                && !self.toks.get(i + 1).is_some_and(Tok::is_cap)
                && lower.chars().count() > 5
                && COMMON_SUFFIXES.iter().any(|s| lower.ends_with(s))
            {
                return false;
            }
        }
        true
    }

    fn is_org_word(&self, i: usize) -> Option<bool> {
        let lower = self.lower(i);
        self.t.org_words.get(lower.as_str()).copied()
    }

    /// Whether token `i` is a portfolio that opens a title ("Interior" of "Interior Minister").
    fn portfolio(&self, i: usize) -> bool {
        i < self.toks.len() && self.t.portfolios.contains(self.lower(i).as_str())
    }

    /// The title kind of token `i` (also through a hyphen: "Vice-Chairman").
    fn title(&self, i: usize) -> Option<TitleKind> {
        let lower = self.lower(i);
        let lower = lower.trim_end_matches('.');
        if let Some(&k) = self.t.titles.get(lower) {
            return Some(k);
        }
        let last = lower.rsplit('-').next()?;
        (last != lower)
            .then(|| self.t.titles.get(last).copied())
            .flatten()
    }

    fn chunks(&self) -> Vec<Chunk> {
        let n = self.toks.len();
        let mut out = Vec::new();
        let mut i = 0;
        while i < n {
            let country = self.country_at(i);
            // a unit's ordinal: "the 53rd Mechanized Brigade"
            let ordinal = self.toks[i].is_word()
                && self.toks[i].text.starts_with(|c: char| c.is_ascii_digit())
                && ["st", "nd", "rd", "th"]
                    .iter()
                    .any(|s| self.toks[i].text.ends_with(s))
                && self.nameish(i + 1)
                && (i + 1..n.min(i + 5)).any(|k| self.is_org_word(k) == Some(false));
            if country.is_none() && !ordinal && !self.nameish(i) {
                i += 1;
                continue;
            }
            let a = i;
            let mut b = match country {
                Some((len, _, _)) => i + len,
                None => i + 1,
            };
            let mut saw_of_after_org = false;
            loop {
                if b >= n || b - a >= MAX_CHUNK_TOKENS {
                    break;
                }
                if let Some((len, _, _)) = self.country_at(b) {
                    b += len;
                    continue;
                }
                // "Rio Grande do Sul Governor Eduardo Leite", "Acme Chief Executive Jane Roe": a
                // title inside a run starts the person; what comes before is where or whom the
                // person serves (a demonym before a title is read with it further on)
                let after_titles = (b..n.min(b + 4)).find(|&k| self.title(k).is_none());
                if self.title(b).is_some()
                    && self.title(b - 1).is_none()
                    && !self.portfolio(b - 1)
                    && !self.toks[b - 1].is(".")
                    && after_titles.is_some_and(|k| self.nameish(k))
                    && self.country_at(a).is_none_or(|(len, _, _)| a + len < b)
                {
                    break;
                }
                if self.nameish(b) {
                    b += 1;
                    continue;
                }
                // "People's Reform Movement", "Workers' Party", "Children's Hospital": a
                // collective noun's possessive inside a name
                if self.toks[b].kind == TokKind::Possessive
                    && COLLECTIVE_OWNERS.contains(&self.lower(b - 1).as_str())
                    && self.toks[b - 1].is_cap()
                    && self.nameish(b + 1)
                {
                    b += 1;
                    continue;
                }
                // "Dr. Jane Roe", "Gov. Roe", "Jane A. Roe": the period of an abbreviated title
                // or of an initial stays inside the name
                let prev = &self.toks[b - 1];
                let initial = prev.text.chars().count() == 1 && prev.is_cap();
                if self.toks[b].is(".")
                    && (initial || self.title(b - 1).is_some() && prev.text.len() <= 5)
                    && self.toks[b].span.start == prev.span.end
                    && self.nameish(b + 1)
                {
                    b += 2;
                    continue;
                }
                // "Philadelphia 76ers", "San Francisco 49ers"
                let t = &self.toks[b];
                if t.is_word()
                    && t.text.starts_with(|c: char| c.is_ascii_digit())
                    && t.text.ends_with(|c: char| c.is_alphabetic())
                    && !t.text.contains('-')
                    && !matches!(
                        t.text.trim_start_matches(|c: char| c.is_ascii_digit()),
                        "st" | "nd" | "rd" | "th" | "s"
                    )
                {
                    b += 1;
                    continue;
                }
                let left_is_head = self.is_org_word(b - 1).is_some()
                    || self.title(b - 1).is_some()
                    || self.lower(b - 1) == "republic"
                    || self.lower(b - 1) == "kingdom";
                if (self.is_word(b, "of") || self.is_word(b, "for")) && left_is_head {
                    if self.nameish(b + 1) || self.country_at(b + 1).is_some() {
                        saw_of_after_org = true;
                        b += 1;
                        continue;
                    }
                    if self.is_word(b + 1, "the")
                        && (self.nameish(b + 2) || self.country_at(b + 2).is_some())
                    {
                        saw_of_after_org = true;
                        b += 2;
                        continue;
                    }
                }
                if (self.is_word(b, "and") && saw_of_after_org || self.toks[b].is("&"))
                    && self.nameish(b + 1)
                    && self.country_at(b + 1).is_none()
                {
                    b += 1;
                    continue;
                }
                // one or two particles ("da Silva", "van der Berg", "de la Cruz")
                let particle = |k: usize| {
                    self.toks[k].is_lower() && NAME_PARTICLES.contains(&self.toks[k].text)
                };
                let particles = if particle(b) && b + 1 < self.toks.len() && particle(b + 1) {
                    2
                } else {
                    usize::from(particle(b))
                };
                if particles > 0
                    && self.nameish(b + particles)
                    && (!self.at_start(a) || b - a >= 2 || particles == 2)
                {
                    b += particles;
                    continue;
                }
                break;
            }
            // a chunk never ends on a connector
            while b > a + 1 && (self.toks[b - 1].is_lower() || self.toks[b - 1].is("&")) {
                b -= 1;
            }
            out.push(Chunk { a, b });
            i = b;
        }
        out
    }

    /// Whether the words before token `a` make what follows a place ("in the city of", "at").
    fn locative_before(&self, a: usize) -> bool {
        let mut i = a;
        let mut steps = 0;
        while i > 0 && steps < 5 {
            i -= 1;
            steps += 1;
            let tok = &self.toks[i];
            let lower = tok.lower();
            if tok.is_word()
                && (LOCATIVE_PREPS.contains(&lower.as_str())
                    || self.t.place_verbs.contains(lower.as_str()))
            {
                // "shares in Ridgeback", "a stake in Acme": a holding in a company, no place
                let holding = lower == "in"
                    && i > 0
                    && matches!(
                        self.lower(i - 1).as_str(),
                        "shares"
                            | "share"
                            | "stake"
                            | "stakes"
                            | "holding"
                            | "holdings"
                            | "investment"
                            | "investments"
                            | "interest"
                    );
                return !holding;
            }
            match tok.kind {
                TokKind::Possessive => continue,
                TokKind::Punct => return false,
                TokKind::Number => continue,
                TokKind::Word => {}
            }
            if matches!(
                lower.as_str(),
                "the" | "a" | "an" | "its" | "their" | "his" | "her"
            ) {
                continue;
            }
            // "the city of X", "the district of X", "south of X": a place whatever comes before
            if lower == "of" && i > 0 && i + 1 == a {
                let head = self.lower(i - 1);
                if matches!(
                    head.as_str(),
                    "city"
                        | "town"
                        | "village"
                        | "district"
                        | "province"
                        | "region"
                        | "county"
                        | "state"
                        | "island"
                        | "port"
                        | "north"
                        | "south"
                        | "east"
                        | "west"
                        | "northeast"
                        | "northwest"
                        | "southeast"
                        | "southwest"
                        | "outskirts"
                        | "suburbs"
                        | "centre"
                        | "center"
                        | "heart"
                ) {
                    return true;
                }
            }
            if lower == "of" && i > 0 && self.t.place_nouns.contains_key(&self.lower(i - 1)) {
                continue;
            }
            if tok.is_cap() {
                continue;
            }
            // an adjective may stand between ("in the war-torn east"), a verb may not ("in
            // killing X", "after leading the team"), nor a noun naming an event ("in the
            // by-election Okafor won")
            let verbal = lower.ends_with("ing") || lower.ends_with("ed") && !lower.contains('-');
            let event =
                crate::extract::predicate::event_lemma(lower.rsplit('-').next().unwrap_or(&lower))
                    .is_some();
            if event {
                return false;
            }
            if tok.is_lower()
                && !self.t.function_words.contains(lower.as_str())
                && !verbal
                && steps <= 3
            {
                continue;
            }
            return false;
        }
        false
    }

    /// Like [`Self::locative_before`] with the weak prepositions ("on", "from", "to", "of").
    fn weak_locative_before(&self, a: usize) -> bool {
        let mut i = a;
        let mut steps = 0;
        while i > 0 && steps < 3 {
            i -= 1;
            steps += 1;
            let tok = &self.toks[i];
            let lower = tok.lower();
            if tok.is_word() && WEAK_LOCATIVE_PREPS.contains(&lower.as_str()) {
                // "of" only after a comma ("Jane Roe, 59, of Dorset") or a place noun
                return lower != "of"
                    || i >= 1
                        && (self.toks[i - 1].is(",")
                            || self.t.place_nouns.contains_key(self.lower(i - 1).as_str()));
            }
            // an adjective may stand between ("from a nearby town"), a verb may not ("to lead
            // the Falcons")
            let verbal = lower.ends_with("ing") || lower.ends_with("ed") && !lower.contains('-');
            if tok.is_lower()
                && !self.t.function_words.contains(lower.as_str())
                && !verbal
                && !self.t.place_verbs.contains(lower.as_str())
                && steps <= 2
                && !tokens_is_verb_base(&lower)
            {
                continue;
            }
            if matches!(
                lower.as_str(),
                "the" | "a" | "an" | "its" | "their" | "his" | "her"
            ) {
                continue;
            }
            return false;
        }
        false
    }

    fn run(&self) -> Vec<EntityMention> {
        let mut out: Vec<EntityMention> = Vec::new();
        let mut used = vec![false; self.toks.len()];
        let chunks = self.chunks();
        for (ci, ch) in chunks.iter().enumerate() {
            let prev_end = if ci > 0 { Some(chunks[ci - 1].b) } else { None };
            self.classify(*ch, prev_end, &mut out, &mut used);
        }
        self.nominals(&mut out, &mut used);
        out.sort_by_key(|m| (m.span.start, m.span.end));
        // no overlaps: keep the first (longer names come first at equal starts)
        let mut kept: Vec<EntityMention> = Vec::new();
        for m in out {
            if kept.last().is_some_and(|k| k.span.end > m.span.start) {
                continue;
            }
            kept.push(m);
        }
        for m in &mut kept {
            if matches!(m.kind, EntityKind::Person | EntityKind::Other) {
                // tokens are in text order: a binary search, not a scan per mention
                let b = self.toks.partition_point(|t| t.span.start < m.span.end);
                m.age = self.age_after(b);
            }
        }
        kept
    }

    fn span_of(&self, a: usize, b: usize) -> Span {
        Span::new(self.toks[a].span.start, self.toks[b - 1].span.end)
    }

    fn mention(&self, a: usize, b: usize, canonical: String, kind: EntityKind) -> EntityMention {
        let span = self.span_of(a, b);
        EntityMention {
            span,
            text: span.slice(self.text).to_string(),
            canonical,
            kind,
            locative: false,
            role: None,
            age: None,
        }
    }

    /// The age written right after a name ending at token `b`: ", 58,", " (51)", ", aged 71",
    /// ", a 45-year-old".
    fn age_after(&self, b: usize) -> Option<u32> {
        let tok = |k: usize| self.toks.get(k);
        let is = |k: usize, w: &str| tok(k).is_some_and(|x| x.text.eq_ignore_ascii_case(w));
        let age = |k: usize| {
            tok(k)
                .filter(|x| x.kind == TokKind::Number && x.text.len() <= 3)
                .and_then(|x| x.text.parse::<u32>().ok())
                .filter(|n| (1..=120).contains(n))
        };
        if is(b, "(") && is(b + 2, ")") {
            return age(b + 1);
        }
        if !is(b, ",") {
            return None;
        }
        // ", 58," or ", 58." (not ", 58 percent")
        if let Some(n) = age(b + 1) {
            let after = tok(b + 2);
            return after
                .is_none_or(|x| matches!(x.text, "," | "." | ";" | ")"))
                .then_some(n);
        }
        // ", aged 71"
        if is(b + 1, "aged") {
            return age(b + 2);
        }
        // ", a 45-year-old"
        if is(b + 1, "a") {
            let word = tok(b + 2)?.text.to_ascii_lowercase();
            return word
                .strip_suffix("-year-old")
                .and_then(|n| n.parse::<u32>().ok())
                .filter(|n| (1..=120).contains(n));
        }
        None
    }

    fn classify(
        &self,
        ch: Chunk,
        prev_end: Option<usize>,
        out: &mut Vec<EntityMention>,
        used: &mut [bool],
    ) {
        let Chunk { a, b } = ch;
        let locative_prep = self.locative_before(a);
        // continuing a place after a comma: "Eugene, Ore.", "Tarlac, Central Luzon Region"
        let after_place_comma = a >= 2
            && (self.toks[a - 1].is(",")
                || self.is_word(a - 1, "and")
                || self.is_word(a - 1, "or"))
            && prev_end == Some(a - 1)
            && out.last().is_some_and(|m| m.locative);
        for u in used.iter_mut().take(b).skip(a) {
            *u = true;
        }
        let before = out.len();
        self.classify_chunk(ch, prev_end, out, used, locative_prep, after_place_comma);
        // "southern Iran", "central Paris": the position adjective belongs to the place
        if out.len() > before && a >= 1 && COMPASS.contains(&self.lower(a - 1).as_str()) {
            if let Some(m) = out.last_mut() {
                if m.span.start == self.toks[a].span.start
                    && matches!(m.kind, EntityKind::Place | EntityKind::Country)
                {
                    m.locative = m.locative || locative_prep || self.locative_before(a - 1);
                    m.span = Span::new(self.toks[a - 1].span.start, m.span.end);
                    m.text = m.span.slice(self.text).to_string();
                }
            }
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn classify_chunk(
        &self,
        ch: Chunk,
        prev_end: Option<usize>,
        out: &mut Vec<EntityMention>,
        used: &mut [bool],
        locative_prep: bool,
        after_place_comma: bool,
    ) {
        let Chunk { a, b } = ch;
        let t = self.t;
        let whole_country = self.country_at(a).filter(|&(len, _, _)| a + len == b);
        let followed_by_possessive = self
            .toks
            .get(b)
            .is_some_and(|x| x.kind == TokKind::Possessive);
        // 1. a country name, demonym or capital
        if let Some((_, idx, kind)) = whole_country {
            let country = t.countries[idx].to_string();
            match kind {
                NameKind::Region | NameKind::State => {
                    let mut m = self.mention(a, b, country, EntityKind::Place);
                    m.locative = if kind == NameKind::Region {
                        !followed_by_possessive
                    } else {
                        locative_prep
                            || after_place_comma
                            || self.weak_locative_before(a)
                            || self.modifies_person(b)
                    };
                    self.extend_place(&mut m, b, used);
                    out.push(m);
                }
                NameKind::Name => {
                    let mut m = self.mention(a, b, country, EntityKind::Country);
                    // "in Russia's Belgorod region": the possessor is where, too
                    m.locative = locative_prep || after_place_comma && !followed_by_possessive;
                    out.push(m);
                }
                NameKind::Capital => {
                    // "Moscow said" stands for the government; "supplied Moscow" names it as a
                    // recipient; "a Paris store", "in Paris" are places
                    let object = a >= 1
                        && self.toks[a - 1].is_lower()
                        && self.toks[a - 1].text.ends_with("ed");
                    let locative =
                        (locative_prep || after_place_comma || !self.subject_like(b) && !object)
                            && !followed_by_possessive;
                    let m = if locative {
                        let mut m = self.mention(
                            a,
                            b,
                            self.span_of(a, b).slice(self.text).to_string(),
                            EntityKind::Place,
                        );
                        m.locative = true;
                        m
                    } else {
                        self.mention(a, b, country, EntityKind::Country)
                    };
                    out.push(m);
                }
                NameKind::Demonym => {
                    // "Russian troops": the group; "Russians": the people; "Russian" alone: skip
                    let next = self.lower(b);
                    if let Some(&lemma) = t.person_nouns.get(next.as_str()) {
                        if self.toks.get(b).is_some_and(Tok::is_lower) {
                            used[b] = true;
                            out.push(self.mention(
                                a,
                                b + 1,
                                format!("{country} {lemma}"),
                                EntityKind::Nominal,
                            ));
                        }
                    } else if self.toks[b - 1].text.ends_with('s')
                        && !self.toks[b - 1].text.ends_with("ss")
                        && self.toks[b - 1].text != "Swiss"
                    {
                        out.push(self.mention(a, b, country, EntityKind::Nominal));
                    }
                }
            }
            return;
        }
        // 2. leading titles (maybe after a demonym): a person, or a role
        let mut p = a;
        // (or a country, state or region: "Texas Governor Greg Abbott")
        if let Some((len, _, kind)) = self.country_at(a) {
            if kind != NameKind::Capital && self.title(a + len).is_some() {
                p = a + len;
            }
        }
        // "Provincial Health Minister Rekha Yadav", "State Police Commissioner ...": the level
        // of government before a title or a portfolio is part of it
        if p + 1 < b
            && TITLE_LEVELS.contains(&self.lower(p).as_str())
            && (self.title(p + 1).is_some()
                || self.portfolio(p + 1) && p + 2 < b && self.title(p + 2).is_some())
        {
            p += 1;
        }
        // "Interior Minister Ana Souza": a portfolio before a title is part of it
        if self.portfolio(p) && p + 1 < b && self.title(p + 1).is_some() {
            p += 1;
        }
        let title_start = p;
        while p < b
            && (self.title(p).is_some()
                || self.toks[p].is(".") && p > title_start && self.title(p - 1).is_some())
        {
            p += 1;
        }
        // "Minister of IT Industry": a title with its "of" phrase
        let has_title = p > title_start;
        // "Superintendent of Police Meenakshi Rawat": the "of" phrase, then a name
        if has_title && (self.is_word(p, "of") || self.is_word(p, "for")) {
            if let Some(q) = self.name_after_of_phrase(p, b) {
                out.push(self.titled_person(a, q, b));
                return;
            }
        }
        if has_title && (p == b || self.is_word(p, "of") || self.is_word(p, "for")) {
            let role = self.span_of(a, b).slice(self.text).to_string();
            // the role of the person just before ("Ana Lima, Minister of Foreign Trade")
            if a >= 1 && self.toks[a - 1].is(",") && prev_end == Some(a - 1) {
                if let Some(last) = out.last_mut() {
                    if last.kind == EntityKind::Person || last.kind == EntityKind::Other {
                        last.kind = EntityKind::Person;
                        last.role = Some(role);
                        return;
                    }
                }
            }
            // a person named by the title only ("the President said"); a role followed by a name
            // after a comma is taken by that name
            let mut m = self.mention(a, b, role.clone(), EntityKind::Person);
            m.role = Some(role);
            out.push(m);
            return;
        }
        let org_after_title = (p..b).any(|i| self.is_org_word(i) == Some(false));
        // "Jane Roe, Russian Ambassador Extraordinary": a title chunk right after a person and a
        // comma is that person's role, unless what follows the title is itself a name
        if has_title
            && p < b
            && b - p == 1
            && a >= 1
            && self.toks[a - 1].is(",")
            && prev_end == Some(a - 1)
            && out
                .last()
                .is_some_and(|m| m.kind == EntityKind::Person && m.role.is_none())
        {
            let role = self.span_of(a, b).slice(self.text).to_string();
            if let Some(last) = out.last_mut() {
                last.role = Some(role);
            }
            return;
        }
        if has_title && p < b && !org_after_title {
            out.push(self.titled_person(a, p, b));
            return;
        }
        let text = self.span_of(a, b).slice(self.text);
        let canonical = display_canonical(text);
        // 3. organisation and place words
        let mut org = false;
        let mut place = false;
        for i in a..b {
            match self.is_org_word(i) {
                Some(true) => place = true,
                Some(false) => org = true,
                None => {}
            }
        }
        // the last org/place word decides "Bank of X Street" vs "X Street Bank"
        if org && place {
            let last = (a..b).rev().find_map(|i| self.is_org_word(i));
            org = last == Some(false);
            place = !org;
        }
        // a place word is the head: last, or before "of" ("City of London"), not "Leeds City Rovers"
        // ... or first of two ("Lake Varn", "Port Halden", "Mount Arlen")
        if place
            && !(a..b).any(|i| {
                self.is_org_word(i) == Some(true) && (i + 1 == b || self.is_word(i + 1, "of"))
            })
            && !(b == a + 2 && self.is_org_word(a) == Some(true))
        {
            place = false;
        }
        if org {
            // "at the Ministry of Foreign Affairs": an institution as a venue
            let mut m = self.mention(a, b, canonical, EntityKind::Organization);
            m.locative = locative_prep && !followed_by_possessive;
            out.push(m);
            return;
        }
        if place {
            let mut m = self.mention(a, b, canonical, EntityKind::Place);
            m.locative = !followed_by_possessive;
            self.extend_place(&mut m, b, used);
            out.push(m);
            return;
        }
        // 4. acronyms
        if b == a + 1 && self.toks[a].is_all_caps() {
            match t.acronyms.get(self.toks[a].text) {
                Some((_, AcronymKind::Term)) => return,
                Some((exp, AcronymKind::Place)) => {
                    let mut m = self.mention(a, b, exp.to_string(), EntityKind::Place);
                    m.locative = locative_prep;
                    out.push(m);
                    return;
                }
                Some((exp, AcronymKind::Org)) => {
                    out.push(self.mention(a, b, exp.to_string(), EntityKind::Organization));
                    return;
                }
                None => {
                    if !self.headline {
                        out.push(self.mention(a, b, canonical, EntityKind::Organization));
                    }
                    return;
                }
            }
        }
        // 5. by position: after a locative preposition a place, else a person or unknown; a
        // name before a person noun is where they come from ("a Leeds doctor")
        let before_person_noun = self.modifies_person(b) && b - a <= 2;
        // "Committee for Cooperation in Trade, Economy": a preposition inside a long name
        let inside_org_name = a >= 2
            && prev_end == Some(a - 1)
            && out
                .last()
                .is_some_and(|m| m.kind == EntityKind::Organization);
        let locative_prep = locative_prep && !inside_org_name;
        let after_place_comma = after_place_comma && !inside_org_name;
        if (locative_prep || after_place_comma || before_person_noun) && !followed_by_possessive
            || self.weak_locative_before(a)
                && !self.is_word(a.wrapping_sub(1), "to")
                && (b - a == 1 || !self.looks_personal(a, b))
                && !followed_by_possessive
        {
            let mut m = self.mention(a, b, canonical, EntityKind::Place);
            m.locative = true;
            self.extend_place(&mut m, b, used);
            out.push(m);
            return;
        }
        // a lower-case title before the name: "actress Jane Roe", "spokesman John Doe"
        let role = (a >= 1 && self.toks[a - 1].is_lower() && self.title(a - 1).is_some())
            .then(|| self.toks[a - 1].text.to_string());
        let kind = if role.is_some() || (2..=4).contains(&(b - a)) && self.looks_personal(a, b) {
            EntityKind::Person
        } else {
            EntityKind::Other
        };
        let mut m = self.mention(a, b, canonical, kind);
        if let Some(r) = role {
            used[a - 1] = true;
            m.role = Some(r);
        }
        out.push(m);
    }

    /// A person named by tokens `name..b`, with the title of tokens `a..name` as the role: one
    /// mention of them all ("Interior Minister Ana Souza").
    fn titled_person(&self, a: usize, name: usize, b: usize) -> EntityMention {
        let role = self.span_of(a, name).slice(self.text).to_string();
        let canonical = self.span_of(name, b).slice(self.text).to_string();
        let mut m = self.mention(a, b, canonical, EntityKind::Person);
        m.role = Some(role);
        m
    }

    /// Where a name starts after a title's "of" phrase at token `of` in the chunk ending at `b`:
    /// the phrase ends on an organisation word, a portfolio or a country ("of Police", "of
    /// Finance"), and two to four words of a person's name shape follow, none of them such a
    /// word ("Superintendent of Police Meenakshi Rawat").
    fn name_after_of_phrase(&self, of: usize, b: usize) -> Option<usize> {
        let owner_end = |i: usize| {
            self.is_org_word(i).is_some() || self.portfolio(i) || self.country_at(i).is_some()
        };
        (of + 2..b.saturating_sub(1)).find(|&q| {
            (2..=4).contains(&(b - q))
                && owner_end(q - 1)
                && self.looks_personal(q, b)
                && (q..b).all(|i| !owner_end(i) && self.title(i).is_none())
        })
    }

    /// Capitalised words only, none of them all capitals or a digit: a person's name shape.
    fn looks_personal(&self, a: usize, b: usize) -> bool {
        (a..b).all(|i| {
            let x = &self.toks[i];
            x.is_cap()
                && !x.is_all_caps()
                && !x.text.chars().any(|c| c.is_ascii_digit())
                && !x.text.contains('-')
                && !self.written_lowercase(i, &x.lower())
        })
    }

    /// Whether the name ending before `b` looks like a clause subject (a verb follows): then a
    /// capital stands for its government ("Moscow said", "Pyongyang has sent").
    fn subject_like(&self, b: usize) -> bool {
        let Some(next) = self.toks.get(b) else {
            return false;
        };
        if !next.is_lower() {
            return false;
        }
        let w = next.text;
        matches!(
            w,
            "has"
                | "have"
                | "had"
                | "is"
                | "was"
                | "will"
                | "would"
                | "said"
                | "says"
                | "did"
                | "does"
                | "may"
                | "might"
                | "could"
                | "can"
                | "must"
                | "should"
        ) || w.ends_with("ed")
            || (w.ends_with('s') && !w.ends_with("ss"))
    }

    /// Whether a name ending before `b` modifies a person noun after it: "a Leeds doctor", "an
    /// Ohio man": then it is where they come from.
    fn modifies_person(&self, b: usize) -> bool {
        self.toks
            .get(b)
            .is_some_and(|x| x.is_lower() && self.t.person_nouns.contains_key(x.text))
    }

    /// Extends a place with following place nouns: "Belgorod Oblast border area", "Grand Hotel lobby".
    fn extend_place(&self, m: &mut EntityMention, b: usize, used: &mut [bool]) {
        let mut end = b;
        for k in 0..2 {
            let Some(tok) = self.toks.get(b + k) else {
                break;
            };
            if !tok.is_lower() || self.t.function_words.contains(tok.text) {
                break;
            }
            if self.t.place_nouns.contains_key(tok.text) {
                end = b + k + 1;
            }
        }
        if end > b {
            for u in used.iter_mut().take(end).skip(b) {
                *u = true;
            }
            m.span = Span::new(m.span.start, self.toks[end - 1].span.end);
            m.text = m.span.slice(self.text).to_string();
        }
    }

    /// Participants and places named by common nouns.
    fn nominals(&self, out: &mut Vec<EntityMention>, used: &mut [bool]) {
        let n = self.toks.len();
        let mut i = 0;
        while i < n {
            if used[i] || !self.toks[i].is_word() {
                i += 1;
                continue;
            }
            let tok = &self.toks[i];
            let lower = tok.lower();
            let lowercase_ok = tok.is_lower()
                || ((self.at_start(i) || self.headline) && tok.is_cap() && !tok.is_all_caps());
            if !lowercase_ok {
                i += 1;
                continue;
            }
            if PERSONAL_PRONOUNS.contains(&lower.as_str()) {
                out.push(self.mention(i, i + 1, lower.clone(), EntityKind::Pronoun));
                used[i] = true;
                i += 1;
                continue;
            }
            if let Some(&lemma) = self.t.person_nouns.get(lower.as_str()) {
                // a compound of person nouns: "police officers", "staff members"
                let mut b = i + 1;
                let mut lemma = lemma;
                while b < n
                    && !used[b]
                    && self.toks[b].is_lower()
                    && self.t.person_nouns.contains_key(self.toks[b].text)
                {
                    lemma = self.t.person_nouns[self.toks[b].text];
                    b += 1;
                }
                // a modifier of another noun ("police station", "team leader" is taken above)
                let next_is_place = self
                    .toks
                    .get(b)
                    .is_some_and(|x| x.is_lower() && self.t.place_nouns.contains_key(x.text));
                // a role before a name: "actress Jane Roe" was taken by the name
                let before_name =
                    self.toks.get(b).is_some_and(|x| x.is_cap()) && used.get(b) == Some(&true);
                // a singular one before a common noun is an adjective: "official figures",
                // "civilian casualties" (not "officials said", "the official told", "a gunman
                // wielding a knife")
                let adjective = b == i + 1
                    && self.t.adjective_nouns.contains(lower.as_str())
                    && self.toks.get(b).is_some_and(|x| {
                        let next = x.lower();
                        x.is_lower()
                            && x.is_word()
                            && !self.t.function_words.contains(next.as_str())
                            && !crate::extract::predicate::is_verb_form(&next)
                            && !next.ends_with("ing")
                            && !next.ends_with("ed")
                            && !next.ends_with("ly")
                    });
                if !next_is_place && !before_name && !adjective {
                    let mut m = self.mention(i, b, lemma.to_string(), EntityKind::Nominal);
                    if b > i + 1 {
                        m.canonical = self.span_of(i, b).slice(self.text).to_lowercase();
                    }
                    out.push(m);
                }
                for u in used.iter_mut().take(b).skip(i) {
                    *u = true;
                }
                i = b;
                continue;
            }
            if let Some(&lemma) = self.t.place_nouns.get(lower.as_str()) {
                // "the office party": a place noun before another noun only modifies it
                let modifier = self.toks.get(i + 1).is_some_and(|x| {
                    x.is_word()
                        && !self.t.function_words.contains(x.lower().as_str())
                        && !self.t.place_nouns.contains_key(x.lower().as_str())
                        && !x.text.ends_with("ly")
                        && x.kind == TokKind::Word
                        && calendar_word(x.text).is_none()
                        && !(x.is_lower() && (x.text.ends_with("ed") || x.text.ends_with('s')))
                });
                let abstract_use = modifier
                    || self.is_word(i + 1, "of")
                        && self.toks.get(i + 2).is_some_and(|x| {
                            x.is_lower() && !self.t.place_nouns.contains_key(x.text)
                        });
                if tok.is_lower()
                    && !abstract_use
                    && (self.locative_before(i) || self.weak_locative_before(i))
                {
                    // compound place nouns: "hotel room", "combat zone"
                    let mut a = i;
                    if i >= 1
                        && !used[i - 1]
                        && self.toks[i - 1].is_lower()
                        && !self.t.function_words.contains(self.toks[i - 1].text)
                        && !self.toks[i - 1].text.ends_with("ly")
                    {
                        a = i - 1;
                    }
                    let mut m = self.mention(a, i + 1, lemma.to_string(), EntityKind::Place);
                    m.locative = true;
                    out.push(m);
                    used[i] = true;
                }
            }
            i += 1;
        }
    }
}

/// Whether a word is a common verb's base form (from the predicate tables): "lead", "beat".
fn tokens_is_verb_base(lower: &str) -> bool {
    crate::extract::predicate::is_verb_base(lower)
}

/// The display form of a name: the name without a leading "the", a possessive, or line breaks.
fn display_canonical(text: &str) -> String {
    let s = text.trim();
    let s = strip_the(s);
    let s = strip_possessive(s);
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn strip_the(s: &str) -> &str {
    for p in ["the ", "The ", "THE "] {
        if let Some(rest) = s.strip_prefix(p) {
            return rest.trim_start();
        }
    }
    s
}

fn strip_possessive(s: &str) -> &str {
    for p in ["'s", "’s", "'", "’"] {
        if let Some(rest) = s.strip_suffix(p) {
            return rest;
        }
    }
    s
}

/// The canonical form of any name, under which its variants meet: lower case, without "the",
/// possessive `'s`, leading titles and honorifics, punctuation and hyphens; a country's names,
/// abbreviations, demonyms and capital all give the country's short name ("the DPRK", "North
/// Korean", "Pyongyang" -> "north korea"); a demonym or country inside a longer name becomes
/// the country ("Russian Ministry of Digital Development" and "Russia's Ministry of Digital
/// Development" meet); an acronym gives its expansion ("UN" -> "united nations").
///
/// Capitals stand for their country here (a capital used as an actor); compare places with
/// [`canonical_place`], which keeps them apart.
///
/// # Example
///
/// ```
/// use corroborate::extract::entity::canonical_name;
/// assert_eq!(canonical_name("the DPRK"), "north korea");
/// assert_eq!(canonical_name("Democratic People's Republic of Korea"), "north korea");
/// assert_eq!(canonical_name("Moscow"), "russia");
/// assert_eq!(canonical_name("the UN"), canonical_name("United Nations"));
/// assert_eq!(canonical_name("Vice-Minister Andrei Petrov"), "andrei petrov");
/// assert_eq!(
///     canonical_name("Russia's Ministry of Defence"),
///     canonical_name("the Russian Ministry of Defence")
/// );
/// ```
pub fn canonical_name(name: &str) -> String {
    canonical_with(name, true)
}

/// Like [`canonical_name`], but a capital stays itself: for comparing places ("in Pyongyang" and
/// "in North Korea" are different places, though Pyongyang may speak for North Korea).
///
/// # Example
///
/// ```
/// use corroborate::extract::entity::canonical_place;
/// assert_eq!(canonical_place("Pyongyang"), "pyongyang");
/// assert_eq!(canonical_place("the Russian Federation"), "russia");
/// ```
pub fn canonical_place(name: &str) -> String {
    canonical_with(name, false)
}

fn canonical_with(name: &str, capitals: bool) -> String {
    let t = tables();
    let s = strip_possessive(strip_the(name.trim()));
    let toks: Vec<Tok<'_>> = tokenize(s, Span::new(0, s.len()));
    // the whole name
    if let Some(c) = country_of(t, s, capitals) {
        return c;
    }
    if let Some((exp, _)) = t.acronyms.get(s) {
        return simple_key(exp);
    }
    // drop leading titles (and honorifics) when a name follows
    let words: Vec<&Tok<'_>> = toks
        .iter()
        .filter(|x| x.kind != TokKind::Punct || x.is("&"))
        .collect();
    let mut start = 0;
    // "Texas Governor Greg Abbott", "Minas Gerais Governor Ana Souza": a country, state or
    // region before a title says whose title it is
    if let Some(n) = (1..=3.min(words.len().saturating_sub(2))).rev().find(|&n| {
        let place = &s[words[0].span.start..words[n - 1].span.end];
        let (key, _) = key_of(place);
        t.names
            .get(&key)
            .is_some_and(|&(_, kind)| kind != NameKind::Capital)
            && t.titles
                .contains_key(words[n].lower().trim_end_matches('.'))
    }) {
        start = n;
    }
    while start + 1 < words.len() {
        let lower = words[start].lower();
        let lower = lower.trim_end_matches('.');
        let last = lower.rsplit('-').next().unwrap_or(lower);
        let portfolio = t.portfolios.contains(lower)
            && words
                .get(start + 1)
                .is_some_and(|w| t.titles.contains_key(w.lower().trim_end_matches('.')));
        if t.titles.contains_key(lower) || t.titles.contains_key(last) || portfolio {
            start += 1;
        } else {
            break;
        }
    }
    if start > 0 && start < words.len() {
        let rest = &s[words[start].span.start..];
        if let Some(c) = country_of(t, rest, capitals) {
            return c;
        }
    }
    let mut parts: Vec<String> = Vec::new();
    let mut i = start;
    while i < words.len() {
        let w = words[i];
        if w.kind == TokKind::Possessive {
            i += 1;
            continue;
        }
        // the longest country name or demonym starting here
        let mut matched = None;
        for len in (1..=t.max_tokens.min(words.len() - i)).rev() {
            let piece = &s[w.span.start..words[i + len - 1].span.end];
            let (key, _) = key_of(piece);
            if let Some(&(idx, kind)) = t.names.get(&key) {
                if kind != NameKind::Capital && words[i].is_cap() {
                    matched = Some((len, idx));
                    break;
                }
            }
            if len == 1 {
                if let Some(&(idx, _)) = t.abbreviations.get(w.text) {
                    matched = Some((1, idx));
                }
            }
        }
        if let Some((len, idx)) = matched {
            parts.push(t.countries[idx].to_lowercase());
            i += len;
            continue;
        }
        if let Some((exp, AcronymKind::Org | AcronymKind::Place)) = t.acronyms.get(w.text) {
            if words.len() > 1 {
                parts.push(exp.to_lowercase());
                i += 1;
                continue;
            }
        }
        let lower = w.lower();
        if lower != "the" {
            parts.push(lower.replace(['-', '‐', '‑'], " ").replace(['’', 'ʼ'], "'"));
        }
        i += 1;
    }
    // "Delta Freight Ltd" is "Delta Freight"
    while parts.len() > 1
        && parts
            .last()
            .is_some_and(|p| t.legal_forms.contains(p.trim_end_matches('.')))
    {
        parts.pop();
    }
    let joined = parts.join(" ");
    let key = joined.split_whitespace().collect::<Vec<_>>().join(" ");
    if t.expansions.contains_key(&key) {
        return key;
    }
    key
}

/// Whether `words` name a country or its people ("Russian", "North Korean", "the UK"), as a
/// qualifier before an institution's name does ("the Russian Ministry of Defence").
pub(crate) fn is_country_word(words: &str) -> bool {
    country_of(tables(), words.trim(), false).is_some()
}

/// The country a whole name designates, lowercase, if any.
fn country_of(t: &Tables, s: &str, capitals: bool) -> Option<String> {
    if let Some(&(idx, _)) = t.abbreviations.get(s) {
        return Some(t.countries[idx].to_lowercase());
    }
    let (key, _) = key_of(s);
    let key = key.strip_prefix("the ").unwrap_or(&key);
    t.names
        .get(key)
        .filter(|(_, kind)| capitals || *kind != NameKind::Capital)
        .map(|&(idx, _)| t.countries[idx].to_lowercase())
}

/// Lower case, hyphens to spaces, single spaces.
fn simple_key(s: &str) -> String {
    s.to_lowercase()
        .replace(['-', '‐', '‑'], " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests;
