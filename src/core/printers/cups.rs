//! Printing through CUPS over IPP (the `ipp` crate): CUPS-Get-Printers and CUPS-Get-Default
//! for the list, Print-Job with the job's attributes, Get-Job-Attributes to follow it. The
//! server is `CUPS_SERVER` when set (host:port), else the `ServerName` of CUPS's client.conf,
//! else localhost:631, as CUPS's own tools do.

use super::{Job, JobState, PrintError, PrintOptions, Printer, PrinterState};
use crate::core::printing::Paper;
use ipp::operation::IppOperation;
use ipp::prelude::*;
use std::time::Duration;

/// How long a request may take before the printing service counts as not answering.
const TIMEOUT: Duration = Duration::from_secs(20);

/// The CUPS server to talk to, as host:port.
#[must_use]
pub fn server() -> String {
    let from_env = std::env::var("CUPS_SERVER").ok();
    let from_conf = || {
        std::fs::read_to_string("/etc/cups/client.conf")
            .ok()?
            .lines()
            .find_map(|l| {
                l.trim()
                    .strip_prefix("ServerName")
                    .map(|v| v.trim().to_string())
            })
    };
    let named = from_env.or_else(from_conf).unwrap_or_default();
    // A local socket path cannot be reached over HTTP: the scheduler listens on localhost too.
    if named.is_empty() || named.starts_with('/') {
        return "localhost:631".into();
    }
    if named.contains(':') && !named.starts_with('[') {
        named
    } else {
        format!("{named}:631")
    }
}

fn uri(server: &str, path: &str) -> Result<Uri, PrintError> {
    format!("http://{server}{path}")
        .parse::<Uri>()
        .map_err(|e| PrintError::NoService {
            server: server.to_string(),
            detail: e.to_string(),
        })
}

fn printer_uri(server: &str, printer: &str) -> Result<Uri, PrintError> {
    let name: String = printer
        .bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect();
    uri(server, &format!("/printers/{name}"))
}

fn send(
    server: &str,
    target: Uri,
    request: IppRequestResponse,
) -> Result<IppRequestResponse, PrintError> {
    let client = IppClient::builder(target).request_timeout(TIMEOUT).build();
    client.send(request).map_err(|e| PrintError::NoService {
        server: server.to_string(),
        detail: e.to_string(),
    })
}

fn status_message(response: &IppRequestResponse) -> String {
    response
        .attributes()
        .groups_of(DelimiterTag::OperationAttributes)
        .find_map(|g| g.get("status-message"))
        .map_or_else(
            || format!("{:?}", response.header().status_code()),
            |a| a.value().to_string(),
        )
}

fn text(group: &IppAttributeGroup, name: &str) -> String {
    group
        .get(name)
        .map(|a| a.value().to_string())
        .unwrap_or_default()
}

fn keywords(group: &IppAttributeGroup, name: &str) -> Vec<String> {
    match group.get(name).map(IppAttribute::value) {
        Some(IppValue::Array(values)) => values.iter().map(ToString::to_string).collect(),
        Some(v) => vec![v.to_string()],
        None => Vec::new(),
    }
}

fn integer(group: &IppAttributeGroup, name: &str) -> Option<i32> {
    match group.get(name).map(IppAttribute::value) {
        Some(IppValue::Integer(n) | IppValue::Enum(n)) => Some(*n),
        _ => None,
    }
}

/// The paper of a media keyword (`na_letter_8.5x11in`, `iso_a4_210x297mm`).
fn paper_of(media: &str) -> Option<Paper> {
    let m = media.to_ascii_lowercase();
    if m.contains("letter") {
        Some(Paper::Letter)
    } else if m.contains("a4") {
        Some(Paper::A4)
    } else {
        None
    }
}

/// The media keyword of a paper.
fn media(paper: Paper) -> &'static str {
    match paper {
        Paper::Letter => "na_letter_8.5x11in",
        Paper::A4 => "iso_a4_210x297mm",
    }
}

