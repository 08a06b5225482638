//! `fosx serve` in the language of each request: error messages in the
//! language of `lang` (any route), their codes unchanged and no English
//! left; `lang` on the template route, whose workbooks are then the
//! language's; `explain` in every language; and `openapi.json` names the
//! languages fosx speaks.

use super::messages::english_words_in;
use super::serve::{Answer, Server, agent, answer, fosx, get, post, read};
use fosx::Lang;
use fosx::Representation;
use fosx::model::DocType;
use fosx::write::template::{example_bytes, template_bytes};

const BOUNDARY: &str = "fosx-lang-boundary";

/// A `multipart/form-data` body of `(field, file name, bytes)` parts.
fn form(parts: &[(&str, &str, &[u8])]) -> Vec<u8> {
    let mut body = Vec::new();
    for (field, name, bytes) in parts {
        body.extend_from_slice(
            format!(
                "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{field}\"; filename=\"{name}\"\r\n\r\n"
            )
            .as_bytes(),
        );
        body.extend_from_slice(bytes);
        body.extend_from_slice(b"\r\n");
    }
    body.extend_from_slice(format!("--{BOUNDARY}--\r\n").as_bytes());
    body
}

fn post_form(url: &str, body: &[u8]) -> Answer {
    answer(
        agent()
            .post(url)
            .header(
                "Content-Type",
                &format!("multipart/form-data; boundary={BOUNDARY}"),
            )
            .send(body),
    )
}

/// One request of each error the service makes with a message of its own:
/// (what it is, status, code, the request for a `lang`).
type Case<'a> = (
    &'static str,
    u16,
    &'static str,
    Box<dyn Fn(&str) -> Answer + 'a>,
);

fn cases<'a>(server: &'a Server, small: &'a Server) -> Vec<Case<'a>> {
    let body = read("fixtures/valid/timetable.json");
    let url = move |s: &Server, path: &str, lang: &str| {
        let sep = if path.contains('?') { '&' } else { '?' };
        s.url(&format!("{path}{sep}lang={lang}"))
    };
    let valid = body.clone();
    let mut out: Vec<Case<'a>> = Vec::new();
    for (what, path, code) in [
        (
            "a bad date",
            "/v1/validate?as_of=2026-13-01",
            "bad-parameter",
        ),
        ("a bad format", "/v1/validate?format=pdf", "bad-parameter"),
        ("a bad flag", "/v1/validate?strict=maybe", "bad-parameter"),
        (
            "an unknown parameter",
            "/v1/validate?colour=red",
            "bad-parameter",
        ),
        ("a bad from", "/v1/validate?from=yaml", "bad-parameter"),
        ("no to", "/v1/convert", "bad-parameter"),
        ("a bad to", "/v1/convert?to=pdf", "bad-parameter"),
    ] {
        let body = valid.clone();
        out.push((
            what,
            400,
            code,
            Box::new(move |l| post(&agent(), &url(server, path, l), &body)),
        ));
    }
    for (what, path, status, code) in [
        ("no route", "/v2/nothing", 404, "not-found"),
        (
            "an unknown type",
            "/v1/template/invoice",
            404,
            "unknown-type",
        ),
        (
            "an unknown code",
            "/v1/explain/FOS-Z99",
            404,
            "unknown-code",
        ),
        (
            "an unknown schema",
            "/v1/schemas/fosx.yaml",
            404,
            "unknown-schema",
        ),
        ("an unknown list", "/v1/codes/colours", 404, "unknown-list"),
    ] {
        out.push((
            what,
            status,
            code,
            Box::new(move |l| get(&agent(), &url(server, path, l))),
        ));
    }
    let two = form(&[("file", "a.json", &body), ("file", "b.json", &body)]);
    out.push((
        "two files to convert",
        400,
        "bad-body",
        Box::new(move |l| post_form(&url(server, "/v1/convert?to=xml", l), &two)),
    ));
    let other = form(&[("other", "a.json", &body)]);
    out.push((
        "a part not named file",
        400,
        "bad-body",
        Box::new(move |l| post_form(&url(server, "/v1/validate", l), &other)),
    ));
    let big = vec![b' '; 2001];
    out.push((
        "a body too large",
        413,
        "body-too-large",
        Box::new(move |l| post(&agent(), &url(small, "/v1/validate", l), &big)),
    ));
    let parts = form(&[("file", "a.json", b"{}"), ("file", "b.json", b"{}")]);
    out.push((
        "too many parts",
        413,
        "too-many-parts",
        Box::new(move |l| post_form(&url(small, "/v1/validate", l), &parts)),
    ));
    out
}

fn message(a: &Answer) -> String {
    a.json()["error"]["message"].as_str().unwrap().to_string()
}

