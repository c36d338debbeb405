//! The interactive reader: one event loop over terminal input, signals and
//! the results of background work, drawing the state after each batch.
//!
//! State lives in [`app`] (with [`pane`] for what the left pane shows),
//! changes in [`mod@update`] — events in, effects out — and drawing in
//! [`view`]; the [`runtime`] does what effects ask and runs the loop,
//! [`terminal`] takes the terminal over and always gives it back.

pub mod action;
pub mod app;
pub mod background;
pub mod desktop;
pub mod doc;
pub mod effect;
pub mod event;
pub mod input;
pub mod keymap;
pub mod layout;
pub mod pane;
pub mod picker;
pub mod runtime;
pub mod terminal;
pub mod theme;
pub mod update;
pub mod view;
pub mod watch;
pub mod worker;
pub mod wrap;

pub use app::TuiOptions;
pub use runtime::{ensure_terminal, run};
