//! The rules: at each trigger token, every rule family tries to match; the longest match wins,
//! then hedges and edges ("about", "early", "the end of") are absorbed on its left. Each rule
//! resolves its own value against the reference date (the document creation time, DCT).

use chrono::{Datelike, NaiveDate};
use itertools::Itertools;

use super::lex::{Kind, Sense, Unit};
use super::resolve::{self as r, Val};
use super::scan::{Tok, TokKind};
use super::{Grain, TimeAnomaly, TimeAnomalyKind, TimexType};

/// What a document has said so far, for expressions that lean on context.
#[derive(Debug, Clone, Default)]
pub(crate) struct Ctx {
    /// The reference date (document creation time).
    pub dct: Option<NaiveDate>,
    /// The last fiscal quarter mentioned (`year-ago quarter`, `a year earlier`).
    pub last_quarter: Option<(i32, u32)>,
    /// Whether the last reporting period named was longer than a quarter (`the first nine
    /// months`, `the first half`): then `a year earlier` is the year, not the quarter.
    pub long_period: bool,
    /// The last day mentioned (`the following day`, `two days later`).
    pub anchor: Option<NaiveDate>,
    /// Where the mention of that day ends (a byte offset into the text).
    pub anchor_end: usize,
    /// Whether that day was named by its night or evening (`last night`): a morning clock
    /// after it is on the next day.
    pub anchor_night: bool,
    /// The year of the last date mentioned (`that year`, `the following year`).
    pub last_year: Option<i32>,
    /// The last year named as a year (`1987`, `this year`), and where its mention ends (a
    /// byte offset into the text).
    pub year_said: Option<(i32, usize)>,
    /// The month of the last day or month mentioned (`the following month`).
    pub last_month: Option<(i32, u32)>,
    /// The last month named with its year written (`July 2019`), and where its mention ends
    /// (a byte offset): a day of that month later in the sentence is in that year ("charged in
    /// July 2019, and arrested on July 14").
    pub month_said: Option<(i32, u32, usize)>,
    /// The last past month named as a month (`in May`, `last month`, `December's jump`) with no
    /// quarter or longer period named since, and where its mention ends (a byte offset): the
    /// period a figure is for, so `a year ago` close after it is that month a year back.
    pub month_period: Option<(i32, u32, usize)>,
    /// Where an evening greeting ("Good evening") ends, a byte offset: the broadcast is in the
    /// evening, and so are the clocks told after it that do not say their half of the day.
    /// Found on first need, in the bytes `evening_scope` (the whole text when `None`).
    pub evening_from: std::cell::OnceCell<Option<usize>>,
    /// Where an afternoon greeting ("Good afternoon") ends, found as the evening's is.
    pub afternoon_from: std::cell::OnceCell<Option<usize>>,
    /// Where an evening greeting is looked for: the span tagged, or the whole text.
    pub evening_scope: Option<(usize, usize)>,
    /// The day and hour of the last clock time told (`at the top of the hour`).
    pub last_clock: Option<(NaiveDate, u32)>,
}

/// How a match may be widened on its left.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Cls {
    /// A calendar date written out (`Oct. 29, 2024`).
    Explicit,
    /// A date relative to the reference (`last week`, `Friday`, `1990`).
    Relative,
    /// A length of time.
    Duration,
    /// A clock time.
    Clock,
    /// A recurrence.
    Set,
    /// `PAST_REF` and friends.
    Ref,
    /// A date counted back or forward (`two years ago`): hedges are kept.
    Ago,
}

/// A match over tokens `a..b`.
#[derive(Debug, Clone)]
pub(crate) struct Found {
    pub a: usize,
    pub b: usize,
    pub ty: TimexType,
    pub val: Val,
    pub cls: Cls,
    pub anomalies: Vec<TimeAnomaly>,
    /// Whether a `the` on the left may not be absorbed (`the 2000 budget`, `the eight-year war`).
    pub bare: bool,
    /// Whether the value was derived from context (`a year ago`): it does not become context.
    pub derived: bool,
}

impl Found {
    fn new(a: usize, b: usize, ty: TimexType, val: Val, cls: Cls) -> Found {
        Found {
            a,
            b,
            ty,
            val,
            cls,
            anomalies: Vec::new(),
            bare: false,
            derived: false,
        }
    }

    fn derived(mut self) -> Found {
        self.derived = true;
        self
    }

    /// A match whose value is not a point on the calendar (durations, sets, references).
    fn flat(a: usize, b: usize, ty: TimexType, value: &str, cls: Cls) -> Found {
        Found::new(a, b, ty, fixed(value, Grain::None), cls)
    }

    fn bare(mut self) -> Found {
        self.bare = true;
        self
    }
}

fn fixed(s: &str, grain: Grain) -> Val {
    (s.to_string(), grain, None)
}

/// The rule engine over one token slice.
pub(crate) struct G<'a> {
    pub text: &'a str,
    pub t: &'a [Tok],
    pub ctx: &'a Ctx,
    /// The last tense read: (token, answer). Rules ask the same token's tense several times.
    pub tense_memo: std::cell::Cell<Option<(usize, Tense)>>,
}

/// A word in lower case, held on the stack: the rules compare many words with fixed strings,
/// and an allocation per comparison showed in the bench. A word longer than any table word is
/// held as the empty string, which equals none of them.
pub(crate) struct Lower {
    buf: [u8; Lower::MAX],
    len: usize,
}

impl Lower {
    const MAX: usize = 32;

    fn of(word: &str) -> Lower {
        let mut buf = [0u8; Lower::MAX];
        let len = if word.len() <= Lower::MAX {
            for (b, w) in buf.iter_mut().zip(word.bytes()) {
                *b = w.to_ascii_lowercase();
            }
            word.len()
        } else {
            0
        };
        Lower { buf, len }
    }

    fn as_str(&self) -> &str {
        std::str::from_utf8(&self.buf[..self.len]).unwrap_or("")
    }
}

/// A clause's nearest tense marker: (distance in tokens, is future, is a teller behind a comma).
type Tense = Option<(usize, bool, bool)>;

const PREP_YEAR: &[&str] = &[
    "in", "since", "by", "until", "till", "of", "from", "to", "through", "during", "before",
    "after", "early", "late", "mid", "year", "fiscal", "circa", "around", "between", "and",
];

