//! The words readout knows about people and speech, shared by the whole
//! crate: titles and honorifics, abbreviations whose dot does not end a
//! sentence, attribution verbs, and the small words around them. Sentences
//! are split the same way for passages (`corpus::meta`) and for
//! quotations because both ask this one lexicon.

use std::collections::HashSet;
use std::sync::OnceLock;

/// Verbs that attribute a quote to its speaker.
#[rustfmt::skip]
pub(super) const VERBS: &[&str] = &[
    "said", "says", "say", "add", "note", "write", "continue", "added", "adds", "stated", "noted",
    "notes", "continued", "continues", "explained", "explains", "emphasized", "emphasised",
    "emphasizes", "emphasises", "underlined", "underlines", "stressed", "stresses", "urged", "declared", "remarked", "argued", "warned",
    "asked", "ask", "asks", "told", "wrote", "writes", "announced", "concluded", "commented", "observed",
    "insisted", "claimed", "claims", "communicated", "recalled", "recalls", "touted", "touts", "tweeted", "emailed", "texted", "reported",
    "posted", "testified", "responded", "replied", "answered", "acknowledged", "admitted",
    "vowed", "pledged", "promised", "predicted", "cautioned", "reiterated", "underscored",
    "affirmed", "asserted", "proclaimed", "quipped", "joked", "lamented", "conceded", "recounted",
    "exclaimed", "reminded", "reads", "states", "thought", "described", "describes",
    "declares", "highlighted", "highlights", "praised", "praises", "hailed", "hails", "lauded",
    "reaffirmed", "reaffirms", "bragged", "boasted", "complained", "alleged", "blasted", "slammed",
    "decried", "derided", "mocked", "reflected", "reflects", "advised", "advises", "advocated",
    "suggested", "suggests", "countered", "implored", "pleaded", "mused", "warns", "urges",
    "argues", "insists", "boasts", "brags", "asserts", "predicts", "cautions", "laments",
    "concludes", "observes", "acknowledges", "admits", "reiterates", "underscores", "affirms",
    "proclaims", "recounts", "testifies", "reminds", "announces", "responds", "quips", "exclaims",
    "decries", "complains", "concedes", "tells", "tell", "radioed",
    // Spanish.
    "dijo", "afirmó", "señaló", "agregó", "añadió", "expresó", "declaró", "indicó", "aseguró",
    "explicó", "comentó", "destacó", "subrayó", "manifestó", "sostuvo", "escribió", "advirtió",
    "insistió", "recordó", "relató", "contó", "respondió", "dice", "decía", "afirma", "señala",
    "explica", "añade", "agrega", "asegura", "escribe", "enfatizó", "precisó", "subraya",
    // French (after their subject, or inverted: `déclare-t-il`).
    "déclare", "souligne", "ajoute", "explique", "affirme", "indique", "estime", "précise",
    "rappelle", "assure", "confie", "raconte", "insiste", "répond", "dit", "déclarait", "disait",
    "expliquait",
    // Portuguese.
    "disse", "afirmou", "destacou", "declarou", "explicou", "acrescentou", "ressaltou", "contou",
    "lembrou", "comentou", "observou", "garantiu", "completou", "frisou", "salientou",
    "enfatizou", "respondeu", "escreveu", "diz", "afirma", "destaca", "ressalta", "lembra",
    // Italian.
    "afferma", "spiega", "sottolinea", "aggiunge", "ricorda", "dichiara", "affermò", "dichiarò",
    "aggiunse", "spiegò", "sottolineò",
    // German.
    "sagte", "sagt", "erklärte", "erklärt", "betonte", "betont", "ergänzte", "ergänzt", "warnte",
    "meinte", "unterstrich", "bekräftigte", "berichtete", "schrieb",
];

/// Past participles that an auxiliary before them makes a speech verb
/// (French `a déclaré`, Italian `ha dichiarato`), lowercase.
#[rustfmt::skip]
pub(super) const AUXILIARY_PARTICIPLES: &[&str] = &[
    // French, after `a`.
    "déclaré", "souligné", "ajouté", "expliqué", "affirmé", "indiqué", "estimé", "précisé",
    "rappelé", "assuré", "dit", "confié", "raconté", "insisté", "répondu", "salué", "averti",
    "annoncé", "martelé", "lancé", "conclu", "commenté", "regretté", "reconnu", "écrit", "noté",
    "observé", "promis", "prévenu", "plaidé",
    // Italian, after `ha`.
    "dichiarato", "detto", "sottolineato", "aggiunto", "spiegato", "affermato", "ricordato",
    "commentato", "osservato", "concluso", "evidenziato", "precisato", "annunciato", "scritto",
    "risposto", "ribadito", "assicurato",
];

/// The auxiliaries before [`AUXILIARY_PARTICIPLES`]: French `a`, Italian
/// `ha`.
pub(super) const AUXILIARIES: &[&str] = &["a", "ha"];

/// Adverbs between an auxiliary and its participle (`ha poi ricordato`, `a
/// également souligné`), lowercase.
pub(super) const AUXILIARY_ADVERBS: &[&str] = &[
    "poi",
    "anche",
    "inoltre",
    "già",
    "infine",
    "ensuite",
    "aussi",
    "également",
    "encore",
    "enfin",
    "ainsi",
    "alors",
];