#[test]
fn error_messages_are_in_the_language_of_the_request_with_the_same_codes() {
    // Owned here, so that both services are stopped when the test ends.
    let server = Server::start(&["--quiet"], &[]);
    let small = Server::start(
        &["--quiet", "--max-file-size", "2000", "--max-parts", "1"],
        &[],
    );
    for (what, status, code, request) in cases(&server, &small) {
        let en = request("en");
        assert_eq!(
            (en.status, en.error_code().as_str()),
            (status, code),
            "{what}"
        );
        assert_eq!(en.content_type, "application/json", "{what}");
        for lang in [Lang::Fr, Lang::Es] {
            let a = request(lang.code());
            assert_eq!(
                (a.status, a.error_code().as_str()),
                (status, code),
                "{what} in {lang}"
            );
            let text = message(&a);
            assert_ne!(text, message(&en), "{what} in {lang}");
            let words = english_words_in(&text, lang);
            assert!(words.is_empty(), "{what} in {lang}: {words:?} in {text}");
        }
    }
    // A few exactly.
    let say = |path: &str| message(&get(&agent(), &server.url(path)));
    assert_eq!(
        say("/v1/template/invoice?lang=fr"),
        "`invoice` n'est pas un type de document : `notification`, `timetable` ou `progress-report`"
    );
    assert_eq!(
        say("/v1/codes/colours?lang=es").split(": ").next().unwrap(),
        "no hay ninguna lista de códigos `colours`"
    );
    assert_eq!(say("/v2/nothing?lang=es"), "no existe esa ruta");
    let a = post(
        &agent(),
        &server.url("/v1/validate?lang=fr&colour=red"),
        b"{}",
    );
    assert_eq!(
        message(&a),
        "paramètre inconnu `colour` ; cette route accepte `name, from, as_of, strict, lang, format, verdict_status`"
    );
}

#[test]
fn a_language_fosx_does_not_speak_is_a_bad_parameter_said_in_the_services_language() {
    let server = Server::start(&["--quiet"], &[]);
    let a = post(&agent(), &server.url("/v1/validate?lang=de"), b"{}");
    assert_eq!((a.status, a.error_code().as_str()), (400, "bad-parameter"));
    assert_eq!(message(&a), "`lang` is one of en, fr, es, not `de`");
    let french = Server::start(&["--quiet", "--lang", "fr"], &[]);
    let a = get(&agent(), &french.url("/v1/explain/FOS-S04?lang=de"));
    assert_eq!(message(&a), "`lang` vaut l'un de `en, fr, es`, et non `de`");
    // The service's language when the request names none.
    let a = get(&agent(), &french.url("/v1/explain/FOS-Z99"));
    assert_eq!(
        message(&a),
        "`FOS-Z99` n'est pas un code de diagnostic de fosx"
    );
    let a = get(&agent(), &french.url("/v1/explain/FOS-Z99?lang=en"));
    assert_eq!(message(&a), "`FOS-Z99` is not a fosx diagnostic code");
}

#[test]
fn templates_take_lang_and_give_workbooks_in_that_language() {
    let server = Server::start(&["--quiet"], &[]);
    for lang in Lang::ALL {
        for (example, path) in [
            (false, "/v1/template/progress-report?to=xlsx"),
            (true, "/v1/template/progress-report?to=xlsx&example=true"),
        ] {
            let a = get(&agent(), &server.url(&format!("{path}&lang={lang}")));
            assert_eq!(
                a.status,
                200,
                "{path} {lang}: {}",
                String::from_utf8_lossy(&a.body)
            );
            let made = if example {
                example_bytes(DocType::ProgressReport, Representation::Xlsx, *lang)
            } else {
                template_bytes(DocType::ProgressReport, Representation::Xlsx, *lang)
            };
            assert_eq!(a.body, made.unwrap(), "{path} {lang}");
        }
        // Text templates are the same in every language.
        let a = get(
            &agent(),
            &server.url(&format!("/v1/template/timetable?to=csv&lang={lang}")),
        );
        assert_eq!(a.status, 200);
        let cli = fosx()
            .args(["template", "timetable", "--to", "csv"])
            .output()
            .unwrap();
        assert_eq!(a.body, cli.stdout);
    }
    // The language reaches the workbook.
    let of = |lang: &str| {
        get(
            &agent(),
            &server.url(&format!("/v1/template/progress-report?to=xlsx&lang={lang}")),
        )
        .body
    };
    assert_ne!(of("fr"), of("en"));
    // As `fosx --lang fr template --to xlsx` writes it.
    let cli = fosx()
        .args([
            "--lang",
            "fr",
            "template",
            "progress-report",
            "--to",
            "xlsx",
        ])
        .output()
        .unwrap();
    assert_eq!(cli.status.code(), Some(0));
    let a = get(
        &agent(),
        &server.url("/v1/template/progress-report?to=xlsx&lang=fr"),
    );
    assert_eq!(a.body, cli.stdout);
}

#[test]
fn explain_answers_in_every_language_as_the_cli() {
    let server = Server::start(&["--quiet"], &[]);
    for lang in Lang::ALL {
        let cli = fosx()
            .args(["--lang", lang.code(), "explain", "FOS-R05"])
            .output()
            .unwrap();
        assert_eq!(cli.status.code(), Some(0));
        let a = get(
            &agent(),
            &server.url(&format!("/v1/explain/FOS-R05?lang={lang}")),
        );
        assert_eq!(a.status, 200, "{lang}");
        assert_eq!(a.body, cli.stdout, "{lang}");
    }
}

#[test]
fn openapi_names_the_languages_fosx_speaks() {
    let doc: serde_json::Value = serde_json::from_str(fosx::serve::OPENAPI).unwrap();
    let codes: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
    let mut routes = Vec::new();
    for (path, item) in doc["paths"].as_object().unwrap() {
        for (method, op) in item.as_object().unwrap() {
            for p in op["parameters"].as_array().into_iter().flatten() {
                if p["name"] == "lang" {
                    let listed: Vec<&str> = p["schema"]["enum"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .map(|v| v.as_str().unwrap())
                        .collect();
                    assert_eq!(listed, codes, "{method} {path}");
                    routes.push(format!("{method} {path}"));
                }
            }
        }
    }
    routes.sort();
    assert_eq!(
        routes,
        [
            "get /v1/explain/{code}",
            "get /v1/template/{type}",
            "post /v1/convert",
            "post /v1/validate"
        ]
    );
}