impl G<'_> {
    fn word(&self, i: usize) -> &str {
        match self.t.get(i) {
            Some(t) if t.kind == TokKind::Word => self.text.get(t.s..t.e).unwrap_or(""),
            _ => "",
        }
    }
    /// The bytes of word `i`, when token `i` is a word of `len` letters: the length is tested
    /// before the text is touched, so most calls end at one comparison.
    fn word_of_len(&self, i: usize, len: usize) -> Option<&[u8]> {
        match self.t.get(i) {
            Some(t) if t.kind == TokKind::Word && t.e - t.s == len => {
                self.text.as_bytes().get(t.s..t.e)
            }
            _ => None,
        }
    }
    /// Word `i` in lower case, on the stack (see [`Lower`]).
    fn lower(&self, i: usize) -> Lower {
        Lower::of(self.word(i))
    }
    fn is(&self, i: usize, w: &str) -> bool {
        self.word_of_len(i, w.len())
            .is_some_and(|b| b.eq_ignore_ascii_case(w.as_bytes()))
    }
    fn is_any(&self, i: usize, ws: &[&str]) -> bool {
        let Some(t) = self.t.get(i).filter(|t| t.kind == TokKind::Word) else {
            return false;
        };
        let Some(w) = self.text.as_bytes().get(t.s..t.e) else {
            return false;
        };
        ws.iter()
            .any(|x| x.len() == w.len() && w.eq_ignore_ascii_case(x.as_bytes()))
    }
    fn p(&self, i: usize, c: u8) -> bool {
        matches!(self.t.get(i), Some(t) if t.kind == TokKind::Punct(c))
    }
    fn sense(&self, i: usize, k: Kind) -> Option<&'static Sense> {
        self.t.get(i).and_then(|t| t.sense(k))
    }
    fn num(&self, i: usize) -> Option<&Tok> {
        self.t.get(i).filter(|t| t.kind == TokKind::Num)
    }
    /// Tokens `i` and `i + 1` touch (no space between).
    fn adj(&self, i: usize) -> bool {
        matches!((self.t.get(i), self.t.get(i + 1)), (Some(a), Some(b)) if a.e == b.s)
    }
    fn cap(&self, i: usize) -> bool {
        self.t.get(i).is_some_and(|t| t.cap)
    }
    /// A quotation mark at `i` (straight or typographic).
    fn quote(&self, i: usize) -> bool {
        match self.t.get(i) {
            Some(t) if t.kind == TokKind::Punct(b'"') => true,
            Some(t) if t.kind == TokKind::Other => {
                matches!(self.text.get(t.s..t.e), Some("\u{201c}" | "\u{201d}"))
            }
            _ => false,
        }
    }
    /// Skips a possessive `'s` at `i`.
    fn skip_poss(&self, i: usize) -> usize {
        if (self.p(i, b'\'') || matches!(self.t.get(i), Some(t) if t.kind == TokKind::Other))
            && self.is(i + 1, "s")
        {
            i + 2
        } else {
            i
        }
    }

    // ----- clause tense -------------------------------------------------------------------

    /// Whether token `k` ends a sentence or clause (see [`super::scan::mark_boundaries`]).
    #[inline]
    fn stop(&self, k: usize) -> bool {
        self.t[k].stop
    }

    /// Whether a blank line lies between token `k` and the one before it: a headline or a
    /// paragraph ends there, even without a full stop.
    #[inline]
    fn paragraph_break(&self, k: usize) -> bool {
        self.t[k].para
    }

    fn clause_bounds(&self, i: usize) -> (usize, usize) {
        let mut a = i;
        let mut steps = 0;
        while a > 0 && steps < 14 && !self.stop(a - 1) && !self.paragraph_break(a) {
            a -= 1;
            steps += 1;
        }
        let mut b = i;
        steps = 0;
        while b + 1 < self.t.len()
            && steps < 10
            && !self.stop(b + 1)
            && !self.paragraph_break(b + 1)
        {
            b += 1;
            steps += 1;
        }
        (a, b + 1)
    }

    /// The tense of the clause around token `i`: the nearest tense marker decides (a future
    /// word such as `will`, `to` + verb, or a past-tense verb); `None` when there is none.
    fn tense(&self, i: usize) -> Option<bool> {
        self.tense_at(i).map(|(_, fut, _)| fut)
    }

    /// The nearest tense marker around token `i`: (distance in tokens, is future, is a verb of
    /// telling behind a comma).
    fn tense_at(&self, i: usize) -> Tense {
        if let Some((k, tense)) = self.tense_memo.get() {
            if k == i {
                return tense;
            }
        }
        let tense = self.read_tense(i);
        self.tense_memo.set(Some((i, tense)));
        tense
    }

    fn read_tense(&self, i: usize) -> Tense {
        let (a, b) = self.clause_bounds(i);
        // "The Fed cut rates in January, and policymakers meet again next Tuesday": past ", and"
        // or ", but" another clause tells its own time
        if let Some(join) =
            (i + 1..b).find(|&k| self.p(k, b',') && self.is_any(k + 1, &["and", "but"]))
        {
            return self.read_tense_within(i, a, join);
        }
        self.read_tense_within(i, a, b).or_else(|| {
            // "In January, a week after the anniversary, a bombing killed ...": nothing in the
            // window, so the sentence's first marker past it decides
            // ("On Tuesday, the league plans to hold ..." stops at the infinitive: what is
            // planned is not told by the verbs past it)
            let mut e = i + 1;
            while e < self.t.len()
                && e < b + 30
                && !self.stop(e)
                && !self.paragraph_break(e)
                && !(self.is(e, "to")
                    && matches!(self.t.get(e + 1), Some(t) if t.kind == TokKind::Word && !t.cap)
                    && !self.is_any(e + 1, DETERMINERS))
            {
                e += 1;
            }
            (e > b).then(|| self.read_tense_within(i, b, e)).flatten()
        })
    }

    fn read_tense_within(&self, i: usize, a: usize, b: usize) -> Tense {
        let mut best: Option<(usize, usize, bool, bool)> = None;
        // the first "that" after the expression: markers past it tell what was told
        let that_at = (i + 1..b).find(|&k| self.is(k, "that"));
        // the first subordinating word after the expression: markers past it are another
        // clause's (found once, not once per marker)
        let subordinator_at = (i + 1..b).find(|&k| self.is_any(k, SUBORDINATORS));
        // A marker past a comma weighs less than one in the same stretch of the clause.
        let commas = |j: usize| {
            let (lo, hi) = if j < i { (j, i) } else { (i, j) };
            self.t[lo..hi]
                .iter()
                .filter(|t| t.kind == TokKind::Punct(b','))
                .count()
        };
        for j in a..b {
            // "plans", "planned" look forward only to what follows them ("planned a rally on
            // Saturday", "plans to vote"), not as a noun ("set aside vacation plans")
            if !self.may_mark_tense(j) {
                continue;
            }
            // (a verb of a schedule after "to", "evidence to begin the trial", is an
            // infinitive: the "to" speaks for it, before the expression only)
            let fut = self.wont(j)
                || (self.sense(j, Kind::Future).is_some()
                    // ("now holds 8.7%", "still faces charges": a state that holds now)
                    && !(j > a && self.is_any(j - 1, &["to", "now", "currently", "still", "already"]))
                    && !self.plain_verb_undone(j)
                && !(self.is_any(j, &["plans", "planned"])
                    && (j >= i || i - j < 2 || (self.is(j, "plans") && !self.is(j + 1, "to")))))
                || (self.is(j, "to")
                    && j < i
                    // (up to nine words on when no participle stands between: "to trace a car
                    // seen at 11pm on Friday" tells when the car was seen)
                    && (i - j <= 6
                        || (i - j <= 9
                            && !(j + 2..i).any(|k| {
                                self.sense(k, Kind::Past).is_some() || self.ed_form(k)
                            })))
                    && matches!(self.t.get(j + 1), Some(t) if t.kind == TokKind::Word && !t.cap && (t.entry.is_none() || self.sense(j + 1, Kind::Future).is_some()))
                    && !self.is_any(j + 1, DETERMINERS)
                    && !self.is_any(j + 1, TO_NOT_VERB)
                    && !self.is_any(j + 1, NOUNS_AFTER_TO)
                    // "went to clinics on Monday": a plural noun, not an infinitive ("to
                    // discuss", "to focus" end in -ss, -us)
                    && !self.plural_noun(j + 1))
                // "postponed until Tuesday", "moved up to Monday": put off or brought forward
                // to a day still to come
                || (j < i && i - j <= 8 && self.put_off_to(j, i));
            // "had been due to expire Friday", "had planned to vote Monday": a future seen
            // from a past that is itself over, so the day has gone by
            let fut = fut && !(j.saturating_sub(4).max(a)..j).any(|k| self.is(k, "had"));
            // "a payment that was due Monday": a schedule that has come
            let fut = fut && !(self.is(j, "due") && j > a && self.is_any(j - 1, &["was", "were"]));
            // "ruled that he must be returned ... and set Friday as the deadline": an obligation
            // told in the past is no future
            let fut = fut
                && !(self.is(j, "must")
                    && (j.saturating_sub(8)..j)
                        .rev()
                        .take_while(|&k| !self.stop(k))
                        .any(|k| self.is(k, "had") || self.past_verb(k, k)));
            // "may have died Friday", "would have voted Monday": a modal perfect looks back
            // "could not be reached Monday", "could be located Wednesday": a negated "could", or
            // one that tells whether the reporter reached someone, tells a past
            let fut = fut
                && !(self.is(j, "could")
                    && (self.is(j + 1, "not")
                        || (self.is(j + 1, "be") && self.is_any(j + 2, CONTACT_VERBS))));
            let fut = fut
                && !(self.is_any(j, &["may", "might", "would", "could", "should", "must"])
                    && self.is(j + 1, "have")
                    && (self.is(j + 2, "been")
                        || self.sense(j + 2, Kind::Past).is_some()
                        || self.word(j + 2).ends_with("ed")
                        || self.word(j + 2).ends_with("en")))
                // "May" is the month; a capital inside a clause is a name ("Millbrook Falls",
                // "Will Hayes")
                && !(self.cap(j) && (self.is(j, "may") || (j > a && !self.quote(j - 1))));
            // "was kidnapped along with the boy to make the trip": an infinitive of purpose
            // after a past verb tells no future
            // ("agreed to buy it in February", "did not plan to remove him Thursday": a verb
            // that takes the infinitive still looks ahead)
            // ("ordered him to surrender it by Friday": a verb and its object before the
            // infinitive tell what is asked of someone, still to come)
            let fut = fut
                && !(self.is(j, "to")
                    && j > a
                    && !self.past_verb(j - 1, a)
                    && self.sense(j - 1, Kind::Future).is_none()
                    && !self.is_any(j - 1, TAKES_INFINITIVE)
                    && !(j > a + 1
                        && self.is_any(j - 1, OBJECT_PRONOUNS)
                        && self.past_verb(j - 2, a))
                    // (the past verb may stand before the window's edge, in the sentence:
                    // "made it difficult for Sun to meet demand well into the summer")
                    && (j.saturating_sub(8)..j)
                        .rev()
                        .take_while(|&k| !self.stop(k))
                        .any(|k| self.past_verb(k, a.min(k))));
            // "began to fray Sunday", "continued to fall Monday", "failed to reach": the
            // infinitive after a verb of phase or of success is the told event itself
            let fut = fut && !(self.is(j, "to") && j > a && self.is_any(j - 1, PHASE_VERBS));
            let past = self.past_verb(j, a) && !self.after_modal(j, a);
            if !(fut || past) {
                continue;
            }
            let dist = j.abs_diff(i);
            // "... will leave Thursday, officials said": a teller's verb in a trailing
            // attribution is the tense of the telling, not of what is told; it decides only when
            // nothing else does
            let n_commas = commas(j);
            let teller = past
                && j > i
                && n_commas > 0
                && crate::extract::predicate::is_reporting_verb(self.lower(j).as_str())
                && (j.saturating_sub(6)..j).any(|k| self.p(k, b','))
                && {
                    // only a short tail ("said.", "said on Friday.") follows, not what was
                    // said ("said talks would resume")
                    let end = (j + 1..(j + 6).min(self.t.len())).find(|&k| self.stop(k));
                    end.is_some_and(|e| (j + 1..e).all(|k| self.sense(k, Kind::Future).is_none()))
                };
            // "told analysts Wednesday that the company would ...": a marker past "that" is
            // the tense of what was told, not of the telling
            let reported = that_at.is_some_and(|t| t < j);
            // "will stay closed until Tuesday after hackers broke in": a marker past a
            // subordinating word is the tense of another clause
            let subordinate = subordinator_at.is_some_and(|k| k < j)
                // "expected closing arguments on Monday and hoped to ...": a verb after "and"
                // heads another verb phrase
                || (j > i + 1 && self.is_any(j - 1, &["and", "but"]));
            let weight = dist
                + 4 * n_commas
                + if teller { 16 } else { 0 }
                + if reported || subordinate { 8 } else { 0 };
            if best.map(|(w, ..)| weight < w).unwrap_or(true) {
                best = Some((weight, dist, fut, teller));
            }
        }
        best.map(|(_, dist, fut, teller)| (dist, fut, teller))
    }

    /// Whether the word at `j` can mark a tense at all: a word of the table (`said`, `will`),
    /// an `-ed` form, `to`, the `won` of `won't`, or a verb that moves a date (`put`,
    /// `brought`). Most words of a clause are none of these, and the tense reader passes them at
    /// once.
    fn may_mark_tense(&self, j: usize) -> bool {
        let t = &self.t[j];
        if t.kind != TokKind::Word {
            return false;
        }
        t.entry.is_some() || self.ed_form(j) || self.is_any(j, &["to", "won", "put", "brought"])
    }

    /// Whether the word at `j` is an `-ed` form of five letters or more (`closed`, `voted`; not
    /// `bed`, `shed`).
    fn ed_form(&self, j: usize) -> bool {
        let w = self.word(j);
        w.len() > 4 && w.ends_with("ed")
    }

    /// Whether the plain form of a schedule verb at `j` ("meet", "begin") is no present tense:
    /// negated or done ("did not meet", "didn't begin"), a noun ("the meet", "a face"), or an
    /// infinitive or imperative after a modal or "to" that speaks for itself.
    fn plain_verb_undone(&self, j: usize) -> bool {
        // a verb that is a noun too counts only after a name, a pronoun or "then"
        if self.sense(j, Kind::Future).is_some_and(|s| s.n == 3) {
            let name = j > 1 && self.cap(j - 1) && self.t[j - 2].kind == TokKind::Word;
            return !(name || (j > 0 && self.is_any(j - 1, &["he", "she", "it", "then", "also"])));
        }
        j > 0
            && self.sense(j, Kind::Future).is_some_and(|s| s.n == 2)
            && (self.is_any(j - 1, &["not", "t", "never", "did", "do", "does", "to"])
                || self.is_any(j - 1, DETERMINERS)
                || self.p(j - 1, b'\'')
                || (j > 1 && self.is(j - 1, "s") && self.p(j - 2, b'\'')))
    }

    /// Whether the "-ed" word at `j` stands in the verb phrase of a modal a few words before it
    /// ("will publish updated figures on Friday", "would announce revised plans Monday"): an
    /// adjective or participle there, no past. A comma or a relative word between ends the
    /// phrase ("will appeal the ruling, which was issued Friday"), and so does a subordinating
    /// word ("would not withdraw until they apologized for the January clash").
    fn after_modal(&self, j: usize, a: usize) -> bool {
        self.sense(j, Kind::Past).is_none_or(|s| s.n == 2)
            && (j.saturating_sub(5).max(a)..j)
                .rev()
                .take_while(|&k| {
                    !self.p(k, b',')
                        && !self.is_any(k, SUBORDINATORS)
                        && !self.is_any(k, &["which", "who", "that", "until", "if", "and"])
                })
                .any(|k| self.is_any(k, &["will", "would", "shall", "ll"]))
    }

    /// Whether the word at `k` reads as a plural noun: an -s ending that no base verb has
    /// (not -ss, -us, -is).
    fn plural_noun(&self, k: usize) -> bool {
        let w = self.word(k).as_bytes();
        w.len() > 3
            && w.last().is_some_and(|c| c.eq_ignore_ascii_case(&b's'))
            && !matches!(w[w.len() - 2].to_ascii_lowercase(), b's' | b'u' | b'i')
    }

    /// Whether the word at `j` (in a clause opening at `a`) is a verb in the past tense.
    fn past_verb(&self, j: usize, a: usize) -> bool {
        // "-ed" before "by" is a participle ("markets untouched by the crisis"); after an
        // article or a possessive, an adjective ("the lost production", "a broken lock")
        let participle = self.is(j + 1, "by") || (j > a && self.is_any(j - 1, DETERMINERS));
        let ed_verb = self.ed_form(j) && !self.cap(j) && !participle;
        // (a past participle only opening a reduced relative: "the poll, taken Thursday")
        ((self
            .sense(j, Kind::Past)
            .is_some_and(|s| s.n != 2 || (j > 0 && self.p(j - 1, b',')))
            && !(j > a && self.is_any(j - 1, &["a", "an", "the", "its", "their", "his", "her", "our"])))
            || ed_verb)
            // (the word before may lie past the window's edge: "will be offered from 9 a.m. to
            // 5 p.m. on Friday" reaches back to "offered" only)
            && !(j > 0 && self.is_any(j - 1, AUXILIARIES))
            // "is currently targeted": an adverb between the auxiliary and its participle
            && !(j > a + 1 && self.word(j - 1).ends_with("ly") && self.is_any(j - 2, AUXILIARIES))
            // "will stay closed", "remains shut": a state, not a past event
            && !(j > 0 && self.sense(j - 1, Kind::Linking).is_some())
            // "were planning to", "was expected to": the future seen from the past
            && self.sense(j + 1, Kind::Future).is_none_or(|s| s.n == 3)
            && !self.is_any(j, PUT_OFF)
            && !self.wont(j)
    }

    /// Whether the verb at `j` moves something to the time at `i`, a few words on
    /// ("postponed until Tuesday", "moved up to Monday", "pushed back to March", "rescheduled
    /// for Friday", "brought forward to June").
    fn put_off_to(&self, j: usize, i: usize) -> bool {
        if !(self.is_any(j, PUT_OFF) || self.is_any(j, MOVED)) {
            return false;
        }
        // "put" moves a day only with its particle ("put off until", "brought the vote forward
        // to", not "put to a vote"); an object may stand between ("moved the vote to Monday")
        let needs_particle = self.is_any(j, &["put", "brought", "pushed", "bumped"]);
        let Some(k) = (j + 1..(j + 6).min(i)).find(|&k| {
            self.is_any(k, &["until", "till", "to", "for"]) || self.t[k].kind != TokKind::Word
        }) else {
            return false;
        };
        let particle = (j + 1..k).any(|m| self.is_any(m, MOVE_PARTICLES));
        (particle || !needs_particle)
            && i - k <= 2
            && self.is_any(k, &["until", "till", "to", "for"])
            && (!self.is(k, "for") || self.is(j, "rescheduled"))
    }

    /// Whether `won` at `j` is the "won" of "won't" (will not).
    fn wont(&self, j: usize) -> bool {
        self.is(j, "won")
            && (self.p(j + 1, b'\'')
                || matches!(self.t.get(j + 1), Some(t) if t.kind == TokKind::Other))
            && self.is(j + 2, "t")
    }

    /// Whether the clause around token `i` speaks of the future.
    fn future(&self, i: usize) -> bool {
        self.tense(i) == Some(true)
    }

    /// Whether the clause around token `i` is told in the past tense.
    fn past(&self, i: usize) -> bool {
        self.tense(i) == Some(false)
    }

    // ----- small readers -----------------------------------------------------------------

    /// A month name at `i`: (month, next index). Abbreviations need a period or a number after;
    /// "May" needs a number after or a preposition before.
    fn month_at(&self, i: usize) -> Option<(u32, usize)> {
        let s = self.sense(i, Kind::Month)?;
        if !self.cap(i) {
            return None;
        }
        let w = self.word(i);
        let m = s.n as u32;
        let mut j = i + 1;
        let abbrev = w.len() <= 4
            && !w.eq_ignore_ascii_case("june")
            && !w.eq_ignore_ascii_case("july")
            && !w.eq_ignore_ascii_case("may");
        let dotted = abbrev && self.p(j, b'.') && self.adj(i);
        if dotted {
            j += 1;
        }
        let next_num = self.num(j).is_some();
        if w.eq_ignore_ascii_case("may") {
            let before = i > 0 && self.is_any(i - 1, MAY_BEFORE);
            let before_dash = i > 0 && self.p(i - 1, b'-');
            if !(next_num || before || before_dash) {
                return None;
            }
        } else if abbrev && !(dotted || next_num) {
            return None;
        }
        // "the March for Life", "a March on Washington": a march named, not the month
        if w.eq_ignore_ascii_case("march") && self.is_any(j, &["for", "of", "on", "against"]) {
            let k = if self.is(j + 1, "the") { j + 2 } else { j + 1 };
            if self.name_after(k) {
                return None;
            }
        }
        Some((m, j))
    }

    /// A weekday name at `i`: (weekday, next index).
    fn weekday_at(&self, i: usize) -> Option<(u32, usize)> {
        let s = self.sense(i, Kind::Weekday)?;
        if !self.cap(i) {
            return None;
        }
        let w = self.word(i);
        let mut j = i + 1;
        if w.len() < 6 {
            // Abbreviations (Wed., Thu,) only with their period or a comma.
            if self.p(j, b'.') && self.adj(i) {
                j += 1;
            } else if !(self.p(j, b',')
                && (self.day_at(j + 1).is_some()
                    || self
                        .sense(j + 1, Kind::Month)
                        .is_some_and(|_| self.cap(j + 1))))
            {
                return None;
            }
        }
        Some((s.n as u32, j))
    }

    /// A day of the month at `i` (`29`, `29th`): (day, next index).
    fn day_at(&self, i: usize) -> Option<(u32, usize)> {
        let t = self.num(i)?;
        if t.digits > 2 || t.num == 0 || t.num > 31 || t.comma {
            return None;
        }
        let mut j = i + 1;
        if self.adj(i) && self.is_any(j, &["st", "nd", "rd", "th"]) {
            j += 1;
        } else if self.adj(i) && matches!(self.t.get(j), Some(x) if x.kind == TokKind::Word) {
            return None;
        }
        Some((t.num as u32, j))
    }

    /// A four-digit year at `i`.
    fn year_at(&self, i: usize) -> Option<(i32, usize)> {
        let t = self.num(i)?;
        if t.digits != 4 || t.comma || !(1000..=2199).contains(&t.num) {
            return None;
        }
        if self.adj(i) && matches!(self.t.get(i + 1), Some(x) if x.kind == TokKind::Word) {
            return None;
        }
        // "closed at 2082.1": a decimal is a measure, not a year
        if self.p(i + 1, b'.') && self.adj(i) && self.adj(i + 1) && self.num(i + 2).is_some() {
            return None;
        }
        if i > 0
            && self.adj(i - 1)
            && matches!(self.t.get(i - 1), Some(x) if x.kind == TokKind::Num)
        {
            return None;
        }
        Some((t.num as i32, i + 1))
    }

    /// Whether the word at `i` is a capitalised word that is no time word nor a preposition
    /// (`Windows` in "Windows 2000"; not `In` or `Fiscal`).
    fn in_name(&self, i: usize) -> bool {
        matches!(self.t.get(i), Some(t) if t.kind == TokKind::Word && t.cap && t.entry.is_none())
            && !self.is_any(i, PREP_YEAR)
            && !self.is_any(i, &["FY", "Year"])
            && !crate::extract::entity::lexicon::tables()
                .function_words
                .contains(self.lower(i).as_str())
    }

    /// Whether the word at `i` is a capitalised word of a name (`Times` in "the Sunday Times",
    /// `Olympics`, `War`): capitalised, no time word, not the first of a sentence's words.
    fn name_after(&self, i: usize) -> bool {
        matches!(self.t.get(i), Some(t) if t.kind == TokKind::Word && t.cap && t.entry.is_none())
            && self.t.get(i).is_some_and(|t| t.e - t.s > 1)
    }

    /// Whether the number at `i` is glued by hyphens to a name (`Exhibition--2024`,
    /// `Expo-2025`): part of the name, not a date of the text (`mid-2023` is a date).
    pub fn glued_to_name(&self, i: usize) -> bool {
        let mut k = i;
        while k > 0 && self.p(k - 1, b'-') && self.adj(k - 1) {
            k -= 1;
        }
        k < i
            && k > 0
            && self.adj(k - 1)
            && matches!(self.t.get(k - 1), Some(t) if t.kind == TokKind::Word)
            && !self.is_any(
                k - 1,
                &["mid", "pre", "post", "early", "late", "end", "fiscal", "FY"],
            )
    }

    /// An ordinal at `i` (`third`, `3rd`): (n, next index).
    fn ordinal_at(&self, i: usize) -> Option<(u32, usize)> {
        if let Some(s) = self.sense(i, Kind::Ordinal) {
            return Some((s.n as u32, i + 1));
        }
        let t = self.num(i)?;
        if t.digits <= 2 && self.adj(i) && self.is_any(i + 1, &["st", "nd", "rd", "th"]) {
            return Some((t.num as u32, i + 2));
        }
        None
    }

    /// A spelled number (`twenty-four`, `one hundred`) at `i`: (value, next index).
    fn spelled_at(&self, i: usize) -> Option<(u64, usize)> {
        let first = self.sense(i, Kind::Number)?;
        let mut v = first.n as u64;
        let mut j = i + 1;
        if (20..=90).contains(&v) && v % 10 == 0 {
            let k = if self.p(j, b'-') { j + 1 } else { j };
            if let Some(s) = self.sense(k, Kind::Number) {
                if (1..=9).contains(&s.n) {
                    v += s.n as u64;
                    j = k + 1;
                }
            }
        }
        if let Some(s) = self.sense(j, Kind::Number) {
            if s.n == 100 || s.n == 1000 {
                v *= s.n as u64;
                j += 1;
            }
        }
        Some((v, j))
    }

    /// A count before a unit: digits, words, `a`, `a few`, `several`, `2 1/2`.
    /// Returns (value or None when vague, half added, next index).
    fn count_at(&self, i: usize) -> Option<(Option<u64>, bool, usize)> {
        if let Some(t) = self.num(i) {
            if t.digits > 6 {
                return None;
            }
            let mut j = i + 1;
            // "7½", glued to its number
            if self.t.get(j).is_some_and(|x| {
                x.kind == TokKind::Other && x.s == t.e && &self.text[x.s..x.e] == "½"
            }) {
                return Some((Some(t.num), true, j + 1));
            }
            // "2 1/2", "7-1/2"
            let k = if self.p(j, b'-') && self.adj(i) && self.adj(j) {
                j + 1
            } else {
                j
            };
            if matches!(self.num(k), Some(x) if x.num == 1)
                && self.p(k + 1, b'/')
                && matches!(self.num(k + 2), Some(x) if x.num == 2)
            {
                return Some((Some(t.num), true, k + 3));
            }
            if self.p(j, b'.') && self.adj(i) && self.num(j + 1).is_some() && self.adj(j) {
                // decimals: "1.5 hours" -> keep the integer part, rarely matters
                j += 2;
            }
            return Some((Some(t.num), false, j));
        }
        if self.sense(i, Kind::Article).is_some() {
            let j = i + 1;
            if self.is(j, "few") {
                return Some((None, false, j + 1));
            }
            if self.is(j, "couple") && self.is(j + 1, "of") {
                return Some((Some(2), false, j + 2));
            }
            if self.is(j, "half") && self.is(j + 1, "dozen") {
                return Some((Some(6), false, j + 2));
            }
            if self.is(j, "dozen") {
                return Some((Some(12), false, j + 1));
            }
            if self.is(j, "hundred") || self.is(j, "thousand") {
                return Some((
                    Some(if self.is(j, "hundred") { 100 } else { 1000 }),
                    false,
                    j + 1,
                ));
            }
            return Some((Some(1), false, j));
        }
        // "the next couple of years"
        if self.is(i, "couple") && self.is(i + 1, "of") {
            return Some((Some(2), false, i + 2));
        }
        if self.sense(i, Kind::Vague).is_some() && !self.is(i, "some") && !self.is(i, "couple") {
            return Some((None, false, i + 1));
        }
        if let Some((v, j)) = self.spelled_at(i) {
            if self.is(j, "and") && self.is(j + 1, "a") && self.is(j + 2, "half") {
                return Some((Some(v), true, j + 3));
            }
            // "two-and-a-half"
            if self.p(j, b'-')
                && self.is(j + 1, "and")
                && self.p(j + 2, b'-')
                && self.is(j + 3, "a")
                && self.p(j + 4, b'-')
                && self.is(j + 5, "half")
            {
                return Some((Some(v), true, j + 6));
            }
            return Some((Some(v), false, j));
        }
        None
    }

    fn unit_at(&self, i: usize) -> Option<(Unit, bool)> {
        let s = self.sense(i, Kind::Unit)?;
        Some((s.unit?, s.plural))
    }

    // ----- the rules -----------------------------------------------------------------------

    /// Every rule at `i`; the longest match (first on ties).
    pub fn at(&self, i: usize) -> Option<Found> {
        let t = self.t.get(i)?;
        let opener = match t.kind {
            TokKind::Word => Opener::of(self.word(i).as_bytes()),
            _ => Opener::None,
        };
        let trigger = match t.kind {
            TokKind::Num => true,
            TokKind::Word => {
                t.entry.is_some_and(|e| e.starts_expressions())
                    || matches!(opener, Opener::Determiner | Opener::Frequency)
                    || (opener == Opener::Preposition && self.unit_at(i + 1).is_some_and(|u| u.1))
                    || (t.e - t.s == 1 && t.cap && self.adj(i) && self.num(i + 1).is_some())
            }
            TokKind::Punct(b'\'') => self.num(i + 1).is_some(),
            _ => false,
        };
        if !trigger {
            return None;
        }
        // A determiner starts an expression only with a time word, a number or a quote close
        // behind it ("the third quarter", "a week", "the '90s", "the near term"): most of them
        // have none, and skipping them here keeps the tagger fast.
        // So does a word that only hedges ("about", "at least", "after").
        if (opener == Opener::Determiner
            || self.sense(i, Kind::Article).is_some()
            || t.entry.is_some_and(|e| e.only_hedges()))
            && !(i + 1..=i + 3).any(|k| match self.t.get(k) {
                Some(x) => {
                    x.entry.is_some_and(|e| e.names_time())
                        // (a number only when it may open an expression itself: "about 40
                        // people" opens nothing)
                        || (x.kind == TokKind::Num && self.number_may_open(k))
                        || (x.kind == TokKind::Punct(b'\'') && self.num(k + 1).is_some())
                        || self.is_any(k, &["near", "short", "long", "top"])
                        || self.season_word(k)
                }
                None => false,
            })
        {
            return None;
        }
        if t.kind == TokKind::Num && !self.number_may_open(i) {
            return None;
        }
        // "for", "in", "within", "all" start only a bare plural or a season: skip the rest
        if t.entry.is_none() && (opener == Opener::Preposition || self.is(i, "all")) {
            return self.bare_plural(i).or_else(|| self.sport_season(i));
        }
        let mut best: Option<Found> = None;
        // One rule at a time: an array of every rule's result would copy 29 matches per token.
        let rules: [fn(&Self, usize) -> Option<Found>; 32] = [
            Self::clock,
            Self::explicit,
            Self::numeric_date,
            Self::year_rule,
            Self::quarter_rule,
            Self::shift_rule,
            Self::deictic,
            Self::duration,
            Self::reference,
            Self::set_rule,
            Self::holiday,
            Self::century,
            Self::spelled_year,
            Self::year_in_words,
            Self::decade_in_words,
            Self::season_rule,
            Self::bare_plural,
            Self::that_rule,
            Self::year_end,
            Self::phrase_ref,
            Self::part_of_day,
            Self::within_rule,
            Self::day_next_to,
            Self::sport_season,
            Self::bare_unit_rel,
            Self::nth_day,
            Self::coordinated_day,
            Self::frequency,
            Self::day_of_month,
            Self::overnight,
            Self::half_unit,
            Self::paired_plural,
        ];
        // (`first`: a rule that wins a tie, as the rules run after the array's do)
        let mut keep = |c: Option<Found>, first: bool| {
            if let Some(c) = c {
                if best
                    .as_ref()
                    .is_none_or(|b| c.b > b.b || (first && c.b == b.b))
                {
                    best = Some(c);
                }
            }
        };
        for rule in rules {
            keep(rule(self, i), false);
        }
        // Rules that only one kind of first word opens run only on it, after the others, and
        // win a tie with them.
        if self.is(i, "the") {
            keep(self.unit_next_to(i), true);
            keep(self.nth_in_month(i), true);
            keep(self.top_of_hour(i), true);
            keep(self.week_of(i), true);
            keep(self.new_year(i), true);
            keep(self.era_year(i), true);
        } else if self.is(i, "fy") {
            keep(self.fiscal_code(i), true);
        } else if t.kind == TokKind::Num {
            keep(self.era_year(i), true);
            keep(self.spoken_clock(i), true);
        } else if self.is_any(i, &["half", "quarter"]) || self.sense(i, Kind::Number).is_some() {
            keep(self.spoken_clock(i), true);
        }
        if best.as_ref().is_some_and(|f| self.titled(f.a, f.b)) {
            return None;
        }
        best
    }

    /// A bare plural unit paired with another ("weeks or even months", "years, not months",
    /// "within hours or days") or after a verb of lasting ("it will take years"): an
    /// unstated length.
    fn paired_plural(&self, i: usize) -> Option<Found> {
        let (u, true) = self.unit_at(i)? else {
            return None;
        };
        if u == Unit::Weekend || self.p(i + 1, b'-') || self.is(i + 1, "of") {
            return None;
        }
        // (no count, article or determiner before it: "two weeks", "the months", "recent
        // weeks and months")
        let uncounted = |k: usize| {
            k == 0 || {
                let prev = &self.t[k - 1];
                let counted = prev.kind == TokKind::Num
                    || prev
                        .entry
                        .is_some_and(|e| e.names_time() || e.get(Kind::Vague).is_some())
                    || self.is_any(k - 1, DETERMINERS);
                !counted || self.is_any(k - 1, PAIRING_WORDS)
            }
        };
        if !uncounted(i) {
            return None;
        }
        let bare_unit = |k: usize| {
            matches!(self.unit_at(k), Some((v, true)) if v != Unit::Weekend)
                && !self.p(k + 1, b'-')
                && !self.is(k + 1, "of")
                && uncounted(k)
        };
        // the word that pairs, past "even" or a comma: forward, then back
        let pairs_at = |k: usize, step_even: bool| -> Option<usize> {
            let mut k = k;
            if self.p(k, b',') {
                k += 1;
            }
            if !self.is_any(k, PAIRING_WORDS) {
                return None;
            }
            k += 1;
            if step_even && self.is(k, "even") {
                k += 1;
            }
            Some(k)
        };
        let forward = pairs_at(i + 1, true).is_some_and(&bare_unit);
        let backward = (i >= 2)
            .then(|| {
                let mut k = i - 1;
                if self.is(k, "even") {
                    k = k.checked_sub(1)?;
                }
                if !self.is_any(k, PAIRING_WORDS) {
                    return None;
                }
                let mut k = k.checked_sub(1)?;
                if self.p(k, b',') {
                    k = k.checked_sub(1)?;
                }
                Some(k)
            })
            .flatten()
            .is_some_and(&bare_unit);
        let lasting = i > 0 && self.is_any(i - 1, LASTING_VERBS);
        if !(forward || backward || lasting) {
            return None;
        }
        let v = duration_value(None, false, u);
        Some(Found::flat(
            i,
            i + 1,
            TimexType::Duration,
            &v,
            Cls::Duration,
        ))
    }

    /// `half an hour`, `a half-hour`, `half a century`: half of one unit, as a length.
    fn half_unit(&self, i: usize) -> Option<Found> {
        let (u, e) = if self.is(i, "half") && self.sense(i + 1, Kind::Article).is_some() {
            (self.unit_at(i + 2)?, i + 3)
        } else if self.sense(i, Kind::Article).is_some() && self.is(i + 1, "half") {
            let k = if self.p(i + 2, b'-') { i + 3 } else { i + 2 };
            (self.unit_at(k)?, k + 1)
        } else {
            return None;
        };
        let v = match u {
            (Unit::Hour, false) => "PT30M",
            (Unit::Minute, false) => "PT30S",
            (Unit::Day, false) => "PT12H",
            (Unit::Year, false) => "P6M",
            (Unit::Decade, false) => "P5Y",
            (Unit::Century, false) => "P50Y",
            _ => return None,
        };
        // ("a half-hour show" names a length of a thing, as "a two-hour show" does)
        Some(Found::flat(i, e, TimexType::Duration, v, Cls::Duration))
    }

    /// Whether tokens `a..b` name a day of their own: a weekday, a month, `today`, `yesterday`,
    /// `tomorrow` ("2 a.m. Thursday", "at 6 a.m. on March 3"), not a clock alone.
    pub fn names_a_day(&self, a: usize, b: usize) -> bool {
        (a..b.min(self.t.len())).any(|k| {
            self.sense(k, Kind::Weekday).is_some()
                || self.sense(k, Kind::Month).is_some()
                || self.sense(k, Kind::Deictic).is_some()
        })
    }

    /// Whether the number at `i` can open an expression: as a year or a four-digit clock (three
    /// digits or more, no grouping comma: "1998", "1430 GMT", "300 BC"), with something glued to
    /// it ("10:30", "10/29", "2024-10-29", "1990s", "5pm", "3rd", "1.5 years"), or with a time
    /// word, another number, a clock's half of the day or an era a few tokens on either side
    /// ("30 November", "3 days", "10 p.m.", "7 o'clock", "44 BC", "AD 79", "10, 11 and 12
    /// November", "April 24 and 25"). Most numbers of news are counts and sums with none of
    /// these ("11 people were killed", "about 40 servers"), and skipping them here keeps the
    /// tagger fast.
    fn number_may_open(&self, i: usize) -> bool {
        let t = &self.t[i];
        let timely = |k: usize| match self.t.get(k) {
            Some(x) => {
                x.kind == TokKind::Num
                    || x.entry.is_some_and(|e| e.names_time())
                    || (self.is_any(k, &["a", "p"]) && self.p(k + 1, b'.'))
                    || self.is_any(k, &["pm", "am", "o", "bc", "ad", "bce", "ce", "b"])
            }
            None => false,
        };
        // (glued to a percent sign, a comma or a closing bracket, a number is a count: "5%",
        // "(12)", "10, 11 and 12 November" opens on the words that follow)
        let glued = self.adj(i)
            && !matches!(
                self.t.get(i + 1).map(|x| x.kind),
                Some(TokKind::Punct(b'%' | b',' | b')'))
            );
        (t.digits >= 3 && !t.comma)
            || glued
            || (i + 1..=i + 4).any(timely)
            || (i.saturating_sub(3)..i).any(timely)
    }

    /// `FY25`, `FY2025`: a fiscal year written as a code, the year it is named by (a
    /// two-digit year in the reference date's century, or the one before when that is more
    /// than twenty years ahead).
    fn fiscal_code(&self, i: usize) -> Option<Found> {
        if !self.cap(i) || !self.adj(i) {
            return None;
        }
        let t = self.num(i + 1)?;
        if self.adj(i + 1) && matches!(self.t.get(i + 2), Some(t) if t.kind == TokKind::Word) {
            return None;
        }
        let y = match t.digits {
            4 => t.num as i32,
            2 => {
                let now = self.ctx.dct.map_or(2000, |d| d.year());
                let y = now / 100 * 100 + t.num as i32;
                if y > now + 20 {
                    y - 100
                } else {
                    y
                }
            }
            _ => return None,
        };
        Some(Found::new(
            i,
            i + 2,
            TimexType::Date,
            r::year(y),
            Cls::Explicit,
        ))
    }

    /// `the third Thursday of the month`, `the last Sunday in March`, `the first Monday of next
    /// month`, `the second week of January`: a weekday or a week counted within a month. The
    /// month is resolved as a bare month is (by the clause's tense), unless a year is written.
    fn nth_in_month(&self, i: usize) -> Option<Found> {
        let n: u8 = if self.is_any(i + 1, &["last", "final"]) {
            0
        } else {
            let s = self
                .sense(i + 1, Kind::Ordinal)
                .filter(|s| (1..=5).contains(&s.n))?;
            s.n as u8
        };
        let j = i + 2;
        let weekday = self
            .sense(j, Kind::Weekday)
            .filter(|_| self.cap(j) && self.sense(j, Kind::Set).is_none())
            .map(|s| s.n as u32);
        // ("the first half of December": no calendar value is finer than the month)
        let half = self.is(j, "half") && (n == 1 || n == 2);
        if weekday.is_none() && !self.is(j, "week") && !half {
            return None;
        }
        let k = j + 1;
        if !self.is_any(k, &["of", "in"]) {
            return None;
        }
        let (y, m, end) = if let Some((m, e)) = self.month_at(k + 1) {
            match self.opt_year(e) {
                (Some(y), e2) => (y, m, e2),
                (None, e2) => {
                    let y = self.month_alone(k + 1, m, 0).0.get(..4)?.parse().ok()?;
                    (y, m, e2)
                }
            }
        } else if self.is(k + 2, "month") {
            let dct = self.ctx.dct?;
            let shift = if self.is_any(k + 1, &["the", "this"]) {
                0
            } else {
                self.sense(k + 1, Kind::Shift).filter(|s| s.n.abs() == 1)?.n
            };
            let (y, m) = r::add_months(dct.year(), dct.month(), shift);
            (y, m, k + 3)
        } else {
            return None;
        };
        let val = match weekday {
            Some(wd) => r::day(r::nth_weekday(y, m, wd, n)?),
            None if half => r::month(y, m),
            None => {
                // (the week of the middle day of the month's n-th seven days, or of its last)
                let d = if n == 0 {
                    r::ymd(y, m, r::month_len(y, m) - 3)?
                } else {
                    r::ymd(y, m, u32::from(n - 1) * 7 + 4)?
                };
                r::week(d)
            }
        };
        Some(Found::new(i, end, TimexType::Date, val, Cls::Relative))
    }

    /// `the week beginning January 7`, `the week of Oct. 21`, `the week to Sunday, February
    /// 17`: the week of that day, one expression.
    fn week_of(&self, i: usize) -> Option<Found> {
        if !self.is(i, "the") || self.unit_at(i + 1) != Some((Unit::Week, false)) {
            return None;
        }
        let k = i + 2;
        if !self.is_any(
            k,
            &[
                "beginning",
                "starting",
                "commencing",
                "of",
                "to",
                "ending",
                "ended",
            ],
        ) {
            return None;
        }
        let k = k + 1 + usize::from(self.is(k + 1, "on"));
        // ("the week ended Friday": a weekday names the day too)
        let f = self
            .explicit(k)
            .or_else(|| self.weekday_rule(k))
            .filter(|f| f.a == k && f.val.1 == Grain::Day)?;
        let day = f.val.2?.first;
        // (the range is the day told: "the following week" counts from it)
        let (v, g, _) = r::week(day);
        let range = Some(super::DateRange {
            first: day,
            last: day,
        });
        Some(Found::new(
            i,
            f.b,
            TimexType::Date,
            (v, g, range),
            Cls::Relative,
        ))
    }

    /// Whether tokens `a..b` are the title of a show, a paper or a film (`"60 Minutes"`, ABC's
    /// `This Week`, `VOA Today`, `High Noon`): a time word that is written in lower case in
    /// running text (a unit, `today`, `noon`) is capitalised in the middle of a sentence that is
    /// not itself a title-case headline.
    fn titled(&self, a: usize, b: usize) -> bool {
        let lower_word = |k: usize| {
            self.t[k].kind == TokKind::Word
                && self.t[k].cap
                && [
                    Kind::Unit,
                    Kind::Deictic,
                    Kind::Clock,
                    Kind::Ref,
                    Kind::Set,
                    Kind::Pod,
                ]
                .iter()
                .any(|&kind| self.sense(k, kind).is_some())
                && [Kind::Month, Kind::Weekday, Kind::Holiday, Kind::Season]
                    .iter()
                    .all(|&kind| self.sense(k, kind).is_none())
                // "on Mondays" is capitalised as its day is
                && !self
                    .sense(k, Kind::Set)
                    .is_some_and(|s| s.text.starts_with("XXXX-WXX"))
        };
        let Some(k) = (a..b).find(|&k| lower_word(k)) else {
            return false;
        };
        // "CNN LIVE TODAY", "WORLD NEWS TONIGHT": a word in capitals among capitals names a
        // programme
        let shouted = |x: usize| {
            self.t.get(x).is_some_and(|t| {
                t.kind == TokKind::Word
                    && t.e - t.s >= 2
                    && self.word(x).bytes().all(|c| c.is_ascii_uppercase())
            })
        };
        if b == a + 1
            && self.t[a].e - self.t[a].s >= 3
            && shouted(a)
            && ((a > 0 && shouted(a - 1)) || shouted(b))
        {
            return true;
        }
        // the first word of a sentence, a quote or a parenthesis is capitalised anyway
        let first = |k: usize| {
            k == 0
                || matches!(self.t[k - 1].kind, TokKind::Punct(p) if p != b',')
                || self.t[k - 1].kind == TokKind::Other
        };
        // ("Election Day", "Thanksgiving Day" are holidays, not titles)
        if (k == a && first(a)) || (a..b).any(|x| self.sense(x, Kind::Holiday).is_some()) {
            return false;
        }
        // a title-case headline capitalises everything
        let (lo, hi) = (a.saturating_sub(12), (b + 12).min(self.t.len()));
        let words: Vec<&Tok> = self.t[lo..hi]
            .iter()
            .filter(|t| t.kind == TokKind::Word && t.e - t.s > 3)
            .collect();
        let caps = words.iter().filter(|t| t.cap).count();
        caps * 10 < words.len() * 7
    }

    /// `10:35 a.m.`, `4 p.m. EDT Thursday`, `noon`, `14:30`, `4 in the morning`.
    fn clock(&self, i: usize) -> Option<Found> {
        self.clock_at(i, true)
    }

    /// A clock time at `i`; with `range`, one that opens a range ("from 9 a.m. to 5 p.m. on
    /// Friday") takes the day of the clock that closes it.
    fn clock_at(&self, i: usize, range: bool) -> Option<Found> {
        let (mut h, mut m, mut j, mut grain);
        // whether the clock says which half of the day it is in ("3:15 p.m.")
        let mut told_half = false;
        if let Some(s) = self.sense(i, Kind::Clock) {
            let (hh, mm) = s.text.split_once(':')?;
            h = hh.parse().ok()?;
            m = mm.parse().ok()?;
            j = i + 1;
            grain = Grain::Minute;
        } else if let Some(t) = self.num(i).filter(|t| {
            // "0930 GMT", "1430 UTC", "0045 local time", "at 1900 hours": a four-digit clock
            // before its time zone, or after a preposition of time before "hours" ("1500 hours"
            // alone is as often a count of hours)
            t.digits == 4
                && !t.comma
                && t.num / 100 < 24
                && t.num % 100 < 60
                && (self.zone_end(i + 1).is_some()
                    || (self.is_any(i + 1, &["hours", "hrs"])
                        && i > 0
                        && self.is_any(i - 1, CLOCK_PREPS))
                    // ("the first call came at 0352": a leading zero is no year's)
                    || (t.num < 1000
                        && self.text.as_bytes().get(t.s) == Some(&b'0')
                        && i > 0
                        && self.is_any(i - 1, &["at", "by", "until", "till", "since", "from"])))
        }) {
            h = (t.num / 100) as u32;
            m = (t.num % 100) as u32;
            j = if self.is_any(i + 1, &["hours", "hrs"]) {
                i + 2
            } else {
                i + 1
            };
            grain = Grain::Minute;
        } else {
            // ("seven o'clock": a spelled hour before "o'clock")
            let spelled = self.num(i).is_none()
                && self.is(i + 1, "o")
                && self.p(i + 2, b'\'')
                && self.is(i + 3, "clock");
            h = if spelled {
                let s = self
                    .sense(i, Kind::Number)
                    .filter(|s| (1..=12).contains(&s.n))?;
                s.n as u32
            } else {
                let t = self.num(i)?;
                if t.digits > 2 || t.num > 24 || t.comma {
                    return None;
                }
                t.num as u32
            };
            m = 0;
            j = i + 1;
            grain = Grain::Hour;
            let mut has_min = false;
            // "It's 7.06": a point between hour and minutes after a telling of the time
            let told = self.p(j, b'.') && self.its_time(i);
            // ("23h00", "8h30": the French way, in 24 hours)
            let french = self.is(j, "h")
                && t_digits_hour(self.num(i))
                && matches!(self.num(j + 1), Some(x) if x.digits == 2);
            if (self.p(j, b':') || told || french) && self.adj(i) && self.adj(j) {
                let mm = self.num(j + 1)?;
                if mm.digits != 2 || mm.num > 59 {
                    return None;
                }
                m = mm.num as u32;
                j += 2;
                grain = Grain::Minute;
                has_min = true;
                if self.p(j, b':')
                    && self.adj(j - 1)
                    && matches!(self.num(j + 1), Some(x) if x.digits == 2)
                {
                    j += 2;
                    grain = Grain::Second;
                }
            }
            // "2.30am", "10.15 p.m.": a dotted clock needs its am/pm
            if !has_min
                && self.p(j, b'.')
                && self.adj(i)
                && self.adj(j)
                && matches!(self.num(j + 1), Some(x) if x.digits == 2 && x.num <= 59)
                // ("21.52 GMT": or its time zone)
                && (self.ampm(j + 2).0.is_some() || self.zone_end(j + 2).is_some())
            {
                m = self.num(j + 1).map_or(0, |x| x.num as u32);
                j += 2;
                grain = Grain::Minute;
                has_min = true;
            }
            let (ampm, k) = self.ampm(j);
            told_half = ampm.is_some();
            if let Some(pm) = ampm {
                if h == 0 || h > 12 {
                    return None;
                }
                if pm && h < 12 {
                    h += 12;
                } else if !pm && h == 12 {
                    h = 0;
                }
                j = k;
            } else if self.is(j, "in")
                && self.is(j + 1, "the")
                && self.sense(j + 2, Kind::Pod).is_some()
            {
                let code = self.sense(j + 2, Kind::Pod)?.text;
                h = in_half_of(h, code);
                told_half = true;
                j += 3;
            } else if self.is_any(j, &["o"]) && self.p(j + 1, b'\'') && self.is(j + 2, "clock") {
                j += 3;
                // "11 o'clock at night", "six o'clock in the evening"
                if self.is(j, "at") && self.is(j + 1, "night") {
                    h = in_half_of(h, "NI");
                    told_half = true;
                    j += 2;
                } else if self.is(j, "in") && self.is(j + 1, "the") {
                    if let Some(code) = self.sense(j + 2, Kind::Pod).map(|s| s.text) {
                        h = in_half_of(h, code);
                        told_half = true;
                        j += 3;
                    }
                }
            } else if (!has_min && !self.hour_before_part_of_day(i, h, j))
                || h > 23
                // ("$1:20", "GMT+5:30": a price, an offset)
                || (i > 0 && (self.p(i - 1, b'$') || self.p(i - 1, b'.') || self.p(i - 1, b'+')))
                || self.p(j, b':')
                || (self.p(j, b'.') && self.num(j + 1).is_some())
            {
                // a bare "10:35" must look like a clock, not a score or a ratio
                return None;
            }
        }
        // An optional time zone ("EST", "Pacific time", "Eastern Standard Time", "local
        // time"), then an optional day.
        if let Some(e) = self.zone_end(j) {
            j = e;
        }
        // "23:00 hours": a 24-hour clock read out with its "hours"
        if self.is_any(j, &["hours", "hrs"])
            && self.p(i + 1, b':')
            && j == i + 3
            && self.num(i).is_some_and(|t| t.digits == 2)
        {
            j += 1;
        }
        // A clock time with no day is on the day the story is at ("The ferry sailed on Friday.
        // It hit the rocks at 10:40 p.m."), but in a future clause on the day its own sentence
        // names, else on the reference day: a day named sentences before ("The special airs on
        // Monday.") is not the day of "We'll be live from the square at 11:30".
        // (read lazily, and over at most a sentence's length: the text since the anchor may be
        // long)
        let same_sentence = || self.within_sentence(self.ctx.anchor_end, i);
        // A clock opening a paragraph stamps an entry of a live report ("2:30 p.m. - The
        // mayor said ..."): it is on the reference day, whatever the entry before it told.
        let stamp = i == 0 || self.paragraph_break(i);
        // ("two hours last night, and the agency issued its statement at 5:12 a.m.": a
        // morning after a night is the next day's)
        let mut date = self
            .ctx
            .anchor
            .filter(|&a| {
                !stamp
                    && (!(self.future(i) || self.ctx.dct.is_some_and(|d| a > d)) || same_sentence())
            })
            .map(|a| {
                if self.ctx.anchor_night && told_half && h < 12 {
                    r::add_days(a, 1).unwrap_or(a)
                } else {
                    a
                }
            })
            .or(self.ctx.dct);
        let mut dval: Option<String> = None;
        // "6pm on Saturday", "9am on New Year's Eve": the day sets the clock's date but is an
        // expression of its own, as TimeML annotators mark it; "5 p.m. EST, Nov. 6" and
        // "noon Saturday" are one
        let on = self.is(j, "on");
        let clock_end = j;
        let k = if on || self.p(j, b',') { j + 1 } else { j };
        // a day past a blank line heads the next entry, not this clock's
        let apart = k < self.t.len() && self.paragraph_break(k);
        let written = if apart {
            None
        } else if self.month_at(k).is_some()
            || self.weekday_at(k).is_some()
            || (self.day_at(k).is_some() && k > j)
        {
            self.explicit(k).filter(|f| f.val.1 == Grain::Day)
        } else {
            None
        };
        let before = (date, dval.is_some());
        if apart {
        } else if let Some(f) = written {
            date = f.val.2.map(|r| r.first);
            if date.is_none() {
                dval = Some(f.val.0.clone());
            }
            j = f.b;
        } else if let Some((wd, e)) = self.weekday_at(k) {
            if let Some(dct) = self.ctx.dct {
                date = r::weekday_near(
                    dct,
                    wd,
                    0,
                    (self.future(i) || self.ahead(i)) && !self.after_since(i),
                );
            } else {
                dval = Some(format!("XXXX-WXX-{wd}"));
            }
            j = e;
            // "7 o'clock Sunday morning": the part of the day tells the half
            if let (Some(p), false) = (self.sense(e, Kind::Pod), told_half) {
                if !self.is(e, "overnight") {
                    h = in_half_of(h, p.text);
                    told_half = true;
                    j = e + 1;
                }
            }
        } else if let Some((f, code)) = self.day_after_clock(k).filter(|_| !on) {
            // "5pm next Saturday", "3:15 this afternoon", "8 o'clock tomorrow night": one
            // expression; a part of day sets the half the clock is in
            date = f.val.2.map(|r| r.first);
            if let (Some(code), false) = (code, told_half) {
                h = in_half_of(h, code);
                told_half = true;
            }
            j = f.b;
        } else if let Some(s) = self.sense(k, Kind::Deictic) {
            date = self.ctx.dct.and_then(|d| r::add_days(d, i64::from(s.n)));
            j = k + 1;
        } else if let Some(f) = self.holiday(k).filter(|_| on) {
            date = f.val.2.map(|r| r.first);
            j = f.b;
        } else if let Some(wd) = self.day_in_parentheses(j) {
            // "at 10:35 a.m. (0735 GMT) Friday", "at 4 in the morning (4 a.m. EDT Thursday)":
            // the day is told past a conversion, which stays out of the match
            if let Some(dct) = self.ctx.dct {
                date = r::weekday_near(
                    dct,
                    wd,
                    0,
                    (self.future(i) || self.ahead(i)) && !self.after_since(i),
                );
            }
        } else if let Some(d) = self.day_past_conversion(i, j) {
            // "at 10 pm (2200 GMT) on Sunday", and the "2200 GMT" inside it: the day after
            // the parenthesis is both clocks' day
            date = Some(d);
        } else if let Some(d) = range.then(|| self.range_end_day(j)).flatten() {
            // "from 9 a.m. to 5 p.m. on Friday", "between 3am and 9am on Friday": the day
            // after the range is its opening clock's too
            date = Some(d);
        }
        // "open daily from 10 a.m.", "departs every day at 7.15am", "until 9 p.m. on
        // Thursdays": a clock that comes back with a recurrence, and no day of its own, is on
        // no one day
        let day_told = j > clock_end || before != (date, dval.is_some());
        // "Good evening. It's 6 o'clock", "tonight at 7:05", "at 6:15 p.m. ... lifted off at
        // 6:42": a clock that does not say its half of the day takes it from around it
        // (a clock in 24 hours, "0112 GMT", "02:30", says its half by its digits)
        let h24 = self
            .num(i)
            .is_some_and(|t| t.digits == 4 || (t.digits == 2 && t.num < 10));
        if !told_half && !h24 && self.half_by_context(i, clock_end, h) {
            h += 12;
        }
        if !day_told
            && !stamp
            && !self.day_just_before(i)
            && (self.recurring_sentence(i) || self.habitual_before(i))
        {
            date = None;
        }
        let hm = if grain == Grain::Hour {
            format!("T{h:02}:00")
        } else {
            format!("T{h:02}:{m:02}")
        };
        let value = match (dval, date) {
            (Some(v), _) => format!("{v}{hm}"),
            (None, Some(d)) => format!("{}{hm}", r::day(d).0),
            (None, None) => format!("XXXX-XX-XX{hm}"),
        };
        if grain == Grain::Second {
            grain = Grain::Minute;
        }
        let range = date.map(|d| super::DateRange { first: d, last: d });
        if on {
            j = clock_end;
        }
        Some(Found::new(
            i,
            j,
            TimexType::Time,
            (value, grain, range),
            Cls::Clock,
        ))
    }

    /// Whether a day is told just before the clock at `i`, joined to it by "at", "on" or a
    /// comma ("opens March 3 at 4:12 a.m.", "Thursday, 25 November 1999, 11.30 a.m."): the
    /// clock is that day's, whatever recurrence the sentence tells.
    fn day_just_before(&self, i: usize) -> bool {
        let mut k = i;
        while k > 0 && i - k < 6 {
            k -= 1;
            if (self.sense(k, Kind::Weekday).is_some() && self.sense(k, Kind::Set).is_none())
                || self.sense(k, Kind::Month).is_some()
            {
                // ("every Sunday at 6.30 a.m." comes back each week)
                return !(k > 0 && self.is_any(k - 1, &["every", "each"]));
            }
            let joint = self.is_any(k, &["at", "on"])
                || self.p(k, b',')
                || self.p(k, b'.')
                || self.num(k).is_some();
            if !joint {
                return false;
            }
        }
        false
    }

    /// Whether a habit is told shortly before token `i` in its sentence ("who usually locked up
    /// at 10 p.m.", "typically went to bed after midnight"): a clock there is on no one day.
    fn habitual_before(&self, i: usize) -> bool {
        let lo = i.saturating_sub(12);
        (lo..i)
            .rev()
            .take_while(|&k| !self.stop(k) && !self.paragraph_break(k + 1))
            .any(|k| self.is_any(k, HABIT_WORDS))
    }

    /// Whether the sentence of token `i` tells a recurrence ("daily", "every day", "on
    /// Thursdays", "twice a day"), other than by years, months or within a day ("buses run
    /// every 15 minutes until 10 p.m." is tonight).
    fn recurring_sentence(&self, i: usize) -> bool {
        // (a word that may open a set, looked for first in a rough window: most clocks have
        // none near, and the sentence's edges are not worth finding then)
        let (lo, hi) = (i.saturating_sub(40), (i + 40).min(self.t.len()));
        let opener = |k: usize| {
            let t = &self.t[k];
            t.kind == TokKind::Word
                && ((t.entry.is_some()
                    && (self.sense(k, Kind::Set).is_some()
                        || self.sense(k, Kind::Every).is_some()))
                    || (matches!(
                        self.text.as_bytes().get(t.s),
                        Some(b'o' | b't' | b'O' | b'T')
                    ) && self.is_any(k, &["once", "twice", "thrice"])))
        };
        if !(lo..hi).any(opener) {
            return false;
        }
        let from = (lo..i)
            .rev()
            .find(|&k| self.stop(k) || self.paragraph_break(k + 1))
            .map_or(lo, |k| k + 1);
        let to = (i..hi)
            .find(|&k| self.stop(k) || (k > i && self.paragraph_break(k)))
            .unwrap_or(hi);
        // the recurrence is by days or weeks: not by years or months ("an annual show at
        // 8pm"), nor within a day ("buses every 15 minutes until 10 p.m.")
        let by_days = |f: Found| {
            !(f.val.0.ends_with('Y') || f.val.0.ends_with('M') || f.val.0.starts_with("PT"))
        };
        (from..to).filter(|&k| opener(k)).any(|k| {
            // ("twice a day, at 5am and 5pm")
            if self.is_any(k, &["once", "twice", "thrice"]) {
                self.frequency(k).is_some_and(by_days)
            } else {
                self.set_rule(k).is_some_and(by_days)
            }
        })
    }

    /// Whether a clock at `i..end` of hour `h` (1 to 11) that does not say its half of the day
    /// is in the afternoon or evening, by what surrounds it, the nearest first:
    /// - a part of the day named shortly before it in its paragraph ("derailed early this
    ///   morning ... at 4:10", "tonight at 7:05", "began at 9 last night, and it wasn't until
    ///   just after 4": a night's clock before 6 is after midnight);
    /// - a list or range closed by a clock that says it ("1:15, 4:30 and 8 p.m.");
    /// - a greeting of the broadcast ("Good evening", "It's four o'clock. Good afternoon");
    /// - a clock shortly before it that says it is after noon ("left the gate at 6:15 p.m. and
    ///   lifted off at 6:42").
    fn half_by_context(&self, i: usize, end: usize, h: u32) -> bool {
        if !(1..12).contains(&h) {
            return false;
        }
        // the hour of a clock whose am/pm is at `k` ("6:15 p.m.", "8 p.m.")
        let hour_before = |k: usize| -> Option<u32> {
            let n = self.num(k.checked_sub(1)?)?;
            if k >= 3 && self.p(k - 2, b':') {
                self.num(k - 3).map(|x| x.num as u32)
            } else {
                Some(n.num as u32)
            }
        };
        let lo = i.saturating_sub(25);
        let mut k = i;
        while k > lo && !self.paragraph_break(k) {
            k -= 1;
            if let Some(p) = self.sense(k, Kind::Pod) {
                return match p.text {
                    "AF" => h <= 7,
                    "EV" => h >= 4,
                    "NI" => h >= 6 && !self.is(k, "overnight"),
                    _ => false,
                };
            }
            if self.is(k, "tonight") {
                return h >= 5;
            }
        }
        let mut k = end;
        while k < (end + 8).min(self.t.len()) && !self.paragraph_break(k) {
            if let (Some(pm), _) = self.ampm(k) {
                return pm && hour_before(k).is_some_and(|x| h <= x);
            }
            let joins = self.num(k).is_some()
                || self.p(k, b':')
                || self.p(k, b',')
                || self.p(k, b'-')
                || self.is_any(k, &["and", "or", "to", "until", "till"]);
            if !joins {
                break;
            }
            k += 1;
        }
        if self.evening_before(i) || (h <= 9 && self.afternoon_before(i)) {
            return true;
        }
        let mut k = i;
        while k > lo && !self.paragraph_break(k) {
            k -= 1;
            if let (Some(pm), _) = self.ampm(k) {
                return pm && hour_before(k).is_some_and(|x| h + 12 >= x);
            }
        }
        false
    }

    /// Whether an afternoon greeting ("Good afternoon") comes before token `i` or just after
    /// it ("It's four o'clock. Good afternoon, I'm ...").
    fn afternoon_before(&self, i: usize) -> bool {
        let (a, b) = self.ctx.evening_scope.unwrap_or((0, self.text.len()));
        self.ctx
            .afternoon_from
            .get_or_init(|| {
                let scope = self.text.get(a..b)?;
                super::greeting(scope, "ood afternoon").map(|k| k + a)
            })
            .is_some_and(|e| e <= self.t[i].s + 48)
    }

    /// Whether an evening greeting ("Good evening") comes before token `i`: looked for once,
    /// on the first clock that needs it.
    fn evening_before(&self, i: usize) -> bool {
        let (a, b) = self.ctx.evening_scope.unwrap_or((0, self.text.len()));
        self.ctx
            .evening_from
            .get_or_init(|| {
                let scope = self.text.get(a..b)?;
                super::evening_greeting(scope).map(|k| k + a)
            })
            .is_some_and(|e| e <= self.t[i].s)
    }

    /// Whether the clock at `i` follows "it's" or "it is", telling the time it is ("It's 7.06",
    /// "it is just gone 8 o'clock"): a broadcast's own time.
    pub(crate) fn its_time(&self, i: usize) -> bool {
        let i = if i > 1 && self.is_any(i - 1, &["gone", "past"]) && self.is(i - 2, "just") {
            i - 2
        } else {
            i
        };
        (i > 2 && self.is(i - 1, "s") && self.p(i - 2, b'\'') && self.is(i - 3, "it"))
            || (i > 1 && self.is(i - 1, "is") && self.is(i - 2, "it"))
    }

    /// Whether a bare hour `h` at `i`, its number ending at `j`, is a clock because a part of a
    /// day follows it: "at 7 this morning", "at 9 tonight".
    fn hour_before_part_of_day(&self, i: usize, h: u32, j: usize) -> bool {
        // ("at about 9 last night")
        let at = i > 0
            && (self.is(i - 1, "at")
                || (i > 1
                    && self.is_any(i - 1, &["about", "around", "approximately"])
                    && self.is(i - 2, "at")));
        at && h <= 12
            && self
                .day_after_clock(j)
                .is_some_and(|(_, code)| code.is_some())
    }

    /// The end of a time zone told at `j` after a clock time: `EST`, `GMT`, `local time`,
    /// `Pacific time`, `Eastern Standard Time` (a zone's name, unlike its abbreviation, needs
    /// its "time": "at 9 a.m. Central Park").
    fn zone_end(&self, j: usize) -> Option<usize> {
        if self.is(j, "local") && self.is(j + 1, "time") {
            return Some(j + 2);
        }
        let named = self.sense(j, Kind::Tz)?.text == "name";
        let e = j + 1;
        if self.is_any(e, &["standard", "daylight", "mean"]) && self.is(e + 1, "time") {
            Some(e + 2)
        } else if self.is(e, "time") {
            Some(e + 1)
        } else {
            // "11 a.m. Eastern, and": a zone's name alone, capitalised and not the first word
            // of a longer name ("9 a.m. Central Park")
            let alone = self.cap(j)
                && !(self
                    .t
                    .get(e)
                    .is_some_and(|t| t.kind == TokKind::Word && t.cap));
            (!named || alone).then_some(e)
        }
    }

    /// A relative day right after a clock time, with the part of day it names if any: `next
    /// Saturday`, `this afternoon`, `tomorrow night`, `yesterday morning`.
    fn day_after_clock(&self, k: usize) -> Option<(Found, Option<&'static str>)> {
        // ... and a day the story is at: "2am the following morning", "3 p.m. the same day",
        // "11:30 a.m. that day"
        let anchored = (self.is(k, "the") && self.is_any(k + 1, &["following", "same", "next"]))
            || self.is(k, "that");
        if !self.is_any(k, &["next", "this", "last", "tonight"])
            && self.sense(k, Kind::Deictic).is_none()
            && !anchored
        {
            return None;
        }
        let f = self
            .deictic(k)
            .or_else(|| self.shift_rule(k))
            .or_else(|| self.that_rule(k))?;
        let one_day = f.val.2.is_some_and(|r| r.first == r.last);
        let code = match f.val.1 {
            Grain::Day => None,
            Grain::PartOfDay => Some(self.sense(f.b - 1, Kind::Pod).map_or("NI", |p| p.text)),
            _ => return None,
        };
        (one_day || code.is_some()).then_some((f, code))
    }

    /// The weekday inside or right after a parenthesis opening at `j` (`(0735 GMT) Friday`,
    /// `(4 a.m. EDT Thursday)`).
    fn day_in_parentheses(&self, j: usize) -> Option<u32> {
        if !self.p(j, b'(') {
            return None;
        }
        let close = self.closing_paren(j)?;
        (j + 1..close)
            .chain([close + 1])
            .find_map(|k| self.weekday_at(k).map(|(wd, _)| wd))
    }

    /// The `)` closing, within a few tokens, a parenthesis that opens at `j`.
    fn closing_paren(&self, j: usize) -> Option<usize> {
        (j + 1..(j + 12).min(self.t.len())).find(|&c| self.p(c, b')'))
    }

    /// The day of the clock that closes a range opened by a clock ending at `j` ("to 5 p.m. on
    /// Friday", "and 9am on Friday", "- 8pm tonight"): the day it names, or, naming none, the
    /// same day the opening clock has.
    fn range_end_day(&self, j: usize) -> Option<NaiveDate> {
        if !(self.is_any(j, &["to", "and", "until", "till", "through"]) || self.p(j, b'-')) {
            return None;
        }
        let f = self.clock_at(j + 1, false)?;
        f.val.2.map(|r| r.first)
    }

    /// The day told after the parenthesis of a clock's conversion, the clock at `i` ending at
    /// `j` just before the parenthesis opens (`10 pm (2200 GMT) on Sunday`) or closes
    /// (`(2200 GMT) on May 22`): a weekday or a written date, with or without "on".
    fn day_past_conversion(&self, i: usize, j: usize) -> Option<NaiveDate> {
        let close = if self.p(j, b')') {
            j
        } else if self.p(j, b'(') {
            self.closing_paren(j)?
        } else {
            return None;
        };
        let k = if self.is(close + 1, "on") {
            close + 2
        } else {
            close + 1
        };
        if let Some((wd, _)) = self.weekday_at(k) {
            let dct = self.ctx.dct?;
            return r::weekday_near(dct, wd, 0, self.future(i) || self.ahead(i));
        }
        if self.month_at(k).is_some() || self.day_at(k).is_some() {
            let f = self.explicit(k).filter(|f| f.val.1 == Grain::Day)?;
            return f.val.2.map(|r| r.first);
        }
        None
    }

    /// `a.m.`, `p.m.`, `am`, `PM` at `j`: (Some(is_pm), next index).
    fn ampm(&self, j: usize) -> (Option<bool>, usize) {
        let w = self.word(j);
        if w.eq_ignore_ascii_case("am") || w.eq_ignore_ascii_case("pm") {
            return (Some(w.eq_ignore_ascii_case("pm")), j + 1);
        }
        if (w.eq_ignore_ascii_case("a") || w.eq_ignore_ascii_case("p"))
            && self.p(j + 1, b'.')
            && self.is(j + 2, "m")
        {
            let e = if self.p(j + 3, b'.') { j + 4 } else { j + 3 };
            return (Some(w.eq_ignore_ascii_case("p")), e);
        }
        (None, j)
    }

    /// Checks a written-out date and builds its match, with anomalies.
    #[allow(clippy::too_many_arguments)]
    fn build_date(
        &self,
        a: usize,
        b: usize,
        y: Option<i32>,
        m: u32,
        d: u32,
        wd: Option<u32>,
    ) -> Found {
        let mut anomalies = Vec::new();
        let year = y.or_else(|| {
            if let Some((y0, _, _)) = self
                .ctx
                .month_said
                .filter(|&(_, m0, end)| m0 == m && self.since_in_sentence(end, a))
            {
                return Some(y0);
            }
            let dct = self.ctx.dct?;
            let mut yy = dct.year();
            // No year written: the year of the reference, unless the tense says otherwise.
            let cand = r::ymd(yy, m, d.min(r::month_len(yy, m).max(1)))?;
            let diff = (cand - dct).num_days();
            let future = self.future(a);
            let past = self.past(a);
            if diff > 60 && !future && !self.ahead(a) && (past || diff > 90) {
                yy -= 1;
            } else if (diff < -240 && !past) || (diff < -60 && (future || self.ahead(a))) {
                // "Jan. 2" in a late-October article, "until June 1": the coming one
                yy += 1;
            }
            // "Tuesday 17 January" in a December article: the weekday tells the year, when
            // only a year next to the guessed one fits it and lies within half a year
            if let Some(w) = wd {
                let fits = |y: i32| r::ymd(y, m, d).is_some_and(|x| r::weekday_number(x) == w);
                let near =
                    |y: i32| r::ymd(y, m, d).is_some_and(|x| (x - dct).num_days().abs() <= 183);
                if !fits(yy) {
                    let other = [yy - 1, yy + 1].into_iter().filter(|&y| fits(y) && near(y));
                    if let Ok(y) = other.exactly_one() {
                        yy = y;
                    }
                }
            }
            Some(yy)
        });
        let val = match year {
            Some(yy) => match r::ymd(yy, m, d) {
                Some(date) => {
                    if let Some(w) = wd {
                        if r::weekday_number(date) != w {
                            anomalies.push(TimeAnomaly {
                                kind: TimeAnomalyKind::WeekdayMismatch,
                                message: format!(
                                    "{} is a {}, not a {}",
                                    r::day(date).0,
                                    r::weekday_name(r::weekday_number(date)),
                                    r::weekday_name(w)
                                ),
                            });
                        }
                    }
                    if let Some(dct) = self.ctx.dct {
                        if date > dct && self.past(a) {
                            anomalies.push(TimeAnomaly {
                                kind: TimeAnomalyKind::PastEventAfterPublication,
                                message: format!(
                                    "told in the past tense but dated {}, after publication on {}",
                                    r::day(date).0,
                                    r::day(dct).0
                                ),
                            });
                        }
                    }
                    r::day(date)
                }
                None => {
                    anomalies.push(no_such_day(yy, m, d));
                    (format!("{yy:04}-{m:02}-{d:02}"), Grain::Day, None)
                }
            },
            None => {
                if d > max_month_len(m) {
                    anomalies.push(no_such_day(0, m, d));
                }
                (format!("XXXX-{m:02}-{d:02}"), Grain::Day, None)
            }
        };
        let mut f = Found::new(a, b, TimexType::Date, val, Cls::Explicit);
        f.anomalies = anomalies;
        f
    }

    /// `[Thursday,] October 31[, 2024]`, `30 November [2024]`, `July 1997`, `March`.
    fn explicit(&self, i: usize) -> Option<Found> {
        let mut j = i;
        let mut wd = None;
        if let Some((w, e)) = self.weekday_at(i) {
            wd = Some(w);
            j = if self.p(e, b',') { e + 1 } else { e };
            if self.month_at(j).is_none() && self.day_at(j).is_none() && !self.is(j, "the") {
                return self.weekday_rule(i);
            }
            // "Thursday 12/03/2009", "Tue, 10/03/09"
            if let Some(f) = self.numeric_date_from(i, j, wd) {
                return Some(f);
            }
        }
        if self.is(j, "the")
            && self.ordinal_at(j + 1).is_some()
            && self.is(
                j + 2 + usize::from(self.sense(j + 1, Kind::Ordinal).is_none()),
                "of",
            )
        {
            // "the 30th of November"
            let (d, e) = self.ordinal_at(j + 1)?;
            let (m, e2) = self.month_at(e + 1)?;
            let (y, e3) = self.opt_year(e2);
            return Some(self.build_date(i, e3, y, m, d, wd));
        }
        if let Some((m, e)) = self.month_at(j) {
            // Month Day [, Year]; the day may be spelled ("March eighth")
            let day = self.day_at(e).or_else(|| {
                let o = self.sense(e, Kind::Ordinal)?;
                (1..=31).contains(&o.n).then_some((o.n as u32, e + 1))
            });
            if let Some((d, e2)) = day {
                if !((self.p(e2, b':') || self.p(e2, b'.'))
                    && self.adj(e2)
                    && self.num(e2 + 1).is_some())
                {
                    let (y, e3) = self.opt_year(e2);
                    return Some(self.build_date(i, e3, y, m, d, wd));
                }
            }
            if wd.is_some() {
                return self.weekday_rule(i);
            }
            // Month [of|,] Year
            let k = if self.is(e, "of") || self.p(e, b',') {
                e + 1
            } else {
                e
            };
            if let Some((y, e2)) = self.year_at(k) {
                return Some(Found::new(
                    i,
                    e2,
                    TimexType::Date,
                    r::month(y, m),
                    Cls::Explicit,
                ));
            }
            // Month nineteen ninety-seven
            if let Some(f) = self.spelled_year(k) {
                if let Ok(y) = f.val.0.parse::<i32>() {
                    return Some(Found::new(
                        i,
                        f.b,
                        TimexType::Date,
                        r::month(y, m),
                        Cls::Explicit,
                    ));
                }
            }
            // Month [of] this/last/next year
            if self.sense(k, Kind::Shift).is_some() && self.is(k + 1, "year") {
                let off = self.sense(k, Kind::Shift)?.n;
                let val = match self.ctx.dct {
                    Some(d) => r::month(d.year() + off, m),
                    None => fixed(&format!("XXXX-{m:02}"), Grain::Month),
                };
                return Some(Found::new(i, k + 2, TimexType::Date, val, Cls::Relative));
            }
            // "the April-June quarter", "the January-June period": a quarter or half named by
            // its months, the year that of its last month
            if self.p(e, b'-') && self.adj(e) && self.cap(e + 1) {
                if let Some(m2) = self.sense(e + 1, Kind::Month).map(|s| s.n as u32) {
                    let period = self
                        .unit_at(e + 2)
                        .is_some_and(|(u, p)| !p && matches!(u, Unit::Quarter | Unit::Half))
                        || self.sense(e + 2, Kind::Period).is_some();
                    let code = match (m, m2) {
                        (1 | 4 | 7 | 10, _) if m2 == m + 2 => Some(m.div_ceil(3)),
                        (1 | 7, _) if m2 == m + 5 => Some(10 + m.div_ceil(6)),
                        _ => None,
                    };
                    if let Some(code) = code.filter(|_| period) {
                        // a period closed in the last three months is the one reports are about,
                        // whatever the tense ("will release its estimate of growth in the
                        // July-September quarter" in October)
                        let closed = self.ctx.dct.and_then(|d| {
                            let back = (d.month() + 12 - m2) % 12;
                            (1..=3).contains(&back).then(|| {
                                if m2 < d.month() {
                                    d.year()
                                } else {
                                    d.year() - 1
                                }
                            })
                        });
                        let year = closed
                            .map(Ok)
                            .or_else(|| self.month_alone(i, m2, 0).0.get(..4).map(str::parse));
                        let f = match year {
                            Some(Ok(y)) => self.quarter_found(i, e + 3, y, code),
                            _ => Found::flat(
                                i,
                                e + 3,
                                TimexType::Date,
                                &if code > 10 {
                                    format!("XXXX-H{}", code - 10)
                                } else {
                                    format!("XXXX-Q{code}")
                                },
                                Cls::Relative,
                            ),
                        };
                        return Some(f);
                    }
                }
            }
            // Month alone: resolved by tense.
            let val = self.month_alone(i, m, 0);
            return Some(Found::new(i, e, TimexType::Date, val, Cls::Relative).bare());
        }
        // Day Month [Year]; after a day number an abbreviation needs no period ("1 Nov")
        if let Some((d, e)) = self.day_at(j) {
            let k = if self.is(e, "of") { e + 1 } else { e };
            let month = self.month_at(k).or_else(|| {
                // after a day number a capitalised "May" is the month ("on 18 May to elect")
                let s = self.sense(k, Kind::Month).filter(|_| self.cap(k))?;
                Some((s.n as u32, k + 1))
            });
            if let Some((m, e2)) = month {
                let (y, e3) = self.opt_year(e2);
                return Some(self.build_date(i, e3, y, m, d, wd));
            }
        }
        if wd.is_some() {
            return self.weekday_rule(i);
        }
        None
    }

    fn opt_year(&self, e: usize) -> (Option<i32>, usize) {
        let k = if self.p(e, b',') { e + 1 } else { e };
        if let Some((y, e2)) = self.year_at(k) {
            return (Some(y), e2);
        }
        // "July of 1998", "July of last year"
        let k = if self.is(e, "of") { e + 1 } else { e };
        if k > e {
            if let Some((y, e2)) = self.year_at(k).filter(|_| self.num(k).is_some()) {
                return (Some(y), e2);
            }
        }
        // "14 February last year", "March 3 next year"
        if let (Some(s), Some(d)) = (self.sense(k, Kind::Shift), self.ctx.dct) {
            if self.is(k + 1, "year") && matches!(s.n, -1..=1) {
                return (Some(d.year() + s.n), k + 2);
            }
        }
        (None, e)
    }

    /// A month without a day or year: the most recent one in a past clause, the coming one in a
    /// future clause; `dir` -1 / 1 for "last" / "next".
    fn month_alone(&self, i: usize, m: u32, dir: i32) -> Val {
        let Some(dct) = self.ctx.dct else {
            return fixed(&format!("XXXX-{m:02}"), Grain::Month);
        };
        let (y, cur) = (dct.year(), dct.month());
        // ("unemployment rates for July will be released next week": the month a report
        // covers is gone by, whatever the clause's tense)
        if dir != 2 && i > 1 && self.is(i - 1, "for") && self.is_any(i - 2, REPORT_NOUNS) {
            return r::month(if m <= cur { y } else { y - 1 }, m);
        }
        let y = match dir {
            -1 => {
                if m + 1 < cur {
                    y
                } else {
                    y - 1
                }
            }
            1 => {
                if m > cur {
                    y
                } else {
                    y + 1
                }
            }
            2 => y,
            _ => {
                // "since March": the most recent one
                if i > 0 && self.is(i - 1, "since") {
                    return r::month(if m <= cur { y } else { y - 1 }, m);
                }
                // "crude for September delivery" is a contract still to run; "the July jobs
                // report" tells a month gone by, whatever the clause's tense
                let after = self.skip_poss(
                    (i..i + 3)
                        .find(|&k| self.sense(k, Kind::Month).is_some())
                        .map_or(i + 1, |k| k + 1),
                );
                // ("December crude", "November soybeans", "Brent crude for November")
                if self.is_any(after, DELIVERY_NOUNS)
                    || self.is_any(after, COMMODITIES)
                    || (i > 1 && self.is(i - 1, "for") && self.is_any(i - 2, COMMODITIES))
                {
                    return r::month(if m >= cur { y } else { y + 1 }, m);
                }
                // ("retail sales figures for March are due on Monday")
                let report_for = i > 1 && self.is(i - 1, "for") && self.is_any(i - 2, REPORT_NOUNS);
                // ("the February retail figures": one word may qualify the report)
                let qualified = matches!(self.t.get(after), Some(t) if t.kind == TokKind::Word && !t.cap)
                    && self.is_any(after + 1, REPORT_NOUNS);
                if self.is_any(after, REPORT_NOUNS) || report_for || qualified {
                    return r::month(if m <= cur { y } else { y - 1 }, m);
                }
                let deadline = self.ahead(i);
                let tense = self.tense(i);
                // "Conditions in January and February are harder to call, forecasters said": a
                // present right after a month a few months ahead tells an outlook, whatever the
                // trailing telling
                let present_after = (i + 1..(i + 6).min(self.t.len()))
                    .take_while(|&k| !self.stop(k) && !self.p(k, b','))
                    .any(|k| self.is_any(k, &["is", "are"]));
                if present_after && (1..=4).contains(&((m + 12 - cur) % 12)) {
                    return r::month(if m > cur { y } else { y + 1 }, m);
                }
                // "has risen 24% this year, crossing 10,000 in March": with no tense word, a
                // year named earlier in the sentence is the month's; so it is in a past clause
                // when the year is gone by ("In 2009 the river flooded twice, in March and
                // again in October"), and in a future one when it is to come
                if let Some((y0, when)) = self.year_said_before(i) {
                    let fits = match tense {
                        None => !deadline,
                        Some(false) => y0 < y && when,
                        Some(true) => y0 > y,
                    };
                    if fits {
                        return r::month(y0, m);
                    }
                }
                if tense.is_none() && !deadline {
                    // "OPEC's next meeting is in June": a present "is" tells a schedule
                    if m != cur && self.present_copula_before(i) {
                        return r::month(if m > cur { y } else { y + 1 }, m);
                    }
                }
                // A month up to three months ahead, in a clause without a past verb, is the
                // coming one.
                let ahead = (m + 12 - cur) % 12;
                let near_past = matches!(self.tense_at(i), Some((d, false, false)) if d <= 12);
                // "gave them until mid-November": a deadline set in the past still lies ahead
                let until = (i.saturating_sub(3)..i).any(|k| self.is_any(k, &["until", "till"]));
                let soon = (ahead <= 3 && tense.is_none())
                    || (ahead <= 2 && ahead > 0 && (!near_past || until));
                if tense == Some(true) || soon || (deadline && tense != Some(false)) {
                    if m >= cur {
                        y
                    } else {
                        y + 1
                    }
                } else if m <= cur {
                    y
                } else {
                    y - 1
                }
            }
        };
        r::month(y, m)
    }

    /// The year named earlier in the sentence of token `i`, if any ("in 2010, when cases were
    /// reported between August and November").
    /// With it, whether "when" follows the year: the clause after it tells what happened
    /// that year.
    fn year_said_before(&self, i: usize) -> Option<(i32, bool)> {
        let (y, end) = self
            .ctx
            .year_said
            .filter(|&(_, end)| self.since_in_sentence(end, i))?;
        let after = self.text.get(end..).unwrap_or("");
        let after = after.strip_prefix(',').unwrap_or(after).trim_start();
        let when = after
            .get(..5)
            .is_some_and(|w| w.eq_ignore_ascii_case("when "));
        Some((y, when))
    }

    /// `Wednesday`, `Friday night`, `Mondays`.
    /// Whether the expression at `i` follows a word that points ahead (`until Tuesday`,
    /// `as early as Monday`, `by May`) in a clause without a past verb.
    fn ahead(&self, i: usize) -> bool {
        let prep = i > 0
            && self.is_any(
                i - 1,
                &["until", "till", "by", "through", "beyond", "before"],
            );
        let as_soon = i > 2
            && self.is(i - 1, "as")
            && self.is_any(i - 2, &["soon", "early"])
            && self.is(i - 3, "as");
        // "no later than December 18"
        if i > 2 && self.is(i - 1, "than") && self.is(i - 2, "later") && self.is(i - 3, "no") {
            return !self.past(i);
        }
        // "between now and New Year's Eve"
        if self.ahead_of(i)
            || (i > 2
                && self.is(i - 1, "and")
                && self.is(i - 2, "now")
                && self.is(i - 3, "between"))
        {
            return true;
        }
        // "noted he has until Friday to appeal": a deadline held now lies ahead, whatever the
        // telling's tense
        let held = prep && i > 1 && self.is_any(i - 2, &["has", "have"]);
        held || ((prep || as_soon) && (!self.past(i) || self.quoted_present(i)))
    }

    /// Whether token `i` stands in a quotation opened in its sentence with no past verb
    /// between the opening and it ("\"I don't see much improvement until the spring,\" said
    /// Kemp"): the speaker's tense, not the teller's, is the clause's.
    fn quoted_present(&self, i: usize) -> bool {
        let lo = i.saturating_sub(30);
        let mut open = None;
        let mut quotes = 0;
        let mut k = i;
        while k > lo && !self.stop(k - 1) && !self.paragraph_break(k) {
            k -= 1;
            if self.quote(k) {
                quotes += 1;
                open = open.or(Some(k));
            }
        }
        match open {
            Some(o) if quotes % 2 == 1 => !(o + 1..i).any(|k| self.past_verb(k, o + 1)),
            _ => false,
        }
    }

    /// Whether the text from byte offset `from` to token `i` is no longer than a sentence and
    /// ends none.
    fn within_sentence(&self, from: usize, i: usize) -> bool {
        let here = self.t[i].s;
        from <= here
            && here - from <= MAX_SENTENCE_BYTES
            && !ends_a_sentence(self.text.get(from..here).unwrap_or("."))
    }

    /// Whether a mention ending at byte offset `from` lies in the sentence of token `i`, with
    /// no blank line between.
    fn since_in_sentence(&self, from: usize, i: usize) -> bool {
        from > 0
            && self.within_sentence(from, i)
            && !self
                .text
                .get(from..self.t[i].s)
                .unwrap_or("")
                .contains("\n\n")
    }

    /// Whether a present `is` or `are` stands in the clause before token `i`, within a few
    /// words ("The vote is on Monday", "the hall is the starting point for the parade on
    /// Monday").
    fn present_copula_before(&self, i: usize) -> bool {
        let (a, _) = self.clause_bounds(i);
        (a.max(i.saturating_sub(12))..i).any(|k| self.is_any(k, &["is", "are"]))
    }

    /// Whether the day at `i` ends a state that lasts until it, told even in the past tense
    /// ("closed the schools until Friday", "has cancelled 30 trains until Monday", "warned of
    /// extreme cold through Sunday"): the day is still to come, or today. Not "up until" or "not
    /// until" (a turn that has come), nor in a clause with "had" (a state that is over: "Until
    /// Thursday, they had not named him").
    fn lasts_until(&self, i: usize) -> bool {
        let (a, b) = self.clause_bounds(i);
        i > 0
            && self.is_any(i - 1, &["until", "till", "through"])
            && !(i > 1 && self.is_any(i - 2, &["up", "not", "t"]))
            && !(a..b).any(|k| self.is(k, "had"))
    }

    /// Whether the day or clock at `i` follows `since`, directly or past a clock and `on`
    /// ("since Wednesday", "since about 6 p.m. on Wednesday").
    fn after_since(&self, i: usize) -> bool {
        let mut k = i;
        if k > 0 && self.is(k - 1, "on") {
            k -= 1;
        }
        // (back over a clock: "6 p.m.", "10:30", "noon")
        if self.sense(i, Kind::Weekday).is_some() {
            let lo = k.saturating_sub(7);
            while k > lo
                && (self.num(k - 1).is_some()
                    || self.p(k - 1, b':')
                    || self.p(k - 1, b'.')
                    || self.is_any(k - 1, &["a", "p", "m", "am", "pm", "noon", "midnight"]))
            {
                k -= 1;
            }
        }
        k > 0
            && (self.is(k - 1, "since")
                || (k > 1
                    && self.is_any(k - 1, &["about", "around", "shortly", "just"])
                    && self.is(k - 2, "since")))
    }

    /// Whether the expression at `i` follows `ahead of` or `ahead to` ("rose ahead of
    /// Friday's vote", "looking ahead to Friday's figures"): what is before it is still to come.
    fn ahead_of(&self, i: usize) -> bool {
        i > 1 && self.is(i - 2, "ahead") && self.is_any(i - 1, &["of", "to"])
    }

    fn weekday_rule(&self, i: usize) -> Option<Found> {
        let (wd, j) = self.weekday_at(i)?;
        // "Black Monday", "Super Tuesday", "Bloody Sunday": a day's name, not a day
        if i > 0 && self.cap(i - 1) && self.is_any(i - 1, DAY_NAME_WORDS) {
            return None;
        }
        // "the Sunday Times", "the Good Friday Agreement": a weekday inside a name
        if self.name_after(j)
            && i > 0
            && (self.is(i - 1, "the")
                || self.in_name(i - 1)
                || (self.cap(i - 1) && self.sense(i - 1, Kind::Holiday).is_some()))
        {
            return None;
        }
        // "Wednesday's ruling" names something that has happened; "will speak at Wednesday's
        // meeting" a sitting still to come
        let poss = self.skip_poss(j) != j;
        // "From Monday, fares rise": a change from a day, told with no past, is still to come
        // ("\"From Monday, that is over,\" she said": a present after the day beats the teller)
        let present_after = (j..(j + 6).min(self.t.len()))
            .take_while(|&k| !self.stop(k))
            .any(|k| self.is_any(k, &["is", "are", "s", "will", "ll"]));
        let from = i > 0 && self.is(i - 1, "from") && (!self.past(i) || present_after) && !poss;
        let mut future = from
            || self.ahead_of(i)
            || (!poss && self.lasts_until(i))
            || ((!poss || self.is_any(self.skip_poss(j), SCHEDULED))
                && (self.future(i) || self.ahead(i)));
        // With no tense word at all, the nearer of the two (a day or two ahead beats five back).
        // ("The procession is on Monday": a present "is" with a day and no other tense word
        // tells a schedule)
        if !future && self.tense(i).is_none() && !poss {
            if let Some(d) = self.ctx.dct {
                let back = (r::weekday_number(d) + 7 - wd) % 7;
                future = back > 4 || (back > 0 && self.present_copula_before(i));
            }
        }
        // "Wednesday last week", "Friday next week", "Thursday of next week": the weekday of
        // that week
        let of = usize::from(self.is(j, "of"));
        if let (Some(off), Some(dct)) = (self.week_shift_at(j + of), self.ctx.dct) {
            let monday = r::add_days(
                dct,
                7 * i64::from(off) - i64::from(r::weekday_number(dct)) + 1,
            );
            let date = monday.and_then(|m| r::add_days(m, i64::from(wd) - 1));
            return Some(Found::new(
                i,
                j + of + 2,
                TimexType::Date,
                date.map_or_else(|| fixed("XXXX-XX-XX", Grain::Day), r::day),
                Cls::Relative,
            ));
        }
        // "closed since Wednesday", "since 6 p.m. on Wednesday": a day a state began is past
        if self.after_since(i) {
            future = false;
        }
        let mut date = self.ctx.dct.and_then(|d| r::weekday_near(d, wd, 0, future));
        // "on Tuesday, Thursday and Saturday": a list of days runs forward from its first
        if let (Some(prev), Some(dct)) = (self.listed_after_weekday(i), self.ctx.dct) {
            // (the same weekday again is the same day)
            let k = (wd + 7 - r::weekday_number(prev)) % 7;
            let next = r::add_days(prev, i64::from(k));
            if next.is_some_and(|n| n <= dct || future || prev > dct) {
                date = next;
            }
        }
        self.weekday_with_pod(i, j, wd, date)
    }

    /// The day the story is at when the weekday at `i` follows another in a list ("Tuesday,
    /// Thursday and Saturday", "Monday or Tuesday").
    fn listed_after_weekday(&self, i: usize) -> Option<NaiveDate> {
        if i < 2
            || !(self.p(i - 1, b',')
                || self.p(i - 1, b'-')
                || self.is_any(i - 1, &["and", "or", "to", "through", "till", "until"]))
        {
            return None;
        }
        let k = if self.p(i - 2, b',') && self.is_any(i - 1, &["and", "or"]) {
            i - 3
        } else {
            i - 2
        };
        self.weekday_at(k).filter(|&(_, e)| e == k + 1)?;
        self.ctx.anchor
    }

    /// `last year`, `next year`, `this year`, `two years ago` at `j`: (years from the
    /// reference year, end).
    fn year_shift_at(&self, j: usize) -> Option<(i32, usize)> {
        if let Some(off) = self.last_this_next(j) {
            return matches!(self.unit_at(j + 1), Some((Unit::Year, false)))
                .then_some((off, j + 2));
        }
        let (n, half, e) = self.count_at(j)?;
        let n = n.filter(|&n| !half && n <= 100)?;
        (matches!(self.unit_at(e), Some((Unit::Year, _))) && self.is(e + 1, "ago"))
            .then_some((-(n as i32), e + 2))
    }

    /// `last` (-1), `this` (0), `next` (1) at `j`.
    fn last_this_next(&self, j: usize) -> Option<i32> {
        match self.lower(j).as_str() {
            "last" => Some(-1),
            "this" => Some(0),
            "next" => Some(1),
            _ => None,
        }
    }

    /// `last week` (-1), `this week` (0), `next week` (1) at `j`.
    fn week_shift_at(&self, j: usize) -> Option<i32> {
        let off = self.last_this_next(j)?;
        matches!(self.unit_at(j + 1), Some((Unit::Week, false))).then_some(off)
    }

    fn weekday_with_pod(
        &self,
        i: usize,
        j: usize,
        wd: u32,
        date: Option<NaiveDate>,
    ) -> Option<Found> {
        let base = match date {
            Some(d) => r::day(d),
            None => fixed(&format!("XXXX-WXX-{wd}"), Grain::Day),
        };
        if let Some(p) = self.sense(j, Kind::Pod) {
            if self.is(j, "nights")
                || self.is(j, "mornings")
                || self.is(j, "evenings")
                || self.is(j, "afternoons")
            {
                let v = format!("XXXX-WXX-{wd}T{}", p.text);
                return Some(Found::flat(i, j + 1, TimexType::Set, &v, Cls::Set));
            }
            // As the TimeML guidelines have it, the day narrowed to its part ("Friday morning",
            // TimeBank itself is split on the value about evenly); typed as a DATE as TimeBank
            // mostly does for named days
            let v = format!("{}T{}", base.0, p.text);
            return Some(Found::new(
                i,
                j + 1,
                TimexType::Date,
                (v, Grain::PartOfDay, base.2),
                Cls::Relative,
            ));
        }
        // "Thursday noon", "Friday midnight": the clock of that day
        if let (Some(c), Some(d)) = (self.sense(j, Kind::Clock), date) {
            let v = format!("{}T{}", r::day(d).0, c.text);
            let range = Some(super::DateRange { first: d, last: d });
            return Some(Found::new(
                i,
                j + 1,
                TimexType::Time,
                (v, Grain::Minute, range),
                Cls::Clock,
            ));
        }
        Some(Found::new(i, j, TimexType::Date, base, Cls::Relative).bare())
    }

    /// `2024-10-29`, `10/29/2024`, `29/10/2024`, `29.10.2024`.
    fn numeric_date(&self, i: usize) -> Option<Found> {
        self.numeric_date_from(i, i, None)
    }

    /// A numeric date at `i` whose match starts at `from`, after weekday `wd` if any.
    fn numeric_date_from(&self, from: usize, i: usize, wd: Option<u32>) -> Option<Found> {
        let a = self.num(i)?;
        let sep = match self.t.get(i + 1)?.kind {
            TokKind::Punct(c @ (b'-' | b'/' | b'.')) => c,
            _ => return None,
        };
        if !(self.adj(i)
            && self.adj(i + 1)
            && self.adj(i + 2)
            && self.adj(i + 3)
            && self.p(i + 3, sep))
        {
            return None;
        }
        let b = self.num(i + 2)?;
        let c = self.num(i + 4)?;
        if self.adj(i + 4)
            && matches!(self.t.get(i + 5), Some(x) if x.kind == TokKind::Num || (x.kind == TokKind::Punct(sep)))
        {
            return None;
        }
        let (y, m, d) = if a.digits == 4 && b.digits <= 2 && c.digits <= 2 && sep != b'.' {
            (a.num as i32, b.num as u32, c.num as u32)
        } else if c.digits == 4 && a.digits <= 2 && b.digits <= 2 {
            let y = c.num as i32;
            if sep == b'.' || a.num > 12 || self.day_first(i, y, a.num as u32, b.num as u32) {
                (y, b.num as u32, a.num as u32)
            } else {
                (y, a.num as u32, b.num as u32)
            }
        } else if c.digits == 2 && a.digits <= 2 && b.digits <= 2 && sep == b'/' {
            let yy = c.num as i32;
            let y = if yy < 50 { 2000 + yy } else { 1900 + yy };
            if a.num > 12 || self.day_first(i, y, a.num as u32, b.num as u32) {
                (y, b.num as u32, a.num as u32)
            } else {
                (y, a.num as u32, b.num as u32)
            }
        } else {
            return None;
        };
        if !(1..=12).contains(&m) || !(1..=31).contains(&d) || !(1000..=2199).contains(&y) {
            return None;
        }
        // "2024-12-04 06:15", "2024-12-04T06:15": a stamp, day and clock in one
        let k = i + 5;
        let t_glued = self.is(k, "T") && self.adj(i + 4) && self.adj(k);
        let h_at = if t_glued { k + 1 } else { k };
        if a.digits == 4 && sep == b'-' && (t_glued || !self.adj(i + 4)) {
            let two = |x: usize| self.num(x).filter(|t| t.digits == 2).map(|t| t.num as u32);
            if let (Some(h), true, Some(mm)) = (two(h_at), self.p(h_at + 1, b':'), two(h_at + 2)) {
                let glued = self.adj(h_at) && self.adj(h_at + 1);
                if glued && h < 24 && mm < 60 {
                    if let Some(day) = r::ymd(y, m, d) {
                        let v = time_on(Some(day), &format!("{h:02}:{mm:02}"), Grain::Minute);
                        return Some(Found::new(from, h_at + 3, TimexType::Time, v, Cls::Clock));
                    }
                }
            }
        }
        Some(self.build_date(from, i + 5, Some(y), m, d, wd))
    }

    /// Whether a numeric date `a/b/y` at `i` that reads both ways is day first, as in most of
    /// the world, rather than month first, as in the United States: the weekday written before
    /// it fits only the day-first date ("Thursday 12/03/2009" is 12 March), or, with no
    /// weekday, the day-first date lies near the reference date and the month-first one far
    /// from it.
    fn day_first(&self, i: usize, y: i32, a: u32, b: u32) -> bool {
        if a == b || a > 12 || b > 12 {
            return false;
        }
        let (Some(md), Some(dm)) = (r::ymd(y, a, b), r::ymd(y, b, a)) else {
            return false;
        };
        let before = if i >= 2 && self.p(i - 1, b',') {
            i - 2
        } else {
            i.wrapping_sub(1)
        };
        if let Some((wd, _)) = self.weekday_at(before).filter(|_| i > 0) {
            let (fits_dm, fits_md) = (r::weekday_number(dm) == wd, r::weekday_number(md) == wd);
            if fits_dm != fits_md {
                return fits_dm;
            }
        }
        let Some(dct) = self.ctx.dct else {
            return false;
        };
        let far = |d: NaiveDate| (d - dct).num_days().abs();
        far(md) > 45 && far(dm) * 4 < far(md)
    }

    /// `1990`, `1990s`, `'90s`, `fiscal 1989`, `1990's first quarter`.
    fn year_rule(&self, i: usize) -> Option<Found> {
        if self.p(i, b'\'') {
            let t = self.num(i + 1)?;
            if t.digits == 2 && self.adj(i) && self.adj(i + 1) && self.is(i + 2, "s") {
                let base = self.ctx.dct.map_or(1900, |d| d.year() / 100 * 100);
                let mut y = base + t.num as i32;
                if let Some(d) = self.ctx.dct {
                    if y > d.year() {
                        y -= 100;
                    }
                }
                return Some(Found::new(
                    i,
                    i + 3,
                    TimexType::Date,
                    r::decade(y),
                    Cls::Relative,
                ));
            }
            // "In '86 my father stayed behind": a year cut to two digits after a preposition
            let word_after =
                self.adj(i + 1) && matches!(self.t.get(i + 2), Some(x) if x.kind == TokKind::Word);
            if t.digits == 2
                && self.adj(i)
                && !word_after
                && i > 0
                && self.is_any(
                    i - 1,
                    &["in", "since", "from", "until", "of", "by", "during"],
                )
            {
                let base = self.ctx.dct.map_or(1900, |d| d.year() / 100 * 100);
                let mut y = base + t.num as i32;
                if self.ctx.dct.is_some_and(|d| y > d.year()) {
                    y -= 100;
                }
                return Some(Found::new(
                    i,
                    i + 2,
                    TimexType::Date,
                    r::year(y),
                    Cls::Relative,
                ));
            }
            return None;
        }
        let t = self.num(i)?;
        if t.digits == 4 && !t.comma && t.num % 10 == 0 && self.adj(i) && self.is(i + 1, "s") {
            return Some(Found::new(
                i,
                i + 2,
                TimexType::Date,
                r::decade(t.num as i32),
                Cls::Relative,
            ));
        }
        let (y, j) = self.year_at(i)?;
        if i > 0 && (self.p(i - 1, b'$') || self.p(i - 1, b'#')) {
            return None;
        }
        if self.glued_to_name(i) {
            return None;
        }
        if self.p(j, b'%') {
            return None;
        }
        if self.p(j, b'-') && self.adj(j - 1) && self.unit_at(j + 1).is_some() {
            return None;
        }
        if !((1900..=2099).contains(&y) || (i > 0 && self.is_any(i - 1, PREP_YEAR))) {
            return None;
        }
        // "Windows 2000", "Orion 1980": a number in a name
        if i > 0 && self.in_name(i - 1) {
            return None;
        }
        // "1990's first quarter", "1990 third quarter"
        let k = self.skip_poss(j);
        if let Some((q, e)) = self.ordinal_quarter(k) {
            return Some(self.quarter_found(i, e, y, q));
        }
        // "the 1988 quarter", "the 1989 period": that year's quarter of the text
        if k == j
            && i > 0
            && self.is(i - 1, "the")
            && (self.is(j, "quarter") || self.sense(j, Kind::Period).is_some())
        {
            let q = self
                .ctx
                .last_quarter
                .or(self.latest_quarter())
                .map_or(1, |x| x.1);
            return Some(
                Found::new(i, j + 1, TimexType::Date, r::quarter(y, q), Cls::Relative).derived(),
            );
        }
        // "2023-24", "the 2024/25 financial year": a financial year across two, named by the
        // year it starts in
        let next = (y + 1).rem_euclid(100) as u64;
        if (self.p(j, b'-') || self.p(j, b'/'))
            && self.adj(j - 1)
            && self.adj(j)
            && self
                .num(j + 1)
                .is_some_and(|t| t.digits == 2 && t.num == next)
            && !(self.adj(j + 1)
                && matches!(self.t.get(j + 2), Some(t) if t.kind == TokKind::Punct(b'-') || t.kind == TokKind::Punct(b'/')))
        {
            return Some(Found::new(i, j + 2, TimexType::Date, r::year(y), Cls::Relative).bare());
        }
        Some(Found::new(i, j, TimexType::Date, r::year(y), Cls::Relative).bare())
    }

    /// `first quarter`, `third-quarter`, `second half`, `first-half` at `i`: (code, next index)
    /// where code 1..=4 is a quarter and 11..=12 a half.
    /// "the last half of 1989", "the final quarter of the year": `last` counts from the end
    /// only before `of` (alone, "the last quarter" is the one before this).
    fn ordinal_quarter(&self, i: usize) -> Option<(u32, usize)> {
        let (n, j) = match self.ordinal_at(i) {
            Some(o) => o,
            None if self.is_any(i, &["last", "final", "latter"]) && self.is(i + 2, "of") => {
                (0, i + 1)
            }
            None => return None,
        };
        let k = if self.p(j, b'-') { j + 1 } else { j };
        match self.unit_at(k)? {
            (Unit::Quarter, false) if n == 0 => Some((4, k + 1)),
            (Unit::Half, false) if n == 0 => Some((12, k + 1)),
            (Unit::Quarter, false) if (1..=4).contains(&n) => Some((n, k + 1)),
            (Unit::Half, false) if (1..=2).contains(&n) => Some((10 + n, k + 1)),
            _ => None,
        }
    }

    /// The year named after "of" at `i`: `1990`, `fiscal 1990`, `last year`, `this year`,
    /// `next year`, `the year`, `the current year`, `the previous year`: (year, next index).
    fn year_of(&self, i: usize) -> Option<(i32, usize)> {
        if let Some(y) = self.year_at(i) {
            return Some(y);
        }
        if self.sense(i, Kind::Fiscal).is_some() {
            if let Some(y) = self.year_at(i + 1) {
                return Some(y);
            }
        }
        let dct = self.ctx.dct?;
        let (shift, k) = match self.lower(i).as_str() {
            "last" | "previous" | "past" => (-1, i + 1),
            "this" | "current" => (0, i + 1),
            "next" | "coming" => (1, i + 1),
            "the" => match self.lower(i + 1).as_str() {
                "previous" | "prior" => (-1, i + 2),
                "current" | "same" => (0, i + 2),
                "next" | "coming" | "following" => (1, i + 2),
                _ => (0, i + 1),
            },
            _ => return None,
        };
        self.is(k, "year").then_some((dct.year() + shift, k + 1))
    }

    /// The year of a quarter or half named with its year earlier in the sentence of token `i`
    /// ("the first half of 1992 ... the second half").
    fn period_year_before(&self, i: usize) -> Option<i32> {
        let lo = i.saturating_sub(25);
        (lo..i)
            .rev()
            .take_while(|&k| !self.stop(k) && !self.paragraph_break(k + 1))
            .find_map(|k| {
                let period = matches!(self.unit_at(k), Some((Unit::Quarter | Unit::Half, false)));
                (period && self.is(k + 1, "of"))
                    .then(|| self.year_at(k + 2).map(|(y, _)| y))
                    .flatten()
            })
    }

    fn quarter_found(&self, a: usize, b: usize, y: i32, code: u32) -> Found {
        let val = if code > 10 {
            r::half(y, code - 10)
        } else {
            r::quarter(y, code)
        };
        Found::new(a, b, TimexType::Date, val, Cls::Relative)
    }

    /// `the third quarter [of 1990]`, `fourth-quarter`, `the first half`, `the quarter`,
    /// `the year-ago quarter`, `year-earlier`.
    fn quarter_rule(&self, i: usize) -> Option<Found> {
        // "the March quarter", "the December quarter 2011": a quarter named by the month it
        // ends with, the latest begun unless a year is written
        // ("its June quarter results": the article may be another determiner)
        let at = if self.is(i, "the") { i + 1 } else { i };
        if at == i + 1 || self.sense(i, Kind::Month).is_some() {
            if let Some((m, e)) = self
                .month_at(at)
                .filter(|&(m, _)| m % 3 == 0 && self.cap(at))
            {
                if matches!(self.unit_at(e), Some((Unit::Quarter, false))) {
                    let q = m / 3;
                    // ("the March quarter of last year", "the June quarter of 2011")
                    let of = self.year_of(e + 1 + usize::from(self.is(e + 1, "of")));
                    let (y, end) = match self.year_at(e + 1).or(of) {
                        Some((y, e2)) => (y, e2),
                        None => {
                            let dct = self.ctx.dct?;
                            let begun = r::ymd(dct.year(), m - 2, 1).is_some_and(|s| s <= dct);
                            (if begun { dct.year() } else { dct.year() - 1 }, e + 1)
                        }
                    };
                    return Some(self.quarter_found(i, end, y, q));
                }
            }
        }
        // "Q3 2024", "H1", "Q4 of 2023"
        let w = self.word(i);
        if (w == "Q" || w == "H") && self.adj(i) {
            let n = self.num(i + 1)?;
            let max = if w == "Q" { 4 } else { 2 };
            if n.digits != 1 || n.num == 0 || n.num > max {
                return None;
            }
            if self.adj(i + 1) && matches!(self.t.get(i + 2), Some(t) if t.kind == TokKind::Word) {
                return None;
            }
            let code = if w == "Q" {
                n.num as u32
            } else {
                10 + n.num as u32
            };
            let mut e = i + 2;
            let k = if self.is(e, "of") || self.p(e, b'/') || self.p(e, b'-') {
                e + 1
            } else {
                e
            };
            let y = match self.year_at(k) {
                Some((y, e2)) => {
                    e = e2;
                    y
                }
                None => self.ctx.dct?.year(),
            };
            return Some(self.quarter_found(i, e, y, code));
        }
        let mut j = i;
        if self.is(j, "the") {
            j += 1;
        }
        if self.sense(j, Kind::Fiscal).is_some() {
            j += 1;
        }
        if let Some((code, e)) = self.ordinal_quarter(j) {
            // "the third-quarter loss": TimeBank tags the adjective without "the"
            let (i, bare) = if e >= 2 && self.p(e - 2, b'-') {
                (j, true)
            } else {
                (i, false)
            };
            // "the second half of the match", "the first quarter of the century": a part of
            // something other than a year
            if self.is(e, "of") {
                let k = if self.is(e + 1, "the") { e + 2 } else { e + 1 };
                let timely = !matches!(self.t.get(k), Some(t) if t.kind == TokKind::Word)
                    || self.t.get(k).is_some_and(|t| t.entry.is_some() || t.cap)
                    || self.season_word(k);
                if !timely {
                    return None;
                }
            }
            let mut e = e;
            let of_year = if self.is(e, "of") {
                self.year_of(e + 1)
            } else {
                None
            };
            let y = if let Some((y, e2)) = of_year {
                e = e2;
                y
            } else if self.is(e, "of")
                && self.is_any(e + 1, &["next", "last", "this", "the"])
                && matches!(self.unit_at(e + 2), Some((u, _)) if u != Unit::Year)
            {
                // "the second half of next month", "the first quarter of the century": a part of
                // something that is no year
                return None;
            } else if let Some(y) = self.period_year_before(i) {
                // "through the first half of 1992 before declining in the second half"
                y
            } else if let Some(dct) = self.ctx.dct {
                // The quarter of the reference year; one that has not begun is last year's,
                // unless the clause speaks of the future.
                let start_month = if code > 10 {
                    (code - 11) * 6 + 1
                } else {
                    (code - 1) * 3 + 1
                };
                // ("will report fourth-quarter results" in January: the quarter just closed)
                let just_closed = self.latest_quarter() == Some((dct.year() - 1, code));
                if start_month > dct.month() && (!self.future(i) || just_closed) {
                    dct.year() - 1
                } else {
                    dct.year()
                }
            } else {
                let v = if code > 10 {
                    format!("XXXX-H{}", code - 10)
                } else {
                    format!("XXXX-Q{code}")
                };
                let f = Found::new(
                    i,
                    e,
                    TimexType::Date,
                    fixed(&v, Grain::Quarter),
                    Cls::Relative,
                );
                return Some(if bare { f.bare() } else { f });
            };
            let f = self.quarter_found(i, e, y, code);
            return Some(if bare { f.bare() } else { f });
        }
        // the [full|fiscal] quarter/year, the week, the weekend
        if j > i {
            let mut k = j;
            if self.is_any(k, &["full", "entire", "whole"]) {
                k += 1;
            }
            if self.sense(k, Kind::Fiscal).is_some() {
                k += 1;
            }
            let unit = self.unit_at(k).filter(|_| {
                !(self.num(k + 1).is_some()
                    || self.sense(k + 1, Kind::Number).is_some()
                    || self.p(k + 1, b'-'))
            });
            if let Some((u, false)) = unit {
                let dct = self.ctx.dct;
                let val = match u {
                    Unit::Quarter => {
                        let (y, q) = self.ctx.last_quarter.or(self.latest_quarter())?;
                        // "the quarter a year ago": the same quarter, the year before
                        if self.is(k + 1, "a")
                            && self.is(k + 2, "year")
                            && self.is_any(k + 3, &["ago", "earlier"])
                        {
                            let f = Found::new(
                                i,
                                k + 4,
                                TimexType::Date,
                                r::quarter(y - 1, q),
                                Cls::Relative,
                            );
                            return Some(f.derived());
                        }
                        r::quarter(y, q)
                    }
                    Unit::Year => {
                        if self.is_any(k + 1, &["ended", "ending", "ends", "through", "that"]) {
                            return Some(Found::flat(
                                i,
                                k + 1,
                                TimexType::Duration,
                                "P1Y",
                                Cls::Duration,
                            ));
                        }
                        r::year(dct?.year())
                    }
                    // ("the week of Nov. 18" is `week_of`'s)
                    Unit::Week if k == j && self.is(k + 1, "of") => return None,
                    Unit::Week if k == j => match dct {
                        // "the week after next"
                        Some(d) if self.is(k + 1, "after") && self.is(k + 2, "next") => {
                            let v = r::week(r::add_days(d, 14)?);
                            return Some(Found::new(i, k + 3, TimexType::Date, v, Cls::Relative));
                        }
                        Some(d) => r::week(d),
                        None => fixed("XXXX-WXX", Grain::Week),
                    },
                    // "by the end of the month": the month of the reference; "the month"
                    // alone often means a month the text reports on, so it needs the edge
                    Unit::Month
                        if k == j
                            && i >= 2
                            && self.is(i - 1, "of")
                            && self.is_any(i - 2, &["end", "beginning", "start", "middle"]) =>
                    {
                        match dct {
                            Some(d) => r::month(d.year(), d.month()),
                            None => fixed("XXXX-XX", Grain::Month),
                        }
                    }
                    // "by the end of the decade", "the start of the century": the reference's
                    Unit::Decade | Unit::Century
                        if k == j
                            && i >= 2
                            && self.is(i - 1, "of")
                            && self.is_any(i - 2, &["end", "beginning", "start", "middle"]) =>
                    {
                        let y = dct?.year();
                        if u == Unit::Decade {
                            r::decade(y.div_euclid(10) * 10)
                        } else {
                            r::century(y.div_euclid(100))
                        }
                    }
                    // "imports rose 54% during the month": the month of the figures just named
                    Unit::Month
                        if k == j
                            && i > 0
                            && self.is_any(i - 1, &["in", "during", "for", "over", "through"])
                            && !self
                                .is_any(k + 1, &["before", "after", "ahead", "ago", "earlier"]) =>
                    {
                        self.month_period_near(i)?
                    }
                    // ("the weekend" in a Thursday's or Friday's paper is the coming one unless
                    // told in the past, or the clause runs "through" or "for" it)
                    Unit::Weekend if k == j => match dct {
                        Some(d) => {
                            let late_week = (4..=5).contains(&r::weekday_number(d));
                            let weekday = r::weekday_number(d) <= 5;
                            let past = self.past(i);
                            let for_it = i > 0 && self.is(i - 1, "for");
                            let ahead = self.future(i)
                                || (self.lasts_until(i) && !past)
                                || (weekday && for_it)
                                || (late_week && !past);
                            r::weekend(r::weekday_near(d, 6, 0, ahead)?)
                        }
                        None => fixed("XXXX-WXX-WE", Grain::Week),
                    },
                    _ => return None,
                };
                return Some(Found::new(i, k + 1, TimexType::Date, val, Cls::Relative));
            }
        }
        // year-ago / year-earlier [quarter|period|third quarter|nine months]
        let j = if j > i && self.is_any(j, &["comparable", "corresponding"]) {
            j + 1
        } else {
            j
        };
        if self.is(j, "year") && self.p(j + 1, b'-') && self.is_any(j + 2, &["ago", "earlier"]) {
            let mut e = j + 3;
            if let Some((code, qe)) = self.ordinal_quarter(e).filter(|_| j > i) {
                let y = match self.ctx.last_quarter {
                    Some((y, _)) => y,
                    None => self.ctx.dct?.year(),
                };
                return Some(self.quarter_found(i, qe, y - 1, code).derived());
            }
            // "the year-earlier nine months": the same stretch a year before
            if let Some((Some(n), false, ue)) = self.count_at(e).filter(|_| j > i) {
                if let Some((u @ Unit::Month, true)) = self.unit_at(ue) {
                    let v = duration_value(Some(n), false, u);
                    return Some(Found::flat(
                        i,
                        ue + 1,
                        TimexType::Duration,
                        &v,
                        Cls::Duration,
                    ));
                }
            }
            let quarter = self.unit_at(e).is_some_and(|u| u.0 == Unit::Quarter);
            if quarter || self.sense(e, Kind::Period).is_some() {
                e += 1;
            } else if j > i {
                return None;
            }
            let val = match self.ctx.last_quarter {
                // "the year-ago quarter" is a quarter whatever the text said since
                Some((y, q)) if quarter => r::quarter(y - 1, q),
                _ => self.year_back(1, self.ctx.dct)?,
            };
            // TimeBank tags "the year-ago quarter" but "year-ago" alone in "the year-ago loss"
            let f = Found::new(i, e, TimexType::Date, val, Cls::Relative).derived();
            return Some(if e == j + 3 { f.bare() } else { f });
        }
        None
    }

    /// One year before: the same quarter a year before when the text talks in quarters, else the
    /// year before `base`.
    fn year_back(&self, n: i32, base: Option<NaiveDate>) -> Option<Val> {
        if let Some((y, q)) = self.ctx.last_quarter.filter(|_| !self.ctx.long_period) {
            return Some(r::quarter(y - n, q));
        }
        let base = base?;
        Some(r::year(base.year() - n))
    }

    /// The month of the figures a year before, when a past month was named as the period of
    /// figures close before token `i` (within the sentence or the one before it, no quarter or
    /// longer period named since): "imports rose to $10 billion last month from $7 billion a
    /// year ago" is that month of the year before.
    fn month_year_back(&self, i: usize) -> Option<Val> {
        let (y, m) = self.month_period_at(i)?;
        Some(r::month(y - 1, m))
    }

    /// The month of figures named close before token `i` (see `month_year_back`), as a value.
    fn month_period_near(&self, i: usize) -> Option<Val> {
        let (y, m) = self.month_period_at(i)?;
        Some(r::month(y, m))
    }

    /// The month of figures named close before token `i`: within its sentence or the one
    /// before it, with no quarter or longer period named since.
    fn month_period_at(&self, i: usize) -> Option<(i32, u32)> {
        let (y, m, end) = self.ctx.month_period?;
        let here = self.t[i].s;
        let between = self.text.get(end..here)?;
        let sentences = between.matches(". ").count() + between.matches(".\n").count();
        (sentences <= 1 && !between.contains("\n\n") && between.len() <= 400).then_some((y, m))
    }

    /// The last completed quarter before the reference (`the latest quarter`).
    fn latest_quarter(&self) -> Option<(i32, u32)> {
        let dct = self.ctx.dct?;
        Some(r::add_quarters(dct.year(), r::quarter_of(dct), -1))
    }

    /// `this week`, `last year`, `next month`, `the latest quarter`, `last Friday`,
    /// `this summer`, `this morning`, `the following day`, `the past three years`.
    fn shift_rule(&self, i: usize) -> Option<Found> {
        let mut j = i;
        let the = self.is(j, "the");
        if the {
            j += 1;
        }
        // "this coming Sunday" is the coming one
        if self.is(j, "this") && self.is(j + 1, "coming") {
            j += 1;
        }
        let s = self.sense(j, Kind::Shift)?;
        let off = s.n;
        let w = self.lower(j);
        let w = w.as_str();
        // "the next day", "the next morning" count from the day the story is at, as "the
        // following day" does; "the next week", "the next year" are mostly spans ahead
        let next_day = the
            && w == "next"
            && (self
                .unit_at(j + 1)
                .is_some_and(|(u, p)| !p && u == Unit::Day)
                || self.sense(j + 1, Kind::Pod).is_some());
        let anchored =
            next_day || matches!(w, "following" | "previous" | "preceding" | "same" | "prior");
        let base = if anchored {
            self.ctx.anchor.or(self.ctx.dct)
        } else {
            self.ctx.dct
        };
        // "the current fiscal year", "last fiscal year"
        let k = if self.sense(j + 1, Kind::Fiscal).is_some()
            && self
                .unit_at(j + 2)
                .is_some_and(|(u, p)| !p && matches!(u, Unit::Year | Unit::Quarter))
        {
            j + 2
        } else {
            j + 1
        };
        // "the same period last year", "the same quarter a year ago": the year-ago quarter
        if w == "same"
            && (self.unit_at(k) == Some((Unit::Quarter, false))
                || self.sense(k, Kind::Period).is_some())
        {
            let e = if self.is(k + 1, "last") && self.is(k + 2, "year") {
                Some(k + 3)
            } else if self.is(k + 1, "a")
                && self.is(k + 2, "year")
                && self.is_any(k + 3, &["ago", "earlier"])
            {
                Some(k + 4)
            } else {
                None
            };
            if let Some(e) = e {
                let val = self.year_back(1, self.ctx.dct)?;
                return Some(Found::new(i, e, TimexType::Date, val, Cls::Relative).derived());
            }
        }
        // "the same month last year": the month the story is at, a year before
        if w == "same"
            && self.unit_at(k) == Some((Unit::Month, false))
            && self.is(k + 1, "last")
            && self.is(k + 2, "year")
        {
            let (y, m) = match (self.ctx.last_month, self.ctx.dct) {
                (Some(ym), _) => ym,
                (None, Some(d)) => (d.year(), d.month()),
                (None, None) => return None,
            };
            return Some(
                Found::new(i, k + 3, TimexType::Date, r::month(y - 1, m), Cls::Relative).derived(),
            );
        }
        // shift + count + unit: a duration ("the past three years")
        if let Some((n, half, e)) = self.count_at(k) {
            if let Some((u, plural)) = self.unit_at(e) {
                if plural || n == Some(1) {
                    if self.sense(k, Kind::Article).is_some() && !plural {
                        return None;
                    }
                    let v = duration_value(n, half, u);
                    return Some(Found::flat(
                        i,
                        e + 1,
                        TimexType::Duration,
                        &v,
                        Cls::Duration,
                    ));
                }
            }
        }
        if let Some((u, plural)) = self.unit_at(k) {
            if plural {
                // "the past few" handled above; "recent weeks" is a reference
                let v = match off {
                    1 => "FUTURE_REF",
                    _ if w == "past" || w == "last" => return None,
                    _ => return None,
                };
                return Some(Found::flat(i, k + 1, TimexType::Date, v, Cls::Ref));
            }
            let Some(base) = base else {
                let v = match u {
                    Unit::Year => "XXXX",
                    Unit::Month => "XXXX-XX",
                    Unit::Week => "XXXX-WXX",
                    Unit::Quarter => "XXXX-QX",
                    _ => "XXXX-XX-XX",
                };
                return Some(Found::flat(i, k + 1, TimexType::Date, v, Cls::Relative));
            };
            let (ty, val) = match u {
                Unit::Day => {
                    if !anchored {
                        return None;
                    }
                    (TimexType::Date, r::day(r::add_days(base, i64::from(off))?))
                }
                Unit::Week => (
                    TimexType::Date,
                    r::week(r::add_days(base, 7 * i64::from(off))?),
                ),
                Unit::Weekend => {
                    // "last weekend": the one before the coming Saturday, or before the one
                    // under way on a Saturday or Sunday; "through the weekend" looks ahead
                    // "this weekend" from Wednesday on is the coming one, whatever the tense
                    // ("called for rallies this weekend")
                    let midweek = w == "this" && (3..=5).contains(&r::weekday_number(base));
                    let d = if off == 0 && !(self.future(i) || self.ahead(i) || midweek) {
                        r::weekday_near(base, 6, 0, false)?
                    } else if off < 0 {
                        let sat = r::weekday_near(base, 6, 0, false)?;
                        if r::weekday_number(base) >= 6 {
                            r::add_days(sat, -7)?
                        } else {
                            sat
                        }
                    } else {
                        // ("next weekend" said on a Saturday is the one after it)
                        let on_it = off > 0 && r::weekday_number(base) == 6;
                        r::add_days(
                            r::weekday_near(base, 6, 0, true)?,
                            7 * i64::from(off.min(1) - 1 + i32::from(off == 0 || on_it)),
                        )?
                    };
                    (TimexType::Date, r::weekend(d))
                }
                // "the next fortnight", "the past fortnight": two weeks ahead or behind, as
                // "the next two weeks" is
                Unit::Fortnight if off != 0 && the => {
                    return Some(Found::flat(
                        i,
                        k + 1,
                        TimexType::Duration,
                        "P2W",
                        Cls::Duration,
                    ));
                }
                Unit::Fortnight => return None,
                Unit::Month => {
                    // "In March ... The following month": the month the story is at
                    let (y, m) = match self.ctx.last_month.filter(|_| anchored) {
                        Some((y, m)) => (y, m),
                        None => (base.year(), base.month()),
                    };
                    let (y, m) = r::add_months(y, m, off);
                    (TimexType::Date, r::month(y, m))
                }
                Unit::Quarter => {
                    let (y, q) = if w == "latest" || (w == "last" && the) {
                        self.latest_quarter()?
                    } else if let Some((y, q)) = self.ctx.last_quarter.filter(|_| anchored) {
                        // "the July-September quarter ... the previous quarter": the one before
                        // the quarter the story is at
                        r::add_quarters(y, q, off)
                    } else {
                        r::add_quarters(base.year(), r::quarter_of(base), off)
                    };
                    (TimexType::Date, r::quarter(y, q))
                }
                Unit::Half => {
                    let h = if base.month() <= 6 { 1 } else { 2 };
                    let total = base.year() * 2 + (h - 1) + off;
                    (
                        TimexType::Date,
                        r::half(total.div_euclid(2), (total.rem_euclid(2) + 1) as u32),
                    )
                }
                Unit::Year => {
                    // "this year's third quarter"; "the latest fiscal year" is the last one closed
                    let from = match self.ctx.last_year.filter(|_| anchored) {
                        Some(y) => y,
                        None => base.year(),
                    };
                    let y = from + off - i32::from(w == "latest" && k > j + 1);
                    let p = self.skip_poss(k + 1);
                    if p > k + 1 {
                        if let Some((q, e)) = self.ordinal_quarter(p) {
                            return Some(self.quarter_found(i, e, y, q));
                        }
                    }
                    (TimexType::Date, r::year(y))
                }
                Unit::Decade => {
                    if off < 0 {
                        (TimexType::Duration, fixed("P10Y", Grain::None))
                    } else {
                        (TimexType::Date, r::decade(base.year() + 10 * off))
                    }
                }
                Unit::Century if off < 0 => (TimexType::Duration, fixed("P100Y", Grain::None)),
                Unit::Century => (TimexType::Date, r::century(base.year() / 100 + off)),
                // "later this hour", "this minute": no length, and a clock we do not know
                Unit::Hour | Unit::Minute | Unit::Second if off == 0 => return None,
                Unit::Hour | Unit::Minute | Unit::Second => {
                    let v = match u {
                        Unit::Hour => "PT1H",
                        Unit::Minute => "PT1M",
                        _ => "PT1S",
                    };
                    (TimexType::Duration, fixed(v, Grain::None))
                }
            };
            return Some(Found::new(i, k + 1, ty, val, Cls::Relative));
        }
        if w == "latest" || w == "current" {
            if self.sense(k, Kind::Period).is_some() {
                let (y, q) = if w == "latest" {
                    self.latest_quarter()?
                } else {
                    let d = self.ctx.dct?;
                    (d.year(), r::quarter_of(d))
                };
                return Some(Found::new(
                    i,
                    k + 1,
                    TimexType::Date,
                    r::quarter(y, q),
                    Cls::Relative,
                ));
            }
            return None;
        }
        // "the next morning", "the following night": a part of the day after the one the
        // story is at
        if anchored && w != "same" {
            if let Some(p) = self
                .sense(k, Kind::Pod)
                .filter(|_| !self.is(k, "overnight"))
            {
                let d = base.and_then(|d| r::add_days(d, i64::from(off)));
                return Some(part_of(i, k + 1, d, p.text));
            }
        }
        // "the previous Friday", "the following Monday": the one before or after the day the
        // story is at
        if anchored && w != "same" && off != 0 {
            if let Some((wd, e)) = self.weekday_at(k) {
                let date = base.and_then(|b| r::weekday_near(b, wd, off.signum(), off > 0));
                return self.weekday_with_pod(i, e, wd, date);
            }
        }
        if anchored || the {
            return None;
        }
        // last/next/this + month, weekday, season, part of day
        if let Some((m, e)) = self.month_at(k).or_else(|| {
            // "last May": May is a month after a shift word
            self.sense(k, Kind::Month)
                .filter(|_| self.cap(k))
                .map(|s| (s.n as u32, k + 1))
        }) {
            let dir = match off {
                0 => 2,
                o => o.signum(),
            };
            // "last Oct. 23", "next March 3": that day in the month's most recent or coming year
            if let Some((d, de)) = self.day_at(e).filter(|_| off != 0) {
                let y = self.month_alone(i, m, dir).0[..4].parse::<i32>().ok();
                if let Some(y) = y {
                    let mut f = self.build_date(i, de, Some(y), m, d, None);
                    f.cls = Cls::Relative;
                    return Some(f);
                }
            }
            return Some(Found::new(
                i,
                e,
                TimexType::Date,
                self.month_alone(i, m, dir),
                Cls::Relative,
            ));
        }
        if let Some((wd, e)) = self.weekday_at(k) {
            let date = match (self.ctx.dct, off) {
                (Some(d), 0) => {
                    let monday = r::add_days(d, -i64::from(d.weekday().num_days_from_monday()))?;
                    r::add_days(monday, i64::from(wd) - 1)
                }
                (Some(d), o) => r::weekday_near(d, wd, o.signum(), false),
                (None, _) => None,
            };
            return self.weekday_with_pod(i, e, wd, date);
        }
        if let Some(sea) = self.sense(k, Kind::Season) {
            let val = match self.ctx.dct {
                Some(d) => {
                    let cur = season_index(d.month());
                    let idx = season_code_index(sea.text);
                    let y = match off {
                        0 => d.year(),
                        o if o < 0 => {
                            if idx < cur {
                                d.year()
                            } else {
                                d.year() - 1
                            }
                        }
                        _ => {
                            if idx > cur {
                                d.year()
                            } else {
                                d.year() + 1
                            }
                        }
                    };
                    r::season(y, sea.text)
                }
                None => fixed(&format!("XXXX-{}", sea.text), Grain::Season),
            };
            return Some(Found::new(i, k + 1, TimexType::Date, val, Cls::Relative));
        }
        if let Some(p) = self.sense(k, Kind::Pod) {
            if self.is(k, "overnight") {
                return None;
            }
            let d = self.ctx.dct.and_then(|d| {
                r::add_days(
                    d,
                    if off < 0 && self.is(k, "night") {
                        -1
                    } else {
                        i64::from(off)
                    },
                )
            });
            return Some(part_of(i, k + 1, d, p.text));
        }
        None
    }

    /// `today`, `yesterday morning`, `tonight`.
    fn deictic(&self, i: usize) -> Option<Found> {
        let s = self.sense(i, Kind::Deictic)?;
        if self.p(i + 1, b'-') && self.adj(i) {
            return None;
        }
        let d = self.ctx.dct.and_then(|d| r::add_days(d, i64::from(s.n)));
        let base = d.map_or_else(|| fixed("XXXX-XX-XX", Grain::Day), r::day);
        if self.is(i, "tonight") {
            let v = format!("{}TNI", base.0);
            return Some(Found::new(
                i,
                i + 1,
                TimexType::Time,
                (v, Grain::PartOfDay, base.2),
                Cls::Relative,
            ));
        }
        if let Some(p) = self.sense(i + 1, Kind::Pod) {
            if !self.is(i + 1, "overnight") && !self.word(i + 1).ends_with('s') {
                let v = format!("{}T{}", base.0, p.text);
                return Some(Found::new(
                    i,
                    i + 2,
                    TimexType::Time,
                    (v, Grain::PartOfDay, base.2),
                    Cls::Relative,
                ));
            }
        }
        Some(Found::new(i, i + 1, TimexType::Date, base, Cls::Relative))
    }

    /// `three days`, `two-year`, `a few weeks`, `two years ago`, `a year earlier`, `$5 a year`.
    fn duration(&self, i: usize) -> Option<Found> {
        // "a day-long strike", "decades-long feud", "year-long": one unit, or several
        if let Some((u, plural)) = self.unit_at(i) {
            if self.p(i + 1, b'-') && self.adj(i) && self.adj(i + 1) && self.is(i + 2, "long") {
                let v = duration_value((!plural).then_some(1), false, u);
                return Some(Found::flat(i, i + 3, TimexType::Duration, &v, Cls::Duration).bare());
            }
        }
        // "another week", "at least another year": one more unit ("another" joins on the left)
        if let Some((u, false)) = self.unit_at(i) {
            if i > 0 && self.is(i - 1, "another") && !self.p(i + 1, b'-') && u != Unit::Half {
                let v = duration_value(Some(1), false, u);
                return Some(Found::flat(
                    i,
                    i + 1,
                    TimexType::Duration,
                    &v,
                    Cls::Duration,
                ));
            }
        }
        let (n, half, mut j) = self.count_at(i)?;
        if self.is_any(
            j,
            &[
                "more",
                "additional",
                "straight",
                "consecutive",
                "full",
                "single",
                "extra",
                // "10 business days", "eight trading days", "14 Earth days"
                "business",
                "working",
                "trading",
                "legislative",
                "school",
                "calendar",
                "sitting",
                "banking",
                "earth",
            ],
        ) && self.unit_at(j + 1).is_some()
        {
            j += 1;
        }
        // a quoted word between count and unit: two "long" weeks
        if self.quote(j)
            && self.t.get(j + 1).is_some_and(|t| t.kind == TokKind::Word)
            && self.quote(j + 2)
            && j > i
        {
            j += 3;
        }
        // "eight-year", and "eight - year" in texts tokenised with spaces around hyphens
        let hyph = self.p(j, b'-')
            && (self.adj(j - 1)
                || (!self.adj(j)
                    && self.unit_at(j + 1).is_some_and(|u| !u.1)
                    && matches!(self.t.get(j + 2), Some(t) if t.kind == TokKind::Word && !t.cap)));
        let k = if hyph { j + 1 } else { j };
        // "two nights": a count of nights is a count of days
        if self.is(k, "nights")
            && !hyph
            && n.is_none_or(|n| n > 1)
            && self.sense(i, Kind::Article).is_none_or(|_| n.is_none())
        {
            let v = duration_value(n, false, Unit::Day);
            return Some(Found::flat(
                i,
                k + 1,
                TimexType::Duration,
                &v,
                Cls::Duration,
            ));
        }
        let (u, plural) = self.unit_at(k)?;
        let article = self.sense(i, Kind::Article).is_some() && j == i + 1;
        // "a quarter of a century", "a quarter-century": 25 years; "a quarter point", "a
        // quarter of the shares": a fraction
        if u == Unit::Quarter && !plural && n == Some(1) {
            let of_a = self.is(k + 1, "of") && self.is_any(k + 2, &["a", "an"]);
            let hy = self.p(k + 1, b'-') && self.adj(k);
            if (of_a && self.is(k + 3, "century")) || (hy && self.is(k + 2, "century")) {
                let e = if hy { k + 3 } else { k + 4 };
                return Some(Found::flat(
                    i,
                    e,
                    TimexType::Duration,
                    "P25Y",
                    Cls::Duration,
                ));
            }
            if (self.is(k + 1, "of") && !matches!(self.unit_at(k + 3), Some((Unit::Year, _))))
                || self.is_any(
                    k + 1,
                    &["point", "points", "percent", "percentage", "mile", "cent"],
                )
            {
                return None;
            }
        }
        if let Some(t) = self.num(i) {
            if t.digits == 4 && (1000..=2199).contains(&t.num) && !plural && !hyph {
                return None;
            }
        }
        if matches!(n, Some(0)) {
            return None;
        }
        if (plural && n == Some(1) && !half && self.num(i).is_none())
            || (!plural && !hyph && n.is_some_and(|n| n > 1) && !half)
        {
            // "one years", "three year" are odd; keep "three year" only when hyphen-like usage
            if !(u == Unit::Year || u == Unit::Day || u == Unit::Hour) || plural {
                return None;
            }
        }
        if u == Unit::Half {
            return None;
        }
        let mut e = k + 1;
        // "a 6-year-old" is an age, "a year-earlier loss" a date
        if self.p(e, b'-')
            && self.adj(e - 1)
            && (self.is(e + 1, "old") || self.sense(e + 1, Kind::Ago).is_some())
        {
            return None;
        }
        // "decades-long"
        if self.p(e, b'-') && self.adj(e - 1) && self.is(e + 1, "long") {
            e += 2;
        }
        // "a week or so ago": the hedge sits before "ago"
        let so = self.is(e, "or") && self.is(e + 1, "so") && self.sense(e + 2, Kind::Ago).is_some();
        if so {
            e += 2;
        }
        // "two years ago", "a year earlier" (but in "for two hours earlier today" the
        // "earlier" belongs to the day)
        if let Some(ago) = self.sense(e, Kind::Ago).filter(|_| {
            !(self.is_any(e, &["earlier", "later"])
                && (self.sense(e + 1, Kind::Deictic).is_some()
                    || self.is_any(e + 1, &["this", "that"])))
        }) {
            let w = self.word(e);
            // "three days later" counts from an event: TimeBank tags the duration alone
            if !(w.eq_ignore_ascii_case("before")
                || w.eq_ignore_ascii_case("after")
                || w.eq_ignore_ascii_case("later"))
            {
                let from_dct = w.eq_ignore_ascii_case("ago");
                let base = if from_dct {
                    self.ctx.dct
                } else {
                    self.ctx.anchor.or(self.ctx.dct)
                };
                let dir = ago.n;
                // "one hundred years ago this month", "50 years ago today": that month or day
                // so many years back
                if let (true, Some(n), Unit::Year, Some(d)) = (from_dct, n, u, self.ctx.dct) {
                    let y = d.year() - n.min(10_000) as i32;
                    if self.is(e + 1, "this") && self.is(e + 2, "month") {
                        let f =
                            Found::new(i, e + 3, TimexType::Date, r::month(y, d.month()), Cls::Ago);
                        return Some(f.derived());
                    }
                    // (the story moves to that day: "at 7:05 in the morning" is on it)
                    if self.is(e + 1, "today") {
                        if let Some(x) = r::ymd(y, d.month(), d.day()) {
                            return Some(Found::new(
                                i,
                                e + 2,
                                TimexType::Date,
                                r::day(x),
                                Cls::Ago,
                            ));
                        }
                    }
                }
                // "exports rose to $3 billion in May from $2.4 billion a year ago": the month
                // of the figures, a year back
                if let (Some(1), Unit::Year, Some(v)) = (n, u, self.month_year_back(i)) {
                    return Some(Found::new(i, e + 1, TimexType::Date, v, Cls::Ago).derived());
                }
                // "6.7% in September, unchanged from a month earlier": a month before the month
                // the story is at
                if let (false, Some(n), Unit::Month, Some((y, m))) =
                    (from_dct, n, u, self.ctx.last_month)
                {
                    let (y, m) = r::add_months(y, m, dir * n.min(1_200) as i32);
                    return Some(
                        Found::new(i, e + 1, TimexType::Date, r::month(y, m), Cls::Ago).derived(),
                    );
                }
                let val = match n {
                    Some(n) => self.shifted(base, u, dir * n.min(100_000) as i32, from_dct),
                    None => Some(fixed(
                        if dir < 0 { "PAST_REF" } else { "FUTURE_REF" },
                        Grain::None,
                    )),
                };
                if let Some(val) = val {
                    return Some(Found::new(i, e + 1, TimexType::Date, val, Cls::Ago).derived());
                }
            }
        }
        // "three years from now", "in two years' time", "in a week's time": a date ahead
        // ("a week from today", "two days from tomorrow")
        let from_day = self
            .is(e, "from")
            .then(|| {
                self.sense(e + 1, Kind::Deictic)
                    .filter(|_| !self.is(e + 1, "tonight"))
            })
            .flatten()
            .map(|s| s.n);
        // ("a week from Monday", "two weeks from Friday": from the coming one)
        let from_weekday = if self.is(e, "from") && from_day.is_none() {
            // ("a day from Monday to Thursday" is a range of days)
            self.weekday_at(e + 1)
                .filter(|&(_, we)| {
                    !self.is_any(we, &["to", "through", "till", "until", "thru"])
                        && !self.p(we, b'-')
                })
                .and_then(|(wd, we)| Some((r::weekday_near(self.ctx.dct?, wd, 1, true)?, we)))
        } else {
            None
        };
        let from_now = self.is(e, "from")
            && (self.is(e + 1, "now") || from_day.is_some() || from_weekday.is_some());
        let apostrophe = self.p(e, b'\'')
            || matches!(self.t.get(e), Some(t) if t.kind == TokKind::Other
                && self.text.get(t.s..t.e) == Some("\u{2019}"));
        let in_time = i > 0
            && self.is(i - 1, "in")
            && apostrophe
            && (self.is(e + 1, "time") || (self.is(e + 1, "s") && self.is(e + 2, "time")));
        if let (Some(n), true) = (n, from_now || in_time) {
            let end = if let Some((_, we)) = from_weekday {
                we
            } else if from_now {
                e + 2
            } else {
                e + if self.is(e + 1, "time") { 2 } else { 3 }
            };
            let base = match from_weekday {
                Some((d, _)) => Some(d),
                None => self
                    .ctx
                    .dct
                    .and_then(|d| r::add_days(d, i64::from(from_day.unwrap_or(0)))),
            };
            // "a week from today" is a day, as "a week from now" is a week
            let (u, n) = match (from_day.or(from_weekday.map(|_| 0)), u) {
                (Some(_), Unit::Week) => (Unit::Day, n.saturating_mul(7)),
                (Some(_), Unit::Fortnight) => (Unit::Day, n.saturating_mul(14)),
                _ => (u, n),
            };
            if let Some(val) = self.shifted(base, u, n.min(100_000) as i32, true) {
                return Some(Found::new(i, end, TimexType::Date, val, Cls::Ago).derived());
            }
        }
        // "a quarter-point cut", "a quarter point": a size, not a time
        if u == Unit::Quarter
            && (self.is(e, "point") || (self.p(e, b'-') && self.is(e + 1, "point")))
        {
            return None;
        }
        // "$4 billion a year": a rate
        // ... but "after a week of protests" is a length of time
        if article && !plural && i > 0 && !self.is(e, "of") {
            // ("2,000 lorries cross there a day", "hundreds of interviews a day", "one return
            // sailing a day": a count a few words back, none of them a preposition)
            let counted = |k: usize| {
                self.num(k).is_some()
                    || self.sense(k, Kind::Number).is_some()
                    || self.is_any(k, &["hundreds", "dozens", "thousands", "millions"])
            };
            let back = (i.saturating_sub(4)..i - 1)
                .rev()
                .take_while(|&k| {
                    let w = k + 1;
                    self.t[w].kind == TokKind::Word
                        && (!self.is_any(w, RATE_BREAKERS) || (self.is(w, "of") && counted(k)))
                        && !self.is_any(w, DETERMINERS)
                })
                .any(counted);
            let prev_num = self.num(i - 1).is_some()
                || self.p(i - 1, b'%')
                || (back
                    && !self.is_any(e, &["ago", "earlier", "later", "before", "after", "from"]));
            // "120 miles an hour" is a speed
            if prev_num && u == Unit::Hour && self.is_any(i - 1, LENGTH_UNITS) {
                return None;
            }
            if prev_num {
                let v = duration_value(Some(1), false, u);
                return Some(Found::flat(i, e, TimexType::Set, &v, Cls::Set));
            }
        }
        if article
            && !plural
            && matches!(u, Unit::Day | Unit::Weekend)
            && !self.is_any(
                i.wrapping_sub(1),
                &["for", "in", "within", "than", "about", "over"],
            )
            // ("a day after the teachers", as "two days after", is a length of time)
            && !self.is_any(e, &["after", "before"])
        {
            return None;
        }
        // "a week or so"
        if self.is(e, "or") && self.is(e + 1, "so") {
            e += 2;
        }
        // "37 years old", "15 months of age" are ages, "three-quarters" a fraction, "a second"
        // an ordinal
        if (self.is(e, "old") && !hyph)
            || (self.is(e, "of") && self.is(e + 1, "age"))
            || (u == Unit::Quarter && hyph)
            || (u == Unit::Second && (article || self.is(k, "second") && n == Some(1)))
        {
            return None;
        }
        // "a minute and a half"
        let mut half = half;
        if !half
            && !hyph
            && self.is(e, "and")
            && self.is_any(e + 1, &["a", "one"])
            && self.is(e + 2, "half")
        {
            half = true;
            e += 3;
        }
        // "the Six-Day War", "Hundred Years' War": a length in a name
        if self.cap(i) && self.cap(k) && self.name_after(e) {
            return None;
        }
        let mut v = duration_value(n, half, u);
        // "two minutes and 40 seconds", "three years and nine months": one length
        if n.is_some() && !half && !hyph && self.is(e, "and") {
            if let Some((Some(n2), false, e2)) = self.count_at(e + 1) {
                let rank = |u: Unit| match u {
                    Unit::Year => 6,
                    Unit::Month => 5,
                    Unit::Week => 4,
                    Unit::Day => 3,
                    Unit::Hour => 2,
                    Unit::Minute => 1,
                    Unit::Second => 0,
                    _ => 9,
                };
                if let Some((u2, _)) = self.unit_at(e2).filter(|&(u2, _)| rank(u2) < rank(u)) {
                    let second = duration_value(Some(n2), false, u2);
                    let body = &second[1..];
                    let body = if v.contains('T') {
                        body.trim_start_matches('T')
                    } else {
                        body
                    };
                    v.push_str(body);
                    e = e2 + 1;
                }
            }
        }
        let f = Found::flat(i, e, TimexType::Duration, &v, Cls::Duration);
        Some(if hyph { f.bare() } else { f })
    }

    /// `base` moved by `n` units, at the unit's grain.
    fn shifted(&self, base: Option<NaiveDate>, u: Unit, n: i32, from_dct: bool) -> Option<Val> {
        let Some(b) = base else {
            return Some(fixed(
                if n < 0 { "PAST_REF" } else { "FUTURE_REF" },
                Grain::None,
            ));
        };
        Some(match u {
            Unit::Year => {
                if n.abs() == 1 && self.ctx.last_quarter.is_some() && !self.ctx.long_period {
                    return self.year_back(-n, Some(b));
                }
                r::year(b.year() + n)
            }
            Unit::Decade => r::year(b.year() + 10 * n),
            Unit::Century => r::year(b.year() + 100 * n),
            Unit::Quarter => {
                let (y, q) = r::add_quarters(b.year(), r::quarter_of(b), n);
                r::quarter(y, q)
            }
            Unit::Half => return None,
            Unit::Month => {
                let (y, m) = r::add_months(b.year(), b.month(), n);
                r::month(y, m)
            }
            // "a week ago", "two weeks ago" name the day (the same weekday); from three weeks
            // back the week is as near as a reader would place it ("six weeks ago" is a week,
            // as TimeBank has it)
            Unit::Week if from_dct && (-2..0).contains(&n) => {
                r::day(r::add_days(b, 7 * i64::from(n))?)
            }
            Unit::Fortnight if from_dct && n < 0 => r::day(r::add_days(b, 14 * i64::from(n))?),
            Unit::Week | Unit::Weekend => r::week(r::add_days(b, 7 * i64::from(n))?),
            Unit::Fortnight => r::week(r::add_days(b, 14 * i64::from(n))?),
            Unit::Day => r::day(r::add_days(b, i64::from(n))?),
            Unit::Hour | Unit::Minute | Unit::Second => r::day(b),
        })
    }

    /// `now`, `recently`, `the past`, `the future`, `recent years`, `coming months`.
    fn reference(&self, i: usize) -> Option<Found> {
        let mut j = i;
        let the = self.is(j, "the");
        if the {
            j += 1;
            if self.is_any(
                j,
                &["near", "foreseeable", "distant", "recent", "immediate"],
            ) && self.is_any(j + 1, &["future", "past"])
            {
                j += 1;
            }
        }
        let lw = self.lower(j);
        let lw = lw.as_str();
        let s = self.sense(j, Kind::Ref).or_else(|| {
            if lw == "coming" {
                self.sense(j, Kind::Shift)
            } else {
                None
            }
        })?;
        if self.p(j + 1, b'-') && self.adj(j) {
            return None;
        }
        match lw {
            "past" | "future" => {
                // "in past years", "future quarters": some time before or after, unstated
                if !the && self.count_at(j + 1).is_none() {
                    if let Some((_, true)) = self.unit_at(j + 1) {
                        return Some(Found::flat(i, j + 2, TimexType::Date, s.text, Cls::Ref));
                    }
                }
                if !the || self.count_at(j + 1).is_some() || self.unit_at(j + 1).is_some() {
                    return None;
                }
                Some(Found::flat(i, j + 1, TimexType::Date, s.text, Cls::Ref))
            }
            "recent" | "coming" => {
                // "recent weeks", "the coming months": an unstated number of units (TimeBank
                // annotates these as durations)
                if let Some((u, true)) = self.unit_at(j + 1) {
                    // ... but "in recent years", "recent decades" mostly as the past at large
                    if lw == "recent" && matches!(u, Unit::Year | Unit::Decade) {
                        return Some(Found::flat(i, j + 2, TimexType::Date, "PAST_REF", Cls::Ref));
                    }
                    let v = duration_value(None, false, u);
                    return Some(Found::flat(i, j + 2, TimexType::Duration, &v, Cls::Ref));
                }
                // "the recent talks", "a recent filing": TimeBank mostly leaves these
                if lw == "coming"
                    || the
                    || (j > 0 && self.is_any(j - 1, &["the", "a", "its", "his", "her", "their"]))
                {
                    return None;
                }
                Some(Found::flat(j, j + 1, TimexType::Date, s.text, Cls::Ref))
            }
            // "at the moment", "for the moment": now ("at the moment of impact", "the moment he
            // arrived" are another time)
            "moment" => {
                let after_prep = i > 0 && self.is_any(i - 1, &["at", "for"]);
                let open = matches!(self.t.get(j + 1), Some(t) if t.kind == TokKind::Word && !self.is_any(j + 1, &["and", "but", "or"]));
                if !the || !after_prep || open {
                    return None;
                }
                Some(Found::flat(i, j + 1, TimexType::Date, s.text, Cls::Ref))
            }
            "current" => {
                if the || self.unit_at(j + 1).is_some() || self.sense(j + 1, Kind::Period).is_some()
                {
                    return None;
                }
                Some(Found::flat(j, j + 1, TimexType::Date, s.text, Cls::Ref))
            }
            _ => {
                if the {
                    return None;
                }
                if lw == "now"
                    && j > 0
                    && self.is_any(j - 1, &["until", "till", "from", "by", "than"])
                {
                    return Some(Found::flat(j, j + 1, TimexType::Date, s.text, Cls::Ref));
                }
                Some(Found::flat(j, j + 1, TimexType::Date, s.text, Cls::Ref))
            }
        }
    }

    /// `daily`, `every week`, `each Thursday`, `every two years`, `Mondays`, `per year`.
    fn set_rule(&self, i: usize) -> Option<Found> {
        // "a half-hourly service"
        if self.is(i, "half") && self.p(i + 1, b'-') && self.is(i + 2, "hourly") && self.adj(i) {
            return Some(Found::flat(i, i + 3, TimexType::Set, "PT30M", Cls::Set));
        }
        if let Some(s) = self.sense(i, Kind::Set) {
            // "quarterly dividend": some set words are tagged as adverbs only
            let adjective = matches!(self.t.get(i + 1), Some(t) if t.kind == TokKind::Word && !t.cap && t.entry.is_none());
            if adjective && self.sense(i, Kind::Set).is_some_and(|s| s.n == 1) {
                return None;
            }
            return Some(Found::flat(i, i + 1, TimexType::Set, s.text, Cls::Set));
        }
        if self.sense(i, Kind::Every).is_some() {
            let mut j = i + 1;
            if self.is(j, "other") {
                j += 1;
            }
            let other = j > i + 1;
            if let Some((n, half, e)) = self
                .count_at(j)
                .filter(|c| c.0.is_some() && self.sense(j, Kind::Article).is_none())
            {
                if let Some((u, true)) = self.unit_at(e) {
                    let v = duration_value(n, half, u);
                    return Some(Found::flat(i, e + 1, TimexType::Set, &v, Cls::Set));
                }
            }
            // "every half hour", "every half-hour"
            if self.is(j, "half") {
                let h = usize::from(self.p(j + 1, b'-'));
                let v = match self.unit_at(j + 1 + h) {
                    Some((Unit::Hour, false)) => "PT30M",
                    Some((Unit::Minute, false)) => "PT30S",
                    Some((Unit::Day, false)) => "PT12H",
                    Some((Unit::Year, false)) => "P6M",
                    _ => "",
                };
                if !v.is_empty() {
                    return Some(Found::flat(i, j + 2 + h, TimexType::Set, v, Cls::Set));
                }
            }
            if let (Some((Unit::Weekend, false)), false) = (self.unit_at(j), other) {
                return Some(Found::flat(
                    i,
                    j + 1,
                    TimexType::Set,
                    "XXXX-WXX-WE",
                    Cls::Set,
                ));
            }
            if let Some((u, false)) = self.unit_at(j).filter(|u| u.0 != Unit::Second) {
                let v = duration_value(Some(if other { 2 } else { 1 }), false, u);
                return Some(Found::flat(i, j + 1, TimexType::Set, &v, Cls::Set));
            }
            if let Some((wd, e)) = self.weekday_at(j) {
                let mut v = format!("XXXX-WXX-{wd}");
                let mut e = e;
                if let Some(p) = self.sense(e, Kind::Pod) {
                    v.push('T');
                    v.push_str(p.text);
                    e += 1;
                }
                return Some(Found::flat(i, e, TimexType::Set, &v, Cls::Set));
            }
            // "every Aug. 12", "every March 25th"
            if let Some((m, e)) = self.month_at(j).filter(|_| self.cap(j)) {
                if let Some((d, e2)) = self.day_at(e).filter(|&(d, _)| d <= max_month_len(m)) {
                    let v = format!("XXXX-{m:02}-{d:02}");
                    return Some(Found::flat(i, e2, TimexType::Set, &v, Cls::Set));
                }
            }
            if let Some(s) = self.sense(j, Kind::Month).filter(|_| self.cap(j)) {
                let v = format!("XXXX-{:02}", s.n);
                return Some(Found::flat(i, j + 1, TimexType::Set, &v, Cls::Set));
            }
            if let Some(s) = self.sense(j, Kind::Season) {
                let v = format!("XXXX-{}", s.text);
                return Some(Found::flat(i, j + 1, TimexType::Set, &v, Cls::Set));
            }
            if let Some(p) = self.sense(j, Kind::Pod) {
                let v = format!("XXXX-XX-XXT{}", p.text);
                return Some(Found::flat(i, j + 1, TimexType::Set, &v, Cls::Set));
            }
            return None;
        }
        // "Mondays", "Tuesday nights" (plural weekday)
        let t = self.t.get(i)?;
        if t.kind == TokKind::Word && t.cap && t.e - t.s > 6 && self.word(i).ends_with('s') {
            let stem = self.text.as_bytes().get(t.s..t.e - 1)?;
            let wd = super::lex::lookup(stem)?.get(Kind::Weekday)?.n;
            let v = format!("XXXX-WXX-{wd}");
            return Some(Found::flat(i, i + 1, TimexType::Set, &v, Cls::Set));
        }
        None
    }

    /// `twice a week`, `three times a year`, `once per month`: a set, its span the whole phrase.
    fn frequency(&self, i: usize) -> Option<Found> {
        let j = if self.is_any(i, &["once", "twice", "thrice"]) {
            i + 1
        } else {
            let (n, _, j) = self.count_at(i)?;
            n?;
            if self.sense(i, Kind::Article).is_some() {
                return None;
            }
            // "six days a week", "five nights a week": how many days of each week
            if self.is_any(j, &["days", "nights"])
                && self.is_any(j + 1, &["a", "per", "each", "every"])
                && self.is(j + 2, "week")
            {
                return Some(Found::flat(i, j + 3, TimexType::Set, "P1W", Cls::Set));
            }
            if !self.is(j, "times") {
                return None;
            }
            j + 1
        };
        if !self.is_any(j, &["a", "an", "per", "each", "every"]) {
            return None;
        }
        let (u, plural) = self.unit_at(j + 1)?;
        if plural || u == Unit::Half {
            return None;
        }
        let v = duration_value(Some(1), false, u);
        Some(Found::flat(i, j + 2, TimexType::Set, &v, Cls::Set))
    }

    /// `Christmas`, `Thanksgiving Day`, `Christmas Eve`.
    fn holiday(&self, i: usize) -> Option<Found> {
        // "the Easter weekend" starts at its article
        if self.is(i, "the") {
            // (one article only: a run of them recurses no deeper)
            if self.is(i + 1, "the") {
                return None;
            }
            return self.holiday(i + 1).filter(|f| f.a == i);
        }
        let s = self.sense(i, Kind::Holiday)?;
        if !self.cap(i) {
            return None;
        }
        // "New Year's Day", "New Year's Eve", "New Year": the holiday's name runs on
        let new_year = s.n == 3;
        // ("Lunar New Year", "Chinese New Year", "Jewish New Year" follow other calendars)
        if new_year
            && (!(self.is(i + 1, "year") && self.cap(i + 1))
                || (i > 0 && self.cap(i - 1) && self.t[i - 1].kind == TokKind::Word))
        {
            return None;
        }
        // "Valentine's Day", "St. Patrick's Day", "Presidents' Day"
        let mut j = self.skip_poss(i + 1 + usize::from(new_year));
        if j == i + 1 && self.p(j, b'\'') && self.word(i).ends_with('s') {
            j += 1;
        }
        let mut eve = false;
        if self.is(j, "day") && self.cap(j) {
            j += 1;
        } else if self.is(j, "eve") && self.cap(j) {
            j += 1;
            eve = true;
        } else if s.n == 2 || s.n == 6 {
            // "Good Friday", "Cyber Monday"
            let day = if s.n == 2 { "friday" } else { "monday" };
            if !(self.is(j, day) && self.cap(j)) {
                return None;
            }
            j += 1;
        } else if s.n == 4 {
            // "Fourth of July": the name runs on with "of" and the holiday's month
            let month = s
                .text
                .split_once('-')
                .and_then(|(m, _)| m.parse::<u32>().ok());
            if !(self.cap(i)
                && self.is(j, "of")
                && self.cap(j + 1)
                && self.month_at(j + 1).map(|(m, _)| m) == month)
            {
                return None;
            }
            j += 2;
        } else if s.n == 5 {
            // "Bonfire Night"
            if !(self.is(j, "night") && self.cap(j)) {
                return None;
            }
            j += 1;
        } else if s.n == 1 {
            // a common word ("election") is a holiday only as "Election Day"
            return None;
        }
        // "the Good Friday Agreement", "the Christmas Island ferry": a holiday inside a name
        if self.name_after(j) && i > 0 && (self.is(i - 1, "the") || self.in_name(i - 1)) {
            return None;
        }
        let dct = self.ctx.dct;
        let resolve = |y: i32| -> Option<NaiveDate> {
            let d = if let Some(offset) = s.text.strip_prefix("easter") {
                let k: i64 = if offset.is_empty() {
                    0
                } else {
                    offset.trim_start_matches('+').parse().ok()?
                };
                r::add_days(r::easter(y)?, k)?
            } else {
                let (m, rest) = s.text.split_once('-')?;
                let m: u32 = m.parse().ok()?;
                if let Some(spec) = rest.strip_prefix('w') {
                    // MM-wWD-N[+K]: the Nth weekday WD of the month, K days on
                    let (spec, plus) = spec.split_once('+').unwrap_or((spec, "0"));
                    let (wd, n) = spec.split_once('-')?;
                    let d = r::nth_weekday(y, m, wd.parse().ok()?, n.parse().ok()?)?;
                    r::add_days(d, plus.parse().ok()?)?
                } else {
                    r::ymd(y, m, rest.parse().ok()?)?
                }
            };
            if eve {
                d.pred_opt()
            } else {
                Some(d)
            }
        };
        let val = match dct {
            Some(dct) => {
                let mut y = dct.year();
                let d = resolve(y)?;
                // a holiday over a month ahead is last year's when the clause is told in the
                // past, or, with no tense at all, when last year's is the nearer
                let ahead = (d - dct).num_days();
                let tense = self.tense(i);
                let nearer_behind =
                    tense.is_none() && resolve(y - 1).is_some_and(|p| (dct - p).num_days() < ahead);
                if d > dct
                    && tense != Some(true)
                    && ahead > 30
                    && (tense.is_some() || nearer_behind)
                {
                    y -= 1;
                } else if d < dct
                    && (tense != Some(false) || self.ahead(i))
                    && resolve(y + 1).is_some_and(|n| (n - dct) < (dct - d))
                {
                    // "New Year's Day" in an article of 29 December: the one days ahead
                    y += 1;
                }
                r::day(resolve(y)?)
            }
            None => return None,
        };
        let (mut val, mut j) = (val, j);
        let date = val.2.map(|r| r.first);
        let holiday_on = |y: i32| resolve(y).map(r::day);
        if let (Some(d), Some(dct)) = (date, dct) {
            if let Some(off) = self.year_shift_at(j) {
                // "Boxing Day last year", "Halloween two years ago", "Christmas 2001"
                if let Some(v) = holiday_on(dct.year() + off.0) {
                    val = v;
                    j = off.1;
                }
            } else if let Some((y, e)) = self.year_at(j) {
                if let Some(v) = holiday_on(y) {
                    val = v;
                    j = e;
                }
            } else if let Some((wd, e)) = self.weekday_at(j) {
                // "Easter Monday", "Easter Sunday": the first such weekday from the holiday on
                let k = (wd + 7 - r::weekday_number(d)) % 7;
                if let Some(x) = r::add_days(d, i64::from(k)) {
                    val = r::day(x);
                    j = e;
                }
            } else if matches!(self.unit_at(j), Some((Unit::Weekend, false))) {
                // "the Easter weekend", "the Fourth of July weekend": the weekend nearest it
                let back = i64::from((r::weekday_number(d) + 1) % 7);
                let sat = if back <= 3 {
                    r::add_days(d, -back)
                } else {
                    r::add_days(d, 7 - back)
                };
                if let Some(sat) = sat {
                    let a = if i > 0 && self.is(i - 1, "the") {
                        i - 1
                    } else {
                        i
                    };
                    return Some(Found::new(
                        a,
                        j + 1,
                        TimexType::Date,
                        r::weekend(sat),
                        Cls::Relative,
                    ));
                }
            }
        }
        // "Christmas morning", "on Easter Sunday night" (not "Christmas nights")
        if let Some(p) = self
            .sense(j, Kind::Pod)
            .filter(|_| !self.word(j).ends_with('s') && !self.is(j, "overnight"))
        {
            let v = format!("{}T{}", val.0, p.text);
            return Some(Found::new(
                i,
                j + 1,
                TimexType::Time,
                (v, Grain::PartOfDay, val.2),
                Cls::Relative,
            ));
        }
        Some(Found::new(i, j, TimexType::Date, val, Cls::Relative))
    }

    /// `for years`, `within weeks`, `the days before`: an unstated number of units.
    fn bare_plural(&self, i: usize) -> Option<Found> {
        if !self.is_any(i, &["the", "for", "within", "in"]) {
            return None;
        }
        let (u, plural) = self.unit_at(i + 1)?;
        if !plural || self.p(i + 2, b'-') || (self.is(i + 2, "of") && !self.is(i, "within")) {
            return None;
        }
        // "in minutes released on Tuesday" names a record; "in decades", "in years" a length
        if self.is(i, "in") && (u == Unit::Minute || self.is(i + 2, "past")) {
            return None;
        }
        // TimeBank leaves "the" out of "the weeks before the vote"
        let v = duration_value(None, false, u);
        Some(Found::flat(i + 1, i + 2, TimexType::Duration, &v, Cls::Duration).bare())
    }

    /// `earlier in the day`, `later in the week`: a part of the period of the reference (the
    /// last day named for `day`).
    fn within_rule(&self, i: usize) -> Option<Found> {
        if !self.is_any(i, &["earlier", "later"]) || !self.is(i + 1, "in") || !self.is(i + 2, "the")
        {
            return None;
        }
        let (u, false) = self.unit_at(i + 3)? else {
            return None;
        };
        if self.p(i + 4, b'-') || self.is(i + 4, "of") {
            return None;
        }
        let dct = self.ctx.dct;
        let val = match u {
            Unit::Day => match self.ctx.anchor.or(dct) {
                Some(d) => r::day(d),
                None => fixed("XXXX-XX-XX", Grain::Day),
            },
            Unit::Week => dct.map_or_else(|| fixed("XXXX-WXX", Grain::Week), r::week),
            Unit::Month => dct.map_or_else(
                || fixed("XXXX-XX", Grain::Month),
                |d| r::month(d.year(), d.month()),
            ),
            Unit::Year => match self.ctx.last_year.or(dct.map(|d| d.year())) {
                Some(y) => r::year(y),
                None => fixed("XXXX", Grain::Year),
            },
            _ => return None,
        };
        // TimeBank tags "the day" inside "later in the day", the whole of "earlier in the year"
        let a = if u == Unit::Day { i + 2 } else { i };
        Some(Found::new(a, i + 4, TimexType::Date, val, Cls::Relative).derived())
    }

    /// 1 for `after` at `k`, -1 for `before`.
    fn after_or_before(&self, k: usize) -> Option<i32> {
        if self.is(k, "after") {
            Some(1)
        } else if self.is(k, "before") {
            Some(-1)
        } else {
            None
        }
    }

    /// `the day before`, `a day after the vote`, `the day after tomorrow`, `the day before
    /// last Tuesday`: the day next to a day named, or to an event (then unresolved).
    fn day_next_to(&self, i: usize) -> Option<Found> {
        if !self.is_any(i, &["the", "a"]) || !self.is(i + 1, "day") {
            return None;
        }
        let dir = i64::from(self.after_or_before(i + 2)?);
        let k = i + 3;
        if let Some(s) = self.sense(k, Kind::Deictic) {
            if !self.is(k, "tonight") {
                let v = match self.ctx.dct {
                    Some(d) => r::day(r::add_days(d, i64::from(s.n) + dir)?),
                    None => fixed("XXXX-XX-XX", Grain::Day),
                };
                return Some(Found::new(i, k + 1, TimexType::Date, v, Cls::Relative));
            }
        }
        let named = self
            .shift_rule(k)
            .or_else(|| self.weekday_rule(k))
            .or_else(|| self.explicit(k))
            .or_else(|| self.holiday(k))
            .filter(|f| f.ty == TimexType::Date && f.val.1 == Grain::Day);
        if let Some(f) = named {
            if let Some(d) = f.val.2.and_then(|r| r::add_days(r.first, dir)) {
                return Some(Found::new(
                    i,
                    f.b,
                    TimexType::Date,
                    r::day(d),
                    Cls::Relative,
                ));
            }
        }
        // Next to an event ("the day after he lost his job"), TimeBank tags "the day" alone;
        // the best guess for its date is next to the last day named. ("a day after the
        // teachers" is a length of time, as "two days after" is.)
        if self.is(i, "a") {
            return None;
        }
        // "began arriving on September 15, the day after the disaster": the day named just
        // before the comma is the day meant
        let apposed = i >= 2
            && self.p(i - 1, b',')
            && self
                .t
                .get(i - 2)
                .is_some_and(|t| t.e == self.ctx.anchor_end);
        if let (true, Some(d)) = (apposed, self.ctx.anchor) {
            return Some(Found::new(i, i + 3, TimexType::Date, r::day(d), Cls::Relative).derived());
        }
        let v = match self.ctx.anchor {
            Some(d) => r::day(r::add_days(d, dir)?),
            None => fixed("XXXX-XX-XX", Grain::Day),
        };
        Some(Found::new(i, i + 2, TimexType::Date, v, Cls::Relative).derived())
    }

    /// `the year before`, `the month after`, `the week before` at the end of a clause ("up from
    /// $11.5 million the year before"): the year, month or week next to the last one named.
    /// `the week after Christmas`: the week next to a day named.
    fn unit_next_to(&self, i: usize) -> Option<Found> {
        if !self.is(i, "the") {
            return None;
        }
        let (u, false) = self.unit_at(i + 1)? else {
            return None;
        };
        if !matches!(u, Unit::Week | Unit::Month | Unit::Year) {
            return None;
        }
        let dir = self.after_or_before(i + 2)?;
        let k = i + 3;
        if u == Unit::Week {
            // ("the week after Christmas", "the week before Easter", "the week after July 4")
            let named = self
                .holiday(k)
                .or_else(|| self.explicit(k))
                .filter(|f| f.ty == TimexType::Date && f.val.1 == Grain::Day);
            if let Some(f) = named {
                let d = r::add_days(f.val.2?.first, i64::from(dir) * 7)?;
                return Some(Found::new(
                    i,
                    f.b,
                    TimexType::Date,
                    r::week(d),
                    Cls::Relative,
                ));
            }
        }
        // only at the end of a clause: "the year before the war" leans on an event
        let ends = match self.t.get(k) {
            None => true,
            Some(t) => {
                matches!(t.kind, TokKind::Punct(b'.' | b',' | b';' | b')' | b'"'))
                    || self.quote(k)
                    || self.is_any(k, &["and", "but", "when", "while", "as", "according"])
            }
        };
        if !ends {
            return None;
        }
        let val = match u {
            Unit::Year => r::year(self.ctx.last_year.or(self.ctx.dct.map(|d| d.year()))? + dir),
            Unit::Month => {
                let (y, m) = self
                    .ctx
                    .last_month
                    .or(self.ctx.dct.map(|d| (d.year(), d.month())))?;
                let (y, m) = r::add_months(y, m, dir);
                r::month(y, m)
            }
            _ => r::week(r::add_days(
                self.ctx.anchor.or(self.ctx.dct)?,
                i64::from(dir) * 7,
            )?),
        };
        Some(Found::new(i, k, TimexType::Date, val, Cls::Relative).derived())
    }

    /// A word ending in `season(s)` (`season`, `offseason`, `preseasons`).
    fn season_word(&self, k: usize) -> bool {
        let w = self.word(k).as_bytes();
        let w = w.strip_suffix(b"s").filter(|_| w.len() > 6).unwrap_or(w);
        w.len() >= 6 && w[w.len() - 6..].eq_ignore_ascii_case(b"season")
    }

    /// Sports seasons: `this season`, `last offseason`, `all season`, `one season`. The value
    /// stays unresolved: a season's dates depend on the sport.
    fn sport_season(&self, i: usize) -> Option<Found> {
        // cheap test first: a word ending in "season(s)" within three tokens
        let near = (i + 1..i + 4).any(|k| self.season_word(k));
        if !near {
            return None;
        }
        let season = |k: usize| {
            self.is_any(
                k,
                &["season", "offseason", "postseason", "preseason", "seasons"],
            ) && !self.p(k + 1, b'-')
                && !self.is(k + 1, "of")
        };
        if self.sense(i, Kind::Shift).is_some() && season(i + 1) {
            let v = match self.sense(i, Kind::Shift).map_or(0, |s| s.n) {
                0 => "PRESENT_REF",
                n if n < 0 => "PAST_REF",
                _ => "FUTURE_REF",
            };
            if self.is(i + 1, "seasons") {
                return None;
            }
            return Some(Found::new(
                i,
                i + 2,
                TimexType::Date,
                fixed(v, Grain::None),
                Cls::Relative,
            ));
        }
        if self.is(i, "all") && self.is(i + 1, "season") && season(i + 1) {
            return Some(Found::flat(
                i,
                i + 2,
                TimexType::Duration,
                "PXX",
                Cls::Duration,
            ));
        }
        let (n, false, j) = self.count_at(i)? else {
            return None;
        };
        let j = if self.is(j, "single") { j + 1 } else { j };
        if !season(j) || (self.sense(i, Kind::Article).is_some() && !self.is(i + 1, "single")) {
            return None;
        }
        if n.is_some_and(|n| n > 1) != self.is(j, "seasons") && n.is_some() {
            return None;
        }
        Some(Found::flat(
            i,
            j + 1,
            TimexType::Duration,
            "PXX",
            Cls::Duration,
        ))
    }

    /// `hours after his arrest`, `minutes later`: an unstated count of units next to an event.
    fn bare_unit_rel(&self, i: usize) -> Option<Found> {
        let (u, true) = self.unit_at(i)? else {
            return None;
        };
        // "days later" leans on a day named before: TimeBank dates it; hours do not
        if !matches!(u, Unit::Hour | Unit::Minute | Unit::Second)
            || !self.is_any(i + 1, &["after", "before", "later", "earlier"])
            || (i > 0 && (self.count_at(i - 1).is_some() || self.unit_at(i - 1).is_some()))
        {
            return None;
        }
        let v = duration_value(None, false, u);
        Some(Found::flat(
            i,
            i + 1,
            TimexType::Duration,
            &v,
            Cls::Duration,
        ))
    }

    /// `the second straight day`, `its eighth day`: the day a running event has reached, the
    /// reference day (or the last day named).
    fn nth_day(&self, i: usize) -> Option<Found> {
        let (n, j) = self.ordinal_at(i)?;
        let j = if self.is_any(j, &["straight", "consecutive", "successive"]) {
            j + 1
        } else {
            j
        };
        if n == 0
            || !self.is(j, "day")
            || self.p(j + 1, b'-')
            || self.is_any(j + 1, &["after", "before"])
            || (self.is(j + 1, "of") && self.month_at(j + 2).is_some())
        {
            return None;
        }
        let a = i;
        let val = match self.ctx.anchor.or(self.ctx.dct) {
            Some(d) => r::day(d),
            None => fixed("XXXX-XX-XX", Grain::Day),
        };
        Some(Found::new(a, j + 1, TimexType::Date, val, Cls::Relative).derived())
    }

    /// `on the 5th`, `the 25th of this month`, `by the 3rd of next month`: a day of a month the
    /// text does not name, taken from the reference date and the tense.
    fn day_of_month(&self, i: usize) -> Option<Found> {
        if !self.is(i, "the") || i == 0 || !self.is_any(i - 1, DAY_PREPS) {
            return None;
        }
        let t = self.num(i + 1)?;
        if t.digits > 2 || !self.adj(i + 1) || !self.is_any(i + 2, &["st", "nd", "rd", "th"]) {
            return None;
        }
        let n = t.num as u32;
        if !(1..=31).contains(&n) {
            return None;
        }
        let mut e = i + 3;
        let mut shift = None;
        if self.is(e, "of") && self.is(e + 2, "month") {
            shift = self.sense(e + 1, Kind::Shift).map(|s| s.n);
            shift?;
            e += 3;
        } else if matches!(self.t.get(e), Some(t) if t.kind == TokKind::Word) {
            // "the 5th time", "the 3rd of May" (written dates are the explicit rule's)
            return None;
        }
        let Some(dct) = self.ctx.dct else {
            let v = fixed(&format!("XXXX-XX-{n:02}"), Grain::Day);
            return Some(Found::new(i, e, TimexType::Date, v, Cls::Relative));
        };
        let off = match shift {
            Some(s) => s,
            None if self.future(i) || self.ahead(i) => i32::from(n < dct.day()),
            None => -i32::from(n > dct.day()),
        };
        let (y, m) = r::add_months(dct.year(), dct.month(), off);
        let f = self.build_date(i, e, Some(y), m, n, None);
        Some(Found {
            cls: Cls::Relative,
            ..f
        })
    }

    /// `year-end`, `year end`, `the year's end`: the last day of the reference year (of the year
    /// before after `since` or in a past clause).
    fn year_end(&self, i: usize) -> Option<Found> {
        let j = if self.is(i, "the") { i + 1 } else { i };
        if !self.is(j, "year") {
            return None;
        }
        let k = if self.p(j + 1, b'-') {
            j + 2
        } else {
            self.skip_poss(j + 1)
        };
        if !self.is(k, "end") || self.p(k + 1, b'-') {
            return None;
        }
        let dct = self.ctx.dct?;
        let since = j > 0 && self.is_any(i.wrapping_sub(1), &["since", "from"]);
        let y = if since || (self.past(i) && dct.month() < 7) {
            dct.year() - 1
        } else {
            dct.year()
        };
        let val = r::day(r::ymd(y, 12, 31)?);
        Some(Found::new(i, k + 1, TimexType::Date, val, Cls::Relative))
    }

    /// `overnight` on its own: the night before the reference date ("fell overnight"), or the
    /// coming one in a clause about the future ("will move inland overnight").
    fn overnight(&self, i: usize) -> Option<Found> {
        if !self.is(i, "overnight") || (self.p(i + 1, b'-') && self.adj(i)) {
            return None;
        }
        let back = if self.future(i) { 0 } else { -1 };
        let d = self.ctx.dct.and_then(|d| r::add_days(d, back));
        let base = d.map_or_else(|| "XXXX-XX-XX".to_string(), |d| r::day(d).0);
        let range = d.map(|d| super::DateRange { first: d, last: d });
        Some(
            Found::new(
                i,
                i + 1,
                TimexType::Time,
                (format!("{base}TNI"), Grain::PartOfDay, range),
                Cls::Relative,
            )
            // (a guess from the reference date: the story does not move to it)
            .derived(),
        )
    }

    /// `in the morning`, `mid-afternoon`: a part of the reference day (or of the last day named).
    fn part_of_day(&self, i: usize) -> Option<Found> {
        // "in morning trading", "during afternoon dealings": the session of the story's day
        if let Some(p) = self.sense(i, Kind::Pod).filter(|_| !self.cap(i)) {
            if i > 0
                && self.is_any(i - 1, &["in", "during"])
                && self.is_any(
                    i + 1,
                    &["trading", "trade", "dealings", "deals", "business"],
                )
                && !self.word(i).ends_with('s')
                && !self.is(i, "overnight")
            {
                let d = self.ctx.anchor.or(self.ctx.dct);
                return Some(part_of(i, i + 1, d, p.text).derived());
            }
        }
        let (a, k) = if self.is(i, "the")
            && i > 0
            && self.is_any(
                i - 1,
                &[
                    "in",
                    "during",
                    "that",
                    "through",
                    "throughout",
                    "into",
                    "overnight",
                ],
            ) {
            (i, i + 1)
        } else if self.is(i, "mid") && self.p(i + 1, b'-') && self.adj(i) {
            (i, i + 2)
        } else if self.is_any(i, &["mid", "late", "early"])
            && i > 0
            && self.is_any(i - 1, POD_PREPS)
        {
            // "by mid afternoon", "until late evening"
            (i, i + 1)
        } else if i > 0 && self.is_any(i - 1, POD_PREPS) && self.is_any(i, MOMENT_WORDS) {
            // "at dawn", "by nightfall", "by midafternoon": a moment of the day, bare
            (i, i)
        } else {
            return None;
        };
        // "in the early morning"
        let k = if k == i + 1
            && self.is(i, "the")
            && self.sense(k, Kind::Fuzz).is_some()
            && self.sense(k + 1, Kind::Pod).is_some()
        {
            k + 1
        } else {
            k
        };
        let p = self.sense(k, Kind::Pod)?;
        if self.word(k).ends_with('s') || self.is(k, "overnight") {
            return None;
        }
        // (a day still to come, "by Thursday", is no day the story is at)
        let d = self
            .ctx
            .anchor
            .filter(|&a| self.ctx.dct.is_none_or(|d| a <= d) || self.future(i))
            .or(self.ctx.dct);
        let base = d.map_or_else(|| "XXXX-XX-XX".to_string(), |d| r::day(d).0);
        let mut e = k + 1;
        let mut date = d;
        if let Some(s) = self.sense(e, Kind::Deictic) {
            date = self.ctx.dct.and_then(|d| r::add_days(d, i64::from(s.n)));
            e += 1;
        }
        // ("at dawn on Friday", "by nightfall on Monday": the day told after it is its own)
        if k == a && self.is(e, "on") {
            if let Some(f) = self.weekday_rule(e + 1).or_else(|| self.explicit(e + 1)) {
                if f.val.1 == Grain::Day {
                    date = f.val.2.map(|r| r.first);
                }
            }
        }
        let base = date.map_or(base, |d| r::day(d).0);
        let v = format!("{base}T{}", p.text);
        let range = date.map(|d| super::DateRange { first: d, last: d });
        Some(Found::new(
            a,
            e,
            TimexType::Time,
            (v, Grain::PartOfDay, range),
            Cls::Relative,
        ))
    }

    /// `these days`, `the near term`, `the short term`: references written as phrases.
    fn phrase_ref(&self, i: usize) -> Option<Found> {
        // "At this hour, crews are still trying to clear the cars": a broadcast's now
        if self.is(i, "at")
            && self.is(i + 1, "this")
            && self.is(i + 2, "hour")
            && !self.is_any(i + 3, &["of", "and"])
        {
            return Some(Found::flat(
                i,
                i + 3,
                TimexType::Date,
                "PRESENT_REF",
                Cls::Ref,
            ));
        }
        // "the year to date", "year-to-date": the reference year so far
        // (bare, it needs its capital or both hyphens: "Year to date,", "year-to-date")
        let y = usize::from(self.is(i, "the"));
        if self.is(i + y, "year") {
            let hy1 = self.p(i + y + 1, b'-');
            let to = i + y + 1 + usize::from(hy1);
            let hy2 = self.p(to + 1, b'-');
            let date = to + 1 + usize::from(hy2);
            if self.is(to, "to") && self.is(date, "date") && (y == 1 || self.cap(i) || (hy1 && hy2))
            {
                let dct = self.ctx.dct?;
                return Some(Found::new(
                    i,
                    date + 1,
                    TimexType::Date,
                    r::year(dct.year()),
                    Cls::Relative,
                ));
            }
        }
        // (where "while" would stand in "a little while ago", "a while ago")
        let w = i + 1 + usize::from(self.is_any(i + 1, &["little", "short"]));
        let (value, len) = if self.is(i, "these") && self.is(i + 1, "days") {
            ("PRESENT_REF", 2)
        } else if self.is_any(i, &["a", "an"])
            && self.is_any(i + 1, &["later", "earlier"])
            && self.is_any(i + 2, &["date", "time", "stage"])
        {
            // "at a later date", "at an earlier stage"
            let later = self.is(i + 1, "later");
            (if later { "FUTURE_REF" } else { "PAST_REF" }, 3)
        } else if self.is(i, "the")
            && self.is_any(i + 1, &["near", "short"])
            && self.is(i + 2, "term")
        {
            // ("the long run" is no time TimeBank tags)
            ("FUTURE_REF", 3)
        } else if self.is(i, "a") && self.is(w, "while") && self.is(w + 1, "ago") {
            // "a little while ago", "a while ago"
            ("PAST_REF", w + 2 - i)
        } else {
            return None;
        };
        if self.p(i + len, b'-') {
            return None;
        }
        Some(Found::flat(i, i + len, TimexType::Date, value, Cls::Ref))
    }

    /// `that year`, `that day`, `that quarter`: the period the text last named.
    fn that_rule(&self, i: usize) -> Option<Found> {
        if !self.is(i, "that") {
            return None;
        }
        // "that night", "that morning", "that same night": a part of the last day named
        let same = usize::from(self.is(i + 1, "same"));
        if let Some(p) = self
            .sense(i + 1 + same, Kind::Pod)
            .filter(|_| !self.is_any(i + 1 + same, MOMENT_WORDS))
        {
            let k = i + 1 + same;
            if self.word(k).ends_with('s') || self.is(k, "overnight") {
                return None;
            }
            let d = self.ctx.anchor.or(self.ctx.dct);
            let base = d.map_or_else(|| "XXXX-XX-XX".to_string(), |d| r::day(d).0);
            let range = d.map(|d| super::DateRange { first: d, last: d });
            let v = format!("{base}T{}", p.text);
            return Some(
                Found::new(
                    i,
                    k + 1,
                    TimexType::Time,
                    (v, Grain::PartOfDay, range),
                    Cls::Relative,
                )
                .derived(),
            );
        }
        // "that October", "that spring": of the year the story is at
        if let (Some(y), true) = (self.ctx.last_year, self.cap(i + 1)) {
            if let Some(m) = self.sense(i + 1, Kind::Month) {
                return Some(
                    Found::new(
                        i,
                        i + 2,
                        TimexType::Date,
                        r::month(y, m.n as u32),
                        Cls::Relative,
                    )
                    .derived(),
                );
            }
        }
        if let (Some(y), Some(sea)) = (self.ctx.last_year, self.sense(i + 1, Kind::Season)) {
            if !self.word(i + 1).ends_with('s') {
                return Some(
                    Found::new(
                        i,
                        i + 2,
                        TimexType::Date,
                        r::season(y, sea.text),
                        Cls::Relative,
                    )
                    .derived(),
                );
            }
        }
        let (u, false) = self.unit_at(i + 1)? else {
            return None;
        };
        let val = match u {
            Unit::Year => r::year(self.ctx.last_year?),
            Unit::Day => match (self.ctx.anchor, self.ctx.dct) {
                (Some(d), _) => r::day(d),
                // without a reference date nothing is resolved; with one, an unanchored
                // "that day" is an event's day, which TimeBank leaves untagged
                (None, None) => fixed("XXXX-XX-XX", Grain::Day),
                (None, Some(_)) => return None,
            },
            Unit::Quarter => {
                let (y, q) = self.ctx.last_quarter?;
                r::quarter(y, q)
            }
            _ => return None,
        };
        Some(Found::new(i, i + 2, TimexType::Date, val, Cls::Relative).derived())
    }

    /// `the winter of 1994`, `summer 1998`, `the spring` (by tense).
    fn season_rule(&self, i: usize) -> Option<Found> {
        let mut j = i;
        let the = self.is(j, "the");
        if the {
            j += 1;
            // "the early summer": the edge sits inside the phrase
            if self.sense(j, Kind::Fuzz).is_some() && self.sense(j + 1, Kind::Season).is_some() {
                j += 1;
            }
        }
        let sea = self.sense(j, Kind::Season)?;
        // "the Summer Olympics", "Winter Palace": a season in a name
        if self.cap(j) && self.name_after(j + 1) {
            return None;
        }
        let mut k = j + 1;
        if self.is(k, "of") {
            k += 1;
        }
        let year = self.year_at(k).or_else(|| {
            let f = self.spelled_year(k)?;
            Some((f.val.0.parse().ok()?, f.b))
        });
        if let Some((y, e)) = year {
            return Some(Found::new(
                i,
                e,
                TimexType::Date,
                r::season(y, sea.text),
                Cls::Explicit,
            ));
        }
        // "before autumn", "in the middle of winter": a bare season after a preposition, ending
        // its phrase ("in summer months" is a kind of month)
        let bare = !the
            && !self.cap(j)
            && i > 0
            && (self.is_any(i - 1, SEASON_PREPS)
                || (i > 1
                    && self.is(i - 1, "of")
                    && self.is_any(
                        i - 2,
                        &[
                            "middle",
                            "end",
                            "start",
                            "beginning",
                            "depths",
                            "height",
                            "dead",
                        ],
                    )))
            && match self.t.get(j + 1) {
                Some(x) if x.kind == TokKind::Word => self.is_any(j + 1, SEASON_FOLLOWERS),
                _ => true,
            };
        if !(the || bare) || self.is(j + 1, "of") {
            return None;
        }
        let dct = self.ctx.dct?;
        let cur = season_index(dct.month());
        let idx = season_code_index(sea.text);
        // the season next to come, with no tense word ("booking flights for the fall" in
        // August), or after "until", "by", "through", is the coming one
        let next_season = idx == cur + 1 || (cur == 3 && idx == 0);
        // ("since the fall" is the last one)
        let since = i > 0 && self.is(i - 1, "since");
        let coming =
            !since && (self.future(i) || self.ahead(i) || (next_season && self.tense(i).is_none()));
        let y = if coming {
            if idx >= cur {
                dct.year()
            } else {
                dct.year() + 1
            }
        } else if idx <= cur {
            dct.year()
        } else {
            dct.year() - 1
        };
        Some(Found::new(
            i,
            j + 1,
            TimexType::Date,
            r::season(y, sea.text),
            Cls::Relative,
        ))
    }

    /// `the 20th century`, `the eleventh century`.
    fn century(&self, i: usize) -> Option<Found> {
        let (n, j) = self.ordinal_at(i)?;
        let k = if self.p(j, b'-') { j + 1 } else { j };
        if !matches!(self.unit_at(k), Some((Unit::Century, false))) || n == 0 || n > 30 {
            return None;
        }
        Some(Found::new(
            i,
            k + 1,
            TimexType::Date,
            r::century(n as i32 - 1),
            Cls::Relative,
        ))
    }

    /// `half past nine`, `quarter to ten`, `twenty past 7`: a clock said aloud, its hour after
    /// "past" or "to" (in the evening after an evening greeting).
    fn spoken_clock(&self, i: usize) -> Option<Found> {
        let small = |k: usize| -> Option<u32> {
            let n = match self.num(k) {
                Some(t) if t.digits <= 2 && !t.comma => t.num as u32,
                Some(_) => return None,
                None => u32::try_from(self.sense(k, Kind::Number)?.n).ok()?,
            };
            Some(n)
        };
        let (m, k) = if self.is(i, "half") {
            (30, i + 1)
        } else if self.is(i, "quarter") {
            (15, i + 1)
        } else {
            let n = small(i).filter(|n| (1..60).contains(n))?;
            let k = i + 1 + usize::from(self.is_any(i + 1, &["minutes", "minute"]));
            (n, k)
        };
        // ("six to three", "2 to 3 per cent" are a vote and a range: "to" only after "quarter"
        // or "minutes")
        let to = self.is(k, "to") && (self.is(i, "quarter") || k > i + 1);
        if !(self.is(k, "past") || to) {
            return None;
        }
        let h = small(k + 1).filter(|h| (1..=12).contains(h))?;
        let (h, m) = if to {
            ((h + 10) % 12 + 1, 60 - m)
        } else {
            (h, m)
        };
        // ("half past four this afternoon", "quarter to nine tomorrow morning": one expression)
        if let Some((f, code)) = self.day_after_clock(k + 2) {
            let h = code.map_or(h, |c| in_half_of(h, c));
            let v = time_on(
                f.val.2.map(|r| r.first),
                &format!("{h:02}:{m:02}"),
                Grain::Minute,
            );
            return Some(Found::new(i, f.b, TimexType::Time, v, Cls::Clock));
        }
        let h = if self.half_by_context(i, k + 2, h) {
            h + 12
        } else {
            h
        };
        let v = time_on(self.ctx.dct, &format!("{h:02}:{m:02}"), Grain::Minute);
        Some(Found::new(i, k + 2, TimexType::Time, v, Cls::Clock))
    }

    /// `the top of the hour` in a broadcast: the hour after the last clock told ("It's 6:12
    /// ... at the top of the hour" is 7:00).
    fn top_of_hour(&self, i: usize) -> Option<Found> {
        if !(self.is(i, "the")
            && self.is(i + 1, "top")
            && self.is(i + 2, "of")
            && self.is(i + 3, "the")
            && self.is(i + 4, "hour"))
        {
            return None;
        }
        let (d, h) = self.ctx.last_clock.filter(|&(_, h)| h < 23)?;
        let v = time_on(Some(d), &format!("{:02}:00", h + 1), Grain::Hour);
        Some(Found::new(i, i + 5, TimexType::Time, v, Cls::Clock))
    }

    /// `the new year` in lower case (not the holiday, `New Year`): the year about to begin,
    /// or, in its first half, the one that has begun.
    fn new_year(&self, i: usize) -> Option<Found> {
        if !(self.is(i, "the") && self.is(i + 1, "new") && self.is(i + 2, "year"))
            || self.cap(i + 1)
            || self.p(i + 3, b'\'')
        {
            return None;
        }
        let d = self.ctx.dct?;
        let y = if d.month() >= 7 {
            d.year() + 1
        } else {
            d.year()
        };
        Some(Found::new(
            i,
            i + 3,
            TimexType::Date,
            r::year(y),
            Cls::Relative,
        ))
    }

    /// The era written at `k`: `BC`, `BCE`, `B.C.`, `B.C.E.` (before, `true`) or `AD`, `A.D.`
    /// (`false`), and where it ends.
    fn era_at(&self, k: usize) -> Option<(bool, usize)> {
        let w = self.word(k);
        if w.eq_ignore_ascii_case("bc") || w.eq_ignore_ascii_case("bce") {
            return Some((true, k + 1));
        }
        if w == "AD" {
            return Some((false, k + 1));
        }
        // "B.C.", "B.C.E.", "A.D."
        let letter = |k: usize, c: &str| self.word(k) == c && self.p(k + 1, b'.');
        if letter(k, "B") && letter(k + 2, "C") {
            let e = if letter(k + 4, "E") { k + 6 } else { k + 4 };
            return Some((true, e));
        }
        (letter(k, "A") && letter(k + 2, "D")).then_some((false, k + 4))
    }

    /// `300 BC`, `1200 B.C.`, `AD 79`, `the third century BC`: a year or century of an era.
    fn era_year(&self, i: usize) -> Option<Found> {
        let (v, e) = if let Some(t) = self.num(i).filter(|t| (1..=99_999).contains(&t.num)) {
            // "AD 79"
            if i > 0 && self.era_at(i - 1) == Some((false, i)) && t.num <= 9_999 && !t.comma {
                let f = fixed(&format!("{:04}", t.num), Grain::Year);
                return Some(Found::new(i - 1, i + 1, TimexType::Date, f, Cls::Ago));
            }
            let (bc, e) = self.era_at(i + 1)?;
            // ("30 AD spots" is an advertisement's count)
            let noun_after = matches!(self.t.get(e), Some(x) if x.kind == TokKind::Word && !x.cap)
                && !self.is_any(e, ERA_FOLLOWERS);
            if bc {
                (format!("BC{:04}", t.num), e)
            } else if !noun_after && !t.comma {
                (format!("{:04}", t.num), e)
            } else {
                return None;
            }
        } else {
            // "the third century BC"
            if !self.is(i, "the") {
                return None;
            }
            let (n, k) = self.ordinal_at(i + 1)?;
            let k = if self.p(k, b'-') { k + 1 } else { k };
            if !matches!(self.unit_at(k), Some((Unit::Century, false))) || n == 0 || n > 99 {
                return None;
            }
            let (bc, e) = self.era_at(k + 1)?;
            let c = n - 1;
            (
                if bc {
                    format!("BC{c:02}")
                } else {
                    format!("{c:02}")
                },
                e,
            )
        };
        Some(Found::new(
            i,
            e,
            TimexType::Date,
            fixed(&v, Grain::Year),
            Cls::Ago,
        ))
    }

    /// `nineteen ninety-six`, `nineteen eighty`.
    fn spelled_year(&self, i: usize) -> Option<Found> {
        let c = self.sense(i, Kind::Number)?.n;
        if !(11..=20).contains(&c) {
            return None;
        }
        let t = self.sense(i + 1, Kind::Number)?.n;
        if !(10..=90).contains(&t) || (t >= 20 && t % 10 != 0) {
            return None;
        }
        let mut y = c * 100 + t;
        let mut j = i + 2;
        if t >= 20 && self.p(j, b'-') {
            if let Some(o) = self
                .sense(j + 1, Kind::Number)
                .filter(|o| (1..=9).contains(&o.n))
            {
                y += o.n;
                j += 2;
            }
        }
        if self.unit_at(j).is_some() {
            return None;
        }
        Some(Found::new(i, j, TimexType::Date, r::year(y), Cls::Relative).bare())
    }

    /// The second day of `April 24 and 25`, `March 3 or 4`: the month and year of the first.
    fn coordinated_day(&self, i: usize) -> Option<Found> {
        let (d, e) = self.day_at(i)?;
        // ("August 3-4 meeting": a hyphen joins the days, touching both)
        let hyphen = i >= 3 && self.p(i - 1, b'-') && self.adj(i - 2) && self.adj(i - 1);
        if i < 3 || !(hyphen || self.is_any(i - 1, &["and", "or", "to", "through"])) {
            return None;
        }
        let (first, _) = self.day_at(i - 2)?;
        let m = (3..=4)
            .filter_map(|back| i.checked_sub(back))
            .find_map(|k| self.month_at(k).filter(|&(_, next)| next == i - 2))?
            .0;
        let anchor = self.ctx.anchor?;
        if anchor.month() != m || anchor.day() != first || d <= first {
            return None;
        }
        let date = r::ymd(anchor.year(), m, d)?;
        Some(Found::new(
            i,
            e,
            TimexType::Date,
            r::day(date),
            Cls::Explicit,
        ))
    }

    /// `the year two thousand`, `the year two thousand and one`, `the year nineteen ninety`.
    fn year_in_words(&self, i: usize) -> Option<Found> {
        let j = if self.is(i, "the") { i + 1 } else { i };
        if !self.is(j, "year") {
            return None;
        }
        let k = j + 1;
        if let Some(f) = self.spelled_year(k) {
            return Some(Found::new(i, f.b, TimexType::Date, f.val, Cls::Relative));
        }
        let two = self.sense(k, Kind::Number).filter(|s| s.n == 2)?;
        if self.sense(k + 1, Kind::Number).is_none_or(|s| s.n != 1000) {
            return None;
        }
        let mut y = two.n * 1000;
        let mut e = k + 2;
        let l = if self.is(e, "and") { e + 1 } else { e };
        if let Some((n, after)) = self.spelled_at(l).filter(|(n, _)| (1..100).contains(n)) {
            y += n as i32;
            e = after;
        }
        Some(Found::new(i, e, TimexType::Date, r::year(y), Cls::Relative))
    }

    /// `the nineties`, `the early eighties`: the most recent such decade not after the
    /// reference date (the 1990s without one).
    fn decade_in_words(&self, i: usize) -> Option<Found> {
        if !self.is(i, "the") {
            return None;
        }
        let mut j = i + 1;
        if self.sense(j, Kind::Fuzz).is_some() {
            j += 1;
            if self.p(j, b'-') {
                j += 1;
            }
        }
        let tens = self.sense(j, Kind::Decade)?.n;
        let now = self.ctx.dct.map_or(1999, |d| d.year());
        let mut start = (now / 100) * 100 + tens * 10;
        if start > now {
            start -= 100;
        }
        Some(Found::new(
            i,
            j + 1,
            TimexType::Date,
            r::decade(start),
            Cls::Relative,
        ))
    }

    // ----- left extension ---------------------------------------------------------------

    /// Widens `f` leftwards over hedges, edges and determiners, not before token `min`.
    pub fn extend_left(&self, f: &mut Found, min: usize) {
        let mut hedged = false;
        loop {
            let a = f.a;
            if a == 0 || a <= min {
                return;
            }
            let p = a - 1;
            // one article at most ("the the the Christmas weekend" keeps one)
            if self.is(p, "the") && self.is(a, "the") {
                return;
            }
            let the = self.is(p, "the") && !f.bare;
            // TimeBank keeps "nearly", "almost", "more than", "up to" in a duration's span but
            // not "about", "just" or "over"
            let approx = self.sense(p, Kind::Approx).is_some()
                && !self.is_any(p, &["about", "just", "over", "some"]);
            let approx2 = p > min
                && self
                    .sense(p - 1, Kind::Approx2)
                    .is_some_and(|s| self.is(p, s.text));
            match f.cls {
                Cls::Duration | Cls::Ago => {
                    if approx2 {
                        f.a = p - 1;
                        if p - 1 > min && self.is(p - 2, "no") {
                            f.a = p - 2;
                        }
                        hedged = true;
                        continue;
                    }
                    let shift = f.cls == Cls::Duration
                        && !hedged
                        && !f.bare
                        && self.is_any(
                            p,
                            &[
                                "past",
                                "last",
                                "next",
                                "first",
                                "coming",
                                "previous",
                                "final",
                                "additional",
                                "another",
                                "full",
                                "entire",
                                "whole",
                                "initial",
                                "remaining",
                            ],
                        );
                    if approx {
                        hedged = true;
                    } else if !(the && f.cls == Cls::Duration || shift) {
                        return;
                    }
                }
                Cls::Clock => {
                    let ok = (approx && !self.is_any(p, &["over", "some", "under"]))
                        || self.is_any(p, &["early", "late", "earlier", "later"]);
                    if !ok {
                        return;
                    }
                }
                Cls::Relative | Cls::Explicit => {
                    // TimeBank keeps "early"/"late" with months and years ("late November",
                    // "earlier this year") but not with days and weeks ("earlier Friday").
                    // ... but it keeps them with "yesterday" and "that day", and keeps "early"
                    // (not "earlier") with "this week".
                    let deictic = self.sense(f.a, Kind::Deictic).is_some()
                        || self.is(f.a, "that")
                        || (f.val.1 == Grain::Week
                            && self.sense(f.a, Kind::Shift).is_some()
                            && self.is_any(p, &["early", "late"]));
                    let coarse = deictic
                        || !matches!(
                            f.val.1,
                            Grain::Day
                                | Grain::Week
                                | Grain::PartOfDay
                                | Grain::Hour
                                | Grain::Minute
                        );
                    let fuzz = coarse
                        && self.sense(p, Kind::Fuzz).is_some()
                        && !self.is_any(p, &["beginning", "start", "end", "middle"]);
                    let dash_mid = self.p(p, b'-')
                        && p > min
                        && self.is_any(p - 1, &["mid", "end", "early", "late"])
                        && self.adj(p - 1);
                    let edge_of = self.is(p, "of")
                        && p > min
                        && self.is_any(p - 1, &["beginning", "start", "end", "middle"]);
                    let fiscal = self.sense(p, Kind::Fiscal).is_some();
                    if dash_mid {
                        f.a = p - 1;
                        continue;
                    }
                    if edge_of {
                        let mut na = p - 1;
                        if na > min && self.is(na - 1, "the") {
                            na -= 1;
                        }
                        f.a = na;
                        continue;
                    }
                    if !(fuzz || fiscal || (the && f.cls == Cls::Relative)) {
                        return;
                    }
                }
                Cls::Set | Cls::Ref => return,
            }
            f.a = p;
        }
    }
}

