//! The CSV reader (`docs/spec/representations.md`, CSV).
//!
//! One row per entry: every row repeats its document's fields, and the rows
//! that share a `documentId` form one document (they need not be adjacent;
//! documents keep the order of their first rows). Column names are field
//! paths with dots. A document takes its fields from its first row; a cell
//! that differs on a later row is R16, a row of another document type R17.
//! Every node's span is its cell; objects and lists made from a row point at
//! the row's first cell.

#[path = "csv_columns.rs"]
mod csv_columns;
#[path = "csv_rows.rs"]
pub(crate) mod csv_rows;
#[path = "csv_split.rs"]
pub(crate) mod csv_split;

use super::json::normalise_line_ends;
use super::{Limit, Limits, typed_leaf};
use crate::diag::{Code, Diagnostic, Sink, emit};
use crate::i18n::{Msg, msg};
use crate::model::Column;
use crate::model::{DocType, Ty};
use crate::source::CsvIndex;
use crate::tree::{Member, Node, Span, Value, pointer_push};
use crate::value::canonical_decimal;
use crate::value::suggest::nearest;
use ahash::AHashMap;
pub(crate) use csv_columns::looks_like_header;
use csv_columns::{ColumnOf, all_columns, known_columns, read_columns_cached, shape_of};
use csv_rows::{Row, RowCell};

/// A header column that is read.
#[derive(Debug, Clone)]
struct Col {
    /// Position in the header.
    index: usize,
    /// The column of some document type it is.
    of: &'static ColumnOf,
}

impl std::ops::Deref for Col {
    type Target = ColumnOf;

    fn deref(&self) -> &ColumnOf {
        self.of
    }
}

/// What the whole file shares: its header, document type and key columns.
#[derive(Clone)]
struct Shape {
    cols: Vec<Col>,
    /// The file's document type: the first valid `documentType` of its rows,
    /// with the cell it was read from.
    file_type: Option<(DocType, Span)>,
    type_col: Option<usize>,
}

/// Reads CSV text into documents, with the index that locates its cells.
/// `file_type`: the type of the file the rows are part of (`None` for a
/// file read whole): the rows of a document of a bigger file, read alone,
/// take the type of the file's first rows (see [`shape`]). A row of another
/// type is then R17 with a related place at the start of the text, which
/// the caller moves to the file's cell.
pub(crate) fn read_as(
    text: &str,
    limits: &Limits,
    diags: &mut dyn Sink,
    file_type: Option<DocType>,
) -> (Vec<Node>, Option<CsvIndex>) {
    let Some(table) = csv_rows::scan(text, diags, read_columns_cached) else {
        return (Vec::new(), None);
    };
    let csv_rows::Table { rows, index } = table;
    let header_span = index.cell(text, None, 0).unwrap_or_default();
    if !looks_like_header(&index.header) {
        diags.push(
            Diagnostic::new(Code::P03, msg::csv_not_a_header())
                .at(header_span)
                .help(msg::csv_not_a_header_help()),
        );
        return (Vec::new(), Some(index));
    }
    let shape = shape_of(&index, text, &rows, diags, file_type);
    let id_col = index.header.position("documentId");

    // Rows grouped into documents by documentId, in order of first rows.
    let mut groups: Vec<Vec<&Row>> = Vec::new();
    let mut by_id: AHashMap<&str, usize> = AHashMap::new();
    for row in &rows {
        let id = id_col.map_or("", |c| row.value(c).trim());
        let g = *by_id.entry(id).or_insert_with(|| {
            groups.push(Vec::new());
            groups.len() - 1
        });
        if let Some(group) = groups.get_mut(g) {
            group.push(row);
        }
    }
    if let Some(d) = too_many_documents(&groups, limits) {
        diags.push(d);
        return (Vec::new(), Some(index));
    }
    for (key, col) in [("documentType", shape.type_col), ("documentId", id_col)] {
        if col.is_none() {
            let mut d = missing_column(key, header_span);
            if !groups.is_empty() {
                d = d.path(format!("/{key}")).in_document(0);
            }
            diags.push(d);
        }
    }
    let at = Cells {
        text,
        index: &index,
    };
    let docs = groups
        .iter()
        .enumerate()
        .map(|(g, group)| {
            let mut doc = document(g, group, (&shape, &at), diags);
            super::csv_sheet::schema_version(&mut doc, g, diags);
            doc
        })
        .collect();
    (docs, Some(index))
}

