//! The pictures as SVG, for the printed programme sheet: the same marks the window draws,
//! the start and end positions side by side.

use super::{Ink, Mark, Picture, marks};
use std::fmt::Write as _;

/// The colour and line width (in the box's units) of each ink, on white paper.
#[must_use]
pub fn style(ink: Ink) -> (&'static str, f32) {
    match ink {
        Ink::Body => ("#1f2933", 0.024),
        Ink::Far => ("#8a96a3", 0.022),
        Ink::Floor => ("#7b8794", 0.01),
        Ink::Prop => ("#616e7c", 0.013),
        Ink::Band => ("#d64545", 0.022),
        Ink::Weight => ("#243b53", 0.014),
        Ink::Ghost => ("#c5ccd3", 0.018),
    }
}

/// Writes `marks` into an SVG group, the box scaled to `size` and moved right by `left`.
fn group(out: &mut String, marks: &[Mark], left: f32, size: f32) {
    let at = |p: [f32; 2]| (left + p[0] * size, p[1] * size);
    for mark in marks {
        match *mark {
            Mark::Line { from, to, ink } => {
                let (colour, width) = style(ink);
                let (a, b) = (at(from), at(to));
                let _ = write!(
                    out,
                    "<line x1=\"{:.1}\" y1=\"{:.1}\" x2=\"{:.1}\" y2=\"{:.1}\" stroke=\"{colour}\" stroke-width=\"{:.2}\"/>",
                    a.0,
                    a.1,
                    b.0,
                    b.1,
                    width * size
                );
            }
            Mark::Circle {
                centre,
                radius,
                filled,
                ink,
            } => {
                let (colour, width) = style(ink);
                let c = at(centre);
                let fill = if filled { colour } else { "#fff" };
                let _ = write!(
                    out,
                    "<circle cx=\"{:.1}\" cy=\"{:.1}\" r=\"{:.1}\" fill=\"{fill}\" stroke=\"{colour}\" stroke-width=\"{:.2}\"/>",
                    c.0,
                    c.1,
                    radius * size,
                    width * size
                );
            }
        }
    }
}

/// One picture as an SVG element: the start position, an arrow, the end position, each
/// panel `size` pixels square. `description` becomes its title, read by screen readers.
#[must_use]
pub fn panels(picture: &Picture, mirror: bool, size: f32, description: &str) -> String {
    let gap = size * 0.18;
    let width = size * 2.0 + gap;
    let mut out = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"{width:.0}\" height=\"{size:.0}\" viewBox=\"0 0 {width:.0} {size:.0}\" stroke-linecap=\"round\"><title>{}</title>",
        escape(description)
    );
    group(&mut out, &marks(picture, &picture.start, mirror), 0.0, size);
    let (y, x0, x1) = (size * 0.5, size + gap * 0.15, size + gap * 0.85);
    let _ = write!(
        out,
        "<path d=\"M{x0:.1} {y:.1}H{x1:.1}M{:.1} {:.1}L{x1:.1} {y:.1}L{:.1} {:.1}\" fill=\"none\" stroke=\"#7b8794\" stroke-width=\"{:.1}\"/>",
        x1 - gap * 0.25,
        y - gap * 0.2,
        x1 - gap * 0.25,
        y + gap * 0.2,
        size * 0.012
    );
    group(
        &mut out,
        &marks(picture, &picture.end, mirror),
        size + gap,
        size,
    );
    out.push_str("</svg>");
    out
}

/// Text made safe for HTML and SVG.
#[must_use]
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}
