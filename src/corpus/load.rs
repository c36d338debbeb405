//! Reading archives from disk.

/// What loading read and every problem met on the way.
#[derive(Debug, Default)]
pub struct LoadReport {
    /// Problems, one per file or record.
    pub problems: Vec<Problem>,
}

/// One problem met while loading.
#[derive(Debug, Clone)]
pub struct Problem {
    /// What went wrong.
    pub message: String,
}
