//! Rules on the envelope: R05 (submission date), R11 (member code and type),
//! R12 (currency), R18 (language of free text), R09 for the intention.

use super::{Ctx, FOS_ADOPTION, date, text};
use crate::diag::Code;
use crate::i18n::msg;
use crate::model::{CodeList, DocType, Ty, refdata};
use crate::tree::Node;

pub(super) fn check(ctx: &mut Ctx<'_>) {
    submission_date(ctx);
    member(ctx);
    currency(ctx);
    intention(ctx);
    language(ctx);
}

/// R05: not before the adoption of the FoS, not after the as-of date.
fn submission_date(ctx: &mut Ctx<'_>) {
    let Some((submitted, span)) = date(ctx.doc, "submissionDate") else {
        return;
    };
    if submitted < FOS_ADOPTION {
        ctx.push(
            Code::R05,
            span,
            "/submissionDate",
            msg::r05_before_adoption(submitted.to_string(), FOS_ADOPTION.to_string()),
        )
        .help = Some(msg::r05_before_adoption_help());
    } else if submitted > ctx.as_of {
        let as_of = ctx.as_of;
        ctx.push(
            Code::R05,
            span,
            "/submissionDate",
            msg::r05_future(submitted.to_string(), as_of.to_string()),
        )
        .help = Some(msg::r05_future_help());
    }
}

/// R11: memberCode suits memberType.
fn member(ctx: &mut Ctx<'_>) {
    let Some(submitter) = ctx.doc.get("submitter") else {
        return;
    };
    let (Some((code, code_span)), Some((kind, kind_span))) =
        (text(submitter, "memberCode"), text(submitter, "memberType"))
    else {
        return;
    };
    if !CodeList::MemberCode.contains(code) || !CodeList::MemberType.contains(kind) {
        return; // S04 already says so
    }
    let data = refdata::get();
    let problem = match (kind, data.union(code)) {
        ("member", Some(u)) => Some((
            msg::r11_union_not_member(code, msg::union_name(&u.code)),
            msg::r11_set_member_type_help(&u.member_type),
        )),
        ("member", None) => None,
        (_, None) => Some((
            msg::r11_country_not_member(code, kind),
            msg::r11_country_not_member_help(),
        )),
        (_, Some(u)) if u.member_type != kind => Some((
            msg::r11_union_type(msg::union_name(&u.code), &u.member_type, kind),
            msg::r11_set_member_type_help(&u.member_type),
        )),
        _ => None,
    };
    if let Some((message, help)) = problem {
        let d = ctx.push(Code::R11, code_span, "/submitter/memberCode", message);
        d.help = Some(help);
        d.related.push(crate::diag::Related {
            span: kind_span,
            message: msg::r11_member_type_given_here(),
        });
    }
}

/// R12: amounts need a currency.
fn currency(ctx: &mut Ctx<'_>) {
    let Some(ind) = ctx.doc.get("indicators") else {
        return;
    };
    if ind.get("currency").is_some() {
        return;
    }
    for key in ["declaredValue", "revenueCollected"] {
        if let Some(n) = ind.get(key) {
            ctx.push(
                Code::R12,
                n.span,
                format!("/indicators/{key}"),
                msg::r12_no_currency(key),
            )
            .help = Some(msg::r12_help());
        }
    }
}

/// R09 for a notification: a description when legislative changes are required.
fn intention(ctx: &mut Ctx<'_>) {
    if ctx.doc_type != DocType::Notification {
        return;
    }
    let Some(intention) = ctx.doc.get("intention") else {
        return;
    };
    if let Some(flag) = intention.get("legislativeChangesRequired")
        && flag.as_bool() == Some(true)
        && intention.get("legislativeChangesDescription").is_none()
    {
        ctx.push(
            Code::R09,
            flag.span,
            "/intention/legislativeChangesDescription",
            msg::r09_legislative(),
        )
        .help = Some(msg::r09_legislative_help());
    }
}

/// R18: free text needs its language.
fn language(ctx: &mut Ctx<'_>) {
    if ctx.doc.get("language").is_some() {
        return;
    }
    let longtext_keys: Vec<&str> = ctx
        .doc_type
        .entry_fields()
        .iter()
        .filter(|f| f.ty == Ty::LongText)
        .map(|f| f.key)
        .collect();
    let mut found: Option<(String, &Node)> =
        ctx.doc.get("remarks").map(|n| ("/remarks".to_string(), n));
    if found.is_none() {
        found = super::entries(ctx.doc).find_map(|(p, e)| {
            longtext_keys
                .iter()
                .find_map(|k| e.get(k).map(|n| (format!("{p}/{k}"), n)))
        });
    }
    if let Some((path, node)) = found {
        let span = node.span;
        let head = ctx.doc.span;
        let d = ctx.push(Code::R18, head, "/language", msg::r18_no_language());
        d.help = Some(msg::r18_help());
        d.related.push(crate::diag::Related {
            span,
            message: msg::r18_free_text_at(path),
        });
    }
}