/// Familiar forms of given names and the names they stand for, lowercase:
/// "Joe Biden" is "Joseph R. Biden".
#[rustfmt::skip]
pub(super) const NICKNAMES: &[(&str, &str)] = &[
    ("jo", "josephine"), ("jo", "joanna"), ("jo", "joanne"), ("jo", "johanna"),
    ("joe", "joseph"), ("bob", "robert"), ("bobby", "robert"), ("rob", "robert"),
    ("bill", "william"), ("will", "william"), ("jim", "james"), ("jimmy", "james"),
    ("mike", "michael"), ("chuck", "charles"), ("charlie", "charles"), ("dick", "richard"),
    ("rick", "richard"), ("tom", "thomas"), ("tony", "anthony"), ("kate", "katherine"),
    ("kathy", "katherine"), ("liz", "elizabeth"), ("beth", "elizabeth"), ("dan", "daniel"),
    ("danny", "daniel"), ("dave", "david"), ("steve", "steven"), ("ted", "edward"),
    ("ed", "edward"), ("jack", "john"), ("pete", "peter"), ("sam", "samuel"),
    ("ben", "benjamin"), ("matt", "matthew"), ("greg", "gregory"), ("jerry", "gerald"),
    ("larry", "lawrence"), ("patty", "patricia"), ("pat", "patrick"), ("nick", "nicholas"),
    ("andy", "andrew"), ("drew", "andrew"), ("jeff", "jeffrey"), ("ron", "ronald"),
    ("don", "donald"), ("doug", "douglas"), ("chris", "christopher"), ("ted", "theodore"),
    ("teddy", "theodore"), ("theo", "theodore"), ("iggy", "ignatius"), ("bernie", "bernard"),
    ("meg", "margaret"), ("maggie", "margaret"), ("peggy", "margaret"), ("sue", "susan"),
    ("jen", "jennifer"), ("jenny", "jennifer"), ("fred", "frederick"), ("hank", "henry"),
    ("harry", "henry"), ("betty", "elizabeth"), ("becky", "rebecca"), ("tim", "timothy"),
    ("ken", "kenneth"), ("ray", "raymond"), ("abby", "abigail"), ("cathy", "catherine"),
    ("vicky", "victoria"), ("gabe", "gabriel"), ("zach", "zachary"), ("jake", "jacob"),
];

/// Two-word attribution verbs.
pub(super) const PHRASAL_VERBS: &[(&str, &str)] = &[
    ("pointed", "out"),
    ("went", "on"),
    ("goes", "on"),
    ("put", "it"),
    ("called", "on"),
    ("called", "for"),
    ("committed", "that"),
    ("found", "that"),
    ("taught", "us"),
    ("made", "clear"),
    ("recognizes", "that"),
    ("recognized", "that"),
    ("was", "clear"),
    ("was", "blunt"),
    ("was", "emphatic"),
    ("was", "unequivocal"),
    ("been", "clear"),
    ("been", "blunt"),
    ("been", "emphatic"),
    ("been", "unequivocal"),
    ("been", "direct"),
    ("was", "direct"),
];

/// Verbs of a paragraph that introduces a statement (`X released the
/// following statement:`), besides [`VERBS`].
#[rustfmt::skip]
pub(super) const INTRO_VERBS: &[&str] = &[
    "released", "releases", "issued", "issues", "made", "makes", "delivered", "delivers", "gave",
    "gives", "shared", "shares", "offered", "offers", "provided", "provides", "published",
    "releasing", "issuing",
];

/// Participles that introduce a quote after a subject (`Stauber continued,
/// saying, "…"`).
#[rustfmt::skip]
pub(super) const PARTICIPLES: &[&str] = &[
    "saying", "adding", "noting", "writing", "stating", "explaining", "stressing", "declaring",
    "urging", "warning", "vowing", "pledging", "insisting", "arguing", "claiming", "asserting",
    "touting", "predicting", "promising", "boasting", "complaining", "lamenting", "remarking",
    "tweeting", "proclaiming", "observing", "affirming", "reaffirming", "emphasizing",
    "underscoring", "reiterating", "cautioning", "conceding", "joking", "quipping", "exclaiming",
    "telling", "reminding", "repeating",
];

/// Verbs in the past tense that do not end in `-ed` (`Lee stood up and
/// said`), lowercase.
#[rustfmt::skip]
const IRREGULAR_PAST: &[&str] = &[
    "said", "told", "wrote", "spoke", "stood", "rose", "went", "came", "took", "gave", "made",
    "met", "sat", "thought", "felt", "began", "held", "led", "left", "sent", "brought", "saw",
    "knew", "won", "ran", "got", "put", "found", "drove", "became", "grew", "kept", "built",
    "heard", "lost", "paid", "taught", "fought", "bought", "caught", "spent", "understood", "chose",
    "broke", "drew", "flew", "fell", "forgot", "meant", "rode", "rang", "sang", "shook", "struck",
    "swore", "threw", "wore", "fled", "sold", "sought", "withdrew", "oversaw",
];

/// True for a lowercase word that opens a noun phrase (`the`, `his`):
/// a verb's form after one is a noun (`a note`, `the op-ed`).
pub(super) fn is_determiner(word: &str) -> bool {
    matches!(
        word,
        "a" | "an" | "the" | "his" | "her" | "their" | "its" | "our" | "my"
    )
}

/// True for a verb in the past tense (`voted`, `stood`), lowercase.
pub(super) fn is_past(verb: &str) -> bool {
    verb.ends_with("ed") || IRREGULAR_PAST.contains(&verb)
}

/// Plural nouns that, after `the`, stand for a group of speakers
/// (`the lawmakers wrote`).
#[rustfmt::skip]
pub(super) const GROUPS: &[&str] = &[
    "lawmakers", "members", "senators", "representatives", "chairs", "leaders", "delegation",
    "signatories", "authors", "groups", "organizations", "congressmen", "congresswomen",
    "letter",
];

