//! Quantities: numbers with the noun they count, qualifiers, money and percentages.
//!
//! # Method
//!
//! The sentence is tokenised; a quantity starts at a number written in digits ("11,000", "2.5",
//! "$5m") or in words ("two million", "a dozen", "thousands of"), read with the tables
//! `number_words.tsv` (values and multipliers), `qualifiers.tsv` ("at least", "approximately",
//! "up to") and `units.tsv` (currencies, percent, measures).
//!
//! The `unit` is, in this order: a currency code (`USD`) or `%`, a unit of measure (`km`), or
//! the counted noun phrase *as written, in lower case, without its "of" complement*: "11,000
//! containers of ammunition" has unit `containers`, "two million artillery rounds" has unit
//! `artillery rounds`, "3,000 troops" has unit `troops`. The phrase ends at the first plural
//! noun (or at the noun before a function word); plural and singular forms are left as written
//! so that two sources saying "troops" meet exactly.
//!
//! What is not a quantity: years ("in 2023", "since 2022"), days of a month ("30 November",
//! "October 29"), ordinals ("80th"), times ("10:30"), digits inside names ("Kestrel-7", "G7",
//! "Exhibition-2024"), ages ("a 23-year-old"). Those belong to the time tagger or, for ages
//! given with a name ("Ivo Kral, 45,"), to the entity (`EntityMention::age`).

use std::collections::HashMap;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use crate::document::Span;
use crate::extract::entity::tokens::{tokenize, Tok, TokKind};
use crate::lexicon::{calendar_word, rows};

/// Number words with their values (see `number_words.tsv`).
pub const NUMBER_WORDS: &str = include_str!("../lexicon/number_words.tsv");
/// Qualifier phrases (see `qualifiers.tsv`).
pub const QUALIFIERS: &str = include_str!("../lexicon/qualifiers.tsv");
/// Currencies, percent and units of measure (see `units.tsv`).
pub const UNITS: &str = include_str!("../lexicon/units.tsv");
/// Units of measure in terms of a base unit (see `conversions.tsv`).
pub const CONVERSIONS: &str = include_str!("../lexicon/conversions.tsv");

/// How a number is qualified.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Qualifier {
    /// Said as exact.
    Exact,
    /// "about", "approximately", "some", "around".
    Approximately,
    /// "nearly", "almost", "just under": a little short of the number.
    JustUnder,
    /// "just over": a little past the number.
    JustOver,
    /// "at least", "no fewer than".
    AtLeast,
    /// "more than", "over".
    MoreThan,
    /// "at most", "no more than".
    AtMost,
    /// "less than", "under", "fewer than".
    LessThan,
    /// "up to".
    UpTo,
}

/// A quantity found in a text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quantity {
    /// The words, byte offsets into the document text.
    #[serde(flatten)]
    pub span: Span,
    /// The words themselves.
    pub text: String,
    /// The number.
    pub value: f64,
    /// What is counted ("troops", "artillery rounds"), a currency code or `%`.
    pub unit: String,
    /// How the number is qualified.
    pub qualifier: Qualifier,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum WordKind {
    Unit,
    Multiplier,
    Approx,
}

#[derive(Debug)]
struct Tables {
    /// key: lowercase words joined by one space
    numbers: HashMap<&'static str, (f64, WordKind)>,
    qualifiers: Vec<(Vec<&'static str>, Qualifier)>,
    symbols: HashMap<&'static str, &'static str>,
    unit_words: HashMap<&'static str, &'static str>,
    /// unit -> the family it compares within (`SEK` and `crown`: `crown`)
    families: HashMap<&'static str, &'static str>,
    /// scales read on either side of the number (`magnitude 6.8`, `6.8 magnitude`)
    scales: std::collections::HashSet<&'static str>,
    /// currency symbols written in letters (`r`, `rs`, `rm`)
    letter_symbols: std::collections::HashSet<&'static str>,
    /// units read only glued to digits (`3.5p`: pence)
    glued_units: HashMap<&'static str, &'static str>,
    /// families of currency codes and symbols ("peso", "crown")
    money_families: std::collections::HashSet<&'static str>,
}

/// Whether a unit is money: a currency code, or a currency word whose family holds one
/// ("peso", "crown", "riyal").
pub(crate) fn is_money_unit(unit: &str) -> bool {
    let t = tables();
    is_currency_code(unit) || t.money_families.contains(unit_family(unit.trim()))
}

/// Whether a word is an ISO currency code of the units table (`SEK`, `usd`).
pub(crate) fn is_currency_code(word: &str) -> bool {
    let lower = word.to_ascii_lowercase();
    let t = tables();
    t.symbols.contains_key(lower.as_str())
        && t.unit_words.contains_key(lower.as_str())
        && !t.scales.contains(lower.as_str())
}

/// Whether `prefix` (any case) is a currency symbol written in letters (`R` for the rand, `Rs`,
/// `RM`, `KSh`): the tokenizer parts it from digits glued to it ("R4.2 million").
pub(crate) fn is_letter_currency(prefix: &str) -> bool {
    let lower = prefix.to_lowercase();
    tables().letter_symbols.contains(lower.as_str())
}

/// The base of a figure given as a vague plural ("hundreds of surgeries" gives 100, "tens of
/// thousands of people" 10,000); `None` for any other figure.
pub(crate) fn vague_base(text: &str) -> Option<f64> {
    let t = tables();
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    [3usize, 1].into_iter().find_map(|len| {
        let key = words.get(..len)?.join(" ");
        match t.numbers.get(key.as_str()) {
            Some(&(v, WordKind::Approx)) if words.get(len) == Some(&"of") => Some(v),
            _ => None,
        }
    })
}

/// Whether `word` (any case) scales the number before it (`million`, `bn`, `crore`).
pub(crate) fn is_multiplier(word: &str) -> bool {
    tables()
        .numbers
        .get(word.to_lowercase().as_str())
        .is_some_and(|&(_, k)| k == WordKind::Multiplier)
}

/// Whether a currency code is one of the dollars written with a "$" (`NZD` for "NZ$", `AUD`
/// for "A$"), from the symbols of the units table.
pub(crate) fn is_dollar_currency(code: &str) -> bool {
    tables()
        .symbols
        .iter()
        .any(|(form, c)| form.ends_with('$') && c.eq_ignore_ascii_case(code))
}

/// Whether `word` (any case) is a number word of `number_words.tsv` ("twelve", "dozen",
/// "Hundreds").
pub(crate) fn is_number_word(word: &str) -> bool {
    tables()
        .numbers
        .contains_key(word.to_ascii_lowercase().as_str())
}

/// The family a unit compares within: Swedish, Norwegian, Danish and Czech crowns with the word
/// "crowns", the pesos with "pesos"; any other unit is its own family.
///
/// ```
/// use corroborate::extract::quantity::unit_family;
/// assert_eq!(unit_family("SEK"), unit_family("crown"));
/// assert_eq!(unit_family("USD"), "USD");
/// ```
pub fn unit_family(unit: &str) -> &str {
    tables().families.get(unit).copied().unwrap_or(unit)
}

/// A unit of measure as its base unit and how many of it one unit is: `km` is 1,000 `m`, a
/// minute 60 `s`; `None` for a unit that converts to no other (currencies, counted nouns).
///
/// ```
/// use corroborate::extract::quantity::in_base_unit;
/// assert_eq!(in_base_unit("km"), Some(("m", 1000.0)));
/// assert_eq!(in_base_unit("minutes"), Some(("s", 60.0)));
/// assert_eq!(in_base_unit("USD"), None);
/// ```
pub fn in_base_unit(unit: &str) -> Option<(&'static str, f64)> {
    static T: OnceLock<HashMap<&'static str, (&'static str, f64)>> = OnceLock::new();
    T.get_or_init(|| {
        rows(CONVERSIONS)
            .filter_map(|r| Some((r.get(0), (r.get(1), r.get(2).parse().ok()?))))
            .collect()
    })
    .get(unit.trim())
    .copied()
}

