//! The pseudo-locale `en-XA`: English with every letter accented and each text about 40 %
//! longer, so a test or a screenshot shows at once a word that skipped Fluent (plain ASCII)
//! and a layout that cannot take German's longer words. Placeables (`{ $count }`) are not
//! text and are never touched; nor is markup between `<` and `>`.

use std::borrow::Cow;

/// The accented letter for an ASCII letter; anything else unchanged. Every one is in the
/// window's font (egui's Ubuntu Light): m, v and x, which have no accented form there, take
/// the Cyrillic letter that looks like them.
fn accent(c: char) -> char {
    const LOWER: [char; 26] = [
        'å', 'ƀ', 'ç', 'ð', 'é', 'ƒ', 'ĝ', 'ĥ', 'î', 'ĵ', 'ķ', 'ļ', 'м', 'ñ', 'ö', 'þ', 'ǫ', 'ŕ',
        'š', 'ţ', 'û', 'ѵ', 'ŵ', 'х', 'ý', 'ž',
    ];
    const UPPER: [char; 26] = [
        'Å', 'Ɓ', 'Ç', 'Ð', 'É', 'Ƒ', 'Ĝ', 'Ĥ', 'Î', 'Ĵ', 'Ķ', 'Ļ', 'М', 'Ñ', 'Ö', 'Þ', 'Ǫ', 'Ŕ',
        'Š', 'Ţ', 'Û', 'Ѵ', 'Ŵ', 'Х', 'Ý', 'Ž',
    ];
    let table = if c.is_ascii_lowercase() {
        &LOWER
    } else if c.is_ascii_uppercase() {
        &UPPER
    } else {
        return c;
    };
    let offset = u32::from(c.to_ascii_lowercase()) - u32::from('a');
    usize::try_from(offset)
        .ok()
        .and_then(|i| table.get(i).copied())
        .unwrap_or(c)
}

/// One text element of a message, pseudo-localised: letters accented outside markup, and
/// `~` padding (40 % of its letters, at least one) before any trailing spaces.
pub(super) fn transform(text: &str) -> Cow<'_, str> {
    let letters = text.chars().filter(char::is_ascii_alphabetic).count();
    if letters == 0 {
        return Cow::Borrowed(text);
    }
    let body = text.trim_end();
    let mut out = String::with_capacity(text.len() * 2);
    let mut in_markup = false;
    let mut visible = 0;
    for c in body.chars() {
        match c {
            '<' => in_markup = true,
            '>' => in_markup = false,
            _ => {}
        }
        if in_markup {
            out.push(c);
        } else {
            visible += usize::from(c.is_ascii_alphabetic());
            out.push(accent(c));
        }
    }
    let padding = (visible * 2).div_ceil(5).max(1);
    out.push(' ');
    out.extend(std::iter::repeat_n('~', padding));
    out.push_str(&text[body.len()..]);
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_are_accented_padded_and_markup_kept() {
        assert_eq!(transform("Save"), "Šåѵé ~~");
        assert_eq!(transform("Saved "), "Šåѵéð ~~ ");
        assert_eq!(transform(" 12 "), " 12 ");
        assert_eq!(transform("<b>Go</b>"), "<b>Ĝö</b> ~");
    }
}
