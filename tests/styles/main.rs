//! Speakers in house styles the shared corpus lacks: short releases of our
//! own writing, each set by a judge who never saw readout's code, with
//! `key.jsonl`: for each quotation in order, its first words and the
//! person the text says speaks it, or none; `organization` when an
//! organization or an office speaks, which readout may name or leave
//! unnamed.
//!
//! - `releases/`: 36 releases shaped like company announcements on a
//!   newswire, foreign-ministry readouts, UN, EU and UK government news,
//!   NGO, university, police and city releases, members' releases and
//!   White House remarks, with the tricky cases of each (unnamed people,
//!   scare quotes, nicknames, particles, quotations inside quotations).
//! - `governments/`, `companies/`, `agencies/`: 18 releases each, written
//!   after the rules of their day and first scored unseen (governors,
//!   embassies, military, AU/ASEAN summits; clubs, pharma, unions, courts,
//!   festivals; agencies, parliaments, prime ministers' readouts, wire
//!   stories, a floor speech, a gaggle). Their misses then taught rules,
//!   so they are development sets now; README gives the first scores.
//!   So are the sets written after them, `capitol/` to `dispatch/`:
//!   each one's first unseen score is beside it in `DEV_SETS`. `spoken/`,
//!   `briefings/`, `rostrum/`, `occasions/`, `forum/`, `dais/`,
//!   `gallery/`, `docket/`, `hustings/` and `cloakroom/`, still below the
//!   precision target, keep floors in `BELOW_TARGET_SETS`.
//! - `holdout/`: 18 releases and transcripts (senators' and members'
//!   releases, remarks, a labelled briefing, a Q&A feature, lawmakers'
//!   letters, police appeals, a court ruling, round-ups, an earnings
//!   release), and `members/`: 18 more (members' and senators' releases,
//!   a fact sheet's reactions, remarks, an interview and a briefing with
//!   labels, a release in Spanish, a tribal government, a sheriff's press
//!   conference), `newsroom/`, `voices/` (spoken texts), `government/`
//!   (congressional, White House and state releases), `capitals/`
//!   (a mix of all three, a ministry abroad and a release in French),
//!   `summit/` (the same mix, with a release in German), `caucus/` (with
//!   Italian), `bulletin/` (with Swedish), `plenary/` (with Spanish),
//!   `quorum/` (with French), `chancery/` (with German), `rotunda/` (with
//!   Portuguese) and `lobby/` (with Spanish):
//!   their misses are not printed, so no rule is tuned to them.
//!
//! Runs without `../shared`. Prints precision, recall and (but for the
//! holdout) every miss; fails below the quotation issue's precision
//! target, or when recall falls below what it was when the set was
//! written, so a rule that helps one archive cannot quietly cost another.

use std::path::Path;

use readout::corpus::Body;
use readout::corpus::parse::parse_file;
use readout::corpus::quotes::{PersonName, first_name_fits, is_organization, is_person_name};

/// The quotation issue's precision target.
const MIN_PRECISION: f64 = 0.98;