/// Nouns for a person the text does not name (`A member of the
/// association, who did not give her name, said …`, `Both women have
/// worked …`), lowercase, singular and plural.
#[rustfmt::skip]
pub(super) const PERSON_NOUNS: &[&str] = &[
    "woman", "women", "man", "men", "member", "resident", "residents", "witness", "neighbor",
    "neighbour", "merchant", "student", "teacher", "parent", "mother", "father", "worker",
    "employee", "farmer", "nurse", "doctor", "volunteer", "customer", "owner", "voter", "veteran",
    "survivor", "victim", "constituent", "friend", "girl", "boy", "person", "people", "aide",
    "staffer", "relative", "daughter", "son", "wife", "husband", "colleague", "patient",
    "passenger", "driver", "protester", "activist", "official", "officials", "source", "sources",
    "spokesperson", "spokesman", "spokeswoman", "lawyer", "attorney", "caller", "shopper",
    "organizer", "mom", "dad", "child", "grandmother", "grandfather", "participant", "attendee",
    "family", "families", "children", "brother", "sister", "sibling", "cousin", "uncle", "aunt",
    "nephew", "niece", "grandson", "granddaughter", "fiancé", "fiancée", "surgeon", "physician",
    "reviewer", "critic", "journalist", "officer", "soldier", "priest", "nun", "monk", "guest",
    "visitor", "stranger", "fan", "spectator", "tourist", "commuter", "rider", "reader",
    "listener", "viewer", "writer", "artist", "musician", "chef", "cook", "waiter", "waitress",
    "pilot", "firefighter", "paramedic", "teenager", "pupil", "scientist", "researcher",
    "engineer", "fisherman", "fishermen", "landlord", "tenant", "clerk", "guard", "inmate",
    "prisoner", "expert", "neighbors", "neighbours", "parishioner", "congregant", "kid", "retiree",
    "homeowner", "mechanic", "trucker", "miner", "welder", "bartender", "cashier", "janitor",
];

/// Words for when someone holds or held an office, written before its
/// title (`former Sen. Ann Roe`, `retired Col. Bo Park`).
pub(super) const OFFICE_TIMES: &[&str] = &[
    "former",
    "retired",
    "late",
    "acting",
    "interim",
    "outgoing",
    "incoming",
    "departing",
];

/// Words that may sit between a subject and its verb (`Bice also said`,
/// `you yourself said`).
#[rustfmt::skip]
pub(super) const ADVERBS: &[&str] = &[
    "also", "further", "later", "then", "once", "again", "previously", "recently", "earlier",
    "today", "yesterday", "tonight", "additionally", "has", "had", "have", "simply", "repeatedly",
    "proudly", "jointly", "publicly", "formally", "so", "frequently", "often", "always",
    "famously", "rightly", "once", "succinctly", "himself", "herself", "yourself", "myself",
    "themselves", "ourselves", "even", "falsely", "wrongly", "incorrectly", "baselessly", "openly",
    "reportedly", "infamously", "memorably", "bluntly", "flatly", "emphatically", "routinely",
    "still", "just", "never", "continually", "consistently", "personally", "keeps", "kept",
    // Spanish (`Juan Ochoa siempre decía:`).
    "siempre", "también", "luego", "después",
];

/// Nouns ending in `-ly`, which [`is_adverb`] must not take for adverbs.
const LY_NOUNS: &[&str] = &[
    "family",
    "assembly",
    "supply",
    "ally",
    "rally",
    "anomaly",
    "monopoly",
    "reply",
    "belly",
    "folly",
    "bully",
    "lily",
    "holly",
    "jelly",
    "butterfly",
];

/// True for an adverb that may stand between a subject and its verb: one
/// of [`ADVERBS`] or a word in `-ly` (`she poignantly reminded us`).
pub(super) fn is_adverb(word: &str) -> bool {
    ADVERBS.contains(&word)
        || (word.len() >= 5
            && word.ends_with("ly")
            && word.chars().all(|c| c.is_ascii_lowercase())
            && !LY_NOUNS.contains(&word))
}

/// Words after an attribution verb that show the clause goes on past it
/// (`Bice said in a statement.`).
#[rustfmt::skip]
pub(super) const CLAUSE_CONTINUERS: &[&str] = &[
    "in", "on", "at", "during", "while", "after", "when", "today", "yesterday", "tonight", "this",
    "last", "before",
];

/// Titles and honorifics, lowercase without dots. They are kept in speaker
/// strings as written but are not part of a person's name.
#[rustfmt::skip]
pub(super) const TITLES: &[&str] = &[
    "rep", "reps", "representative", "representatives", "senators", "congressmen", "congresswomen",
    "co-chair", "cochair", "congressman", "congresswoman", "congressmember", "sen", "sens",
    "senator", "president", "vice", "secretary", "gov", "governor", "mr", "ms", "mrs", "dr",
    "chairman", "chairwoman", "chair", "leader", "speaker", "ambassador", "minister", "prime",
    "majority", "minority", "republican", "democratic", "democrat", "whip", "judge", "chief",
    "mayor", "commissioner", "delegate", "u.s", "attorney", "general", "lt", "ranking", "premier",
    "hon", "honorable", "spokesperson", "spokesman", "spokeswoman", "press", "first", "lady",
    "second", "gentleman", "chancellor", "king", "queen", "pope", "emperor", "admiral", "director",
    "administrator", "deputy", "assistant", "associate", "coordinator", "adviser", "advisor",
    "counselor", "ceo", "cto", "cfo", "coo", "cmo", "cio", "founder", "executive", "officer", "commander", "captain", "colonel",
    "sergeant", "lieutenant", "professor", "superintendent", "sheriff", "member", "councilmember",
    "councilman", "councilwoman", "assemblymember", "assemblyman", "assemblywoman", "treasurer",
    "comptroller", "justice", "manager", "economist", "columnist", "analyst", "correspondent",
    "reporter", "author", "historian", "activist", "advocate", "organizer", "pastor", "reverend",
    "rev", "rabbi", "survivor", "planner", "candidate", "president-elect", "secretary-general", "vice-president",
    "co-chairs", "pm", "principal", "gobernador", "gobernadora", "congresista", "senador",
    "senadora", "representante", "presidente", "presidenta", "alcalde", "alcaldesa", "secretario",
    "secretaria", "emeritus", "emerita", "acting", "interim", "instructor", "lecturer", "provost",
    "teacher", "chaplain", "counsel", "surgeon", "surgeon-general", "attorney-general",
    "governor-general", "envoy", "rapporteur", "sgt", "det", "detective", "inspector",
    "constable", "prof", "col", "capt", "cpl", "sir", "dame", "baroness", "maj", "adm", "highness",
    "excellency", "majesty", "mme", "mlle", "sra", "srta", "frau", "herr",
    "cmdr", "cdr", "brig", "pvt", "spc", "amb", "supt", "insp", "dato", "datuk", "datin", "seri",
    "berhormat", "tunku", "tengku", "coach", "councillor", "councilor", "shri", "smt", "shrimati",
    "kumari", "rt", "cr", "cllr", "h.e", "honourable", "mzee", "haji", "hajji", "elder",
    "taoiseach", "tánaiste", "emir", "sultan", "convener", "marshal", "class", "agent",
    "trooper", "brigadier", "commodore", "corporal", "ensign",
];

