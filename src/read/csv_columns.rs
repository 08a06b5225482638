//! The columns of a CSV file: those of every document type, made once,
//! and the last header read on each thread with what was found of it (the
//! documents of a big file are each read alone, and share their header).

use super::{Row, Shape, pointer, shape};
use crate::diag::Sink;
use crate::model::{Column, DocType, Ty, columns};
use crate::source::{CsvHeader, CsvIndex};
use ahash::{AHashMap, AHashSet};

/// A column of some document type as the reader uses it (made once: each
/// document of a big file is read alone).
#[derive(Debug)]
pub(super) struct ColumnOf {
    /// The column name.
    pub(super) name: &'static str,
    /// Keys from the document root, or below `entries` for an entry column.
    pub(super) keys: Vec<String>,
    /// Whether it is an entry column (`entries.*`).
    pub(super) entry: bool,
    /// Its field's type in each document type, by place in [`DocType::ALL`].
    types: Vec<Option<&'static Ty>>,
}

impl ColumnOf {
    /// Its field's type in documents of type `t`.
    pub(super) fn ty(&self, t: DocType) -> Option<&'static Ty> {
        let k = DocType::ALL.iter().position(|&u| u == t)?;
        self.types.get(k).copied().flatten()
    }
}

/// The columns of a file of one type (or of any type), in the order of
/// the dictionary, and by name.
pub(super) struct KnownColumns {
    pub(super) list: Vec<&'static Column>,
    pub(super) by_name: AHashMap<&'static str, ColumnOf>,
}

/// The columns of a file of type `t`; of any type (the first of each name)
/// for `None`.
pub(super) fn known_columns(t: Option<DocType>) -> &'static KnownColumns {
    static KNOWN: std::sync::LazyLock<Vec<KnownColumns>> = std::sync::LazyLock::new(|| {
        let all = all_columns();
        std::iter::once(None)
            .chain(DocType::ALL.iter().map(|&t| Some(t)))
            .map(|t| {
                let list: Vec<&Column> = match t {
                    Some(t) => all
                        .iter()
                        .filter(|(u, _)| *u == t)
                        .flat_map(|(_, cols)| cols)
                        .collect(),
                    None => {
                        let mut seen = AHashSet::new();
                        all.iter()
                            .flat_map(|(_, cols)| cols)
                            .filter(|c| seen.insert(c.name.as_str()))
                            .collect()
                    }
                };
                let by_name = list
                    .iter()
                    .map(|c| {
                        let keys: Vec<String> =
                            c.inner_keys().iter().map(|k| k.to_string()).collect();
                        let base = if c.entry { "/entries/0" } else { "" };
                        let path = pointer(base, &keys);
                        let of = ColumnOf {
                            name: c.name.as_str(),
                            types: DocType::ALL.iter().map(|t| t.type_at(&path)).collect(),
                            keys,
                            entry: c.entry,
                        };
                        (c.name.as_str(), of)
                    })
                    .collect();
                KnownColumns { list, by_name }
            })
            .collect()
    });
    let k = t.and_then(|t| DocType::ALL.iter().position(|&u| u == t));
    &KNOWN[k.map_or(0, |k| k + 1)]
}

/// The columns of every document type (made once: each document of a big
/// file is read alone).
pub(super) fn all_columns() -> &'static [(DocType, Vec<Column>)] {
    static ALL: std::sync::LazyLock<Vec<(DocType, Vec<Column>)>> =
        std::sync::LazyLock::new(|| DocType::ALL.iter().map(|&t| (t, columns(t))).collect());
    &ALL
}

/// The names of the columns of every document type.
fn known_names() -> &'static AHashSet<&'static str> {
    static NAMES: std::sync::LazyLock<AHashSet<&'static str>> = std::sync::LazyLock::new(|| {
        all_columns()
            .iter()
            .flat_map(|(_, cols)| cols.iter().map(|c| c.name.as_str()))
            .collect()
    });
    &NAMES
}

/// Whether the first row names at least one column of some document type.
pub(crate) fn looks_like_header(header: &CsvHeader) -> bool {
    let names = known_names();
    header.named().any(|(_, h)| names.contains(h))
}

/// The columns whose cells may be read: the first of each name that is a
/// column of some document type (the cells of the others are never read).
fn read_columns(header: &CsvHeader) -> Vec<usize> {
    let names = known_names();
    let mut seen = AHashSet::new();
    header
        .named()
        .filter(|&(_, name)| names.contains(name) && seen.insert(name))
        .map(|(c, _)| c)
        .collect()
}

/// The last header read on this thread, with its columns read and, when
/// its file's type was given and every column is read (no diagnostic), its
/// shape: the documents of a big file, each read alone, share their header.
#[derive(Default)]
struct LastHeader {
    header: CsvHeader,
    read: Vec<usize>,
    shape: Option<(DocType, Shape)>,
}

thread_local! {
    static LAST: std::cell::RefCell<Option<LastHeader>> = const { std::cell::RefCell::new(None) };
}

/// [`read_columns`], the same as the last time for the same header.
pub(super) fn read_columns_cached(header: &CsvHeader) -> Vec<usize> {
    LAST.with_borrow_mut(|last| {
        if let Some(last) = last.as_ref().filter(|l| l.header == *header) {
            return last.read.clone();
        }
        let read = read_columns(header);
        *last = Some(LastHeader {
            header: header.clone(),
            read: read.clone(),
            shape: None,
        });
        read
    })
}

/// [`shape`], the same as the last time for the same header and given
/// type, when that raised no diagnostic.
pub(super) fn shape_of(
    index: &CsvIndex,
    text: &str,
    rows: &[Row],
    diags: &mut dyn Sink,
    given: Option<DocType>,
) -> Shape {
    let cached = LAST.with_borrow(|last| {
        let last = last.as_ref().filter(|l| l.header == index.header)?;
        let (t, shape) = last.shape.as_ref()?;
        (Some(*t) == given).then(|| shape.clone())
    });
    if let Some(shape) = cached {
        return shape;
    }
    let shape = shape(index, text, rows, diags, given);
    if let Some(t) = given
        && shape.cols.len() == index.header.len()
        && index.header.named().count() == index.header.len()
    {
        LAST.with_borrow_mut(|last| {
            if let Some(last) = last.as_mut().filter(|l| l.header == index.header) {
                last.shape = Some((t, shape.clone()));
            }
        });
    }
    shape
}