/// Where the cells of the file are: the span of an empty cell is found
/// again from the text when a diagnostic needs it.
struct Cells<'a> {
    text: &'a str,
    index: &'a CsvIndex,
}

impl Cells<'_> {
    /// The span of column `col` of a row: its cell's, kept when the cell is
    /// not empty, else found in the text.
    fn span(&self, row: &Row, col: usize) -> Span {
        row.get(col).map(|c| c.span).unwrap_or_else(|| {
            let k = self.index.record_index(row.record);
            self.index
                .cell(self.text, k, col)
                .unwrap_or_else(|| row.head())
        })
    }
}

/// Finds the file's type and decides which header columns are read:
/// S08 for a repeated column (the first is read), S02 for an unknown one.
/// Without a known type, the columns of any type are read. `given`: the
/// type of the file the rows are part of, at no place of the text.
fn shape(
    index: &CsvIndex,
    text: &str,
    rows: &[Row],
    diags: &mut dyn Sink,
    given: Option<DocType>,
) -> Shape {
    let header = &index.header;
    let type_col = header.position("documentType");
    let file_type = match given {
        Some(t) => type_col.map(|_| (t, Span::at(0))),
        None => type_col.and_then(|c| {
            rows.iter().find_map(|r| {
                let cell = r.get(c)?;
                Some((DocType::from_code(cell.value.trim())?, cell.span))
            })
        }),
    };
    let all = all_columns();
    let known = known_columns(file_type.map(|(t, _)| t));
    let mut first_seen: AHashMap<&str, Span> = AHashMap::new();
    let mut cols = Vec::new();
    // Unknown columns reported one by one; the others, if any, together.
    let mut unknown = 0;
    let mut more: Option<(String, Span)> = None;
    let spans = crate::source::cells::cells(text.as_bytes(), index.header_start, index.delimiter);
    for (j, span) in spans.map(|c| c.span).enumerate().take(header.len()) {
        let Some(name) = header.get(j) else { break };
        if name.is_empty() {
            emit(diags, (Code::S02, Some(span), None), || {
                Diagnostic::new(Code::S02, msg::csv_column_without_name(j + 1))
                    .at(span)
                    .help(msg::csv_column_without_name_help())
            });
            continue;
        }
        if let Some(&first_span) = first_seen.get(name.as_str()) {
            emit(diags, (Code::S08, Some(span), None), || {
                Diagnostic::new(Code::S08, msg::csv_column_given_twice(name))
                    .at(span)
                    .related(first_span, msg::read_first_given_here())
                    .help(msg::csv_column_given_twice_help())
            });
            continue;
        }
        first_seen.insert(name, span);
        match known.by_name.get(name.as_str()) {
            Some(of) => cols.push(Col { index: j, of }),
            None if unknown >= MAX_UNKNOWN_COLUMNS => {
                unknown += 1;
                more.get_or_insert((name.clone(), span));
            }
            None => {
                unknown += 1;
                diags.push(unknown_column(
                    name,
                    file_type.map(|(t, _)| t),
                    &known.list,
                    all,
                    span,
                ));
            }
        }
    }
    if let Some((name, span)) = more {
        let t = file_type.map_or("<type>", |(t, _)| t.code());
        diags.push(
            Diagnostic::new(
                Code::S02,
                msg::csv_more_unknown_columns(
                    unknown - MAX_UNKNOWN_COLUMNS,
                    crate::tree::shown(&name),
                ),
            )
            .at(span)
            .help(msg::csv_more_unknown_columns_help(t)),
        );
    }
    Shape {
        cols,
        file_type,
        type_col,
    }
}