/// Titles of clergy and religious orders that are surnames or words
/// elsewhere (`Sanford Bishop`, `Cardinal Health`), capitalised: titles
/// only before a name (`Bishop Ann Roe`, `Sister Philomena`).
const LEADING_TITLES: &[&str] = &[
    "Bishop",
    "Archbishop",
    "Archdeacon",
    "Cardinal",
    "Imam",
    "Monsignor",
    "Msgr.",
    "Vicar",
    "Deacon",
    "Canon",
    "Sister",
    "Brother",
    "Father",
    "Fr.",
    "Abbot",
    "Abbess",
    "Venerable",
    "Ven.",
    "Rt.",
    "Very",
    // Ranks that are words elsewhere (`a major step`, `a specialist`).
    "Major",
    "Specialist",
];

/// True for a title of clergy that stands before a name ([`LEADING_TITLES`]).
pub(super) fn is_leading_title(word: &str) -> bool {
    LEADING_TITLES.contains(&word.trim_end_matches(','))
}

/// True for any title a name may follow: a title ([`is_title`]) or a
/// clergy's ([`is_leading_title`]).
pub(super) fn is_name_title(word: &str) -> bool {
    is_title(word) || is_leading_title(word)
}

/// Honorifics a transcript label may open with (`MS. PSAKI:`), lowercase.
pub(super) const HONORIFICS: &[&str] = &["mr", "ms", "mrs", "miss", "dr", "mx", "madam"];

/// Honorifics that may stand between an office and the name it goes with
/// (`Prime Minister Rt Hon Ann Roe`, `Union Minister Shri Bo Park`),
/// lowercase without dots.
#[rustfmt::skip]
pub(super) const NAME_HONORIFICS: &[&str] = &[
    "rt", "hon", "honourable", "honorable", "shri", "smt", "shrimati", "kumari", "dr", "mr", "ms",
    "mrs", "sir", "dame", "h.e", "dato", "datuk", "datin", "seri", "prof", "mzee", "sheikh",
    "sheikha", "shaikh", "mme", "mlle", "m", "sra", "srta", "sig", "frau", "herr",
];

/// Styles of address before a title (`Her Majesty Queen Isolde`, `His
/// Excellency President Bo Park`), lowercase.
pub(super) const STYLES_OF_ADDRESS: &[&str] = &["majesty", "highness", "excellency"];

/// Last words of transcript labels that name a role, not a person
/// (`MODERATOR:`, `SENIOR ADMINISTRATION OFFICIAL:`), lowercase.
#[rustfmt::skip]
pub(super) const LABEL_ROLES: &[&str] = &[
    "moderator", "moderators", "operator", "official", "officials", "audience", "member",
    "members", "participant", "participants", "aide", "staff", "staffer", "crew", "reporter",
    "reporters", "interpreter", "translator", "narrator", "announcer", "voice", "voices", "crowd",
    "student", "students", "child", "children", "attendee", "attendees", "panelist", "host",
    "guest", "question", "answer", "court", "clerk", "bailiff", "witness", "caller",
];

/// Words of a Title Case headline that end the name after a title
/// ("President Lee Signs …", "President Lee Op-Ed"), lowercase; so does any
/// word ending in `-ing`.
#[rustfmt::skip]
pub(super) const HEADLINE_WORDS: &[&str] = &[
    "announces", "signs", "names", "nominates", "welcomes", "hosts", "joins", "visits", "travels",
    "meets", "calls", "delivers", "honors", "awards", "approves", "declares", "issues", "launches",
    "unveils", "celebrates", "marks", "speaks", "releases", "says", "statement", "op-ed",
    "remarks", "addresses", "hails", "highlights", "tours", "touts", "urges", "discusses",
    "responds", "commemorates", "proclaims", "recognizes", "advances", "applauds", "praises",
    "thanks", "congratulates", "commends", "condemns", "directs", "appoints", "invites",
    "convenes", "outlines", "reaffirms", "sends", "pardons", "extends", "after", "call",
    "uses", "takes", "makes", "gives", "puts", "sets", "builds", "brings", "lowers", "cuts",
    "tackles", "expands", "protects", "continues", "kicks", "lays", "lifts", "leads", "pushes",
    "rallies", "returns", "talks", "tells", "vows", "warns", "wins", "works", "lauds", "presses",
    "pledges", "promotes", "proposes", "rolls", "secures", "showcases", "strengthens", "stresses",
    "supports", "to", "on", "in", "at", "for", "rules", "orders", "sues", "files", "charges",
    "fines", "bans", "rejects", "backs", "opens", "closes", "adopts", "passes", "votes", "seeks",
    "asks", "demands", "agrees", "confirms", "publishes", "hears", "grants", "denies", "blocks",
];

/// Titles that after `the` stand for the one person a release names with
/// them (`the President`), lowercase.
#[rustfmt::skip]
pub(super) const TITLE_ANAPHORS: &[&str] = &[
    "president", "vice president", "first lady", "second gentleman", "prime minister", "governor",
    "mayor", "secretary", "chancellor", "ambassador", "administrator", "speaker",
    "national security advisor", "national security adviser", "press secretary",
    "attorney general", "foreign minister", "crown prince", "king", "queen", "pope",
    "premier", "emir", "spokesperson", "spokesman", "spokeswoman", "secretary-general",
    "deputy secretary-general", "foreign secretary", "home secretary", "high commissioner",
    "director-general", "special envoy", "minister", "deputy prime minister", "chief minister",
    "chief justice", "justice", "judge", "chief constable", "commissioner", "lord mayor",
    "sheriff", "chief", "police chief", "fire chief", "chief commissioner", "chair", "chairman",
    "chairwoman", "chairperson", "envoy", "chief cabinet secretary", "cabinet secretary",
    "first minister", "deputy first minister", "taoiseach", "tánaiste", "chief executive",
    "superintendent", "convener", "treasurer", "comptroller", "auditor general",
    "inspector general", "surgeon general", "solicitor general", "chief medical officer",
    "union minister", "minister of state", "cabinet minister",
];