/// Whether token `t` may open an expression at all, by itself: a number, a quote (`'90s`), a
/// word of the time table, or a word short enough to be an opener of [`Opener`] or a capital
/// before a number. A cheap test before [`G::at`] looks closer.
#[inline]
pub(crate) fn may_open(t: &Tok) -> bool {
    match t.kind {
        TokKind::Num | TokKind::Punct(b'\'') => true,
        TokKind::Word => t.entry.is_some() || t.e - t.s <= 6,
        _ => false,
    }
}

/// Words that open an expression without being time words themselves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Opener {
    None,
    /// `the`, `that`, `these`, `all` (`the third quarter`, `that day`, `all week`).
    Determiner,
    /// `for`, `within`, `in` before a bare plural (`for weeks`).
    Preposition,
    /// `once`, `twice`, `thrice` (`twice a week`).
    Frequency,
}

impl Opener {
    /// One comparison per word, done once per token: this runs on every word of a text.
    fn of(word: &[u8]) -> Opener {
        if word.is_empty() || word.len() > 6 {
            return Opener::None;
        }
        let mut buf = [0u8; 6];
        for (b, w) in buf.iter_mut().zip(word) {
            *b = w.to_ascii_lowercase();
        }
        match &buf[..word.len()] {
            b"the" | b"that" | b"these" | b"all" => Opener::Determiner,
            b"for" | b"within" | b"in" => Opener::Preposition,
            b"once" | b"twice" | b"thrice" => Opener::Frequency,
            _ => Opener::None,
        }
    }
}