/// The system's printers on `server`, the default first, then by name.
///
/// # Errors
/// When the server does not answer.
pub fn printers(server: &str) -> Result<Vec<Printer>, PrintError> {
    let response = send(
        server,
        uri(server, "/")?,
        IppOperationBuilder::cups()
            .get_printers()
            .into_ipp_request(),
    )?;
    let default = default_printer(server).unwrap_or_default();
    let mut found: Vec<Printer> = response
        .attributes()
        .groups_of(DelimiterTag::PrinterAttributes)
        .filter_map(|g| {
            let name = text(g, "printer-name");
            if name.is_empty() {
                return None;
            }
            let accepting = !matches!(
                g.get("printer-is-accepting-jobs").map(IppAttribute::value),
                Some(IppValue::Boolean(false))
            );
            let state = match integer(g, "printer-state") {
                _ if !accepting => PrinterState::Rejecting,
                Some(4) => PrinterState::Printing,
                Some(5) => PrinterState::Paused,
                _ => PrinterState::Ready,
            };
            let reasons = keywords(g, "printer-state-reasons")
                .into_iter()
                .filter(|r| r != "none")
                .collect();
            Some(Printer {
                is_default: name == default,
                info: text(g, "printer-info"),
                paper: paper_of(&text(g, "media-default")),
                name,
                state,
                reasons,
            })
        })
        .collect();
    found.sort_by(|a, b| b.is_default.cmp(&a.is_default).then(a.name.cmp(&b.name)));
    Ok(found)
}

/// The name of the default printer, when there is one.
fn default_printer(server: &str) -> Option<String> {
    let request =
        IppRequestResponse::new(IppVersion::v1_1(), Operation::CupsGetDefault, None).ok()?;
    let response = send(server, uri(server, "/").ok()?, request).ok()?;
    response
        .attributes()
        .groups_of(DelimiterTag::PrinterAttributes)
        .map(|g| text(g, "printer-name"))
        .find(|n| !n.is_empty())
}

fn attribute(name: &str, value: IppValue) -> Result<IppAttribute, PrintError> {
    IppAttribute::with_name(name, value).map_err(|e| PrintError::Refused {
        printer: String::new(),
        reason: e.to_string(),
    })
}

fn keyword(value: &str) -> Result<IppValue, PrintError> {
    IppValue::new_keyword(value).map_err(|e| PrintError::Refused {
        printer: String::new(),
        reason: e.to_string(),
    })
}

/// The job attributes of `options`.
fn job_attributes(options: &PrintOptions) -> Result<Vec<IppAttribute>, PrintError> {
    let mut attrs = vec![
        attribute(
            "copies",
            IppValue::new_integer(i32::from(options.copies.max(1))),
        )?,
        attribute("sides", keyword(options.sides.keyword())?)?,
        attribute("media", keyword(media(options.paper))?)?,
        // At 100 %: a card sheet shrunk "to fit" no longer lines up with its cut marks.
        attribute("print-scaling", keyword("none")?)?,
        attribute("fit-to-page", IppValue::new_boolean(false))?,
    ];
    if options.grayscale {
        attrs.push(attribute("print-color-mode", keyword("monochrome")?)?);
    }
    if !options.pages.is_empty() {
        let ranges: Vec<IppValue> = options
            .pages
            .iter()
            .map(|(a, b)| {
                IppValue::new_range_of_integer(
                    i32::try_from(*a).unwrap_or(i32::MAX),
                    i32::try_from(*b).unwrap_or(i32::MAX),
                )
            })
            .collect();
        attrs.push(attribute("page-ranges", IppValue::Array(ranges))?);
    }
    Ok(attrs)
}

