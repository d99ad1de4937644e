//! Windows: printing through the print spooler, with no PDF program. The printers and the
//! default come from winspool (`EnumPrintersW`, `GetDefaultPrinterW`); copies, two-sided,
//! paper and grayscale go in the printer's DEVMODE (`DocumentPropertiesW`); each page, drawn by
//! typst at the printer's resolution (at most 300 dpi), is put on the printer's device context
//! at actual size (`StretchDIBits`, offset by the unprintable margin so 100 % stays 100 %).
//! The job is followed with `GetJobW`.
#![allow(
    unsafe_code,
    reason = "the Windows print spooler and GDI are C interfaces; each call is wrapped here"
)]

use super::{Job, JobState, PrintError, PrintOptions, Printer, PrinterState, Sides};
use crate::core::printing::{HandoutData, Paper, pdf};
use windows_sys::Win32::Graphics::Gdi::{
    BI_RGB, BITMAPINFO, BITMAPINFOHEADER, CreateDCW, DEVMODEW, DIB_RGB_COLORS, DM_COLOR, DM_COPIES,
    DM_DUPLEX, DM_IN_BUFFER, DM_OUT_BUFFER, DM_PAPERSIZE, DMCOLOR_MONOCHROME, DMDUP_HORIZONTAL,
    DMDUP_SIMPLEX, DMDUP_VERTICAL, DMPAPER_A4, DMPAPER_LETTER, DeleteDC, GetDeviceCaps, LOGPIXELSX,
    LOGPIXELSY, PHYSICALOFFSETX, PHYSICALOFFSETY, SRCCOPY, StretchDIBits,
};
use windows_sys::Win32::Graphics::Printing::{
    ClosePrinter, DocumentPropertiesW, EnumPrintersW, GetDefaultPrinterW, GetJobW, JOB_INFO_1W,
    JOB_STATUS_BLOCKED_DEVQ, JOB_STATUS_COMPLETE, JOB_STATUS_DELETED, JOB_STATUS_DELETING,
    JOB_STATUS_ERROR, JOB_STATUS_OFFLINE, JOB_STATUS_PAUSED, JOB_STATUS_PRINTED,
    JOB_STATUS_PRINTING, OpenPrinterW, PRINTER_ENUM_CONNECTIONS, PRINTER_ENUM_LOCAL,
    PRINTER_HANDLE, PRINTER_INFO_2W, PRINTER_STATUS_ERROR, PRINTER_STATUS_OFFLINE,
    PRINTER_STATUS_PAUSED,
};
use windows_sys::Win32::Storage::Xps::{DOCINFOW, EndDoc, EndPage, StartDocW, StartPage};

/// The highest resolution pages are drawn at (a Letter page at 300 dpi is 33 MB of pixels).
const MAX_DPI: i32 = 300;

fn wide(s: &str) -> Vec<u16> {
    s.encode_utf16().chain(std::iter::once(0)).collect()
}

/// The text of a NUL-terminated UTF-16 string (empty for a null pointer).
fn from_wide(p: *const u16) -> String {
    if p.is_null() {
        return String::new();
    }
    let mut units = Vec::new();
    // SAFETY: the spooler gives NUL-terminated strings inside the buffer it filled; the loop
    // stops at the terminator. Each unit is read unaligned (a spooler may pack its strings).
    unsafe {
        loop {
            let unit = p.add(units.len()).read_unaligned();
            if unit == 0 {
                break;
            }
            units.push(unit);
        }
    }
    String::from_utf16_lossy(&units)
}

fn default_printer() -> Option<String> {
    let mut len = 0u32;
    // SAFETY: a null buffer with a zero length asks for the length needed.
    unsafe { GetDefaultPrinterW(std::ptr::null_mut(), &raw mut len) };
    if len == 0 {
        return None;
    }
    let mut buf = vec![0u16; len as usize];
    // SAFETY: the buffer holds `len` characters, as the call asked.
    let ok = unsafe { GetDefaultPrinterW(buf.as_mut_ptr(), &raw mut len) };
    (ok != 0).then(|| from_wide(buf.as_ptr()))
}