/// Adverbs of habit: a clock they govern comes back ("usually locked up at 10 p.m.").
const HABIT_WORDS: &[&str] = &[
    "usually",
    "typically",
    "normally",
    "routinely",
    "customarily",
    "habitually",
    "ordinarily",
    "generally",
];

/// Words before a participle that make it passive or future, not a past-tense verb.
/// Words before an adjective in -ed ("a still unspecified date", "the revised plan").
const DETERMINERS: &[&str] = &[
    "a", "an", "the", "its", "their", "his", "her", "our", "this", "that", "still", "newly",
];

/// Words after "to" that show it is a preposition, not an infinitive ("to a calendar year", "to
/// some", "to these").
/// Words an infinitive completes ("plan to", "able to"): the infinitive after them is what
/// is meant to come, not a purpose.
const TAKES_INFINITIVE: &[&str] = &[
    "plan",
    "want",
    "wants",
    "hope",
    "hopes",
    "try",
    "tries",
    "seek",
    "seeks",
    "need",
    "needs",
    "decide",
    "decides",
    "agree",
    "agrees",
    "vow",
    "vows",
    "aim",
    "aims",
    "refuse",
    "refuses",
    "intend",
    "prepare",
    "promise",
    "promises",
    "threaten",
    "threatens",
    "fail",
    "able",
    "unable",
    "ready",
    "likely",
    "unlikely",
    "set",
    "has",
    "have",
    "had",
    "was",
    "were",
    "is",
    "are",
    "be",
    "been",
    "not",
    "order",
    "asked",
    "ask",
    "urged",
    "urge",
    "allowed",
    "allow",
];