/// The development sets: folder under `tests/`, and recall when the set
/// became one (house styles: 97 of 128 when added), less a little.
const DEV_SETS: &[(&str, f64)] = &[
    ("styles", 0.75),
    ("styles/governments", 0.83),
    ("styles/companies", 0.79),
    ("styles/agencies", 0.76),
    // White House styles and international styles: first scored at
    // 88.2%/57.7% and 80.0%/55.4% precision/recall before any rule read
    // them.
    ("styles/whitehouse", 0.73),
    ("styles/international", 0.70),
    // Members' and White House releases, briefings and calls: first scored
    // at c1e2357 as 90.7%/78.8%.
    ("styles/capitol", 0.80),
    // Senators' and members' releases, floor remarks, a briefing, a town
    // hall, an ICYMI clip (`congress`), and ministries, a doorstop
    // transcript, companies, courts and festivals abroad (`world`): first
    // scored at f01910a as 91.9%/80.6% and 94.9%/77.5%.
    ("styles/congress", 0.85),
    ("styles/world", 0.82),
    // U.S. Attorneys, the Pentagon, a State Department briefing, a Senate
    // hearing, sheriffs, attorneys general, a caucus's joint statement
    // (`federal`), and a central bank's press conference, an East Asian
    // call readout, a South Asian bureau, a Latin American presidency, a
    // Gulf news agency, a club's signing, a family's tribute (`global`):
    // first scored at 5b3ab2a as 95.5%/92.9% and 88.5%/71.3%.
    ("styles/federal", 0.90),
    ("styles/global", 0.80),
    // A governor, a field hearing, a White House call readout and briefing,
    // the Vice President's remarks, a gaggle aboard Air Force One, the
    // Coast Guard, a tribal nation (`statehouse`), and ministries in Europe
    // and East Asia, a regular press conference transcript, a premier, a
    // royal household, a union, a startup (`overseas`): first scored at
    // 6a4fe87 as 95.5%/82.7% and 93.5%/71.1%.
    ("styles/statehouse", 0.82),
    ("styles/overseas", 0.70),
    // A sheriff, a university, a hospital, a city council, an attorney
    // general's suit, a campaign's endorsers, a mayor's call-in show, a
    // fire department (`civic`); GOV.UK, Irish, New Zealand, Singapore,
    // UN noon briefing, European Commission, Kenyan, Indian, Canadian,
    // Welsh and Maltese ministries, a royal household (`commonwealth`); a
    // launch, a mine, an airline, a club's signing, a study, a verdict, a
    // label, a festival, a bank's analyst call, a recall, a gala
    // (`business`): first scored at 654bb31 as 94.7%/87.1%, 91.6%/67.9%
    // and 100%/87.5%.
    ("styles/civic", 0.85),
    ("styles/commonwealth", 0.80),
    ("styles/business", 0.85),
    // Briefings, a gaggle, a background call, a bill signing, a court
    // hearing, a floor debate, a council's public comment, an earnings
    // call, a podcast, a coach (`podium`): first scored at 654bb31 and
    // again by f4cb3d5, before any of its misses was read, as 89.7%/73.5%.
    ("styles/podium", 0.76),
    // Members' releases, a joint release, White House statements and
    // readouts, the First Lady's remarks, a hearing, a Spanish release, a
    // delegation's letter (`chamber`): first scored at 654bb31 as
    // 94.6%/87.2%, then before any of its misses was read by bbf93e2 as
    // 95.4%/88.7%; below 98% precision until d618466.
    ("styles/chamber", 0.88),
    // Wire stories (a trial, a storm, a strike, a match, an obituary, a
    // correction), a foreign ministry's readouts and press conference, joint
    // statements, a central bank (`ministry`), a union, a campaign's
    // endorsers, a think tank, a diocese, a league's discipline, a tenants'
    // press conference (`advocacy`): first scored at ff6edcc as
    // 96.0%/77.0%, 95.7%/84.8% and 99.3%/90.1%. Police, a county, a
    // university, a hospital, a court, a transit authority, a zoo, a
    // chamber's awards, a wildfire briefing (`regional`): first scored at
    // ff6edcc as 95.7%/82.7%, and by 6bf6011, before its misses
    // were read, as 95.7%/84.2%.
    ("styles/newswire", 0.84),
    ("styles/ministry", 0.83),
    ("styles/advocacy", 0.87),
    ("styles/regional", 0.84),
    // A press secretary's briefing, a governor's storm press conference, a
    // hearing, a TV interview, a call-in show, a town hall, an earnings
    // call, a police chief, remarks as prepared, a background briefing, a
    // bill signing, a post-game press conference (`transcripts`): first
    // scored at ff6edcc, and again by ccaf79b before any of its misses was
    // read, as 90.1%/77.4%; below 98% precision until 353ba70.
    ("styles/transcripts", 0.83),
    // A member after a floor vote, three senators' letter, a chairman's
    // opening statement, grants, a bipartisan bill, a newsletter, the
    // President's statement on a foreign leader's death, a call readout,
    // a fact sheet, signing remarks, the Vice President at a factory, the
    // First Lady, the press secretary, two foreign ministers
    // (`capitolhill`): first scored at 274d800, before any of its misses
    // was read, as 100%/85.4%.
    ("styles/capitolhill", 0.83),
    // Arts and culture releases — a museum, a theatre's season, a
    // literary prize, a film festival, an orchestra, a library, a synod
    // and a bishop, a law firm's partners, a merger, a league's awards,
    // grants, an obituary (`culture`, `arts`) — first scored by 1feb9e8,
    // before any of their misses was read, as 95.1%/83.9% and
    // 95.0%/84.6%; below 98% precision until b8d6b90.
    ("styles/culture", 0.83),
    ("styles/arts", 0.83),
    // Transcripts and remarks — three press briefings with cabinet guests,
    // a gaggle on a trip, the President at a factory, the First Lady at a
    // hospital, two leaders' press conference, a background call, a
    // mayor's flood briefing, a hearing, a Sunday show, a town hall, a
    // eulogy, a commencement address, a foreign ministry's press
    // conference, an earnings call (`lecterns`); and senators' and
    // members' releases, a committee chair's statement, members' letter,
    // the President's statement, a fact sheet's reactions, a call readout,
    // Rose Garden remarks, a briefing, a gaggle, a floor speech, a release
    // in Spanish, a weekly column, an ICYMI op-ed (`washington`): first
    // scored at dd04ce9, before any of their misses was read, as
    // 96.5%/67.8% and 93.9%/79.0%.
    ("styles/lecterns", 0.66),
    ("styles/washington", 0.78),
    // Spoken proceedings (`proceedings`, below): at the precision target
    // since d14611b's rules.
    ("styles/proceedings", 0.50),
    // Members' and senators' releases: grants with mayors and a tribal
    // chairman, a bipartisan bill with groups as bullets, a markup's
    // opening statement, an inspector general's report, casework, a
    // caucus's three co-chairs, floor remarks with constituents' letters,
    // an ICYMI op-ed, a factory visit, a vote, a release in Spanish, a
    // letter to a Cabinet secretary, a swearing-in, a memorial tribute, a
    // hearing with a CEO (`hill`): first scored at 7dd576f, before any of
    // its misses was read, as 96.5%/82.1%.
    ("styles/hill", 0.81),
    // White House remarks and statements (`westwing`, below): at the
    // precision target since stop 34's last rules.
    ("styles/westwing", 0.74),
    // A senator's bill with co-sponsors and groups, a member answering the
    // President, his statement and remarks with stories, a briefing, a
    // governor's program, an attorney general's charges, a ministry's
    // readout, a company, an interview with a minister, a hearing, a
    // newsletter (`pressroom`); and a grant with a nurse, a floor speech
    // reading a widow's letter, the Vice President at a factory, a State
    // Department briefing, a governor's fire press conference, two
    // ministers' call, an earnings call, a release in Spanish, a Nobel
    // laureate, a police arrest, a chairman quoting testimony, a call
    // readout (`dispatch`): first scored at e9ad229, before any of their
    // misses was read, as 92.4%/70.9% and 92.2%/69.6%.
    ("styles/pressroom", 0.72),
    ("styles/dispatch", 0.71),
];