/// Sends `pdf` to `printer` on `server`.
///
/// # Errors
/// When the printer does not exist, does not take jobs, or refuses the job.
pub fn submit(
    server: &str,
    printer: &str,
    pdf: Vec<u8>,
    title: &str,
    options: &PrintOptions,
) -> Result<Job, PrintError> {
    let target = printer_uri(server, printer)?;
    let operation =
        IppOperationBuilder::print_job(target.clone(), IppPayload::new(std::io::Cursor::new(pdf)))
            .user_name(crate::core::basics::machine::user_name())
            .job_title(title)
            .document_format("application/pdf")
            .attributes(job_attributes(options)?)
            .build()
            .map_err(|e| PrintError::Refused {
                printer: printer.to_string(),
                reason: e.to_string(),
            })?;
    let response = send(server, target, operation.into_ipp_request())?;
    let status = response.header().status_code();
    if !status.is_success() {
        return Err(match status {
            StatusCode::ClientErrorNotFound => PrintError::NoSuchPrinter(printer.to_string()),
            StatusCode::ServerErrorNotAcceptingJobs => {
                PrintError::NotAccepting(printer.to_string())
            }
            _ => PrintError::Refused {
                printer: printer.to_string(),
                reason: status_message(&response),
            },
        });
    }
    let id = response
        .attributes()
        .groups_of(DelimiterTag::JobAttributes)
        .find_map(|g| integer(g, "job-id"))
        .ok_or_else(|| PrintError::Refused {
            printer: printer.to_string(),
            reason: "the printing system gave no job number".into(),
        })?;
    Ok(Job {
        printer: printer.to_string(),
        id,
    })
}

/// Where `job` stands on `server`.
///
/// # Errors
/// When the server does not answer or no longer knows the job.
pub fn job_state(server: &str, job: &Job) -> Result<JobState, PrintError> {
    let target = printer_uri(server, &job.printer)?;
    let operation = IppOperationBuilder::get_job_attributes(target.clone(), job.id)
        .build()
        .map_err(|e| PrintError::Refused {
            printer: job.printer.clone(),
            reason: e.to_string(),
        })?;
    let response = send(server, target, operation.into_ipp_request())?;
    if !response.header().status_code().is_success() {
        return Err(PrintError::NoSuchPrinter(job.printer.clone()));
    }
    let state = response
        .attributes()
        .groups_of(DelimiterTag::JobAttributes)
        .find_map(|g| integer(g, "job-state"));
    Ok(match state {
        Some(4) => JobState::Held,
        Some(5) => JobState::Printing,
        Some(6) => JobState::Stopped,
        Some(7) => JobState::Canceled,
        Some(8) => JobState::Aborted,
        Some(9) => JobState::Printed,
        _ => JobState::Waiting,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_job_carries_its_options() {
        let options = PrintOptions {
            copies: 3,
            sides: super::super::Sides::LongEdge,
            paper: Paper::A4,
            pages: vec![(1, 2)],
            grayscale: true,
        };
        let attrs = job_attributes(&options).expect("attributes");
        let get = |n: &str| {
            attrs
                .iter()
                .find(|a| a.name().as_str() == n)
                .map(|a| a.value().to_string())
                .unwrap_or_default()
        };
        assert_eq!(get("copies"), "3");
        assert_eq!(get("sides"), "two-sided-long-edge");
        assert_eq!(get("media"), "iso_a4_210x297mm");
        assert_eq!(get("print-scaling"), "none");
        assert_eq!(get("print-color-mode"), "monochrome");
        assert!(get("page-ranges").contains('1'));
    }

    #[test]
    fn printer_names_are_escaped_in_their_address() {
        let u = printer_uri("127.0.0.1:8631", "Front desk/HP").expect("uri");
        assert_eq!(
            u.to_string(),
            "http://127.0.0.1:8631/printers/Front%20desk%2FHP"
        );
        assert_eq!(paper_of("na_letter_8.5x11in"), Some(Paper::Letter));
        assert_eq!(paper_of("iso_a4_210x297mm"), Some(Paper::A4));
        assert_eq!(paper_of("na_legal_8.5x14in"), None);
    }

    #[test]
    fn no_service_is_said_plainly() {
        // Nothing listens on port 9 of this machine (discard is not served).
        let e = printers("127.0.0.1:9").expect_err("no service");
        assert!(matches!(e, PrintError::NoService { .. }), "{e:?}");
    }
}