const TO_NOT_VERB: &[&str] = &[
    "some", "any", "all", "both", "these", "those", "my", "your", "each", "every", "other",
    "another", "many", "most", "several", "such", "what", "which", "whom", "them", "him", "me",
    "us", "it",
];

/// Verbs of phase or success in the past before an infinitive: what follows is the event told,
/// not one to come (`began to`, `continued to`, `failed to`, `managed to`).
const PHASE_VERBS: &[&str] = &[
    "began",
    "begun",
    "started",
    "continued",
    "ceased",
    "failed",
    "managed",
    "tried",
    "seemed",
    "appeared",
    "used",
    "helped",
    "proceeded",
    "went",
];

const AUXILIARIES: &[&str] = &[
    "be", "been", "being", "is", "are", "am", "has", "have", "will", "would", "to", "s",
];

/// Nouns that follow "to" without making it an infinitive ("shot to death", "went to court").
const NOUNS_AFTER_TO: &[&str] = &[
    "death",
    "date",
    "court",
    "power",
    "office",
    "prison",
    "jail",
    "hospital",
    "school",
    "work",
    "bed",
    "market",
    "town",
    "church",
    "trial",
    "war",
    "life",
    "mind",
    "light",
    "account",
    "dinner",
    "lunch",
    "breakfast",
    "sea",
    "land",
    "shore",
    "safety",
    "justice",
    "parliament",
    "congress",
    "college",
    "university",
    "camp",
    "headquarters",
    "home",
    "par",
];

