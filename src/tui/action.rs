//! Everything a user can do with a key, in one table: name (for the
//! configuration file), where it applies, default keys and help text.

/// Where a key binding applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Context {
    /// Anywhere (unless a prompt or overlay takes the keys).
    Global,
    /// The article list has focus.
    List,
    /// The reading pane has focus.
    Reader,
    /// A passage is being selected in the reading pane.
    Visual,
    /// The bookmarks view is open.
    Bookmarks,
    /// The quotations view is open.
    Quotes,
    /// The related-releases view is open.
    Related,
    /// The corpus search results are open.
    Search,
}

impl Context {
    /// The heading of this context in the help overlay.
    pub fn title(self) -> &'static str {
        match self {
            Context::Global => "Anywhere",
            Context::List => "Article list",
            Context::Reader => "Reading pane",
            Context::Visual => "Selecting a passage (after v)",
            Context::Bookmarks => "Bookmarks view (B)",
            Context::Quotes => "Quotations view (Q)",
            Context::Related => "Related releases view (R)",
            Context::Search => "Search results (: or Ctrl-F)",
        }
    }
}

/// A user action.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    /// Step back a level: the selection → the reading pane → the list (a
    /// view over the list closes); quit from the list.
    Quit,
    /// Quit readout from anywhere.
    QuitNow,
    /// Open the release's page, or the link under the paragraph cursor.
    OpenSource,
    /// Copy the passage, selection, quotation or bookmark with its citation.
    Copy,
    /// Show or hide the key help.
    Help,
    /// Suspend to the shell (resume with `fg`).
    Suspend,
    /// Move focus to the other pane.
    FocusToggle,
    /// Move focus to the list.
    FocusList,
    /// Move focus to the reading pane.
    FocusReader,
    /// Select the next release.
    ListDown,
    /// Select the previous release.
    ListUp,
    /// Move the selection a page down.
    ListPageDown,
    /// Move the selection a page up.
    ListPageUp,
    /// Select the first release.
    ListFirst,
    /// Select the last release.
    ListLast,
    /// Open the selected release in the reading pane.
    Open,
    /// Type a filter for the list.
    Filter,
    /// Clear the list filter.
    ClearFilter,
    /// Cycle the sort order.
    Sort,
    /// Mark the selected release read or unread.
    ToggleRead,
    /// Scroll the release one line down.
    ScrollDown,
    /// Scroll one line up.
    ScrollUp,
    /// Scroll a page down.
    PageDown,
    /// Scroll a page up.
    PageUp,
    /// Scroll half a page down.
    HalfPageDown,
    /// Scroll half a page up.
    HalfPageUp,
    /// Go to the top of the release.
    Top,
    /// Go to the end of the release.
    Bottom,
    /// Search inside the release.
    Search,
    /// Jump to the next search hit.
    NextMatch,
    /// Jump to the previous search hit.
    PrevMatch,
    /// Move the paragraph cursor down.
    NextParagraph,
    /// Move the paragraph cursor up.
    PrevParagraph,
    /// Read the next release of the list.
    NextRelease,
    /// Read the previous release of the list.
    PrevRelease,
    /// Leave the reading pane (back to the list).
    Back,
    /// Open or close the bookmarks view.
    Bookmarks,
    /// Bookmark the paragraph under the cursor.
    Bookmark,
    /// Start selecting a passage.
    Visual,
    /// Extend the selection to the end of the next paragraph.
    ExtendParagraph,
    /// Shrink the selection by a paragraph.
    ShrinkParagraph,
    /// Extend the selection by a sentence.
    ExtendSentence,
    /// Shrink the selection by a sentence.
    ShrinkSentence,
    /// Bookmark the selection.
    BookmarkSelection,
    /// Stop selecting.
    CancelSelection,
    /// Next bookmark in the view.
    BookmarksDown,
    /// Previous bookmark in the view.
    BookmarksUp,
    /// Go to the bookmarked passage.
    BookmarksOpen,
    /// Edit the bookmark's note.
    BookmarksEdit,
    /// Delete the bookmark.
    BookmarksDelete,
    /// Undo the last delete.
    BookmarksUndo,
    /// Filter the bookmarks.
    BookmarksFilter,
    /// Close the bookmarks view.
    BookmarksClose,
    /// Open or close the quotations view.
    Quotes,
    /// Next quotation.
    QuotesDown,
    /// Previous quotation.
    QuotesUp,
    /// Open the release at the quotation.
    QuotesOpen,
    /// Filter quotations by speaker and words.
    QuotesFilter,
    /// Close the quotations view.
    QuotesClose,
    /// Move the quotations view's selection a page down.
    QuotesPageDown,
    /// Move it a page up.
    QuotesPageUp,
    /// Select the first quotation.
    QuotesFirst,
    /// Select the last quotation.
    QuotesLast,
    /// Show only the quotations of the releases the list shows, or all.
    QuotesFollow,
    /// Open or close the related releases of the open release.
    Related,
    /// Next related release.
    RelatedDown,
    /// Previous related release.
    RelatedUp,
    /// Read the related release.
    RelatedOpen,
    /// Close the related view.
    RelatedClose,
    /// Search every release.
    CorpusSearch,
    /// Next result.
    ResultsDown,
    /// Previous result.
    ResultsUp,
    /// Open the release at its first hit.
    ResultsOpen,
    /// Close the results.
    ResultsClose,
}