/// Unknown columns reported one by one; past these, one S02 reports the
/// rest (a sheet of 100,000 stray columns is one problem, not 100,000).
const MAX_UNKNOWN_COLUMNS: usize = 100;

fn unknown_column(
    name: &str,
    doc_type: Option<DocType>,
    known: &[&Column],
    all: &[(DocType, Vec<Column>)],
    span: Span,
) -> Diagnostic {
    let message = match doc_type {
        Some(t) => msg::csv_unknown_column_of_type(name, t.code()),
        None => msg::csv_unknown_column(name),
    };
    let help = nearest(name, known.iter().map(|c| c.name.as_str()))
        .map(msg::read_did_you_mean)
        .or_else(|| {
            let t = doc_type?;
            all.iter()
                .find(|(_, cols)| cols.iter().any(|c| c.name == name))
                .map(|(other, _)| msg::csv_column_of_another_type(name, other.code(), t.code()))
        })
        .unwrap_or_else(|| {
            let t = doc_type.map_or("<type>", DocType::code);
            msg::csv_columns_listed_help(t)
        });
    Diagnostic::new(Code::S02, message).at(span).help(help)
}

fn missing_column(key: &str, at: Span) -> Diagnostic {
    let help = if key == "documentId" {
        msg::csv_missing_document_id_help()
    } else {
        msg::csv_missing_document_type_help()
    };
    Diagnostic::new(Code::S01, msg::csv_missing_column(key))
        .at(at)
        .help(help)
}

/// P06 when there are more documents than allowed. (Entries, document size
/// and text length are limited for every representation alike after reading.)
fn too_many_documents(groups: &[Vec<&Row>], limits: &Limits) -> Option<Diagnostic> {
    let group = groups.get(limits.max_documents)?;
    let at = group.first().map_or_else(Span::default, |r| r.head());
    Some(
        Limit::Documents
            .exceeded(msg::limit_documents(
                groups.len(),
                limits.max_documents.to_string(),
            ))
            .at(at),
    )
}

/// The cells of a document's rows by the place of their column in the
/// shape, each found in constant time (a row's cells are found by a walk
/// beside the columns, both in column order).
struct ByColumn<'a, 't> {
    rows: &'a [&'a Row<'t>],
    width: usize,
    /// Row by row, each column's cell's place in the row's cells
    /// (`u32::MAX`: none).
    at: Vec<u32>,
    /// Whether each row has an entry: any entry cell is not empty.
    entry: Vec<bool>,
}

impl<'a, 't> ByColumn<'a, 't> {
    fn new(rows: &'a [&'a Row<'t>], shape: &Shape) -> Self {
        let width = shape.cols.len();
        let mut at = vec![u32::MAX; rows.len() * width];
        let mut entry = vec![false; rows.len()];
        for (r, row) in rows.iter().enumerate() {
            let mut cells = row.cells.iter().enumerate().peekable();
            for (slot, col) in shape.cols.iter().enumerate() {
                while cells.next_if(|(_, c)| c.col < col.index).is_some() {}
                if let Some((k, _)) = cells.next_if(|(_, c)| c.col == col.index) {
                    at[r * width + slot] = u32::try_from(k).unwrap_or(u32::MAX);
                    entry[r] |= col.entry;
                }
            }
        }
        ByColumn {
            rows,
            width,
            at,
            entry,
        }
    }

    /// The cell of row `r` in the column at `slot` of the shape, when it is
    /// not empty.
    fn get(&self, r: usize, slot: usize) -> Option<&'a RowCell<'t>> {
        let k = *self.at.get(r * self.width + slot)?;
        self.rows[r].cells.get(usize::try_from(k).ok()?)
    }
}

/// The JSON Pointer of keys below `base`.
fn pointer(base: &str, keys: &[String]) -> String {
    keys.iter()
        .fold(base.to_string(), |p, k| pointer_push(&p, k))
}