/// Offices in French, Portuguese, Italian and German (and Spanish ones
/// [`ANAPHORS`] lacks), lowercase: titles before a name (`la ministra Ana
/// Roe`), and after an article (`a déclaré la ministre`, `disse o
/// prefeito`) the holder the release names with them.
#[rustfmt::skip]
pub(super) const FOREIGN_OFFICES: &[&str] = &[
    "ministra", "ministro", "ministre", "ministerin", "maire", "mairesse", "prefeito", "prefeita",
    "sindaco", "sindaca", "assessore", "assessora", "bürgermeister", "bürgermeisterin",
    "burgemeester", "gouverneur", "governador", "governadora", "governatore", "président",
    "présidente", "präsident", "präsidentin", "presidentessa",
    "sénateur", "sénatrice",
    "senatore", "senatrice", "secrétaire", "secretário", "secretária", "portavoz", "porte-parole",
    "porta-voz", "portavoce", "sprecher", "sprecherin", "embajador", "embajadora", "ambassadeur",
    "ambassadrice", "embaixador", "embaixadora", "ambasciatore", "botschafter", "botschafterin",
    "directeur", "directrice", "diretor", "diretora", "direttore", "direttrice", "direktor",
    "direktorin", "vereador", "vereadora", "conseiller", "conseillère", "député", "députée",
    "deputado", "deputada", "diputado", "diputada", "canciller", "chancelier", "kanzler",
    "kanzlerin", "premier", "primeiro-ministro", "primeira-ministra", "ministerpräsident",
    "ministerpräsidentin", "préfet", "préfète", "consigliere", "consigliera",
];

/// Articles before an office in French, Portuguese, Italian, German and
/// Dutch (`le maire`, `a ministra`, `il sindaco`, `die Ministerin`), which
/// before an English noun are other words (`a minister`).
pub(super) const FOREIGN_ARTICLES: &[&str] =
    &["le", "la", "el", "o", "a", "il", "lo", "der", "die", "de"];

/// Titles that after `the` refer back to the last named speaker.
#[rustfmt::skip]
pub(super) const ANAPHORS: &[&str] = &[
    "congressman", "congresswoman", "congressmember", "senator", "representative", "lawmaker",
    // Spanish (`dijo la congresista`).
    "congresista", "senador", "senadora", "representante", "secretario", "secretaria",
    "gobernador", "gobernadora", "alcalde", "alcaldesa",
];

/// Name suffixes that are not a surname.
pub(super) const SUFFIXES: &[&str] = &["jr", "sr", "ii", "iii", "iv"];

/// Degrees and credentials written after a name (`Raul Ruiz, M.D.`),
/// lowercase without their last dot.
#[rustfmt::skip]
pub(super) const CREDENTIALS: &[&str] = &[
    "m.d", "md", "ph.d", "phd", "esq", "d.d.s", "dds", "r.n", "rn", "mph", "j.d", "jd", "facr",
    "facp", "facs", "mba", "cpa",
];

/// Abbreviations whose final dot does not end a sentence (lowercase, no
/// final dot). Initials (`E.`) and dotted acronyms (`U.S.`) need no entry.
const ABBREVIATIONS: &[&str] = &[
    "rep", "reps", "sen", "sens", "dr", "mr", "mrs", "ms", "gov", "lt", "gen", "gens", "col",
    "sgt", "capt", "adm", "hon", "st", "jr", "sr", "rev", "prof", "amb", "cong", "sec", "maj",
    "cmdr", "supt", "pres", "messrs", "no", "vs", "inc", "corp", "co", "ltd", "dept", "jan", "feb",
    "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "est", "fig",
    "etc", "mt", "ft", "ave", "blvd", "cpl", "cdr", "brig", "pvt", "spc", "insp", "det", "rt",
    "smt", "cllr",
];

/// Dotted words that do end sentences: times of day.
const DOTTED_SENTENCE_ENDS: &[&str] = &["a.m", "p.m"];

/// True when a full stop right after `stem` (the word without that stop:
/// `Rep`, `U.S`, `E`) does not end a sentence: an abbreviation, an
/// initial or a dotted acronym.
pub fn is_abbreviation(stem: &str) -> bool {
    let lower = stem.to_lowercase();
    if stem.contains('.') {
        return !DOTTED_SENTENCE_ENDS.contains(&lower.as_str());
    }
    let mut chars = stem.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        return c.is_uppercase();
    }
    ABBREVIATIONS.contains(&lower.as_str())
}

/// True for a title or honorific (`Rep.`, `Senator`, `U.S.`).
pub fn is_title(word: &str) -> bool {
    static SET: OnceLock<HashSet<String>> = OnceLock::new();
    static FOREIGN: OnceLock<HashSet<String>> = OnceLock::new();
    let word = word.trim_end_matches(',');
    contains_ignoring_case(&SET, TITLES, word.trim_end_matches('.'))
        || contains_ignoring_case(&FOREIGN, FOREIGN_OFFICES, word)
        || word
            .strip_suffix('.')
            .is_some_and(|stem| DOTTED_TITLES.contains(&stem.to_lowercase().as_str()))
}

/// Titles only with their abbreviation's dot (`Gen. Ann Roe`, not `Next
/// Gen America`), lowercase without it.
const DOTTED_TITLES: &[&str] = &["gen"];

