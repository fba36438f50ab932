//! A check of an .xls file's sheet sizes before calamine reads it.
//!
//! calamine reads every sheet of an .xls when the file is opened, sizing each sheet's storage
//! from its `Dimensions` record and from its cells' coordinates. A corrupt value there (a flipped
//! bit is enough) makes it reserve terabytes, and a failed allocation aborts the whole process:
//! no `catch_unwind` can turn that into a finding. So the few numbers that size memory are read
//! here first, from the compound file's `Workbook` stream, with every offset checked; a file
//! whose numbers cannot belong to a real .xls is refused before calamine sees it.
//!
//! This module must never allocate more than the file's own size, and never panic.

/// Columns of an .xls sheet (BIFF8: A to IV).
const MAX_COLS: u32 = 256;
/// Rows of an .xls sheet (BIFF8).
const MAX_ROWS: u32 = 65_536;
/// The largest sheet, in cells of its bounding box, that calamine may lay out densely: about
/// 130 MB of values. A directorate's sheet has a few thousand cells.
const MAX_BOX: u64 = 4_000_000;

const SIGNATURE: [u8; 8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
/// Sector numbers from this one on are markers (end of chain, free, FAT sector…), not sectors.
const MAX_REGULAR_SECTOR: u32 = 0xFFFF_FFFA;

/// Why an .xls cannot be read safely.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Unsafe {
    /// The compound file or its records are broken.
    Corrupt,
    /// A sheet claims more rows, columns or cells than an .xls can hold.
    TooLarge,
}

/// Whether the bytes are an OLE compound file (.xls, or an encrypted Office file).
pub(crate) fn is_compound_file(bytes: &[u8]) -> bool {
    bytes.starts_with(&SIGNATURE)
}

/// Checks that calamine can lay out every sheet of this .xls in bounded memory.
pub(crate) fn check(bytes: &[u8]) -> Result<(), Unsafe> {
    let cfb = Compound::parse(bytes).ok_or(Unsafe::Corrupt)?;
    let stream = cfb.stream("Workbook").or_else(|| cfb.stream("Book")).ok_or(Unsafe::Corrupt)?;
    check_biff(&stream)
}

fn u16_at(b: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(b.get(at..at.checked_add(2)?)?.try_into().ok()?))
}

fn u32_at(b: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(b.get(at..at.checked_add(4)?)?.try_into().ok()?))
}

/// The parts of a compound file ([MS-CFB]) needed to read one stream.
struct Compound<'a> {
    bytes: &'a [u8],
    sector_size: usize,
    fat: Vec<u32>,
    directory: Vec<u8>,
    mini_cutoff: u32,
    mini_sector_size: usize,
    mini_fat: Vec<u32>,
    mini_stream: Vec<u8>,
}

