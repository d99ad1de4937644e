//! A real sync engine: two Syncthing instances on 127.0.0.1, each with its own home and its
//! own copy of one shared folder, play two office desktops. Both change the contact list while
//! they cannot reach each other; Syncthing, reconnected, keeps one version and makes its own
//! conflict copy of the other; Rights Desk merges the copy, and the merged list reaches the
//! other desktop with no contact or field lost.
//!
//! Ignored by default (it needs the `syncthing` program and takes a while); run it with
//! `scripts/test-syncthing.sh`, which installs Syncthing when it is missing. It stops both
//! instances itself, and gives up after a few minutes at most.

use rights_desk::core::directory::Directory;
use rights_desk::core::directory::contact::{Contact, Phone};
use rights_desk::core::sharing::conflict_copy::{self, SyncTool};
use rights_desk::core::sharing::merge::Choices;
use rights_desk::core::store;
use rights_desk::core::workspace::copies;
use rights_desk::core::workspace::session::Session;
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// How long any one wait may take.
const WAIT: Duration = Duration::from_secs(90);

/// One Syncthing instance; killed when dropped.
struct Syncthing {
    child: Child,
    gui: u16,
    listen: u16,
    key: String,
    id: String,
    folder: PathBuf,
}

impl Drop for Syncthing {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

/// A minimal HTTP/1.1 request to the instance's REST API; returns the status and body.
fn http(port: u16, key: &str, method: &str, path: &str, body: &str) -> (u16, String) {
    let Ok(mut stream) = TcpStream::connect(("127.0.0.1", port)) else {
        return (0, String::new());
    };
    let _ = stream.set_read_timeout(Some(Duration::from_secs(20)));
    let request = format!(
        "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nX-API-Key: {key}\r\n\
         Content-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    if stream.write_all(request.as_bytes()).is_err() {
        return (0, String::new());
    }
    let mut raw = String::new();
    let _ = stream.read_to_string(&mut raw);
    let Some((head, mut rest)) = raw.split_once("\r\n\r\n") else {
        return (0, raw);
    };
    let status = head
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let mut body = String::new();
    if head
        .to_ascii_lowercase()
        .contains("transfer-encoding: chunked")
    {
        while let Some((size, tail)) = rest.split_once("\r\n") {
            let n = usize::from_str_radix(size.trim(), 16).unwrap_or(0);
            if n == 0 || tail.len() < n {
                break;
            }
            body.push_str(&tail[..n]);
            rest = tail[n..].trim_start_matches("\r\n");
        }
    } else {
        body = rest.to_string();
    }
    (status, body)
}

fn wait_until(what: &str, mut done: impl FnMut() -> bool) {
    let deadline = Instant::now() + WAIT;
    while !done() {
        assert!(Instant::now() < deadline, "gave up waiting: {what}");
        std::thread::sleep(Duration::from_millis(250));
    }
}

impl Syncthing {
    fn start(root: &Path, name: &str) -> Syncthing {
        let home = root.join(format!("{name}-home"));
        let folder = root.join(format!("{name} office folder"));
        std::fs::create_dir_all(&folder).expect("folder");
        let generated = Command::new("syncthing")
            .args(["generate", "--no-default-folder", "--home"])
            .arg(&home)
            .output()
            .expect("the syncthing program (run scripts/test-syncthing.sh)");
        assert!(generated.status.success(), "syncthing generate failed");
        let id = String::from_utf8_lossy(
            &Command::new("syncthing")
                .args(["serve", "--device-id", "--home"])
                .arg(&home)
                .output()
                .expect("device id")
                .stdout,
        )
        .trim()
        .to_string();
        let (gui, listen) = (free_port(), free_port());
        // Only 127.0.0.1: no discovery, relays, NAT or usage reports.
        let config = home.join("config.xml");
        let text = std::fs::read_to_string(&config)
            .expect("config")
            .replace(
                "<listenAddress>default</listenAddress>",
                &format!("<listenAddress>tcp://127.0.0.1:{listen}</listenAddress>"),
            )
            .replace(
                "<globalAnnounceEnabled>true",
                "<globalAnnounceEnabled>false",
            )
            .replace("<localAnnounceEnabled>true", "<localAnnounceEnabled>false")
            .replace("<relaysEnabled>true", "<relaysEnabled>false")
            .replace("<natEnabled>true", "<natEnabled>false")
            .replace("<urAccepted>0", "<urAccepted>-1");
        std::fs::write(&config, text).expect("config written");
        let key = format!("rights-desk-test-{name}");
        let log = std::fs::File::create(root.join(format!("{name}.log"))).expect("log");
        let child = Command::new("syncthing")
            .arg("serve")
            .arg("--home")
            .arg(&home)
            .args([
                "--no-browser",
                "--no-restart",
                "--no-upgrade",
                "--skip-port-probing",
            ])
            .arg(format!("--gui-address=http://127.0.0.1:{gui}"))
            .arg(format!("--gui-apikey={key}"))
            .env("STNODEFAULTFOLDER", "1")
            .stdout(Stdio::from(log.try_clone().expect("log")))
            .stderr(Stdio::from(log))
            .spawn()
            .expect("syncthing starts");
        let s = Syncthing {
            child,
            gui,
            listen,
            key,
            id,
            folder,
        };
        wait_until("syncthing answers", || {
            s.call("GET", "/rest/system/ping", "").0 == 200
        });
        s
    }