fn tables() -> &'static Tables {
    static T: OnceLock<Tables> = OnceLock::new();
    T.get_or_init(|| {
        let mut numbers = HashMap::new();
        for r in rows(NUMBER_WORDS) {
            let kind = match r.get(2) {
                "multiplier" => WordKind::Multiplier,
                "approx" => WordKind::Approx,
                _ => WordKind::Unit,
            };
            if let Ok(v) = r.get(1).parse::<f64>() {
                numbers.insert(r.get(0), (v, kind));
            }
        }
        let mut qualifiers: Vec<(Vec<&'static str>, Qualifier)> = rows(QUALIFIERS)
            .filter_map(|r| {
                let q = match r.get(1) {
                    "approximately" => Qualifier::Approximately,
                    "just_under" => Qualifier::JustUnder,
                    "just_over" => Qualifier::JustOver,
                    "at_least" => Qualifier::AtLeast,
                    "more_than" => Qualifier::MoreThan,
                    "at_most" => Qualifier::AtMost,
                    "less_than" => Qualifier::LessThan,
                    "up_to" => Qualifier::UpTo,
                    _ => return None,
                };
                Some((r.get(0).split(' ').collect(), q))
            })
            .collect();
        // longest phrases first
        qualifiers.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
        let mut symbols = HashMap::new();
        let mut unit_words = HashMap::new();
        let mut families = HashMap::new();
        let mut scales = std::collections::HashSet::new();
        let mut letter_symbols = std::collections::HashSet::new();
        let mut glued_units = HashMap::new();
        let mut money_families = std::collections::HashSet::new();
        for r in rows(UNITS) {
            match r.get(2) {
                "symbol" => {
                    symbols.insert(r.get(0), r.get(1));
                    if r.get(0).chars().all(char::is_alphabetic) {
                        letter_symbols.insert(r.get(0));
                    }
                }
                "code" => {
                    symbols.insert(r.get(0), r.get(1));
                    unit_words.insert(r.get(0), r.get(1));
                }
                "scale" => {
                    symbols.insert(r.get(0), r.get(1));
                    unit_words.insert(r.get(0), r.get(1));
                    scales.insert(r.get(0));
                }
                "glued" => {
                    glued_units.insert(r.get(0), r.get(1));
                }
                _ => {
                    unit_words.insert(r.get(0), r.get(1));
                }
            }
            if !r.get(3).is_empty() {
                families.insert(r.get(1), r.get(3));
                if matches!(r.get(2), "code" | "symbol") {
                    money_families.insert(r.get(3));
                }
            }
        }
        Tables {
            numbers,
            qualifiers,
            symbols,
            letter_symbols,
            glued_units,
            unit_words,
            families,
            scales,
            money_families,
        }
    })
}

/// Words that end a counted noun phrase.
/// Plurals without an "s": the counted noun ends there ("two people died").
const IRREGULAR_PLURALS: &[&str] = &[
    "people",
    "men",
    "women",
    "children",
    "police",
    "personnel",
    "staff",
    "cattle",
    "sheep",
    "deer",
    "fish",
    "aircraft",
    "livestock",
    "feet",
    "teeth",
    "mice",
    "geese",
    "crew",
];

const PHRASE_STOP: &[&str] = &[
    "of",
    "to",
    "by",
    "in",
    "on",
    "at",
    "for",
    "from",
    "with",
    "and",
    "or",
    "but",
    "since",
    "during",
    "after",
    "before",
    "into",
    "as",
    "than",
    "that",
    "which",
    "who",
    "were",
    "was",
    "are",
    "is",
    "have",
    "has",
    "had",
    "will",
    "would",
    "could",
    "may",
    "might",
    "be",
    "been",
    "the",
    "a",
    "an",
    "per",
    "a",
    "including",
    "while",
    "when",
    "last",
    "this",
    "next",
    "ago",
    "around",
    "about",
    "near",
    "more",
    "less",
    "over",
    "under",
    "down",
    "up",
    "off",
    "out",
    "former",
    "later",
    "earlier",
    "each",
    "old",
    "am",
    "pm",
    "p",
    "there",
    "here",
    "then",
];

