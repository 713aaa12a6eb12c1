//! The layering, read from the source itself (no build needed): every `crate::…` and
//! `super::…` path in the core (crates/rehab-core/src) and the app (src/) is resolved to the
//! file it names, and
//! - no modules side by side import each other, directly or round a ring, at any level the
//!   list below names (the core's top modules and the files inside each; the app's top
//!   modules, the command line's files, the window's files and its screens);
//! - the core's top modules import only the layers below them, in the order written in
//!   [`CORE_LAYERS`] (and at the top of crates/rehab-core/src/lib.rs);
//! - the core's dependency tree (`cargo tree`) names no window crate.
//!
//! Test code (`#[cfg(test)]` modules) is left out: a test may build its data with the demo.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;

/// The core's top modules from the bottom up: a module imports only those in lower layers.
const CORE_LAYERS: &[&[&str]] = &[
    &["i18n"],
    &["model"],
    &["picture", "analysis", "storage"],
    &["record", "handoff"],
    &["export"],
    &["review", "demo"],
];

/// The app's top modules from the bottom up, over the whole core.
const APP_LAYERS: &[&[&str]] = &[&["logging", "desktop"], &["cli", "ui"]];

/// The window crates the core must never depend on.
const WINDOW_CRATES: &[&str] = &["egui", "eframe", "winit", "glow", "egui_plot", "wgpu"];

/// Imports between files, each file given as its module path: (importer, imported).
type Edges = BTreeSet<(Vec<String>, Vec<String>)>;

/// One source file: its module path (`["storage", "schema"]`; a `mod.rs` is its folder) and
/// the module paths it names, test code left out.
struct Source {
    module: Vec<String>,
    names: Vec<Vec<String>>,
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The `.rs` files under `dir`, recursively, sorted.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_owned()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    out.sort();
    out
}

/// The module path of a file relative to its crate's `src`.
fn module_of(relative: &Path) -> Vec<String> {
    let mut parts: Vec<String> = relative
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    let last = parts.pop().unwrap();
    let stem = last.trim_end_matches(".rs");
    if !matches!(stem, "mod" | "lib" | "main") {
        parts.push(stem.to_owned());
    }
    parts
}

/// The text without comments; string literals are kept (a path in a string is rare and
/// harmless), but `//` inside one does not start a comment.
fn without_comments(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let (mut i, mut in_string) = (0, false);
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        if in_string {
            out.push(c);
            if c == '\\' {
                if let Some(n) = next {
                    out.push(n);
                }
                i += 1;
            } else if c == '"' {
                in_string = false;
            }
        } else if c == '/' && next == Some('/') {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
            continue;
        } else if c == '/' && next == Some('*') {
            let end = text_find(&chars, i + 2, "*/").unwrap_or(chars.len());
            i = end + 2;
            continue;
        } else if c == '\'' && next == Some('"') && chars.get(i + 2) == Some(&'\'') {
            out.push_str("'\"'");
            i += 3;
            continue;
        } else {
            if c == '"' {
                in_string = true;
            }
            out.push(c);
        }
        i += 1;
    }
    out
}

fn text_find(chars: &[char], from: usize, needle: &str) -> Option<usize> {
    let needle: Vec<char> = needle.chars().collect();
    (from..chars.len()).find(|&i| chars[i..].starts_with(&needle))
}

/// The index just past the item starting at `from`: up to its `;`, or its braces, whichever
/// comes first.
fn end_of_item(text: &str, from: usize) -> usize {
    let bytes = text.as_bytes();
    let mut depth = 0usize;
    for (i, &b) in bytes.iter().enumerate().skip(from) {
        match b {
            b';' if depth == 0 => return i + 1,
            b'{' => depth += 1,
            b'}' => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return i + 1;
                }
            }
            _ => {}
        }
    }
    bytes.len()
}

