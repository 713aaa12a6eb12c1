//! One file per screen.

pub mod about;
pub mod diary;
pub mod export;
pub mod history;
pub mod import_programme;
pub mod next_morning;
pub mod progress;
pub mod settings;
pub mod setup;
pub mod today;
pub mod warning_signs;