/// Words before a 4-digit number that make it a year.
const YEAR_CONTEXT: &[&str] = &[
    "in", "since", "by", "until", "till", "from", "of", "during", "before", "after", "through",
    "between", "early", "late", "mid", "spring", "summer", "autumn", "fall", "winter", "year",
    "and", "to", "the", "fiscal", "season",
];

/// A key under which two units compare: lower case, the last word singular ("troops" and
/// "troop" meet, "artillery rounds" and "artillery round"), currencies and measures as they are.
///
/// # Example
///
/// ```
/// use corroborate::extract::quantity::unit_key;
/// assert_eq!(unit_key("troops"), unit_key("troop"));
/// assert_eq!(unit_key("Artillery Rounds"), "artillery round");
/// assert_eq!(unit_key("casualties"), "casualty");
/// assert_eq!(unit_key("USD"), "usd");
/// assert_eq!(unit_key("%"), "%");
/// ```
pub fn unit_key(unit: &str) -> String {
    let lower = unit.trim().to_lowercase();
    let (head, last) = match lower.rsplit_once(' ') {
        Some((h, l)) => (format!("{h} "), l.to_string()),
        None => (String::new(), lower.clone()),
    };
    let irregular = [
        ("men", "man"),
        ("women", "woman"),
        ("people", "person"),
        ("children", "child"),
    ];
    let single = if let Some(&(_, s)) = irregular.iter().find(|(p, _)| *p == last) {
        s.to_string()
    } else if let Some(stem) = last.strip_suffix("ies").filter(|s| s.len() >= 2) {
        format!("{stem}y")
    } else if let Some(stem) = last
        .strip_suffix("es")
        .filter(|s| s.ends_with("ss") || s.ends_with('x') || s.ends_with("ch") || s.ends_with("sh"))
    {
        stem.to_string()
    } else if let Some(stem) = last
        .strip_suffix('s')
        .filter(|s| s.len() >= 2 && !s.ends_with('s') && !s.ends_with('u'))
    {
        stem.to_string()
    } else {
        last
    };
    format!("{head}{single}")
}

/// Finds the quantities of `text[within]`, in text order.
///
/// # Example
///
/// ```
/// use corroborate::extract::quantity::{quantities, Qualifier};
/// use corroborate::Span;
///
/// let text = "The army sent at least 11,000 containers of ammunition and about two million shells since 2023.";
/// let q = quantities(text, Span::new(0, text.len()));
/// assert_eq!(q.len(), 2);
/// assert_eq!((q[0].value, q[0].unit.as_str(), q[0].qualifier), (11_000.0, "containers", Qualifier::AtLeast));
/// assert_eq!((q[1].value, q[1].unit.as_str(), q[1].qualifier), (2_000_000.0, "shells", Qualifier::Approximately));
/// ```
pub fn quantities(text: &str, within: Span) -> Vec<Quantity> {
    let toks = tokenize(text, within);
    let t = tables();
    let mut out: Vec<Quantity> = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        match read_number(&toks, i, t) {
            Some(num) => {
                if let Some((mut q, mut next)) = build(text, &toks, i, num, t) {
                    // a part of a whole: "won 68 of the 126 seats" counts 68 seats
                    if q.unit.is_empty() {
                        if let Some((whole, after)) = whole_after(text, &toks, next, t) {
                            q.unit = whole.unit;
                            q.span = Span::new(q.span.start, whole.span.end);
                            q.text = q.span.slice(text).to_string();
                            next = after;
                        }
                    }
                    // an elliptical count takes the unit of the one before it: "sent 3,000
                    // troops, with plans to deploy 10,000 by December"
                    // (a percentage is no counted thing: "rose 5% to 2.1 billion" is no 2.1
                    // billion per cent)
                    if q.unit.is_empty() {
                        if let Some(prev) = out
                            .iter()
                            .rev()
                            .find(|p| !p.unit.is_empty())
                            .filter(|p| p.unit != "%")
                        {
                            q.unit = prev.unit.clone();
                        }
                    }
                    // an earlier value with no figure before it to take a unit from
                    if q.unit.is_empty() && q.value < 1000.0 {
                        i = next;
                        continue;
                    }
                    i = next;
                    // "NZ$4.3 million ($2.6 million)": the sum again in another currency, a
                    // conversion and no second figure
                    let conversion = is_currency_code(&q.unit)
                        && out.last().is_some_and(|p: &Quantity| {
                            is_currency_code(&p.unit)
                                && text
                                    .get(p.span.end..q.span.start)
                                    .is_some_and(|between| between.trim() == "(")
                        });
                    if !conversion {
                        out.push(q);
                    }
                    continue;
                }
                // "68 of the 126 seats" when the part alone is no quantity
                if num.digits && num.glued_unit.is_none() && !num.approx {
                    if let Some((whole, after)) = whole_after(text, &toks, num.end, t) {
                        let span = Span::new(toks[i].span.start, whole.span.end);
                        out.push(Quantity {
                            span,
                            text: span.slice(text).to_string(),
                            value: num.value,
                            unit: whole.unit,
                            qualifier: Qualifier::Exact,
                        });
                        i = after;
                        continue;
                    }
                }
                i = num.end.max(i + 1);
            }
            None => i += 1,
        }
    }
    out
}

#[derive(Debug, Clone, Copy)]
struct Number {
    value: f64,
    /// one past the last token of the number
    end: usize,
    /// vague plural ("thousands of")
    approx: bool,
    /// written in digits
    digits: bool,
    /// a unit glued to the digits ("5m", "3km"): its unit
    glued_unit: Option<&'static str>,
}

fn parse_digits(s: &str) -> Option<f64> {
    let clean: String = s.chars().filter(|&c| c != ',').collect();
    // "1,000" grouping only: a comma followed by exactly 3 digits
    if s.contains(',') {
        for part in s.split(',').skip(1) {
            let int_part = part.split('.').next().unwrap_or("");
            if int_part.len() != 3 {
                return None;
            }
        }
    }
    clean.parse::<f64>().ok().filter(|v| v.is_finite())
}