/// The printers the spooler knows, the default first.
///
/// # Errors
/// When the spooler cannot list them.
pub fn printers() -> Result<Vec<Printer>, PrintError> {
    let flags = PRINTER_ENUM_LOCAL | PRINTER_ENUM_CONNECTIONS;
    let (mut needed, mut count) = (0u32, 0u32);
    // SAFETY: a null buffer of size zero asks for the size needed.
    unsafe {
        EnumPrintersW(
            flags,
            std::ptr::null(),
            2,
            std::ptr::null_mut(),
            0,
            &raw mut needed,
            &raw mut count,
        )
    };
    if needed == 0 {
        return Ok(Vec::new());
    }
    // PRINTER_INFO_2W holds pointers: an aligned buffer.
    let mut buf = vec![0u64; (needed as usize).div_ceil(8)];
    // SAFETY: the buffer is `needed` bytes or more, aligned for the structures written to it.
    let ok = unsafe {
        EnumPrintersW(
            flags,
            std::ptr::null(),
            2,
            buf.as_mut_ptr().cast(),
            needed,
            &raw mut needed,
            &raw mut count,
        )
    };
    if ok == 0 {
        return Err(PrintError::NoService {
            server: "the Windows print spooler".into(),
            detail: std::io::Error::last_os_error().to_string(),
        });
    }
    let default = default_printer().unwrap_or_default();
    // SAFETY: the spooler wrote `count` PRINTER_INFO_2W at the start of the buffer.
    let infos: &[PRINTER_INFO_2W] =
        unsafe { std::slice::from_raw_parts(buf.as_ptr().cast(), count as usize) };
    let mut found: Vec<Printer> = infos
        .iter()
        .map(|i| {
            let name = from_wide(i.pPrinterName);
            let (state, reasons) = if i.Status & PRINTER_STATUS_PAUSED != 0 {
                (PrinterState::Paused, vec!["paused".to_string()])
            } else if i.Status & PRINTER_STATUS_OFFLINE != 0 {
                (PrinterState::Paused, vec!["offline".to_string()])
            } else if i.Status & PRINTER_STATUS_ERROR != 0 {
                (PrinterState::Paused, vec!["error".to_string()])
            } else {
                (PrinterState::Ready, Vec::new())
            };
            let paper = if i.pDevMode.is_null() {
                None
            } else {
                // SAFETY: a non-null DEVMODE inside the same buffer; the paper size sits in
                // its first union, which every printer DEVMODE has. The spooler may place it
                // unaligned (Wine does): read it as such.
                let size = unsafe {
                    std::ptr::addr_of!((*i.pDevMode).Anonymous1.Anonymous1.dmPaperSize)
                        .read_unaligned()
                };
                match u32::try_from(size) {
                    Ok(DMPAPER_LETTER) => Some(Paper::Letter),
                    Ok(DMPAPER_A4) => Some(Paper::A4),
                    _ => None,
                }
            };
            Printer {
                is_default: name == default,
                info: from_wide(i.pComment),
                name,
                state,
                reasons,
                paper,
            }
        })
        .collect();
    found.sort_by(|a, b| b.is_default.cmp(&a.is_default).then(a.name.cmp(&b.name)));
    Ok(found)
}

/// An open printer, closed when dropped.
struct Opened(PRINTER_HANDLE);

impl Opened {
    fn new(name: &[u16]) -> Option<Opened> {
        let mut handle = PRINTER_HANDLE {
            Value: std::ptr::null_mut(),
        };
        // SAFETY: `name` is NUL-terminated; no defaults are passed.
        let ok = unsafe { OpenPrinterW(name.as_ptr(), &raw mut handle, std::ptr::null()) };
        (ok != 0 && !handle.Value.is_null()).then_some(Opened(handle))
    }
}

impl Drop for Opened {
    fn drop(&mut self) {
        // SAFETY: the handle came from OpenPrinterW and is closed once.
        unsafe { ClosePrinter(self.0) };
    }
}

/// The printer's DEVMODE with the job's options merged in (as bytes: a driver adds its own).
fn devmode(printer: &Opened, name: &[u16], options: &PrintOptions) -> Option<Vec<u64>> {
    // SAFETY: with fmode 0 the call returns the size needed and writes nothing.
    let size = unsafe {
        DocumentPropertiesW(
            std::ptr::null_mut(),
            printer.0,
            name.as_ptr(),
            std::ptr::null_mut(),
            std::ptr::null(),
            0,
        )
    };
    let size = usize::try_from(size)
        .ok()
        .filter(|s| *s >= size_of::<DEVMODEW>())?;
    let mut buf = vec![0u64; size.div_ceil(8)];
    let dm: *mut DEVMODEW = buf.as_mut_ptr().cast();
    // SAFETY: the buffer is as large as the driver asked for and aligned.
    let got = unsafe {
        DocumentPropertiesW(
            std::ptr::null_mut(),
            printer.0,
            name.as_ptr(),
            dm,
            std::ptr::null(),
            DM_OUT_BUFFER,
        )
    };
    if got < 0 {
        return None;
    }
    // SAFETY: `dm` points at the DEVMODE the driver just wrote.
    unsafe {
        let d = &mut *dm;
        d.dmFields |= DM_COPIES | DM_DUPLEX | DM_PAPERSIZE;
        d.Anonymous1.Anonymous1.dmCopies = i16::try_from(options.copies.max(1)).unwrap_or(1);
        d.Anonymous1.Anonymous1.dmPaperSize = match options.paper {
            Paper::Letter => i16::try_from(DMPAPER_LETTER).unwrap_or(1),
            Paper::A4 => i16::try_from(DMPAPER_A4).unwrap_or(9),
        };
        d.dmDuplex = match options.sides {
            Sides::One => DMDUP_SIMPLEX,
            // Portrait pages flipped on the long edge: "vertical" duplex.
            Sides::LongEdge => DMDUP_VERTICAL,
            Sides::ShortEdge => DMDUP_HORIZONTAL,
        };
        if options.grayscale {
            d.dmFields |= DM_COLOR;
            d.dmColor = DMCOLOR_MONOCHROME;
        }
    }
    let merged = buf.clone();
    // SAFETY: input and output are the same-sized, aligned DEVMODE buffers.
    let got = unsafe {
        DocumentPropertiesW(
            std::ptr::null_mut(),
            printer.0,
            name.as_ptr(),
            dm,
            merged.as_ptr().cast(),
            DM_IN_BUFFER | DM_OUT_BUFFER,
        )
    };
    (got >= 0).then_some(buf)
}