/// Builds document `g` from its rows, reporting R16 and R17.
fn document(g: usize, rows: &[&Row], (shape, at): (&Shape, &Cells), diags: &mut dyn Sink) -> Node {
    let Some((first, rest)) = rows.split_first() else {
        return Node::new(Value::Object(Vec::new()), Span::default());
    };
    let head = first.head();
    let file_type = shape.file_type.map(|(t, _)| t);
    let own_type = shape
        .type_col
        .and_then(|c| DocType::from_code(first.value(c).trim()))
        .or(file_type);
    // R17 and R16 are said once per document and column: the first row
    // that differs (a check keeps one diagnostic per code and field).
    if let (Some(c), Some((t, t_span))) = (shape.type_col, shape.file_type) {
        for row in rows {
            let Some((u, u_span)) = row
                .get(c)
                .and_then(|v| Some((DocType::from_code(v.value.trim())?, v.span)))
            else {
                continue;
            };
            if u != t {
                diags.push(
                    Diagnostic::new(Code::R17, msg::csv_other_document_type(u.code(), t.code()))
                        .at(u_span)
                        .path("/documentType")
                        .in_document(g)
                        .related(t_span, msg::csv_file_type_given_here())
                        .help(msg::csv_other_document_type_help()),
                );
                break;
            }
        }
    }
    let by = ByColumn::new(rows, shape);
    let mut members = Vec::new();
    for (slot, col) in shape.cols.iter().enumerate().filter(|(_, c)| !c.entry) {
        let first_cell = by.get(0, slot);
        let cell = first_cell.map_or("", |c| &c.value);
        let ty = own_type.and_then(|t| col.ty(t));
        let value = first_cell.map(|c| leaf(c, ty));
        for (r, row) in rest.iter().enumerate() {
            let other_cell = by.get(r + 1, slot);
            if other_cell.map(|c| &c.value) == first_cell.map(|c| &c.value) {
                continue; // the same text is the same value
            }
            let other = other_cell.map_or("", |c| &c.value);
            let other_type = DocType::from_code(other.trim());
            if Some(col.index) == shape.type_col && other_type.is_some() && other_type != file_type
            {
                continue; // R17 says it
            }
            let other_value = other_cell.map(|c| leaf(c, ty));
            if !same(value.as_ref(), other_value.as_ref(), ty) {
                let span = first_cell.map_or_else(|| at.span(first, col.index), |c| c.span);
                let other_span = other_cell.map_or_else(|| at.span(row, col.index), |c| c.span);
                diags.push(differs(
                    col,
                    &pointer("", &col.keys),
                    g,
                    (cell, span),
                    (other, other_span),
                    first,
                ));
                break;
            }
        }
        if let (Some(node), Some(c)) = (value, first_cell) {
            insert(&mut members, &col.keys, node, c.span, head);
        }
    }
    if let Some(t) = own_type {
        empty_groups(&mut members, t.fields(), &document_keys(shape), head);
    }
    // An entry column's type is the same in every entry.
    let entry_cols: Vec<(usize, &Col, Option<&Ty>)> = shape
        .cols
        .iter()
        .enumerate()
        .filter(|(_, c)| c.entry)
        .map(|(slot, c)| (slot, c, own_type.and_then(|t| c.ty(t))))
        .collect();
    let mut entries = Vec::new();
    for (r, row) in rows.iter().enumerate().filter(|&(r, _)| by.entry[r]) {
        let mut entry = Vec::new();
        for &(slot, col, ty) in &entry_cols {
            let Some(cell) = by.get(r, slot) else {
                continue;
            };
            insert(&mut entry, &col.keys, leaf(cell, ty), cell.span, row.head());
        }
        entries.push(Node::new(Value::Object(entry), row.head()));
    }
    let must_have_entries = own_type.is_some_and(|t| {
        t.body()
            .iter()
            .any(|f| f.key == "entries" && matches!(f.ty, Ty::List { min, .. } if min > 0))
    });
    // No entry rows: absent, unless the type needs entries and the file has
    // entry columns; then an empty list, so that the check says "too few" (S07).
    if (!entries.is_empty() || (must_have_entries && !entry_cols.is_empty()))
        && !members.iter().any(|m| m.key == "entries")
    {
        members.push(Member {
            key: "entries".into(),
            key_span: head,
            node: Node::new(Value::Array(entries), head),
        });
    }
    Node::new(Value::Object(members), head)
}