/// Units of length before `an hour` in a speed (`120 miles an hour`).
const LENGTH_UNITS: &[&str] = &[
    "miles",
    "mile",
    "kilometres",
    "kilometers",
    "kilometre",
    "kilometer",
    "km",
    "feet",
    "foot",
    "metres",
    "meters",
    "metre",
    "meter",
    "yards",
    "inches",
    "centimetres",
    "centimeters",
    "cm",
    "millimetres",
    "millimeters",
    "mm",
    "knots",
];

/// Words between a number and "a week" that show it is no rate ("in 2024 after a week").
const RATE_BREAKERS: &[&str] = &[
    "after", "before", "for", "in", "within", "than", "about", "over", "during", "and", "or",
    "since", "until", "of", "at", "on", "by", "from", "to",
];

/// Prepositions before a bare day of the month ("on the 5th").
const DAY_PREPS: &[&str] = &[
    "on", "by", "until", "till", "from", "since", "before", "after",
];

/// Words that open a clause of their own after a time expression ("until Tuesday after hackers
/// broke in"): a tense marker past them belongs to that clause.
/// Sittings and fixtures a weekday's possessive may name ahead of time ("at Wednesday's
/// meeting").
const SCHEDULED: &[&str] = &[
    "meeting",
    "vote",
    "game",
    "match",
    "hearing",
    "session",
    "summit",
    "debate",
    "election",
    "deadline",
    "talks",
    "race",
    "final",
    "ceremony",
    "launch",
    "opening",
    "kickoff",
    "parade",
    "rally",
    "sitting",
    "trial",
    "fixture",
    "showdown",
    "referendum",
    "poll",
];