/// True when page `n` (0-based) is among `ranges` (empty: every page).
fn wanted(ranges: &[(u32, u32)], n: usize) -> bool {
    let n = u32::try_from(n + 1).unwrap_or(u32::MAX);
    ranges.is_empty() || ranges.iter().any(|(a, b)| (*a..=*b).contains(&n))
}

/// Draws `data`'s pages on `printer` with `options`.
///
/// # Errors
/// When the printer does not exist, or the spooler refuses the job.
#[allow(clippy::too_many_lines, reason = "one job, start to end")]
pub fn submit(
    printer: &str,
    data: &HandoutData,
    options: &PrintOptions,
) -> Result<Job, PrintError> {
    let compiled = pdf::compile(data).map_err(|e| PrintError::Refused {
        printer: printer.to_string(),
        reason: e.to_string(),
    })?;
    let name = wide(printer);
    let opened = Opened::new(&name).ok_or_else(|| PrintError::NoSuchPrinter(printer.into()))?;
    let dm = devmode(&opened, &name, options);
    let dm_ptr: *const DEVMODEW = dm.as_ref().map_or(std::ptr::null(), |b| b.as_ptr().cast());
    let driver = wide("WINSPOOL");
    // SAFETY: the strings are NUL-terminated; the DEVMODE (or null) outlives the call.
    let hdc = unsafe { CreateDCW(driver.as_ptr(), name.as_ptr(), std::ptr::null(), dm_ptr) };
    if hdc.is_null() {
        return Err(PrintError::NoSuchPrinter(printer.into()));
    }
    let refused = |what: &str| PrintError::Refused {
        printer: printer.to_string(),
        reason: format!("{what}: {}", std::io::Error::last_os_error()),
    };
    // SAFETY: `hdc` is the printer's device context, deleted below.
    let (dpi_x, dpi_y, off_x, off_y) = unsafe {
        (
            GetDeviceCaps(hdc, LOGPIXELSX.cast_signed()),
            GetDeviceCaps(hdc, LOGPIXELSY.cast_signed()),
            GetDeviceCaps(hdc, PHYSICALOFFSETX.cast_signed()),
            GetDeviceCaps(hdc, PHYSICALOFFSETY.cast_signed()),
        )
    };
    let title = wide(&data.title);
    let doc = DOCINFOW {
        cbSize: i32::try_from(size_of::<DOCINFOW>()).unwrap_or(0),
        lpszDocName: title.as_ptr(),
        lpszOutput: std::ptr::null(),
        lpszDatatype: std::ptr::null(),
        fwType: 0,
    };
    // SAFETY: `doc` and its title live until the call returns.
    let job = unsafe { StartDocW(hdc, &raw const doc) };
    if job <= 0 {
        let e = refused("the spooler did not start the job");
        // SAFETY: deleted once.
        unsafe { DeleteDC(hdc) };
        return Err(e);
    }
    let draw_dpi = dpi_x.min(dpi_y).clamp(72, MAX_DPI);
    let mut result = Ok(());
    for index in (0..compiled.page_count()).filter(|n| wanted(&options.pages, *n)) {
        #[allow(
            clippy::cast_precision_loss,
            clippy::cast_possible_truncation,
            reason = "resolutions and page sizes are small numbers"
        )]
        let (image, width, height) = {
            let Some(image) = pdf::page_image(&compiled, index, draw_dpi as f32 / 72.0) else {
                continue;
            };
            let (w_pt, h_pt) = compiled.page_size_pt(index).unwrap_or((612.0, 792.0));
            // The page at actual size, in the printer's pixels.
            let width = (w_pt / 72.0 * f64::from(dpi_x)).round() as i32;
            let height = (h_pt / 72.0 * f64::from(dpi_y)).round() as i32;
            (image, width, height)
        };
        // GDI wants BGRA, bottom-up unless the height is negative; white under the page.
        let mut bgra = image.rgba;
        for px in bgra.chunks_exact_mut(4) {
            let a = u16::from(px[3]);
            let under = 255 - a;
            let (r, g, b) = (u16::from(px[0]), u16::from(px[1]), u16::from(px[2]));
            px[0] = u8::try_from(b + under).unwrap_or(255);
            px[1] = u8::try_from(g + under).unwrap_or(255);
            px[2] = u8::try_from(r + under).unwrap_or(255);
            px[3] = 255;
        }
        let info = BITMAPINFO {
            bmiHeader: BITMAPINFOHEADER {
                biSize: u32::try_from(size_of::<BITMAPINFOHEADER>()).unwrap_or(0),
                biWidth: i32::try_from(image.width).unwrap_or(0),
                biHeight: -i32::try_from(image.height).unwrap_or(0),
                biPlanes: 1,
                biBitCount: 32,
                biCompression: BI_RGB,
                ..BITMAPINFOHEADER::default()
            },
            ..BITMAPINFO::default()
        };
        // SAFETY: the pixels are `width × height × 4` bytes, described by `info`; the
        // device context is open; each StartPage has its EndPage.
        let drawn = unsafe {
            if StartPage(hdc) <= 0 {
                0
            } else {
                let lines = StretchDIBits(
                    hdc,
                    -off_x,
                    -off_y,
                    width,
                    height,
                    0,
                    0,
                    i32::try_from(image.width).unwrap_or(0),
                    i32::try_from(image.height).unwrap_or(0),
                    bgra.as_ptr().cast(),
                    &raw const info,
                    DIB_RGB_COLORS,
                    SRCCOPY,
                );
                EndPage(hdc);
                lines
            }
        };
        if drawn <= 0 {
            result = Err(refused("the page could not be drawn"));
            break;
        }
    }
    // SAFETY: the document was started on this context; the context is deleted once.
    unsafe {
        EndDoc(hdc);
        DeleteDC(hdc);
    }
    result.map(|()| Job {
        printer: printer.to_string(),
        id: job,
    })
}

