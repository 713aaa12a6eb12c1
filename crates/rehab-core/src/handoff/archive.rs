//! A folder of export files as one tar (POSIX ustar) archive, so an encrypted CSV export is
//! one file: one attachment to send, one `age -d … | tar -x` to open, and the tables arrive
//! together or not at all. Only what the exports need: a folder and small regular files.

/// One file of the archive: its name inside the folder, and its bytes.
pub type Entry<'a> = (&'a str, &'a [u8]);

const BLOCK: usize = 512;

/// A tar archive holding `folder/` and each file inside it, every entry private to its
/// owner (0700 and 0600), dated `mtime` (seconds since 1970).
///
/// Names longer than the format's 100 bytes are refused.
pub fn tar(folder: &str, files: &[Entry<'_>], mtime: i64) -> Result<Vec<u8>, String> {
    let total: usize = files
        .iter()
        .map(|(_, b)| BLOCK + b.len().div_ceil(BLOCK) * BLOCK)
        .sum();
    let mut out = Vec::with_capacity(total + 3 * BLOCK);
    let mtime = u64::try_from(mtime).unwrap_or(0);
    out.extend_from_slice(&header(&format!("{folder}/"), 0, mtime, b'5', 0o700)?);
    for (name, bytes) in files {
        let path = format!("{folder}/{name}");
        out.extend_from_slice(&header(&path, bytes.len() as u64, mtime, b'0', 0o600)?);
        out.extend_from_slice(bytes);
        let pad = bytes.len().div_ceil(BLOCK) * BLOCK - bytes.len();
        out.resize(out.len() + pad, 0);
    }
    out.resize(out.len() + 2 * BLOCK, 0);
    Ok(out)
}

fn octal(field: &mut [u8], value: u64) {
    let digits = field.len() - 1;
    let text = format!("{value:0digits$o}");
    field[..digits].copy_from_slice(text.as_bytes());
    field[digits] = 0;
}

fn header(path: &str, size: u64, mtime: u64, kind: u8, mode: u64) -> Result<[u8; BLOCK], String> {
    let mut h = [0u8; BLOCK];
    if path.len() > 100 || size >= 8u64.pow(11) {
        return Err(format!(
            "{path} cannot go into the archive: its name or size is too long"
        ));
    }
    h[..path.len()].copy_from_slice(path.as_bytes());
    octal(&mut h[100..108], mode);
    octal(&mut h[108..116], 0);
    octal(&mut h[116..124], 0);
    octal(&mut h[124..136], size);
    octal(&mut h[136..148], mtime);
    h[148..156].fill(b' ');
    h[156] = kind;
    h[257..263].copy_from_slice(b"ustar\0");
    h[263..265].copy_from_slice(b"00");
    let sum: u64 = h.iter().map(|b| u64::from(*b)).sum();
    let text = format!("{sum:06o}\0 ");
    h[148..156].copy_from_slice(text.as_bytes());
    Ok(h)
}

/// The regular files of an archive written by [`tar`], for tests.
#[cfg(test)]
pub(crate) fn files_of(archive: &[u8]) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    let mut at = 0;
    while at + BLOCK <= archive.len() && archive[at] != 0 {
        let h = &archive[at..at + BLOCK];
        let end = h[..100].iter().position(|b| *b == 0).unwrap_or(100);
        let name = String::from_utf8_lossy(&h[..end]).into_owned();
        let size_text = std::str::from_utf8(&h[124..135]).unwrap_or("0");
        let size = usize::from_str_radix(size_text, 8).unwrap_or(0);
        at += BLOCK;
        if h[156] == b'0' {
            out.push((name, archive[at..at + size].to_vec()));
        }
        at += size.div_ceil(BLOCK) * BLOCK;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_go_in_and_come_out_whole() {
        let big = vec![b'x'; 1300];
        let archive = tar(
            "export",
            &[("a.csv", b"1,2\n"), ("b.csv", &big)],
            1_700_000_000,
        )
        .unwrap();
        assert_eq!(archive.len() % BLOCK, 0);
        assert_eq!(
            files_of(&archive),
            vec![
                ("export/a.csv".to_owned(), b"1,2\n".to_vec()),
                ("export/b.csv".to_owned(), big)
            ]
        );
        let long = "n".repeat(120);
        assert!(tar("export", &[(&long, b"")], 0).is_err());
    }
}