/// True for a lowercase word naming an office or a role (`director`,
/// `professor`, `member`).
pub(super) fn is_role(word: &str) -> bool {
    ROLE_NOUNS.contains(&word) || is_title(word)
}

/// True for a word naming an institution (`Department`, `Committee`).
pub fn is_institution(word: &str) -> bool {
    static SET: OnceLock<HashSet<String>> = OnceLock::new();
    contains_ignoring_case(&SET, INSTITUTIONS, word.trim_end_matches(['.', ',']))
}

/// True when `list` holds `word`, ASCII case aside. The list is made a
/// set of lowercase words the first time, in `set`: these lists are asked
/// about every word of every name read.
fn contains_ignoring_case(set: &OnceLock<HashSet<String>>, list: &[&str], word: &str) -> bool {
    const LONGEST: usize = 32;
    if word.len() > LONGEST {
        return false;
    }
    let set = set.get_or_init(|| list.iter().map(|w| w.to_ascii_lowercase()).collect());
    let mut buf = [0u8; LONGEST];
    buf[..word.len()].copy_from_slice(word.as_bytes());
    buf[..word.len()].make_ascii_lowercase();
    std::str::from_utf8(&buf[..word.len()]).is_ok_and(|lower| set.contains(lower))
}

/// True for a degree or credential after a name (`M.D.`, `PhD`, `FACR`).
pub fn is_credential(word: &str) -> bool {
    let bare = word.trim_end_matches(['.', ',']);
    CREDENTIALS.iter().any(|t| t.eq_ignore_ascii_case(bare))
}

/// Longest regnal number after a name (`XVIII`).
const MAX_REGNAL_LETTERS: usize = 5;

/// True for a name suffix (`Jr.`, `III`, `MP`), or a regnal number of two or
/// more capitals (`Benedict XVI`): not `Malcolm X`'s, nor a name such as
/// `Xi`.
pub fn is_suffix(word: &str) -> bool {
    let bare = word.trim_end_matches(['.', ',']);
    let regnal = (2..=MAX_REGNAL_LETTERS).contains(&bare.len())
        && bare.chars().all(|c| matches!(c, 'I' | 'V' | 'X'));
    regnal || SUFFIXES.iter().any(|t| t.eq_ignore_ascii_case(bare)) || POST_NOMINALS.contains(&bare)
}

/// Letters after a name for a seat or an honour (`Ann Roe MP`, `Bo Park
/// OBE`), in capitals as written: suffixes, not surnames.
const POST_NOMINALS: &[&str] = &[
    "MP", "MEP", "MSP", "MLA", "MPP", "MNA", "TD", "QC", "KC", "SC", "OBE", "MBE", "CBE", "KBE",
    "DBE", "FRS",
];

/// Capitalised words that start sentences rather than names.
#[rustfmt::skip]
const FUNCTION_WORDS: &[&str] = &[
    "The", "A", "An", "This", "That", "These", "Those", "Today", "Tonight", "Yesterday", "And",
    "But", "So", "Then", "Also", "Additionally", "Furthermore", "Meanwhile", "Later", "Earlier",
    "Here", "There", "When", "While", "After", "Before", "As", "In", "On", "At", "Now", "Monday",
    "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "I", "We", "It", "If",
    "Like", "Unlike", "Because", "Although", "Though", "Even", "Below", "Above", "Afterward",
    "Afterwards", "Finally", "Eventually", "Once", "Instead",
];

/// True for a capitalised word that starts sentences rather than names:
/// a function word or a verb opening a question.
pub(super) fn opens_sentences(word: &str) -> bool {
    FUNCTION_WORDS.contains(&word) || QUESTION_VERBS.contains(&word)
}

/// Verbs that open a question (`Has Elm answered?`, `Is the Premier
/// coming?`), never a name; not `Will`, `May`, `Can` or `Do`, which are
/// names too.
#[rustfmt::skip]
pub(super) const QUESTION_VERBS: &[&str] = &[
    "Has", "Have", "Had", "Is", "Are", "Was", "Were", "Does", "Did", "Would", "Could", "Should",
    "Shall", "Might", "Must",
];

/// Surnames that are also words readout never takes for a name alone
/// (`Oh,` and `An` opening a sentence): a name's last word only after a
/// given name (`Kim Oh`, `Mei An`).
pub(super) const SURNAMES_ALSO_WORDS: &[&str] = &["Oh", "An", "Law", "Rule"];

/// Last words of a document's name, which an organization's or a
/// person's name is not (`the Elm Valley Accord`, `the United States
/// Constitution`), unless a surname too ([`SURNAMES_ALSO_WORDS`]).
#[rustfmt::skip]
pub(super) const DOCUMENT_ENDS: &[&str] = &[
    "Act", "Declaration", "Report", "Plan", "Law", "Statement", "Strategy", "Agreement", "Accord",
    "Resolution", "Order", "Memorandum", "Rule", "Bill", "Treaty", "Charter", "Initiative",
    "Program", "Project", "Framework", "Communiqué", "Constitution", "Proclamation", "Letter",
    "Amendment",
];

/// Lowercase particles inside names (`Chris Van Hollen`, `Ben Ray Luján`, `de la Cruz`).
pub(super) const CONNECTORS: &[&str] = &[
    "de", "van", "von", "der", "den", "del", "da", "la", "le", "di", "du", "bin", "binti", "bint",
    "ibn", "al", "dos", "das", "ní", "nic", "ó", "uí", "ap", "ab", "s/o", "d/o", "a/l", "a/p",
    "ole",
];

/// Capitalised particles opening an Irish or Scottish surname of two
/// words or more (`Ciarán Mac Giolla Phádraig`, `Seán Ó Ceallacháin`).
pub(super) const GAELIC_PARTICLES: &[&str] = &["Mac", "Mag", "Mhic", "Nic", "Ní", "Ó", "Uí", "Ua"];