const SUBORDINATORS: &[&str] = &[
    "after", "before", "because", "when", "while", "since", "although", "though", "unless",
    "whereas", "once",
];

/// Verbs of putting something off: with "until" they point to a day still to come.
const PUT_OFF: &[&str] = &[
    "postponed",
    "delayed",
    "deferred",
    "adjourned",
    "rescheduled",
    "recessed",
    "suspended",
    "extended",
];

/// Words that may follow a year of an era (`in 79 AD when`, `400 AD and`): any other word in
/// lower case after `AD` makes it a count of advertisements.
const ERA_FOLLOWERS: &[&str] = &[
    "and", "or", "to", "by", "in", "when", "the", "until", "was", "were", "at", "on", "as",
];

/// Prepositions before a bare season that make it one season (`before autumn`, `since
/// spring`).
const SEASON_PREPS: &[&str] = &[
    "in",
    "during",
    "before",
    "after",
    "by",
    "until",
    "till",
    "through",
    "throughout",
    "since",
    "into",
    "over",
];

/// Words that may follow a bare season ending its phrase (`before autumn and`, `in winter
/// when`).
const SEASON_FOLLOWERS: &[&str] = &[
    "and", "or", "when", "as", "to", "is", "was", "will", "with", "for", "in", "on", "at", "but",
    "because", "after", "before", "until", "this", "next", "last",
];

