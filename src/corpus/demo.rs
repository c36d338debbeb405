//! The demo corpus embedded in the binary.
