//! The languages the app speaks. Formatting that depends on them (amounts, for now)
//! lives with the types it formats.

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Locale {
    #[default]
    En,
    /// Norwegian bokmål.
    Nb,
    /// Swedish.
    Sv,
}