/// Whether a currency symbol stands right before token `i` ("$200m", "R45 m").
fn after_currency(toks: &[Tok<'_>], i: usize, t: &Tables) -> bool {
    i.checked_sub(1)
        .and_then(|p| toks.get(p))
        .is_some_and(|p| t.symbols.get(p.lower().as_str()).is_some_and(|&c| c != "%"))
}

fn read_number(toks: &[Tok<'_>], i: usize, t: &Tables) -> Option<Number> {
    let tok = toks.get(i)?;
    match tok.kind {
        TokKind::Number => {
            let mut value = parse_digits(tok.text)?;
            let mut end = i + 1;
            if let Some(next) = toks.get(end) {
                // "24 m tall" is metres, "R45 m" millions: a lone "m" after a currency only
                let after_currency = after_currency(toks, i, t);
                if let Some(&(m, WordKind::Multiplier)) = t.numbers.get(next.lower().as_str()) {
                    if next.is_word() && next.text.len() > 1 || next.text == "m" && after_currency {
                        value *= m;
                        end += 1;
                    }
                }
            }
            Some(Number {
                value,
                end,
                approx: false,
                digits: true,
                glued_unit: None,
            })
        }
        TokKind::Word => {
            let lower = tok.lower();
            // a number word joined to a unit: "five-year", "ten-day"
            if let Some((head, unit)) = lower.rsplit_once('-') {
                if let (Some(&(v, WordKind::Unit)), Some(&u)) =
                    (t.numbers.get(head), t.unit_words.get(unit))
                {
                    return Some(Number {
                        value: v,
                        end: i + 1,
                        approx: false,
                        digits: false,
                        glued_unit: Some(u),
                    });
                }
            }
            // digits glued to a multiplier or unit: "5m", "3.5bn", "20km"
            if lower.starts_with(|c: char| c.is_ascii_digit()) {
                let split = lower.find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))?;
                let (num, suffix) = lower.split_at(split);
                // "465-kilometre", "3,000-tonne", "$5-billion": the same, joined by a hyphen
                let suffix = suffix.strip_prefix('-').unwrap_or(suffix);
                let v = parse_digits(num)?;
                let after_currency = after_currency(toks, i, t);
                // "$200MM": a million in finance's letters, after a currency only
                const FINANCE_MILLION: &(f64, WordKind) = &(1e6, WordKind::Multiplier);
                let multiplier = t
                    .numbers
                    .get(suffix)
                    .or((suffix == "mm" && after_currency).then_some(FINANCE_MILLION))
                    .filter(|&&(_, k)| k == WordKind::Multiplier)
                    // "200m" is metres, "$200m" millions
                    .filter(|_| !matches!(suffix, "m" | "k") || after_currency);
                if let Some(&(m, _)) = multiplier {
                    return Some(Number {
                        value: v * m,
                        end: i + 1,
                        approx: false,
                        digits: true,
                        glued_unit: None,
                    });
                }
                if let Some(&u) = t
                    .unit_words
                    .get(suffix)
                    .or_else(|| t.glued_units.get(suffix))
                {
                    return Some(Number {
                        value: v,
                        end: i + 1,
                        approx: false,
                        digits: true,
                        glued_unit: Some(u),
                    });
                }
                return None;
            }
            // vague plurals: "tens of thousands of", "thousands of"
            for len in [3usize, 1] {
                if i + len > toks.len() {
                    continue;
                }
                let key = toks[i..i + len]
                    .iter()
                    .map(Tok::lower)
                    .collect::<Vec<_>>()
                    .join(" ");
                if let Some(&(v, WordKind::Approx)) = t.numbers.get(key.as_str()) {
                    if toks
                        .get(i + len)
                        .is_some_and(|x| x.text.eq_ignore_ascii_case("of"))
                    {
                        return Some(Number {
                            value: v,
                            end: i + len + 1,
                            approx: true,
                            digits: false,
                            glued_unit: None,
                        });
                    }
                }
            }
            // "a dozen", "a hundred", "two million", "twenty-five"
            let mut j = i;
            let mut total = 0.0;
            let mut current = 0.0;
            let mut any = false;
            if lower == "a" || lower == "an" {
                let next = toks.get(i + 1).map(Tok::lower).unwrap_or_default();
                match t.numbers.get(next.as_str()) {
                    Some(&(v, WordKind::Multiplier)) | Some(&(v, WordKind::Unit))
                        if next == "dozen" || v >= 100.0 =>
                    {
                        any = true;
                        j = i + 1;
                    }
                    _ => return None,
                }
            }
            while let Some(w) = toks.get(j) {
                if !w.is_word() {
                    break;
                }
                let wl = w.lower();
                let parts: Vec<&str> = wl.split('-').collect();
                let mut ok = true;
                let mut v_unit = 0.0;
                let mut mult = None;
                for p in &parts {
                    match t.numbers.get(p) {
                        Some(&(v, WordKind::Unit)) => v_unit += v,
                        Some(&(v, WordKind::Multiplier)) if p.len() > 2 => mult = Some(v),
                        _ => ok = false,
                    }
                }
                if !ok {
                    break;
                }
                if let Some(m) = mult {
                    if current == 0.0 && !any && v_unit == 0.0 {
                        break;
                    }
                    current = (current + v_unit).max(1.0) * m;
                    if m >= 1000.0 {
                        total += current;
                        current = 0.0;
                    }
                } else {
                    if v_unit == 0.5 && !any {
                        break; // "half" alone is not a count
                    }
                    current += v_unit;
                }
                any = true;
                j += 1;
                if wl == "and" {
                    break;
                }
            }
            if !any || j == i + 1 && (lower == "a" || lower == "an") {
                return None;
            }
            let value = total + current;
            // "one" alone is too often a pronoun ("one of the", "no one"); it counts before a
            // noun naming people or what befell them ("killing one person", "one dead")
            if lower == "one" && j == i + 1 {
                let counts = toks.get(j).is_some_and(|n| {
                    n.is_lower()
                        && (crate::extract::entity::lexicon::is_person_noun(n.text)
                            || crate::lexicon::fate_verb(n.text).is_some())
                });
                let pronoun_before = i > 0
                    && [
                        "no", "any", "every", "some", "each", "the", "this", "that", "which",
                    ]
                    .iter()
                    .any(|w| toks[i - 1].text.eq_ignore_ascii_case(w));
                if !counts || pronoun_before {
                    return None;
                }
            }
            Some(Number {
                value,
                end: j,
                approx: false,
                digits: false,
                glued_unit: None,
            })
        }
        _ => None,
    }
}