/// The text with every `#[cfg(test)]` item cut out, and the files of the test-only modules
/// it declares (`#[cfg(test)] mod tests;`, or with a `#[path]`), relative to `dir`: the
/// folder of the file's own submodules.
fn without_tests(text: &str, file: &Path, dir: &Path) -> (String, Vec<PathBuf>) {
    let mut out = String::new();
    let mut test_files = Vec::new();
    let mut rest = text;
    while let Some(at) = rest.find("#[cfg(test)]") {
        out.push_str(&rest[..at]);
        let item = &rest[at + "#[cfg(test)]".len()..];
        let end = end_of_item(item, 0);
        let head = &item[..end];
        if head.trim_end().ends_with(';') {
            let words: Vec<&str> = head.split_whitespace().collect();
            if let Some(i) = words.iter().position(|w| *w == "mod") {
                let name = words[i + 1].trim_end_matches(';');
                if let Some(p) = head.split("#[path = \"").nth(1) {
                    let p = p.split('"').next().unwrap();
                    test_files.push(file.parent().unwrap().join(p));
                } else {
                    test_files.push(dir.join(format!("{name}.rs")));
                    test_files.push(dir.join(name).join("mod.rs"));
                }
            }
        }
        rest = &item[end..];
    }
    out.push_str(rest);
    (out, test_files)
}

fn is_ident(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Reads an identifier (or `*`) at `i`; returns it and the index after it.
fn ident_at(chars: &[char], mut i: usize) -> (String, usize) {
    while i < chars.len() && chars[i].is_whitespace() {
        i += 1;
    }
    if chars.get(i) == Some(&'*') {
        return ("*".into(), i + 1);
    }
    let start = i;
    while i < chars.len() && is_ident(chars[i]) {
        i += 1;
    }
    (chars[start..i].iter().collect(), i)
}

/// Parses the rest of a path after `prefix` at `i` (`::a::b`, `::{a, b::c}`, …) and pushes
/// every full path it names; returns the index after it.
fn parse_tail(
    chars: &[char],
    mut i: usize,
    prefix: &[String],
    out: &mut Vec<Vec<String>>,
) -> usize {
    let mut path = prefix.to_vec();
    loop {
        let mut j = i;
        while j < chars.len() && chars[j].is_whitespace() {
            j += 1;
        }
        if !(chars.get(j) == Some(&':') && chars.get(j + 1) == Some(&':')) {
            break;
        }
        j += 2;
        while j < chars.len() && chars[j].is_whitespace() {
            j += 1;
        }
        if chars.get(j) == Some(&'{') {
            j += 1;
            loop {
                let (word, after) = ident_at(chars, j);
                if word.is_empty() {
                    // `}` or `,` with nothing before it.
                    while j < chars.len() && chars[j].is_whitespace() {
                        j += 1;
                    }
                    match chars.get(j) {
                        Some(',') => j += 1,
                        _ => return j + 1,
                    }
                    continue;
                }
                let mut sub = path.clone();
                if word != "self" && word != "*" {
                    sub.push(word);
                }
                out.push(sub.clone());
                j = parse_tail(chars, after, &sub, out);
                // Skip `as name` and whitespace up to `,` or `}`.
                while j < chars.len() && chars[j] != ',' && chars[j] != '}' {
                    j += 1;
                }
                if chars.get(j) == Some(&',') {
                    j += 1;
                }
            }
        }
        let (word, after) = ident_at(chars, j);
        if word.is_empty() || word == "*" {
            if path.len() > 1 {
                out.push(path);
            }
            return after;
        }
        path.push(word);
        i = after;
    }
    if path.len() > 1 {
        out.push(path);
    }
    i
}

/// Every path starting with `crate` or `super` in `text`, as written (with its `super`s).
fn paths_in(text: &str) -> Vec<Vec<String>> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let boundary = i == 0 || !(is_ident(chars[i - 1]) || chars[i - 1] == '$');
        if boundary && chars[i].is_alphabetic() {
            let (word, after) = ident_at(&chars, i);
            if word == "crate" || word == "super" {
                i = parse_tail(&chars, after, &[word], &mut out);
                continue;
            }
            i = after;
            continue;
        }
        i += 1;
    }
    out
}

/// Reads every source file of the crate under `src`, test code left out.
fn read_crate(src: &Path) -> Vec<Source> {
    let files = rust_files(src);
    let mut code_of = BTreeMap::new();
    let mut test_only = BTreeSet::new();
    for file in &files {
        let source = without_comments(&std::fs::read_to_string(file).unwrap());
        let module = module_of(file.strip_prefix(src).unwrap());
        let dir = src.join(module.join("/"));
        let (code, tests) = without_tests(&source, file, &dir);
        test_only.extend(tests);
        code_of.insert(file.clone(), (module, code));
    }
    code_of
        .into_iter()
        .filter(|(file, _)| !test_only.contains(file))
        .filter(|(_, (module, _))| !module.is_empty())
        .map(|(_, (module, text))| {
            let names = paths_in(&text)
                .into_iter()
                .filter_map(|p| absolute(&module, &p))
                .collect();
            Source { module, names }
        })
        .collect()
}

