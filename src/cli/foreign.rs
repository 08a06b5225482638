//! TRANSITIONAL: the errors of the layers below the command line (`write`,
//! `batch`, `summary`, `fix`) are made, and worded, by those layers. Until
//! each gives its own `message()` (a message of the catalogue), this trait
//! gives their English text as a message still translated by the older
//! table; once they do, their own methods are the ones called, and this
//! file goes.

use fosx::i18n::Msg;

/// An error of another layer, as a message for people.
pub trait Message {
    /// What went wrong.
    fn message(&self) -> Msg;
}

impl Message for fosx::write::WriteError {
    fn message(&self) -> Msg {
        Msg::from(self.to_string())
    }
}

impl Message for fosx::batch::BatchError {
    fn message(&self) -> Msg {
        Msg::from(self.to_string())
    }
}

impl Message for fosx::summary::SummaryError {
    fn message(&self) -> Msg {
        Msg::from(self.to_string())
    }
}

/// Why `fosx fix` would lose something (`FixError::WouldLose`).
pub fn fix_reason(why: &str) -> Msg {
    Msg::from(why)
}
