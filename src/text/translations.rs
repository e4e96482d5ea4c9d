//! Holds the three translations against the code: every message the code can ask for
//! is in every language, nothing stale is left behind, no translation uses a variable
//! the code does not pass, and what the app's reader (ftl.rs) makes of each reads exactly as Fluent itself
//! formats the same file.

use super::messages::{fluent_id, Arg, CATALOG};
use super::words;
use crate::domain::locale::Locale;
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use std::collections::{BTreeMap, BTreeSet};

use words::source as fluent_source;

/// Each message of one .ftl file with the variables it uses.
fn messages_in(locale: Locale) -> BTreeMap<String, BTreeSet<String>> {
    let resource = fluent_syntax::parser::parse(fluent_source(locale))
        .unwrap_or_else(|(_, errors)| panic!("{locale:?}.ftl does not parse: {errors:?}"));
    let mut messages = BTreeMap::new();
    for entry in resource.body {
        if let Entry::Message(message) = entry {
            let mut variables = BTreeSet::new();
            let value = message
                .value
                .unwrap_or_else(|| panic!("{} has no value", message.id.name));
            pattern_variables(&value, &mut variables);
            let fresh = messages
                .insert(message.id.name.to_string(), variables)
                .is_none();
            assert!(fresh, "{locale:?}.ftl defines {} twice", message.id.name);
        }
    }
    messages
}

fn pattern_variables(pattern: &Pattern<&str>, into: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_variables(expression, into);
        }
    }
}

fn expression_variables(expression: &Expression<&str>, into: &mut BTreeSet<String>) {
    match expression {
        Expression::Inline(inline) => inline_variables(inline, into),
        Expression::Select { selector, variants } => {
            inline_variables(selector, into);
            for variant in variants {
                pattern_variables(&variant.value, into);
            }
        }
    }
}

fn inline_variables(inline: &InlineExpression<&str>, into: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            into.insert(id.name.to_string());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_variables(argument, into);
            }
            for named in &arguments.named {
                inline_variables(&named.value, into);
            }
        }
        InlineExpression::Placeable { expression } => expression_variables(expression, into),
        _ => {}
    }
}

fn catalog() -> BTreeMap<String, BTreeSet<String>> {
    CATALOG
        .iter()
        .map(|(name, args)| {
            (
                fluent_id(name),
                args.iter().map(|(a, _)| a.to_string()).collect(),
            )
        })
        .collect()
}

#[test]
fn every_message_is_in_every_language() {
    let wanted = catalog();
    for locale in Locale::ALL {
        let present = messages_in(locale);
        let missing: Vec<_> = wanted
            .keys()
            .filter(|id| !present.contains_key(*id))
            .collect();
        assert!(missing.is_empty(), "{locale:?}.ftl lacks {missing:?}");
        let stale: Vec<_> = present
            .keys()
            .filter(|id| !wanted.contains_key(*id))
            .collect();
        assert!(
            stale.is_empty(),
            "{locale:?}.ftl has messages the code never asks for: {stale:?}"
        );
    }
}

#[test]
fn translations_use_only_the_variables_the_code_passes() {
    let wanted = catalog();
    for locale in Locale::ALL {
        for (id, used) in messages_in(locale) {
            let Some(passed) = wanted.get(&id) else {
                continue;
            };
            let unknown: Vec<_> = used.difference(passed).collect();
            assert!(
                unknown.is_empty(),
                "{locale:?}.ftl: {id} uses {unknown:?}, the code passes {passed:?}"
            );
        }
    }
}

#[test]
fn every_language_loads_without_errors() {
    for locale in Locale::ALL {
        let resource = FluentResource::try_new(fluent_source(locale).to_string());
        assert!(resource.is_ok(), "{locale:?}.ftl has syntax errors");
        let mut bundle = FluentBundle::new(vec![language_id(locale)]);
        let added = bundle.add_resource(resource.unwrap());
        assert!(added.is_ok(), "{locale:?}.ftl: {:?}", added.err());
    }
}

fn language_id(locale: Locale) -> unic_langid::LanguageIdentifier {
    locale.tag().parse().expect("the three tags are valid")
}

/// Values to try for a variable of this Rust type: words, or numbers around every
/// plural boundary and every month.
fn samples(ty: &str) -> Vec<Arg<'static>> {
    if ty.contains("str") {
        vec![Arg::Text("Kari «Nord» & co"), Arg::Text("")]
    } else {
        [0, 1, 2, 3, 5, 11, 12, 13, 21, 100, 2026, -1, -2]
            .into_iter()
            .map(Arg::Number)
            .collect()
    }
}

/// Every combination of sample values for these variables.
fn combinations(args: &[(&'static str, &str)]) -> Vec<Vec<(&'static str, Arg<'static>)>> {
    let mut all = vec![Vec::new()];
    for (name, ty) in args {
        all = all
            .into_iter()
            .flat_map(|done: Vec<_>| {
                samples(ty).into_iter().map(move |value| {
                    let mut more = done.clone();
                    more.push((*name, value));
                    more
                })
            })
            .collect();
    }
    all
}

#[test]
fn every_message_reads_exactly_as_fluent_formats_it() {
    let mut compared = 0;
    for locale in Locale::ALL {
        let resource = FluentResource::try_new(fluent_source(locale).to_string()).unwrap();
        let mut bundle = FluentBundle::new(vec![language_id(locale)]);
        bundle.set_use_isolating(false);
        bundle.add_resource(resource).unwrap();
        for (name, args) in CATALOG {
            let id = fluent_id(name);
            let pattern = bundle.get_message(&id).and_then(|m| m.value()).unwrap();
            for values in combinations(args) {
                let mut fluent_args = FluentArgs::new();
                for (arg, value) in &values {
                    match value {
                        Arg::Text(text) => fluent_args.set(*arg, FluentValue::from(*text)),
                        Arg::Number(n) => fluent_args.set(*arg, FluentValue::from(*n)),
                    }
                }
                let mut errors = Vec::new();
                let expected = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
                assert!(errors.is_empty(), "{locale:?} {id}: {errors:?}");
                let read = words::render(locale, name, &values);
                assert_eq!(
                    read.as_deref(),
                    Some(expected.as_ref()),
                    "{locale:?} {id} with {values:?}"
                );
                compared += 1;
            }
        }
        assert_eq!(
            words::names(locale).len(),
            CATALOG.len(),
            "{locale:?}: the app's reader found a different set of messages"
        );
    }
    assert!(compared > 3 * CATALOG.len());
}

#[test]
fn the_test_notices_a_missing_message_and_a_stray_variable() {
    let source = "app-name = Vertskap\nsearch-matches = { $count } { $query }\n";
    let resource = fluent_syntax::parser::parse(source).unwrap();
    let mut used = BTreeSet::new();
    for entry in &resource.body {
        if let Entry::Message(m) = entry {
            if m.id.name == "search-matches" {
                pattern_variables(m.value.as_ref().unwrap(), &mut used);
            }
        }
    }
    let passed = &catalog()["search-matches"];
    assert_eq!(used.difference(passed).collect::<Vec<_>>(), ["query"]);
    assert!(
        catalog().len() > 2,
        "the catalog holds more than this little file"
    );
}