/// The description of one action.
#[derive(Debug, Clone, Copy)]
pub struct ActionInfo {
    /// The action.
    pub action: Action,
    /// Its name in the configuration file's `[keys]` table.
    pub name: &'static str,
    /// Where it applies.
    pub context: Context,
    /// Default keys.
    pub keys: &'static [&'static str],
    /// One line for the help overlay.
    pub help: &'static str,
}

const fn info(
    action: Action,
    name: &'static str,
    context: Context,
    keys: &'static [&'static str],
    help: &'static str,
) -> ActionInfo {
    ActionInfo {
        action,
        name,
        context,
        keys,
        help,
    }
}

use Action as A;
use Context::{Bookmarks, Global, List, Quotes, Reader, Related, Search, Visual};

/// Every action, in the order the help overlay lists them: one row each.
#[rustfmt::skip]
pub const ACTIONS: &[ActionInfo] = &[
    info(A::Help,              "help",                  Global,    &["?", "f1"],                     "show or hide this help"),
    info(A::Quit,              "quit",                  Global,    &["q"],                           "back a level (reading pane or a view → the list); in the list, quit"),
    info(A::QuitNow,           "quit_now",              Global,    &["ctrl-c"],                      "quit from anywhere"),
    info(A::OpenSource,        "open_source",           Global,    &["o"],                           "open the release's page in the browser (on a link: that link)"),
    info(A::Copy,              "copy",                  Global,    &["y"],                           "copy the paragraph, selection, quotation or bookmark with its citation"),
    info(A::Suspend,           "suspend",               Global,    &["ctrl-z"],                      "suspend to the shell"),
    info(A::FocusToggle,       "focus_toggle",          Global,    &["tab", "backtab"],              "switch pane"),
    info(A::FocusList,         "focus_list",            Global,    &["h"],                           "focus the list"),
    info(A::FocusReader,       "focus_reader",          Global,    &["l"],                           "focus the reading pane"),
    info(A::ListDown,          "list_down",             List,      &["j", "down"],                   "next release"),
    info(A::ListUp,            "list_up",               List,      &["k", "up"],                     "previous release"),
    info(A::ListPageDown,      "list_page_down",        List,      &["pagedown", "ctrl-d", "space"], "page down"),
    info(A::ListPageUp,        "list_page_up",          List,      &["pageup", "ctrl-u", "ctrl-b"],  "page up"),
    info(A::ListFirst,         "list_first",            List,      &["g", "home"],                   "first release"),
    info(A::ListLast,          "list_last",             List,      &["G", "end"],                    "last release"),
    info(A::Open,              "open",                  List,      &["enter"],                       "read the selected release"),
    info(A::Filter,            "filter",                List,      &["/"],                           "filter: words, source:, date:, said:"),
    info(A::ClearFilter,       "clear_filter",          List,      &["esc"],                         "clear the filter"),
    info(A::Sort,              "sort",                  List,      &["s"],                           "sort: date ↓, date ↑, source, title"),
    info(A::ScrollDown,        "scroll_down",           Reader,    &["j", "down"],                   "scroll down a line"),
    info(A::ScrollUp,          "scroll_up",             Reader,    &["k", "up"],                     "scroll up a line"),
    info(A::PageDown,          "page_down",             Reader,    &["pagedown", "space"],           "page down"),
    info(A::PageUp,            "page_up",               Reader,    &["pageup", "ctrl-b"],            "page up"),
    info(A::HalfPageDown,      "half_page_down",        Reader,    &["ctrl-d"],                      "half a page down"),
    info(A::HalfPageUp,        "half_page_up",          Reader,    &["ctrl-u"],                      "half a page up"),
    info(A::Top,               "top",                   Reader,    &["g", "home"],                   "top of the release"),
    info(A::Bottom,            "bottom",                Reader,    &["G", "end"],                    "end of the release"),
    info(A::Search,            "search",                Reader,    &["/"],                           "search in the release"),
    info(A::NextMatch,         "next_match",            Reader,    &["n"],                           "next hit"),
    info(A::PrevMatch,         "prev_match",            Reader,    &["N"],                           "previous hit"),
    info(A::NextParagraph,     "next_paragraph",        Reader,    &["}"],                           "paragraph cursor down"),
    info(A::PrevParagraph,     "prev_paragraph",        Reader,    &["{"],                           "paragraph cursor up"),
    info(A::NextRelease,       "next_release",          Reader,    &["]"],                           "read the next release"),
    info(A::PrevRelease,       "prev_release",          Reader,    &["["],                           "read the previous release"),
    info(A::Back,              "back",                  Reader,    &["esc"],                         "back to the list"),
    info(A::Bookmarks,         "bookmarks",             Global,    &["B"],                           "open or close the bookmarks view"),
    info(A::Bookmark,          "bookmark",              Reader,    &["m"],                           "bookmark the paragraph under the cursor"),
    info(A::Visual,            "select",                Reader,    &["v"],                           "select sentences or paragraphs to bookmark"),
    info(A::ExtendParagraph,   "select_paragraph_more", Visual,    &["j", "down"],                   "extend by a paragraph"),
    info(A::ShrinkParagraph,   "select_paragraph_less", Visual,    &["k", "up"],                     "shrink by a paragraph"),
    info(A::ExtendSentence,    "select_sentence_more",  Visual,    &["w"],                           "extend by a sentence"),
    info(A::ShrinkSentence,    "select_sentence_less",  Visual,    &["b"],                           "shrink by a sentence"),
    info(A::BookmarkSelection, "bookmark_selection",    Visual,    &["m", "enter"],                  "bookmark the selection"),
    info(A::CancelSelection,   "cancel_selection",      Visual,    &["esc", "v"],                    "stop selecting"),
    info(A::BookmarksDown,     "bookmarks_down",        Bookmarks, &["j", "down"],                   "next bookmark"),
    info(A::BookmarksUp,       "bookmarks_up",          Bookmarks, &["k", "up"],                     "previous bookmark"),
    info(A::BookmarksOpen,     "bookmarks_open",        Bookmarks, &["enter"],                       "go to the passage"),
    info(A::BookmarksEdit,     "bookmarks_edit",        Bookmarks, &["e"],                           "edit the note"),
    info(A::BookmarksDelete,   "bookmarks_delete",      Bookmarks, &["d"],                           "delete (u undoes)"),
    info(A::BookmarksUndo,     "bookmarks_undo",        Bookmarks, &["u"],                           "undo the last delete"),
    info(A::BookmarksFilter,   "bookmarks_filter",      Bookmarks, &["/"],                           "filter bookmarks"),
    info(A::BookmarksClose,    "bookmarks_close",       Bookmarks, &["esc"],                         "close the bookmarks view"),
    info(A::Quotes,            "quotes",                Global,    &["Q"],                           "open or close the quotations view"),
    info(A::QuotesDown,        "quotes_down",           Quotes,    &["j", "down"],                   "next quotation"),
    info(A::QuotesUp,          "quotes_up",             Quotes,    &["k", "up"],                     "previous quotation"),
    info(A::QuotesOpen,        "quotes_open",           Quotes,    &["enter"],                       "open the release at the quotation"),
    info(A::QuotesFilter,      "quotes_filter",         Quotes,    &["/"],                           "filter by speaker and words"),
    info(A::QuotesClose,       "quotes_close",          Quotes,    &["esc"],                         "close the quotations view"),
    info(A::QuotesPageDown,    "quotes_page_down",      Quotes,    &["pagedown", "ctrl-d", "space"], "page down"),
    info(A::QuotesPageUp,      "quotes_page_up",        Quotes,    &["pageup", "ctrl-u", "ctrl-b"],  "page up"),
    info(A::QuotesFirst,       "quotes_first",          Quotes,    &["g", "home"],                   "first quotation"),
    info(A::QuotesLast,        "quotes_last",           Quotes,    &["G", "end"],                    "last quotation"),
    info(A::QuotesFollow,      "quotes_follow",         Quotes,    &["f"],                           "only the releases the list shows, or all (on/off)"),
    info(A::Related,           "related",               Global,    &["R"],                           "related releases and near-duplicates of the open one"),
    info(A::RelatedDown,       "related_down",          Related,   &["j", "down"],                   "next related release"),
    info(A::RelatedUp,         "related_up",            Related,   &["k", "up"],                     "previous related release"),
    info(A::RelatedOpen,       "related_open",          Related,   &["enter"],                       "read the related release"),
    info(A::RelatedClose,      "related_close",         Related,   &["esc"],                         "close the related view"),
    info(A::ToggleRead,        "toggle_read",           List,      &["x"],                           "mark read / unread"),
    info(A::CorpusSearch,      "search_all",            Global,    &[":", "ctrl-f"],                 "search every release: words, “a phrase”"),
    info(A::ResultsDown,       "results_down",          Search,    &["j", "down"],                   "next result"),
    info(A::ResultsUp,         "results_up",            Search,    &["k", "up"],                     "previous result"),
    info(A::ResultsOpen,       "results_open",          Search,    &["enter"],                       "open at the first hit (n/N: next hits)"),
    info(A::ResultsClose,      "results_close",         Search,    &["esc"],                         "close the results"),
];

impl Action {
    /// This action's entry in [`ACTIONS`].
    pub fn info(self) -> &'static ActionInfo {
        ACTIONS
            .iter()
            .find(|i| i.action == self)
            .expect("every action is in the table")
    }

    /// The action with this configuration name.
    pub fn from_name(name: &str) -> Option<Action> {
        ACTIONS.iter().find(|i| i.name == name).map(|i| i.action)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_and_round_trip() {
        for info in ACTIONS {
            assert_eq!(Action::from_name(info.name), Some(info.action));
            assert_eq!(info.action.info().name, info.name);
        }
    }
}