/// Development sets whose misses have been read but whose precision is
/// still below the target: floors against losing ground, misses printed.
/// Spoken texts — a podcast, a council meeting, a court hearing, a
/// deposition, a call-in show, an oral history, a panel, a commencement
/// speech, a eulogy, a post-match press conference, a school board, a
/// company town hall (`spoken`) — first scored by 1feb9e8, before any of
/// their misses was read, as 95.2%/60.3%. Transcripts and remarks — a
/// press secretary's briefing with a guest at the podium, a gaggle on a
/// plane, remarks then questions, two leaders' press conference, a Sunday
/// show, a governor's emergency briefing, a hearing, a background call, a
/// mayor on the radio, two foreign ministers, an earnings call, a
/// university town hall (`briefings`) — first scored at 274d800, before
/// any of their misses was read, as 90.9%/70.6%. Spoken proceedings —
/// two foreign ministries' briefings, a press briefing quoting a senator
/// and a governor, a joint press availability, a governor's budget press
/// conference, charges announced, a hearing, a radio interview, a
/// memorial speech, a union hall, a State of the City, a convocation, an
/// investor day, a panel, a sentencing, a podcast (`proceedings`) — first
/// scored at da8efda, before any of their misses was read, as
/// 87.7%/51.4% (at the target since, so a development set now). White
/// House remarks with stories, a Vice President at a convention, a
/// statesman's death, a visit, a readout, leaders' reactions, the First
/// Lady at a school, a joint press conference, a gaggle, a fundraiser, a
/// background call, a holiday message, a Medal of Honor, a proclamation,
/// a town hall (`westwing`); and briefings at State and the Pentagon, a
/// storm briefing, a hearing, a Sunday show, a mayor's press conference,
/// a minister on the radio, a court hearing, an earnings call, a campus
/// town hall, a foreign ministry, a podcast, a city council, a briefing
/// with a Cabinet guest, two foreign ministers (`rostrum`): first scored
/// at 7dd576f, before any of their misses was read, as 88.8%/69.6% and
/// 83.3%/57.7% (`westwing` at the target since, so a development set
/// now). A joint bipartisan release, a senator on a ruling, the President
/// at a miners' memorial reading families' letters, a gaggle aboard Air
/// Force One, an outbreak, two trade ministers who are husband and wife,
/// a product launch, a governor on television, a hearing, a sheriff's
/// rescue, a veteran's story in his own words, an embassy's national day
/// (`occasions`): first scored at 15d5184, before any of its misses was
/// read, as 90.1%/65.8% (97.9%/82.9% after stop 38); its two wrong
/// speakers left give a rescued hiker only the surname his daughter
/// shares. A veterans' clinic, a floor speech, the Vice President at a
/// union hall, a briefing with a Cabinet guest, an attorney general's
/// settlement, a border incident, an energy company's results, a mayor on
/// a podcast, a Senate markup, a university grant, a town-hall column, a
/// governor in Spanish (`forum`): first scored at df0f261, before any of
/// its misses was read, as 94.2%/67.0%. A governor on a wildfire, a
/// committee's subpoena, the President at a naturalization ceremony, a
/// briefing with a security spokesman, two foreign ministers' call, a
/// drug trial, a constituent's letter, a mayor on the radio, a
/// commencement address with stories, a court ruling, a league's
/// decision, a government in French (`dais`): first scored at 9cb7ef4
/// (the rules of fe9f168), before any of its misses was read, as
/// 93.9%/62.6%. A hearing as a senator reports it, a veterans' bill, the
/// President at a bill signing, a gaggle on a plane, a hurricane, a
/// summit's council, an airline's route, a Sunday show, a school board, a
/// conviction, a former President's eulogy, a ministry in Portuguese
/// (`gallery`): first scored at 9cb7ef4, before any of its misses was
/// read, as 91.1%/72.6%. A committee's subpoena, the President at a bill
/// signing, a floor speech retelling a veteran's testimony, a Pentagon
/// briefing, an attorney general's settlement, a cancer center, a state
/// government in Spanish, an embassy's visit, a mayor on the radio, a
/// council member's column, a research grant, a data breach (`docket`):
/// first scored at bbfdb88, before any of its misses was read, as
/// 97.8%/77.7%. A minority leader on a shutdown, the Vice President at a
/// union convention, a call's readout, a governor's order, a delegation
/// abroad, a graduation, a region in Italian, a drug trial, a hearing, a
/// fire rescue, a defence exercise, a podcast with a senator
/// (`hustings`): first scored at 950e11a, before any of its misses was
/// read, as 91.1%/66.7%. Two senators' joint bill, the First Lady at a
/// hospital, a briefing with the national security adviser, a prison
/// law, a newsletter with a constituent's letter, a ministry in French, a
/// price cut, a hearing, a police chief's press conference, a eulogy for
/// a civil rights leader, a commencement speech, a strike vote
/// (`cloakroom`): first scored at 1613a29, before any of its misses was
/// read, as 84.6%/71.3%.
const BELOW_TARGET_SETS: &[(&str, f64, f64)] = &[
    ("styles/spoken", 0.95, 0.62),
    ("styles/briefings", 0.89, 0.69),
    ("styles/rostrum", 0.93, 0.58),
    ("styles/occasions", 0.95, 0.68),
    ("styles/forum", 0.97, 0.67),
    ("styles/dais", 0.97, 0.66),
    ("styles/gallery", 0.97, 0.77),
    ("styles/docket", 0.95, 0.75),
    ("styles/hustings", 0.89, 0.64),
    ("styles/cloakroom", 0.82, 0.69),
];