/// Where `job` stands in the spooler.
///
/// # Errors
/// When the printer can no longer be opened.
pub fn job_state(job: &Job) -> Result<JobState, PrintError> {
    let name = wide(&job.printer);
    let opened =
        Opened::new(&name).ok_or_else(|| PrintError::NoSuchPrinter(job.printer.clone()))?;
    let id = u32::try_from(job.id).unwrap_or(0);
    let mut needed = 0u32;
    // SAFETY: a null buffer of size zero asks for the size needed.
    unsafe { GetJobW(opened.0, id, 1, std::ptr::null_mut(), 0, &raw mut needed) };
    if needed == 0 {
        // The spooler has forgotten the job: it went to the printer.
        return Ok(JobState::Printed);
    }
    let mut buf = vec![0u64; (needed as usize).div_ceil(8)];
    // SAFETY: the buffer is `needed` bytes or more and aligned.
    let ok = unsafe {
        GetJobW(
            opened.0,
            id,
            1,
            buf.as_mut_ptr().cast(),
            needed,
            &raw mut needed,
        )
    };
    if ok == 0 {
        return Ok(JobState::Printed);
    }
    // SAFETY: the spooler wrote a JOB_INFO_1W at the start of the buffer.
    let status = unsafe { (*buf.as_ptr().cast::<JOB_INFO_1W>()).Status };
    Ok(
        if status & (JOB_STATUS_PRINTED | JOB_STATUS_COMPLETE) != 0 {
            JobState::Printed
        } else if status & (JOB_STATUS_DELETED | JOB_STATUS_DELETING) != 0 {
            JobState::Canceled
        } else if status & (JOB_STATUS_ERROR | JOB_STATUS_OFFLINE | JOB_STATUS_BLOCKED_DEVQ) != 0 {
            JobState::Stopped
        } else if status & JOB_STATUS_PAUSED != 0 {
            JobState::Held
        } else if status & JOB_STATUS_PRINTING != 0 {
            JobState::Printing
        } else {
            JobState::Waiting
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_ranges_choose_pages() {
        assert!(wanted(&[], 5));
        assert!(wanted(&[(1, 2)], 1));
        assert!(!wanted(&[(1, 2)], 2));
        assert!(wanted(&[(1, 1), (3, 4)], 3));
    }
}