/// Verbs that move a date: with "to" and often a particle they point to a day still to come
/// ("moved up to Monday", "pushed back to March").
const MOVED: &[&str] = &["moved", "pushed", "brought", "put", "shifted", "bumped"];

/// Particles of a moved date (`moved up`, `pushed back`, `brought forward`, `put off`).
const MOVE_PARTICLES: &[&str] = &["up", "back", "forward", "off", "over"];

/// Nouns after a month that make it a contract's month, still to come (`September delivery`).
const DELIVERY_NOUNS: &[&str] = &["delivery", "futures", "contract", "contracts", "options"];

/// Goods traded on futures exchanges: a month before one names a contract ("December crude",
/// "November soybeans").
const COMMODITIES: &[&str] = &[
    "crude",
    "oil",
    "gasoline",
    "diesel",
    "gasoil",
    "kerosene",
    "propane",
    "brent",
    "wti",
    "gold",
    "silver",
    "copper",
    "platinum",
    "palladium",
    "aluminum",
    "aluminium",
    "nickel",
    "zinc",
    "tin",
    "lead",
    "wheat",
    "corn",
    "maize",
    "soybeans",
    "soybean",
    "soymeal",
    "oats",
    "rice",
    "canola",
    "rapeseed",
    "cotton",
    "sugar",
    "coffee",
    "cocoa",
    "cattle",
    "hogs",
    "bellies",
    "lumber",
    "orange",
    "milk",
    "butter",
    "cheese",
    "rubber",
    "palm",
    "heating",
    "unleaded",
    "natural",
    "ethanol",
    "coal",
    "barley",
];

/// Nouns after a month that make it the month a report covers, gone by (`the July jobs report`).
const REPORT_NOUNS: &[&str] = &[
    "report",
    "figure",
    "figures",
    "data",
    "numbers",
    "statistics",
    "employment",
    "jobs",
    "payrolls",
    "payroll",
    "sales",
    "inflation",
    "unemployment",
    "survey",
    "reading",
    "index",
    "trade",
    "rate",
    "rates",
    "results",
    "earnings",
    "output",
];

/// Words that make a capitalised weekday after them a name (`Black Monday`, `Super Tuesday`).
const DAY_NAME_WORDS: &[&str] = &[
    "black", "cyber", "super", "bloody", "blue", "ash", "palm", "holy", "shrove", "maundy", "whit",
    "low", "mad", "manic", "giving", "small",
];

/// Participles that tell whether a reporter reached someone (`could not be reached`).
const CONTACT_VERBS: &[&str] = &[
    "reached",
    "located",
    "contacted",
    "found",
    "identified",
    "confirmed",
    "verified",
];

/// Pronouns that are a verb's object (`ordered him to`).
const OBJECT_PRONOUNS: &[&str] = &["him", "her", "them", "us", "me", "it", "you"];

/// Prepositions of time before a four-digit clock told in hours (`at 1900 hours`).
const CLOCK_PREPS: &[&str] = &[
    "at", "by", "until", "till", "from", "around", "about", "before", "after", "since", "to",
];

/// Words that pair two bare lengths ("weeks or months", "years, not months").
const PAIRING_WORDS: &[&str] = &["or", "and", "not", "to"];

/// Verbs after which a bare plural unit is a length ("it will take years", "lasted hours").
const LASTING_VERBS: &[&str] = &[
    "take", "takes", "took", "taking", "last", "lasts", "lasted", "lasting", "spend", "spent",
];

/// Moments of the day that stand bare after a preposition ("at dawn", "by nightfall").
const MOMENT_WORDS: &[&str] = &[
    "dawn",
    "daybreak",
    "sunrise",
    "midmorning",
    "midafternoon",
    "dusk",
    "sunset",
    "nightfall",
];

/// Prepositions before a part of the day with an edge ("by mid afternoon").
const POD_PREPS: &[&str] = &[
    "by", "in", "until", "till", "since", "from", "before", "after", "at", "around", "through",
    "about", "during",
];

const MAY_BEFORE: &[&str] = &[
    "in",
    "of",
    "early",
    "late",
    "mid",
    "last",
    "next",
    "this",
    "since",
    "until",
    "till",
    "by",
    "through",
    "during",
    "from",
    "to",
    "each",
    "every",
    "before",
    "after",
    "between",
    "and",
    "for",
    "throughout",
];

/// The longest stretch a clock time looks back over for the day its sentence names.
const MAX_SENTENCE_BYTES: usize = 600;

/// The hour `h` of a clock told without am or pm, in the half of the day a part of day `code`
/// (`MO`, `AF`, `EV`, `NI`) puts it: 3 in the afternoon is 15, 11 at night 23, 2 at night 2.
fn in_half_of(h: u32, code: &str) -> u32 {
    if matches!(code, "AF" | "EV" | "NI") && h < 12 && h != 0 && !(code == "NI" && h < 5) {
        h + 12
    } else if code == "MO" && h == 12 {
        // "12:01 this morning" is just after midnight
        0
    } else {
        h
    }
}

/// Whether a stretch of text ends a sentence: a full stop, question or exclamation mark after
/// a word of three letters or more (not "a.m." or "Mr."), then a capital ("Monday. Tonight").
fn ends_a_sentence(s: &str) -> bool {
    let b = s.as_bytes();
    b.iter().enumerate().any(|(k, &c)| {
        if !matches!(c, b'.' | b'!' | b'?') {
            return false;
        }
        let word = s[..k]
            .rsplit(|ch: char| ch.is_whitespace())
            .next()
            .unwrap_or("");
        let next = s[k + 1..].trim_start();
        s[k + 1..].starts_with(char::is_whitespace)
            && next.starts_with(|ch: char| ch.is_uppercase() || ch == '"' || ch == '\'')
            && (word.is_empty() || (word.chars().count() >= 3 && !word.contains('.')))
    })
}

/// A part of a day over tokens `a..b` (`TMO`, `TNI`, ...), of `date` when it is known.
fn part_of(a: usize, b: usize, date: Option<NaiveDate>, pod: &str) -> Found {
    let v = time_on(date, pod, Grain::PartOfDay);
    Found::new(a, b, TimexType::Time, v, Cls::Relative)
}

/// A time `t` (`14:30`, `MO`) of `date`, or of a day not known (`XXXX-XX-XXT14:30`).
/// Whether a number is an hour of a clock written in digits (one or two).
fn t_digits_hour(t: Option<&Tok>) -> bool {
    t.is_some_and(|t| t.digits <= 2 && t.num < 24)
}

fn time_on(date: Option<NaiveDate>, t: &str, grain: Grain) -> Val {
    let base = date.map_or_else(|| "XXXX-XX-XX".to_string(), |d| r::day(d).0);
    let range = date.map(|d| super::DateRange { first: d, last: d });
    (format!("{base}T{t}"), grain, range)
}

fn no_such_day(y: i32, m: u32, d: u32) -> TimeAnomaly {
    let year = if y > 0 {
        format!(" {y}")
    } else {
        String::new()
    };
    TimeAnomaly {
        kind: TimeAnomalyKind::NoSuchDay,
        message: format!("day {d} does not exist in month {m}{year}"),
    }
}

fn max_month_len(m: u32) -> u32 {
    match m {
        2 => 29,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// The season a month falls in, counted within its year (January and February come before
/// spring: the winter that began the December before).
fn season_index(month: u32) -> i32 {
    match month {
        1 | 2 => -1,
        3..=5 => 0,
        6..=8 => 1,
        9..=11 => 2,
        _ => 3,
    }
}

fn season_code_index(code: &str) -> i32 {
    match code {
        "SP" => 0,
        "SU" => 1,
        "FA" => 2,
        _ => 3,
    }
}

/// The TIMEX3 duration value of `n` units (`None`: an unstated number, `X`).
pub(crate) fn duration_value(n: Option<u64>, half: bool, u: Unit) -> String {
    let (time, mult, letter) = match u {
        Unit::Second => (true, 1, "S"),
        Unit::Minute => (true, 1, "M"),
        Unit::Hour => (true, 1, "H"),
        Unit::Day => (false, 1, "D"),
        Unit::Weekend => (false, 2, "D"),
        Unit::Week => (false, 1, "W"),
        Unit::Fortnight => (false, 2, "W"),
        Unit::Month => (false, 1, "M"),
        Unit::Quarter => (false, 1, "Q"),
        Unit::Half => (false, 6, "M"),
        Unit::Year => (false, 1, "Y"),
        Unit::Decade => (false, 10, "Y"),
        Unit::Century => (false, 100, "Y"),
    };
    let t = if time { "T" } else { "" };
    match n {
        None => {
            let l = match u {
                Unit::Decade => "DE",
                Unit::Century => "CE",
                _ => letter,
            };
            format!("P{t}X{l}")
        }
        Some(n) => {
            let n = n.saturating_mul(mult);
            if half {
                let (sub, sl) = match u {
                    Unit::Year => (6, "M"),
                    Unit::Month => (15, "D"),
                    Unit::Day => (12, "H"),
                    Unit::Hour => (30, "M"),
                    Unit::Minute => (30, "S"),
                    _ => return format!("P{t}{n}{letter}"),
                };
                if matches!(u, Unit::Day) {
                    return format!("P{n}DT{sub}{sl}");
                }
                return format!("P{t}{n}{letter}{sub}{sl}");
            }
            format!("P{t}{n}{letter}")
        }
    }
}