    fn call(&self, method: &str, path: &str, body: &str) -> (u16, String) {
        http(self.gui, &self.key, method, path, body)
    }

    fn ok(&self, method: &str, path: &str, body: &str) {
        let (status, text) = self.call(method, path, body);
        assert!(status == 200, "{method} {path}: {status} {text}");
    }

    /// Shares the office folder with `other`.
    fn share_with(&self, other: &Syncthing) {
        self.ok(
            "POST",
            "/rest/config/devices",
            &serde_json::json!({
                "deviceID": other.id,
                "name": "other desktop",
                "addresses": [format!("tcp://127.0.0.1:{}", other.listen)],
            })
            .to_string(),
        );
        self.ok(
            "POST",
            "/rest/config/folders",
            &serde_json::json!({
                "id": "office",
                "label": "Office",
                "path": self.folder,
                "type": "sendreceive",
                "rescanIntervalS": 1,
                "fsWatcherEnabled": false,
                "devices": [{"deviceID": self.id}, {"deviceID": other.id}],
            })
            .to_string(),
        );
    }

    fn pause(&self, other: &Syncthing, paused: bool) {
        self.ok(
            "PATCH",
            &format!("/rest/config/devices/{}", other.id),
            &serde_json::json!({ "paused": paused }).to_string(),
        );
    }

    fn scan(&self) {
        self.ok("POST", "/rest/db/scan?folder=office", "");
    }