/// The sets no rule has seen, with floors against losing ground (not the
/// target, which they show readout does not yet meet on unseen styles):
/// precision and recall as first scored, or since, less a little.
/// `holdout`: 89.1% and 77.6% first, 94.7% precision since (counting
/// outlets named as organizations); `members`: 97.9% and 79.8% first;
/// `newsroom` (police, courts, universities, clubs, earnings calls, wire
/// stories, hospitals, museums, charities): 98.3% and 78.4% first;
/// `voices` (spoken texts as `spoken` is, by another judge: a podcast, a
/// hearing, a deposition, an oral history, a eulogy …): 94.9% and 59.7%
/// first (by 1feb9e8), 95.0% and 61.3% by faabf63. `government`
/// (senators' and members' releases, a committee's investigation, a
/// minority leader, a governor, an attorney general, the press
/// secretary, a readout, what papers said, a ruling, a newsletter, a
/// bilingual release, a letter to a CEO, a proclamation): 96.8% and
/// 76.6% first (by da8efda). `capitals` (a senator's hearing, a disaster
/// grant, the press secretary on a trip, the First Lady at a school, a
/// Pentagon briefing, a governor's law with two legislators of one
/// surname, a mayor on a strike, two ministers' call, a drug maker, a
/// radio interview, a UN ambassador, a release in French): 97.2% and
/// 72.9% first (by 10ae634). `summit` (two senators of one surname, a
/// local hero, a state dinner toast, a background call, a bridge
/// reopening, a prime minister's readout, a bank's new chief executive, a
/// cable interview, a city council, an arrest, the First Lady at a
/// hospital, a ministry in German): 93.5% and 70.2% first (by df0f261).
/// `caucus` (two members' caucus, the Vice President at a factory, a
/// measles case, a floor colloquy, a defence exercise, a data breach, an
/// embassy's visas, a town hall, a senator's eulogy, a museum, a strike
/// vote, a region in Italian): 95.8% and 67.0% first (by 9cb7ef4).
/// `bulletin` (a senator and a governor on a grant, a newsletter column,
/// the Vice President at a memorial, a State Department briefing, a
/// protest, an election abroad, a recall, a call-in show, a sentencing, a
/// nonprofit's report, the First Lady at a library, a town in Swedish):
/// 95.6% and 70.2% first (by 9cb7ef4). `plenary` (a bill with a House
/// companion, a post office renamed, the President at a Medal of Freedom
/// ceremony, a Pentagon briefing, a consumer scam, a foreign ministry's
/// press conference, a plant opening, a morning show, a county
/// commission, a rescue, a school visit, a ministry in Spanish): 91.6%
/// and 73.1% first (by 12bb450). `quorum` (senators' letter, a court
/// decision, the Vice President at a college, a briefing with a Cabinet
/// secretary, a budget signing, a humanitarian appeal, an acquisition, a
/// podcast with a general, a committee hearing, a missing person, a
/// prime minister at a memorial, a province in French): 97.7% and 77.1%
/// first (by 12bb450). `chancery` (a senator's hearing, the First Lady at
/// a school, the President's statement on a law, a governor's press
/// conference, a caucus of five members, a call's readout and communiqué,
/// an NGO's report, an airline's strike, a senator's eulogy, a verdict, a
/// federal ministry in German, a member's op-ed): 96.8% and 76.0% first
/// (by bbfdb88). `rotunda` (a town hall, a Medal of Honor, a gaggle
/// aboard Air Force One, a bill with co-sponsors, an outbreak, a ministry
/// in Portuguese, a mine accident, a Sunday show, an arrest, a memoir, a
/// trade deal, a gala): 96.7% and 77.4% first (by 950e11a). `lobby` (a
/// disaster declaration, the President's press conference at a summit,
/// a prisoner's release, a centenarian, unclaimed property, a member in
/// Spanish, a recall, a governor on cable news, a State of the City, a
/// guilty plea, a foreign ministry's press conference, a zoo): 95.2% and
/// 74.1% first (by 1613a29).
const HOLDOUT_SETS: &[(&str, f64, f64)] = &[
    ("styles/holdout", 0.92, 0.74),
    ("styles/members", 0.95, 0.77),
    ("styles/newsroom", 0.96, 0.76),
    ("styles/voices", 0.93, 0.58),
    ("styles/government", 0.94, 0.74),
    ("styles/capitals", 0.95, 0.70),
    ("styles/summit", 0.91, 0.71),
    ("styles/caucus", 0.93, 0.69),
    ("styles/bulletin", 0.93, 0.67),
    ("styles/plenary", 0.89, 0.70),
    ("styles/quorum", 0.95, 0.74),
    ("styles/chancery", 0.94, 0.73),
    ("styles/rotunda", 0.94, 0.75),
    ("styles/lobby", 0.93, 0.72),
];

