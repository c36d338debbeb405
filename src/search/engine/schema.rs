//! What a release document holds: its fields, how a release becomes one,
//! and the readout tokenizer as tantivy's.

use tantivy::schema::{
    FAST, Field, INDEXED, IndexRecordOption, STRING, Schema, TextFieldIndexing, TextOptions,
};
use tantivy::tokenizer::{TextAnalyzer, Token, TokenStream, Tokenizer};
use tantivy::{Index, TantivyDocument};

use crate::corpus::Release;
use crate::corpus::quotes::speaker_key;
use crate::search::query::Tokens;
use crate::search::syntax::day_number;

/// The tokenizer's name in the index.
pub(super) const TOKENIZER: &str = "readout";

/// The fields of a release document.
#[derive(Debug, Clone, Copy)]
pub(super) struct Fields {
    /// The release's id as a number (fast): document → release.
    pub(super) id: Field,
    /// The file the release came from (raw): what a changed file deletes.
    pub(super) file: Field,
    pub(super) title: Field,
    pub(super) body: Field,
    /// Source and member name.
    pub(super) source: Field,
    /// Speaker keys (raw), for `said:`.
    pub(super) said: Field,
    /// [`day_number`] (indexed and fast): ranges and newest-first order.
    pub(super) day: Field,
    /// Month 1–12, for month names.
    pub(super) month: Field,
}

impl Fields {
    pub(super) fn schema() -> (Schema, Fields) {
        let mut builder = Schema::builder();
        let text = |positions: bool| {
            let option = if positions {
                IndexRecordOption::WithFreqsAndPositions
            } else {
                IndexRecordOption::WithFreqs
            };
            TextOptions::default().set_indexing_options(
                TextFieldIndexing::default()
                    .set_tokenizer(TOKENIZER)
                    .set_index_option(option),
            )
        };
        let fields = Fields {
            id: builder.add_u64_field("id", FAST),
            file: builder.add_text_field("file", STRING),
            title: builder.add_text_field("title", text(true)),
            body: builder.add_text_field("body", text(true)),
            source: builder.add_text_field("source", text(true)),
            said: builder.add_text_field("said", STRING),
            day: builder.add_u64_field("day", INDEXED | FAST),
            month: builder.add_u64_field("month", INDEXED),
        };
        (builder.build(), fields)
    }

    /// The document of a release.
    pub(super) fn document(&self, release: &Release) -> TantivyDocument {
        let mut doc = TantivyDocument::default();
        doc.add_u64(self.id, id_number(release));
        doc.add_text(self.file, file_key(release));
        doc.add_text(self.title, &release.title);
        for paragraph in &release.read_body().paragraphs {
            doc.add_text(self.body, &paragraph.text);
        }
        if let Some(source) = &release.source {
            doc.add_text(self.source, source);
        }
        if let Some(member) = &release.member {
            doc.add_text(self.source, &member.name);
        }
        for name in &release.outline.speakers {
            doc.add_text(self.said, speaker_key(name));
        }
        if let Some(date) = &release.date {
            if let Some(day) = day_number(date) {
                doc.add_u64(self.day, u64::from(day));
            }
            if let Some(month) = date.month {
                doc.add_u64(self.month, u64::from(month));
            }
        }
        doc
    }
}

/// A release's id as a number (its 12 hex digits).
pub(super) fn id_number(release: &Release) -> u64 {
    u64::from_str_radix(release.id.as_str(), 16).unwrap_or(0)
}

/// The name a release's file has in the index.
pub(super) fn file_key(release: &Release) -> String {
    release.origin.path.to_string_lossy().into_owned()
}

/// [`super::query`]'s tokenizer as tantivy's.
#[derive(Debug, Clone, Default)]
pub(super) struct ReadoutTokenizer {
    token: Token,
}

/// The token stream of [`ReadoutTokenizer`].
pub(super) struct ReadoutStream<'a> {
    tokens: Tokens<'a>,
    token: &'a mut Token,
}

impl Tokenizer for ReadoutTokenizer {
    type TokenStream<'a> = ReadoutStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> ReadoutStream<'a> {
        self.token.reset();
        ReadoutStream {
            tokens: Tokens::new(text),
            token: &mut self.token,
        }
    }
}

impl TokenStream for ReadoutStream<'_> {
    fn advance(&mut self) -> bool {
        let Some((range, joined)) = self.tokens.next_into(&mut self.token.text) else {
            return false;
        };
        // A gap of one position where punctuation breaks a phrase.
        let step = if joined { 1 } else { 2 };
        self.token.position = self.token.position.wrapping_add(step);
        self.token.offset_from = range.start;
        self.token.offset_to = range.end;
        self.token.position_length = 1;
        true
    }

    fn token(&self) -> &Token {
        self.token
    }

    fn token_mut(&mut self) -> &mut Token {
        self.token
    }
}

/// Registers the tokenizer with an index (it is not saved in it).
pub(super) fn register(index: &Index) {
    index
        .tokenizers()
        .register(TOKENIZER, TextAnalyzer::from(ReadoutTokenizer::default()));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_leave_a_gap_at_sentence_breaks() {
        let mut tokenizer = ReadoutTokenizer::default();
        let mut stream = tokenizer.token_stream("Bills. Law, and U.S. policy");
        let mut seen = Vec::new();
        while stream.advance() {
            seen.push((stream.token().text.clone(), stream.token().position));
        }
        assert_eq!(
            seen,
            [
                ("bills".into(), 0),
                ("law".into(), 2),
                ("and".into(), 4),
                ("u".into(), 5),
                ("s".into(), 6),
                ("policy".into(), 7)
            ]
        );
    }
}