    fn file(&self) -> PathBuf {
        self.folder.join("directory.ron")
    }
}

fn contact(id: &str, name: &str) -> Contact {
    Contact {
        id: id.into(),
        name: name.into(),
        ..Contact::default()
    }
}

fn open(s: &Syncthing, state: &Path) -> Session {
    let mut session = Session::open(&s.file()).expect("opens");
    session.set_base_file(Some(state.join("base")));
    session.finish_base_work();
    session
}

fn same_file(a: &Path, b: &Path) -> bool {
    matches!((std::fs::read(a), std::fs::read(b)), (Ok(x), Ok(y)) if x == y)
}

/// The front desk changes Legal Aid's hours and deletes the old hotline.
fn front_desk_edits(at_front: &mut Session) {
    let mut c = at_front.contact("legal-aid").cloned().expect("there");
    c.hours = "Mon–Thu 9–5".into();
    at_front
        .perform(|d| d.update(c, jiff::Timestamp::now()))
        .expect("front edit");
    at_front
        .perform(|d| d.delete("old-hotline"))
        .expect("front delete");
}

/// The back office adds a phone to Legal Aid, fixes the ACLU's website and adds a contact.
fn back_office_edits(at_back: &mut Session) {
    let mut c = at_back.contact("legal-aid").cloned().expect("there");
    c.phones.push(Phone {
        number: "505-768-6100".into(),
        ..Phone::default()
    });
    at_back
        .perform(|d| d.update(c, jiff::Timestamp::now()))
        .expect("back edit");
    let mut c = at_back.contact("aclu-nm").cloned().expect("there");
    c.website = "https://www.aclu-nm.org/".into();
    at_back
        .perform(|d| d.update(c, jiff::Timestamp::now()))
        .expect("back edit");
    at_back
        .perform(|d| {
            d.add(
                contact("", "Centro de Ayuda Doña Ana"),
                jiff::Timestamp::now(),
            )
        })
        .expect("back add");
}

fn every_change_is_there(d: &Directory) {
    let legal = d.get("legal-aid").expect("legal aid kept");
    assert_eq!(legal.hours, "Mon–Thu 9–5", "the front desk's edit");
    assert_eq!(legal.phones.len(), 2, "the back office's phone");
    assert_eq!(
        d.get("aclu-nm").expect("kept").website,
        "https://www.aclu-nm.org/"
    );
    assert!(d.get("old-hotline").is_none(), "the deletion stayed");
    assert!(
        d.contacts()
            .iter()
            .any(|c| c.name == "Centro de Ayuda Doña Ana"),
        "the new contact"
    );
}

#[test]
#[ignore = "needs the syncthing program; run scripts/test-syncthing.sh"]
fn syncthing_conflict_copies_are_merged_with_nothing_lost() {
    let root = tempfile::tempdir().expect("tmp");
    let front = Syncthing::start(root.path(), "front");
    let back = Syncthing::start(root.path(), "back");
    front.share_with(&back);
    back.share_with(&front);

    // The list, written at the front desk, reaches the back office.
    let mut legal = contact("legal-aid", "New Mexico Legal Aid");
    legal.phones.push(Phone {
        number: "1-833-545-4357".into(),
        ..Phone::default()
    });
    legal.hours = "Mon–Fri".into();
    let list = vec![
        legal,
        contact("aclu-nm", "ACLU of New Mexico"),
        contact("old-hotline", "Old hotline"),
    ];
    store::save_directory(&front.file(), &Directory::new(list), None).expect("v0");
    front.scan();
    wait_until("the list reaches the back office", || {
        same_file(&front.file(), &back.file())
    });
    let (front_state, back_state) = (
        root.path().join("front-state"),
        root.path().join("back-state"),
    );
    let mut at_front = open(&front, &front_state);
    let mut at_back = open(&back, &back_state);

    // The two desktops lose each other, and both change the list.
    front.pause(&back, true);
    back.pause(&front, true);
    std::thread::sleep(Duration::from_secs(2));
    front_desk_edits(&mut at_front);
    std::thread::sleep(Duration::from_millis(1_100));
    back_office_edits(&mut at_back);
    front.scan();
    back.scan();
    drop((at_front, at_back));

    // Together again: Syncthing keeps one version and makes a conflict copy of the other.
    front.pause(&back, false);
    back.pause(&front, false);
    wait_until(
        "Syncthing makes its conflict copy at the front desk",
        || {
            front.scan();
            back.scan();
            !conflict_copy::find(&front.file()).is_empty() && same_file(&front.file(), &back.file())
        },
    );
    let copies = conflict_copy::find(&front.file());
    assert_eq!(copies.len(), 1, "{copies:?}");
    assert_eq!(copies[0].tool, SyncTool::Syncthing);

    // The front desk merges it.
    let mut at_front = open(&front, &front_state);
    let merged = copies::merge_copy(&mut at_front, &copies[0]).expect("the copy reads");
    assert!(merged.merge.is_clean(), "{:?}", merged.merge.conflicts);
    copies::apply(&mut at_front, &merged, &Choices::default()).expect("merged");
    assert!(
        conflict_copy::find(&front.file()).is_empty(),
        "the copy went into backups"
    );
    drop(at_front);
    front.scan();

    // The merged list reaches the back office, with every change of both desktops.
    wait_until("the merged list reaches the back office", || {
        back.scan();
        same_file(&front.file(), &back.file())
    });
    every_change_is_there(
        &store::load_directory(&back.file())
            .expect("loads")
            .directory,
    );
    wait_until("the copy leaves the back office's folder too", || {
        back.scan();
        conflict_copy::find(&back.file()).is_empty()
    });
}