/// Words of a quotation the key gives to find it.
const KEY_WORDS: usize = 5;

/// One judged quotation.
struct Entry {
    file: String,
    starts: Vec<String>,
    speaker: Option<String>,
    organization: bool,
}

fn entries(dir: &Path) -> Vec<Entry> {
    let key = std::fs::read_to_string(dir.join("key.jsonl")).expect("the key");
    key.lines()
        .map(|line| {
            let v: serde_json::Value = serde_json::from_str(line).expect("a key line");
            Entry {
                file: v["file"].as_str().expect("a file").to_string(),
                starts: words(v["starts"].as_str().expect("first words")),
                speaker: v["speaker"].as_str().map(str::to_string),
                organization: v["organization"].as_bool().unwrap_or(false),
            }
        })
        .collect()
}

/// Lowercase words, letters and digits only.
fn words(text: &str) -> Vec<String> {
    text.split_whitespace()
        .map(|w| {
            w.chars()
                .filter(|c| c.is_alphanumeric())
                .flat_map(char::to_lowercase)
                .collect::<String>()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

/// The speakers of the quotations of `body` that start with `starts`, in
/// order; a quotation of fewer words than the key gives must be all of them.
/// A quotation running over several paragraphs starts again with each
/// paragraph its marks reopen, as a key lists it.
fn candidates(body: &Body, starts: &[String]) -> Vec<Option<String>> {
    body.quotes
        .iter()
        .flat_map(|q| {
            let reopened = (q.start.paragraph + 1..=q.end.paragraph)
                .filter_map(|p| body.paragraphs.get(p as usize))
                .filter(|p| p.text.starts_with(['“', '"', '‘', '\'']))
                .map(|p| words(&p.text));
            std::iter::once(words(&body.quote_text(q)))
                .chain(reopened)
                .map(move |text| (text, q.speaker.clone()))
        })
        .filter(|(text, _)| {
            text.starts_with(starts) && (starts.len() == KEY_WORDS || text.len() == starts.len())
        })
        .map(|(_, speaker)| speaker)
        .collect()
}

/// True when `got` names the person `want` does: same surname, given
/// names that fit, titles aside.
fn same_person(want: &str, got: &str) -> bool {
    // `KAMIYA Hiroto`: a surname written first, in capitals, as some
    // governments write their people's names.
    if let Some(surname) = want.split_whitespace().find(|w| {
        w.chars().count() > 1
            && w.chars().all(char::is_uppercase)
            && !w.chars().all(|c| matches!(c, 'I' | 'V' | 'X'))
    }) && let Some(got) = PersonName::parse(got)
    {
        return got.surname.eq_ignore_ascii_case(surname) && got.first().is_none();
    }
    let (Some(want), Some(got)) = (PersonName::parse(want), PersonName::parse(got)) else {
        return false;
    };
    // Any given name of one fitting one of the other's (a title readout
    // keeps, `Sgt.`, may read as a given name).
    let fits = match want.first() {
        Some(w) if got.first().is_some() => {
            let w = w.to_lowercase();
            got.given.iter().any(|g| {
                let g = g.to_lowercase();
                first_name_fits(&w, &g) || first_name_fits(&g, &w)
            })
        }
        _ => true,
    };
    want.surname.eq_ignore_ascii_case(&got.surname) && fits
}

/// True when the release writes `got`'s given name as the nickname of
/// `want`'s (`Harold “Hal” Dunmore`), as readout names such a person.
fn nicknamed(text: &str, want: &str, got: &str) -> bool {
    let got_name = got;
    let (Some(want), Some(got)) = (PersonName::parse(want), PersonName::parse(got)) else {
        return false;
    };
    let (Some(given), Some(nickname)) = (want.first(), got.first()) else {
        return false;
    };
    // `Mateus ‘Tatu’ Vieira Amankwah` is `Tatu Vieira Amankwah`: the words
    // after the nickname as written.
    let rest = got_name
        .split_whitespace()
        .skip_while(|w| *w != nickname)
        .skip(1)
        .collect::<Vec<_>>()
        .join(" ");
    want.surname == got.surname
        && [('“', '”'), ('"', '"'), ('‘', '’'), ('\'', '\'')]
            .iter()
            .any(|(open, close)| text.contains(&format!("{given} {open}{nickname}{close} {rest}")))
}

/// Right speakers, speakers given and quotations with a person as speaker
/// in the set in `dir`; prints every miss when `show_misses`.
fn score(dir: &Path, show_misses: bool) -> (usize, usize, usize) {
    let entries = entries(dir);
    let (mut given, mut right, mut with_speaker) = (0, 0, 0);
    let mut seen: Vec<(String, Vec<String>)> = Vec::new();
    for entry in &entries {
        let path = dir.join("releases").join(&entry.file);
        let bytes = std::fs::read(&path).expect("a release");
        let parsed = parse_file(&path, &entry.file, &bytes, None);
        let body = parsed.releases[0].read_body();
        // The same first words again mean the next such quotation.
        let key = (entry.file.clone(), entry.starts.clone());
        let nth = seen.iter().filter(|k| **k == key).count();
        seen.push(key);
        with_speaker += usize::from(entry.speaker.is_some());
        let Some(got) = candidates(&body, &entry.starts).into_iter().nth(nth) else {
            if show_misses {
                println!(
                    "  not found {} {:?}: expected {:?}",
                    entry.file,
                    entry.starts.join(" "),
                    entry.speaker
                );
            }
            continue;
        };
        let ok = match (&entry.speaker, &got) {
            (Some(want), Some(got)) => {
                same_person(want, got) || nicknamed(&String::from_utf8_lossy(&bytes), want, got)
            }
            (None, Some(got)) => {
                entry.organization && (is_organization(got) || !is_person_name(got))
            }
            (_, None) => entry.speaker.is_none(),
        };
        // An organization named where one speaks is neither given nor missed.
        let counted = got.is_some() && !(entry.organization && ok);
        given += usize::from(counted);
        right += usize::from(counted && ok);
        if !ok && show_misses {
            println!(
                "  miss {} {:?}: expected {:?}, got {:?}",
                entry.file,
                entry.starts.join(" "),
                entry.speaker,
                got
            );
        }
    }
    (right, given, with_speaker)
}

/// Prints a set's precision and recall and returns them.
fn report(set: &str, (right, given, with_speaker): (usize, usize, usize)) -> (f64, f64) {
    let precision = right as f64 / given.max(1) as f64;
    let recall = right as f64 / with_speaker.max(1) as f64;
    println!(
        "{set}: precision {:.1}% ({right}/{given}), recall {:.1}% ({right}/{with_speaker})",
        precision * 100.0,
        recall * 100.0
    );
    (precision, recall)
}

/// Scores each of `sets` (a set, the least precision and recall it must
/// keep), printing misses when `show`, and fails naming any set below its
/// floors. Precision under the target is said for every set.
fn hold_ground(sets: &[(&str, f64, f64)], show: bool) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    let mut failed = Vec::new();
    for (set, min_precision, min_recall) in sets {
        let (precision, recall) = report(set, score(&root.join(set), show));
        if precision < MIN_PRECISION {
            println!("  below the {:.0}% precision target", MIN_PRECISION * 100.0);
        }
        if precision < *min_precision || recall < *min_recall {
            failed.push(format!(
                "{set}: precision {precision:.3}, recall {recall:.3}"
            ));
        }
    }
    assert!(failed.is_empty(), "{failed:?}");
}

#[test]
fn speakers_in_house_styles_the_corpus_lacks() {
    let sets: Vec<(&str, f64, f64)> = DEV_SETS
        .iter()
        .map(|&(set, min_recall)| (set, MIN_PRECISION, min_recall))
        .collect();
    hold_ground(&sets, true);
}

/// Development sets still below the precision target keep what they have.
#[test]
fn speakers_in_house_styles_below_the_target_keep_their_ground() {
    hold_ground(BELOW_TARGET_SETS, true);
}

/// Sets by other blind judges, written after every rule before them: only
/// their numbers are printed, so no rule is tuned to them, and they stand
/// for archives readout has never seen.
#[test]
fn speakers_in_house_styles_no_rule_has_seen() {
    hold_ground(HOLDOUT_SETS, false);
}