/// Builds the quantity around a number at token `i`; returns it and the token after it.
/// The whole in "68 of the 126 seats": at `k`, "of" [the|its|their|all] and a counted number.
fn whole_after(text: &str, toks: &[Tok<'_>], k: usize, t: &Tables) -> Option<(Quantity, usize)> {
    if !toks.get(k)?.text.eq_ignore_ascii_case("of") {
        return None;
    }
    let mut j = k + 1;
    if toks.get(j).is_some_and(|x| {
        ["the", "its", "their", "all"]
            .iter()
            .any(|d| x.text.eq_ignore_ascii_case(d))
    }) {
        j += 1;
    }
    let num = read_number(toks, j, t)?;
    let (whole, next) = build(text, toks, j, num, t)?;
    (!whole.unit.is_empty()).then_some((whole, next))
}

fn build(
    text: &str,
    toks: &[Tok<'_>],
    i: usize,
    num: Number,
    t: &Tables,
) -> Option<(Quantity, usize)> {
    let tok = toks[i];
    let prev = |k: usize| i.checked_sub(k).and_then(|p| toks.get(p));
    let next = toks.get(num.end);
    if num.digits && !is_standalone_number(toks, i, num) {
        return None;
    }
    let mut start = i;
    let mut end = num.end;
    let mut unit = String::new();
    // currency symbol or scale before: "$5", "US$ 2 million", "magnitude 6.8"
    if let Some(p) = prev(1) {
        if let Some(&code) = t.symbols.get(p.lower().as_str()) {
            // a one-letter symbol ("R4.2 million") only glued to the number
            let glued = p.span.end == tok.span.start;
            if code != "%" && (glued || p.text.chars().count() > 1 || !p.is_word()) {
                unit = code.to_string();
                start = i - 1;
            }
        }
        // "Rs. 500 crore": a letter symbol with its abbreviation's dot
        if p.text == "." {
            if let Some(q) = prev(2).filter(|q| q.span.end == p.span.start && q.is_word()) {
                if t.letter_symbols.contains(q.lower().as_str()) && q.text.chars().count() > 1 {
                    unit = t.symbols[q.lower().as_str()].to_string();
                    start = i - 2;
                }
            }
        }
        // "NZ$4.3 million", "A$5m": a country's letters glued to the dollar sign
        if p.text == "$" {
            if let Some(q) = prev(2).filter(|q| q.span.end == p.span.start && q.is_word()) {
                if let Some(&code) = t.symbols.get(format!("{}$", q.lower()).as_str()) {
                    unit = code.to_string();
                    start = i - 2;
                }
            }
        }
    }
    // "a magnitude of 7.1"
    if let (Some(of), Some(p)) = (prev(1), prev(2)) {
        if of.is("of") && t.scales.contains(p.lower().as_str()) {
            unit = t.symbols[p.lower().as_str()].to_string();
            start = i - 2;
        }
    }
    if let Some(u) = num.glued_unit {
        unit = u.to_string();
        // "175km/h": the rest of a unit of speed after its slash
        if let (Some(slash), Some(x)) = (toks.get(num.end), toks.get(num.end + 1)) {
            let adjacent =
                slash.span.start == toks[num.end - 1].span.end && x.span.start == slash.span.end;
            if slash.is("/") && adjacent {
                if let Some(&u) = t.unit_words.get(format!("{u}/{}", x.lower()).as_str()) {
                    unit = u.to_string();
                    end += 2;
                }
            }
        }
    }
    // after: %, per cent, unit words, or the counted noun phrase
    if unit.is_empty() {
        if let Some(n) = next {
            let nl = n.lower();
            let two = toks
                .get(num.end + 1)
                .map(|x| format!("{nl} {}", x.lower()))
                .unwrap_or_default();
            let three = toks
                .get(num.end + 2)
                .map(|x| format!("{two} {}", x.lower()))
                .unwrap_or_default();
            // "km/h", "m/s": a unit written with a slash, its parts close together
            let slash = match (toks.get(num.end + 1), toks.get(num.end + 2)) {
                (Some(s), Some(x))
                    if s.is("/") && s.span.start == n.span.end && x.span.start == s.span.end =>
                {
                    format!("{nl}/{}", x.lower())
                }
                _ => String::new(),
            };
            if n.is("%") {
                unit = "%".into();
                end += 1;
            } else if let Some(&u) = t.unit_words.get(three.as_str()) {
                unit = u.to_string();
                end += 3;
            } else if let Some(&u) = t.unit_words.get(slash.as_str()) {
                unit = u.to_string();
                end += 3;
            } else if let Some(&u) = t.unit_words.get(two.as_str()) {
                unit = u.to_string();
                end += 2;
            } else if let Some(&u) = t.unit_words.get(nl.as_str()) {
                if n.is_word() {
                    unit = u.to_string();
                    end += 1;
                }
            }
        }
    }
    // people counted by what befell them: "12 dead", "30 were injured", "four have been
    // arrested" (not "4 missing children": there the noun is what is counted)
    if unit.is_empty() {
        if let Some(e) = fate_after(toks, num.end) {
            unit = "people".into();
            end = e;
        }
    }
    if unit.is_empty() {
        // the counted noun phrase: up to 3 lower-case words, ending at the first plural
        let mut words = Vec::new();
        let mut j = num.end;
        let mut last_ok = None;
        while j < toks.len() && words.len() < 3 {
            let w = &toks[j];
            if !w.is_lower() || PHRASE_STOP.contains(&w.text) || w.text.ends_with("ly") {
                break;
            }
            // a verb in the past ends the phrase: "6.8 earthquake struck", "7.1 shook"
            let lower = w.lower();
            if crate::extract::predicate::is_verb_form(&lower)
                && !lower.ends_with('s')
                && crate::extract::predicate::lemma(&lower) != lower
            {
                break;
            }
            words.push(w.text);
            j += 1;
            let plural_word = |x: &str| {
                (x.ends_with('s') && !x.ends_with("ss") && !x.ends_with("us"))
                    || IRREGULAR_PLURALS.contains(&x)
            };
            let plural = plural_word(&lower);
            // a collective plural that modifies the plural after it: "80 police officers"
            // (not "two countries continues", nor "12 people" before anything)
            let modifier = plural
                && !lower.ends_with('s')
                && !matches!(lower.as_str(), "people" | "men" | "women" | "children")
                && words.len() < 3
                && toks.get(j).is_some_and(|x| {
                    x.is_lower()
                        && !PHRASE_STOP.contains(&x.text)
                        && x.text.ends_with('s')
                        && plural_word(&x.lower())
                        && !crate::extract::predicate::is_verb_form(&x.lower())
                });
            if modifier {
                last_ok = Some(j);
                continue;
            }
            if plural || num.value == 1.0 {
                last_ok = Some(j);
                break;
            }
            last_ok = Some(j);
        }
        if let Some(e) = last_ok {
            unit = words[..e - num.end].join(" ").to_lowercase();
            end = e;
            // the counted noun is a word, not a stray letter or a verb ("two died")
            let verb = !unit.contains(' ') && unit.ends_with("ed");
            if unit.chars().count() < 2 || verb {
                unit.clear();
                end = num.end;
            }
        }
        // "containers of ammunition": keep the complement in the quoted words, not in the unit
        if !unit.is_empty() && toks.get(end).is_some_and(|x| x.text == "of") {
            if let Some(w) = toks.get(end + 1) {
                if w.is_lower() && !PHRASE_STOP.contains(&w.text) {
                    end += 2;
                }
            }
        }
    }
    // qualifier before
    let mut qualifier = if num.approx {
        Qualifier::MoreThan
    } else {
        Qualifier::Exact
    };
    let first = start;
    for (words, q) in &t.qualifiers {
        let n = words.len();
        if first < n {
            continue;
        }
        let matches = words
            .iter()
            .enumerate()
            .all(|(k, w)| toks[first - n + k].text.eq_ignore_ascii_case(w));
        if matches {
            qualifier = *q;
            start = first - n;
            break;
        }
    }
    // "the two countries" refers back; it does not count
    if !num.digits
        && num.value < 10.0
        && i >= 1
        && matches!(
            toks[i - 1].lower().as_str(),
            "the" | "these" | "those" | "both" | "its" | "their" | "his" | "her"
        )
    {
        return None;
    }
    // a bare number with no unit is too vague ("two of them", an age "Jane Roe, 59,", a road
    // number), unless it is large ("deploy 10,000 by December") or an earlier value of the
    // figure before it ("29 people, up from 17"), which takes that figure's unit
    let earlier = start >= 2
        && toks[start - 1].lower() == "from"
        && matches!(toks[start - 2].lower().as_str(), "up" | "down");
    if unit.is_empty() && (!num.digits || num.value < 1000.0) && !earlier {
        return None;
    }
    let _ = tok;
    let span = Span::new(toks[start].span.start, toks[end - 1].span.end);
    Some((
        Quantity {
            span,
            text: span.slice(text).to_string(),
            value: num.value,
            unit,
            qualifier,
        },
        end,
    ))
}

/// Unit keys that count people without saying which ("15 people were killed", "30 others").
pub(crate) const ANY_PEOPLE: &[&str] = &["people", "person", "individual", "other"];

/// Auxiliaries that may stand between a count of people and what befell them.
const FATE_AUXILIARIES: &[&str] = &[
    "were", "are", "was", "is", "have", "has", "had", "been", "remain", "remains", "remained",
    "still",
];

/// One past the word of [`crate::lexicon::fate_verb`] that makes the number ending at `k` a
/// count of people: right after it ("12 dead") unless a noun follows ("4 missing children"), or
/// after up to three auxiliaries ("30 were injured", "200 have been evacuated", "nine remain
/// missing", "six are still missing").
fn fate_after(toks: &[Tok<'_>], k: usize) -> Option<usize> {
    let mut j = k;
    while j < k + 3
        && toks
            .get(j)
            .is_some_and(|t| FATE_AUXILIARIES.contains(&t.lower().as_str()))
    {
        j += 1;
    }
    let w = toks.get(j)?;
    if !w.is_lower() || crate::lexicon::fate_verb(w.text).is_none() {
        return None;
    }
    if j == k {
        if let Some(n) = toks.get(j + 1) {
            if n.is_lower() && !PHRASE_STOP.contains(&n.text) && !n.text.ends_with("ly") {
                return None;
            }
        }
    }
    Some(j + 1)
}

/// Whether digits at token `i` are a count and not a year, a day of a month, a time or part of a
/// name.
fn is_standalone_number(toks: &[Tok<'_>], i: usize, num: Number) -> bool {
    let tok = toks[i];
    let prev = i.checked_sub(1).and_then(|p| toks.get(p));
    let next = toks.get(i + 1);
    // glued to a name by a hyphen or slash: "Kestrel-7", "Exhibition--2024", "24/7"
    let touches = |a: Span, b: Span| a.end == b.start || b.end == a.start;
    if let Some(p) = prev {
        if matches!(p.text, "-" | "/" | "–" | "#" | "№" | ":" | ".") && touches(p.span, tok.span)
        {
            return false;
        }
        // (a currency written in letters is glued to its sum: "R4.2 million")
        if p.is_word() && touches(p.span, tok.span) && !is_letter_currency(p.text) {
            return false;
        }
    }
    if let Some(n) = next {
        // (not digits glued to a unit before a slash: "175km/h")
        if matches!(n.text, ":" | "/" | "-")
            && touches(n.span, tok.span)
            && !(tok.kind == TokKind::Word && n.text == "/")
        {
            return false; // a time or a date: "10:30", "12/29"
        }
    }
    // days of a month: "30 November", "October 29"
    let int = !tok.text.contains(['.', ',']);
    if int
        && (1.0..=31.0).contains(&num.value)
        && (next.is_some_and(|n| calendar_word(n.text).is_some())
            || prev.is_some_and(|p| calendar_word(p.text).is_some()))
    {
        return false;
    }
    // years: 4 digits in a year context, or next to a month
    if int && tok.text.len() == 4 && (1800.0..=2100.0).contains(&num.value) {
        let before = prev.map(|p| p.lower()).unwrap_or_default();
        let after_is_count = next.is_some_and(|n| {
            n.is_lower() && n.text.ends_with('s') && !YEAR_CONTEXT.contains(&n.text)
        });
        if !after_is_count
            || YEAR_CONTEXT.contains(&before.as_str())
            || prev.is_some_and(|p| calendar_word(p.text).is_some() || p.is(","))
        {
            return false;
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(text: &str) -> Vec<(f64, String, Qualifier)> {
        quantities(text, Span::new(0, text.len()))
            .into_iter()
            .map(|q| (q.value, q.unit, q.qualifier))
            .collect()
    }

    #[test]
    fn people_are_counted_by_what_befell_them() {
        let counts = |t: &str| -> Vec<(f64, String, String)> {
            quantities(t, Span::new(0, t.len()))
                .into_iter()
                .map(|q| (q.value, q.unit, q.text))
                .collect()
        };
        let row = |v: f64, u: &str, t: &str| (v, u.to_string(), t.to_string());
        assert_eq!(
            counts("Twelve dead, 30 were injured and four have been arrested."),
            [
                row(12.0, "people", "Twelve dead"),
                row(30.0, "people", "30 were injured"),
                row(4.0, "people", "four have been arrested"),
            ]
        );
        // "remain" and "still" stand between a count and its fate as auxiliaries do
        assert_eq!(
            counts("Nine remain missing; two are still missing."),
            [
                row(9.0, "people", "Nine remain missing"),
                row(2.0, "people", "two are still missing"),
            ]
        );
        // the noun after the fate is what is counted
        assert_eq!(
            counts("Police found 4 missing children."),
            [row(4.0, "missing children", "4 missing children")]
        );
        // "one" counts before a noun naming people or a fate, not as a pronoun
        assert_eq!(
            counts("The blast killed one person and left one dead."),
            [
                row(1.0, "person", "one person"),
                row(1.0, "people", "one dead")
            ]
        );
        assert!(counts("No one was hurt and one of them fled; one injured.").len() == 1);
        // a verb that befalls no one leaves a small bare figure uncounted
        assert!(counts("Shares of 12 banks fell; 30 were sold.").len() == 1);
    }

    #[test]
    fn dollars_of_other_countries_and_conversions() {
        let units = |t: &str| -> Vec<(f64, String)> {
            quantities(t, Span::new(0, t.len()))
                .into_iter()
                .map(|q| (q.value, q.unit))
                .collect()
        };
        assert_eq!(
            units("He took NZ$4.3 million ($2.6 million), A$5m and C$3 billion."),
            [
                (4.3e6, "NZD".to_string()),
                (5e6, "AUD".to_string()),
                (3e9, "CAD".to_string())
            ]
        );
        // a second sum in parentheses after a word is no conversion
        assert_eq!(
            units("It cost $40 and the repairs (about $12) were extra.").len(),
            2
        );
    }

    #[test]
    fn scales_stand_either_side_and_verbs_end_the_counted_noun() {
        let units =
            |t: &str| -> Vec<(f64, String)> { q(t).into_iter().map(|(v, u, _)| (v, u)).collect() };
        assert_eq!(
            units("A magnitude 6.8 quake, a 7.1 magnitude tremor and a magnitude of 5.9."),
            [
                (6.8, "magnitude".to_string()),
                (7.1, "magnitude".to_string()),
                (5.9, "magnitude".to_string())
            ]
        );
        assert_eq!(units("Two people died."), [(2.0, "people".to_string())]);
        assert_eq!(
            units("A 300 tonne barge sank and 40 sheep drowned."),
            [(300.0, "t".to_string()), (40.0, "sheep".to_string())]
        );
        // a unit or multiplier joined by a hyphen
        assert_eq!(
            units("A 465-kilometre line, a 3,000-tonne ship and a $5-billion plan."),
            [
                (465.0, "km".to_string()),
                (3000.0, "t".to_string()),
                (5e9, "USD".to_string())
            ]
        );
        assert!(units("They won 2-1 in a 5-year-old stadium.").is_empty());
        assert_eq!(
            units("He got a five-year term; she got seven years and a 10-day ban."),
            [
                (5.0, "years".to_string()),
                (7.0, "years".to_string()),
                (10.0, "days".to_string())
            ]
        );
        // the verb after a bare figure is no unit
        assert!(units("Output reached 7.1 then fell.").is_empty());
    }

    #[test]
    fn currencies_written_in_letters_are_read_glued_or_apart() {
        assert_eq!(
            q("The firm paid R4.2 million for a R310-million contract and KSh2bn in fees."),
            [
                (4.2e6, "ZAR".to_string(), Qualifier::Exact),
                (3.1e8, "ZAR".to_string(), Qualifier::Exact),
                (2e9, "KES".to_string(), Qualifier::Exact)
            ]
        );
        // lakh and crore scale the number; "Rs." keeps its dot
        assert_eq!(
            q("Police seized Rs 500 crore, Rs. 2.5 lakh and RM5 million."),
            [
                (5e9, "INR".to_string(), Qualifier::Exact),
                (2.5e5, "INR".to_string(), Qualifier::Exact),
                (5e6, "MYR".to_string(), Qualifier::Exact)
            ]
        );
        // a letter and a number with no sum's separator or multiplier stay a name
        assert!(q("The R4 motorway was closed and N95 masks ran out.").is_empty());
        // pence glued to the digits, or written out; a lone "p" is no unit
        assert_eq!(
            q("The dividend rose to 3.5p from 20 pence; see page 5 p."),
            [
                (3.5, "GBX".to_string(), Qualifier::Exact),
                (20.0, "GBX".to_string(), Qualifier::Exact)
            ]
        );
    }

    #[test]
    fn currency_codes_stand_either_side_and_percent_is_not_inherited() {
        assert_eq!(
            q("Profit fell 15 percent to SEK 2.1 billion, or 2.1 billion SEK."),
            [
                (15.0, "%".to_string(), Qualifier::Exact),
                (2.1e9, "SEK".to_string(), Qualifier::Exact),
                (2.1e9, "SEK".to_string(), Qualifier::Exact)
            ]
        );
        assert_eq!(unit_family("SEK"), unit_family("crown"));
        assert_eq!(unit_family("households"), unit_family("homes"));
        assert_ne!(unit_family("homes"), unit_family("people"));
        assert_ne!(unit_family("SEK"), unit_family("USD"));
        let units: Vec<String> = q("Sales rose 5% to 18.4 billion.")
            .into_iter()
            .map(|x| x.1)
            .collect();
        assert_eq!(units, ["%", ""]);
    }

    #[test]
    fn a_part_of_a_whole_counts_the_part() {
        assert_eq!(
            q("The party won 68 of the 126 seats on Sunday."),
            [(68.0, "seats".to_string(), Qualifier::Exact)]
        );
        let found = quantities(
            "Rebels held 3 of its 12 districts.",
            Span::new(0, "Rebels held 3 of its 12 districts.".len()),
        );
        assert_eq!(found[0].text, "3 of its 12 districts");
    }

    #[test]
    fn tables_parse_and_are_unique() {
        for (name, table) in [
            ("number_words", NUMBER_WORDS),
            ("qualifiers", QUALIFIERS),
            ("units", UNITS),
        ] {
            let mut seen = std::collections::BTreeSet::new();
            for r in rows(table) {
                assert!(r.fields.len() >= 2, "{name}:{}", r.line);
                assert_eq!(
                    r.get(0),
                    r.get(0).to_lowercase(),
                    "{name}:{} lowercase",
                    r.line
                );
                // a form glued after the digits is another table's ("3.5p" pence, "P52" peso)
                let glued = name == "units" && r.get(2) == "glued";
                assert!(
                    seen.insert((r.get(0), glued)),
                    "{name}:{} duplicate",
                    r.line
                );
            }
        }
        let t = tables();
        assert_eq!(t.qualifiers.len(), rows(QUALIFIERS).count());
        assert_eq!(t.numbers.len(), rows(NUMBER_WORDS).count());
    }

    #[test]
    fn digits_words_and_qualifiers() {
        assert_eq!(
            q("Pyongyang has sent 3,000 troops to the front."),
            [(3000.0, "troops".into(), Qualifier::Exact)]
        );
        assert_eq!(
            q("nearly two million artillery rounds"),
            [(2e6, "artillery rounds".into(), Qualifier::JustUnder)]
        );
        assert_eq!(
            q("a dozen drones"),
            [(12.0, "drones".into(), Qualifier::Exact)]
        );
        assert_eq!(
            q("thousands of protesters"),
            [(1000.0, "protesters".into(), Qualifier::MoreThan)]
        );
        assert_eq!(
            q("up to 10,000 by December"),
            [(10000.0, "".into(), Qualifier::UpTo)]
        );
        assert_eq!(
            q("more than 1.5 million people"),
            [(1.5e6, "people".into(), Qualifier::MoreThan)]
        );
        assert_eq!(
            q("twenty-five soldiers"),
            [(25.0, "soldiers".into(), Qualifier::Exact)]
        );
    }

    #[test]
    fn money_and_percentages() {
        assert_eq!(
            q("a $5 million deal"),
            [(5e6, "USD".into(), Qualifier::Exact)]
        );
        assert_eq!(q("a €2m theft"), [(2e6, "EUR".into(), Qualifier::Exact)]);
        assert_eq!(q("rose 4.5% in May"), [(4.5, "%".into(), Qualifier::Exact)]);
        assert_eq!(
            q("fell 12 per cent"),
            [(12.0, "%".into(), Qualifier::Exact)]
        );
        assert_eq!(
            q("300 million rubles"),
            [(3e8, "RUB".into(), Qualifier::Exact)]
        );
        assert_eq!(q("a 20km convoy"), [(20.0, "km".into(), Qualifier::Exact)]);
    }

    #[test]
    fn not_quantities() {
        for s in [
            "since 2023",
            "on 30 November",
            "on October 29, 2024",
            "its 80th anniversary",
            "the Kestrel-7 missile",
            "the G7 summit",
            "the Expo-2024 fair",
            "at 10:30 local time",
            "one of the officials",
            "between the two countries",
            "a 23-year-old man",
        ] {
            assert!(q(s).is_empty(), "{s}: {:?}", q(s));
        }
    }

    #[test]
    fn spans_and_odd_input() {
        let text = "Über 5 Fälle; approximately 40 containers of fuel";
        for x in quantities(text, Span::new(0, text.len())) {
            assert_eq!(x.span.slice(text), x.text);
        }
        let x = quantities(text, Span::new(0, text.len()));
        assert_eq!(
            x.last().unwrap().text,
            "approximately 40 containers of fuel"
        );
        for s in [
            "",
            "1,",
            "$",
            "a",
            "a hundred",
            "999999999999999999999999999999",
            "1.2.3",
            "\0 5",
        ] {
            let _ = quantities(s, Span::new(0, s.len()));
        }
    }
}
