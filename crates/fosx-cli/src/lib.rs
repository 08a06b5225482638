//! Builds the `fosx` library with the `cli` feature, which its binary, the
//! `fosx` command, requires. This package holds no code: it is a default
//! member of the workspace so that `cargo run` and `cargo test` at the top
//! level build the command (see `crates/fosx-cli/Cargo.toml`).
//!
//! To install the command: `cargo install --path . --features cli` from the
//! top of the repository.