impl<'a> Compound<'a> {
    fn parse(bytes: &'a [u8]) -> Option<Compound<'a>> {
        if !is_compound_file(bytes) {
            return None;
        }
        let sector_size = match u16_at(bytes, 0x1E)? {
            9 => 512,
            12 => 4096,
            _ => return None,
        };
        let mini_sector_size =
            1usize.checked_shl(u32::from(u16_at(bytes, 0x20)?)).filter(|s| (1..=sector_size).contains(s))?;
        let mut cfb = Compound {
            bytes,
            sector_size,
            fat: Vec::new(),
            directory: Vec::new(),
            mini_cutoff: u32_at(bytes, 0x38)?,
            mini_sector_size,
            mini_fat: Vec::new(),
            mini_stream: Vec::new(),
        };
        // The FAT's own sectors: 109 listed in the header, the rest in a chain of DIFAT sectors.
        let mut fat_sectors: Vec<u32> = (0..109).filter_map(|i| u32_at(bytes, 0x4C + 4 * i)).collect();
        let mut difat = u32_at(bytes, 0x44)?;
        let mut hops = 0;
        while difat < MAX_REGULAR_SECTOR {
            hops += 1;
            if hops > cfb.sector_count() {
                return None; // a loop
            }
            let sector = cfb.sector(difat)?;
            let per = sector_size / 4 - 1;
            fat_sectors.extend((0..per).filter_map(|i| u32_at(sector, 4 * i)));
            difat = u32_at(sector, 4 * per)?;
        }
        let mut fat = Vec::new();
        for id in fat_sectors.into_iter().filter(|id| *id < MAX_REGULAR_SECTOR) {
            let sector = cfb.sector(id)?;
            fat.extend((0..sector_size / 4).filter_map(|i| u32_at(sector, 4 * i)));
        }
        cfb.fat = fat;
        cfb.directory = cfb.read_chain(u32_at(bytes, 0x30)?, None)?;
        let mini_fat = cfb.read_chain(u32_at(bytes, 0x3C)?, None).unwrap_or_default();
        cfb.mini_fat = (0..mini_fat.len() / 4).filter_map(|i| u32_at(&mini_fat, 4 * i)).collect();
        // The root entry's stream holds every small stream.
        let root = cfb.directory.get(..128)?;
        let (start, size) = (u32_at(root, 0x74)?, u32_at(root, 0x78)?);
        cfb.mini_stream =
            if start < MAX_REGULAR_SECTOR { cfb.read_chain(start, Some(size as usize))? } else { Vec::new() };
        Some(cfb)
    }

    fn sector_count(&self) -> usize {
        self.bytes.len() / self.sector_size
    }

    fn sector(&self, id: u32) -> Option<&'a [u8]> {
        let start = (id as usize).checked_add(1)?.checked_mul(self.sector_size)?;
        self.bytes.get(start..start.checked_add(self.sector_size)?)
    }

    /// The bytes of a chain of sectors, cut to `size` when given. Never longer than the file.
    fn read_chain(&self, start: u32, size: Option<usize>) -> Option<Vec<u8>> {
        let mut out = Vec::new();
        let mut id = start;
        while id < MAX_REGULAR_SECTOR {
            if out.len() > self.bytes.len() {
                return None; // a loop
            }
            out.extend_from_slice(self.sector(id)?);
            id = *self.fat.get(id as usize)?;
        }
        if let Some(size) = size {
            if size > out.len() {
                return None;
            }
            out.truncate(size);
        }
        Some(out)
    }

    fn read_mini_chain(&self, start: u32, size: usize) -> Option<Vec<u8>> {
        let mut out = Vec::new();
        let mut id = start;
        while id < MAX_REGULAR_SECTOR {
            if out.len() > self.mini_stream.len() {
                return None; // a loop
            }
            let at = (id as usize).checked_mul(self.mini_sector_size)?;
            out.extend_from_slice(self.mini_stream.get(at..at.checked_add(self.mini_sector_size)?)?);
            id = *self.mini_fat.get(id as usize)?;
        }
        (size <= out.len()).then(|| {
            out.truncate(size);
            out
        })
    }

    /// A stream of the root storage, by name (compared without case, as [MS-CFB] does).
    fn stream(&self, name: &str) -> Option<Vec<u8>> {
        for entry in self.directory.chunks_exact(128) {
            let name_len = (u16_at(entry, 0x40)? as usize).min(64);
            let units: Vec<u16> = (0..name_len.saturating_sub(2) / 2).filter_map(|i| u16_at(entry, 2 * i)).collect();
            let is_stream = entry.get(0x42) == Some(&2);
            if !is_stream || !String::from_utf16_lossy(&units).eq_ignore_ascii_case(name) {
                continue;
            }
            let (start, size) = (u32_at(entry, 0x74)?, u32_at(entry, 0x78)? as usize);
            return if (size as u64) < u64::from(self.mini_cutoff) {
                self.read_mini_chain(start, size)
            } else {
                self.read_chain(start, Some(size))
            };
        }
        None
    }
}

/// One record of a BIFF stream: its type and data.
fn records(stream: &[u8], from: usize) -> impl Iterator<Item = (u16, &[u8])> {
    let mut at = from;
    std::iter::from_fn(move || {
        let typ = u16_at(stream, at)?;
        let len = u16_at(stream, at + 2)? as usize;
        let data = stream.get(at + 4..at + 4 + len)?;
        at += 4 + len;
        Some((typ, data))
    })
}

