//! A list that takes the article list's place (bookmarks, quotations,
//! related releases, search results): its rows, the selected one, the
//! scroll and a filter.

/// A list of `T` shown in the left pane.
#[derive(Debug, Clone)]
pub struct Picker<T> {
    /// The filter text.
    pub filter: String,
    /// The rows shown, in order.
    pub items: Vec<T>,
    /// The selected row.
    pub selected: usize,
    /// The first row shown.
    pub offset: usize,
}

impl<T> Default for Picker<T> {
    fn default() -> Self {
        Picker {
            filter: String::new(),
            items: Vec::new(),
            selected: 0,
            offset: 0,
        }
    }
}

impl<T: PartialEq> Picker<T> {
    /// The selected row's item.
    pub fn current(&self) -> Option<&T> {
        self.items.get(self.selected)
    }

    /// Moves the selection by `delta` rows, keeping it on a screen of `height` rows.
    pub fn move_by(&mut self, delta: isize, height: usize) {
        if self.items.is_empty() {
            return;
        }
        let last = self.items.len() as isize - 1;
        self.selected = (self.selected as isize)
            .saturating_add(delta)
            .clamp(0, last) as usize;
        self.clamp(height);
    }

    /// Replaces the rows, keeping the selected item selected when it is still there.
    pub fn set_items(&mut self, items: Vec<T>, height: usize) {
        let keep = self
            .items
            .get(self.selected)
            .and_then(|current| items.iter().position(|i| i == current));
        self.items = items;
        self.selected = keep
            .unwrap_or(self.selected)
            .min(self.items.len().saturating_sub(1));
        self.clamp(height);
    }

    /// Keeps the selected row on a screen of `height` rows.
    pub fn clamp(&mut self, height: usize) {
        let height = height.max(1);
        if self.selected < self.offset {
            self.offset = self.selected;
        } else if self.selected >= self.offset + height {
            self.offset = self.selected + 1 - height;
        }
        self.offset = self.offset.min(self.items.len().saturating_sub(height));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moving_and_replacing_keep_the_selection_sensible() {
        let mut p = Picker::default();
        p.set_items(vec![1, 2, 3, 4, 5], 2);
        p.move_by(3, 2);
        assert_eq!((p.selected, p.offset), (3, 2));
        p.move_by(10, 2);
        assert_eq!(p.current(), Some(&5));
        p.set_items(vec![5, 1], 2);
        assert_eq!(p.current(), Some(&5));
        p.set_items(vec![7], 2);
        assert_eq!(p.current(), Some(&7));
        p.set_items(Vec::new(), 2);
        assert_eq!(p.current(), None);
    }
}
