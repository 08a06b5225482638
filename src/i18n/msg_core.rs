//! A message: an id of the catalogue and its arguments, rendered in a
//! language only when a person is to read it.

use super::{LANGS, Lang, MESSAGES, SOURCES, SURFACES};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::borrow::Cow;
use std::sync::OnceLock;

/// A text for a person: a message of the catalogue with its arguments.
/// Made by the constructors of [`super::msg`] (one per message id), rendered
/// by [`Msg::render`].
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Msg(Inner);

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
struct Inner {
    id: u16,
    args: Box<[Arg]>,
}

/// An argument of a message.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Arg {
    /// A text shown as it is: a value, a field, a file name, a code.
    Text(Cow<'static, str>),
    /// A whole number: shown as digits, and used to choose a plural form.
    Int(i64),
    /// A message, rendered in the same language as the one it is part of.
    Msg(Msg),
}

impl From<&str> for Arg {
    fn from(t: &str) -> Arg {
        Arg::Text(Cow::Owned(t.to_owned()))
    }
}

impl From<String> for Arg {
    fn from(t: String) -> Arg {
        Arg::Text(Cow::Owned(t))
    }
}

impl From<&String> for Arg {
    fn from(t: &String) -> Arg {
        Arg::Text(Cow::Owned(t.clone()))
    }
}

impl From<Cow<'static, str>> for Arg {
    fn from(t: Cow<'static, str>) -> Arg {
        Arg::Text(t)
    }
}

impl From<Msg> for Arg {
    fn from(m: Msg) -> Arg {
        Arg::Msg(m)
    }
}

macro_rules! int_args {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Arg {
                Arg::Int(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
int_args!(i64, i32, u32, u64, usize, u16, u8);

type Bundle = FluentBundle<FluentResource>;

impl Msg {
    /// The message of entry `index` of the catalogue (for the generated
    /// constructors).
    pub(super) fn of(index: usize, args: Vec<Arg>) -> Msg {
        Msg(Inner {
            id: u16::try_from(index).expect("the catalogue has fewer than 65,536 messages"),
            args: args.into_boxed_slice(),
        })
    }

    /// The id of the message in the catalogue (`s01-missing`).
    pub fn id(&self) -> &'static str {
        MESSAGES[usize::from(self.0.id)].0
    }

    /// The message in `lang`.
    pub fn render(&self, lang: Lang) -> String {
        format(lang, usize::from(self.0.id), &self.0.args)
    }

    /// Changes every whole-number argument named `var` (in nested messages
    /// too) by `f`, where `f` knows the new number: a record or a document
    /// numbered within one document, renumbered within its file.
    pub fn map_int(&mut self, var: &str, f: &impl Fn(i64) -> Option<i64>) {
        let vars = MESSAGES[usize::from(self.0.id)].2;
        for (name, arg) in vars.iter().zip(self.0.args.iter_mut()) {
            match arg {
                Arg::Int(n) if *name == var => {
                    if let Some(m) = f(*n) {
                        *n = m;
                    }
                }
                Arg::Msg(m) => m.map_int(var, f),
                _ => {}
            }
        }
    }

    /// Sets the argument named `var` (in nested messages too) to `value`.
    pub fn set_arg(&mut self, var: &str, value: Arg) {
        let vars = MESSAGES[usize::from(self.0.id)].2;
        for (name, arg) in vars.iter().zip(self.0.args.iter_mut()) {
            if *name == var {
                *arg = value.clone();
            } else if let Arg::Msg(m) = arg {
                m.set_arg(var, value.clone());
            }
        }
    }

    /// The message in English, the language of machine outputs' `message`
    /// fields.
    pub fn english(&self) -> String {
        self.render(Lang::En)
    }
}

/// The catalogue, for tools and tests: each message's id, its variables,
/// and those of them that are counts (that choose a plural form).
#[doc(hidden)]
pub fn catalogue() -> impl Iterator<
    Item = (
        &'static str,
        &'static [&'static str],
        &'static [&'static str],
    ),
> {
    MESSAGES
        .iter()
        .map(|(id, _, vars, counts)| (*id, *vars, *counts))
}

impl Msg {
    /// The message `id` with its arguments in the order of its variables,
    /// for tools and tests (code uses the constructors of `msg`, which
    /// check the id and the arguments when it is compiled). `None` for an
    /// unknown id or the wrong number of arguments.
    #[doc(hidden)]
    pub fn dynamic(id: &str, args: Vec<Arg>) -> Option<Msg> {
        let index = MESSAGES.iter().position(|m| m.0 == id)?;
        (MESSAGES[index].2.len() == args.len()).then(|| Msg::of(index, args))
    }
}

/// The bundle of one surface of one language (its terms included), made on
/// first use.
fn bundle(lang: Lang, surface: usize) -> &'static Bundle {
    static BUNDLES: [[OnceLock<Bundle>; SURFACES]; LANGS] =
        [const { [const { OnceLock::new() }; SURFACES] }; LANGS];
    BUNDLES[lang.index()][surface].get_or_init(|| {
        let locale = lang
            .code()
            .parse()
            .expect("every code of languages.csv is a language identifier");
        let mut bundle = Bundle::new_concurrent(vec![locale]);
        bundle.set_use_isolating(false);
        for source in [SOURCES[lang.index()][0], SOURCES[lang.index()][surface]] {
            let resource = FluentResource::try_new(source.to_owned())
                .unwrap_or_else(|_| panic!("the build script parsed every .ftl file"));
            // Terms are added once: surface 0 is the terms themselves.
            let _ = bundle.add_resource(resource);
        }
        bundle
    })
}

fn format(lang: Lang, index: usize, args: &[Arg]) -> String {
    let (id, surface, vars, _) = MESSAGES[index];
    let bundle = bundle(lang, surface);
    let mut fluent = FluentArgs::with_capacity(vars.len());
    for (name, arg) in vars.iter().zip(args) {
        let value = match arg {
            Arg::Text(t) => FluentValue::from(t.as_ref()),
            Arg::Int(n) => FluentValue::from(*n),
            Arg::Msg(m) => FluentValue::from(m.render(lang)),
        };
        fluent.set(*name, value);
    }
    let pattern = bundle
        .get_message(id)
        .and_then(|m| m.value())
        .unwrap_or_else(|| panic!("the build script checked that `{id}` is in every language"));
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(&fluent), &mut errors);
    debug_assert!(errors.is_empty(), "`{id}` in {lang}: {errors:?}");
    text.into_owned()
}