/// The keys of the document-level columns.
fn document_keys(shape: &Shape) -> Vec<&[String]> {
    shape
        .cols
        .iter()
        .filter(|c| !c.entry)
        .map(|c| c.keys.as_slice())
        .collect()
}

/// Makes each required group (an object such as `submitter`) whose columns
/// the file has but whose cells are all empty an empty object, so that the
/// check reports each of its required columns as missing at its own cell,
/// all at once, rather than the whole group as one missing object.
fn empty_groups<'f>(
    members: &mut Vec<Member>,
    fields: impl Iterator<Item = &'f crate::model::Field>,
    keys: &[&[String]],
    head: Span,
) {
    for field in fields {
        let Ty::Object(inner) = field.ty else {
            continue;
        };
        let below: Vec<&[String]> = keys
            .iter()
            .filter(|k| k.len() > 1 && k[0] == field.key)
            .map(|k| &k[1..])
            .collect();
        let present = members.iter().position(|m| m.key == field.key);
        let pos = match present {
            Some(pos) => pos,
            None if field.required && !below.is_empty() => {
                members.push(Member {
                    key: field.key.to_string(),
                    key_span: head,
                    node: Node::new(Value::Object(Vec::new()), head),
                });
                members.len() - 1
            }
            None => continue,
        };
        if let Value::Object(inner_members) = &mut members[pos].node.value {
            empty_groups(inner_members, inner.iter(), &below, head);
        }
    }
}

/// R16: a document-level cell differs from the document's first row.
fn differs(
    col: &Col,
    path: &str,
    g: usize,
    (first, first_span): (&str, Span),
    (other, other_span): (&str, Span),
    first_row: &Row,
) -> Diagnostic {
    Diagnostic::new(
        Code::R16,
        msg::csv_cell_differs(col.name, shown(other), shown(first), first_row.record),
    )
    .at(other_span)
    .path(path)
    .in_document(g)
    .related(first_span, msg::csv_first_row_has_this())
    .help(msg::csv_cell_differs_help())
}

/// A cell's value for a message: in backticks, shortened, or "empty".
fn shown(cell: &str) -> Msg {
    if cell.is_empty() {
        return msg::csv_cell_empty();
    }
    let short: String = cell.chars().take(40).collect();
    if short.len() < cell.len() {
        msg::csv_cell_text(format!("{short}…"))
    } else {
        msg::csv_cell_text(short)
    }
}

/// Whether two cells of one column hold the same value (`TRUE` = `true`,
/// `1.50` = `1.5`); spans do not matter.
fn same(a: Option<&Node>, b: Option<&Node>, ty: Option<&Ty>) -> bool {
    match (a, b) {
        (None, None) => true,
        (Some(a), Some(b)) => match (&a.value, &b.value, ty) {
            (Value::Number(x), Value::Number(y), Some(Ty::Decimal { .. })) => {
                canonical_decimal(x) == canonical_decimal(y)
            }
            (Value::Array(x), Value::Array(y), _) => {
                x.len() == y.len() && x.iter().zip(y).all(|(p, q)| p.value == q.value)
            }
            (x, y, _) => x == y,
        },
        _ => false,
    }
}