/// A path as seen from `module`, made absolute (`super` resolved, `crate` dropped).
fn absolute(module: &[String], path: &[String]) -> Option<Vec<String>> {
    let mut base = match path.first().map(String::as_str) {
        Some("crate") => Vec::new(),
        Some("super") => module.to_vec(),
        _ => return None,
    };
    let mut rest = path.iter().peekable();
    if path[0] == "crate" {
        rest.next();
    }
    while rest.peek().is_some_and(|s| *s == "super") {
        rest.next();
        base.pop()?;
    }
    base.extend(rest.cloned());
    Some(base)
}

/// Every import between two files, each file given as its module path; a name is traced to
/// the deepest module file it lies in.
fn file_edges(sources: &[Source]) -> Edges {
    let modules: BTreeSet<&Vec<String>> = sources.iter().map(|s| &s.module).collect();
    let mut edges = BTreeSet::new();
    for s in sources {
        for name in &s.names {
            let target = (1..=name.len())
                .rev()
                .map(|n| name[..n].to_vec())
                .find(|p| modules.contains(p));
            if let Some(target) = target {
                let related = target.starts_with(&s.module) || s.module.starts_with(&target);
                if !related {
                    edges.insert((s.module.clone(), target));
                }
            }
        }
    }
    edges
}

/// The imports between the children of `parent` (each child stands for its whole subtree;
/// those in `file_level` stand for themselves and their children are the nodes instead).
fn level_graph(edges: &Edges, parent: &[&str]) -> BTreeMap<String, BTreeSet<String>> {
    let parent: Vec<String> = parent.iter().map(|s| (*s).to_owned()).collect();
    let child = |m: &Vec<String>| -> Option<String> {
        (m.len() > parent.len() && m.starts_with(&parent)).then(|| m[..=parent.len()].join("::"))
    };
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (from, to) in edges {
        if let (Some(a), Some(b)) = (child(from), child(to))
            && a != b
        {
            graph.entry(a).or_default().insert(b);
        }
    }
    graph
}

/// The rings of a graph: its strongly connected components of more than one node.
fn rings(graph: &BTreeMap<String, BTreeSet<String>>) -> Vec<BTreeSet<String>> {
    let reach = |start: &String| -> BTreeSet<String> {
        let mut seen = BTreeSet::new();
        let mut stack = vec![start.clone()];
        while let Some(n) = stack.pop() {
            for m in graph.get(&n).into_iter().flatten() {
                if seen.insert(m.clone()) {
                    stack.push(m.clone());
                }
            }
        }
        seen
    };
    let reached: BTreeMap<&String, BTreeSet<String>> =
        graph.keys().map(|n| (n, reach(n))).collect();
    let mut out: Vec<BTreeSet<String>> = Vec::new();
    for (n, from_n) in &reached {
        if !from_n.contains(*n) || out.iter().any(|r| r.contains(*n)) {
            continue;
        }
        let ring: BTreeSet<String> = from_n
            .iter()
            .filter(|m| reached.get(m).is_some_and(|r| r.contains(*n)))
            .cloned()
            .collect();
        out.push(ring);
    }
    out
}

/// One path round a ring, for the message: `a -> b -> a`.
fn ring_path(graph: &BTreeMap<String, BTreeSet<String>>, ring: &BTreeSet<String>) -> String {
    let start = ring.iter().next().unwrap();
    let mut seen = BTreeSet::new();
    // Walk inside the ring until back at the start (always possible inside a ring).
    let mut queue = std::collections::VecDeque::from([vec![start.clone()]]);
    while let Some(p) = queue.pop_front() {
        let last = p.last().unwrap();
        for next in graph.get(last).into_iter().flatten() {
            if next == start && p.len() > 1 {
                let mut path = p.clone();
                path.push(start.clone());
                return path.join(" -> ");
            }
            if ring.contains(next) && seen.insert(next.clone()) {
                let mut q = p.clone();
                q.push(next.clone());
                queue.push_back(q);
            }
        }
    }
    start.clone()
}