/// The rows and columns a sheet substream's cells reach, and its `Dimensions`.
#[derive(Default)]
struct Extent {
    rows: Option<(u32, u32)>,
    cols: Option<(u32, u32)>,
}

impl Extent {
    fn add(&mut self, row: u32, col: u32) {
        let grow = |r: &mut Option<(u32, u32)>, v: u32| *r = Some(r.map_or((v, v), |(a, b)| (a.min(v), b.max(v))));
        grow(&mut self.rows, row);
        grow(&mut self.cols, col);
    }

    fn check(&self) -> Result<(), Unsafe> {
        if let (Some((r0, r1)), Some((c0, c1))) = (self.rows, self.cols) {
            if c1 >= MAX_COLS {
                return Err(Unsafe::TooLarge);
            }
            let cells = u64::from(r1 - r0 + 1) * u64::from(c1 - c0 + 1);
            if cells > MAX_BOX {
                return Err(Unsafe::TooLarge);
            }
        }
        Ok(())
    }
}

/// Checks the globals substream and each sheet substream where the globals say it starts (as
/// calamine reads them), up to each one's end-of-file record.
fn check_biff(stream: &[u8]) -> Result<(), Unsafe> {
    let mut sheets = Vec::new();
    for (typ, data) in records(stream, 0) {
        match typ {
            // BoundSheet8: where a sheet's substream starts.
            0x0085 => sheets.push(u32_at(data, 0).ok_or(Unsafe::Corrupt)? as usize),
            // FilePass: calamine stops at once with "password", before any sheet; and what
            // follows is encrypted, so there is nothing to check.
            0x002F => return Ok(()),
            0x000A => break,
            _ => {}
        }
    }
    for start in sheets {
        if start >= stream.len() {
            continue; // calamine refuses it itself
        }
        let mut extent = Extent::default();
        for (typ, data) in records(stream, start) {
            let at = |i: usize| u16_at(data, i).map(u32::from);
            match typ {
                // Dimensions: calamine reserves room for the box it declares.
                0x0200 => {
                    let (first_row, last_row, first_col, last_col) = match data.len() {
                        10 => (at(0), at(2), at(4), at(6)),
                        14 | 16 => (u32_at(data, 0), u32_at(data, 4), at(8), at(10)),
                        _ => continue, // calamine refuses it itself
                    };
                    let (Some(r0), Some(r1), Some(c0), Some(c1)) = (first_row, last_row, first_col, last_col) else {
                        continue;
                    };
                    // Last row and column are one past the end; an empty sheet says 0.
                    if r1 > MAX_ROWS || c1 > MAX_COLS {
                        return Err(Unsafe::TooLarge);
                    }
                    if r1 >= 1 && c1 >= 1 {
                        // calamine would count r1 - 1 - r0 + 1 rows, below zero.
                        if r0 >= r1 {
                            return Err(Unsafe::Corrupt);
                        }
                        // calamine reads a first column beyond IV, or past the last, as A.
                        let c0 = if c0 > 0xFF || c1 < c0 { 0 } else { c0 };
                        if u64::from(r1 - r0) * u64::from(c1 - c0) > MAX_BOX {
                            return Err(Unsafe::TooLarge);
                        }
                    }
                }
                // Number, Label, RString, BoolErr, RK, LabelSst, Formula: one cell each.
                0x0203 | 0x0204 | 0x00D6 | 0x0205 | 0x027E | 0x00FD | 0x0006 => {
                    if let (Some(row), Some(col)) = (at(0), at(2)) {
                        extent.add(row, col);
                    }
                }
                // MulRk: a run of cells in one row, its last column in its last two bytes.
                0x00BD => {
                    if let (Some(row), Some(first), Some(last)) = (at(0), at(2), data.len().checked_sub(2).and_then(at))
                    {
                        extent.add(row, first);
                        extent.add(row, last);
                    }
                }
                0x000A => break,
                _ => {}
            }
        }
        extent.check()?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(typ: u16, data: &[u8]) -> Vec<u8> {
        let mut r = typ.to_le_bytes().to_vec();
        r.extend((data.len() as u16).to_le_bytes());
        r.extend(data);
        r
    }

    /// Globals with one BoundSheet pointing right after them, then the sheet's records.
    fn workbook(sheet: &[Vec<u8>]) -> Vec<u8> {
        let globals_len = 4 + 4 + 6 + 4; // BOF, BoundSheet (6 bytes of data), EOF
        let mut s = record(0x0809, &[]);
        let mut bound = (globals_len as u32).to_le_bytes().to_vec();
        bound.extend([0, 0]);
        s.extend(record(0x0085, &bound));
        s.extend(record(0x000A, &[]));
        s.extend(record(0x0809, &[]));
        for r in sheet {
            s.extend(r);
        }
        s.extend(record(0x000A, &[]));
        s
    }

    fn dimensions(r0: u32, r1: u32, c0: u16, c1: u16) -> Vec<u8> {
        let mut d = r0.to_le_bytes().to_vec();
        d.extend(r1.to_le_bytes());
        d.extend(c0.to_le_bytes());
        d.extend(c1.to_le_bytes());
        d.extend([0, 0]);
        record(0x0200, &d)
    }

    fn number(row: u16, col: u16) -> Vec<u8> {
        let mut d = row.to_le_bytes().to_vec();
        d.extend(col.to_le_bytes());
        d.extend([0; 10]);
        record(0x0203, &d)
    }

    #[test]
    fn an_ordinary_sheet_passes() {
        assert_eq!(check_biff(&workbook(&[dimensions(0, 12, 0, 11), number(0, 0), number(11, 10)])), Ok(()));
        assert_eq!(check_biff(&workbook(&[dimensions(0, 0, 0, 0)])), Ok(()), "an empty sheet");
        assert_eq!(check_biff(&workbook(&[number(65_535, 0)])), Ok(()), "a cell on the last row of column A");
    }

    #[test]
    fn dimensions_beyond_an_xls_sheet_are_refused() {
        for dims in [dimensions(0, 4_000_000_000, 0, 10), dimensions(0, 10, 0, 60_000), dimensions(0, 65_536, 0, 256)] {
            assert_eq!(check_biff(&workbook(&[dims])), Err(Unsafe::TooLarge));
        }
        assert_eq!(check_biff(&workbook(&[dimensions(10, 5, 0, 10)])), Err(Unsafe::Corrupt), "rows counted below zero");
        assert_eq!(check_biff(&workbook(&[dimensions(0, 10, 300, 10)])), Ok(()), "a first column beyond IV reads as A");
    }

    #[test]
    fn cells_beyond_an_xls_sheet_are_refused() {
        assert_eq!(check_biff(&workbook(&[number(0, 0), number(3, 40_000)])), Err(Unsafe::TooLarge));
        assert_eq!(
            check_biff(&workbook(&[number(0, 0), number(65_535, 255)])),
            Err(Unsafe::TooLarge),
            "16 million cells"
        );
    }

    #[test]
    fn an_encrypted_xls_is_left_to_calamine_which_says_password() {
        // After FilePass the sheets are encrypted: their numbers mean nothing, and calamine
        // stops at FilePass before reading them.
        let mut s = record(0x0809, &[]);
        s.extend(record(0x002F, &[1, 0, 1, 0]));
        s.extend(record(0x0085, &[0xFF, 0xFF, 0xFF, 0x7F, 0, 0]));
        assert_eq!(check_biff(&s), Ok(()));
    }

    #[test]
    fn broken_bytes_never_panic() {
        let base = workbook(&[dimensions(0, 3, 0, 3), number(1, 1)]);
        for cut in 0..base.len() {
            let _ = check_biff(&base[..cut]);
        }
        assert!(Compound::parse(&SIGNATURE).is_none());
        assert!(Compound::parse(&[0xD0; 600]).is_none());
    }
}