/// The node of a non-empty cell: a list split on `;` (each item spanning its
/// own text when the cell's text maps onto the source: no doubled quote,
/// no quote out of place), or a typed scalar.
fn leaf(cell: &RowCell, ty: Option<&Ty>) -> Node {
    let span = cell.span;
    let value: &str = &cell.value;
    let Some(Ty::List { item, .. }) = ty else {
        return typed_leaf(&line_ends_normalised(value), ty, span, true);
    };
    // Text after a closing quote (`"a;b"c`) is part of the value.
    let (base, exact) = if cell.quoted {
        (span.start + 1, span.len() == value.len() + 2 && !cell.stray)
    } else {
        (span.start, span.len() == value.len())
    };
    let mut items = Vec::new();
    let mut offset = 0;
    for piece in value.split(';') {
        let lead = piece.len() - piece.trim_start().len();
        let start = base + offset + lead;
        let item_span = if exact {
            Span::new(start, start + piece.trim().len())
        } else {
            span
        };
        items.push(typed_leaf(
            &line_ends_normalised(piece),
            Some(item),
            item_span,
            true,
        ));
        offset += piece.len() + 1;
    }
    Node::new(Value::Array(items), span)
}

/// A cell's text with CRLF and CR made LF (borrowed when it has no CR).
fn line_ends_normalised(text: &str) -> std::borrow::Cow<'_, str> {
    if memchr::memchr(b'\r', text.as_bytes()).is_some() {
        normalise_line_ends(text.to_string()).into()
    } else {
        text.into()
    }
}

/// Puts `node` at `keys` below `members`, making the objects on the way (each
/// spanning the row's first cell). A key already there is left as it is.
fn insert(members: &mut Vec<Member>, keys: &[String], node: Node, key_span: Span, head: Span) {
    match keys {
        [] => {}
        [key] => {
            if !members.iter().any(|m| m.key == *key) {
                members.push(Member {
                    key: key.clone(),
                    key_span,
                    node,
                });
            }
        }
        [key, rest @ ..] => {
            let pos = match members.iter().position(|m| m.key == *key) {
                Some(pos) => pos,
                None => {
                    members.push(Member {
                        key: key.clone(),
                        key_span: head,
                        node: Node::new(Value::Object(Vec::new()), head),
                    });
                    members.len() - 1
                }
            };
            if let Some(Member {
                node:
                    Node {
                        value: Value::Object(inner),
                        ..
                    },
                ..
            }) = members.get_mut(pos)
            {
                insert(inner, rest, node, key_span, head);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> (Vec<Node>, Vec<Diagnostic>) {
        let mut d = Vec::new();
        let (docs, _) = read_as(text, &Limits::default(), &mut d, None);
        (docs, d)
    }

    #[test]
    fn rows_become_documents_with_entries() {
        let text = "documentType,documentId,submitter.memberCode,entries.standard,entries.stakeholders\n\
                    progress-report,A,KE,1,customs; consumers\n\
                    progress-report,B,FR,2,\n\
                    progress-report,A,KE,3,\n";
        let (docs, d) = parse(text);
        assert!(d.is_empty(), "{d:?}");
        assert_eq!(docs.len(), 2);
        assert_eq!(
            docs[0].pointer("/submitter/memberCode").unwrap().as_str(),
            Some("KE")
        );
        assert_eq!(
            docs[0].pointer("/entries/1/standard").unwrap().as_int(),
            Some(3)
        );
        let item = docs[0].pointer("/entries/0/stakeholders/1").unwrap();
        assert_eq!(item.as_str(), Some("consumers"));
        assert_eq!(&text[item.span.start..item.span.end], "consumers");
    }

    #[test]
    fn differing_document_cells_are_r16() {
        let text = "documentType,documentId,language,entries.standard\n\
                    timetable,A,en,1\ntimetable,A,fr,2\n";
        let (_, d) = parse(text);
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].code, Code::R16);
        assert_eq!(d[0].path.as_deref(), Some("/language"));
        assert_eq!(&text[d[0].span.unwrap().start..][..2], "fr");
    }

    #[test]
    fn limits_are_p06() {
        let text = "documentType,documentId\ntimetable,A\ntimetable,B\n";
        let mut d = Vec::new();
        let limits = Limits {
            max_documents: 1,
            ..Limits::default()
        };
        let (docs, _) = read_as(text, &limits, &mut d, None);
        assert!(docs.is_empty());
        assert_eq!(d[0].code, Code::P06);
    }
}