/// The rings found at each level under `parents`, less the known ones, in words.
fn unknown_rings(edges: &Edges, parents: &[&[&str]]) -> Vec<String> {
    let mut problems = Vec::new();
    for parent in parents {
        let graph = level_graph(edges, parent);
        for ring in rings(&graph) {
            let members: Vec<&str> = ring.iter().map(String::as_str).collect();
            problems.push(format!(
                "{} (all of: {})",
                ring_path(&graph, &ring),
                members.join(", ")
            ));
        }
    }
    problems
}

/// The imports at the top level that do not point to a lower layer, in words.
fn against_layers(edges: &Edges, layers: &[&[&str]]) -> Vec<String> {
    let layer_of = |m: &str| layers.iter().position(|l| l.contains(&m));
    let mut problems = Vec::new();
    for (from, to) in level_graph(edges, &[]) {
        for to in to {
            match (layer_of(&from), layer_of(&to)) {
                (Some(a), Some(b)) if b < a => {}
                (a, b) => problems.push(format!("{from} (layer {a:?}) imports {to} (layer {b:?})")),
            }
        }
    }
    problems
}

/// The top modules of a crate, from its file names.
fn top_modules(sources: &[Source]) -> BTreeSet<String> {
    sources.iter().map(|s| s.module[0].clone()).collect()
}

fn core_edges() -> (Vec<Source>, Edges) {
    let sources = read_crate(&root().join("crates/rehab-core/src"));
    let edges = file_edges(&sources);
    (sources, edges)
}

#[test]
fn the_core_has_no_rings_at_any_level() {
    let (sources, edges) = core_edges();
    let tops = top_modules(&sources);
    let mut parents: Vec<Vec<&str>> = vec![vec![]];
    parents.extend(tops.iter().map(|t| vec![t.as_str()]));
    let parents: Vec<&[&str]> = parents.iter().map(Vec::as_slice).collect();
    let problems = unknown_rings(&edges, &parents);
    assert!(
        problems.is_empty(),
        "import rings in the core:\n{}",
        problems.join("\n")
    );
}

#[test]
fn the_cores_top_modules_import_only_lower_layers() {
    let (sources, edges) = core_edges();
    let listed: BTreeSet<String> = CORE_LAYERS
        .iter()
        .flat_map(|l| l.iter().map(|m| (*m).to_owned()))
        .collect();
    assert_eq!(
        top_modules(&sources),
        listed,
        "every top module has its layer"
    );
    let problems = against_layers(&edges, CORE_LAYERS);
    assert!(
        problems.is_empty(),
        "imports against the layers:\n{}",
        problems.join("\n")
    );
}

#[test]
fn the_app_has_no_rings_and_keeps_its_layers() {
    let sources = read_crate(&root().join("src"));
    let edges = file_edges(&sources);
    let problems = unknown_rings(&edges, &[&[], &["cli"], &["ui"], &["ui", "tabs"]]);
    assert!(
        problems.is_empty(),
        "import rings in the app:\n{}",
        problems.join("\n")
    );
    let problems = against_layers(&edges, APP_LAYERS);
    assert!(
        problems.is_empty(),
        "imports against the layers:\n{}",
        problems.join("\n")
    );
}

/// The checker itself finds a ring and an upward import it is shown.
#[test]
fn the_checker_sees_a_ring_and_an_upward_import() {
    let a = Source {
        module: vec!["export".into(), "csv".into()],
        names: vec![vec!["handoff".into(), "keys".into(), "parse".into()]],
    };
    let b = Source {
        module: vec!["handoff".into(), "keys".into()],
        names: paths_in("use crate::{model::X, export::{self, csv::Row}};")
            .into_iter()
            .filter_map(|p| absolute(&["handoff".into(), "keys".into()], &p))
            .collect(),
    };
    let c = Source {
        module: vec!["model".into()],
        names: vec![],
    };
    let edges = file_edges(&[a, b, c]);
    let problems = unknown_rings(&edges, &[&[]]);
    assert_eq!(
        problems,
        ["export -> handoff -> export (all of: export, handoff)"]
    );
    let problems = against_layers(&edges, &[&["model"], &["handoff"], &["export"]]);
    assert_eq!(
        problems,
        ["handoff (layer Some(1)) imports export (layer Some(2))"]
    );
    let nested = paths_in("let x = super::super::theme::W; pub(crate) fn f() {} $crate::x");
    assert_eq!(nested, [vec!["super", "super", "theme", "W"]]);
}