/// Particles joining a name to a father's (`Faisal bin Suhail`, `Mariam
/// bint Khalid`, `Suresh s/o Anbalagan`, `Kavitha a/p Muthu` as Malaysian
/// names write "son of" and "daughter of"), lowercase.
pub(super) const PATRONYMICS: &[&str] =
    &["bin", "binti", "bint", "ibn", "s/o", "d/o", "a/l", "a/p"];

/// True when a name's words hold a chain of fathers' names (`Faisal bin
/// Suhail Al Marzan`).
pub(super) fn has_patronymic(words: &[&str]) -> bool {
    words.iter().any(|w| PATRONYMICS.contains(w))
}

/// Particles that, capitalised, are never a given name (`De Klerk`, not
/// `Van Taylor`), lowercase.
pub(super) const NEVER_GIVEN_PARTICLES: &[&str] = &[
    "de", "von", "du", "der", "den", "dos", "das", "ní", "nic", "ó", "uí", "ap",
];

/// Words naming institutions, which end a title phrase rather than start a
/// name (`Speaker of the House Nancy Pelosi`).
#[rustfmt::skip]
pub(super) const INSTITUTIONS: &[&str] = &[
    "House", "Senate", "Congress", "Committee", "Subcommittee", "Department", "Administration",
    "Caucus", "County", "City", "State", "Statement", "Act", "Agency", "Office", "Board",
    "Council", "Commission", "Bureau", "Authority", "Association", "Society", "Foundation",
    "Institute", "Center", "Centre", "University", "College", "School", "Hospital", "Coalition",
    "Alliance", "Network", "Union", "Federation", "Organization", "Company", "Corporation", "Inc",
    "LLC", "Corp", "Ltd", "Group", "Partners", "Services", "Systems", "Solutions", "Technologies",
    "Imaging", "Health", "Healthcare", "Energy", "Bank", "Fund", "Program", "Project", "Ministry",
    "Embassy", "Government", "Party", "Republic", "Kingdom", "Nations", "Times", "News", "Journal",
    "Review", "Magazine", "Airport", "Parish", "District", "Township", "Commerce", "Treasury",
    "Defense", "Labor", "Agriculture", "Education", "Transportation", "Interior", "Homeland",
    "Security", "Veterans", "Affairs", "Housing", "Force", "Task", "Congressional", "Delegation",
    "Law", "Plan", "Initiative", "Initiatives", "Infrastructure", "Communications",
    "Assembly", "Parliament", "Parliamentary", "Police", "Prevention", "Economy", "Policy",
    "Protection", "Voters", "Workers", "Families", "Advocates", "Facility", "Sciences", "Science",
    "Intelligence", "Staff", "Chiefs", "Service", "Command", "Band", "Nation",
    // Portfolios after `Minister of`, `Commissioner for` (`Minister of
    // Finance Ann Roe`).
    "Finance", "Trade", "Industry", "Culture", "Environment", "Transport", "Tourism", "Foreign",
    "Development", "Employment", "Jobs", "Climate", "Digital", "Innovation", "Research",
    "Fisheries", "Oceans", "Forestry", "Mines", "Sport", "Sports", "Youth", "Arts", "Heritage",
    "Equality", "Equalities", "Communities", "Migration", "Immigration", "Welfare", "Pensions",
    "Enterprise", "Investment", "Technology", "Cooperation", "Integration", "Economic",
    "Planning", "Rural", "Regional", "Safety", "Operations", "Recovery", "Management",
    "Preparedness", "Enforcement", "Relations", "Compliance", "Outreach",
];

/// The parts of an organization that name a unit of it before a person's
/// name (`Consumer Protection Branch Thomas Roe`), but may end a surname
/// (`Taylor Branch`): an office's words, never an organization's end.
pub(super) const UNITS: &[&str] = &["Branch", "Division", "Directorate", "Section", "Unit"];

/// Words that are never part of a person's name, lowercase: pronouns,
/// question words, greetings and the like, which a careless reading of
/// `…," he'd said` or `Q  You said…` could take for one.
#[rustfmt::skip]
pub(super) const NOT_NAMES: &[&str] = &[
    "i", "me", "my", "you", "your", "he", "him", "his", "she", "her", "we", "us", "our", "they",
    "them", "their", "it", "its", "who", "whom", "whose", "what", "why", "how", "where", "which",
    "because", "no", "yes", "not", "please", "thank", "thanks", "okay", "ok", "well", "oh", "dear",
    "sir", "folks", "everyone", "everybody", "hello", "hi", "all", "both", "each", "every", "many",
    "most", "some", "several", "other", "others", "said", "says", "according", "statement",
    "press", "release", "quote", "unquote", "of", "for", "and", "to", "in", "on", "at", "with",
    "by", "about", "from", "national", "signs", "names", "one", "two", "three", "four", "five",
    "six", "seven", "eight", "nine", "ten", "twenty", "hundred", "last", "thousand", "years", "months",
    "weeks", "days", "guidance", "declaration", "strategy", "memorandum", "directive",
    "proclamation", "communiqué", "charter", "tweet", "thread", "podcast", "webinar", "holy",
    "bible", "qur’an", "qur'an", "quran", "koran", "torah", "talmud", "scripture", "scriptures",
    "gospel", "psalm", "psalms",
];

/// Places that stand before names as affiliations ("Florida Frederica S.
/// Wilson") or are taken for names in datelines ("WASHINGTON, DC —"): the
/// states and territories of the United States and the country itself.
#[rustfmt::skip]
pub(super) const PLACES: &[&str] = &[
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut",
    "Delaware", "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas",
    "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota",
    "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New", "Hampshire", "Jersey",
    "Mexico", "York", "North", "South", "Carolina", "Dakota", "Ohio", "Oklahoma", "Oregon",
    "Pennsylvania", "Rhode", "Island", "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "West",
    "Washington", "Wisconsin", "Wyoming", "Puerto", "Rico", "Guam", "Samoa", "American",
    "Northern", "Mariana", "Islands", "Virgin", "D.C", "DC", "District", "Columbia", "America",
    "United", "States", "U.S", "Canada", "China", "Japan", "India", "Israel", "Ukraine", "Russia",
    "France", "Germany", "Italy", "Spain", "Britain", "UK", "Korea", "Australia", "Brazil",
    "Indonesia", "Europe", "European", "Little", "Rock", "Taiwan", "Iran", "Iraq", "Afghanistan",
    "Egypt", "Jordan", "Poland",
];

