//! A folder of export files as one tar (POSIX ustar) archive, so an encrypted CSV export is
//! one file: one attachment to send, one `age -d … | tar -x` to open, and the tables arrive
//! together or not at all. Only what the exports need: a folder and small regular files.

/// One file of the archive: its name inside the folder, and its bytes.
pub type Entry<'a> = (&'a str, &'a [u8]);

const BLOCK: usize = 512;

/// A tar archive holding `folder/` and each file inside it, every entry private to its
/// owner (0700 and 0600), owned by user and group 0 and dated `mtime` (seconds since 1970),
/// so the same files always make the same bytes. Written by the `tar` crate, in the ustar
/// format.
///
/// Names longer than the format's 100 bytes are refused.
pub fn tar(folder: &str, files: &[Entry<'_>], mtime: i64) -> Result<Vec<u8>, String> {
    let total: usize = files
        .iter()
        .map(|(_, b)| BLOCK + b.len().div_ceil(BLOCK) * BLOCK)
        .sum();
    let mut archive = tar::Builder::new(Vec::with_capacity(total + 3 * BLOCK));
    let mtime = u64::try_from(mtime).unwrap_or(0);
    let folder_entry = Item {
        path: &format!("{folder}/"),
        bytes: &[],
        kind: tar::EntryType::Directory,
        mode: 0o700,
    };
    append(&mut archive, &folder_entry, mtime)?;
    for (name, bytes) in files {
        let file = Item {
            path: &format!("{folder}/{name}"),
            bytes,
            kind: tar::EntryType::Regular,
            mode: 0o600,
        };
        append(&mut archive, &file, mtime)?;
    }
    archive
        .into_inner()
        .map_err(|e| crate::t!("core-archive-failed", error = e.to_string()))
}

/// One entry of the archive being written.
struct Item<'a> {
    path: &'a str,
    bytes: &'a [u8],
    kind: tar::EntryType,
    mode: u32,
}

fn append(archive: &mut tar::Builder<Vec<u8>>, item: &Item<'_>, mtime: u64) -> Result<(), String> {
    let path = item.path;
    let size = item.bytes.len() as u64;
    let refused = || crate::t!("core-archive-too-long", path = path);
    if path.len() > 100 || size >= 8u64.pow(11) {
        return Err(refused());
    }
    let mut header = tar::Header::new_ustar();
    header.set_entry_type(item.kind);
    header.set_mode(item.mode);
    header.set_uid(0);
    header.set_gid(0);
    header.set_mtime(mtime);
    header.set_size(size);
    archive
        .append_data(&mut header, path, item.bytes)
        .map_err(|e| crate::t!("core-archive-refused", path = path, error = e.to_string()))
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

    #[test]
    fn headers_are_private_owned_by_no_one_and_dated_as_asked() {
        let files = [("a.csv", b"1,2\n".as_slice()), ("b.csv", b"")];
        let archive = tar("export", &files, 1_700_000_000).unwrap();
        assert_eq!(archive, tar("export", &files, 1_700_000_000).unwrap());
        let mut read = ::tar::Archive::new(archive.as_slice());
        let headers: Vec<(String, u32, u64, u64, u64, bool)> = read
            .entries()
            .unwrap()
            .map(|e| {
                let h = e.unwrap().header().clone();
                assert!(h.as_ustar().is_some(), "ustar");
                assert_eq!(h.cksum().unwrap(), {
                    let mut sum: u32 = h.as_bytes().iter().map(|b| u32::from(*b)).sum();
                    sum -= h.as_bytes()[148..156]
                        .iter()
                        .map(|b| u32::from(*b))
                        .sum::<u32>();
                    sum + 8 * u32::from(b' ')
                });
                (
                    String::from_utf8(h.path_bytes().to_vec()).unwrap(),
                    h.mode().unwrap(),
                    h.uid().unwrap(),
                    h.gid().unwrap(),
                    h.mtime().unwrap(),
                    h.entry_type().is_dir(),
                )
            })
            .collect();
        assert_eq!(
            headers,
            [
                ("export/".into(), 0o700, 0, 0, 1_700_000_000, true),
                ("export/a.csv".into(), 0o600, 0, 0, 1_700_000_000, false),
                ("export/b.csv".into(), 0o600, 0, 0, 1_700_000_000, false),
            ]
        );
    }
}