#[test]
fn the_core_depends_on_no_window_crate() {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let output = Command::new(cargo)
        .args([
            "tree",
            "-p",
            "rehab-core",
            "-e",
            "normal",
            "--prefix",
            "none",
            "--offline",
        ])
        .current_dir(root())
        .output()
        .expect("cargo runs");
    assert!(
        output.status.success(),
        "cargo tree failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let tree = String::from_utf8(output.stdout).unwrap();
    let names: BTreeSet<&str> = tree
        .lines()
        .filter_map(|l| l.split_whitespace().next())
        .collect();
    assert!(
        names.contains("rehab-core") && names.contains("serde"),
        "{tree}"
    );
    let found: Vec<&&str> = WINDOW_CRATES
        .iter()
        .filter(|c| names.contains(**c))
        .collect();
    assert!(found.is_empty(), "the core depends on {found:?}:\n{tree}");
}

/// The picture of the imports at the top level, in Graphviz's DOT: the core's modules in
/// their layers, the app's over them, every arrow an import. Arrows point from the importer
/// down to what it imports.
fn imports_dot() -> String {
    use std::fmt::Write as _;
    let (_, core) = core_edges();
    let app_sources = read_crate(&root().join("src"));
    let core_graph = level_graph(&core, &[]);
    let mut app_graph = level_graph(&file_edges(&app_sources), &[]);
    let core_names: BTreeSet<&str> = CORE_LAYERS.iter().flat_map(|l| l.iter().copied()).collect();
    // The app names the core's modules through its re-exports (`crate::model`).
    for source in &app_sources {
        let Some(top) = source.module.first() else {
            continue;
        };
        for name in &source.names {
            if let Some(first) = name.first()
                && core_names.contains(first.as_str())
            {
                app_graph
                    .entry(top.clone())
                    .or_default()
                    .insert(first.clone());
            }
        }
    }
    let mut dot = String::from(
        "// Made by tests/architecture.rs (REHAB_WRITE_IMPORTS=1 cargo test --test architecture).\n\
         digraph imports {\n  rankdir=TB;\n  graph [fontname=\"sans-serif\"];\n  node [shape=box, style=rounded, fontname=\"sans-serif\"];\n  edge [color=\"#555555\"];\n",
    );
    for (crate_name, layers, id) in [
        ("rehab-core (crates/rehab-core)", CORE_LAYERS, "core"),
        ("rehab-tracker (src)", APP_LAYERS, "app"),
    ] {
        let _ = writeln!(
            dot,
            "  subgraph cluster_{id} {{\n    label=\"{crate_name}\";"
        );
        for layer in layers {
            let names: Vec<String> = layer.iter().map(|m| format!("\"{m}\"")).collect();
            let _ = writeln!(dot, "    {{ rank=same; {}; }}", names.join("; "));
        }
        dot.push_str("  }\n");
    }
    for (from, to) in core_graph.iter().chain(&app_graph) {
        for to in to {
            if core_names.contains(to.as_str())
                || APP_LAYERS.iter().any(|l| l.contains(&to.as_str()))
            {
                let _ = writeln!(dot, "  \"{from}\" -> \"{to}\";");
            }
        }
    }
    dot.push_str("}\n");
    dot
}

#[test]
fn the_picture_of_the_imports_in_the_docs_is_current() {
    let dot = imports_dot();
    let path = root().join("docs/imports.dot");
    if std::env::var_os("REHAB_WRITE_IMPORTS").is_some() {
        std::fs::write(&path, &dot).unwrap();
        let svg = Command::new("dot")
            .args(["-Tsvg", "-o"])
            .arg(root().join("docs/imports.svg"))
            .arg(&path)
            .status();
        assert!(
            svg.is_ok_and(|s| s.success()),
            "Graphviz's dot could not draw docs/imports.svg"
        );
    }
    let written = std::fs::read_to_string(&path).unwrap_or_default();
    assert_eq!(
        written, dot,
        "docs/imports.dot is not the code's imports: run REHAB_WRITE_IMPORTS=1 cargo test --test architecture"
    );
}