/// Offices and roles that end a phrase naming no one ("Eversource
/// President", "Deputy Secretary"); unlike some titles (`King`, `Justice`)
/// they are never surnames. Lowercase.
#[rustfmt::skip]
pub(super) const ROLE_NOUNS: &[&str] = &[
    "president", "director", "secretary", "ceo", "administrator", "chairman", "chairwoman",
    "chair", "chairperson", "spokesperson", "spokesman", "spokeswoman", "senator", "senators",
    "representative", "representatives", "congressman", "congresswoman", "congressmember",
    "governor", "mayor", "commissioner", "coordinator", "adviser", "advisor", "officer",
    "executive", "founder", "deputy", "assistant", "member", "members", "leader", "leaders",
    "minister", "ambassador", "manager", "official", "officials", "staff", "lawmaker", "lawmakers",
    "attorney", "counsel", "delegate", "whip", "speaker", "premier", "team", "group", "office",
    "committee", "department", "generals", "master", "supervisor", "superintendent", "treasurer",
    "trustee",
];

/// Most words of someone addressed before their comma, at a sentence's or
/// a quotation's opening (`Madam Secretary Ann Roe,`).
pub(super) const MAX_ADDRESS_WORDS: usize = 4;

/// Most describing words between whose a saying is and the saying (`his
/// final message`, `your written testimony`).
pub(super) const MAX_SAYING_ADJECTIVES: usize = 2;

/// Lowercase words inside a title (`Secretary of Commerce`, `Assistant
/// Secretary for Health`).
pub(super) const TITLE_LINKS: &[&str] = &["of", "for", "the", "on"];
/// Nouns naming what a person said, which an introduction without a verb
/// announces (`Thune's remarks below:`, `Key excerpts from the interview:`,
/// `See Lee's video announcing it here:`).
pub(super) const SAYINGS: &[&str] = &[
    "remarks",
    "statement",
    "statements",
    "comments",
    "testimony",
    "excerpt",
    "excerpts",
    "interview",
    "speech",
    "op-ed",
    "words",
    "letter",
    "video",
    "memorandum",
    "directive",
    "proclamation",
];

/// Kinds of documents whose own names (`the Forum’s Boe Declaration on
/// Regional Security`) say what their issuers say.
pub(super) const DOCUMENTS: &[&str] = &[
    "Declaration",
    "Charter",
    "Communiqué",
    "Communique",
    "Report",
    "Resolution",
    "Statement",
    "Strategy",
    "Principles",
    "Manifesto",
    "Assessment",
    "Advisory",
];

/// The postal codes of the states, the District and the territories of
/// the United States.
#[rustfmt::skip]
pub(super) const STATE_CODES: &[&str] = &[
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS",
    "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY",
    "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV",
    "WI", "WY", "DC", "PR", "GU", "VI", "AS", "MP",
];

/// Verbs that describe something in someone's words (`Lee called the plan
/// "a disgrace"`, `the nominee has referred to children as "…"`): the
/// nearest one before a quotation says whose words it holds, which may not
/// be the subject of an earlier speech verb (`Thune noted that the nominee
/// has referred to …`). Lowercase.
pub(super) const DESCRIBING_VERBS: &[&str] = &[
    "called",
    "calls",
    "referred",
    "refers",
    "labeled",
    "characterized",
    "characterizes",
    "termed",
    "dubbed",
    "calling",
    "describing",
    "labeling",
    "terming",
    "labelled",
    "labelling",
    "rated",
    "deemed",
    "branded",
    "nicknamed",
    "nicknames",
];

/// Nouns of kinship and friendship before a given name (`his daughter
/// Gianna`, `my friend Ruth`), which say the name is a person's.
#[rustfmt::skip]
pub(super) const RELATIONS: &[&str] = &[
    "daughter", "son", "wife", "husband", "mother", "father", "sister", "brother", "grandson",
    "granddaughter", "grandmother", "grandfather", "niece", "nephew", "aunt", "uncle", "cousin",
    "mom", "dad", "friend", "widow", "widower", "fiancée", "fiancé", "madre", "padre", "hija",
    "hijo", "esposa", "esposo", "hermana", "hermano", "abuela", "abuelo",
];

/// Relations that are men's, lowercase.
pub(super) const MALE_RELATIONS: &[&str] = &[
    "husband",
    "son",
    "father",
    "brother",
    "grandfather",
    "grandson",
    "uncle",
    "nephew",
    "stepfather",
    "stepson",
    "widower",
];

/// Relations that are women's, lowercase.
pub(super) const FEMALE_RELATIONS: &[&str] = &[
    "wife",
    "daughter",
    "mother",
    "sister",
    "grandmother",
    "granddaughter",
    "aunt",
    "niece",
    "stepmother",
    "stepdaughter",
    "widow",
];

/// Verbs whose object a first-person sentence names as someone met
/// (`I asked Mingyao …`), lowercase.
pub(super) const MEETING_VERBS: &[&str] = &[
    "asked", "told", "met", "called", "thanked", "phoned", "hugged",
];

/// Papers an organization puts out, whose words a quotation after them
/// may be rather than the organization's saying (`the Lakes Bureau
/// announced guidance that aims to "…"`).
#[rustfmt::skip]
const PAPERS: &[&str] = &[
    "guidance", "guidelines", "report", "rule", "rules", "study", "order", "policy", "memo",
    "letter", "plan", "regulation", "regulations", "notice", "proposal", "document", "analysis",
];

/// True for a word naming a paper an organization puts out ([`PAPERS`]).
pub(super) fn is_paper(word: &str) -> bool {
    PAPERS.contains(&word.to_lowercase().as_str())
}
